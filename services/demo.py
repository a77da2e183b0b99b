"""`newsalert run --demo`: a console subscription and a bundled example live blog."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from importlib import resources

from redis.asyncio import Redis

from services.ingest.liveblog_text import parse_liveblog_text
from services.ingest.publisher import Novelty, publish_updates
from services.notify.subscriptions import SubscriptionStore
from shared.models import Severity, SourceRef, SubscriptionCreate
from shared.settings import Settings

DEMO_SUBSCRIPTION_ID = "demo-console"
DEMO_SOURCE = SourceRef(id="demo", name="Example live blog (fictional)")


def example_blog() -> str:
    """The bundled example live blog, in the plain-text live-blog format."""
    return (resources.files("services.ingest") / "examples" / "demo_liveblog.txt").read_text()


def _say(message: str) -> None:
    print(f"newsalert: {message}", file=sys.stderr, flush=True)


async def start(client: Redis, settings: Settings) -> None:
    """Subscribe the terminal to every alert and publish the example blog once."""
    await SubscriptionStore(client, settings.keys).add(
        SubscriptionCreate(
            name="demo: this terminal", channels=["console://"], min_severity=Severity.LOW
        ),
        subscription_id=DEMO_SUBSCRIPTION_ID,
    )
    page = parse_liveblog_text(example_blog(), source=DEMO_SOURCE, fetched_at=datetime.now(UTC))
    report = await publish_updates(client, settings.keys, page.updates)
    if report.count(Novelty.NEW) or report.count(Novelty.EDIT):
        _say(f"demo: {report.summary()}; alerts follow below")
    else:
        _say(
            f"demo: the example blog's {len(page.updates)} updates were published by an "
            f"earlier run, so nothing new to alert (delete {settings.data_dir} to start over)"
        )
    _say(
        f"demo: recent alerts as JSON: curl http://{settings.api_host}:{settings.api_port}"
        "/v1/alerts"
    )
