"""Operator alerts: a source failing or going silent, counted in Redis and sent if configured."""

from __future__ import annotations

from datetime import UTC, datetime

import apprise
import structlog
from redis.asyncio import Redis

from shared.redact import redact_url
from shared.settings import Settings

log = structlog.get_logger("newsalert.ops")


class OpsNotifier:
    """Logs, counts (`<prefix>ops:source:<id>`) and sends operator alerts."""

    def __init__(self, client: Redis, settings: Settings) -> None:
        self._client = client
        self._keys = settings.keys
        self._channel = settings.ops_channel.get_secret_value() if settings.ops_channel else None
        self._timeout = settings.send_timeout_seconds

    async def source_alarm(self, source_id: str, kind: str, message: str) -> None:
        level = log.info if kind == "recovered" else log.error
        level("source alarm", source_id=source_id, kind=kind, detail=message)
        key = self._keys.ops_source(source_id)
        await self._client.hset(
            key, mapping={"state": kind, "message": message, "at": datetime.now(UTC).isoformat()}
        )
        await self._client.hincrby(key, f"count:{kind}", 1)
        if self._channel is None:
            return
        notifier = apprise.Apprise()
        if not notifier.add(self._channel):
            log.error("ops channel is not a usable Apprise URL", channel=redact_url(self._channel))
            return
        ok = await notifier.async_notify(
            title=f"newsalert: source {source_id} {kind}", body=message, timeout=self._timeout
        )
        if not ok:
            log.error("ops alert could not be sent", channel=redact_url(self._channel))
