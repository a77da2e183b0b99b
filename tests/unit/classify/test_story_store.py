"""Story snapshots in a real Redis: TTL, time window, and only this test's keys."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
import redis.asyncio as aioredis
from redis.exceptions import RedisError

from services.classify import story_store
from services.classify.stories import StorySnapshot
from shared.models import Severity, Topic

pytestmark = pytest.mark.redis

NOW = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
async def store() -> AsyncIterator[tuple[aioredis.Redis, str]]:
    """A client on REDIS_URL (default 127.0.0.1:6379) and a prefix no other test uses."""
    client = aioredis.Redis.from_url(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    try:
        await client.ping()
    except (RedisError, OSError):
        await client.aclose()
        pytest.skip("no Redis reachable at REDIS_URL or 127.0.0.1:6379")
    prefix = f"test-classify-{uuid.uuid4().hex[:12]}:"
    try:
        yield client, prefix
    finally:
        async for key in client.scan_iter(match=f"{prefix}*", count=500):
            await client.delete(key)
        await client.aclose()


def _snapshot(update_id: str, at: datetime) -> StorySnapshot:
    return StorySnapshot(
        story_id="story-1",
        update_id=update_id,
        at=at,
        topics=[Topic.STRIKE],
        severity=Severity.MEDIUM,
        places=["kharkiv"],
        counts={"killed": 2},
    )


async def test_remember_then_recent(store: tuple[aioredis.Redis, str]) -> None:
    client, prefix = store
    snap = _snapshot("u1", NOW - timedelta(hours=1))
    await story_store.remember(client, prefix, snap, ttl_seconds=3600)
    assert await story_store.recent(client, prefix, NOW) == [snap]


async def test_snapshot_keys_carry_the_ttl(store: tuple[aioredis.Redis, str]) -> None:
    client, prefix = store
    await story_store.remember(client, prefix, _snapshot("u1", NOW), ttl_seconds=120)
    ttl = await client.ttl(f"{prefix}story:snap:u1")
    assert 0 < ttl <= 120


async def test_old_snapshots_are_left_out(store: tuple[aioredis.Redis, str]) -> None:
    client, prefix = store
    await story_store.remember(client, prefix, _snapshot("old", NOW - timedelta(days=5)), 3600)
    await story_store.remember(client, prefix, _snapshot("new", NOW), 3600)
    assert [s.update_id for s in await story_store.recent(client, prefix, NOW)] == ["new"]


async def test_a_new_revision_replaces_the_snapshot(store: tuple[aioredis.Redis, str]) -> None:
    client, prefix = store
    await story_store.remember(client, prefix, _snapshot("u1", NOW), 3600)
    changed = _snapshot("u1", NOW).model_copy(update={"counts": {"killed": 3}})
    await story_store.remember(client, prefix, changed, 3600)
    assert await story_store.recent(client, prefix, NOW) == [changed]


async def test_expired_snapshots_are_dropped_from_the_index(
    store: tuple[aioredis.Redis, str],
) -> None:
    client, prefix = store
    await story_store.remember(client, prefix, _snapshot("u1", NOW), 3600)
    await client.delete(f"{prefix}story:snap:u1")  # as if its TTL ran out
    assert await story_store.recent(client, prefix, NOW) == []
    assert await client.zcard(f"{prefix}story:index") == 0


async def test_only_own_keys_are_written(store: tuple[aioredis.Redis, str]) -> None:
    client, prefix = store
    await story_store.remember(client, prefix, _snapshot("u1", NOW), 3600)
    keys = [k.decode() async for k in client.scan_iter(match=f"{prefix}*")]
    assert sorted(keys) == [f"{prefix}story:index", f"{prefix}story:snap:u1"]
