"""The notifier on a real server with real HTTP receivers: once each, retries, dead letters."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest
from redis.asyncio import Redis

from services.notify.app import Notifier
from services.notify.subscriptions import SubscriptionStore
from shared import wire
from shared.models import (
    Classification,
    Delivery,
    NewsUpdate,
    Severity,
    SourceRef,
    SubscriptionCreate,
    Topic,
    TopicTag,
)
from shared.settings import Settings
from shared.stage import Entry
from tests.receivers import http_receiver

pytestmark = pytest.mark.redis


def _alert(n: int = 1, severity: Severity = Severity.HIGH) -> Classification:
    update = NewsUpdate(
        id=f"u{n}", revision="r1", source=SourceRef(id="wire"), headline=f"Strike {n}"
    )
    return Classification(
        update=update, severity=severity, topics=[TopicTag(topic=Topic.STRIKE, confidence=0.9)]
    )


def _entry(alert: Classification) -> Entry:
    return Entry("1-0", wire.encode(alert, update_id=alert.update.id))


async def _eventually(check: Callable[[], Awaitable[bool]], seconds: float = 15) -> None:
    async with asyncio.timeout(seconds):
        while not await check():
            await asyncio.sleep(0.05)


async def _deliveries(client: Redis, settings: Settings) -> list[Delivery]:
    entries = await client.xrange(settings.keys.deliveries)
    return [wire.decode(Delivery, wire.text_fields(raw)) for _, raw in entries]


async def _subscribe(client: Redis, settings: Settings, *urls: str, **filters: object) -> str:
    store = SubscriptionStore(client, settings.keys)
    request = SubscriptionCreate(channels=list(urls), **filters)  # type: ignore[arg-type]
    return (await store.add(request)).id


async def test_each_matching_channel_gets_the_alert_once(
    notifier: Notifier, redis_client: Redis, settings: Settings
) -> None:
    with http_receiver() as a, http_receiver() as b, http_receiver() as unmatched:
        await _subscribe(redis_client, settings, a.url(), b.url(), topics=[Topic.STRIKE])
        await _subscribe(redis_client, settings, unmatched.url(), topics=[Topic.ECONOMY])
        alert = _alert()
        await notifier.handle(_entry(alert))
        await notifier.handle(_entry(alert))  # redelivered, e.g. after a restart mid-fan-out
        await asyncio.sleep(0.3)
        assert (len(a.snapshot()), len(b.snapshot()), len(unmatched.snapshot())) == (1, 1, 0)
    statuses = [d.status for d in await _deliveries(redis_client, settings)]
    assert statuses == ["sent", "sent"]


async def test_a_receiver_that_fails_twice_then_succeeds_gets_it_once(
    notifier: Notifier, redis_client: Redis, settings: Settings
) -> None:
    with http_receiver(fail_first=2) as flaky:
        await _subscribe(redis_client, settings, flaky.url())
        await notifier.handle(_entry(_alert()))

        async def delivered() -> bool:
            return len(flaky.snapshot()) == 1

        await _eventually(delivered)
        await asyncio.sleep(0.3)
        assert len(flaky.snapshot()) == 1
    records = await _deliveries(redis_client, settings)
    assert [(d.status, d.attempts) for d in records] == [
        ("retrying", 1),
        ("retrying", 2),
        ("sent", 3),
    ]
    assert await redis_client.xlen(settings.keys.dead) == 0


async def test_a_receiver_that_always_fails_ends_in_dead_letters(
    notifier: Notifier, redis_client: Redis, settings: Settings
) -> None:
    with http_receiver(fail_first=1000, fail_status=503) as broken, http_receiver() as fine:
        await _subscribe(redis_client, settings, broken.url("json", "/secret-path"), fine.url())
        await notifier.handle(_entry(_alert(7)))

        async def dead() -> bool:
            return await redis_client.xlen(settings.keys.dead) == 1

        await _eventually(dead)
        assert len(fine.snapshot()) == 1
    [(_, raw)] = await redis_client.xrange(settings.keys.dead)
    fields = wire.text_fields(raw)
    assert fields["deliveries"] == "3"
    assert fields["channel"] == "json://***"
    assert "secret-path" not in str(fields)
    assert wire.decode(Classification, fields).update.id == "u7"
    final = (await _deliveries(redis_client, settings))[-1]
    assert (final.status, final.attempts) == ("failed", 3)


async def test_an_unsubscribed_channel_is_not_retried(
    notifier: Notifier, redis_client: Redis, settings: Settings
) -> None:
    with http_receiver(fail_first=1) as flaky:
        sub_id = await _subscribe(redis_client, settings, flaky.url())
        await notifier.handle(_entry(_alert()))
        await SubscriptionStore(redis_client, settings.keys).remove(sub_id)
        await asyncio.sleep(0.5)
        assert flaky.snapshot() == []
    assert await redis_client.xlen(settings.keys.dead) == 0
