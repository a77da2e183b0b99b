"""Delivery against real loopback receivers: HTTP (json, ntfy), SMTP, and Slack at `requests`."""

from __future__ import annotations

import asyncio
import email
import email.policy
import ipaddress
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import requests
from aiosmtpd.controller import Controller

from services.notify.deliver import ChannelSender, SendResult, validate_channel_url, with_priority
from services.notify.render import (
    BodyFormat,
    ChannelFamily,
    Priority,
    RenderedMessage,
    render,
)
from shared.errors import ChannelError, ConfigError
from shared.models import (
    Classification,
    Count,
    Facts,
    NewsUpdate,
    Place,
    Severity,
    SourceRef,
    StoryChange,
    Topic,
    TopicTag,
)

# --- receivers -----------------------------------------------------------------------


@dataclass
class Captured:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class HttpReceiver:
    """A threaded HTTP server on loopback; paths containing `missing` answer 404."""

    port: int
    requests: list[Captured] = field(default_factory=list)
    delay: float = 0.0

    def url(self, scheme: str, path: str) -> str:
        return f"{scheme}://127.0.0.1:{self.port}/{path.lstrip('/')}"


class _Server(ThreadingHTTPServer):
    request_queue_size = 64  # concurrent connects queue up otherwise (tech-notes 2.7)
    daemon_threads = True


@pytest.fixture
def receiver() -> Iterator[HttpReceiver]:
    state = HttpReceiver(port=0)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            body = self.rfile.read(length)
            state.requests.append(Captured("POST", self.path, dict(self.headers), body))
            if "slow" in self.path:
                time.sleep(state.delay)
            code = 404 if "missing" in self.path else 200
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output clean

    server = _Server(("127.0.0.1", 0), Handler)
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


class _MailSink:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        raw = envelope.original_content or envelope.content
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp() -> Iterator[tuple[int, _MailSink]]:
    sink = _MailSink()
    # The controller connects to its own port to check it started, so it needs a real one.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, sink
    finally:
        controller.stop()


@pytest.fixture
def sender() -> ChannelSender:
    return ChannelSender(max_concurrency=16)


# --- fixtures of our own -------------------------------------------------------------


def _alert(**changes: Any) -> Classification:
    update = NewsUpdate(
        id="upd-7",
        revision="r2",
        source=SourceRef(id="wire-x", name="Wire X", url="https://wire.example.org"),
        url="https://wire.example.org/live/7?ref=a&b=1",
        headline="Shelling of a market in Testville leaves 3 dead",
        body="Three people died when shells hit a market in Testville on Tuesday.",
        published_at=datetime(2026, 3, 4, 9, 30, tzinfo=UTC),
    )
    base: dict[str, Any] = {
        "update": update,
        "topics": [
            TopicTag(topic=Topic.CASUALTIES, confidence=0.9),
            TopicTag(topic=Topic.STRIKE, confidence=0.8),
        ],
        "severity": Severity.HIGH,
        "severity_reason": "high: 3 killed",
        "facts": Facts(
            killed=Count(value=3),
            places=[Place(name="Testville", region="Testshire Oblast", country="UA")],
        ),
        "story_id": "story-9",
        "story_change": StoryChange.UPDATED,
        "changes": ["killed 2 -> 3"],
    }
    base.update(changes)
    return Classification(**base)


REASON = "casualties >= high in Testshire oblast"


def _msg(family: ChannelFamily, **changes: Any) -> RenderedMessage:
    return render(_alert(**changes), REASON, family)


# --- tests ---------------------------------------------------------------------------


async def test_json_webhook_receives_the_classification(
    receiver: HttpReceiver, sender: ChannelSender
) -> None:
    """json:// posts Apprise's envelope whose message is the full Classification JSON."""
    url = receiver.url("json", "hooks/news?+X-Api-Key=very-secret-key")
    result = await sender.send(url, _msg(ChannelFamily.WEBHOOK), timeout=5)

    assert result.ok, result.error
    assert result.attempts == 1
    assert result.latency_ms > 0
    [got] = receiver.requests
    assert got.path == "/hooks/news"
    assert got.headers["X-Api-Key"] == "very-secret-key"
    envelope = got.json()
    assert envelope["title"] == "Shelling of a market in Testville leaves 3 dead"
    assert envelope["type"] == "warning"
    assert json.loads(envelope["message"])["match_reason"] == REASON
    alert = Classification.model_validate_json(envelope["message"])
    assert alert == _alert()


