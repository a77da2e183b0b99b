"""Send-now / hold decisions with an injected clock: quiet hours, digests, hourly cap."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from services.notify.policy import (
    Action,
    Decision,
    PolicyState,
    decide,
    decide_flush,
    next_digest_slot,
    quiet_until,
    sends_in_last_hour,
)
from shared.models import (
    Classification,
    NewsUpdate,
    QuietHours,
    Severity,
    SourceRef,
    SubscriptionSettings,
)

KYIV = ZoneInfo("Europe/Kyiv")
NIGHT = QuietHours(start=time(22, 0), end=time(7, 0), timezone="Europe/Kyiv")
LUNCH = QuietHours(start=time(12, 0), end=time(13, 30), timezone="UTC")


def at(hour: int, minute: int = 0, *, day: int = 10, zone: Any = UTC) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=zone)


def settings(**fields: Any) -> SubscriptionSettings:
    return SubscriptionSettings(**fields)


class Clock:
    """An injected clock: tests move it; nothing here reads the real time."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


# --- quiet hours ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(23, 30, zone=KYIV), at(7, day=11, zone=KYIV)),  # before midnight: ends tomorrow
        (at(2, 0, zone=KYIV), at(7, zone=KYIV)),  # after midnight: ends today
        (at(22, 0, zone=KYIV), at(7, day=11, zone=KYIV)),  # start is inside
        (at(7, 0, zone=KYIV), None),  # end is outside
        (at(12, 0, zone=KYIV), None),
        (at(20, 30), at(7, day=11, zone=KYIV)),  # 23:30 in Kyiv (UTC+3 in June)
    ],
)
def test_quiet_until_wrapping_midnight(now: datetime, expected: datetime | None) -> None:
    assert quiet_until(NIGHT, now) == expected


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(11, 59), None),
        (at(12, 0), at(13, 30)),
        (at(13, 29), at(13, 30)),
        (at(13, 30), None),
    ],
)
def test_quiet_until_same_day(now: datetime, expected: datetime | None) -> None:
    assert quiet_until(LUNCH, now) == expected


def test_quiet_hours_follow_daylight_saving() -> None:
    """22:00-07:00 in Kyiv ends at 04:00 UTC in summer and 05:00 UTC in winter."""
    assert quiet_until(NIGHT, datetime(2026, 7, 1, 0, 0, tzinfo=UTC)) == datetime(
        2026, 7, 1, 4, 0, tzinfo=UTC
    )
    assert quiet_until(NIGHT, datetime(2026, 1, 15, 0, 0, tzinfo=UTC)) == datetime(
        2026, 1, 15, 5, 0, tzinfo=UTC
    )


def test_quiet_end_in_a_dst_gap_is_still_one_instant() -> None:
    # Europe/Kyiv skips 03:00-04:00 on 29 March 2026.
    quiet = QuietHours(start=time(1, 0), end=time(3, 30), timezone="Europe/Kyiv")
    now = datetime(2026, 3, 29, 2, 30, tzinfo=KYIV)
    end = quiet_until(quiet, now)
    assert end is not None
    assert end >= now
    assert end - now <= timedelta(hours=2)


def test_equal_start_and_end_is_no_quiet_period() -> None:
    assert quiet_until(QuietHours(start=time(8), end=time(8)), at(8)) is None


def test_alert_in_quiet_hours_is_held_until_they_end() -> None:
    decision = decide(settings(quiet_hours=NIGHT), Severity.HIGH, at(23, zone=KYIV))
    assert decision == Decision(
        Action.HOLD, at(7, day=11, zone=KYIV), "quiet hours until 07:00 Europe/Kyiv"
    )
    assert not decision.send_now


def test_critical_goes_through_quiet_hours_by_default() -> None:
    decision = decide(settings(quiet_hours=NIGHT), Severity.CRITICAL, at(23, zone=KYIV))
    assert decision.send_now


def test_critical_is_held_when_bypass_is_off() -> None:
    strict = NIGHT.model_copy(update={"critical_bypass": False})
    decision = decide(settings(quiet_hours=strict), Severity.CRITICAL, at(23, zone=KYIV))
    assert decision.action is Action.HOLD
    assert decision.until == at(7, day=11, zone=KYIV)


def test_outside_quiet_hours_sends_now() -> None:
    assert decide(settings(quiet_hours=NIGHT), Severity.MEDIUM, at(9, zone=KYIV)).send_now


def test_quiet_hours_keep_a_later_waiting_digest() -> None:
    state = PolicyState(held_until=at(5, day=11))  # 08:00 Kyiv, after the 07:00 end
    decision = decide(settings(quiet_hours=NIGHT), Severity.LOW, at(23, zone=KYIV), state)
    assert decision.until == at(5, day=11)


# --- digests -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "now", "expected"),
    [
        (30, at(10, 0), at(10, 30)),  # on a boundary: the next one
        (30, at(10, 1), at(10, 30)),
        (30, at(10, 29), at(10, 30)),
        (60, at(23, 59), at(0, day=11)),
        (1440, at(13), at(0, day=11)),
        (45, at(0, 50), at(1, 30)),
    ],
)
def test_next_digest_slot(minutes: int, now: datetime, expected: datetime) -> None:
    assert next_digest_slot(minutes, now) == expected


def test_digest_mode_holds_until_the_next_slot() -> None:
    decision = decide(settings(digest_minutes=30), Severity.HIGH, at(10, 7))
    assert decision == Decision(Action.HOLD, at(10, 30), "digest every 30 min")


