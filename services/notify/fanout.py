"""I/O: send one alert to one channel at most once, recording every attempt."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from redis.asyncio import Redis

from services.notify.deliver import ChannelSender
from services.notify.render import channel_family, render
from shared import streams, wire
from shared.models import Classification, Delivery, DeliveryStatus, Subscription
from shared.redact import redact_url
from shared.streams import Keys

_SENT_TTL_SECONDS = 7 * 24 * 3600


def channel_id(url: str) -> str:
    """A stable, secret-free name for a channel URL (its digest)."""
    return hashlib.sha256(url.strip().encode()).hexdigest()[:16]


class Outcome(StrEnum):
    SENT = "sent"
    ALREADY_SENT = "already_sent"
    FAILED = "failed"


@dataclass(frozen=True)
class ChannelResult:
    outcome: Outcome
    error: str | None = None


@dataclass(frozen=True)
class Sender:
    """Sends with an idempotency key per (alert, subscription, channel)."""

    client: Redis
    keys: Keys
    channels: ChannelSender
    send_timeout: float

    async def send(
        self,
        alert: Classification,
        subscription: Subscription,
        url: str,
        reason: str,
        *,
        attempt: int,
        final: bool,
    ) -> ChannelResult:
        key = self.keys.sent(alert.alert_id, subscription.id, channel_id(url))
        claim_ttl = int(self.send_timeout * 3) + 30
        if not await self.client.set(key, "sending", nx=True, ex=claim_ttl):
            if await self.client.get(key) == b"sent":
                return ChannelResult(Outcome.ALREADY_SENT)
            # Another notifier is sending it now, or died doing so: the claim expires.
            return ChannelResult(Outcome.FAILED, f"{redact_url(url)}: a send is in flight")
        result = await self.channels.send(
            url, render(alert, reason, channel_family(url)), timeout=self.send_timeout
        )
        if result.ok:
            await self.client.set(key, "sent", ex=_SENT_TTL_SECONDS)
        else:
            await self.client.delete(key)
        status = (
            DeliveryStatus.SENT
            if result.ok
            else DeliveryStatus.FAILED
            if final
            else DeliveryStatus.RETRYING
        )
        await self.record(
            alert, subscription.id, url, status, attempt, result.error, result.latency_ms
        )
        if result.ok:
            return ChannelResult(Outcome.SENT)
        return ChannelResult(Outcome.FAILED, result.error or f"{redact_url(url)} failed")

    async def record(
        self,
        alert: Classification,
        subscription_id: str,
        url: str,
        status: DeliveryStatus,
        attempt: int,
        error: str | None = None,
        latency_ms: float | None = None,
    ) -> None:
        """One entry on news.deliveries; the channel appears only redacted."""
        delivery = Delivery(
            alert_id=alert.alert_id,
            update_id=alert.update.id,
            subscription_id=subscription_id,
            channel=redact_url(url),
            status=status,
            attempts=attempt,
            error=error,
            latency_ms=round(latency_ms, 1) if latency_ms is not None else None,
            created_at=datetime.now(UTC),
        )
        await self.client.xadd(
            self.keys.deliveries,
            wire.encode(delivery, subscription_id=subscription_id, update_id=alert.update.id),  # type: ignore[arg-type]
            maxlen=streams.STREAM_MAXLEN,
            approximate=True,
        )
