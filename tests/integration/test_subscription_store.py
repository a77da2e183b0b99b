"""Subscriptions persist in Redis; every change bumps the version notify watches."""

from __future__ import annotations

import pytest
from redis.asyncio import Redis

from services.notify.subscriptions import SubscriptionStore, public_view
from shared.models import Severity, SubscriptionCreate, Topic
from shared.streams import Keys

pytestmark = pytest.mark.redis

SECRET_URL = "ntfy://ntfy.example.org/very-secret-topic"


async def test_add_get_list_remove(redis_client: Redis, key_prefix: str) -> None:
    store = SubscriptionStore(redis_client, Keys(key_prefix))
    request = SubscriptionCreate(
        channels=[SECRET_URL], topics=[Topic.CASUALTIES], min_severity=Severity.HIGH
    )
    first = await store.add(request)
    second = await store.add(request, owner="team-a")
    assert await store.get(first.id) == first
    assert [s.id for s in await store.all()] == [first.id, second.id]
    assert await store.remove(first.id) is True
    assert await store.remove(first.id) is False
    assert [s.id for s in await store.all()] == [second.id]


async def test_every_change_bumps_the_version(redis_client: Redis, key_prefix: str) -> None:
    store = SubscriptionStore(redis_client, Keys(key_prefix))
    before = await store.version()
    sub = await store.add(SubscriptionCreate(channels=[SECRET_URL]))
    after_add = await store.version()
    await store.remove(sub.id)
    assert before < after_add < await store.version()


async def test_public_view_never_shows_the_channel(redis_client: Redis, key_prefix: str) -> None:
    store = SubscriptionStore(redis_client, Keys(key_prefix))
    sub = await store.add(SubscriptionCreate(channels=[SECRET_URL]))
    shown = public_view(sub).model_dump_json()
    assert "very-secret-topic" not in shown
    assert "ntfy://ntfy.example.org/***" in shown
