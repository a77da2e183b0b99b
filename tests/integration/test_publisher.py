"""Publishing onto news.updates: oldest first, once per revision, edits again."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from redis.asyncio import Redis

from services.ingest.identity import new_update
from services.ingest.publisher import Novelty, chronological, publish_updates
from shared import wire
from shared.models import NewsUpdate, SourceRef
from shared.streams import Keys

pytestmark = pytest.mark.redis

NOW = datetime(2026, 3, 3, 12, tzinfo=UTC)


def _update(n: int, body: str = "Body.", source: str = "blog") -> NewsUpdate:
    return NewsUpdate(
        id=f"{source}:{n}",
        revision=f"rev-{body}",
        source=SourceRef(id=source),
        headline=f"Headline {n}",
        body=body,
        fetched_at=NOW,
    )


async def _published(client: Redis, keys: Keys) -> list[NewsUpdate]:
    return [
        wire.decode(NewsUpdate, wire.text_fields(raw))
        for _, raw in await client.xrange(keys.updates)
    ]


async def test_page_is_published_oldest_first(redis_client: Redis, key_prefix: str) -> None:
    keys = Keys(key_prefix)
    page = [_update(3), _update(2), _update(1)]  # newest first, as on the page
    report = await publish_updates(redis_client, keys, page)
    assert report.count(Novelty.NEW) == 3
    assert [u.id for u in await _published(redis_client, keys)] == ["blog:1", "blog:2", "blog:3"]


async def test_publishing_twice_publishes_nothing_new(redis_client: Redis, key_prefix: str) -> None:
    keys = Keys(key_prefix)
    page = [_update(2), _update(1)]
    await publish_updates(redis_client, keys, page)
    again = await publish_updates(redis_client, keys, page)
    assert again.count(Novelty.DUPLICATE) == 2
    assert await redis_client.xlen(keys.updates) == 2


async def test_a_changed_body_is_published_once_as_an_edit(
    redis_client: Redis, key_prefix: str
) -> None:
    keys = Keys(key_prefix)
    await publish_updates(redis_client, keys, [_update(2), _update(1)])
    report = await publish_updates(redis_client, keys, [_update(2), _update(1, "Toll rises.")])
    assert [(u.id, n) for u, n in report.results] == [
        ("blog:1", Novelty.EDIT),
        ("blog:2", Novelty.DUPLICATE),
    ]
    edited = (await _published(redis_client, keys))[-1]
    assert (edited.id, edited.body, edited.updated_at) == ("blog:1", "Toll rises.", NOW)


async def test_concurrent_publishers_publish_each_update_once(
    redis_client: Redis, key_prefix: str
) -> None:
    keys = Keys(key_prefix)
    page = [_update(n) for n in range(20, 0, -1)]
    await asyncio.gather(*(publish_updates(redis_client, keys, page) for _ in range(4)))
    ids = [u.id for u in await _published(redis_client, keys)]
    assert sorted(ids) == sorted(u.id for u in page)


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
