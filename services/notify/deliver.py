"""I/O: send rendered messages through Apprise, one cached Apprise object per channel URL.

Each send awaits `Apprise.async_notify` for exactly one target, so its own result
(status, attempts, error) is known. Concurrency is bounded by a semaphore no larger
than Apprise's shared worker pool, which is sized up once (tech-notes 2.6) so slow
endpoints do not queue behind each other. Errors never carry the channel URL in
clear: they are built from Apprise's per-attempt log lines and then redacted.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import ipaddress
import re
import socket
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import apprise
import apprise.apprise as apprise_core

from services.notify import console
from services.notify.render import Priority, RenderedMessage
from shared.errors import ChannelError, ConfigError
from shared.network import Network, blocked_message, is_blocked
from shared.redact import redact_text, redact_url

__all__ = [
    "ChannelSender",
    "Network",
    "SendResult",
    "validate_channel_url",
    "with_priority",
]

console.register()  # console:// must resolve wherever delivery is used

# Per-scheme query values for our Priority; NORMAL leaves the channel's own default.
# Pushover "emergency" repeats until acknowledged, so MAX stops at "high" there.
_NTFY = {Priority.MAX: "max", Priority.HIGH: "high", Priority.LOW: "low"}
_GOTIFY = {Priority.MAX: "emergency", Priority.HIGH: "high", Priority.LOW: "moderate"}
_PRIORITY_PARAM: dict[str, dict[Priority, str]] = {
    "ntfy": _NTFY,
    "ntfys": _NTFY,
    "gotify": _GOTIFY,
    "gotifys": _GOTIFY,
    "pover": {Priority.MAX: "high", Priority.HIGH: "high", Priority.LOW: "moderate"},
}

# Channels whose server the subscriber chooses: these can point into our own network.
_SELF_HOSTED = frozenset(
    {"json", "jsons", "form", "forms", "xml", "xmls", "ntfy", "ntfys", "gotify", "gotifys"}
    | {"mailto", "mailtos", "apprise", "apprises", "mmost", "mmosts", "rocket", "rockets"}
)

_VERDICT_SECONDS = 60.0
MAX_SECONDS_BETWEEN_SENDS = 1.0
"""Slack's webhook limit is one message per second; no service here needs more."""

_MIN_SECRET_LEN = 6  # shorter fragments are words like 'high', not tokens
_GRACE_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class SendResult:
    """The outcome of one message to one channel; `error` is redacted."""

    ok: bool
    error: str | None
    latency_ms: float
    attempts: int
    timed_out: bool = False

    def raise_for_error(self) -> None:
        """Raise ChannelError when the send failed."""
        if not self.ok:
            raise ChannelError(self.error or "channel failed")


def validate_channel_url(url: str, *, allowed_networks: Sequence[Network] | None = None) -> None:
    """Raise ConfigError (with the URL redacted) when Apprise cannot use `url`.

    With `allowed_networks` (NEWSALERT_ALLOWED_PRIVATE_NETWORKS), a channel whose server
    is a private, loopback or link-local address outside them is refused too. This
    resolves the host name, so call it off the event loop when that matters.
    """
    if not isinstance(url, str) or "://" not in url:
        raise ConfigError(
            f"channel {redact_url(str(url))} is not an Apprise URL; "
            "write it as scheme://... (e.g. mailto://, slack://, ntfy://, json://)"
        )
    ap = apprise.Apprise()
    if not ap.add(url.strip()):
        scheme = url.split("://", 1)[0].strip().lower()
        raise ConfigError(
            f"channel {redact_url(url)} cannot be used: Apprise does not accept this "
            f"{scheme}:// URL; check the scheme and its required parts "
            "(https://appriseit.com/services/)"
        )
    if len(ap) != 1:
        raise ConfigError(
            f"channel {redact_url(url)} holds {len(ap)} URLs; give each channel its own entry"
        )
    plugin = ap[0]
    if allowed_networks is not None:
        problem = _private_target(plugin, allowed_networks)
        if problem:
            raise ConfigError(f"channel {redact_url(url)} cannot be used: {problem}")


def _server_host(plugin: Any) -> str | None:
    """The host a self-hosted channel (webhook, ntfy, Gotify, SMTP) connects to, else None."""
    if plugin.secure_protocol not in _SELF_HOSTED or getattr(plugin, "mode", None) == "cloud":
        return None
    host = getattr(plugin, "smtp_host", None) or getattr(plugin, "host", None)
    return str(host).strip("[]") if host else None


def _private_target(plugin: Any, allowed: Sequence[Network]) -> str | None:
    """Why the plugin's server is off limits (private and not allowed), or None."""
    host = _server_host(plugin)
    if host is None:
        return None
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError:
        return None  # unresolvable now: the send fails on its own, with its own error
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if is_blocked(address, allowed):
            return f"its server resolves to {blocked_message(address)}"
    return None


