"""I/O: send an alert (or a digest) to one channel at most once, recording every attempt."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from redis.asyncio import Redis

from services.notify.deliver import ChannelSender
from services.notify.render import RenderedMessage, channel_family, render, render_digest
from shared import streams, wire
from shared.models import Classification, Delivery, DeliveryStatus, Subscription
from shared.redact import redact_url
from shared.streams import Keys

_SENT_TTL_SECONDS = 7 * 24 * 3600


def channel_id(url: str) -> str:
    """A stable, secret-free name for a channel URL (its digest)."""
    return hashlib.sha256(url.strip().encode()).hexdigest()[:16]


def digest_id(alerts: Sequence[Classification]) -> str:
    """The same held alerts always make the same digest id (so a resend is recognised)."""
    joined = "\n".join(alert.alert_id for alert in alerts)
    return "digest-" + hashlib.sha256(joined.encode()).hexdigest()[:16]


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
    """Sends with an idempotency key per (alert or digest, subscription, channel)."""

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
        message = render(alert, reason, channel_family(url))
        return await self._send_once(
            alert.alert_id, [alert], subscription, url, message, attempt=attempt, final=final
        )

    async def send_digest(
        self,
        items: Sequence[tuple[Classification, str]],
        subscription: Subscription,
        url: str,
        *,
        attempt: int,
        final: bool,
    ) -> ChannelResult:
        alerts = [alert for alert, _ in items]
        message = render_digest(items, channel_family(url))
        return await self._send_once(
            digest_id(alerts),
            alerts,
            subscription,
            url,
            message,
            attempt=attempt,
            final=final,
            detail=f"in a digest of {len(alerts)}",
        )

    async def _send_once(
        self,
        message_id: str,
        alerts: Sequence[Classification],
        subscription: Subscription,
        url: str,
        message: RenderedMessage,
        *,
        attempt: int,
        final: bool,
        detail: str | None = None,
    ) -> ChannelResult:
        key = self.keys.sent(message_id, subscription.id, channel_id(url))
        claim_ttl = int(self.send_timeout * 3) + 30
        if not await self.client.set(key, "sending", nx=True, ex=claim_ttl):
            if await self.client.get(key) == b"sent":
                return ChannelResult(Outcome.ALREADY_SENT)
            # Another notifier is sending it now, or died doing so: the claim expires.
            return ChannelResult(Outcome.FAILED, f"{redact_url(url)}: a send is in flight")
        result = await self.channels.send(url, message, timeout=self.send_timeout)
        if result.ok:
            await self.client.set(key, "sent", ex=_SENT_TTL_SECONDS)
            status = DeliveryStatus.SENT
        else:
            await self.client.delete(key)
            status = DeliveryStatus.FAILED if final else DeliveryStatus.RETRYING
        for alert in alerts:
            await self.record(
                alert, subscription.id, url, status, attempt,
                error=result.error, detail=detail, latency_ms=result.latency_ms,
            )  # fmt: skip
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
        *,
        error: str | None = None,
        detail: str | None = None,
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
            detail=detail,
            latency_ms=round(latency_ms, 1) if latency_ms is not None else None,
            created_at=datetime.now(UTC),
        )
        fields = wire.encode(delivery, subscription_id=subscription_id, update_id=alert.update.id)
        await self.client.xadd(
            self.keys.deliveries,
            fields,  # type: ignore[arg-type]
            maxlen=streams.STREAM_MAXLEN,
            approximate=True,
        )
