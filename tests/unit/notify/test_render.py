"""Rendering per channel family: why it was sent, what changed, limits, escaping, digests."""

from __future__ import annotations

import json
from typing import Any

import pytest

from services.notify.render import (
    BodyFormat,
    ChannelFamily,
    NotifyKind,
    Priority,
    RenderedMessage,
    channel_family,
    render,
    render_digest,
)
from shared.models import (
    Classification,
    Count,
    Facts,
    NewsUpdate,
    Severity,
    StoryChange,
    Topic,
    TopicTag,
)

WHY = "strike >= medium in Northshire oblast"


def alert(**fields: Any) -> Classification:
    update: dict[str, Any] = {
        "id": "u-42",
        "revision": "v1",
        "source": {"id": "feed-n", "name": "Feed N"},
        "url": "https://news.example.org/item/42",
        "headline": "Drones hit a substation outside Northtown",
        "body": "Power is out in two districts after the overnight attack.",
    }
    update.update(fields.pop("update", {}))
    values: dict[str, Any] = {
        "update": NewsUpdate(**update),
        "topics": [
            TopicTag(topic=Topic.STRIKE, confidence=0.9),
            TopicTag(topic=Topic.HUMANITARIAN_INFRASTRUCTURE, confidence=0.7),
        ],
        "severity": Severity.MEDIUM,
        "severity_reason": "medium: a strike on energy infrastructure",
        "facts": Facts(injured=Count(value=2)),
        "story_id": "st-1",
        "story_change": StoryChange.NEW,
    }
    values.update(fields)
    return Classification(**values)


UPDATED = {"story_change": StoryChange.UPDATED, "changes": ["injured 2 -> 5"]}


@pytest.mark.parametrize(
    ("url", "family"),
    [
        ("slack://T1/B2/C3", ChannelFamily.SLACK),
        ("SLACK://T1/B2/C3", ChannelFamily.SLACK),
        ("mailto://user:pw@example.org", ChannelFamily.EMAIL),
        ("mailtos://example.org", ChannelFamily.EMAIL),
        ("ntfy://host/topic", ChannelFamily.PUSH),
        ("ntfys://host/topic", ChannelFamily.PUSH),
        ("pover://user@token", ChannelFamily.PUSH),
        ("gotify://host/token", ChannelFamily.PUSH),
        ("tgram://bot/chat", ChannelFamily.PUSH),
        ("json://host/path", ChannelFamily.WEBHOOK),
        ("jsons://host/path", ChannelFamily.WEBHOOK),
        ("form://host/path", ChannelFamily.WEBHOOK),
        ("console://", ChannelFamily.CONSOLE),
        ("discord://id/token", ChannelFamily.OTHER),
        ("not a url", ChannelFamily.OTHER),
    ],
)
def test_channel_family(url: str, family: ChannelFamily) -> None:
    assert channel_family(url) is family


@pytest.mark.parametrize("family", list(ChannelFamily))
def test_every_family_says_why_and_what_changed(family: ChannelFamily) -> None:
    message = render(alert(**UPDATED), WHY, family)
    assert isinstance(message, RenderedMessage)
    assert message.title
    assert (
        WHY.replace(">=", "≥") in message.body
        or WHY in message.body
        or (WHY.replace(">", "&gt;") in message.body)
    )
    changed = ("injured 2 -> 5", "injured 2 → 5", "injured 2 -&gt; 5")
    assert any(text in message.body for text in changed)


@pytest.mark.parametrize("family", [f for f in ChannelFamily if f is not ChannelFamily.WEBHOOK])
def test_first_alert_of_a_story_has_no_change_line(family: ChannelFamily) -> None:
    message = render(alert(changes=["injured 2 -> 5"]), WHY, family)
    assert "Story updated" not in message.body
    assert "injured 2" not in message.body


def test_escalation_without_listed_changes_says_so() -> None:
    message = render(
        alert(story_change=StoryChange.ESCALATED, severity=Severity.HIGH), WHY, ChannelFamily.PUSH
    )
    assert "Story escalated: severity raised to high" in message.body


@pytest.mark.parametrize(
    ("severity", "priority", "kind"),
    [
        (Severity.CRITICAL, Priority.MAX, NotifyKind.FAILURE),
        (Severity.HIGH, Priority.HIGH, NotifyKind.WARNING),
        (Severity.MEDIUM, Priority.NORMAL, NotifyKind.INFO),
        (Severity.LOW, Priority.LOW, NotifyKind.INFO),
    ],
)
def test_severity_sets_priority_and_kind(
    severity: Severity, priority: Priority, kind: NotifyKind
) -> None:
    message = render(alert(severity=severity), WHY, ChannelFamily.PUSH)
    assert message.priority is priority
    assert message.notify_type is kind


def test_slack_is_markdown_with_emoji_bold_severity_and_link() -> None:
    message = render(alert(**UPDATED), WHY, ChannelFamily.SLACK)
    assert message.body_format is BodyFormat.MARKDOWN
    lines = message.body.splitlines()
    assert lines[0] == "🟠 **MEDIUM**: Drones hit a substation outside Northtown"
    assert "**Story updated**: injured 2 → 5" in lines
    assert "_Why you got this_: strike ≥ medium in Northshire oblast" in lines
    assert lines[-1] == "Source: [Feed N](https://news.example.org/item/42)"


