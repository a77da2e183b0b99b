"""I/O: per-subscription policy state in Redis: recent sends and alerts held for a digest."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from pydantic import BaseModel
from redis.asyncio import Redis

from services.notify.policy import PolicyState
from shared.models import Classification
from shared.streams import Keys

_HOUR_SECONDS = 3600
_HELD_MARK_TTL = 7 * 24 * 3600

# Hold an alert once: the mark, the held list and the due time change together or not at all.
_HOLD = """
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  redis.call('RPUSH', KEYS[2], ARGV[2])
  redis.call('ZADD', KEYS[3], ARGV[3], ARGV[4])
  return 1
end
return 0
"""

# Due subscriptions get a lease score and are returned; atomic across notifiers.
_TAKE_DUE = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'WITHSCORES', 'LIMIT', 0, ARGV[3])
for i = 1, #due, 2 do
  redis.call('ZADD', KEYS[1], ARGV[2], due[i])
end
return due
"""


class HeldAlert(BaseModel):
    alert: Classification
    reason: str


def _epoch(moment: datetime) -> float:
    return moment.timestamp()


def _moment(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


class Holding:
    """What the delivery policy needs to remember, per subscription."""

    def __init__(self, client: Redis, keys: Keys, *, lease_seconds: float) -> None:
        self._client = client
        self._keys = keys
        self._due_key = keys.policy_due
        self._lease = lease_seconds
        self._take = client.register_script(_TAKE_DUE)
        self._hold = client.register_script(_HOLD)

    def _sends(self, subscription_id: str) -> str:
        return self._keys.policy(subscription_id, "sends")

    def _held(self, subscription_id: str) -> str:
        return self._keys.policy(subscription_id, "held")

    async def state(self, subscription_id: str, now: datetime) -> PolicyState:
        since = _epoch(now) - _HOUR_SECONDS
        async with self._client.pipeline(transaction=False) as pipe:
            pipe.zrangebyscore(self._sends(subscription_id), since, "+inf", withscores=True)
            pipe.zscore(self._due_key, subscription_id)
            sends, due = await pipe.execute()
        held_until = _moment(due) if due is not None else None
        return PolicyState(
            recent_sends=[_moment(score) for _, score in sends], held_until=held_until
        )

    async def record_send(self, subscription_id: str, now: datetime, marker: str) -> None:
        """Count one message (an alert or a digest) towards the hourly cap."""
        key = self._sends(subscription_id)
        async with self._client.pipeline(transaction=True) as pipe:
            pipe.zadd(key, {marker: _epoch(now)})
            pipe.zremrangebyscore(key, "-inf", _epoch(now) - _HOUR_SECONDS)
            pipe.expire(key, 2 * _HOUR_SECONDS)
            await pipe.execute()

    async def hold(self, subscription_id: str, held: HeldAlert, until: datetime) -> bool:
        """Keep an alert for the digest due at `until`; False if it was held already."""
        mark = self._keys.policy(subscription_id, f"mark:{held.alert.alert_id}")
        added = await self._hold(
            keys=[mark, self._held(subscription_id), self._due_key],
            args=[_HELD_MARK_TTL, held.model_dump_json(), _epoch(until), subscription_id],
        )
        return bool(added)

    async def take_due(self, limit: int = 20) -> list[tuple[str, datetime]]:
        """Subscriptions whose digest is due (and when it fell due), leased to this caller."""
        now = time.time()
        flat = await self._take(keys=[self._due_key], args=[now, now + self._lease, limit])
        return [
            (member.decode() if isinstance(member, bytes) else str(member), _moment(float(score)))
            for member, score in zip(flat[::2], flat[1::2], strict=True)
        ]

    async def held(self, subscription_id: str) -> list[HeldAlert]:
        raw = await self._client.lrange(self._held(subscription_id), 0, -1)
        return [HeldAlert.model_validate_json(item) for item in raw]

    async def reschedule(self, subscription_id: str, until: datetime) -> None:
        await self._client.zadd(self._due_key, {subscription_id: _epoch(until)})

    async def release(self, subscription_id: str, count: int) -> None:
        """Drop the first `count` held alerts (sent); the digest is done if none remain."""
        key = self._held(subscription_id)
        async with self._client.pipeline(transaction=True) as pipe:
            pipe.ltrim(key, count, -1)
            pipe.llen(key)
            _, left = await pipe.execute()
        if left == 0:
            await self._client.zrem(self._due_key, subscription_id)
        else:  # alerts held while the digest went out wait for the next one, at once
            await self.reschedule(subscription_id, datetime.now(UTC) + timedelta(seconds=1))

    async def forget(self, subscription_id: str) -> None:
        async with self._client.pipeline(transaction=True) as pipe:
            pipe.delete(self._held(subscription_id), self._sends(subscription_id))
            pipe.zrem(self._due_key, subscription_id)
            await pipe.execute()
