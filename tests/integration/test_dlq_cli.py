"""`newsalert dlq list / replay` against a real server."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from redis.asyncio import Redis

from shared import wire
from shared.models import NewsUpdate, SourceRef
from shared.stage import dead_letter_fields
from shared.streams import Keys

pytestmark = pytest.mark.redis


def _cli(redis_url: str, prefix: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REDIS_URL": redis_url, "NEWSALERT_KEY_PREFIX": prefix}
    return subprocess.run(
        [sys.executable, "-m", "services.cli", "dlq", *args],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip


async def test_dead_letters_are_listed_and_replayed_onto_their_stream(
    redis_client: Redis, redis_url: str, key_prefix: str
) -> None:
    keys = Keys(key_prefix)
    update = NewsUpdate(id="u9", revision="r", source=SourceRef(id="s"), headline="Blast")
    original = wire.encode(update, update_id=update.id)
    record = dead_letter_fields(
        original,
        error="ChannelError: json://*** answered 503",
        origin_stream=keys.updates,
        origin_group="classify",
        origin_id="1-0",
        deliveries=5,
    )
    dead_id = (await redis_client.xadd(keys.dead, record)).decode()  # type: ignore[arg-type]

    listed = _cli(redis_url, key_prefix, "list")
    assert listed.returncode == 0, listed.stderr
    assert dead_id in listed.stdout
    assert "answered 503" in listed.stdout
    assert "update=u9" in listed.stdout

    missing = _cli(redis_url, key_prefix, "replay", "999-0")
    assert missing.returncode != 0
    assert "no dead letter 999-0" in missing.stderr

    replayed = _cli(redis_url, key_prefix, "replay", dead_id)
    assert replayed.returncode == 0, replayed.stderr
    assert await redis_client.xlen(keys.dead) == 0
    [(_, back)] = await redis_client.xrange(keys.updates)
    assert wire.text_fields(back) == original
