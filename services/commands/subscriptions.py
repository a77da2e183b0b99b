"""`newsalert subscriptions add / update / preview / list / remove / test / deliveries`."""

from __future__ import annotations

import argparse
import asyncio
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, time
from functools import partial
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from redis.asyncio import Redis

from services.notify import alerts
from services.notify.deliver import ChannelSender, validate_channel_url
from services.notify.sample_alert import send_test_alert
from services.notify.subscriptions import SubscriptionStore, apply_patch, preview, public_view
from shared.broker import redis_client
from shared.embedded_server import redis_server
from shared.errors import ConfigError
from shared.models import (
    PreviewRequest,
    QuietHours,
    Subscription,
    SubscriptionCreate,
    SubscriptionPatch,
    SubscriptionPublic,
    Topic,
)
from shared.settings import Settings, load_settings

_WINDOW = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_LISTS = {"channel": "channels", "keyword": "keywords", "place": "places", "source": "sources"}
_SCALARS = ("min_severity", "story_policy", "digest_minutes", "max_per_hour", "name")

Action = Callable[[Redis, Settings], Awaitable[int]]
Model = TypeVar("Model", bound=BaseModel)


def subscriptions(args: argparse.Namespace) -> int:
    settings = load_settings()
    # Flags are checked before any server is started, so a typo fails fast.
    actions: dict[str, Callable[[], Action]] = {
        "add": lambda: partial(_add, _parse(SubscriptionCreate, args, settings)),
        "update": lambda: partial(_update, args.id, _parse(SubscriptionPatch, args, settings)),
        "preview": lambda: partial(_preview, _parse(PreviewRequest, args, settings)),
        "list": lambda: _list,
        "remove": lambda: partial(_remove, args.id),
        "test": lambda: partial(_test, args.id),
        "deliveries": lambda: partial(_deliveries, args.id, args.limit),
    }
    action = actions[args.action]()
    with redis_server(settings.redis_url, settings.data_dir) as url:
        return asyncio.run(_with_client(url, settings, action))


async def _with_client(url: str, settings: Settings, action: Action) -> int:
    client: Redis = redis_client(url)
    try:
        return await action(client, settings)
    finally:
        await client.aclose()


def _parse(model: type[Model], args: argparse.Namespace, settings: Settings) -> Model:
    """The model the given flags describe, or a ConfigError naming the wrong flag."""
    given = vars(args)
    fields: dict[str, Any] = {_LISTS[k]: v for k, v in given.items() if k in _LISTS}
    fields |= {k: given[k] for k in _SCALARS if k in given}
    if "topic" in given:
        fields["topics"] = _topics(given["topic"])
    if "last" in given and model is PreviewRequest:
        fields["last"] = given["last"]
    if "quiet_hours" in given:
        fields["quiet_hours"] = _quiet_hours(given["quiet_hours"], given.get("timezone", "UTC"))
    for url in fields.get("channels", ()):
        validate_channel_url(url, allowed_networks=settings.allowed_private_networks)
    try:
        return model(**fields)
    except ValidationError as err:
        raise ConfigError(_first_error(err)) from None


def _topics(values: list[str]) -> list[str]:
    topics = [t.strip() for value in values for t in value.split(",") if t.strip()]
    unknown = [t for t in topics if t not in set(Topic)]
    if unknown:
        raise ConfigError(
            f"unknown topic {', '.join(map(repr, unknown))}; valid topics: {', '.join(Topic)}"
        )
    return topics


def _quiet_hours(window: str, timezone: str) -> QuietHours:
    match = _WINDOW.match(window)
    if match is None:
        raise ConfigError(f"--quiet-hours {window!r}: write it as HH:MM-HH:MM")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    try:
        return QuietHours(start=time(h1, m1), end=time(h2, m2), timezone=timezone)
    except (ValueError, ValidationError) as err:
        raise ConfigError(f"--quiet-hours/--timezone: {_first_error(err)}") from None