async def test_ntfy_receives_title_body_and_priority(
    receiver: HttpReceiver, sender: ChannelSender
) -> None:
    """A high alert sets ntfy's priority header; the body says why and what changed."""
    result = await sender.send(receiver.url("ntfy", "alerts"), _msg(ChannelFamily.PUSH), timeout=5)

    assert result.ok, result.error
    [got] = receiver.requests
    payload = got.json()
    assert payload["topic"] == "alerts"
    assert payload["title"].startswith("🔴 HIGH: Shelling of a market")
    assert "killed 2 -> 3" in payload["message"]
    assert REASON in payload["message"]
    assert got.headers["X-Priority"] == "high"


async def test_ntfy_priority_in_url_wins(receiver: HttpReceiver, sender: ChannelSender) -> None:
    url = receiver.url("ntfy", "alerts?priority=min")
    result = await sender.send(url, _msg(ChannelFamily.PUSH, severity=Severity.CRITICAL), timeout=5)

    assert result.ok, result.error
    assert receiver.requests[0].headers["X-Priority"] == "min"


async def test_404_is_a_failure_with_a_redacted_error(
    receiver: HttpReceiver, sender: ChannelSender
) -> None:
    url = receiver.url("json", "missing/hook?-token=tok-abcdef123")
    result = await sender.send(url, _msg(ChannelFamily.WEBHOOK), timeout=5)

    assert not result.ok
    assert result.attempts == 1
    assert result.error is not None
    assert "404" in result.error
    assert "tok-abcdef123" not in result.error
    assert "json://***" in result.error
    with pytest.raises(ChannelError, match="404"):
        result.raise_for_error()


async def test_connection_refused_is_a_failure(sender: ChannelSender) -> None:
    # Port 9 (discard) is closed on loopback in test environments.
    result = await sender.send("json://127.0.0.1:9/x", _msg(ChannelFamily.WEBHOOK), timeout=5)

    assert not result.ok
    assert result.error is not None
    assert "127.0.0.1:9" not in result.error


async def test_slow_receiver_times_out(receiver: HttpReceiver, sender: ChannelSender) -> None:
    receiver.delay = 2.0
    result = await sender.send(
        receiver.url("json", "slow/hook"), _msg(ChannelFamily.WEBHOOK), timeout=0.5
    )

    assert not result.ok
    assert result.timed_out
    assert result.latency_ms < 1900
    assert "timed out" in (result.error or "")


async def test_email_has_subject_and_both_parts(
    smtp: tuple[int, _MailSink], sender: ChannelSender
) -> None:
    port, sink = smtp
    url = f"mailto://127.0.0.1:{port}?from=a@example.org&to=b@example.org&mode=insecure"
    result = await sender.send(url, _msg(ChannelFamily.EMAIL), timeout=10)

    assert result.ok, result.error
    [mail] = sink.messages
    assert mail["Subject"].startswith("[newsalert] HIGH casualties, strike: Shelling of a market")
    plain = mail.get_body(preferencelist=("plain",))
    rich = mail.get_body(preferencelist=("html",))
    assert plain is not None
    assert rich is not None
    text, markup = plain.get_content(), rich.get_content()
    assert "killed 2 -> 3" in text
    assert REASON in text
    # The link survives in the plain part because it is the link's text.
    assert "https://wire.example.org/live/7?ref=a&b=1" in text
    assert '<a href="https://wire.example.org/live/7?ref=a&amp;b=1">' in markup
    assert "<li>killed 2 -&gt; 3</li>" in markup


