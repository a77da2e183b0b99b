"""Reading back what the pipeline produced: recent alerts and delivery records."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime

from redis.asyncio import Redis

from shared import wire
from shared.models import Classification, Delivery, Severity, Topic
from shared.streams import Keys

_CHUNK = 200
_SCAN_LIMIT = 10_000


@dataclass(frozen=True)
class AlertFilter:
    """Which recent alerts to list; every field narrows."""

    min_severity: Severity = Severity.LOW
    topics: frozenset[Topic] = frozenset()
    sources: frozenset[str] = frozenset()
    place: str | None = None
    since: datetime | None = None

    def accepts(self, alert: Classification) -> bool:
        if self.topics and not (alert.topic_names & self.topics):
            return False
        if self.sources and alert.update.source.id not in self.sources:
            return False
        if self.since and alert.classified_at and alert.classified_at < self.since:
            return False
        if self.place:
            wanted = self.place.casefold()
            names = {
                (name or "").casefold()
                for p in alert.facts.places
                for name in (p.name, p.region, p.country)
            }
            if wanted not in names:
                return False
        return True


async def recent_alerts(
    client: Redis, keys: Keys, *, limit: int = 50, where: AlertFilter | None = None
) -> list[Classification]:
    """Classified updates the filter accepts (by default: any with a topic), newest first."""
    where = where or AlertFilter()
    found: list[Classification] = []
    async for fields in _newest_first(client, keys.classified):
        severity = fields.get("severity")
        if severity is None or Severity(severity).rank < where.min_severity.rank:
            continue  # cheap check first: no JSON parsing for what is filtered out
        alert = wire.decode(Classification, fields)
        if where.accepts(alert):
            found.append(alert)
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
        chunk = wire.entries(await client.xrevrange(stream_key, max=upper, min="-", count=_CHUNK))
        if not chunk:
            return
        for _entry_id, fields in chunk:
            yield fields
        scanned += len(chunk)
        upper = f"({chunk[-1][0]}"
