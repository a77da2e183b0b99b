"""Which updates were already published, per source, in Redis: restarts do not republish.

One hash per source (`Keys.seen`): update id -> revision last published. Callers
`classify_new`, publish the new and edited updates, then `record_seen` them; a crash
in between republishes (at-least-once), never loses an update.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Literal

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from shared.errors import NewsalertError
from shared.models import NewsUpdate
from shared.streams import Keys

Verdict = Literal["new", "edit", "duplicate"]
SEEN_TTL_SECONDS = 30 * 24 * 3600
"""A source quiet this long forgets what it published; a finished live blog stays quiet."""


class SeenStoreError(NewsalertError):
    """The seen-updates store (Redis) could not be read or written."""


async def classify_new(
    redis: aioredis.Redis,
    key_prefix: str,
    source_id: str,
    updates: Sequence[NewsUpdate],
    *,
    now: datetime | None = None,
) -> list[tuple[NewsUpdate, Verdict]]:
    """Each update with its verdict, in input order; edits get `updated_at` set.

    `updated_at` of an edit is the source's own modification time when it gives one,
    else `now`, else the update's `fetched_at`. An id repeated within `updates` counts
    once: later copies are duplicates.
    """
    key = Keys(key_prefix).seen(source_id)
    ids = [update.id for update in updates]
    try:
        stored = await redis.hmget(key, ids) if ids else []
    except RedisError as err:
        raise SeenStoreError(f"reading {key} failed: {err}; is Redis reachable?") from err
    verdicts: list[tuple[NewsUpdate, Verdict]] = []
    batch: set[str] = set()
    for update, previous in zip(updates, stored, strict=True):
        known = previous.decode() if isinstance(previous, bytes) else previous
        if update.id in batch or known == update.revision:
            verdicts.append((update, "duplicate"))
        elif known is None:
            verdicts.append((update, "new"))
        else:
            edited_at = update.updated_at or now or update.fetched_at
            verdicts.append((update.model_copy(update={"updated_at": edited_at}), "edit"))
        batch.add(update.id)
    return verdicts


async def record_seen(
    redis: aioredis.Redis,
    key_prefix: str,
    source_id: str,
    updates: Sequence[NewsUpdate],
    *,
    ttl_seconds: int = SEEN_TTL_SECONDS,
) -> None:
    """Remember these revisions as published (call after publishing them)."""
    if not updates:
        return
    key = Keys(key_prefix).seen(source_id)
    try:
        async with redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping={update.id: update.revision for update in updates})
            pipe.expire(key, ttl_seconds)
            await pipe.execute()
    except RedisError as err:
        raise SeenStoreError(f"writing {key} failed: {err}; is Redis reachable?") from err


async def forget_source(redis: aioredis.Redis, key_prefix: str, source_id: str) -> None:
    """Drop a source's record (its updates will be published again)."""
    try:
        await redis.delete(Keys(key_prefix).seen(source_id))
    except RedisError as err:
        raise SeenStoreError(f"deleting the record of {source_id} failed: {err}") from err