async def test_slack_payload_is_mrkdwn_with_link(
    slack_requests: list[requests.PreparedRequest], sender: ChannelSender
) -> None:
    url = "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ/#news"
    result = await sender.send(url, _msg(ChannelFamily.SLACK), timeout=5)

    assert result.ok, result.error
    [request] = slack_requests
    assert request.url == (
        "https://hooks.slack.com/services/T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ"
    )
    assert isinstance(request.body, bytes | str)
    payload = json.loads(request.body)
    assert payload["mrkdwn"] is True
    [attachment] = payload["attachments"]
    assert payload["channel"] == "#news"
    assert attachment["title"] == "🔴 HIGH: Shelling of a market in Testville leaves 3 dead"
    text = attachment["text"]
    assert text.startswith("🔴 *HIGH*: Shelling of a market in Testville leaves 3 dead\n")
    assert "*Story updated*: killed 2 → 3" in text
    assert "_Why you got this_: casualties ≥ high in Testshire oblast" in text
    assert text.endswith("Source: <https://wire.example.org/live/7?ref=a&amp;b=1|Wire X>")


async def test_apprise_object_is_built_once_per_target(
    receiver: HttpReceiver, sender: ChannelSender
) -> None:
    url = receiver.url("json", "hooks/a")
    for _ in range(3):
        assert (await sender.send(url, _msg(ChannelFamily.WEBHOOK), timeout=5)).ok
    assert sender.cached == 1
    sender.forget(url)
    assert sender.cached == 0


async def test_concurrent_sends_each_get_their_own_result(
    receiver: HttpReceiver, sender: ChannelSender
) -> None:
    urls = [receiver.url("json", f"hooks/{i}") for i in range(10)]
    urls += [receiver.url("json", f"missing/{i}") for i in range(3)]
    results = await asyncio.gather(
        *(sender.send(url, _msg(ChannelFamily.WEBHOOK), timeout=5) for url in urls)
    )
    assert [r.ok for r in results] == [True] * 10 + [False] * 3
    assert len(receiver.requests) == 13


async def test_slow_targets_run_in_parallel(receiver: HttpReceiver, sender: ChannelSender) -> None:
    """Twelve 0.5 s receivers finish in about one wave, not several (tech-notes 2.6)."""
    receiver.delay = 0.5
    urls = [receiver.url("json", f"slow/{i}") for i in range(12)]
    started = time.perf_counter()
    results = await asyncio.gather(
        *(sender.send(url, _msg(ChannelFamily.WEBHOOK), timeout=5) for url in urls)
    )
    elapsed = time.perf_counter() - started
    assert all(r.ok for r in results)
    assert elapsed < 1.2


async def test_console_goes_through_delivery(
    sender: ChannelSender, capsys: pytest.CaptureFixture[str]
) -> None:
    result = await sender.send("console://?color=no", _msg(ChannelFamily.CONSOLE), timeout=5)

    assert result.ok, result.error
    out = capsys.readouterr().out
    assert "HIGH: Shelling of a market in Testville leaves 3 dead" in out
    assert "killed 2 -> 3" in out


async def test_invalid_url_is_a_failed_result(sender: ChannelSender) -> None:
    result = await sender.send("slack://onlyonetoken", _msg(ChannelFamily.SLACK), timeout=5)
    assert result == SendResult(
        ok=False,
        error="channel slack://*** is not a valid Apprise URL",
        latency_ms=result.latency_ms,
        attempts=0,
    )


async def test_two_urls_in_one_channel_are_refused(sender: ChannelSender) -> None:
    url = "json://127.0.0.1:9/a, json://127.0.0.1:9/b"
    result = await sender.send(url, _msg(ChannelFamily.WEBHOOK), timeout=5)
    assert not result.ok
    assert result.attempts == 0


