"""Notify service: news.classified -> match -> policy -> send, retry, digest, dead-letter."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import structlog
from faststream.redis import RedisBroker
from redis.asyncio import Redis

from services.notify.deliver import ChannelSender
from services.notify.digests import DigestFlusher
from services.notify.fanout import ChannelResult, Outcome, Sender, channel_id
from services.notify.holding import HeldAlert, Holding
from services.notify.matching import Match, SubscriptionIndex
from services.notify.policy import PolicyState, decide
from services.notify.retries import Backoff, RetryJob, RetryQueue
from services.notify.subscriptions import SubscriptionStore
from shared import streams, wire
from shared.models import Classification, DeliveryStatus, Subscription
from shared.redact import redact_url
from shared.settings import Settings
from shared.stage import Entry, Output, StageSpec, dead_letter_fields, register_stage

log = structlog.get_logger("newsalert.notify")

RETRY_POLL_SECONDS = 0.5


class SubscriptionCache:
    """The matching index, kept current by replaying the subscriptions' change log."""

    def __init__(self, store: SubscriptionStore) -> None:
        self._store = store
        self._version: str | None = None
        self._index = SubscriptionIndex()

    async def index(self) -> SubscriptionIndex:
        if self._version is not None:
            changed = await self._store.changes_since(self._version)
            if changed is not None:
                self._version, ids = changed
                for subscription_id, subscription in (await self._store.get_many(ids)).items():
                    self._index.remove(subscription_id)
                    if subscription is not None:
                        self._index.add(subscription)
                return self._index
        # First use, or too far behind: load all. The version is read first, so a change
        # made while loading is replayed next time rather than missed.
        version = await self._store.version()
        subscriptions = await self._store.all()
        # Building 100,000 entries takes a while: not on the event loop.
        self._index = await asyncio.to_thread(SubscriptionIndex, subscriptions)
        self._version = version
        return self._index


class Notifier:
    """Matches alerts, applies each subscriber's policy, sends each channel once."""

    def __init__(self, client: Redis, settings: Settings) -> None:
        self._client = client
        self._keys = settings.keys
        self._settings = settings
        lease = settings.send_timeout_seconds * 3 + 30
        self._store = SubscriptionStore(client, self._keys)
        self._subscriptions = SubscriptionCache(self._store)
        channels = ChannelSender(allowed_networks=settings.allowed_private_networks)
        self._sender = Sender(client, self._keys, channels, settings.send_timeout_seconds)
        self._retries = RetryQueue(client, self._keys, lease_seconds=lease)
        self._backoff = Backoff(base_seconds=settings.retry_base_seconds)
        self._holding = Holding(client, self._keys, lease_seconds=lease)
        self._digests = DigestFlusher(
            client,
            self._holding,
            self._store,
            self._sender,
            backoff=self._backoff,
            max_attempts=settings.max_deliveries,
            dead_letter=self._dead_letter,
        )

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

    async def run_background(self) -> None:
        """Retries and digests, until cancelled."""
        await asyncio.gather(self.run_retries(), self._digests.run())

    async def flush_digest(self, subscription_id: str, *, now: datetime | None = None) -> None:
        """Send a subscription's held alerts if its policy allows it at `now`."""
        await self._digests.flush(subscription_id, now=now)

    async def handle(self, entry: Entry, *, now: datetime | None = None) -> Output:
        alert = wire.decode(Classification, entry.fields)
        matches = (await self._subscriptions.index()).match(alert)
        now = now or datetime.now(UTC)
        outcomes = await asyncio.gather(*(self._apply(alert, match, now) for match in matches))
        log.info(
            "notified",
            severity=alert.severity.value,
            matches=len(matches),
            sent=outcomes.count("sent"),
            held=outcomes.count("held"),
            retrying=outcomes.count("retrying"),
        )
        return Output()

    async def _apply(self, alert: Classification, match: Match, now: datetime) -> str:
        """Send now or hold for a digest, as this subscriber's policy says."""
        subscription = match.subscription
        shaped = _shapes_delivery(subscription)
        # Most subscribers send everything at once: no policy state to read for them.
        state = await self._holding.state(subscription.id, now) if shaped else PolicyState()
        decision = decide(subscription, alert, now, state)
        if not decision.send_now:
            assert decision.until is not None
            held = HeldAlert(alert=alert, reason=match.reason)
            if await self._holding.hold(subscription.id, held, decision.until):
                detail = f"held ({decision.why}) until {decision.until:%Y-%m-%d %H:%M} UTC"
                for url in subscription.channels:
                    await self._sender.record(
                        alert, subscription.id, url, DeliveryStatus.SUPPRESSED, 0, detail=detail
                    )
            return "held"
        results = await asyncio.gather(
            *(self._first_send(alert, match, url) for url in subscription.channels)
        )
        if subscription.max_per_hour and any(r.outcome is Outcome.SENT for r in results):
            await self._holding.record_send(subscription.id, now, alert.alert_id)
        return "retrying" if any(r.outcome is Outcome.FAILED for r in results) else "sent"

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
            await self._after_failure(job, url, result.error, final)
        return result

    async def _after_failure(self, job: RetryJob, url: str, error: str | None, final: bool) -> None:
        if final:
            await self._dead_letter(job.alert, redact_url(url), error or "failed", job.attempt)
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
                await self._after_failure(job, url, result.error, final)
            log.info("retried", attempt=job.attempt, outcome=result.outcome.value)
        if result.outcome is not Outcome.FAILED or final:
            await self._retries.done(job)

    async def _dead_letter(
        self, alert: Classification, channel: str, error: str, attempts: int
    ) -> None:
        """File an alert one channel never got; `newsalert dlq replay` sends it again."""
        fields = dead_letter_fields(
            wire.encode(alert, update_id=alert.update.id, severity=alert.severity.value),
            error=error,
            origin_stream=self._keys.classified,
            origin_group=streams.NOTIFY_GROUP,
            origin_id="",
            deliveries=attempts,
            channel=channel,
        )
        await self._client.xadd(
            self._keys.dead,
            fields,  # type: ignore[arg-type]
            maxlen=streams.STREAM_MAXLEN,
            approximate=True,
        )
        log.error("send dead-lettered", attempts=attempts, channel=channel)


def _shapes_delivery(subscription: Subscription) -> bool:
    """Whether the subscription holds, batches or caps alerts (so has policy state)."""
    return bool(
        subscription.quiet_hours or subscription.digest_minutes or subscription.max_per_hour
    )


def _channel(subscription: Subscription | None, wanted: str) -> str | None:
    if subscription is None:
        return None
    return next((u for u in subscription.channels if channel_id(u) == wanted), None)
