"""`newsalert subscriptions add / list / remove / test`."""

from __future__ import annotations

import argparse
import asyncio
import re
from collections.abc import Awaitable, Callable
from datetime import time
from functools import partial

from pydantic import ValidationError
from redis.asyncio import Redis

from services.notify.deliver import ChannelSender, validate_channel_url
from services.notify.sample_alert import send_test_alert
from services.notify.subscriptions import SubscriptionStore, public_view
from shared.broker import redis_client
from shared.embedded_server import redis_server
from shared.errors import ConfigError
from shared.models import QuietHours, SubscriptionCreate, SubscriptionPublic, Topic
from shared.network import Network
from shared.settings import Settings, load_settings

_WINDOW = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


Action = Callable[[SubscriptionStore, Settings], Awaitable[int]]


def subscriptions(args: argparse.Namespace) -> int:
    settings = load_settings()
    action: Action
    if args.action == "add":
        request = _request(
            args, settings.allowed_private_networks
        )  # a bad flag fails before any server is started
        action = partial(_add, request)
    else:
        action = partial({"list": _list, "remove": _remove, "test": _test}[args.action], args)
    with redis_server(settings.redis_url, settings.data_dir) as url:
        return asyncio.run(_with_store(url, settings, action))


async def _with_store(url: str, settings: Settings, action: Action) -> int:
    client: Redis = redis_client(url)
    try:
        return await action(SubscriptionStore(client, settings.keys), settings)
    finally:
        await client.aclose()


def _request(args: argparse.Namespace, allowed_networks: tuple[Network, ...]) -> SubscriptionCreate:
    """The subscription the flags describe, or a ConfigError saying which flag is wrong."""
    topics = [t.strip() for value in args.topic for t in value.split(",") if t.strip()]
    unknown = [t for t in topics if t not in set(Topic)]
    if unknown:
        raise ConfigError(
            f"unknown topic {', '.join(map(repr, unknown))}; valid topics: {', '.join(Topic)}"
        )
    for url in args.channel:
        validate_channel_url(url, allowed_networks=allowed_networks)
    quiet = None
    if args.quiet_hours:
        window = _WINDOW.match(args.quiet_hours)
        if window is None:
            raise ConfigError(f"--quiet-hours {args.quiet_hours!r}: write it as HH:MM-HH:MM")
        h1, m1, h2, m2 = (int(g) for g in window.groups())
        try:
            quiet = QuietHours(start=time(h1, m1), end=time(h2, m2), timezone=args.timezone)
        except (ValueError, ValidationError) as err:
            raise ConfigError(f"--quiet-hours/--timezone: {_first_error(err)}") from None
    try:
        return SubscriptionCreate(
            name=args.name,
            channels=args.channel,
            topics=topics,
            min_severity=args.min_severity,
            keywords=args.keyword,
            places=args.place,
            sources=args.source,
            story_policy=args.story_policy,
            quiet_hours=quiet,
            digest_minutes=args.digest_minutes,
            max_per_hour=args.max_per_hour,
        )
    except ValidationError as err:
        raise ConfigError(_first_error(err)) from None


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
    return (
        f"{sub.id}  {topics} >= {sub.min_severity}  -> {', '.join(sub.channels)}"
        + (f"  [{' '.join(extras)}]" if extras else "")
        + (f"  ({sub.name})" if sub.name else "")
    )


async def _add(request: SubscriptionCreate, store: SubscriptionStore, _: Settings) -> int:
    subscription = await store.add(request)
    print(f"added {_show(public_view(subscription))}")
    return 0


async def _list(_: argparse.Namespace, store: SubscriptionStore, __: Settings) -> int:
    found = await store.all()
    if not found:
        print("no subscriptions; add one with: newsalert subscriptions add --help")
    for subscription in found:
        print(_show(public_view(subscription)))
    return 0


async def _remove(args: argparse.Namespace, store: SubscriptionStore, _: Settings) -> int:
    if not await store.remove(args.id):
        raise ConfigError(f"no subscription {args.id!r}; see: newsalert subscriptions list")
    print(f"removed {args.id}")
    return 0


async def _test(args: argparse.Namespace, store: SubscriptionStore, settings: Settings) -> int:
    subscription = await store.get(args.id)
    if subscription is None:
        raise ConfigError(f"no subscription {args.id!r}; see: newsalert subscriptions list")
    sender = ChannelSender(allowed_networks=settings.allowed_private_networks)
    results = await send_test_alert(
        subscription, sender=sender, send_timeout=settings.send_timeout_seconds
    )
    for channel, error in results:
        print(f"{channel}: {'ok' if error is None else 'FAILED: ' + error}")
    return 0 if all(error is None for _, error in results) else 1
