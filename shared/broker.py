"""make_broker(): the RedisBroker every service uses, with retries and a unique consumer name."""

from __future__ import annotations

import logging
import os
import socket

import redis.asyncio as aioredis
from faststream.redis import RedisBroker
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

from shared import streams
from shared.streams import Keys


def consumer_name(role: str) -> str:
    """Unique per process, so replicas never share a pending list."""
    return f"{socket.gethostname()}-{os.getpid()}-{role}"


def make_broker(url: str) -> RedisBroker:
    """A broker that survives a Redis restart: the first command after it is retried."""
    return RedisBroker(
        url,
        retry=Retry(ExponentialBackoff(cap=2, base=0.1), 5),
        retry_on_error=[RedisConnectionError, RedisTimeoutError],
        logger=logging.getLogger("newsalert.broker"),
        # Per-message "Received/Processed" lines cost a quarter of throughput; we log one
        # summary line per message ourselves.
        log_level=logging.DEBUG,
        graceful_timeout=30,
    )


MAX_CONNECTIONS = 64


def redis_client(url: str) -> aioredis.Redis:
    """A plain client for keys outside the streams (subscriptions, dedup, alerts).

    Its pool makes a burst (a fan-out to thousands of channels) wait for a free
    connection instead of failing with "Too many connections".
    """
    pool = aioredis.BlockingConnectionPool.from_url(
        url,
        max_connections=MAX_CONNECTIONS,
        timeout=30,
        retry=Retry(ExponentialBackoff(cap=2, base=0.1), 5),
        retry_on_error=[RedisConnectionError, RedisTimeoutError],
    )
    return aioredis.Redis(connection_pool=pool)


async def ensure_groups(client: aioredis.Redis, keys: Keys) -> None:
    """Create each consumer group at the start of its stream, so no backlog is skipped."""
    for stream, group in (
        (keys.updates, streams.CLASSIFY_GROUP),
        (keys.classified, streams.NOTIFY_GROUP),
    ):
        try:
            await client.xgroup_create(stream, group, id="0", mkstream=True)
        except ResponseError as err:
            if "BUSYGROUP" not in str(err):
                raise
