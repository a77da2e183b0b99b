"""Each kind of channel gets a matching alert the way its service expects it.

Through `Notifier.handle` on the real server: email goes to a real SMTP server and ntfy to
a real HTTP server, both on loopback. Slack's host is fixed, so its request is captured
at the HTTP boundary (requests' `Session.send`) and answered with a 200 instead.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as email_policy

import pytest
import requests
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from redis.asyncio import Redis

from services.notify.app import Notifier
from services.notify.subscriptions import SubscriptionStore
from shared import wire
from shared.models import (
    Classification,
    NewsUpdate,
    Severity,
    SourceRef,
    SubscriptionCreate,
    Topic,
    TopicTag,
)
from shared.settings import Settings
from shared.stage import Entry
from tests.receivers import http_receiver

pytestmark = pytest.mark.redis

HEADLINE = "Glide bomb hits apartment block in Odesa, two dead"
LINK = "https://news.example.org/live/odesa-strike#update-7"


def _alert(severity: Severity = Severity.HIGH) -> Classification:
    update = NewsUpdate(
        id="odesa-1",
        revision="r1",
        source=SourceRef(id="wire", name="Example Wire"),
        url=LINK,
        headline=HEADLINE,
        body="Two people, one of them a child, were killed and 30 injured, the governor said.",
    )
    return Classification(
        update=update,
        topics=[
            TopicTag(topic=Topic.CASUALTIES, confidence=0.9),
            TopicTag(topic=Topic.STRIKE, confidence=0.9),
        ],
        severity=severity,
        severity_reason=f"{severity.value}: a child was killed; 30 injured",
    )


async def _subscribe_and_notify(
    notifier: Notifier, client: Redis, settings: Settings, url: str, alert: Classification
) -> None:
    """A subscription to casualties at medium or above on `url`, then the alert handled."""
    request = SubscriptionCreate(
        channels=[url], topics=[Topic.CASUALTIES], min_severity=Severity.MEDIUM
    )
    await SubscriptionStore(client, settings.keys).add(request)
    await notifier.handle(Entry("1-0", wire.encode(alert, update_id=alert.update.id)))


# --- email -----------------------------------------------------------------------------


class _Inbox:
    """An SMTP handler keeping each message with its envelope."""

    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], EmailMessage]] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.content
        assert isinstance(content, bytes)
        assert envelope.mail_from is not None
        message = message_from_bytes(content, policy=email_policy)
        assert isinstance(message, EmailMessage)
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 Message accepted"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def smtp_server() -> Iterator[tuple[_Inbox, int]]:
    inbox = _Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


async def test_email_subject_names_severity_and_topics_with_text_and_html_parts(
    notifier: Notifier,
    redis_client: Redis,
    settings: Settings,
    smtp_server: tuple[_Inbox, int],
) -> None:
    inbox, port = smtp_server
    url = f"mailto://127.0.0.1:{port}?from=a@example.org&to=b@example.org&mode=insecure"
    await _subscribe_and_notify(notifier, redis_client, settings, url, _alert())

    [(sender, recipients, message)] = inbox.received
    assert (sender, recipients) == ("a@example.org", ["b@example.org"])
    subject = str(message["Subject"])
    assert "HIGH" in subject
    assert "casualties" in subject
    assert HEADLINE in subject
    assert message.get_content_type() == "multipart/alternative"
    parts = [part.get_content_type() for part in message.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert plain is not None
    assert html is not None
    assert "Why you got this: casualties >= medium" in plain.get_content()
    assert LINK in plain.get_content()  # the link survives the plain part
    assert f'<a href="{LINK}">' in html.get_content()


# --- ntfy ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("severity", "priority"),
    [(Severity.HIGH, "high"), (Severity.CRITICAL, "max"), (Severity.MEDIUM, None)],
)
async def test_ntfy_push_priority_follows_severity(
    notifier: Notifier,
    redis_client: Redis,
    settings: Settings,
    severity: Severity,
    priority: str | None,
) -> None:
    """A high alert is pushed with ntfy's "high" priority, a critical one with "max";
    a medium one leaves the server's default."""
    with http_receiver() as ntfy:
        url = ntfy.url("ntfy", "/odesa-alerts")
        await _subscribe_and_notify(notifier, redis_client, settings, url, _alert(severity))
        [push] = ntfy.snapshot()
    assert push.headers.get("X-Priority") == priority
    body = push.json()
    assert body["topic"] == "odesa-alerts"
    assert body["title"].endswith(f"{severity.value.upper()}: {HEADLINE}")
    assert "Why you got this: casualties >= medium" in body["message"]


# --- Slack -----------------------------------------------------------------------------

SLACK_URL = "slack://T1234ABCD/B5678EFGH/abcdefghijklmnopqrstuvwx/#alerts"


async def test_slack_gets_mrkdwn_with_severity_emoji_link_and_why_line(
    notifier: Notifier,
    redis_client: Redis,
    settings: Settings,
    slack_requests: list[requests.PreparedRequest],
) -> None:
    await _subscribe_and_notify(notifier, redis_client, settings, SLACK_URL, _alert())

    [request] = slack_requests
    assert (
        request.url
        == "https://hooks.slack.com/services/T1234ABCD/B5678EFGH/abcdefghijklmnopqrstuvwx"
    )
    assert isinstance(request.body, bytes | str)
    payload = json.loads(request.body)
    assert payload["mrkdwn"] is True
    assert payload["channel"] == "#alerts"
    [attachment] = payload["attachments"]
    lines = attachment["text"].splitlines()
    assert lines[0] == f"🔴 *HIGH*: {HEADLINE}"
    assert "_Why you got this_: casualties ≥ medium" in lines
    assert f"Source: <{LINK}|Example Wire>" in lines
