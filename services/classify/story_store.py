"""Story snapshots in Redis: each snapshot a key with a TTL, plus a time index to list them.

Keys (under the caller's prefix): `story:snap:<update id>` holds one StorySnapshot as JSON;
`story:index` is a sorted set of those keys scored by the snapshot's time.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from datetime import datetime, timedelta

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from services.classify.stories import STORY_WINDOW, StorySnapshot
from shared.errors import NewsalertError

MAX_RECENT = 500
"""Upper bound on the snapshots one classification compares against."""

_PARSED_KEPT = 4 * MAX_RECENT
# Every classification reads the same few hundred snapshots: parse each stored value once.
_parsed: OrderedDict[bytes, StorySnapshot] = OrderedDict()


def _snapshot(value: bytes) -> StorySnapshot:
    snapshot = _parsed.get(value)
    if snapshot is None:
        snapshot = _parsed[value] = StorySnapshot.model_validate_json(value)
        if len(_parsed) > _PARSED_KEPT:
            _parsed.popitem(last=False)
    else:
        _parsed.move_to_end(value)
    return snapshot


def _index_key(prefix: str) -> str:
    return f"{prefix}story:index"


def _snapshot_key(prefix: str, update_id: str) -> str:
    return f"{prefix}story:snap:{update_id}"


async def recent(
    redis: aioredis.Redis, prefix: str, now: datetime, *, window: timedelta = STORY_WINDOW
) -> list[StorySnapshot]:
    """Snapshots from the last `window` before `now`, oldest first; expired ones dropped."""
    index = _index_key(prefix)
    since = (now - window).timestamp()
    try:
        await redis.zremrangebyscore(index, "-inf", f"({since}")
        found = await redis.zrangebyscore(index, since, "+inf", start=0, num=MAX_RECENT)
        keys: list[bytes | str] = [k for k in found if isinstance(k, bytes | str)]
        if not keys:
            return []
        values = await redis.mget(keys)
    except RedisError as err:
        raise NewsalertError(
            f"could not read story snapshots under {prefix!r}: {err}; check that Redis is up"
        ) from err
    snapshots = []
    missing: list[bytes | str] = []
    for key, value in zip(keys, values, strict=True):
        if value is None:
            missing.append(key)  # expired before the index caught up
        else:
            snapshots.append(_snapshot(value))
    if missing:
        with contextlib.suppress(RedisError):  # the index is trimmed again on the next read
            await redis.zrem(index, *missing)
    return snapshots


async def remember(
    redis: aioredis.Redis, prefix: str, snapshot: StorySnapshot, ttl_seconds: int
) -> None:
    """Store `snapshot` for `ttl_seconds` and index it by time."""
    key = _snapshot_key(prefix, snapshot.update_id)
    index = _index_key(prefix)
    try:
        async with redis.pipeline(transaction=True) as pipe:
            pipe.set(key, snapshot.model_dump_json(), ex=ttl_seconds)
            pipe.zadd(index, {key: snapshot.at.timestamp()})
            pipe.expire(index, ttl_seconds)
            await pipe.execute()
    except RedisError as err:
        raise NewsalertError(
            f"could not store story snapshot {snapshot.update_id!r} under {prefix!r}: {err};"
            " check that Redis is up"
        ) from err
