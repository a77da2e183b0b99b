"""`run` (and the single services), `parse` and `publish`."""

from __future__ import annotations

import argparse
import asyncio
import sys

from services.ingest import app as ingest_app
from services.ingest.load import load_page
from services.run import Roles, serve
from shared.broker import redis_client
from shared.embedded_server import redis_server
from shared.settings import Settings, load_settings

_ROLES = {
    "run": Roles(),
    "ingest": Roles(ingest=True, classify=False, notify=False, api=False),
    "classify": Roles(ingest=False, classify=True, notify=False, api=False),
    "notify": Roles(ingest=False, classify=False, notify=True, api=False),
    "api": Roles(ingest=False, classify=False, notify=False, api=True),
}


def run(args: argparse.Namespace) -> int:
    overrides = {
        name: value
        for name, value in (
            ("api_host", getattr(args, "host", None)),
            ("api_port", getattr(args, "port", None)),
        )
        if value is not None
    }
    settings = load_settings(**overrides)
    if settings.redis_url is None:
        print(
            f"newsalert: using the embedded Valkey server (data in {settings.data_dir}/valkey)",
            file=sys.stderr,
        )
    with redis_server(settings.redis_url, settings.data_dir) as url:
        asyncio.run(
            serve(settings, url, _ROLES[args.command], with_demo=getattr(args, "demo", False))
        )
    return 0


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


async def _publish(settings: Settings, url: str, updates: list) -> ingest_app.PublishReport:  # type: ignore[type-arg]
    client = redis_client(url)
    try:
        return await ingest_app.publish_updates(client, settings.keys, updates)
    finally:
        await client.aclose()
