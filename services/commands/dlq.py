"""`newsalert dlq list / replay`: dead letters, and putting them back on their stream."""

from __future__ import annotations

import argparse
import asyncio

from redis.asyncio import Redis

from shared import streams, wire
from shared.broker import redis_client
from shared.embedded_server import redis_server
from shared.errors import ConfigError
from shared.settings import Settings, load_settings
from shared.stage import DEAD_LETTER_FIELDS


def dlq(args: argparse.Namespace) -> int:
    settings = load_settings()
    with redis_server(settings.redis_url, settings.data_dir) as url:
        return asyncio.run(_dlq(args, settings, url))


async def _dlq(args: argparse.Namespace, settings: Settings, url: str) -> int:
    client = redis_client(url)
    try:
        if args.action == "list":
            return await _list(client, settings, args.limit)
        return await _replay(client, settings, args.ids)
    finally:
        await client.aclose()


async def _list(client: Redis, settings: Settings, limit: int) -> int:
    dead = wire.entries(await client.xrevrange(settings.keys.dead, count=limit))
    if not dead:
        print("no dead letters")
    for entry_id, fields in dead:
        print(
            f"{entry_id}  {fields.get('failed_at', '?')}  "
            f"from {fields.get('origin_stream', '?')} after {fields.get('deliveries', '?')} "
            f"attempt(s)  update={fields.get('update_id', '-')}"
            + (f" channel={fields['channel']}" if "channel" in fields else "")
            + f"\n    {fields.get('error', '')}"
        )
    return 0


async def _replay(client: Redis, settings: Settings, ids: list[str]) -> int:
    """Re-publish each dead letter onto the stream it came from, then delete it."""
    dead = settings.keys.dead
    if ids:
        letters = [e for i in ids for e in wire.entries(await client.xrange(dead, min=i, max=i))]
        missing = set(ids) - {entry_id for entry_id, _ in letters}
        if missing:
            raise ConfigError(
                f"no dead letter {', '.join(sorted(missing))}; see: newsalert dlq list"
            )
    else:
        letters = wire.entries(await client.xrange(dead))
    for entry_id, fields in letters:
        origin = fields.get("origin_stream")
        if origin is None:
            raise ConfigError(f"dead letter {entry_id} does not say where it came from")
        original = {k: v for k, v in fields.items() if k not in DEAD_LETTER_FIELDS}
        async with client.pipeline(transaction=True) as pipe:
            pipe.xadd(origin, original, maxlen=streams.STREAM_MAXLEN, approximate=True)  # type: ignore[arg-type]
            pipe.xdel(dead, entry_id)
            await pipe.execute()
    print(f"replayed {len(letters)} dead letter(s)")
    return 0
