"""The fetcher against a real HTTP server on 127.0.0.1: 304, 500, 429, hangs, huge bodies."""

from __future__ import annotations

import asyncio
import ipaddress
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.ingest.fetch import Fetcher, FetchError, FetchPolicy
from shared.errors import ConfigError
from tests.sites import Reply, Site, versioned

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ingest"
LOOPBACK = (ipaddress.ip_network("127.0.0.0/8"),)


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as running:
        yield running


def _fetcher(**policy: object) -> Fetcher:
    settings: dict[str, object] = {
        "timeout_seconds": 0.3,
        "retries": 0,
        "backoff_seconds": 0.01,
        "allowed_networks": LOOPBACK,
    }
    settings.update(policy)
    return Fetcher(FetchPolicy(**settings))  # type: ignore[arg-type]  # test keywords


async def test_page_then_not_modified(site: Site) -> None:
    body = (FIXTURES / "liveblog_jsonld.html").read_bytes()
    site.routes["/live"] = versioned(body, '"v1"')
    async with _fetcher() as fetcher:
        first = await fetcher.fetch(site.url("/live"))
        second = await fetcher.fetch(site.url("/live"), etag=first.etag)
    assert (first.status, first.content, first.etag) == (200, body, '"v1"')
    assert first.content_type == "text/html"
    assert (second.status, second.not_modified) == (304, True)


async def test_loopback_refused_unless_allowed(site: Site) -> None:
    site.routes["/live"] = Reply(200, b"hi")
    async with _fetcher(allowed_networks=()) as fetcher:
        with pytest.raises(ConfigError, match="NEWSALERT_ALLOWED_PRIVATE_NETWORKS"):
            await fetcher.fetch(site.url("/live"))
    assert site.requests == []


async def test_server_error_is_retried(site: Site) -> None:
    answers = iter([Reply(500), Reply(200, b"recovered")])
    site.routes["/flaky"] = lambda headers: next(answers)
    async with _fetcher(retries=1) as fetcher:
        result = await fetcher.fetch(site.url("/flaky"))
    assert result.content == b"recovered"
    assert site.count("/flaky") == 2


async def test_server_error_without_retries_fails(site: Site) -> None:
    site.routes["/down"] = Reply(500)
    async with _fetcher() as fetcher:
        with pytest.raises(FetchError, match="answered 500"):
            await fetcher.fetch(site.url("/down"))


async def test_retry_after_is_respected(site: Site) -> None:
    answers = iter([Reply(429, headers={"Retry-After": "1"}), Reply(200, b"ok")])
    site.routes["/busy"] = lambda headers: next(answers)
    started = time.monotonic()
    async with _fetcher(retries=1, max_retry_after_wait=2.0) as fetcher:
        result = await fetcher.fetch(site.url("/busy"))
    assert result.content == b"ok"
    assert time.monotonic() - started >= 0.95


async def test_long_retry_after_is_reported_not_waited(site: Site) -> None:
    site.routes["/busy"] = Reply(429, headers={"Retry-After": "3600"})
    started = time.monotonic()
    async with _fetcher(retries=3) as fetcher:
        with pytest.raises(FetchError) as info:
            await fetcher.fetch(site.url("/busy"))
    assert info.value.retry_after == 3600.0
    assert time.monotonic() - started < 1.0
    assert site.count("/busy") == 1


async def test_hanging_server_times_out(site: Site) -> None:
    site.routes["/hang"] = Reply(200, b"late", delay=3.0)
    started = time.monotonic()
    async with _fetcher(timeout_seconds=0.3) as fetcher:
        with pytest.raises(FetchError, match=r"did not answer within 0\.3 s"):
            await fetcher.fetch(site.url("/hang"))
    assert time.monotonic() - started < 1.5


async def test_huge_streamed_body_is_cut_off(site: Site) -> None:
    site.routes["/huge"] = Reply(200, stream_bytes=200 * 1024 * 1024)
    started = time.monotonic()
    async with _fetcher(max_bytes=256 * 1024, timeout_seconds=2.0) as fetcher:
        with pytest.raises(FetchError, match="stopped reading"):
            await fetcher.fetch(site.url("/huge"))
    assert time.monotonic() - started < 2.0


async def test_huge_declared_body_is_refused(site: Site) -> None:
    site.routes["/big"] = Reply(200, b"y" * 300_000)
    async with _fetcher(max_bytes=100_000) as fetcher:
        with pytest.raises(FetchError, match="300000 bytes is over"):
            await fetcher.fetch(site.url("/big"))


async def test_redirects_are_followed_and_checked(site: Site) -> None:
    site.routes["/old"] = Reply(301, headers={"Location": "/new"})
    site.routes["/new"] = Reply(200, b"here")
    site.routes["/evil"] = Reply(302, headers={"Location": "http://169.254.169.254/latest"})
    async with _fetcher() as fetcher:
        assert (await fetcher.fetch(site.url("/old"))).content == b"here"
        with pytest.raises(ConfigError, match="link-local"):
            await fetcher.fetch(site.url("/evil"))


async def test_concurrency_per_host_is_bounded(site: Site) -> None:
    site.routes["/slow"] = Reply(200, b"s", delay=0.15)
    async with _fetcher(max_per_host=1, timeout_seconds=2.0) as fetcher:
        await asyncio.gather(*(fetcher.fetch(site.url("/slow")) for _ in range(3)))
    assert site.count("/slow") == 3
    assert site.max_active == 1
