"""`parse` and `publish`: one page, without or with the pipeline."""

from __future__ import annotations

import argparse
import asyncio

from services.ingest.load import load_page
from services.ingest.publisher import PublishReport, publish_updates
from shared.broker import redis_client
from shared.embedded_server import redis_server
from shared.models import NewsUpdate
from shared.settings import Settings, load_settings


def parse(args: argparse.Namespace) -> int:
    page = asyncio.run(load_page(args.source, load_settings()))
    for update in page.updates:
        print(update.model_dump_json())
    return 0


def publish(args: argparse.Namespace) -> int:
    settings = load_settings()
    page = asyncio.run(load_page(args.source, settings, source_id=args.source_id))
    with redis_server(settings.redis_url, settings.data_dir) as url:
        report = asyncio.run(_publish(settings, url, page.updates))
    print(report.summary())
    return 0


async def _publish(settings: Settings, url: str, updates: list[NewsUpdate]) -> PublishReport:
    client = redis_client(url)
    try:
        return await publish_updates(client, settings.keys, updates)
    finally:
        await client.aclose()
