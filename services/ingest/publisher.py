"""I/O: publish updates onto news.updates exactly once per revision, oldest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from redis.asyncio import Redis
from redis.exceptions import WatchError

from shared import streams, wire
from shared.models import NewsUpdate
from shared.streams import Keys
from shared.wire import as_text


class Novelty(StrEnum):
    NEW = "new"
    EDIT = "edit"
    DUPLICATE = "duplicate"


@dataclass
class PublishReport:
    """What happened to each update handed to `publish_updates`, in publishing order."""

    results: list[tuple[NewsUpdate, Novelty]] = field(default_factory=list)

    def count(self, novelty: Novelty) -> int:
        return sum(1 for _, n in self.results if n is novelty)

    def summary(self) -> str:
        return (
            f"published {self.count(Novelty.NEW)} new and {self.count(Novelty.EDIT)} edited "
            f"updates; {self.count(Novelty.DUPLICATE)} already published"
        )


def novelty(stored_revision: bytes | str | None, update: NewsUpdate) -> Novelty:
    """New, an edit (a new revision of a known id) or a duplicate."""
    if stored_revision is None:
        return Novelty.NEW
    if as_text(stored_revision) == update.revision:
        return Novelty.DUPLICATE
    return Novelty.EDIT


SEEN_TTL_SECONDS = 30 * 24 * 3600
"""A source quiet this long forgets what it published; a finished live blog stays quiet."""


def chronological(updates: Sequence[NewsUpdate]) -> list[NewsUpdate]:
    """Oldest first, as downstream stories want them: by time, else reversed page order.

    Pages list newest first; updates without a time (or with the same page date) keep
    that order reversed, since sorting is stable.
    """
    earliest = datetime.min.replace(tzinfo=UTC)
    return sorted(reversed(updates), key=lambda update: update.published_at or earliest)


async def publish_updates(
    client: Redis, keys: Keys, updates: Sequence[NewsUpdate], *, oldest_first: bool = True
) -> PublishReport:
    """Publish what is new or edited; `updates` come in page order (newest first).

    The seen record and the stream entry are written in one transaction, under WATCH, so
    a crash or a concurrent publisher can neither lose an update nor publish it twice.
    """
    ordered = chronological(updates) if oldest_first else list(updates)
    report = PublishReport()
    for source_id in dict.fromkeys(u.source.id for u in ordered):
        batch = [u for u in ordered if u.source.id == source_id]
        report.results.extend(await _publish_source(client, keys, source_id, batch))
    return report


async def plan_updates(client: Redis, keys: Keys, updates: Sequence[NewsUpdate]) -> PublishReport:
    """What `publish_updates` would do now, without publishing anything."""
    report = PublishReport()
    ordered = chronological(updates)
    for source_id in dict.fromkeys(u.source.id for u in ordered):
        batch = [u for u in ordered if u.source.id == source_id]
        stored = await client.hmget(keys.seen(source_id), [u.id for u in batch])
        report.results.extend(_decide(batch, stored))
    return report


async def _publish_source(
    client: Redis, keys: Keys, source_id: str, updates: list[NewsUpdate]
) -> list[tuple[NewsUpdate, Novelty]]:
    seen_key = keys.seen(source_id)
    while True:
        async with client.pipeline(transaction=True) as pipe:
            try:
                await pipe.watch(seen_key)
                stored = await pipe.hmget(seen_key, [u.id for u in updates])
                results = _decide(updates, stored)
                pipe.multi()  # type: ignore[no-untyped-call]  # untyped in redis-py
                for update, result in results:
                    if result is Novelty.DUPLICATE:
                        continue
                    pipe.xadd(
                        keys.updates,
                        wire.encode(update, update_id=update.id, novelty=result.value),  # type: ignore[arg-type]
                        maxlen=streams.STREAM_MAXLEN,
                        approximate=True,
                    )
                    pipe.hset(seen_key, update.id, update.revision)
                pipe.expire(seen_key, SEEN_TTL_SECONDS)
                await pipe.execute()
                return results
            except WatchError:
                continue  # another publisher wrote first: decide again on fresh state


def _decide(
    updates: list[NewsUpdate], stored: list[bytes | str | None]
) -> list[tuple[NewsUpdate, Novelty]]:
    results: list[tuple[NewsUpdate, Novelty]] = []
    latest: dict[str, str] = {}
    for update, revision in zip(updates, stored, strict=True):
        known = latest.get(update.id)
        result = novelty(known.encode() if known else revision, update)
        if result is Novelty.EDIT and update.updated_at is None:
            update = update.model_copy(update={"updated_at": update.fetched_at})
        latest[update.id] = update.revision
        results.append((update, result))
    return results


async def forget_source(client: Redis, keys: Keys, source_id: str) -> None:
    """Drop what a source published: its updates will be published again."""
    await client.delete(keys.seen(source_id))
