"""Classify stage: news.updates -> classify (pure) -> news.classified."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import structlog
from faststream.redis import RedisBroker
from redis.asyncio import Redis

from services.classify import story_store
from services.classify.classifier import classify
from services.classify.stories import snapshot_of, terms_of, update_time, with_story
from shared import streams, wire
from shared.models import NewsUpdate
from shared.settings import Settings
from shared.stage import Entry, Output, StageSpec, register_stage

log = structlog.get_logger("newsalert.classify")

STORY_TTL = timedelta(hours=48)


def register(broker: RedisBroker, client: Redis, settings: Settings, *, consumer: str) -> None:
    """Subscribe the classify handler to news.updates in the classify group."""
    keys = settings.keys

    async def handle(entry: Entry) -> Output:
        update = wire.decode(NewsUpdate, entry.fields)
        now = datetime.now(UTC)
        tagged = classify(update)
        # Only snapshots sharing a place, country or nationality can join the story; and
        # stories join updates close in the news's own time, not ours.
        candidates = await story_store.candidates(
            client, keys.prefix, terms_of(tagged), update.id, update_time(update) or now
        )
        result = with_story(tagged, candidates).model_copy(update={"classified_at": now})
        await story_store.remember(
            client, keys.prefix, snapshot_of(result), int(STORY_TTL.total_seconds())
        )
        log.info(
            "classified",
            severity=result.severity.value,
            topics=[t.topic.value for t in result.topics],
            story_change=result.story_change.value,
        )
        output = Output()
        output.add(
            keys.classified,
            wire.encode(result, update_id=update.id, severity=result.severity.value),
        )
        return output

    spec = StageSpec(
        name="classify",
        stream_key=keys.updates,
        group=streams.CLASSIFY_GROUP,
        dead_key=keys.dead,
        max_deliveries=settings.max_deliveries,
        reclaim_idle_ms=settings.reclaim_idle_ms,
    )
    register_stage(broker, spec, handle, consumer=consumer)
