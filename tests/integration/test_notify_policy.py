"""Quiet hours, digests and the hourly cap on a real server, with an injected clock."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, time, timedelta

import pytest
from redis.asyncio import Redis

from services.notify.app import Notifier
from services.notify.subscriptions import SubscriptionStore
from shared import wire
from shared.models import (
    Classification,
    Delivery,
    NewsUpdate,
    QuietHours,
    Severity,
    SourceRef,
    SubscriptionCreate,
    Topic,
    TopicTag,
)
from shared.settings import Settings
from shared.stage import Entry
from tests.receivers import Receiver, http_receiver

pytestmark = pytest.mark.redis

NIGHT = datetime(2026, 3, 3, 23, 30, tzinfo=UTC)  # 00:30 in Berlin: inside 22:00-07:00


def _entry(n: int, severity: Severity) -> Entry:
    update = NewsUpdate(id=f"u{n}", revision="r", source=SourceRef(id="wire"), headline=f"Item {n}")
    alert = Classification(
        update=update, severity=severity, topics=[TopicTag(topic=Topic.STRIKE, confidence=0.9)]
    )
    return Entry(f"{n}-0", wire.encode(alert, update_id=update.id))


async def _subscribe(
    client: Redis, settings: Settings, receiver: Receiver, **policy: object
) -> str:
    request = SubscriptionCreate(channels=[receiver.url()], min_severity=Severity.LOW, **policy)  # type: ignore[arg-type]
    return (await SubscriptionStore(client, settings.keys).add(request)).id


def _titles(receiver: Receiver) -> list[str]:
    return [r.json()["title"] for r in receiver.snapshot()]


async def _settle() -> None:
    await asyncio.sleep(0.2)


async def test_quiet_hours_hold_alerts_and_send_one_digest_when_they_end(
    redis_client: Redis, settings: Settings
) -> None:
    notifier = Notifier(redis_client, settings)
    quiet = QuietHours(start=time(22), end=time(7), timezone="Europe/Berlin")
    with http_receiver() as receiver:
        sub_id = await _subscribe(redis_client, settings, receiver, quiet_hours=quiet)
        await notifier.handle(_entry(1, Severity.HIGH), now=NIGHT)
        await notifier.handle(_entry(2, Severity.MEDIUM), now=NIGHT + timedelta(minutes=5))
        await notifier.handle(_entry(3, Severity.CRITICAL), now=NIGHT + timedelta(minutes=9))
        await _settle()
        assert _titles(receiver) == [_titles(receiver)[0]]  # only the critical one, at once
        assert "Item 3" in receiver.snapshot()[0].body.decode()

        await notifier.flush_digest(sub_id, now=NIGHT + timedelta(hours=1))  # still night
        await _settle()
        assert len(receiver.snapshot()) == 1

        morning = datetime(2026, 3, 4, 6, 1, tzinfo=UTC)  # 07:01 in Berlin
        await notifier.flush_digest(sub_id, now=morning)
        await _settle()
        assert len(receiver.snapshot()) == 2
        digest = json.loads(receiver.snapshot()[1].json()["message"])
        assert sorted(item["update"]["id"] for item in digest) == ["u1", "u2"]


async def test_critical_waits_too_when_the_subscriber_turned_the_bypass_off(
    redis_client: Redis, settings: Settings
) -> None:
    notifier = Notifier(redis_client, settings)
    quiet = QuietHours(start=time(22), end=time(7), timezone="UTC", critical_bypass=False)
    with http_receiver() as receiver:
        await _subscribe(redis_client, settings, receiver, quiet_hours=quiet)
        await notifier.handle(_entry(1, Severity.CRITICAL), now=NIGHT)
        await _settle()
        assert receiver.snapshot() == []
    records = await redis_client.xrange(settings.keys.deliveries)
    held = wire.decode(Delivery, wire.text_fields(records[0][1]))
    assert (held.status, "quiet hours" in (held.detail or "")) == ("suppressed", True)


async def test_digest_mode_batches_alerts_into_one_message(
    redis_client: Redis, settings: Settings
) -> None:
    notifier = Notifier(redis_client, settings)
    noon = datetime(2026, 3, 3, 12, 1, tzinfo=UTC)
    with http_receiver() as receiver:
        sub_id = await _subscribe(redis_client, settings, receiver, digest_minutes=30)
        for n in range(3):
            await notifier.handle(_entry(n, Severity.HIGH), now=noon + timedelta(minutes=n))
        await notifier.flush_digest(sub_id, now=noon + timedelta(minutes=10))  # slot not due
        await _settle()
        assert receiver.snapshot() == []
        await notifier.flush_digest(sub_id, now=noon + timedelta(minutes=30))
        await _settle()
        [digest] = receiver.snapshot()
        assert "3 alerts" in digest.json()["title"]


async def test_over_the_hourly_cap_alerts_wait_for_the_next_digest_never_dropped(
    redis_client: Redis, settings: Settings
) -> None:
    notifier = Notifier(redis_client, settings)
    noon = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
    with http_receiver() as receiver:
        sub_id = await _subscribe(redis_client, settings, receiver, max_per_hour=2)
        for n in range(5):
            await notifier.handle(_entry(n, Severity.HIGH), now=noon + timedelta(minutes=n))
        await _settle()
        assert len(receiver.snapshot()) == 2
        await notifier.flush_digest(sub_id, now=noon + timedelta(minutes=61))
        await _settle()
        assert len(receiver.snapshot()) == 3
        digest = json.loads(receiver.snapshot()[2].json()["message"])
        assert sorted(item["update"]["id"] for item in digest) == ["u2", "u3", "u4"]


async def test_the_background_loop_sends_digests_that_fell_due(
    redis_client: Redis, settings: Settings
) -> None:
    """Held alerts whose time has come go out without anyone calling flush."""
    notifier = Notifier(redis_client, settings)
    now = datetime.now(UTC)
    quiet_now = QuietHours(
        start=(now - timedelta(minutes=1)).time(), end=(now + timedelta(seconds=2)).time()
    )
    with http_receiver() as receiver:
        await _subscribe(redis_client, settings, receiver, quiet_hours=quiet_now)
        await notifier.handle(_entry(1, Severity.HIGH), now=now)
        assert receiver.snapshot() == []
        loop = asyncio.create_task(notifier.run_background())
        try:
            async with asyncio.timeout(10):
                while not receiver.snapshot():
                    await asyncio.sleep(0.1)
        finally:
            loop.cancel()
            await asyncio.gather(loop, return_exceptions=True)
        assert "1 alert" in receiver.snapshot()[0].json()["title"]
