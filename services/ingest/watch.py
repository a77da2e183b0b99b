"""The poller: each source on its own interval; fetch -> parse -> seen -> publish.

A failing source backs off and, after a streak of failures (or of empty pages from a
source that used to give updates), is reported through `on_alarm`; the other sources
keep flowing. Publishing is the caller's `publish` callback.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

import structlog

from services.ingest.fetch import Fetcher, FetchError
from services.ingest.parse import parse_document
from services.ingest.publisher import Novelty, PublishReport
from services.ingest.sources import SourceConfig
from shared.errors import NewsalertError, ParseError
from shared.models import NewsUpdate

log = structlog.get_logger("newsalert.ingest")

Publish = Callable[[list[NewsUpdate]], Awaitable[PublishReport]]
"""Publishes what is new or edited among a page's updates (given in page order)."""
Status = Literal["published", "unchanged", "not_modified", "empty", "failed"]
AlarmKind = Literal["failing", "silent", "recovered"]


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """What one poll of one source did."""

    source_id: str
    status: Status
    found: int = 0
    new: int = 0
    edits: int = 0
    error: str | None = None
    retry_after: float | None = None
    published: tuple[NewsUpdate, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceAlarm:
    """A source went silent or failing (or came back), for the operator."""

    source_id: str
    kind: AlarmKind
    streak: int
    message: str


OnAlarm = Callable[[SourceAlarm], Awaitable[None]]
OnOutcome = Callable[[PollOutcome], Awaitable[None]]


@dataclass
class SourceHealth:
    """Per-source state kept between polls (in memory: a restart fetches in full once)."""

    streak: int = 0
    polls: int = 0
    ever_found: bool = False
    last_found: int = 0
    alarmed: bool = False
    last_error: str | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Watcher:
    """Polls sources and publishes their new and edited updates."""

    sources: list[SourceConfig]
    fetcher: Fetcher
    publish: Publish
    on_alarm: OnAlarm | None = None
    on_outcome: OnOutcome | None = None
    failures_before_alarm: int = 3
    max_backoff_seconds: float = 3600.0
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    jitter: Callable[[], float] = random.random
    health: dict[str, SourceHealth] = field(default_factory=dict)

    async def run(self) -> None:
        """Poll every enabled source until cancelled; one source's failure stops no other."""
        async with asyncio.TaskGroup() as group:
            for source in enabled_sources(self.sources):
                group.create_task(self._loop(source), name=f"poll:{source.id}")

    async def _loop(self, source: SourceConfig) -> None:
        while True:
            outcome = await self.poll(source)
            health = self.health[source.id]
            await self.sleep(
                next_delay(
                    source.interval_seconds,
                    health.streak,
                    outcome.retry_after,
                    max_backoff=self.max_backoff_seconds,
                    jitter=self.jitter(),
                )
            )

    async def poll(self, source: SourceConfig) -> PollOutcome:
        """Fetch, parse, dedup and publish one source once; never raises (but cancellation)."""
        health = self.health.setdefault(source.id, SourceHealth())
        health.polls += 1
        try:
            outcome = await self._poll(source, health)
        except ParseError as err:
            status: Status = "empty" if health.ever_found else "failed"
            outcome = PollOutcome(source.id, status, error=str(err))
        except FetchError as err:
            outcome = PollOutcome(source.id, "failed", error=str(err), retry_after=err.retry_after)
        except NewsalertError as err:
            outcome = PollOutcome(source.id, "failed", error=str(err))
        except Exception as err:  # a bug or a failing publish must not stop the other sources
            outcome = PollOutcome(source.id, "failed", error=f"{type(err).__name__}: {err}")
        await self._account(source, health, outcome)
        return outcome

    async def _poll(self, source: SourceConfig, health: SourceHealth) -> PollOutcome:
        fetched = await self._read(source, health)
        if fetched is None:
            return PollOutcome(source.id, "not_modified")
        content, content_type, fetched_at, etag, last_modified = fetched
        page = parse_document(
            content,
            content_type=content_type,
            source=source.ref,
            fetched_at=fetched_at,
            kind=source.kind,
            selectors=source.selectors,
        )
        try:
            report = await self.publish(page.updates)
        except Exception as err:
            raise _PublishError(f"publishing {len(page.updates)} updates failed: {err}") from err
        fresh = [update for update, novelty in report.results if novelty is not Novelty.DUPLICATE]
        # Only now: had publishing failed, the next poll must not be told "not modified".
        health.etag, health.last_modified = etag, last_modified
        health.ever_found = True
        health.last_found = len(page.updates)
        return PollOutcome(
            source.id,
            "published" if fresh else "unchanged",
            found=len(page.updates),
            new=report.count(Novelty.NEW),
            edits=report.count(Novelty.EDIT),
            published=tuple(fresh),
        )

    async def _read(
        self, source: SourceConfig, health: SourceHealth
    ) -> tuple[bytes, str | None, datetime, str | None, str | None] | None:
        """The source's bytes, or None when the server says nothing changed."""
        if source.url is not None:
            result = await self.fetcher.fetch(
                source.url, etag=health.etag, last_modified=health.last_modified, now=self.clock
            )
            if result.content is None:
                return None
            return (
                result.content,
                result.content_type,
                result.fetched_at,
                result.etag,
                (result.last_modified),
            )
        assert source.path is not None  # the model guarantees url or path
        try:
            content = await asyncio.to_thread(source.path.read_bytes)
        except OSError as err:
            raise FetchError(f"{source.path}: cannot read ({err.strerror})") from None
        if len(content) > self.fetcher.policy.max_bytes:
            raise FetchError(
                f"{source.path}: {len(content)} bytes is over the "
                f"{self.fetcher.policy.max_bytes}-byte limit",
                transient=False,
            )
        return content, None, self.clock(), None, None

    async def _account(
        self, source: SourceConfig, health: SourceHealth, outcome: PollOutcome
    ) -> None:
        """Update the failure streak, raise or clear alarms, and log one line."""
        alarm: SourceAlarm | None = None
        if outcome.status in ("failed", "empty"):
            health.streak += 1
            health.last_error = outcome.error
            if health.streak >= self.failures_before_alarm and not health.alarmed:
                health.alarmed = True
                alarm = _alarm(source.id, outcome, health)
            log.warning(
                "source poll failed",
                source_id=source.id,
                status=outcome.status,
                streak=health.streak,
                error=outcome.error,
            )
        else:
            if health.alarmed:
                alarm = SourceAlarm(
                    source.id,
                    "recovered",
                    health.streak,
                    f"source {source.id} works again after {health.streak} failed polls",
                )
            health.streak, health.alarmed, health.last_error = 0, False, None
            log.info(
                "source polled",
                source_id=source.id,
                status=outcome.status,
                found=outcome.found,
                new=outcome.new,
                edits=outcome.edits,
            )
        if alarm is not None and self.on_alarm is not None:
            await _report(self.on_alarm(alarm), source.id)
        if self.on_outcome is not None:
            await _report(self.on_outcome(outcome), source.id)


async def _report(call: Awaitable[None], source_id: str) -> None:
    try:
        await call
    except Exception as err:  # a broken reporter must not stop polling
        log.warning("source callback failed", source_id=source_id, error=str(err))


class _PublishError(NewsalertError):
    """Publishing failed; nothing was recorded as seen, so the next poll tries again."""


def next_delay(
    interval: float,
    streak: int,
    retry_after: float | None = None,
    *,
    max_backoff: float = 3600.0,
    jitter: float = 0.5,
) -> float:
    """Seconds until the next poll: the interval, doubled per failure up to `max_backoff`.

    `jitter` in [0, 1) spreads polls by +-10 % so sources and replicas do not align;
    a server's Retry-After is always honoured.
    """
    base = interval
    if streak > 0:
        base = max(interval, min(interval * 2 ** min(streak, 32), max_backoff))
    spread = base * (0.9 + 0.2 * jitter)
    return max(spread, retry_after or 0.0)


def enabled_sources(sources: Iterable[SourceConfig]) -> list[SourceConfig]:
    """The sources a watcher polls."""
    return [source for source in sources if source.enabled]


def _alarm(source_id: str, outcome: PollOutcome, health: SourceHealth) -> SourceAlarm:
    if outcome.status == "empty":
        message = (
            f"source {source_id} went silent: {health.streak} polls in a row without updates "
            f"(it used to give {health.last_found}); last error: {outcome.error}"
        )
        return SourceAlarm(source_id, "silent", health.streak, message)
    message = f"source {source_id} failed {health.streak} times in a row: {outcome.error}"
    return SourceAlarm(source_id, "failing", health.streak, message)