def test_slack_neutralises_markup_and_mentions_in_news_text() -> None:
    """A headline cannot ping a channel or break emphasis."""
    hostile = alert(update={"headline": "<!channel> *urgent* _now_ [x](https://evil.example)"})
    body = render(hostile, WHY, ChannelFamily.SLACK).body
    first = body.splitlines()[0]
    assert "<" not in first
    assert ">" not in first
    assert "‹!channel›" in first
    assert r"\*urgent\*" in first
    assert r"\[x\]" in first


def test_email_subject_and_html() -> None:
    message = render(alert(**UPDATED), WHY, ChannelFamily.EMAIL)
    assert message.body_format is BodyFormat.HTML
    assert message.title == (
        "[newsalert] MEDIUM strike, humanitarian infrastructure: "
        "Drones hit a substation outside Northtown"
    )
    assert "<li>injured 2 -&gt; 5</li>" in message.body
    assert (
        '<a href="https://news.example.org/item/42">https://news.example.org/item/42</a>'
        in message.body
    )
    assert "<blockquote>Power is out in two districts" in message.body


def test_email_escapes_html_in_news_text() -> None:
    message = render(
        alert(update={"headline": "<script>x</script> & co"}), WHY, ChannelFamily.EMAIL
    )
    assert "<script>" not in message.body
    assert "&lt;script&gt;x&lt;/script&gt; &amp; co" in message.body


def test_non_web_links_are_not_rendered() -> None:
    sneaky = alert(update={"url": "javascript:alert(1)"})
    for family in (ChannelFamily.SLACK, ChannelFamily.EMAIL, ChannelFamily.PUSH):
        assert "javascript:" not in render(sneaky, WHY, family).body


def test_push_fits_service_limits() -> None:
    long = alert(
        update={"headline": "Very long headline " * 30, "body": "word " * 2000},
        severity_reason="reason " * 400,
    )
    message = render(long, WHY, ChannelFamily.PUSH)
    assert message.body_format is BodyFormat.TEXT
    assert len(message.title) <= 100
    assert len(message.body) <= 1000
    assert message.title.endswith("…")


def test_push_is_plain_text() -> None:
    message = render(alert(**UPDATED), WHY, ChannelFamily.PUSH)
    assert message.title == "🟠 MEDIUM: Drones hit a substation outside Northtown"
    assert message.body.splitlines() == [
        "medium: a strike on energy infrastructure",
        "Story updated: injured 2 -> 5",
        f"Why you got this: {WHY}",
        "Source: Feed N https://news.example.org/item/42",
    ]


def test_webhook_body_is_the_classification_json_with_the_reason() -> None:
    item = alert(**UPDATED)
    message = render(item, WHY, ChannelFamily.WEBHOOK)
    assert message.body_format is BodyFormat.TEXT
    payload = json.loads(message.body)
    assert payload["match_reason"] == WHY
    assert Classification.model_validate(payload) == item
    assert message.title == "Drones hit a substation outside Northtown"


def test_console_is_indented_text() -> None:
    message = render(alert(**UPDATED), WHY, ChannelFamily.CONSOLE)
    assert message.body_format is BodyFormat.TEXT
    assert all(line.startswith("  ") for line in message.body.splitlines())
    assert "  Topics: strike, humanitarian infrastructure" in message.body


def test_missing_headline_falls_back_to_body() -> None:
    message = render(alert(update={"headline": ""}), WHY, ChannelFamily.PUSH)
    assert "Power is out in two districts" in message.title


# --- digests -------------------------------------------------------------------------


def _items() -> list[tuple[Classification, str]]:
    return [
        (alert(severity=Severity.LOW, update={"headline": "Minor item"}), "any topic >= low"),
        (alert(severity=Severity.CRITICAL, update={"headline": "Major item"}), "strike >= high"),
        (alert(**UPDATED), WHY),
    ]


def test_digest_needs_alerts() -> None:
    with pytest.raises(ValueError, match="at least one"):
        render_digest([], ChannelFamily.PUSH)


@pytest.mark.parametrize("family", list(ChannelFamily))
def test_digest_lists_every_alert_most_severe_first(family: ChannelFamily) -> None:
    message = render_digest(_items(), family)
    assert "3 alerts" in message.title
    assert message.priority is Priority.MAX
    body = message.body
    positions = [body.index("Major item"), body.index("Drones hit"), body.index("Minor item")]
    assert positions == sorted(positions)
    assert "strike >= high" in body or "strike ≥ high" in body or "strike &gt;= high" in body


def test_digest_webhook_is_a_json_list() -> None:
    payload = json.loads(render_digest(_items(), ChannelFamily.WEBHOOK).body)
    assert [item["update"]["headline"] for item in payload] == [
        "Major item",
        "Drones hit a substation outside Northtown",
        "Minor item",
    ]
    assert payload[0]["match_reason"] == "strike >= high"


def test_push_digest_is_capped() -> None:
    many = [(alert(update={"headline": f"Item {n}"}), WHY) for n in range(25)]
    message = render_digest(many, ChannelFamily.PUSH)
    assert len(message.body) <= 1000
    assert "... and 15 more" in message.body
