"""Notify service: news.classified -> match subscriptions -> send, retry, dead-letter."""

from __future__ import annotations

import asyncio

import structlog
from faststream.redis import RedisBroker
from redis.asyncio import Redis

from services.notify.deliver import ChannelSender
from services.notify.fanout import ChannelResult, Outcome, Sender, channel_id
from services.notify.matching import Match, SubscriptionIndex
from services.notify.retries import Backoff, RetryJob, RetryQueue
from services.notify.subscriptions import SubscriptionStore
from shared import streams, wire
from shared.models import Classification, Subscription
from shared.redact import redact_url
from shared.settings import Settings
from shared.stage import Entry, Output, StageSpec, dead_letter_fields, register_stage

log = structlog.get_logger("newsalert.notify")

RETRY_POLL_SECONDS = 0.5


class SubscriptionCache:
    """The matching index, rebuilt only when a subscription changed anywhere."""

    def __init__(self, store: SubscriptionStore) -> None:
        self._store = store
        self._version: int | None = None
        self._index = SubscriptionIndex()

    async def index(self) -> SubscriptionIndex:
        version = await self._store.version()
        if version != self._version:
            self._index = SubscriptionIndex(await self._store.all())
            self._version = version
        return self._index


class Notifier:
    """Matches alerts, sends each channel once, and retries failed sends with backoff."""

    def __init__(self, client: Redis, settings: Settings) -> None:
        self._client = client
        self._keys = settings.keys
        self._settings = settings
        self._store = SubscriptionStore(client, self._keys)
        self._subscriptions = SubscriptionCache(self._store)
        channels = ChannelSender(allowed_networks=settings.allowed_private_networks)
        self._sender = Sender(client, self._keys, channels, settings.send_timeout_seconds)
        self._retries = RetryQueue(
            client, self._keys, lease_seconds=settings.send_timeout_seconds * 3 + 30
        )
        self._backoff = Backoff(base_seconds=settings.retry_base_seconds)

    def register(self, broker: RedisBroker, *, consumer: str) -> None:
        """Subscribe to news.classified in the notify group."""
        spec = StageSpec(
            name="notify",
            stream_key=self._keys.classified,
            group=streams.NOTIFY_GROUP,
            dead_key=self._keys.dead,
            max_deliveries=self._settings.max_deliveries,
            reclaim_idle_ms=self._settings.reclaim_idle_ms,
        )
        register_stage(broker, spec, self.handle, consumer=consumer)

    async def handle(self, entry: Entry) -> Output:
        alert = wire.decode(Classification, entry.fields)
        matches = (await self._subscriptions.index()).match(alert)
        jobs = [(match, url) for match in matches for url in match.subscription.channels]
        results = await asyncio.gather(
            *(self._first_send(alert, match, url) for match, url in jobs)
        )
        outcomes = [r.outcome for r in results]
        log.info(
            "notified",
            severity=alert.severity.value,
            matches=len(matches),
            sent=outcomes.count(Outcome.SENT),
            already_sent=outcomes.count(Outcome.ALREADY_SENT),
            retrying=outcomes.count(Outcome.FAILED),
        )
        return Output()

    async def _first_send(self, alert: Classification, match: Match, url: str) -> ChannelResult:
        final = self._settings.max_deliveries <= 1
        result = await self._sender.send(
            alert, match.subscription, url, match.reason, attempt=1, final=final
        )
        if result.outcome is Outcome.FAILED:
            job = RetryJob(
                alert=alert,
                subscription_id=match.subscription.id,
                channel_id=channel_id(url),
                reason=match.reason,
                attempt=1,
            )
            await self._after_failure(job, match.subscription, url, result.error, final)
        return result

    async def _after_failure(
        self, job: RetryJob, subscription: Subscription, url: str, error: str | None, final: bool
    ) -> None:
        if final:
            await self._dead_letter(job, url, error or "failed")
            return
        next_attempt = job.attempt + 1
        await self._retries.schedule(
            job.model_copy(update={"attempt": next_attempt}),
            delay_seconds=self._backoff.delay(next_attempt),
        )

    async def run_retries(self) -> None:
        """Send due retries until cancelled."""
        while True:
            jobs = await self._retries.take_due()
            await asyncio.gather(*(self._retry(job) for job in jobs))
            if not jobs:
                await asyncio.sleep(RETRY_POLL_SECONDS)

    async def _retry(self, job: RetryJob) -> None:
        subscription = await self._store.get(job.subscription_id)
        url = _channel(subscription, job.channel_id)
        if subscription is None or url is None:
            await self._retries.done(job)  # unsubscribed since: nothing to send to
            return
        final = job.attempt >= self._settings.max_deliveries
        with structlog.contextvars.bound_contextvars(update_id=job.alert.update.id):
            result = await self._sender.send(
                job.alert, subscription, url, job.reason, attempt=job.attempt, final=final
            )
            if result.outcome is Outcome.FAILED:
                await self._after_failure(job, subscription, url, result.error, final)
            log.info("retried", attempt=job.attempt, outcome=result.outcome.value)
        if result.outcome is not Outcome.FAILED or final:
            await self._retries.done(job)

    async def _dead_letter(self, job: RetryJob, url: str, error: str) -> None:
        fields = dead_letter_fields(
            wire.encode(
                job.alert, update_id=job.alert.update.id, severity=job.alert.severity.value
            ),
            error=error,
            origin_stream=self._keys.classified,
            origin_group=streams.NOTIFY_GROUP,
            origin_id="",
            deliveries=job.attempt,
            channel=redact_url(url),
        )
        await self._client.xadd(
            self._keys.dead,
            fields,  # type: ignore[arg-type]
            maxlen=streams.STREAM_MAXLEN,
            approximate=True,
        )
        log.error("send dead-lettered", attempts=job.attempt, channel=redact_url(url))


def _channel(subscription: Subscription | None, wanted: str) -> str | None:
    if subscription is None:
        return None
    return next((u for u in subscription.channels if channel_id(u) == wanted), None)
