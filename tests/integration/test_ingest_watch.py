"""The poller against a real HTTP server and Redis: pages change, fail and come back."""

from __future__ import annotations

import asyncio
import ipaddress
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as aioredis

from services.ingest.fetch import Fetcher, FetchPolicy
from services.ingest.publisher import Novelty, PublishReport, publish_updates
from services.ingest.sources import SourceConfig
from services.ingest.watch import PollOutcome, SourceAlarm, Watcher, next_delay
from shared.models import NewsUpdate
from shared.streams import Keys
from tests.sites import Reply, Site, versioned

pytestmark = pytest.mark.redis

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ingest"
LOOPBACK = (ipaddress.ip_network("127.0.0.0/8"),)


def _posting(*updates: dict[str, Any]) -> bytes:
    posting = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Harbour strike live",
        "datePublished": "2031-07-01T06:00:00Z",
        "liveBlogUpdate": list(updates),
    }
    script = f'<script type="application/ld+json">{json.dumps(posting)}</script>'
    return f"<!doctype html><html><head>{script}</head><body></body></html>".encode()


def _item(n: int, body: str, modified: str | None = None) -> dict[str, Any]:
    item = {
        "@type": "BlogPosting",
        "@id": f"post-{n}",
        "headline": f"Harbour update number {n}",
        "articleBody": body,
        "datePublished": f"2031-07-01T0{n}:00:00Z",
    }
    if modified:
        item["dateModified"] = modified
    return item


V1 = [_item(3, "Gates stay shut."), _item(2, "Talks resume."), _item(1, "Strike begins.")]
V2 = [
    _item(4, "A deal is signed."),
    _item(3, "Gates stay shut until noon.", modified="2031-07-01T09:30:00Z"),
    _item(2, "Talks resume."),
]  # post-4 is new, post-3 edited, post-1 deleted


def _fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@dataclass
class Recorder:
    """Publishes for real (onto the test's stream) and remembers what was new or edited."""

    client: aioredis.Redis
    keys: Keys
    published: list[tuple[str, list[NewsUpdate]]] = field(default_factory=list)
    alarms: list[SourceAlarm] = field(default_factory=list)
    outcomes: list[PollOutcome] = field(default_factory=list)

    async def publish(self, updates: list[NewsUpdate]) -> PublishReport:
        report = await publish_updates(self.client, self.keys, updates)
        fresh = [u for u, novelty in report.results if novelty is not Novelty.DUPLICATE]
        if fresh:
            self.published.append((fresh[0].source.id, fresh))
        return report

    async def alarm(self, alarm: SourceAlarm) -> None:
        self.alarms.append(alarm)

    async def outcome(self, outcome: PollOutcome) -> None:
        self.outcomes.append(outcome)

    def headlines(self, source_id: str) -> list[list[str]]:
        return [[u.headline for u in batch] for sid, batch in self.published if sid == source_id]


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as running:
        running.routes.update(
            {
                "/blog": versioned(_posting(*V1), '"v1"'),
                "/plain": Reply(
                    200, _fixture("liveblog_plain.html"), {"Content-Type": "text/html"}
                ),
                "/rss": Reply(200, _fixture("feed.rss"), {"Content-Type": "application/rss+xml"}),
                "/atom": Reply(
                    200, _fixture("feed.atom"), {"Content-Type": "application/atom+xml"}
                ),
                "/down": Reply(500),
                "/busy": Reply(429, headers={"Retry-After": "120"}),
                "/hang": Reply(200, b"late", delay=2.0),
            }
        )
        yield running


@pytest.fixture
def redis(redis_client: aioredis.Redis, key_prefix: str) -> tuple[aioredis.Redis, str]:
    return redis_client, key_prefix


def _sources(site: Site, interval: float = 0.05) -> dict[str, SourceConfig]:
    paths = ["blog", "plain", "rss", "atom", "down", "busy", "hang"]
    return {
        name: SourceConfig(id=name, url=site.url(f"/{name}"), interval_seconds=interval)
        for name in paths
    }


def _watcher(
    redis: tuple[aioredis.Redis, str], recorder: Recorder, sources: list[SourceConfig]
) -> Watcher:
    policy = FetchPolicy(timeout_seconds=0.3, retries=0, allowed_networks=LOOPBACK)
    return Watcher(
        sources=sources,
        fetcher=Fetcher(policy),
        publish=recorder.publish,
        on_alarm=recorder.alarm,
        on_outcome=recorder.outcome,
        failures_before_alarm=2,
        max_backoff_seconds=0.1,
    )