def test_critical_skips_the_digest() -> None:
    assert decide(settings(digest_minutes=30), Severity.CRITICAL, at(10, 7)).send_now


def test_alerts_join_a_waiting_digest() -> None:
    state = PolicyState(held_until=at(10, 45))
    decision = decide(settings(), Severity.MEDIUM, at(10, 7), state)
    assert decision == Decision(Action.HOLD, at(10, 45), "joins the digest already waiting")


# --- hourly cap ----------------------------------------------------------------------


def test_under_the_cap_sends_now() -> None:
    sends = [at(9, 30), at(9, 50)]
    assert decide(settings(max_per_hour=3), Severity.MEDIUM, at(10), PolicyState(sends)).send_now


def test_over_the_cap_holds_until_a_slot_frees() -> None:
    sends = [at(9, 50), at(9, 20), at(9, 30), at(8, 0)]  # any order; 08:00 is outside
    decision = decide(settings(max_per_hour=3), Severity.HIGH, at(10), PolicyState(sends))
    assert decision == Decision(Action.HOLD, at(10, 20), "limit of 3 messages per hour")


def test_cap_counts_only_the_last_hour() -> None:
    sends = [at(8, 59), at(9, 0), at(9, 30), at(10, 0)]
    assert sends_in_last_hour(sends, at(10)) == [at(9, 30), at(10, 0)]


def test_critical_is_not_held_by_the_cap() -> None:
    sends = [at(9, 50)] * 5
    decision = decide(settings(max_per_hour=1), Severity.CRITICAL, at(10), PolicyState(sends))
    assert decision.send_now


# --- flushing a digest ---------------------------------------------------------------


def test_flush_waits_for_the_due_time() -> None:
    state = PolicyState(held_until=at(10, 30))
    assert decide_flush(settings(), at(10, 29), state) == Decision(
        Action.HOLD, at(10, 30), "digest not due yet"
    )
    assert decide_flush(settings(), at(10, 30), state).send_now


def test_flush_respects_quiet_hours_and_the_cap() -> None:
    state = PolicyState(recent_sends=[at(9, 40)], held_until=at(10))
    assert decide_flush(settings(max_per_hour=1), at(10), state).until == at(10, 40)
    late = PolicyState(held_until=at(19, zone=KYIV))
    assert decide_flush(settings(quiet_hours=NIGHT), at(23, zone=KYIV), late).until == at(
        7, day=11, zone=KYIV
    )


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        decide(settings(), Severity.LOW, datetime(2026, 6, 10, 10, 0))


def test_accepts_a_classification() -> None:
    alert = Classification(
        update=NewsUpdate(id="u", revision="r", source=SourceRef(id="s"), headline="h"),
        severity=Severity.CRITICAL,
    )
    assert decide(settings(quiet_hours=LUNCH), alert, at(12, 15)).send_now


# --- a simulated day with the injected clock -----------------------------------------


def _simulate(
    sub: SubscriptionSettings, arrivals: list[tuple[datetime, Severity]], end: datetime
) -> Iterator[tuple[datetime, str, int]]:
    """Drive decide/decide_flush like the notifier would, minute by minute.

    Yields (time, "alert" | "digest", how many alerts the message carries).
    """
    clock = Clock(arrivals[0][0])
    pending = sorted(arrivals)
    held: list[Severity] = []
    state = PolicyState()
    while clock.now <= end:
        while pending and pending[0][0] <= clock.now:
            _, severity = pending.pop(0)
            decision = decide(sub, severity, clock.now, state)
            if decision.send_now:
                state = PolicyState([*state.recent_sends, clock.now], state.held_until)
                yield clock.now, "alert", 1
            else:
                held.append(severity)
                state = PolicyState(state.recent_sends, decision.until)
        if held:
            flush = decide_flush(sub, clock.now, state)
            if flush.send_now:
                yield clock.now, "digest", len(held)
                held.clear()
                state = PolicyState([*state.recent_sends, clock.now], None)
            else:
                state = PolicyState(state.recent_sends, flush.until)
        clock.advance(minutes=1)


def test_simulated_night_never_drops_an_alert() -> None:
    """Twelve alerts over a night and morning: quiet hours, cap and digests lose none."""
    sub = settings(quiet_hours=NIGHT, max_per_hour=2)
    start = at(21, 0, zone=KYIV)
    arrivals = [(start + timedelta(minutes=25 * n), Severity.MEDIUM) for n in range(12)]
    arrivals.append((at(1, 0, day=11, zone=KYIV), Severity.CRITICAL))
    out = list(_simulate(sub, arrivals, at(12, day=11, zone=KYIV)))

    assert sum(count for _, _, count in out) == len(arrivals)
    critical_at = [when for when, kind, _ in out if when == at(1, 0, day=11, zone=KYIV)]
    assert critical_at, "critical went straight through quiet hours"
    quiet_sends = [
        when
        for when, kind, _ in out
        if quiet_until(NIGHT, when) is not None and when != at(1, 0, day=11, zone=KYIV)
    ]
    assert quiet_sends == []
    for when, _, _ in out:  # never more than 2 messages in any hour, except the critical
        window = [w for w, _, _ in out if when - timedelta(hours=1) < w <= when]
        assert len(window) <= 3
    assert any(kind == "digest" and when == at(7, day=11, zone=KYIV) for when, kind, _ in out)
