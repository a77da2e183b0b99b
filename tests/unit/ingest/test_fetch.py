"""Fetching: SSRF guard, conditional GET, Retry-After, backoff, size cap, error mapping."""

from __future__ import annotations

import ipaddress
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime

import httpx
import pytest

from services.ingest.fetch import Fetcher, FetchError, FetchPolicy, parse_retry_after
from shared.errors import ConfigError
from shared.network import is_blocked
from shared.settings import load_settings

PUBLIC = "93.184.216.34"
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A fake `sleep` that records delays instead of waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def _fetcher(handler: Handler, *, resolve_to: str = PUBLIC, **policy: object) -> Fetcher:
    async def resolver(host: str, port: int) -> list[str]:
        return [resolve_to]

    return Fetcher(
        FetchPolicy(**policy),  # type: ignore[arg-type]  # test-only keyword passthrough
        transport=httpx.MockTransport(handler),
        resolver=resolver,
        sleep=Recorder(),
        jitter=lambda: 0.0,
    )


@pytest.mark.parametrize(
    ("address", "blocked"),
    [
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("172.16.0.9", True),
        ("192.168.1.1", True),
        ("169.254.169.254", True),
        ("100.64.0.1", True),
        ("0.0.0.0", True),
        ("224.0.0.1", True),
        ("::1", True),
        ("fe80::1", True),
        ("fc00::5", True),
        ("::ffff:127.0.0.1", True),
        (PUBLIC, False),
        ("2606:2800:220:1:248:1893:25c8:1946", False),
    ],
)
def test_is_blocked(address: str, blocked: bool) -> None:
    assert is_blocked(ipaddress.ip_address(address)) is blocked


def test_allowed_networks_open_a_hole() -> None:
    allowed = (ipaddress.ip_network("127.0.0.0/8"),)
    assert not is_blocked(ipaddress.ip_address("127.0.0.1"), allowed)
    assert not is_blocked(ipaddress.ip_address("::ffff:127.0.0.1"), allowed)
    assert is_blocked(ipaddress.ip_address("10.0.0.1"), allowed)


@pytest.mark.parametrize(
    ("url", "resolve_to", "message"),
    [
        ("http://127.0.0.1/live", PUBLIC, "loopback"),
        ("http://internal.example/live", "10.0.0.5", "NEWSALERT_ALLOWED_PRIVATE_NETWORKS"),
        ("http://[::1]:8080/live", PUBLIC, "resolves to ::1"),
        ("file:///etc/passwd", PUBLIC, "only http"),
        ("ftp://x.example/feed", PUBLIC, "only http"),
    ],
)
async def test_ssrf_guard_refuses(url: str, resolve_to: str, message: str) -> None:
    async with _fetcher(lambda r: httpx.Response(200), resolve_to=resolve_to) as fetcher:
        with pytest.raises(ConfigError, match=message):
            await fetcher.fetch(url)


async def test_redirect_into_private_network_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "http://169.254.169.254/meta"})

    async with _fetcher(handler) as fetcher:
        with pytest.raises(ConfigError, match=r"169\.254\.169\.254"):
            await fetcher.fetch("http://news.example/live")


async def test_redirect_is_followed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "/new"})
        return httpx.Response(200, content=b"moved", headers={"content-type": "text/plain"})

    async with _fetcher(handler) as fetcher:
        result = await fetcher.fetch("http://news.example/old")
    assert (result.url, result.content) == ("http://news.example/new", b"moved")


async def test_conditional_get_and_not_modified() -> None:
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.headers))
        if request.headers.get("if-none-match") == '"v1"':
            return httpx.Response(304)
        return httpx.Response(
            200, content=b"page", headers={"etag": '"v1"', "last-modified": "Mon, 1 Jan 2031"}
        )

    def clock() -> datetime:
        return datetime(2031, 1, 1, tzinfo=UTC)

    async with _fetcher(handler) as fetcher:
        first = await fetcher.fetch("http://news.example/live", now=clock)
        second = await fetcher.fetch(
            "http://news.example/live", etag=first.etag, last_modified=first.last_modified
        )
    assert (first.content, first.etag, first.fetched_at) == (b"page", '"v1"', clock())
    assert second.not_modified
    assert second.content is None
    assert seen[1]["if-modified-since"] == "Mon, 1 Jan 2031"
    assert "newsalert" in seen[0]["user-agent"]


