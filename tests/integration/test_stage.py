"""The stage runtime on a real server: hand-off, retries, dead letters."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from redis.asyncio import Redis

from shared import wire
from shared.broker import make_broker
from shared.models import NewsUpdate, SourceRef
from shared.stage import Entry, Output, StageSpec, register_stage

pytestmark = pytest.mark.redis


def _spec(prefix: str) -> StageSpec:
    return StageSpec(
        name="test",
        stream_key=f"{prefix}in",
        group="g",
        dead_key=f"{prefix}dead",
        max_deliveries=3,
        reclaim_idle_ms=200,
        batch_size=10,
    )


@pytest.fixture
async def run_stage(
    redis_url: str, redis_client: Redis, key_prefix: str
) -> AsyncIterator[Callable[[Callable[[Entry], Awaitable[Output]]], Awaitable[None]]]:
    brokers = []

    async def start(handler: Callable[[Entry], Awaitable[Output]]) -> None:
        spec = _spec(key_prefix)
        await redis_client.xgroup_create(spec.stream_key, "g", id="0", mkstream=True)
        broker = make_broker(redis_url)
        register_stage(broker, spec, handler, consumer="test-consumer")
        await broker.start()
        brokers.append(broker)

    yield start
    for broker in brokers:
        await broker.stop()


def _update(n: int) -> wire.Fields:
    update = NewsUpdate(id=f"u{n}", revision="r", source=SourceRef(id="s"), headline=f"h{n}")
    return wire.encode(update, update_id=update.id)


async def _wait_for(condition: Callable[[], Awaitable[bool]], seconds: float = 10) -> None:
    async with asyncio.timeout(seconds):
        while not await condition():
            await asyncio.sleep(0.05)


async def test_output_is_published_and_input_acknowledged_together(
    run_stage, redis_client: Redis, key_prefix: str
) -> None:
    async def handler(entry: Entry) -> Output:
        out = Output()
        out.add(f"{key_prefix}out", {"seen": entry.fields["update_id"]})
        return out

    await run_stage(handler)
    for n in range(5):
        await redis_client.xadd(f"{key_prefix}in", _update(n))

    async def all_out() -> bool:
        return await redis_client.xlen(f"{key_prefix}out") == 5

    await _wait_for(all_out)
    pending = await redis_client.xpending(f"{key_prefix}in", "g")
    assert pending["pending"] == 0
    outs = [fields[b"seen"] for _, fields in await redis_client.xrange(f"{key_prefix}out")]
    assert outs == [f"u{n}".encode() for n in range(5)]


async def test_a_failing_handler_is_retried_then_succeeds_once(
    run_stage, redis_client: Redis, key_prefix: str
) -> None:
    calls: Counter[str] = Counter()

    async def handler(entry: Entry) -> Output:
        calls[entry.fields["update_id"]] += 1
        if calls[entry.fields["update_id"]] < 3:
            raise RuntimeError("downstream unavailable")
        out = Output()
        out.add(f"{key_prefix}out", {"attempt": str(entry.attempt)})
        return out

    await run_stage(handler)
    await redis_client.xadd(f"{key_prefix}in", _update(1))

    async def done() -> bool:
        return await redis_client.xlen(f"{key_prefix}out") == 1

    await _wait_for(done)
    [(_, fields)] = await redis_client.xrange(f"{key_prefix}out")
    assert fields[b"attempt"] == b"3"
    assert await redis_client.xlen(f"{key_prefix}dead") == 0


async def test_a_message_that_keeps_failing_is_dead_lettered_with_its_error(
    run_stage, redis_client: Redis, key_prefix: str
) -> None:
    async def handler(entry: Entry) -> Output:
        raise RuntimeError("channel ntfy://secret-topic refused")

    await run_stage(handler)
    await redis_client.xadd(f"{key_prefix}in", _update(7))

    async def dead() -> bool:
        return await redis_client.xlen(f"{key_prefix}dead") == 1

    await _wait_for(dead)
    [(_, raw)] = await redis_client.xrange(f"{key_prefix}dead")
    fields = wire.text_fields(raw)
    assert fields["deliveries"] == "3"
    assert "refused" in fields["error"]
    assert "secret-topic" not in fields["error"]
    assert json.loads(fields["json"])["id"] == "u7"
    assert (await redis_client.xpending(f"{key_prefix}in", "g"))["pending"] == 0


async def test_a_poison_message_goes_straight_to_dead_letters_and_others_flow(
    run_stage, redis_client: Redis, key_prefix: str
) -> None:
    async def handler(entry: Entry) -> Output:
        wire.decode(NewsUpdate, entry.fields)
        out = Output()
        out.add(f"{key_prefix}out", {"ok": "1"})
        return out

    await run_stage(handler)
    await redis_client.xadd(f"{key_prefix}in", {"json": "{broken"})
    await redis_client.xadd(f"{key_prefix}in", _update(2))

    async def settled() -> bool:
        return (
            await redis_client.xlen(f"{key_prefix}dead") == 1
            and await redis_client.xlen(f"{key_prefix}out") == 1
        )

    await _wait_for(settled)
    [(_, raw)] = await redis_client.xrange(f"{key_prefix}dead")
    assert wire.text_fields(raw)["deliveries"] == "1"
    assert "not a valid NewsUpdate" in wire.text_fields(raw)["error"]
