"""Notify stage: news.classified -> match subscriptions -> deliver through Apprise."""

from __future__ import annotations

import structlog
from faststream.redis import RedisBroker
from redis.asyncio import Redis

from services.notify.fanout import Fanout
from services.notify.matching import SubscriptionIndex
from services.notify.subscriptions import SubscriptionStore
from shared import streams, wire
from shared.errors import ChannelError
from shared.models import Classification
from shared.settings import Settings
from shared.stage import Entry, Output, StageSpec, register_stage

log = structlog.get_logger("newsalert.notify")


class SubscriptionCache:
    """The matching index, rebuilt only when a subscription changed anywhere."""

    def __init__(self, store: SubscriptionStore) -> None:
        self._store = store
        self._version: int | None = None
        self._index = SubscriptionIndex()

    async def index(self) -> SubscriptionIndex:
        version = await self._store.version()
        if version != self._version:
            index = SubscriptionIndex()
            for subscription in await self._store.all():
                index.add(subscription)
            self._index, self._version = index, version
        return self._index


def register(broker: RedisBroker, client: Redis, settings: Settings, *, consumer: str) -> None:
    """Subscribe the notify handler to news.classified in the notify group."""
    keys = settings.keys
    subscriptions = SubscriptionCache(SubscriptionStore(client, keys))
    fanout = Fanout(client, keys, settings.send_timeout_seconds)

    async def handle(entry: Entry) -> Output:
        alert = wire.decode(Classification, entry.fields)
        matches = (await subscriptions.index()).match(alert)
        result = await fanout.deliver(alert, matches, attempt=entry.attempt, final=entry.final)
        log.info(
            "notified",
            severity=alert.severity.value,
            matches=len(matches),
            sent=result.sent,
            skipped=result.skipped,
            failed=len(result.failed),
        )
        if not result.ok:
            # Left pending: the reclaimer retries; channels already sent are skipped.
            raise ChannelError("; ".join(result.failed))
        return Output()

    spec = StageSpec(
        name="notify",
        stream_key=keys.classified,
        group=streams.NOTIFY_GROUP,
        dead_key=keys.dead,
        max_deliveries=settings.max_deliveries,
        reclaim_idle_ms=settings.reclaim_idle_ms,
    )
    register_stage(broker, spec, handle, consumer=consumer)
