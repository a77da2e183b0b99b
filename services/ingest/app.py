"""Ingest service: poll the sources file's sources and publish new or edited updates."""

from __future__ import annotations

import asyncio

import structlog
from redis.asyncio import Redis

from services.ingest.fetch import Fetcher, FetchPolicy
from services.ingest.publisher import PublishReport, publish_updates
from services.ingest.sources import load_sources
from services.ingest.watch import SourceAlarm, Watcher
from shared.models import NewsUpdate
from shared.ops import OpsNotifier
from shared.settings import Settings

log = structlog.get_logger("newsalert.ingest")


def build_watcher(client: Redis, settings: Settings, fetcher: Fetcher) -> Watcher:
    """A poller over the sources file, publishing onto news.updates."""
    sources = load_sources(settings.sources_file)
    ops = OpsNotifier(client, settings)

    async def publish(updates: list[NewsUpdate]) -> PublishReport:
        return await publish_updates(client, settings.keys, updates)

    async def alarm(event: SourceAlarm) -> None:
        await ops.source_alarm(event.source_id, event.kind, event.message)

    return Watcher(sources=sources, fetcher=fetcher, publish=publish, on_alarm=alarm)


async def watch_sources(client: Redis, settings: Settings) -> None:
    """Poll every enabled source until cancelled; without a sources file, nothing to do."""
    if not settings.sources_file.exists():
        log.info(
            "no sources file; nothing to poll (see sources.example.yaml)",
            sources_file=str(settings.sources_file),
        )
        await asyncio.Event().wait()
    async with Fetcher(FetchPolicy.from_settings(settings)) as fetcher:
        watcher = build_watcher(client, settings, fetcher)
        log.info("polling sources", count=len(watcher.sources))
        await watcher.run()
        await asyncio.Event().wait()  # no enabled source: stay up for the other stages
