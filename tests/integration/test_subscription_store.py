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


async def test_every_change_is_logged_for_caches_to_follow(
    redis_client: Redis, key_prefix: str
) -> None:
    store = SubscriptionStore(redis_client, Keys(key_prefix))
    start = await store.version()
    first = await store.add(SubscriptionCreate(channels=[SECRET_URL]))
    second = await store.add(SubscriptionCreate(channels=[SECRET_URL]))
    await store.remove(first.id)
    changed = await store.changes_since(start)
    assert changed is not None
    version, ids = changed
    assert ids == {first.id, second.id}
    assert version == await store.version()
    assert await store.changes_since(version) == (version, set())
    assert await store.get_many([first.id, second.id]) == {first.id: None, second.id: second}


async def test_the_notifier_index_follows_changes_made_elsewhere(
    redis_client: Redis, key_prefix: str
) -> None:
    from services.notify.app import SubscriptionCache
    from shared.models import Classification, NewsUpdate, SourceRef, TopicTag

    store = SubscriptionStore(redis_client, Keys(key_prefix))
    cache = SubscriptionCache(store)
    alert = Classification(
        update=NewsUpdate(id="u", revision="r", source=SourceRef(id="s"), headline="h"),
        severity=Severity.HIGH,
        topics=[TopicTag(topic=Topic.CASUALTIES, confidence=1.0)],
    )
    assert (await cache.index()).match(alert) == []
    sub = await store.add(SubscriptionCreate(channels=[SECRET_URL], topics=[Topic.CASUALTIES]))
    assert [m.subscription.id for m in (await cache.index()).match(alert)] == [sub.id]
    await store.save(sub.model_copy(update={"min_severity": Severity.CRITICAL}))
    assert (await cache.index()).match(alert) == []
    await store.remove(sub.id)
    assert len(await cache.index()) == 0


async def test_public_view_never_shows_the_channel(redis_client: Redis, key_prefix: str) -> None:
    store = SubscriptionStore(redis_client, Keys(key_prefix))
    sub = await store.add(SubscriptionCreate(channels=[SECRET_URL]))
    shown = public_view(sub).model_dump_json()
    assert "very-secret-topic" not in shown
    assert "ntfy://ntfy.example.org/***" in shown