def _first_error(err: Exception) -> str:
    if isinstance(err, ValidationError):
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"] if not isinstance(p, int))
        return f"{where}: {first['msg']}" if where else str(first["msg"])
    return str(err)


def _show(sub: SubscriptionPublic) -> str:
    topics = ",".join(sub.topics) or "all topics"
    extras = [f"keywords={','.join(sub.keywords)}"] if sub.keywords else []
    extras += [f"places={','.join(sub.places)}"] if sub.places else []
    extras += [f"sources={','.join(sub.sources)}"] if sub.sources else []
    extras += [f"story={sub.story_policy}"]
    if sub.quiet_hours:
        q = sub.quiet_hours
        extras.append(f"quiet={q.start:%H:%M}-{q.end:%H:%M} {q.timezone}")
    extras += [f"digest={sub.digest_minutes}min"] if sub.digest_minutes else []
    extras += [f"max/h={sub.max_per_hour}"] if sub.max_per_hour else []
    return (
        f"{sub.id}  {topics} >= {sub.min_severity}  -> {', '.join(sub.channels)}"
        f"  [{' '.join(extras)}]" + (f"  ({sub.name})" if sub.name else "")
    )


async def _add(request: SubscriptionCreate, client: Redis, settings: Settings) -> int:
    subscription = await SubscriptionStore(client, settings.keys).add(request)
    print(f"added {_show(public_view(subscription))}")
    return 0


async def _update(
    subscription_id: str, patch: SubscriptionPatch, client: Redis, settings: Settings
) -> int:
    store = SubscriptionStore(client, settings.keys)
    updated = apply_patch(await _get(store, subscription_id), patch)
    await store.save(updated)
    print(f"updated {_show(public_view(updated))}")
    return 0


async def _preview(request: PreviewRequest, client: Redis, settings: Settings) -> int:
    recent = await alerts.recent_alerts(client, settings.keys, limit=request.last)
    result = preview(request, recent, now=datetime.now(UTC))
    print(f"{result.matched} of the last {result.considered} alerts would have been sent")
    for example in result.examples:
        print(f"  {example}")
    return 0


async def _list(client: Redis, settings: Settings) -> int:
    found = await SubscriptionStore(client, settings.keys).all()
    if not found:
        print("no subscriptions; add one with: newsalert subscriptions add --help")
    for subscription in found:
        print(_show(public_view(subscription)))
    return 0


async def _get(store: SubscriptionStore, subscription_id: str) -> Subscription:
    subscription = await store.get(subscription_id)
    if subscription is None:
        raise ConfigError(f"no subscription {subscription_id!r}; see: newsalert subscriptions list")
    return subscription


async def _remove(subscription_id: str, client: Redis, settings: Settings) -> int:
    if not await SubscriptionStore(client, settings.keys).remove(subscription_id):
        raise ConfigError(f"no subscription {subscription_id!r}; see: newsalert subscriptions list")
    print(f"removed {subscription_id}")
    return 0


async def _test(subscription_id: str, client: Redis, settings: Settings) -> int:
    subscription = await _get(SubscriptionStore(client, settings.keys), subscription_id)
    sender = ChannelSender(allowed_networks=settings.allowed_private_networks)
    results = await send_test_alert(
        subscription, sender=sender, send_timeout=settings.send_timeout_seconds
    )
    for channel, error in results:
        print(f"{channel}: {'ok' if error is None else 'FAILED: ' + error}")
    return 0 if all(error is None for _, error in results) else 1


async def _deliveries(subscription_id: str, limit: int, client: Redis, settings: Settings) -> int:
    await _get(SubscriptionStore(client, settings.keys), subscription_id)
    records = await alerts.recent_deliveries(
        client, settings.keys, subscription_id=subscription_id, limit=limit
    )
    if not records:
        print(f"nothing delivered to {subscription_id} yet")
    for d in records:
        note = d.error or d.detail or ""
        print(f"{d.created_at:%Y-%m-%d %H:%M:%S}  {d.status:<10} {d.channel}  {d.alert_id}  {note}")
    return 0
