"""A test alert through the real rendering and delivery path, result per channel."""

from __future__ import annotations

from datetime import UTC, datetime

from services.notify.deliver import ChannelSender
from services.notify.render import channel_family, render
from shared.models import (
    Classification,
    NewsUpdate,
    Severity,
    SourceRef,
    Subscription,
    Topic,
    TopicTag,
)
from shared.redact import redact_url


def sample_alert(subscription: Subscription, *, now: datetime) -> Classification:
    """A clearly labelled sample alert in the shape of the subscription's first topic."""
    topic = subscription.topics[0] if subscription.topics else Topic.STRIKE
    update = NewsUpdate(
        id="newsalert-test",
        revision=now.strftime("%Y%m%d%H%M%S"),
        source=SourceRef(id="newsalert", name="newsalert test"),
        headline="Test alert from newsalert",
        body="This is a test message: your channel is set up and receives alerts.",
        published_at=now,
        fetched_at=now,
    )
    severity = max(subscription.min_severity, Severity.LOW, key=lambda s: s.rank)
    return Classification(
        update=update,
        topics=[TopicTag(topic=topic, confidence=1.0)],
        severity=severity,
        severity_reason=f"{severity}: a test alert",
        classified_at=now,
    )


async def send_test_alert(
    subscription: Subscription, *, sender: ChannelSender, send_timeout: float
) -> list[tuple[str, str | None]]:
    """Send to each channel; (redacted channel, error or None) per channel."""
    alert = sample_alert(subscription, now=datetime.now(UTC))
    results = []
    for url in subscription.channels:
        message = render(alert, "a test you asked for", channel_family(url))
        result = await sender.send(url, message, timeout=send_timeout)
        results.append((redact_url(url), None if result.ok else result.error or "failed"))
    return results
