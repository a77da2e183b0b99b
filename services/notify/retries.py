"""I/O: channel sends that failed, retried later with exponential backoff and jitter.

A job waits in a sorted set scored by when it is due. Taking due jobs leases them (their
score moves past the lease) in one script, so a notifier that dies mid-send only delays
the job: when the lease runs out it is due again for any notifier.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from pydantic import BaseModel
from redis.asyncio import Redis

from shared.models import Classification
from shared.streams import Keys

# Due members get a lease score and are returned; atomic, so two notifiers never share one.
_TAKE_DUE = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[3])
for _, member in ipairs(due) do
  redis.call('ZADD', KEYS[1], ARGV[2], member)
end
local jobs = {}
for i, member in ipairs(due) do
  jobs[i] = redis.call('HGET', KEYS[2], member) or ''
end
return {due, jobs}
"""


class RetryJob(BaseModel):
    """One alert to one channel of one subscription, to be sent again."""

    alert: Classification
    subscription_id: str
    channel_id: str
    reason: str
    attempt: int

    @property
    def job_id(self) -> str:
        return f"{self.alert.alert_id}|{self.subscription_id}|{self.channel_id}"


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter: base * 2**(attempt-2), capped, scaled by [0.5, 1)."""

    base_seconds: float = 2.0
    cap_seconds: float = 600.0

    def delay(self, next_attempt: int, rng: random.Random | None = None) -> float:
        raw = min(self.cap_seconds, self.base_seconds * 2.0 ** max(0, next_attempt - 2))
        jitter: float = (rng or random).random()
        return raw * (0.5 + 0.5 * jitter)


class RetryQueue:
    def __init__(self, client: Redis, keys: Keys, *, lease_seconds: float) -> None:
        self._client = client
        self._due_key = keys.retry_due
        self._jobs_key = keys.retry_jobs
        self._lease = lease_seconds
        self._take = client.register_script(_TAKE_DUE)

    async def schedule(self, job: RetryJob, *, delay_seconds: float) -> None:
        async with self._client.pipeline(transaction=True) as pipe:
            pipe.hset(self._jobs_key, job.job_id, job.model_dump_json())
            pipe.zadd(self._due_key, {job.job_id: time.time() + delay_seconds})
            await pipe.execute()

    async def take_due(self, limit: int = 50) -> list[RetryJob]:
        """Jobs now due, leased to this caller; call `done` or `schedule` for each."""
        now = time.time()
        members, payloads = await self._take(
            keys=[self._due_key, self._jobs_key], args=[now, now + self._lease, limit]
        )
        jobs = []
        for member, payload in zip(members, payloads, strict=True):
            if not payload:  # the job vanished (done elsewhere): drop its schedule entry
                await self._client.zrem(self._due_key, member)
                continue
            jobs.append(RetryJob.model_validate_json(payload))
        return jobs

    async def done(self, job: RetryJob) -> None:
        async with self._client.pipeline(transaction=True) as pipe:
            pipe.zrem(self._due_key, job.job_id)
            pipe.hdel(self._jobs_key, job.job_id)
            await pipe.execute()
