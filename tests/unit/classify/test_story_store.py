"""Story snapshots in a real Redis: TTL, time window, and only this test's keys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import redis.asyncio as aioredis

from services.classify import story_store
from services.classify.stories import StorySnapshot
from shared.models import Severity, Topic

pytestmark = pytest.mark.redis

NOW = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def store(redis_client: aioredis.Redis, key_prefix: str) -> tuple[aioredis.Redis, str]:
    """A client on the suite's server and a prefix no other test uses."""
    return redis_client, key_prefix


def _snapshot(update_id: str, at: datetime, place: str = "kharkiv") -> StorySnapshot:
    return StorySnapshot(
        story_id="story-1",
        update_id=update_id,
        at=at,
        topics=[Topic.STRIKE],
        severity=Severity.MEDIUM,
        places=[place],
        counts={"killed": 2},
    )


async def test_remember_then_recent(store: tuple[aioredis.Redis, str]) -> None:
    client, prefix = store
    snap = _snapshot("u1", NOW - timedelta(hours=1))
    await story_store.remember(client, prefix, snap, ttl_seconds=3600)
    assert await _kharkiv(client, prefix) == [snap]


async def test_snapshot_keys_carry_the_ttl(store: tuple[aioredis.Redis, str]) -> None:
    client, prefix = store
    await story_store.remember(client, prefix, _snapshot("u1", NOW), ttl_seconds=120)
    ttl = await client.ttl(f"{prefix}story:snap:u1")
    assert 0 < ttl <= 120


async def test_old_snapshots_are_left_out(store: tuple[aioredis.Redis, str]) -> None:
    client, prefix = store
    await story_store.remember(client, prefix, _snapshot("old", NOW - timedelta(days=5)), 3600)
    await story_store.remember(client, prefix, _snapshot("new", NOW), 3600)
    assert [s.update_id for s in await _kharkiv(client, prefix)] == ["new"]


async def test_a_new_revision_replaces_the_snapshot(store: tuple[aioredis.Redis, str]) -> None:
    client, prefix = store
    await story_store.remember(client, prefix, _snapshot("u1", NOW), 3600)
    changed = _snapshot("u1", NOW).model_copy(update={"counts": {"killed": 3}})
    await story_store.remember(client, prefix, changed, 3600)
    assert await _kharkiv(client, prefix) == [changed]


async def test_expired_snapshots_are_not_candidates(store: tuple[aioredis.Redis, str]) -> None:
    client, prefix = store
    await story_store.remember(client, prefix, _snapshot("u1", NOW), 3600)
    await client.delete(f"{prefix}story:snap:u1")  # as if its TTL ran out
    assert await _kharkiv(client, prefix) == []


async def test_only_own_keys_are_written(store: tuple[aioredis.Redis, str]) -> None:
    client, prefix = store
    await story_store.remember(client, prefix, _snapshot("u1", NOW), 3600)
    keys = [k.decode() async for k in client.scan_iter(match=f"{prefix}*")]
    assert sorted(keys) == [f"{prefix}story:snap:u1", f"{prefix}story:term:place:kharkiv"]


async def _kharkiv(client: aioredis.Redis, prefix: str) -> list[StorySnapshot]:
    return await story_store.candidates(client, prefix, {"place:kharkiv"}, "nobody", NOW)


async def test_candidates_share_a_term_or_are_the_update_itself(
    store: tuple[aioredis.Redis, str],
) -> None:
    client, prefix = store
    for name, place in (("a", "kharkiv"), ("b", "odesa"), ("c", "kharkiv")):
        await story_store.remember(client, prefix, _snapshot(name, NOW, place), 3600)
    found = await story_store.candidates(client, prefix, {"place:kharkiv"}, "b", NOW)
    assert sorted(s.update_id for s in found) == ["a", "b", "c"]
    assert await story_store.candidates(client, prefix, {"place:lviv"}, "z", NOW) == []


async def test_candidates_leave_out_what_is_older_than_the_window(
    store: tuple[aioredis.Redis, str],
) -> None:
    client, prefix = store
    await story_store.remember(client, prefix, _snapshot("old", NOW - timedelta(days=5)), 3600)
    await story_store.remember(client, prefix, _snapshot("new", NOW), 3600)
    found = await story_store.candidates(client, prefix, {"place:kharkiv"}, "x", NOW)
    assert [s.update_id for s in found] == ["new"]
