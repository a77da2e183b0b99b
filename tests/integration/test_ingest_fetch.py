"""The fetcher against a real HTTP server on 127.0.0.1: 304, 500, 429, hangs, huge bodies."""

from __future__ import annotations

import asyncio
import ipaddress
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from services.ingest.fetch import Fetcher, FetchError, FetchPolicy
from shared.errors import ConfigError

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ingest"
LOOPBACK = (ipaddress.ip_network("127.0.0.0/8"),)


@dataclass
class Reply:
    """One canned answer; `delay` makes the server hang, `stream_bytes` sends a body
    of that size without a Content-Length."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    stream_bytes: int = 0


Route = Reply | Callable[[dict[str, str]], Reply]


class Site:
    """A threaded HTTP server whose answers tests change between requests."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.active = 0
        self.max_active = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.serve(self)

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def count(self, path: str) -> int:
        return sum(1 for seen, _ in self.requests if seen == path)

    def serve(self, handler: BaseHTTPRequestHandler) -> None:
        headers = {k.lower(): v for k, v in handler.headers.items()}
        with self._lock:
            self.requests.append((handler.path, headers))
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            route = self.routes.get(handler.path, Reply(404))
            reply = route(headers) if callable(route) else route
            if reply.delay:
                self._stop.wait(reply.delay)
            handler.send_response(reply.status)
            for name, value in reply.headers.items():
                handler.send_header(name, value)
            if reply.stream_bytes:
                handler.send_header("Connection", "close")
                handler.end_headers()
                chunk = b"x" * 65536
                for _ in range(reply.stream_bytes // len(chunk)):
                    handler.wfile.write(chunk)
            else:
                handler.send_header("Content-Length", str(len(reply.body)))
                handler.end_headers()
                handler.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading, as it should for huge bodies
        finally:
            with self._lock:
                self.active -= 1

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()


def versioned(body: bytes, etag: str, content_type: str = "text/html") -> Route:
    """A page that answers 304 to a client that already has `etag`."""

    def answer(headers: dict[str, str]) -> Reply:
        if headers.get("if-none-match") == etag:
            return Reply(304, headers={"ETag": etag})
        return Reply(200, body, {"ETag": etag, "Content-Type": content_type})

    return answer


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
