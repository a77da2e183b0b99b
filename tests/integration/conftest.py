"""Fixtures of the notifier tests: settings on the test server and a running Notifier."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from services.notify.app import Notifier
from shared.settings import Settings, load_settings
from shared.tasks import stop_tasks


@pytest.fixture
def settings(redis_url: str, key_prefix: str) -> Settings:
    """Fast retries, three attempts, loopback receivers allowed."""
    return load_settings(
        redis_url=redis_url,
        key_prefix=key_prefix,
        max_deliveries=3,
        retry_base_seconds=0.05,
        allowed_private_networks="127.0.0.0/8",
    )


@pytest.fixture
async def notifier(settings: Settings, redis_client: Redis) -> AsyncIterator[Notifier]:
    """A notifier whose retry loop runs for the test."""
    notifier = Notifier(redis_client, settings)
    retries = asyncio.create_task(notifier.run_retries())
    yield notifier
    await stop_tasks([retries])
