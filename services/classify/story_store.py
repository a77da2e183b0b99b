"""Story snapshots in Redis: each a key with a TTL, found again through what they name.

Keys (under the caller's prefix): `story:snap:<update id>` holds one StorySnapshot as JSON;
`story:term:<term>` (a place, country or troop nationality) is a sorted set of the
snapshot keys that name it, scored by the snapshot's time. Two updates can only be one
story if they share a term, so a new update reads just those snapshots.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from datetime import datetime, timedelta

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from services.classify.stories import STORY_WINDOW, StorySnapshot
from shared.errors import NewsalertError
from shared.streams import Keys

MAX_RECENT = 500
"""Upper bound on the snapshots one classification compares against."""

_PARSED_KEPT = 4 * MAX_RECENT
# Every classification reads the same few hundred snapshots: parse each stored value once.
_parsed: OrderedDict[bytes | str, StorySnapshot] = OrderedDict()


def _snapshot(value: bytes | str) -> StorySnapshot:
    snapshot = _parsed.get(value)
    if snapshot is None:
        snapshot = _parsed[value] = StorySnapshot.model_validate_json(value)
        if len(_parsed) > _PARSED_KEPT:
            _parsed.popitem(last=False)
    else:
        _parsed.move_to_end(value)
    return snapshot


def _snapshot_key(prefix: str, update_id: str) -> str:
    return Keys(prefix).story_snapshot(update_id)


def _term_key(prefix: str, term: str) -> str:
    return Keys(prefix).story_term(term)


async def candidates(
    redis: aioredis.Redis,
    prefix: str,
    terms: Iterable[str],
    update_id: str,
    now: datetime,
    *,
    window: timedelta = STORY_WINDOW,
) -> list[StorySnapshot]:
    """Snapshots of the last `window` that share a term with the update, plus its own
    earlier snapshot (an edit continues its own story); the only ones that can match."""
    since = (now - window).timestamp()
    term_keys = [_term_key(prefix, term) for term in sorted(terms)]
    try:
        async with redis.pipeline(transaction=False) as pipe:
            for key in term_keys:
                pipe.zremrangebyscore(key, "-inf", f"({since}")
                pipe.zrevrangebyscore(key, "+inf", since, start=0, num=MAX_RECENT)  # newest
            found = (await pipe.execute())[1::2]
        keys = sorted(
            {k for batch in found for k in batch} | {_snapshot_key(prefix, update_id).encode()}
        )
        values = await redis.mget(keys)
    except RedisError as err:
        raise NewsalertError(
            f"could not read story snapshots under {prefix!r}: {err}; check that Redis is up"
        ) from err
    snapshots = [_snapshot(value) for value in values if value is not None]
    return sorted(snapshots, key=lambda s: s.at)[-MAX_RECENT:]


async def remember(
    redis: aioredis.Redis, prefix: str, snapshot: StorySnapshot, ttl_seconds: int
) -> None:
    """Store `snapshot` for `ttl_seconds` and index it by time."""
    key = _snapshot_key(prefix, snapshot.update_id)
    try:
        async with redis.pipeline(transaction=True) as pipe:
            pipe.set(key, snapshot.model_dump_json(), ex=ttl_seconds)
            for term in snapshot.terms:
                term_key = _term_key(prefix, term)
                pipe.zadd(term_key, {key: snapshot.at.timestamp()})
                pipe.expire(term_key, ttl_seconds)
            await pipe.execute()
    except RedisError as err:
        raise NewsalertError(
            f"could not store story snapshot {snapshot.update_id!r} under {prefix!r}: {err};"
            " check that Redis is up"
        ) from err
