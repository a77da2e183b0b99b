"""A live blog in, alerts out: the whole pipeline in one process on a real server."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import httpx
import pytest
from redis.asyncio import Redis

from services.demo import DEMO_SOURCE, example_blog
from services.ingest.liveblog_text import parse_liveblog_text
from services.ingest.publisher import publish_updates
from services.notify.matching import SubscriptionIndex
from services.notify.subscriptions import SubscriptionStore
from shared import wire
from shared.models import Classification, Severity, SubscriptionCreate, Topic
from shared.settings import Settings
from tests.receivers import http_receiver

pytestmark = [pytest.mark.redis, pytest.mark.e2e]


async def _eventually(check: Callable[[], Awaitable[bool]], seconds: float = 30) -> None:
    async with asyncio.timeout(seconds):
        while not await check():
            await asyncio.sleep(0.1)


async def test_a_subscription_gets_exactly_the_alerts_its_filter_selects_once_each(
    pipeline: Settings, redis_client: Redis
) -> None:
    keys = pipeline.keys
    page = parse_liveblog_text(example_blog(), source=DEMO_SOURCE, fetched_at=datetime.now(UTC))
    with http_receiver() as receiver:
        store = SubscriptionStore(redis_client, keys)
        subscription = await store.add(
            SubscriptionCreate(
                channels=[receiver.url()], topics=[Topic.CASUALTIES], min_severity=Severity.HIGH
            )
        )
        await publish_updates(redis_client, keys, page.updates)

        async def all_classified() -> bool:
            return await redis_client.xlen(keys.classified) == len(page.updates)

        await _eventually(all_classified)
        classified = [
            wire.decode(Classification, wire.text_fields(raw))
            for _, raw in await redis_client.xrange(keys.classified)
        ]
        index = SubscriptionIndex()
        index.add(subscription)
        expected = Counter(c.alert_id for c in classified if index.match(c))
        assert expected, "the example blog must hold at least one high-severity casualty alert"

        async def all_delivered() -> bool:
            return len(receiver.snapshot()) >= sum(expected.values())

        await _eventually(all_delivered)
        await asyncio.sleep(1.0)  # anything extra (a duplicate) would arrive by now
        delivered = [
            Classification.model_validate_json(r.json()["message"]) for r in receiver.snapshot()
        ]
        assert Counter(alert.alert_id for alert in delivered) == expected
        assert all(alert.severity.rank >= Severity.HIGH.rank for alert in delivered)


async def test_alerts_are_listed_by_the_api(pipeline: Settings, redis_client: Redis) -> None:
    keys = pipeline.keys
    page = parse_liveblog_text(example_blog(), source=DEMO_SOURCE, fetched_at=datetime.now(UTC))
    await publish_updates(redis_client, keys, page.updates)

    async def all_classified() -> bool:
        return await redis_client.xlen(keys.classified) == len(page.updates)

    await _eventually(all_classified)
    base = f"http://{pipeline.api_host}:{pipeline.api_port}"
    async with httpx.AsyncClient(base_url=base) as client:
        alerts = (await client.get("/v1/alerts")).json()
    newest_first = [a["update"]["headline"] for a in alerts]
    tagged = [u.headline for u in page.updates]  # the page lists updates newest first
    assert newest_first == [h for h in tagged if h in newest_first]
    assert len(alerts) >= 3