def with_priority(url: str, priority: Priority) -> str:
    """`url` with the channel's priority parameter set, unless the URL already sets one."""
    scheme = url.split("://", 1)[0].lower()
    value = _PRIORITY_PARAM.get(scheme, {}).get(priority)
    if value is None:
        return url
    query = urlsplit(url).query
    if any(key.lower() == "priority" for key, _ in parse_qsl(query, keep_blank_values=True)):
        return url  # the subscriber's explicit choice wins
    return f"{url}{'&' if '?' in url else '?'}priority={value}"


def _size_shared_executor(workers: int) -> None:
    """Give Apprise's process-wide pool at least `workers` threads.

    Apprise has no public knob: the default min(32, cpu+4) pool makes slow
    webhooks wait in waves. `_shared_executor` is private; if it disappears in
    a later Apprise, the semaphore alone still bounds the work.
    """
    current = getattr(apprise_core, "_shared_executor", None)
    lock = getattr(apprise_core, "_shared_executor_lock", threading.Lock())
    with lock:
        current = getattr(apprise_core, "_shared_executor", None)
        if current is not None and getattr(current, "_max_workers", 0) >= workers:
            return
        if hasattr(apprise_core, "_shared_executor"):
            # An old, smaller pool finishes what it holds; new sends go to the new one.
            apprise_core._shared_executor = cf.ThreadPoolExecutor(
                max_workers=workers, thread_name_prefix="apprise-send"
            )


