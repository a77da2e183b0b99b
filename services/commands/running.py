"""`run` and the single-service commands (`ingest`, `classify`, `notify`, `api`)."""

from __future__ import annotations

import argparse
import asyncio
import sys

from services.run import Roles, serve
from shared.embedded_server import redis_server
from shared.settings import load_settings

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
