"""Reading back what the pipeline produced: recent alerts and delivery records."""

from __future__ import annotations

from collections.abc import AsyncIterator

from redis.asyncio import Redis

from shared import wire
from shared.models import Classification, Delivery, Severity
from shared.streams import Keys

_CHUNK = 200
_SCAN_LIMIT = 10_000


async def recent_alerts(
    client: Redis, keys: Keys, *, limit: int = 50, min_severity: Severity = Severity.LOW
) -> list[Classification]:
    """Classified updates at or above `min_severity`, newest first."""
    found: list[Classification] = []
    async for fields in _newest_first(client, keys.classified):
        severity = fields.get("severity")
        if severity is None or Severity(severity).rank < min_severity.rank:
            continue
        found.append(wire.decode(Classification, fields))
        if len(found) >= limit:
            break
    return found


async def recent_deliveries(
    client: Redis, keys: Keys, *, subscription_id: str | None = None, limit: int = 50
) -> list[Delivery]:
    """Delivery records, newest first, optionally for one subscription."""
    found: list[Delivery] = []
    async for fields in _newest_first(client, keys.deliveries):
        if subscription_id is not None and fields.get("subscription_id") != subscription_id:
            continue
        found.append(wire.decode(Delivery, fields))
        if len(found) >= limit:
            break
    return found


async def _newest_first(client: Redis, stream_key: str) -> AsyncIterator[wire.Fields]:
    """Entries of a stream from the newest back, in chunks, up to a scan limit."""
    upper = "+"
    scanned = 0
    while scanned < _SCAN_LIMIT:
        chunk = await client.xrevrange(stream_key, max=upper, min="-", count=_CHUNK)
        if not chunk:
            return
        for _entry_id, raw in chunk:
            yield wire.text_fields(raw)
        scanned += len(chunk)
        last = chunk[-1][0].decode()
        upper = f"({last}"