async def test_transient_failures_retry_with_exponential_backoff() -> None:
    answers = iter([500, 503, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(answers), content=b"ok")

    fetcher = _fetcher(handler, retries=2, backoff_seconds=1.0)
    async with fetcher:
        result = await fetcher.fetch("http://news.example/live")
    assert result.content == b"ok"
    assert fetcher.sleep.delays == [0.5, 1.0]  # type: ignore[attr-defined]  # Recorder


async def test_retries_exhausted_raise_the_last_error() -> None:
    fetcher = _fetcher(lambda r: httpx.Response(502), retries=1)
    async with fetcher:
        with pytest.raises(FetchError, match="answered 502") as info:
            await fetcher.fetch("http://news.example/live")
    assert info.value.transient
    assert info.value.status == 502


async def test_short_retry_after_is_waited_for() -> None:
    answers = iter([httpx.Response(429, headers={"retry-after": "3"}), httpx.Response(200)])
    fetcher = _fetcher(lambda r: next(answers), retries=1, max_retry_after_wait=5.0)
    async with fetcher:
        await fetcher.fetch("http://news.example/live")
    assert fetcher.sleep.delays == [3.0]  # type: ignore[attr-defined]  # Recorder


async def test_long_retry_after_is_handed_to_the_poller() -> None:
    fetcher = _fetcher(lambda r: httpx.Response(429, headers={"retry-after": "120"}))
    async with fetcher:
        with pytest.raises(FetchError, match="429") as info:
            await fetcher.fetch("http://news.example/live")
    assert info.value.retry_after == 120.0
    assert fetcher.sleep.delays == []  # type: ignore[attr-defined]  # Recorder


@pytest.mark.parametrize(
    ("status", "hint"), [(404, "fix its URL"), (410, "remove"), (403, "check")]
)
async def test_client_errors_are_not_retried(status: int, hint: str) -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(status)

    async with _fetcher(handler, retries=3) as fetcher:
        with pytest.raises(FetchError, match=hint) as info:
            await fetcher.fetch("http://news.example/live")
    assert not info.value.transient
    assert calls == 1


async def test_declared_oversize_body_is_refused() -> None:
    fetcher = _fetcher(lambda r: httpx.Response(200, content=b"x" * 2000), max_bytes=1000)
    async with fetcher:
        with pytest.raises(FetchError, match="over the 1000-byte limit"):
            await fetcher.fetch("http://news.example/live")


async def test_streamed_oversize_body_stops_reading() -> None:
    sent = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal sent
        for _ in range(1000):
            sent += 1
            yield b"x" * 100

    fetcher = _fetcher(lambda r: httpx.Response(200, content=chunks()), max_bytes=1000)
    async with fetcher:
        with pytest.raises(FetchError, match="stopped reading"):
            await fetcher.fetch("http://news.example/live")
    assert sent < 20


@pytest.mark.parametrize(
    ("exc", "message"),
    [
        (httpx.ReadTimeout("slow"), "did not answer within"),
        (httpx.ConnectError("refused"), "connection failed"),
    ],
)
async def test_transport_errors_become_fetch_errors(exc: Exception, message: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    async with _fetcher(handler, retries=0) as fetcher:
        with pytest.raises(FetchError, match=message):
            await fetcher.fetch("http://news.example/live?token=secret")


async def test_messages_do_not_show_query_strings() -> None:
    async with _fetcher(lambda r: httpx.Response(404)) as fetcher:
        with pytest.raises(FetchError) as info:
            await fetcher.fetch("http://news.example/live?token=secret")
    assert "secret" not in str(info.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        ("Wed, 01 Jan 2031 00:01:00 GMT", 60.0),
        ("Tue, 31 Dec 2030 00:00:00 GMT", 0.0),
        ("soon", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    now = datetime(2031, 1, 1, tzinfo=UTC)
    assert parse_retry_after(value, now=now) == expected


async def test_plain_http_connects_to_the_checked_address() -> None:
    """No second DNS lookup between the check and the connection (DNS rebinding)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"ok")

    async with _fetcher(handler) as fetcher:
        result = await fetcher.fetch("http://news.example:8080/live?x=1")
    assert result.url == "http://news.example:8080/live?x=1"
    assert (seen[0].url.host, seen[0].url.port, seen[0].url.path) == (PUBLIC, 8080, "/live")
    assert seen[0].headers["host"] == "news.example:8080"


async def test_name_that_does_not_resolve() -> None:
    async def nothing(host: str, port: int) -> list[str]:
        return []

    fetcher = Fetcher(
        transport=httpx.MockTransport(lambda r: httpx.Response(200)), resolver=nothing
    )
    async with fetcher:
        with pytest.raises(FetchError, match="does not resolve"):
            await fetcher.fetch("http://nowhere.example/")


def test_policy_from_settings_takes_the_allowed_networks() -> None:
    settings = load_settings(allowed_private_networks="127.0.0.0/8, 10.1.0.0/16")
    policy = FetchPolicy.from_settings(settings, timeout_seconds=5.0)
    assert policy.allowed_networks == (
        ipaddress.ip_network("127.0.0.0/8"),
        ipaddress.ip_network("10.1.0.0/16"),
    )
    assert policy.timeout_seconds == 5.0
