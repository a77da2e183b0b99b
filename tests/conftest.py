"""Shared fixtures: a real Redis/Valkey server, and a key prefix of each test's own."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import redis
import redis.asyncio as aioredis
import requests

from shared.embedded_server import start_embedded


def _reachable(url: str) -> bool:
    client = redis.Redis.from_url(url, socket_connect_timeout=1)
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False
    finally:
        client.close()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """REDIS_URL when set and reachable, else an embedded Valkey started for this run."""
    configured = os.environ.get("REDIS_URL")
    if configured and _reachable(configured):
        yield configured
        return
    server = start_embedded(None, persistent=False)
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def key_prefix() -> str:
    """A prefix no other test uses; the server is shared, so tests only touch their own keys."""
    return f"test-{uuid.uuid4().hex[:12]}:"


@pytest.fixture
async def redis_client(redis_url: str, key_prefix: str) -> AsyncIterator[aioredis.Redis]:
    """A client on the test server; deletes the test's own keys afterwards, nothing else."""
    client = aioredis.Redis.from_url(redis_url)
    try:
        yield client
    finally:
        async for key in client.scan_iter(match=f"{key_prefix}*", count=500):
            await client.delete(key)
        await client.aclose()


@pytest.fixture
def slack_requests(monkeypatch: pytest.MonkeyPatch) -> list[requests.PreparedRequest]:
    """Requests to Slack (a fixed host, unreachable here), captured where they would leave
    the process and answered 200 as Slack does; other requests go through."""
    captured: list[requests.PreparedRequest] = []
    real_send = requests.sessions.Session.send

    def send(
        self: requests.Session, request: requests.PreparedRequest, **kwargs: Any
    ) -> requests.Response:
        if not (request.url or "").startswith("https://hooks.slack.com/"):
            return real_send(self, request, **kwargs)
        captured.append(request)
        response = requests.Response()
        response.status_code = 200
        response._content = b"ok"
        response.request = request
        response.url = request.url or ""
        return response

    monkeypatch.setattr(requests.sessions.Session, "send", send)
    return captured