class ChannelSender:
    """Sends to Apprise targets with a per-URL object cache and bounded concurrency."""

    def __init__(
        self,
        *,
        max_concurrency: int = 32,
        cache_size: int = 4096,
        allowed_networks: Sequence[Network] | None = None,
    ) -> None:
        """`allowed_networks`: None sends anywhere; a sequence (maybe empty) refuses
        self-hosted channels that resolve to private addresses outside it."""
        self._max_concurrency = max_concurrency
        self._allowed_networks = None if allowed_networks is None else tuple(allowed_networks)
        self._cache_size = cache_size
        self._cache: OrderedDict[str, apprise.Apprise] = OrderedDict()
        self._cache_lock = threading.Lock()
        # asyncio primitives belong to one loop; tests and CLIs may run several.
        self._semaphores: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, asyncio.Semaphore
        ] = weakref.WeakKeyDictionary()
        self._verdicts: dict[str, tuple[float, str | None]] = {}
        self._locks: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, dict[str, asyncio.Lock]
        ] = weakref.WeakKeyDictionary()
        _size_shared_executor(max_concurrency)

    def _semaphore(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        sem = self._semaphores.get(loop)
        if sem is None:
            sem = self._semaphores[loop] = asyncio.Semaphore(self._max_concurrency)
        return sem

    async def _target_problem(self, plugin: Any, allowed: Sequence[Network]) -> str | None:
        """`_private_target`, remembered per host for a minute: a fan-out to thousands of
        channels on a few servers must not resolve each name thousands of times."""
        host = _server_host(plugin)
        if host is None:
            return None
        now = time.monotonic()
        known = self._verdicts.get(host)
        if known is not None and known[0] > now:
            return known[1]
        problem = await asyncio.to_thread(_private_target, plugin, allowed)
        self._verdicts[host] = (now + _VERDICT_SECONDS, problem)
        return problem

    def _channel_lock(self, url: str) -> asyncio.Lock:
        """One send at a time per channel, so a send's timeout never covers time spent
        queueing behind others (a send that timed out while queued would still go out
        later, and its retry would be a duplicate)."""
        locks = self._locks.get(asyncio.get_running_loop())
        if locks is None:
            locks = self._locks[asyncio.get_running_loop()] = {}
        lock = locks.get(url)
        if lock is None:
            lock = locks[url] = asyncio.Lock()
        return lock

    def _apprise_for(self, url: str) -> apprise.Apprise | None:
        """The cached Apprise object for one target URL, built on first use."""
        with self._cache_lock:
            ap = self._cache.get(url)
            if ap is not None:
                self._cache.move_to_end(url)
                return ap
        ap = apprise.Apprise()
        # One channel is one target: Apprise would split "a://x, b://y" into two.
        if not ap.add(url) or len(ap) != 1:
            return None
        # Apprise waits 5.5 s between two sends to most services; alerts cannot wait
        # that long, and one send per channel at a time (above) is polite enough.
        ap[0].request_rate_per_sec = min(ap[0].request_rate_per_sec, MAX_SECONDS_BETWEEN_SENDS)
        with self._cache_lock:
            self._cache[url] = ap
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return ap

    def forget(self, url: str) -> None:
        """Drop cached objects for `url` (e.g. when its subscription is removed)."""
        variants = {with_priority(url.strip(), priority) for priority in Priority}
        with self._cache_lock:
            for key in variants:
                self._cache.pop(key, None)

    @property
    def cached(self) -> int:
        """How many Apprise objects are cached."""
        return len(self._cache)

    async def send(
        self,
        channel_url: str,
        message: RenderedMessage,
        *,
        timeout: float = 10.0,  # noqa: ASYNC109 - Apprise enforces it per service and reports TIMEOUT
    ) -> SendResult:
        """Send `message` to one channel; never raises for channel failures."""
        started = time.perf_counter()
        url = with_priority(channel_url.strip(), message.priority)
        ap = self._apprise_for(url)
        if ap is None:
            return SendResult(
                ok=False,
                error=f"channel {redact_url(channel_url)} is not a valid Apprise URL",
                latency_ms=_ms(started),
                attempts=0,
            )
        if self._allowed_networks is not None:
            # Re-checked per send: DNS may have changed since the channel was validated.
            problem = await self._target_problem(ap[0], self._allowed_networks)
            if problem:
                return SendResult(
                    ok=False,
                    error=f"channel {redact_url(channel_url)} refused: {problem}",
                    latency_ms=_ms(started),
                    attempts=0,
                )
        async with self._channel_lock(url), self._semaphore():
            try:
                result = await asyncio.wait_for(
                    ap.async_notify(
                        body=message.body,
                        title=message.title,
                        body_format=message.body_format.value,
                        notify_type=message.notify_type.value,
                        timeout=timeout,
                    ),
                    # Apprise enforces `timeout` itself; this only guards against a hang.
                    timeout=timeout + _GRACE_SECONDS,
                )
            except TimeoutError:
                return SendResult(
                    ok=False,
                    error=f"channel {redact_url(channel_url)} timed out after {timeout:g}s",
                    latency_ms=_ms(started),
                    attempts=1,
                    timed_out=True,
                )
            except Exception as err:  # an Apprise crash must not stop the notifier
                return SendResult(
                    ok=False,
                    error=_scrub(
                        f"channel {redact_url(channel_url)} failed: {type(err).__name__}: {err}",
                        channel_url,
                    ),
                    latency_ms=_ms(started),
                    attempts=1,
                )
        return _outcome(result, channel_url, timeout, started)


def _outcome(
    result: apprise.AppriseResult, channel_url: str, timeout: float, started: float
) -> SendResult:
    services = list(result)
    attempts = sum(len(item.attempts) for item in services) or 1
    if bool(result):
        return SendResult(ok=True, error=None, latency_ms=_ms(started), attempts=attempts)
    timed_out = (
        any(item.status == apprise.AppriseResultStatus.TIMEOUT for item in services)
        or result.status == apprise.AppriseResultStatus.TIMEOUT
    )
    if timed_out:
        detail = f"timed out after {timeout:g}s"
    else:
        detail = _last_warning(services) or f"Apprise reported {result.status.name}"
    error = _scrub(f"channel {redact_url(channel_url)} failed: {detail}", channel_url)
    return SendResult(
        ok=False, error=error, latency_ms=_ms(started), attempts=attempts, timed_out=timed_out
    )


def _last_warning(services: list[apprise.NotifyResult]) -> str | None:
    for item in reversed(services):
        for attempt in reversed(item.attempts):
            for entry in reversed(list(attempt.logs)):
                if getattr(entry, "level", "") in {"WARNING", "ERROR", "CRITICAL"}:
                    return str(entry.message).strip()
    return None


def _secrets(url: str) -> set[str]:
    """Every part of a channel URL that may be a secret: user, password, path, query."""
    parts: set[str] = set()
    try:
        split = urlsplit(url)
    except ValueError:
        return parts
    for piece in (split.username, split.password, *split.path.split("/")):
        if piece:
            parts.update({piece, unquote(piece)})
    # Query values, not keys: `+X-Api-Key=...` or `-token=...` carry the secret on the right.
    for _key, value in parse_qsl(split.query, keep_blank_values=True):
        parts.add(value)
    netloc_host = split.netloc.rsplit("@", 1)[-1]
    parts.discard(netloc_host)
    return {part for part in parts if len(part) >= _MIN_SECRET_LEN}


def _scrub(text: str, url: str) -> str:
    """Mask URLs and any fragment of the channel URL that Apprise echoed back."""
    text = redact_text(text)
    for secret in sorted(_secrets(url), key=len, reverse=True):
        text = re.sub(re.escape(secret), "***", text)
    return text


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)
