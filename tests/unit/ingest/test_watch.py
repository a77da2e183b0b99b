"""The poller: dedup across polls, edits, failure streaks, silence alarms and backoff."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis.asyncio as aioredis
from redis import Redis as SyncRedis
from redis.exceptions import RedisError

from services.ingest.fetch import Fetcher
from services.ingest.identity import new_update
from services.ingest.sources import SourceConfig
from services.ingest.watch import PollOutcome, SourceAlarm, Watcher, chronological, next_delay
from shared.models import NewsUpdate, SourceRef

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


def _timed(name: str, hour: int | None) -> NewsUpdate:
    when = datetime(2031, 6, 1, hour, tzinfo=UTC) if hour is not None else None
    return new_update(SourceRef(id="s"), name, ["Body."], fetched_at=NOW, published_at=when)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ([("c", 3), ("b", 2), ("a", 1)], ["a", "b", "c"]),
        ([("a", 1), ("b", 2), ("c", 3)], ["a", "b", "c"]),
        ([("c", None), ("b", None), ("a", None)], ["a", "b", "c"]),
        ([("c", 5), ("b", 5), ("a", 5)], ["a", "b", "c"]),
        ([("b", 2), ("x", None), ("a", 1)], ["x", "a", "b"]),
    ],
)
def test_chronological(page: list[tuple[str, int | None]], expected: list[str]) -> None:
    """Oldest first by time, whatever the page order; page order reversed without times."""
    ordered = chronological([_timed(name, hour) for name, hour in page])
    assert [u.headline for u in ordered] == expected


class Harness:
    """A watcher over local files, recording what it publishes and reports."""

    def __init__(self, client: aioredis.Redis, prefix: str, fetcher: Fetcher) -> None:
        self.published: list[list[NewsUpdate]] = []
        self.alarms: list[SourceAlarm] = []
        self.outcomes: list[PollOutcome] = []
        self.fail_publish = False
        self.watcher = Watcher(
            sources=[],
            fetcher=fetcher,
            redis=client,
            key_prefix=prefix,
            publish=self.publish,
            on_alarm=self.alarm,
            on_outcome=self.outcome,
            failures_before_alarm=2,
            clock=lambda: NOW,
        )

    async def publish(self, updates: list[NewsUpdate]) -> None:
        if self.fail_publish:
            raise RuntimeError("stream unavailable")
        self.published.append(updates)

    async def alarm(self, alarm: SourceAlarm) -> None:
        self.alarms.append(alarm)

    async def outcome(self, outcome: PollOutcome) -> None:
        self.outcomes.append(outcome)


LOCAL_REDIS = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


def _reachable(url: str) -> bool:
    client = SyncRedis.from_url(url, socket_connect_timeout=1)
    try:
        return bool(client.ping())
    except (RedisError, OSError):
        return False
    finally:
        client.close()


@pytest.fixture
def ingest_redis_url(request: pytest.FixtureRequest) -> str:
    """REDIS_URL (or 127.0.0.1:6379) when it answers, else the suite's own server, else skip."""
    if _reachable(LOCAL_REDIS):
        return LOCAL_REDIS
    try:
        return str(request.getfixturevalue("redis_url"))
    except pytest.FixtureLookupError:
        pytest.skip(f"no Redis at {LOCAL_REDIS}")


@pytest.fixture
async def harness(ingest_redis_url: str) -> AsyncIterator[Harness]:
    client = aioredis.Redis.from_url(ingest_redis_url)
    prefix = f"test-watch-{uuid.uuid4().hex[:10]}:"
    fetcher = Fetcher()
    try:
        yield Harness(client, prefix, fetcher)
    finally:
        await fetcher.aclose()
        async for key in client.scan_iter(match=f"{prefix}*"):
            await client.delete(key)
        await client.aclose()


def _source(path: Path, source_id: str = "docks", interval: float = 0.05) -> SourceConfig:
    return SourceConfig(id=source_id, path=path, kind="text", interval_seconds=interval)


def _write(path: Path, *numbers: int, extra: str = "") -> None:
    path.write_text("".join(PAGE.format(n=n) for n in numbers) + extra, encoding="utf-8")


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
    try:
        for _ in range(100):
            await asyncio.sleep(0.02)
            if harness.alarms and len(harness.published) >= 2:
                break
            if harness.published and len(harness.published) == 1:
                _write(good, 2, 1)
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
