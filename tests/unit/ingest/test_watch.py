"""The poller: dedup across polls, edits, failure streaks, silence alarms and backoff."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from services.ingest.fetch import Fetcher
from services.ingest.publisher import Novelty, PublishReport, publish_updates
from services.ingest.sources import SourceConfig
from services.ingest.watch import PollOutcome, SourceAlarm, Watcher, next_delay
from shared.models import NewsUpdate
from shared.streams import Keys

NOW = datetime(2031, 6, 1, 12, 0, tzinfo=UTC)
PAGE = "Dock {n} reopens\nCranes are working at dock {n} again.\n"


@pytest.mark.parametrize(
    ("interval", "streak", "retry_after", "jitter", "expected"),
    [
        (60, 0, None, 0.5, 60.0),
        (60, 0, None, 0.0, 54.0),
        (60, 0, None, 1.0, 66.0),
        (60, 1, None, 0.5, 120.0),
        (60, 3, None, 0.5, 480.0),
        (60, 30, None, 0.5, 3600.0),
        (7200, 2, None, 0.5, 7200.0),
        (60, 0, 900.0, 0.5, 900.0),
        (60, 1, 30.0, 0.5, 120.0),
    ],
)
def test_next_delay(
    interval: float, streak: int, retry_after: float | None, jitter: float, expected: float
) -> None:
    got = next_delay(interval, streak, retry_after, max_backoff=3600, jitter=jitter)
    assert got == pytest.approx(expected)


class Harness:
    """A watcher over local files, recording what it publishes and reports."""

    def __init__(self, client: aioredis.Redis, prefix: str, fetcher: Fetcher) -> None:
        self.published: list[list[NewsUpdate]] = []
        self.alarms: list[SourceAlarm] = []
        self.outcomes: list[PollOutcome] = []
        self.fail_publish = False
        self.client, self.keys = client, Keys(prefix)
        self.watcher = Watcher(
            sources=[],
            fetcher=fetcher,
            publish=self.publish,
            on_alarm=self.alarm,
            on_outcome=self.outcome,
            failures_before_alarm=2,
            clock=lambda: NOW,
        )

    async def publish(self, updates: list[NewsUpdate]) -> PublishReport:
        if self.fail_publish:
            raise RuntimeError("stream unavailable")
        report = await publish_updates(self.client, self.keys, updates)
        fresh = [u for u, novelty in report.results if novelty is not Novelty.DUPLICATE]
        if fresh:
            self.published.append(fresh)
        return report

    async def alarm(self, alarm: SourceAlarm) -> None:
        self.alarms.append(alarm)

    async def outcome(self, outcome: PollOutcome) -> None:
        self.outcomes.append(outcome)


@pytest.fixture
async def harness(redis_client: aioredis.Redis, key_prefix: str) -> AsyncIterator[Harness]:
    fetcher = Fetcher()
    try:
        yield Harness(redis_client, key_prefix, fetcher)
    finally:
        await fetcher.aclose()


def _source(path: Path, source_id: str = "docks", interval: float = 0.05) -> SourceConfig:
    return SourceConfig(id=source_id, path=path, kind="text", interval_seconds=interval)


def _write(path: Path, *numbers: int, extra: str = "") -> None:
    # Written beside and renamed into place: a running watcher must never read a half-written
    # page, which would raise an alarm for a good source.
    partial = path.with_suffix(".partial")
    partial.write_text("".join(PAGE.format(n=n) for n in numbers) + extra, encoding="utf-8")
    partial.replace(path)


@pytest.mark.redis
async def test_publishes_new_updates_once_oldest_first(harness: Harness, tmp_path: Path) -> None:
    path = tmp_path / "blog.txt"
    source = _source(path)
    _write(path, 2, 1)
    first = await harness.watcher.poll(source)
    second = await harness.watcher.poll(source)
    _write(path, 3, 2, 1)
    third = await harness.watcher.poll(source)
    assert [o.status for o in (first, second, third)] == ["published", "unchanged", "published"]
    assert [[u.headline for u in batch] for batch in harness.published] == [
        ["Dock 1 reopens", "Dock 2 reopens"],
        ["Dock 3 reopens"],
    ]
    assert harness.published[0][0].fetched_at == NOW


@pytest.mark.redis
async def test_edit_is_republished_with_updated_at(harness: Harness, tmp_path: Path) -> None:
    path = tmp_path / "blog.txt"
    source = _source(path)
    _write(path, 1)
    await harness.watcher.poll(source)
    path.write_text(PAGE.format(n=1) + "Night shifts start on Friday.\n", encoding="utf-8")
    outcome = await harness.watcher.poll(source)
    assert (outcome.status, outcome.new, outcome.edits) == ("published", 0, 1)
    (edited,) = harness.published[-1]
    assert edited.updated_at == NOW
    assert edited.id == harness.published[0][0].id


@pytest.mark.redis
async def test_failing_publish_is_retried_next_poll(harness: Harness, tmp_path: Path) -> None:
    path = tmp_path / "blog.txt"
    source = _source(path)
    _write(path, 1)
    harness.fail_publish = True
    failed = await harness.watcher.poll(source)
    assert failed.status == "failed"
    assert "publishing 1 updates failed" in (failed.error or "")
    harness.fail_publish = False
    retried = await harness.watcher.poll(source)
    assert retried.status == "published"
    assert [u.headline for u in harness.published[0]] == ["Dock 1 reopens"]


@pytest.mark.redis
async def test_failure_streak_raises_one_alarm_then_recovery(
    harness: Harness, tmp_path: Path
) -> None:
    path = tmp_path / "missing.txt"
    source = _source(path)
    for _ in range(4):
        outcome = await harness.watcher.poll(source)
        assert outcome.status == "failed"
    assert [(a.kind, a.streak) for a in harness.alarms] == [("failing", 2)]
    assert "cannot read" in harness.alarms[0].message
    _write(path, 1)
    await harness.watcher.poll(source)
    assert [a.kind for a in harness.alarms] == ["failing", "recovered"]
    assert harness.watcher.health[source.id].streak == 0


@pytest.mark.redis
async def test_source_that_stops_giving_updates_went_silent(
    harness: Harness, tmp_path: Path
) -> None:
    path = tmp_path / "blog.txt"
    source = _source(path)
    _write(path, 1)
    await harness.watcher.poll(source)
    path.write_text("The page was redesigned and says nothing useful.\n", encoding="utf-8")
    statuses = [(await harness.watcher.poll(source)).status for _ in range(2)]
    assert statuses == ["empty", "empty"]
    (alarm,) = harness.alarms
    assert alarm.kind == "silent"
    assert "used to give 1" in alarm.message


@pytest.mark.redis
async def test_run_keeps_good_sources_flowing_while_one_fails(
    harness: Harness, tmp_path: Path
) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    _write(good, 1)
    bad.write_bytes(b"\x00\x01\x02")
    harness.watcher.sources = [
        _source(good, "good"),
        _source(bad, "bad"),
        SourceConfig(id="off", path=bad, enabled=False),
    ]
    harness.watcher.max_backoff_seconds = 0.1
    task = asyncio.create_task(harness.watcher.run())
    written = False
    try:
        # The second update is written once, after the first is out: rewriting the file on every
        # check raced the watcher's reads on a slow machine.
        async with asyncio.timeout(20):
            while not (harness.alarms and len(harness.published) >= 2):
                await asyncio.sleep(0.02)
                if not written and len(harness.published) == 1:
                    _write(good, 2, 1)
                    written = True
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert [[u.headline for u in batch] for batch in harness.published] == [
        ["Dock 1 reopens"],
        ["Dock 2 reopens"],
    ]
    assert {a.source_id for a in harness.alarms} == {"bad"}
    assert "off" not in harness.watcher.health
