"""Throughput of the stages on a real server: classify (updates/s) and fan-out (sends/s).

python benchmarks/bench_pipeline.py [--updates 2000] [--channels 200]

Uses REDIS_URL when set, else starts an embedded Valkey. Prints figures and the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import time
import uuid
from datetime import UTC, datetime

from services.classify import app as classify_app
from services.notify.app import Notifier
from services.notify.subscriptions import SubscriptionStore
from shared import wire
from shared.broker import ensure_groups, make_broker, redis_client
from shared.embedded_server import start_embedded
from shared.logs import configure_logging
from shared.models import (
    Classification,
    NewsUpdate,
    Severity,
    SourceRef,
    SubscriptionCreate,
    Topic,
    TopicTag,
)
from shared.settings import Settings, load_settings
from shared.stage import Entry
from tests.receivers import http_receiver

TEXTS = [
    ("Drone strike on Kharkiv depot injures four", "A drone hit a fuel depot in Kharkiv at "
     "night, injuring four workers and starting a fire, the regional governor said."),
    ("Talks on prisoner exchange resume in Istanbul", "Delegations met in Istanbul to discuss "
     "a new exchange of prisoners of war, officials from both sides said."),
    ("Shelling kills two in Kherson", "Two civilians were killed when shells hit a market in "
     "Kherson on Monday morning, the city administration said."),
]  # fmt: skip


async def bench_classify(settings: Settings, url: str, n: int) -> float:
    client = redis_client(url)
    await ensure_groups(client, settings.keys)
    async with client.pipeline(transaction=False) as pipe:
        for i in range(n):
            headline, body = TEXTS[i % len(TEXTS)]
            update = NewsUpdate(
                id=f"bench-{i}", revision="r", source=SourceRef(id="bench"),
                headline=headline, body=body, published_at=datetime.now(UTC),
            )  # fmt: skip
            pipe.xadd(settings.keys.updates, wire.encode(update, update_id=update.id))  # type: ignore[arg-type]
        await pipe.execute()
    broker = make_broker(url)
    classify_app.register(broker, client, settings, consumer="bench")
    started = time.perf_counter()
    await broker.start()
    while await client.xlen(settings.keys.classified) < n:
        await asyncio.sleep(0.05)
    elapsed = time.perf_counter() - started
    await broker.stop()
    await client.aclose()
    return n / elapsed


async def bench_fanout(settings: Settings, url: str, channels: int) -> tuple[float, int]:
    client = redis_client(url)
    with http_receiver() as receiver:
        store = SubscriptionStore(client, settings.keys)
        for _ in range(channels):
            await store.add(
                SubscriptionCreate(channels=[receiver.url()], min_severity=Severity.LOW)
            )
        notifier = Notifier(client, settings)
        alert = Classification(
            update=NewsUpdate(id="fan", revision="r", source=SourceRef(id="b"), headline="h"),
            severity=Severity.HIGH,
            topics=[TopicTag(topic=Topic.STRIKE, confidence=1.0)],
        )
        entry = Entry("1-0", wire.encode(alert, update_id="fan"))
        await notifier.handle(entry)  # warm: index built, connections open
        alert2 = alert.model_copy(update={"update": alert.update.model_copy(update={"id": "fan2"})})
        started = time.perf_counter()
        await notifier.handle(Entry("2-0", wire.encode(alert2, update_id="fan2")))
        elapsed = time.perf_counter() - started
        received = len(receiver.snapshot())
    await client.aclose()
    return channels / elapsed, received


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--updates", type=int, default=2000)
    parser.add_argument("--channels", type=int, default=200)
    args = parser.parse_args()
    configure_logging("WARNING")  # one log line per message would be measured too
    embedded = None if os.environ.get("REDIS_URL") else start_embedded(None, persistent=False)
    url = os.environ.get("REDIS_URL") or embedded.url  # type: ignore[union-attr]
    settings = load_settings(
        redis_url=url,
        key_prefix=f"bench-{uuid.uuid4().hex[:8]}:",
        allowed_private_networks="127.0.0.0/8",
    )
    try:
        rate = asyncio.run(bench_classify(settings, url, args.updates))
        sends, received = asyncio.run(bench_fanout(settings, url, args.channels))
    finally:
        if embedded is not None:
            embedded.stop()
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(f"server: {'REDIS_URL' if embedded is None else 'embedded Valkey'}")
    print(f"classify stage, {args.updates} updates from the stream: {rate:,.0f} updates/s")
    print(
        f"fan-out, one alert to {args.channels} json:// channels on loopback: {sends:,.0f} sends/s"
        f" ({received} requests received)"
    )


if __name__ == "__main__":
    main()
