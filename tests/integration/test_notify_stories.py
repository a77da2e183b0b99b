"""A story as subscribers live it: updates classified in order, then notified on a real server.

The fixture (tests/fixtures/notify/odesa_strike_story.jsonl) is a day and a half of news:
a strike on an apartment block in Odesa (two killed, one of them a child: high), three
unrelated updates (drones downed, a deadly strike in Kherson, sanctions), a toll update
(three killed, still high) and an escalation (21 killed: critical). Each update is
classified against the story snapshots kept so far, as the classify stage keeps them,
and each classification goes through `Notifier.handle`; a subscriber's phone is an ntfy
receiver on loopback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from redis.asyncio import Redis

from services.classify.classifier import classify
from services.classify.stories import StorySnapshot, snapshot_of
from services.notify.app import Notifier
from services.notify.subscriptions import SubscriptionStore
from shared import wire
from shared.models import (
    Classification,
    Delivery,
    NewsUpdate,
    Severity,
    SourceRef,
    StoryChange,
    StoryPolicy,
    SubscriptionCreate,
    Topic,
)
from shared.settings import Settings
from shared.stage import Entry
from tests.receivers import Receiver, http_receiver

pytestmark = pytest.mark.redis

FIXTURE = Path(__file__).parents[1] / "fixtures" / "notify" / "odesa_strike_story.jsonl"


def _updates() -> list[NewsUpdate]:
    source = SourceRef(id="wire", name="Wire", url="https://wire.example.org/live")
    updates = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        updates.append(NewsUpdate(revision="r1", source=source, **row))
    return updates


@pytest.fixture(scope="module")
def story() -> dict[str, Classification]:
    """The fixture's updates classified in order, by update id.

    Like the classify stage: each update sees the snapshots kept so far (one per update
    id, oldest first), and its own snapshot is kept after it.
    """
    kept: dict[str, StorySnapshot] = {}
    classified = {}
    for update in _updates():
        recent = sorted(kept.values(), key=lambda snapshot: snapshot.at)
        result = classify(update, recent_stories=recent)
        kept[update.id] = snapshot_of(result)
        classified[update.id] = result
    return classified


async def _notify_in_order(notifier: Notifier, story: dict[str, Classification]) -> None:
    for n, alert in enumerate(story.values()):
        await notifier.handle(Entry(f"{n + 1}-0", wire.encode(alert, update_id=alert.update.id)))


async def _subscribe_phone(
    client: Redis, settings: Settings, phone: Receiver, policy: StoryPolicy
) -> str:
    """Casualties at high or above in Odesa, pushed to `phone`."""
    request = SubscriptionCreate(
        channels=[phone.url("ntfy", "/odesa-casualties")],
        topics=[Topic.CASUALTIES],
        min_severity=Severity.HIGH,
        places=["Odesa"],
        story_policy=policy,
    )
    return (await SubscriptionStore(client, settings.keys).add(request)).id


def _pushes(phone: Receiver) -> list[dict[str, Any]]:
    return [request.json() for request in phone.snapshot()]


async def _sent(client: Redis, settings: Settings) -> list[tuple[str, str]]:
    """(update id, status) of every delivery recorded, in order."""
    recorded = []
    for _, raw in await client.xrange(settings.keys.deliveries) or []:
        assert raw is not None
        delivery = wire.decode(Delivery, wire.text_fields(raw))
        recorded.append((delivery.update_id, delivery.status.value))
    return recorded


def test_the_fixture_reads_as_one_story_a_toll_update_and_an_escalation(
    story: dict[str, Classification],
) -> None:
    """What the scenario rests on: if this fails, the classifier read the texts otherwise."""
    summary = {
        update_id: (c.story_id == story["odesa-strike"].story_id, c.story_change, c.severity)
        for update_id, c in story.items()
    }
    assert summary == {
        "odesa-strike": (True, StoryChange.NEW, Severity.HIGH),
        "drones-overnight": (False, StoryChange.NEW, Severity.MEDIUM),
        "kherson-market": (False, StoryChange.NEW, Severity.HIGH),
        "odesa-toll-3": (True, StoryChange.UPDATED, Severity.HIGH),
        "tanker-sanctions": (False, StoryChange.NEW, Severity.MEDIUM),
        "odesa-toll-21": (True, StoryChange.ESCALATED, Severity.CRITICAL),
    }
    assert story["odesa-toll-3"].changes == ["killed 2 -> 3"]
    assert [p.name for p in story["odesa-strike"].facts.places] == ["Odesa"]


async def test_by_default_the_strike_and_its_escalation_are_pushed_not_the_toll_update(
    notifier: Notifier, redis_client: Redis, settings: Settings, story: dict[str, Classification]
) -> None:
    """Default story policy (escalations): the first alert of the story, once; the toll
    update that only changed a count is not sent; the one that raised severity is."""
    with http_receiver() as phone:
        await _subscribe_phone(redis_client, settings, phone, StoryPolicy.ESCALATIONS)
        await _notify_in_order(notifier, story)
        pushes = _pushes(phone)
    assert [push["title"] for push in pushes] == [
        f"🔴 HIGH: {story['odesa-strike'].update.headline}",
        f"🚨 CRITICAL: {story['odesa-toll-21'].update.headline}",
    ]
    assert "Story escalated: killed 3 -> 21" in pushes[1]["message"]
    assert await _sent(redis_client, settings) == [
        ("odesa-strike", "sent"),
        ("odesa-toll-21", "sent"),
    ]


async def test_with_count_changes_the_toll_update_is_pushed_too_saying_what_changed(
    notifier: Notifier, redis_client: Redis, settings: Settings, story: dict[str, Classification]
) -> None:
    with http_receiver() as phone:
        await _subscribe_phone(redis_client, settings, phone, StoryPolicy.COUNT_CHANGES)
        await _notify_in_order(notifier, story)
        pushes = _pushes(phone)
    assert [push["title"] for push in pushes] == [
        f"🔴 HIGH: {story['odesa-strike'].update.headline}",
        f"🔴 HIGH: {story['odesa-toll-3'].update.headline}",
        f"🚨 CRITICAL: {story['odesa-toll-21'].update.headline}",
    ]
    assert "Story updated: killed 2 -> 3" in pushes[1]["message"]
    assert await _sent(redis_client, settings) == [
        ("odesa-strike", "sent"),
        ("odesa-toll-3", "sent"),
        ("odesa-toll-21", "sent"),
    ]
