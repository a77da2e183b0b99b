"""The pipeline (classify, notify and the API) running in the test, on the test server."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import pytest

from services.run import Roles, serve
from shared.settings import Settings, load_settings


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
async def pipeline(redis_url: str, key_prefix: str) -> AsyncIterator[Settings]:
    """classify + notify + API against the test server, under the test's own prefix."""
    settings = load_settings(
        redis_url=redis_url,
        key_prefix=key_prefix,
        api_port=_free_port(),
        reclaim_idle_ms=2000,
        allowed_private_networks="127.0.0.0/8",
    )
    stop = asyncio.Event()
    roles = Roles(ingest=False, classify=True, notify=True, api=True)
    task = asyncio.create_task(serve(settings, redis_url, roles, with_demo=False, stop=stop))
    await asyncio.sleep(0.3)
    yield settings
    stop.set()
    await asyncio.wait_for(task, 30)