async def test_polls_publish_changes_only(site: Site, redis: tuple[aioredis.Redis, str]) -> None:
    sources = _sources(site)
    recorder = Recorder(redis[0], Keys(redis[1]))
    watcher = _watcher(redis, recorder, list(sources.values()))
    try:
        first = {name: await watcher.poll(source) for name, source in sources.items()}
        assert {n: o.status for n, o in first.items()} == {
            "blog": "published",
            "plain": "published",
            "rss": "published",
            "atom": "published",
            "down": "failed",
            "busy": "failed",
            "hang": "failed",
        }
        assert recorder.headlines("blog") == [
            ["Harbour update number 1", "Harbour update number 2", "Harbour update number 3"]
        ]
        assert recorder.headlines("plain") == [
            [
                "Polls close across Norvale",
                "First district declares for the Green League",
                "Turnout reaches 71 percent",
            ]
        ]
        assert recorder.headlines("rss") == [
            ["Fog closes the outer channel", "Crane strike ends after pay deal"]
        ]
        assert len(recorder.headlines("atom")[0]) == 2
        assert "answered 500" in (first["down"].error or "")
        assert first["busy"].retry_after == 120.0
        assert next_delay(0.05, 1, first["busy"].retry_after) >= 120.0
        assert "did not answer" in (first["hang"].error or "")

        # Nothing changed: 304 for the page with an ETag, duplicates for the others.
        second = {name: await watcher.poll(sources[name]) for name in ("blog", "plain", "rss")}
        assert second["blog"].status == "not_modified"
        assert second["plain"].status == second["rss"].status == "unchanged"
        assert site.requests[-3][1].get("if-none-match") == '"v1"'
        assert len(recorder.published) == 4

        # The page changes: one new update, one edited, one deleted.
        site.routes["/blog"] = versioned(_posting(*V2), '"v2"')
        third = await watcher.poll(sources["blog"])
        assert (third.status, third.new, third.edits) == ("published", 1, 1)
        edited, new = recorder.published[-1][1]
        assert (edited.headline, edited.body) == (
            "Harbour update number 3",
            "Gates stay shut until noon.",
        )
        assert edited.updated_at == datetime(2031, 7, 1, 9, 30, tzinfo=UTC)
        assert new.headline == "Harbour update number 4"

        # A second failure in a row raises the alarm, once per streak.
        await watcher.poll(sources["down"])
        await watcher.poll(sources["down"])
        down = [a for a in recorder.alarms if a.source_id == "down"]
        assert [(a.kind, a.streak) for a in down] == [("failing", 2)]
        site.routes["/down"] = Reply(200, _fixture("feed.rss"), {"Content-Type": "text/xml"})
        assert (await watcher.poll(sources["down"])).status == "published"
        assert [a.kind for a in recorder.alarms if a.source_id == "down"] == [
            "failing",
            "recovered",
        ]
    finally:
        await watcher.fetcher.aclose()

    # A restart (new watcher, no ETags in memory) republishes nothing.
    restarted = Recorder(redis[0], Keys(redis[1]))
    again = _watcher(redis, restarted, list(sources.values()))
    try:
        for name in ("blog", "plain", "rss", "atom"):
            assert (await again.poll(sources[name])).status == "unchanged"
    finally:
        await again.fetcher.aclose()
    assert restarted.published == []


async def test_run_keeps_sources_flowing_while_one_fails(
    site: Site, redis: tuple[aioredis.Redis, str]
) -> None:
    sources = _sources(site)
    recorder = Recorder(redis[0], Keys(redis[1]))
    watcher = _watcher(redis, recorder, [sources["blog"], sources["down"], sources["hang"]])
    task = asyncio.create_task(watcher.run())

    async def until(check: Callable[[], bool]) -> None:
        async with asyncio.timeout(5):
            while not check():
                await asyncio.sleep(0.02)

    try:
        await until(lambda: len(recorder.headlines("blog")) == 1)
        site.routes["/blog"] = versioned(_posting(*V2), '"v2"')
        await until(lambda: len(recorder.headlines("blog")) == 2)
        await until(lambda: {a.source_id for a in recorder.alarms} == {"down", "hang"})
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await watcher.fetcher.aclose()
    assert recorder.headlines("blog")[1] == ["Harbour update number 3", "Harbour update number 4"]
    assert watcher.health["down"].streak >= 2
    assert site.count("/down") >= 2
