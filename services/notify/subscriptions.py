"""Subscription storage in Redis: one key per subscription, an id set, a change log."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import UTC, datetime

from pydantic import ValidationError
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from services.notify.display import display_channel
from services.notify.matching import SubscriptionIndex
from shared.errors import ConfigError
from shared.models import (
    Classification,
    PreviewRequest,
    PreviewResult,
    Subscription,
    SubscriptionCreate,
    SubscriptionPatch,
    SubscriptionPublic,
)
from shared.streams import Keys
from shared.wire import as_text, entries

CHANGE_LOG_LENGTH = 10_000


def new_subscription_id() -> str:
    return f"sub_{secrets.token_hex(6)}"


def apply_patch(subscription: Subscription, patch: SubscriptionPatch) -> Subscription:
    """The subscription with the fields the patch sets; ConfigError if the result is invalid."""
    changes = patch.model_dump(exclude_unset=True)
    if changes.get("channels") is None:
        changes.pop("channels", None)  # a subscription always keeps at least one channel
    try:
        return Subscription.model_validate({**subscription.model_dump(), **changes})
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"] if not isinstance(p, int))
        raise ConfigError(f"{where}: {first['msg']}" if where else str(first["msg"])) from None


def preview(
    request: PreviewRequest, recent: Iterable[Classification], *, now: datetime
) -> PreviewResult:
    """How many of `recent` alerts the filter would have sent, with a few examples."""
    probe = Subscription(
        **request.model_dump(exclude={"last"}),
        id="preview",
        channels=["console://"],
        created_at=now,
    )
    index = SubscriptionIndex([probe])
    considered = list(recent)
    matched = [alert for alert in considered if index.match(alert)]
    return PreviewResult(
        considered=len(considered),
        matched=len(matched),
        examples=[f"[{a.severity}] {a.update.headline}" for a in matched[:10]],
    )


def public_view(subscription: Subscription) -> SubscriptionPublic:
    """The subscription as anyone may see it: channel URLs redacted."""
    data = subscription.model_dump(exclude={"channels", "schema_version"})
    return SubscriptionPublic(**data, channels=[display_channel(u) for u in subscription.channels])


class SubscriptionStore:
    """CRUD on subscriptions; every change is also logged, so caches can follow it.

    The change log is a capped stream of subscription ids: a reader that fell behind
    further than the cap (or starts fresh) reloads everything instead.
    """

    def __init__(self, client: Redis, keys: Keys) -> None:
        self._client = client
        self._keys = keys

    @property
    def _changes_key(self) -> str:
        return self._keys.subscription_changes

    async def add(
        self,
        request: SubscriptionCreate,
        *,
        owner: str = "admin",
        subscription_id: str | None = None,
        now: datetime | None = None,
    ) -> Subscription:
        """Store a subscription; an explicit id replaces the one stored under it."""
        subscription = Subscription(
            **request.model_dump(),
            id=subscription_id or new_subscription_id(),
            owner=owner,
            created_at=now or datetime.now(UTC),
        )
        await self.save(subscription)
        return subscription

    async def save(self, subscription: Subscription) -> None:
        async with self._client.pipeline(transaction=True) as pipe:
            pipe.set(self._keys.subscription(subscription.id), subscription.model_dump_json())
            pipe.sadd(self._keys.subscription_index, subscription.id)
            self._log_change(pipe, subscription.id)
            await pipe.execute()

    async def get(self, subscription_id: str) -> Subscription | None:
        raw = await self._client.get(self._keys.subscription(subscription_id))
        return _load(raw) if raw is not None else None

    async def remove(self, subscription_id: str) -> bool:
        async with self._client.pipeline(transaction=True) as pipe:
            pipe.delete(self._keys.subscription(subscription_id))
            pipe.srem(self._keys.subscription_index, subscription_id)
            self._log_change(pipe, subscription_id)
            deleted, _, _ = await pipe.execute()
        return bool(deleted)

    async def all(self) -> list[Subscription]:
        members = await self._client.smembers(self._keys.subscription_index)
        ids = sorted(as_text(m) for m in members)
        if not ids:
            return []
        raws = await self._client.mget([self._keys.subscription(i) for i in ids])
        return sorted(_loaded(raws), key=lambda s: s.created_at)

    def _log_change(self, pipe: Pipeline, subscription_id: str) -> None:
        pipe.xadd(self._changes_key, {"id": subscription_id}, maxlen=CHANGE_LOG_LENGTH)

    async def version(self) -> str:
        """The id of the latest change ("0-0" before any)."""
        last = entries(await self._client.xrevrange(self._changes_key, count=1))
        return last[0][0] if last else "0-0"

    async def changes_since(self, version: str, limit: int = 1000) -> tuple[str, set[str]] | None:
        """(new version, ids changed after `version`), or None when the log no longer
        reaches back that far (then reload everything)."""
        changes = entries(
            await self._client.xrange(self._changes_key, min=f"({version}", count=limit)
        )
        if not changes:
            return version, set()
        if len(changes) == limit:
            return None  # too many to follow one by one: a reload is cheaper
        first = entries(await self._client.xrange(self._changes_key, count=1))
        if version != "0-0" and first and _older(version, first[0][0]):
            return None  # trimmed past our position: changes were lost to us
        return changes[-1][0], {fields["id"] for _, fields in changes}

    async def get_many(self, ids: Iterable[str]) -> dict[str, Subscription | None]:
        wanted = sorted(ids)
        raws = (
            await self._client.mget([self._keys.subscription(i) for i in wanted]) if wanted else []
        )
        return {
            i: (_load(raw) if raw is not None else None)
            for i, raw in zip(wanted, raws, strict=True)
        }


def _older(version: str, other: str) -> bool:
    """Stream ids compare as (milliseconds, sequence)."""
    a, b = (tuple(int(part) for part in v.split("-")) for v in (version, other))
    return a < b


def _loaded(raws: Iterable[bytes | str | None]) -> list[Subscription]:
    return [_load(raw) for raw in raws if raw is not None]


def _load(raw: bytes | str) -> Subscription:
    try:
        return Subscription.model_validate_json(raw)
    except ValidationError as err:
        raise ConfigError(f"stored subscription is unreadable: {err.errors()[0]['msg']}") from err
