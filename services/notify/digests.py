"""I/O: send held alerts as one digest per subscription when the policy says it is time."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import structlog
from redis.asyncio import Redis

from services.notify.fanout import Outcome, Sender, digest_id
from services.notify.holding import HeldAlert, Holding
from services.notify.policy import decide_flush
from services.notify.retries import Backoff
from services.notify.subscriptions import SubscriptionStore
from shared.models import Classification, Subscription

log = structlog.get_logger("newsalert.notify")

POLL_SECONDS = 0.5

DeadLetter = Callable[[Classification, str, str, int], Awaitable[None]]
"""Files an alert that could not be sent: (alert, channel shown, error, attempts)."""


class DigestFlusher:
    """Finds due digests and sends each to every channel of its subscription."""

    def __init__(
        self,
        client: Redis,
        holding: Holding,
        store: SubscriptionStore,
        sender: Sender,
        *,
        backoff: Backoff,
        max_attempts: int,
        dead_letter: DeadLetter,
    ) -> None:
        self._client = client
        self._holding = holding
        self._store = store
        self._sender = sender
        self._backoff = backoff
        self._max_attempts = max_attempts
        self._dead_letter = dead_letter
        self._attempts: dict[str, int] = {}

    async def run(self) -> None:
        """Flush due digests until cancelled."""
        while True:
            due = await self._holding.take_due()
            await asyncio.gather(*(self.flush(sub_id, due_at=when) for sub_id, when in due))
            if not due:
                await asyncio.sleep(POLL_SECONDS)

    async def flush(
        self, subscription_id: str, *, now: datetime | None = None, due_at: datetime | None = None
    ) -> None:
        """Send the held alerts if the policy allows it now; `due_at`: when they fell due."""
        now = now or datetime.now(UTC)
        subscription = await self._store.get(subscription_id)
        if subscription is None:
            await self._holding.forget(subscription_id)  # unsubscribed: nobody to tell
            return
        state = await self._holding.state(subscription_id, now)
        if due_at is not None:  # taken from the schedule: its score is now the lease
            state = replace(state, held_until=due_at)
        decision = decide_flush(subscription, now, state)
        if not decision.send_now:
            assert decision.until is not None
            await self._holding.reschedule(subscription_id, decision.until)
            return
        held = await self._holding.held(subscription_id)
        if held:
            await self._send(subscription, held, now)
        else:
            await self._holding.release(subscription_id, 0)

    async def _send(self, subscription: Subscription, held: list[HeldAlert], now: datetime) -> None:
        items = [(h.alert, h.reason) for h in held]
        attempt = self._attempts.get(subscription.id, 0) + 1
        final = attempt >= self._max_attempts
        results = await asyncio.gather(
            *(
                self._sender.send_digest(items, subscription, url, attempt=attempt, final=final)
                for url in subscription.channels
            )
        )
        errors = [r.error or "failed" for r in results if r.outcome is Outcome.FAILED]
        log.info(
            "digest",
            subscription_id=subscription.id,
            alerts=len(held),
            attempt=attempt,
            failed_channels=len(errors),
        )
        if errors and not final:
            self._attempts[subscription.id] = attempt
            delay = timedelta(seconds=self._backoff.delay(attempt + 1))
            await self._holding.reschedule(subscription.id, now + delay)
            return
        if errors:
            for h in held:
                await self._dead_letter(
                    h.alert, f"digest of {subscription.id}", "; ".join(errors), attempt
                )
        self._attempts.pop(subscription.id, None)
        await self._holding.release(subscription.id, len(held))
        marker = digest_id([h.alert for h in held])
        await self._holding.record_send(subscription.id, now, marker)
