"""Seen records in Redis: new, edit and duplicate verdicts survive a restart."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
import redis.asyncio as aioredis
from redis import Redis as SyncRedis
from redis.exceptions import RedisError

from services.ingest.identity import new_update
from services.ingest.seen import (
    SeenStoreError,
    classify_new,
    forget_source,
    record_seen,
)
from shared.models import NewsUpdate, SourceRef
from shared.streams import Keys

pytestmark = pytest.mark.redis

SOURCE = SourceRef(id="river")
FETCHED = datetime(2031, 4, 1, 8, 0, tzinfo=UTC)
LATER = datetime(2031, 4, 1, 9, 0, tzinfo=UTC)


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
async def redis(ingest_redis_url: str) -> AsyncIterator[tuple[aioredis.Redis, str]]:
    """The local server and a prefix of this test's own; deletes only that prefix."""
    client = aioredis.Redis.from_url(ingest_redis_url)
    prefix = f"test-seen-{uuid.uuid4().hex[:10]}:"
    try:
        yield client, prefix
    finally:
        async for key in client.scan_iter(match=f"{prefix}*"):
            await client.delete(key)
        await client.aclose()


def _update(headline: str, body: str, **extra: object) -> NewsUpdate:
    return new_update(SOURCE, headline, [body], fetched_at=FETCHED, **extra)  # type: ignore[arg-type]


A = _update("Levee holds overnight", "Water stayed below the crest.")
B = _update("Schools stay closed", "Classes resume on Monday.")
A_EDITED = _update("Levee holds overnight", "Water stayed below the crest. Pumps ran all night.")


async def test_first_sight_is_new(redis: tuple[aioredis.Redis, str]) -> None:
    client, prefix = redis
    verdicts = await classify_new(client, prefix, SOURCE.id, [A, B])
    assert [v for _, v in verdicts] == ["new", "new"]


async def test_recorded_updates_are_duplicates_after_restart(
    redis: tuple[aioredis.Redis, str], ingest_redis_url: str
) -> None:
    client, prefix = redis
    await record_seen(client, prefix, SOURCE.id, [A, B])
    # A new client stands for a restarted service.
    fresh = aioredis.Redis.from_url(ingest_redis_url)
    try:
        verdicts = await classify_new(fresh, prefix, SOURCE.id, [A, B])
    finally:
        await fresh.aclose()
    assert [v for _, v in verdicts] == ["duplicate", "duplicate"]


async def test_changed_revision_is_an_edit_with_updated_at(
    redis: tuple[aioredis.Redis, str],
) -> None:
    client, prefix = redis
    await record_seen(client, prefix, SOURCE.id, [A])
    assert A_EDITED.id == A.id
    ((update, verdict),) = await classify_new(client, prefix, SOURCE.id, [A_EDITED], now=LATER)
    assert verdict == "edit"
    assert update.updated_at == LATER
    await record_seen(client, prefix, SOURCE.id, [update])
    ((_, again),) = await classify_new(client, prefix, SOURCE.id, [A_EDITED])
    assert again == "duplicate"


@pytest.mark.parametrize(
    ("source_time", "now", "expected"),
    [(LATER, None, LATER), (None, LATER, LATER), (None, None, FETCHED)],
)
async def test_edit_time_prefers_the_source(
    redis: tuple[aioredis.Redis, str],
    source_time: datetime | None,
    now: datetime | None,
    expected: datetime,
) -> None:
    client, prefix = redis
    await record_seen(client, prefix, SOURCE.id, [A])
    edited = A_EDITED.model_copy(update={"updated_at": source_time})
    ((update, _),) = await classify_new(client, prefix, SOURCE.id, [edited], now=now)
    assert update.updated_at == expected


async def test_repeated_id_in_one_batch_counts_once(redis: tuple[aioredis.Redis, str]) -> None:
    client, prefix = redis
    verdicts = await classify_new(client, prefix, SOURCE.id, [A, A_EDITED, B])
    assert [v for _, v in verdicts] == ["new", "duplicate", "new"]


async def test_sources_are_kept_apart(redis: tuple[aioredis.Redis, str]) -> None:
    client, prefix = redis
    await record_seen(client, prefix, "other", [A])
    ((_, verdict),) = await classify_new(client, prefix, SOURCE.id, [A])
    assert verdict == "new"


async def test_key_name_and_expiry(redis: tuple[aioredis.Redis, str]) -> None:
    client, prefix = redis
    await record_seen(client, prefix, SOURCE.id, [A], ttl_seconds=600)
    key = Keys(prefix).seen(SOURCE.id)
    assert key == f"{prefix}seen:{SOURCE.id}"
    assert await client.hget(key, A.id) == A.revision.encode()
    assert 0 < await client.ttl(key) <= 600


async def test_forget_source(redis: tuple[aioredis.Redis, str]) -> None:
    client, prefix = redis
    await record_seen(client, prefix, SOURCE.id, [A])
    await forget_source(client, prefix, SOURCE.id)
    ((_, verdict),) = await classify_new(client, prefix, SOURCE.id, [A])
    assert verdict == "new"


async def test_empty_batches_touch_nothing(redis: tuple[aioredis.Redis, str]) -> None:
    client, prefix = redis
    assert await classify_new(client, prefix, SOURCE.id, []) == []
    await record_seen(client, prefix, SOURCE.id, [])
    assert not await client.exists(Keys(prefix).seen(SOURCE.id))


async def test_unreachable_server_is_our_error() -> None:
    client = aioredis.Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
    try:
        with pytest.raises(SeenStoreError, match="is Redis reachable"):
            await classify_new(client, "x:", SOURCE.id, [A])
        with pytest.raises(SeenStoreError, match="writing"):
            await record_seen(client, "x:", SOURCE.id, [A])
    finally:
        await client.aclose()
