"""The real live blog the project started from, when the design kit sits beside the checkout.

Skipped without the kit: the project's own fixtures cover the same behaviour.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from redis.asyncio import Redis

from services.ingest.liveblog_text import parse_liveblog_text
from services.ingest.publisher import Novelty, publish_updates
from services.notify.subscriptions import SubscriptionStore
from shared.models import (
    Classification,
    NewsUpdate,
    Severity,
    SourceRef,
    StoryPolicy,
    SubscriptionCreate,
    Topic,
)
from shared.settings import Settings
from shared.streams import Keys
from tests.receivers import http_receiver

KIT = Path(__file__).resolve().parents[2].parent / "shared"
SEED = KIT / "seed" / "000_82d68d25e60939f7.txt"
pytestmark = [
    pytest.mark.redis,
    pytest.mark.e2e,
    pytest.mark.skipif(not SEED.is_file(), reason="design kit not beside the checkout"),
]
SOURCE = SourceRef(id="dw-live", name="DW live")


def _seed_updates() -> list[NewsUpdate]:
    page = parse_liveblog_text(SEED.read_text(), source=SOURCE, fetched_at=datetime.now(UTC))
    return page.updates


async def test_publishing_twice_publishes_nothing_and_an_edit_once(
    redis_client: Redis, key_prefix: str
) -> None:
    keys = Keys(key_prefix)
    updates = _seed_updates()
    first = await publish_updates(redis_client, keys, updates)
    assert first.count(Novelty.NEW) == 9
    again = await publish_updates(redis_client, keys, _seed_updates())
    assert again.count(Novelty.DUPLICATE) == 9
    edited = _seed_updates()
    edited[4] = edited[4].model_copy(
        update={"body": edited[4].body + "\n\nA later paragraph.", "revision": "changed"}
    )
    third = await publish_updates(redis_client, keys, edited)
    assert (third.count(Novelty.EDIT), third.count(Novelty.DUPLICATE)) == (1, 8)
    assert await redis_client.xlen(keys.updates) == 10


async def test_kharkiv_subscribers_get_the_strike_once_and_the_toll_if_they_asked(
    pipeline: Settings, redis_client: Redis
) -> None:
    keys = pipeline.keys
    store = SubscriptionStore(redis_client, keys)
    with http_receiver() as first_only, http_receiver() as every_change:
        for receiver, policy in (
            (first_only, StoryPolicy.ESCALATIONS),
            (every_change, StoryPolicy.COUNT_CHANGES),
        ):
            await store.add(
                SubscriptionCreate(
                    channels=[receiver.url()],
                    topics=[Topic.CASUALTIES],
                    min_severity=Severity.HIGH,
                    places=["Kharkiv"],
                    story_policy=policy,
                )
            )
        await publish_updates(redis_client, keys, _seed_updates())
        async with asyncio.timeout(30):
            while await redis_client.xlen(keys.classified) < 9 or len(every_change.snapshot()) < 2:
                await asyncio.sleep(0.1)
        await asyncio.sleep(1.0)  # anything more would have arrived by now
        got_first = [
            Classification.model_validate_json(r.json()["message"]) for r in first_only.snapshot()
        ]
        got_every = [
            Classification.model_validate_json(r.json()["message"]) for r in every_change.snapshot()
        ]
    assert [a.update.headline for a in got_first] == [
        "Russian bomb hits apartment block in Kharkiv"
    ]
    assert [a.update.headline for a in got_every] == [
        "Russian bomb hits apartment block in Kharkiv",
        "Death toll in Russian Kharkiv attack rises",
    ]
    assert "killed 2 -> 3" in got_every[1].changes
    assert "killed 2 -> 3" in json.dumps(every_change.snapshot()[1].json())
