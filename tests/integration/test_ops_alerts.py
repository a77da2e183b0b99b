"""A failing source reaches the operators: log, counter in Redis, and their channel."""

from __future__ import annotations

from pathlib import Path

import pytest
from redis.asyncio import Redis

from services.ingest.app import build_watcher
from services.ingest.fetch import Fetcher
from services.ingest.watch import SourceAlarm
from shared.settings import load_settings
from tests.receivers import http_receiver

pytestmark = pytest.mark.redis


async def test_a_source_alarm_is_counted_and_sent_to_the_ops_channel(
    redis_client: Redis, key_prefix: str, tmp_path: Path
) -> None:
    sources = tmp_path / "sources.yaml"
    sources.write_text("sources:\n  - id: harbour\n    url: https://news.example.org/live\n")
    with http_receiver() as ops:
        settings = load_settings(key_prefix=key_prefix, sources_file=sources, ops_channel=ops.url())
        async with Fetcher() as fetcher:
            watcher = build_watcher(redis_client, settings, fetcher)
            assert [s.id for s in watcher.sources] == ["harbour"]
            assert watcher.on_alarm is not None
            await watcher.on_alarm(
                SourceAlarm("harbour", "failing", 3, "source harbour failed 3 polls: HTTP 500")
            )
        [message] = ops.snapshot()
    assert "harbour" in message.json()["title"]
    assert "HTTP 500" in message.json()["message"]
    state = await redis_client.hgetall(f"{key_prefix}ops:source:harbour")
    assert state[b"state"] == b"failing"
    assert state[b"count:failing"] == b"1"
