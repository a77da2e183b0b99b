"""`newsalert sources list / add / remove / check`: the sources file and a dry run."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from pydantic import ValidationError

from services.ingest.fetch import Fetcher, FetchPolicy
from services.ingest.publisher import PublishReport, plan_updates
from services.ingest.sources import SourceConfig, add_source, load_sources, remove_source
from services.ingest.watch import Watcher
from shared.broker import redis_client
from shared.embedded_server import redis_server
from shared.errors import ConfigError
from shared.models import NewsUpdate
from shared.settings import Settings, load_settings


def sources(args: argparse.Namespace) -> int:
    settings = load_settings()
    path = settings.sources_file
    if args.action == "list":
        return _list(path)
    if args.action == "add":
        add_source(path, _new_source(args))
        print(f"added {args.id} to {path}")
        return 0
    if args.action == "remove":
        remove_source(path, args.id)
        print(f"removed {args.id} from {path}")
        return 0
    with redis_server(settings.redis_url, settings.data_dir) as url:
        return asyncio.run(_check(settings, url, args.id))


def _new_source(args: argparse.Namespace) -> SourceConfig:
    location: str = args.location
    where = (
        {"url": location}
        if location.startswith(("http://", "https://"))
        else {"path": Path(location)}
    )
    try:
        return SourceConfig(
            id=args.id, name=args.name, kind=args.kind, interval_seconds=args.interval, **where
        )
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "source"
        raise ConfigError(f"source {args.id!r}: {field}: {first['msg']}") from None


def _list(path: Path) -> int:
    configured = load_sources(path)
    if not configured:
        print(f"no sources in {path}; add one with: newsalert sources add --help")
    for source in configured:
        where = source.url or str(source.path)
        state = "" if source.enabled else "  (disabled)"
        print(f"{source.id}  {source.kind}  every {source.interval_seconds:g}s  {where}{state}")
    return 0


async def _check(settings: Settings, url: str, only: str | None) -> int:
    """Fetch each source once and say what a poll would publish; nothing is published."""
    configured = load_sources(settings.sources_file)
    chosen = [s for s in configured if only is None or s.id == only]
    if not chosen:
        raise ConfigError(f"no source {only!r} in {settings.sources_file}")
    client = redis_client(url)
    failures = 0
    try:
        async with Fetcher(FetchPolicy.from_settings(settings, retries=0)) as fetcher:

            async def plan(updates: list[NewsUpdate]) -> PublishReport:
                return await plan_updates(client, settings.keys, updates)

            watcher = Watcher(sources=chosen, fetcher=fetcher, publish=plan)
            for source in chosen:
                outcome = await watcher.poll(source)
                if outcome.status == "failed":
                    failures += 1
                    print(f"{source.id}: FAILED: {outcome.error}")
                    continue
                print(
                    f"{source.id}: {outcome.found} updates; would publish {outcome.new} new "
                    f"and {outcome.edits} edited"
                )
                for update in outcome.published:
                    print(f"  + {update.headline}")
    finally:
        await client.aclose()
    return 1 if failures else 0