@pytest.mark.parametrize(
    "url",
    [
        "json://127.0.0.1:8080/hook",
        "mailto://127.0.0.1:2525?from=a@example.org&to=b@example.org",
        "ntfy://ntfy.example.org/topic",
        "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ/#news",
        "console://",
    ],
)
def test_valid_channel_urls_pass(url: str) -> None:
    validate_channel_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "nonsense://secret-token-123",
        "slack://secret-token-123",
        "no scheme secret-token-123",
        "json://a.example/secret-token-123, json://b.example/y",
        "",
    ],
)
def test_invalid_channel_urls_raise_without_the_secret(url: str) -> None:
    with pytest.raises(ConfigError) as info:
        validate_channel_url(url)
    message = str(info.value)
    assert "secret-token-123" not in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("url", "priority", "expected"),
    [
        ("ntfy://h/t", Priority.MAX, "ntfy://h/t?priority=max"),
        ("ntfy://h/t?tags=x", Priority.HIGH, "ntfy://h/t?tags=x&priority=high"),
        ("ntfy://h/t?priority=min", Priority.MAX, "ntfy://h/t?priority=min"),
        ("gotify://h/tok", Priority.MAX, "gotify://h/tok?priority=emergency"),
        ("pover://u@t", Priority.HIGH, "pover://u@t?priority=high"),
        ("ntfy://h/t", Priority.NORMAL, "ntfy://h/t"),
        ("json://h/p", Priority.MAX, "json://h/p"),
    ],
)
def test_with_priority(url: str, priority: Priority, expected: str) -> None:
    assert with_priority(url, priority) == expected


def test_rendered_formats_are_apprise_values() -> None:
    import apprise

    assert {f.value for f in BodyFormat} <= {f.value for f in apprise.NotifyFormat}


# --- private networks (NEWSALERT_ALLOWED_PRIVATE_NETWORKS) ----------------------------

LOOPBACK = [ipaddress.ip_network("127.0.0.0/8")]


@pytest.mark.parametrize(
    "url",
    [
        "json://127.0.0.1:8080/hook?-token=secret-value-1",
        "form://localhost/hook",
        "jsons://[::1]:8443/hook",
        "ntfy://10.1.2.3/topic",
        "gotify://192.168.1.2/TOKENabcdef",
        "mailto://127.0.0.1:2525?from=a@example.org&to=b@example.org",
        "json://169.254.169.254/latest/meta-data",
    ],
)
def test_private_servers_are_refused_unless_allowed(url: str) -> None:
    with pytest.raises(ConfigError) as info:
        validate_channel_url(url, allowed_networks=())
    message = str(info.value)
    assert "NEWSALERT_ALLOWED_PRIVATE_NETWORKS" in message
    assert "secret-value-1" not in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "url",
    [
        "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ/#news",  # fixed public host
        "ntfy://my-topic",  # ntfy.sh cloud
        "console://",
    ],
)
def test_fixed_host_channels_pass_the_network_check(url: str) -> None:
    validate_channel_url(url, allowed_networks=())


def test_allowed_network_lets_loopback_through() -> None:
    validate_channel_url("json://127.0.0.1:8080/hook", allowed_networks=LOOPBACK)
    validate_channel_url("form://localhost/hook", allowed_networks=LOOPBACK)


async def test_sender_refuses_private_targets(receiver: HttpReceiver) -> None:
    guarded = ChannelSender(allowed_networks=())
    result = await guarded.send(receiver.url("json", "hooks/x"), _msg(ChannelFamily.WEBHOOK))
    assert not result.ok
    assert result.attempts == 0
    assert "NEWSALERT_ALLOWED_PRIVATE_NETWORKS" in (result.error or "")
    assert receiver.requests == []

    allowed = ChannelSender(allowed_networks=LOOPBACK)
    result = await allowed.send(receiver.url("json", "hooks/x"), _msg(ChannelFamily.WEBHOOK))
    assert result.ok, result.error


async def test_alerts_in_a_row_to_one_channel_neither_wait_nor_time_out(
    receiver: HttpReceiver, sender: ChannelSender
) -> None:
    """Three alerts at once to one ntfy topic all arrive, once each, well within a short
    timeout: no service-side pause of seconds between sends, and no send times out while
    queued behind the others (which would make its retry a duplicate)."""
    url = receiver.url("ntfy", "alerts")
    started = time.perf_counter()
    results = await asyncio.gather(
        *(sender.send(url, _msg(ChannelFamily.PUSH), timeout=3) for _ in range(3))
    )
    assert [r.ok for r in results] == [True, True, True], [r.error for r in results]
    assert len(receiver.requests) == 3
    assert time.perf_counter() - started < 6
