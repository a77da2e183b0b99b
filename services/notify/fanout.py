"""I/O: send one alert to every matching channel, once each, recording every attempt."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime

import structlog
from redis.asyncio import Redis

from services.notify import deliver
from services.notify.matching import Match
from services.notify.render import channel_family, render
from shared import streams, wire
from shared.models import Classification, Delivery, DeliveryStatus
from shared.redact import redact_url
from shared.streams import Keys

log = structlog.get_logger("newsalert.notify")

_SENT_TTL_SECONDS = 7 * 24 * 3600


@dataclass(frozen=True)
class FanoutResult:
    sent: int
    skipped: int
    failed: list[str]

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass(frozen=True)
class Fanout:
    """Delivers alerts; an idempotency key per (alert, subscription, channel) stops repeats."""

    client: Redis
    keys: Keys
    send_timeout: float

    async def deliver(
        self, alert: Classification, matches: list[Match], *, attempt: int, final: bool
    ) -> FanoutResult:
        jobs = [
            self._one(alert, match, index, url, attempt=attempt, final=final)
            for match in matches
            for index, url in enumerate(match.subscription.channels)
        ]
        outcomes = await asyncio.gather(*jobs)
        failed = [error for status, error in outcomes if status == "failed" and error]
        return FanoutResult(
            sent=sum(1 for status, _ in outcomes if status == "sent"),
            skipped=sum(1 for status, _ in outcomes if status == "skipped"),
            failed=failed,
        )

    async def _one(
        self,
        alert: Classification,
        match: Match,
        index: int,
        url: str,
        *,
        attempt: int,
        final: bool,
    ) -> tuple[str, str | None]:
        subscription = match.subscription
        key = self.keys.sent(alert.alert_id, subscription.id, index)
        claim_ttl = int(self.send_timeout * 3) + 30
        if not await self.client.set(key, "sending", nx=True, ex=claim_ttl):
            if await self.client.get(key) == b"sent":
                return "skipped", None
            # Another consumer is sending it now (or died doing so: the claim expires).
            return "failed", f"{redact_url(url)}: a send is already in flight"
        message = render(alert, match.reason, channel_family(url))
        result = await deliver.send(url, message, timeout=self.send_timeout)
        if result.ok:
            await self.client.set(key, "sent", ex=_SENT_TTL_SECONDS)
            status = DeliveryStatus.SENT
        else:
            await self.client.delete(key)
            status = DeliveryStatus.FAILED if final else DeliveryStatus.RETRYING
        record = Delivery(
            alert_id=alert.alert_id,
            update_id=alert.update.id,
            subscription_id=subscription.id,
            channel=redact_url(url),
            status=status,
            attempts=attempt,
            error=result.error,
            latency_ms=round(result.latency_ms, 1),
            created_at=datetime.now(UTC),
        )
        await self.client.xadd(
            self.keys.deliveries,
            wire.encode(record, subscription_id=subscription.id, update_id=alert.update.id),  # type: ignore[arg-type]
            maxlen=streams.STREAM_MAXLEN,
            approximate=True,
        )
        if result.ok:
            return "sent", None
        return "failed", result.error or f"{redact_url(url)} failed"
