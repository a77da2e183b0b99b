"""Pure: send an alert now, or hold it for a digest until a given time.

The caller keeps, per subscription, the times of messages it sent (alerts and digests)
and the due time of the digest holding alerts, if any; it passes them in with `now`.
Nothing is ever dropped: a held alert waits for the digest, which the caller sends with
`render_digest` once `decide_flush` says so.

Rules for one alert, in order:

1. Quiet hours (in the subscription's time zone, may wrap midnight): hold until they end
   (or until a later digest already waiting), except a critical alert when
   `critical_bypass` is on.
2. A critical alert that passed rule 1 is sent now: digests and the hourly cap exist to
   cut volume, and the taxonomy says critical is pushed immediately. It still counts
   towards the cap.
3. A digest already holding alerts: join it (keeps the subscriber's order of events).
4. Digest mode: hold until the next digest slot; slots are every `digest_minutes` from
   midnight UTC, so every replica computes the same one without shared state.
5. Over `max_per_hour` in the last 60 minutes: hold until the oldest of those sends
   leaves the window (then the digest goes out as one message).
6. Otherwise send now.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from shared.models import Classification, QuietHours, Severity, SubscriptionSettings

__all__ = [
    "Action",
    "Decision",
    "PolicyState",
    "decide",
    "decide_flush",
    "next_digest_slot",
    "quiet_until",
    "sends_in_last_hour",
]

_HOUR = timedelta(hours=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class Action(StrEnum):
    SEND = "send"
    HOLD = "hold"


@dataclass(frozen=True, slots=True)
class PolicyState:
    """What the caller remembers per subscription."""

    recent_sends: Sequence[datetime] = ()  # messages sent (alerts or digests), any order
    held_until: datetime | None = None  # due time of the digest already holding alerts


@dataclass(frozen=True, slots=True)
class Decision:
    """Send now, or hold for the digest due at `until`; `why` is for logs and the API."""

    action: Action
    until: datetime | None = None
    why: str = ""

    @property
    def send_now(self) -> bool:
        return self.action is Action.SEND


_SEND = Decision(Action.SEND)


def decide(
    sub: SubscriptionSettings,
    alert: Classification | Severity,
    now: datetime,
    state: PolicyState = PolicyState(),
) -> Decision:
    """Whether one matched alert goes out now or waits for a digest (see module rules)."""
    _require_aware(now)
    severity = alert if isinstance(alert, Severity) else alert.severity
    quiet = quiet_until(sub.quiet_hours, now) if sub.quiet_hours else None
    critical = severity is Severity.CRITICAL
    if critical and (quiet is None or (sub.quiet_hours and sub.quiet_hours.critical_bypass)):
        return Decision(Action.SEND, why="critical")
    if quiet is not None:
        # Everything held overnight goes out as one digest when quiet hours end.
        until = quiet if state.held_until is None else max(quiet, state.held_until)
        return Decision(Action.HOLD, until, _quiet_why(sub.quiet_hours, quiet))
    if state.held_until is not None:
        return Decision(Action.HOLD, state.held_until, "joins the digest already waiting")
    if sub.digest_minutes:
        slot = next_digest_slot(sub.digest_minutes, now)
        return Decision(Action.HOLD, slot, f"digest every {sub.digest_minutes} min")
    return _rate(sub, now, state.recent_sends) or _SEND


def decide_flush(
    sub: SubscriptionSettings,
    now: datetime,
    state: PolicyState = PolicyState(),
) -> Decision:
    """Whether a due digest of held alerts goes out now; it counts as one message."""
    _require_aware(now)
    if state.held_until is not None and now < state.held_until:
        return Decision(Action.HOLD, state.held_until, "digest not due yet")
    if sub.quiet_hours:
        quiet = quiet_until(sub.quiet_hours, now)
        if quiet is not None:
            return Decision(Action.HOLD, quiet, _quiet_why(sub.quiet_hours, quiet))
    return _rate(sub, now, state.recent_sends) or _SEND


def quiet_until(quiet: QuietHours | None, now: datetime) -> datetime | None:
    """When the quiet period containing `now` ends (UTC), or None outside quiet hours.

    `start == end` means no quiet period. Wall times are read in the subscription's zone,
    so a 22:00-07:00 window follows daylight-saving changes.
    """
    if quiet is None or quiet.start == quiet.end:
        return None
    _require_aware(now)
    zone = ZoneInfo(quiet.timezone)
    local = now.astimezone(zone)
    clock = local.time().replace(tzinfo=None)
    if quiet.start < quiet.end:
        inside = quiet.start <= clock < quiet.end
        end_day = local.date()
    else:  # wraps midnight, e.g. 22:00-07:00
        inside = clock >= quiet.start or clock < quiet.end
        end_day = local.date() + timedelta(days=1 if clock >= quiet.start else 0)
    if not inside:
        return None
    end = datetime.combine(end_day, quiet.end, tzinfo=zone)
    # A wall time skipped by a DST jump still maps to one instant; never return the past.
    return max(end.astimezone(UTC), now.astimezone(UTC))


def next_digest_slot(minutes: int, now: datetime) -> datetime:
    """The first digest boundary strictly after `now`: multiples of `minutes` from 00:00 UTC."""
    _require_aware(now)
    step = timedelta(minutes=minutes)
    elapsed = now.astimezone(UTC) - _EPOCH
    return _EPOCH + (elapsed // step + 1) * step


def sends_in_last_hour(recent_sends: Sequence[datetime], now: datetime) -> list[datetime]:
    """The sends inside the 60-minute window ending at `now`, oldest first."""
    start = now - _HOUR
    return sorted(sent for sent in recent_sends if start < sent <= now)


def _rate(sub: SubscriptionSettings, now: datetime, sends: Sequence[datetime]) -> Decision | None:
    if sub.max_per_hour is None:
        return None
    window = sends_in_last_hour(sends, now)
    if len(window) < sub.max_per_hour:
        return None
    # The window frees its first slot when the send that is max_per_hour-th newest ages out.
    frees_at = window[len(window) - sub.max_per_hour] + _HOUR
    return Decision(
        Action.HOLD, frees_at.astimezone(UTC), f"limit of {sub.max_per_hour} messages per hour"
    )


def _quiet_why(quiet: QuietHours | None, until: datetime) -> str:
    if quiet is None:
        return "quiet hours"
    local = until.astimezone(ZoneInfo(quiet.timezone))
    return f"quiet hours until {local:%H:%M} {quiet.timezone}"


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("`now` must be timezone-aware (e.g. datetime.now(UTC))")
