"""Polite HTTP fetching of sources: conditional GET, backoff, size cap, SSRF guard.

One `Fetcher` holds one `httpx.AsyncClient` for the life of the service. Errors are
ours: `FetchError` (the source failed, maybe only for now) and `ConfigError` (the
source's URL can never work as configured, e.g. it points into a private network).
"""

from __future__ import annotations

import asyncio
import ipaddress
import random
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from shared.errors import ConfigError, NewsalertError
from shared.network import Address, Network, is_blocked
from shared.redact import redact_url
from shared.settings import Settings

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_TRANSIENT_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
MAX_REDIRECTS = 5


class FetchError(NewsalertError):
    """A fetch failed; `transient` failures may succeed later, `retry_after` says when."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        transient: bool = True,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.transient = transient
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How politely and how defensively to fetch."""

    timeout_seconds: float = 15.0
    max_bytes: int = 5 * 1024 * 1024
    max_per_host: int = 2
    retries: int = 2
    backoff_seconds: float = 0.5
    max_backoff_seconds: float = 30.0
    max_retry_after_wait: float = 10.0
    allowed_networks: tuple[Network, ...] = ()
    user_agent: str = "newsalert/0.1 (news alert service; polite polling)"

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> FetchPolicy:
        """The policy the service runs with: private networks from NEWSALERT_ALLOWED_..."""
        return cls(allowed_networks=tuple(settings.allowed_private_networks), **overrides)


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A response: `content` is None when the server said 304 Not Modified."""

    url: str
    status: int
    content: bytes | None
    content_type: str | None
    etag: str | None
    last_modified: str | None
    fetched_at: datetime

    @property
    def not_modified(self) -> bool:
        return self.content is None


Resolver = Callable[[str, int], Awaitable[list[str]]]


@dataclass
class Fetcher:
    """Fetches URLs with one shared client; use as an async context manager or `aclose()`."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    transport: httpx.AsyncBaseTransport | None = None
    resolver: Resolver | None = None
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    jitter: Callable[[], float] = random.random
    _client: httpx.AsyncClient = field(init=False, repr=False)
    _per_host: dict[str, asyncio.Semaphore] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._client = httpx.AsyncClient(
            transport=self.transport,
            timeout=httpx.Timeout(self.policy.timeout_seconds),
            follow_redirects=False,  # each hop is checked against the SSRF guard
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
            trust_env=False,
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> FetchResult:
        """GET `url` (conditionally), retrying transient failures with backoff and jitter."""
        attempt = 0
        while True:
            try:
                return await self._fetch_once(url, etag, last_modified, now)
            except FetchError as err:
                if not err.transient or attempt >= self.policy.retries:
                    raise
                delay = self._backoff(attempt)
                if err.retry_after is not None:
                    if err.retry_after > self.policy.max_retry_after_wait:
                        raise  # too long to wait here; the poller schedules the next try
                    delay = max(delay, err.retry_after)
                attempt += 1
                await self.sleep(delay)

    def _backoff(self, attempt: int) -> float:
        """Exponential, capped, with full jitter over its upper half."""
        ceiling = min(self.policy.max_backoff_seconds, self.policy.backoff_seconds * 2.0**attempt)
        return ceiling * (0.5 + self.jitter() / 2)

    async def _fetch_once(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        now: Callable[[], datetime] | None,
    ) -> FetchResult:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            host, address = await self._check_target(current)
            async with self._host_slot(host):
                try:
                    async with asyncio.timeout(self.policy.timeout_seconds * 2):
                        result = await self._get(current, address, headers, now)
                except TimeoutError:
                    raise FetchError(
                        f"{redact_url(current)} did not answer within "
                        f"{self.policy.timeout_seconds:g} s"
                    ) from None
            if isinstance(result, FetchResult):
                return result
            current = result  # a redirect target
        raise FetchError(f"{redact_url(url)}: more than {MAX_REDIRECTS} redirects", transient=False)

    async def _get(
        self,
        url: str,
        address: Address,
        headers: dict[str, str],
        now: Callable[[], datetime] | None,
    ) -> FetchResult | str:
        """One request: a result, or the URL a redirect points to."""
        shown = redact_url(url)
        target = httpx.URL(url)
        if target.scheme == "http":
            # Connect to the address just checked, so a second DNS answer cannot point the
            # request elsewhere (DNS rebinding). HTTPS is protected by certificate checks.
            headers = {**headers, "Host": target.netloc.decode("ascii")}
            target = target.copy_with(host=str(address))
        try:
            async with self._client.stream("GET", target, headers=headers) as response:
                status = response.status_code
                if status in _REDIRECTS and "location" in response.headers:
                    return urljoin(url, response.headers["location"])
                if status == 304:
                    return self._result(url, response, None, now)
                if status >= 400:
                    raise _status_error(shown, response)
                content = await self._read_capped(shown, response)
                return self._result(url, response, content, now)
        except httpx.TimeoutException:
            raise FetchError(
                f"{shown} did not answer within {self.policy.timeout_seconds:g} s"
            ) from None
        except httpx.TransportError as err:
            raise FetchError(f"{shown}: connection failed ({type(err).__name__})") from None
        except httpx.HTTPError as err:
            raise FetchError(f"{shown}: request failed ({type(err).__name__})") from None

    async def _read_capped(self, shown: str, response: httpx.Response) -> bytes:
        """The body, refusing anything over `max_bytes` without reading the rest."""
        limit = self.policy.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(
                f"{shown}: response of {declared} bytes is over the {limit}-byte limit",
                status=response.status_code,
                transient=False,
            )
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(
                    f"{shown}: response over the {limit}-byte limit; stopped reading",
                    status=response.status_code,
                    transient=False,
                )
            chunks.append(chunk)
        return b"".join(chunks)

    def _result(
        self,
        url: str,
        response: httpx.Response,
        content: bytes | None,
        now: Callable[[], datetime] | None,
    ) -> FetchResult:
        return FetchResult(
            url=url,
            status=response.status_code,
            content=content,
            content_type=response.headers.get("content-type"),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            fetched_at=now() if now else datetime.now(UTC),
        )

    def _host_slot(self, host: str) -> asyncio.Semaphore:
        if host not in self._per_host:
            self._per_host[host] = asyncio.Semaphore(self.policy.max_per_host)
        return self._per_host[host]

    async def _check_target(self, url: str) -> tuple[str, Address]:
        """The host and an address to connect to; refuses targets in networks not allowed."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"{redact_url(url)}: only http:// and https:// URLs can be fetched")
        host = parts.hostname
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise ConfigError(f"{redact_url(url)}: invalid port") from None
        addresses = await self._resolve(host, port)
        if not addresses:
            raise FetchError(f"{host}: name does not resolve")
        for address in addresses:
            if is_blocked(address, self.policy.allowed_networks):
                raise ConfigError(
                    f"{redact_url(url)}: {host} resolves to {address}, a private, loopback or "
                    "link-local address; add its network to NEWSALERT_ALLOWED_PRIVATE_NETWORKS "
                    "if this source is meant to be reached"
                )
        return host, addresses[0]

    async def _resolve(self, host: str, port: int) -> list[Address]:
        try:
            return [ipaddress.ip_address(host)]
        except ValueError:
            pass
        try:
            if self.resolver is not None:
                names = await self.resolver(host, port)
            else:
                infos = await asyncio.get_running_loop().getaddrinfo(
                    host, port, type=socket.SOCK_STREAM
                )
                names = [str(info[4][0]) for info in infos]
            return [ipaddress.ip_address(name.split("%", 1)[0]) for name in names]
        except (OSError, ValueError) as err:
            raise FetchError(f"{host}: name does not resolve ({err})") from None


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _status_error(shown: str, response: httpx.Response) -> FetchError:
    status = response.status_code
    reason = response.reason_phrase or ""
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    if status in _TRANSIENT_STATUS:
        wait = f"; asked to wait {retry_after:g} s" if retry_after is not None else ""
        return FetchError(
            f"{shown} answered {status} {reason}{wait}".rstrip(),
            status=status,
            retry_after=retry_after,
        )
    hint = "remove the source or fix its URL" if status in (404, 410) else "check the source"
    return FetchError(f"{shown} answered {status} {reason}; {hint}", status=status, transient=False)
