"""A pipeline stage: consume a stream in a group, hand results off atomically, dead-letter poison.

Each entry is read by a main subscriber; entries left pending (a crash, or a handler that
raised) are retried by a reclaimer after `reclaim_idle_ms`. After `max_deliveries` attempts,
or at once for an entry that is not a valid message, it goes to the dead-letter stream.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import cast

import structlog
from faststream import AckPolicy
from faststream.redis import RedisBroker, RedisStreamMessage, StreamSub
from redis.asyncio import Redis

from shared import streams
from shared.errors import ParseError
from shared.redact import redact_text
from shared.wire import Fields, text_fields

log = structlog.get_logger("newsalert.stage")


@dataclass(frozen=True)
class Entry:
    """One stream entry handed to a stage."""

    entry_id: str
    fields: Fields
    attempt: int = 1
    final: bool = False
    """True on the last attempt before the entry is dead-lettered."""


@dataclass
class Output:
    """What a handler wants written, atomically with the acknowledgement of its input."""

    entries: list[tuple[str, Fields]] = field(default_factory=list)

    def add(self, stream_key: str, fields: Fields) -> None:
        self.entries.append((stream_key, fields))


Handler = Callable[[Entry], Awaitable[Output]]


@dataclass(frozen=True)
class StageSpec:
    name: str
    stream_key: str
    group: str
    dead_key: str
    max_deliveries: int
    reclaim_idle_ms: int
    batch_size: int = 50


def register_stage(
    broker: RedisBroker, spec: StageSpec, handler: Handler, *, consumer: str
) -> None:
    """Wire `handler` to the stream: a main reader plus a reclaimer, both with manual acks."""

    def consumer_for(reclaimed: bool) -> Callable[[RedisStreamMessage], Awaitable[None]]:
        async def consume(msg: RedisStreamMessage) -> None:
            entry_id = msg.raw_message["message_ids"][0].decode()
            fields = text_fields(msg.raw_message["data"])
            # A first read (">") is attempt 1; only a reclaimed entry needs the PEL's count.
            attempt = await msg.get_delivery_count() if reclaimed else 1
            entry = Entry(entry_id, fields, attempt, final=attempt >= spec.max_deliveries)
            client = cast(Redis, broker.config.broker_config.connection.client)
            with structlog.contextvars.bound_contextvars(
                stage=spec.name, entry_id=entry_id, update_id=fields.get("update_id")
            ):
                await _process(client, spec, handler, entry)

        return consume

    main = StreamSub(
        spec.stream_key, group=spec.group, consumer=consumer, max_records=spec.batch_size
    )
    reclaim = StreamSub(
        spec.stream_key,
        group=spec.group,
        consumer=f"{consumer}-reclaim",
        min_idle_time=spec.reclaim_idle_ms,
    )
    for sub, reclaimed in ((main, False), (reclaim, True)):
        broker.subscriber(
            stream=sub, ack_policy=AckPolicy.MANUAL, title=f"{spec.name}:{sub.consumer}"
        )(consumer_for(reclaimed))


async def _process(client: Redis, spec: StageSpec, handler: Handler, entry: Entry) -> None:
    started = time.perf_counter()
    try:
        output = await handler(entry)
    except ParseError as err:
        await _dead_letter(client, spec, entry, str(err), deliveries=1)
        log.error("poison message dead-lettered", error=str(err))
        return
    except Exception as err:  # any failure: retry later, then dead-letter
        error = redact_text(f"{type(err).__name__}: {err}")[:500]
        if entry.final:
            await _dead_letter(client, spec, entry, error, deliveries=entry.attempt)
            log.error("message dead-lettered after retries", error=error, attempts=entry.attempt)
        else:
            log.warning("handling failed; will retry", error=error, attempts=entry.attempt)
        return
    await hand_off(client, spec, entry.entry_id, output.entries)
    log.debug(
        "handled", outputs=len(output.entries), ms=round((time.perf_counter() - started) * 1000, 2)
    )


async def hand_off(
    client: Redis, spec: StageSpec, entry_id: str, outputs: Sequence[tuple[str, Fields]]
) -> None:
    """Publish the results and acknowledge the input in one MULTI: never one without the other."""
    async with client.pipeline(transaction=True) as pipe:
        for stream_key, fields in outputs:
            pipe.xadd(stream_key, fields, maxlen=streams.STREAM_MAXLEN, approximate=True)  # type: ignore[arg-type]
        pipe.xack(spec.stream_key, spec.group, entry_id)
        await pipe.execute()


DEAD_LETTER_FIELDS = frozenset(
    {"error", "origin_stream", "origin_group", "origin_id", "deliveries", "failed_at", "channel"}
)
"""Fields a dead letter adds to the original entry (replay strips them)."""


def dead_letter_fields(
    original: Fields,
    *,
    error: str,
    origin_stream: str,
    origin_group: str,
    origin_id: str,
    deliveries: int,
    channel: str | None = None,
) -> Fields:
    """The original entry plus why and where it failed (`channel` redacted, when one)."""
    record: Fields = {
        **original,
        "error": error,
        "origin_stream": origin_stream,
        "origin_group": origin_group,
        "origin_id": origin_id,
        "deliveries": str(deliveries),
        "failed_at": datetime.now(UTC).isoformat(),
    }
    if channel is not None:
        record["channel"] = channel
    return record


async def _dead_letter(
    client: Redis, spec: StageSpec, entry: Entry, error: str, *, deliveries: int
) -> None:
    record = dead_letter_fields(
        entry.fields,
        error=error,
        origin_stream=spec.stream_key,
        origin_group=spec.group,
        origin_id=entry.entry_id,
        deliveries=deliveries,
    )
    await hand_off(client, spec, entry.entry_id, [(spec.dead_key, record)])
