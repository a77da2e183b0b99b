"""Pure: an alert (or a digest of alerts) -> title and body for one channel family.

Formats follow what Apprise does with each service (tech-notes 2.4): Slack gets Markdown
(Apprise converts it to mrkdwn), email gets HTML (Apprise sends text/plain + text/html,
so links are written with the URL as their text to survive the plain part), push and
other services get short plain text, webhooks get the Classification as JSON.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from shared.models import Classification, Severity, StoryChange

__all__ = [
    "BodyFormat",
    "ChannelFamily",
    "NotifyKind",
    "Priority",
    "RenderedMessage",
    "channel_family",
    "render",
    "render_digest",
]


class ChannelFamily(StrEnum):
    """How a channel wants its messages shaped; derived from the URL scheme."""

    SLACK = "slack"
    EMAIL = "email"
    PUSH = "push"
    WEBHOOK = "webhook"
    CONSOLE = "console"
    OTHER = "other"


class BodyFormat(StrEnum):
    """The body's format; values equal Apprise's `NotifyFormat`."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


class NotifyKind(StrEnum):
    """Values equal Apprise's `NotifyType`: services colour and badge by it."""

    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    FAILURE = "failure"


class Priority(StrEnum):
    """Service-neutral urgency; delivery maps it to ntfy/Gotify/Pushover priorities."""

    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    MAX = "max"


@dataclass(frozen=True, slots=True)
class RenderedMessage:
    """What delivery hands to Apprise for one channel."""

    title: str
    body: str
    body_format: BodyFormat
    priority: Priority = Priority.NORMAL
    notify_type: NotifyKind = NotifyKind.INFO


_SCHEME_FAMILY: dict[str, ChannelFamily] = {
    "slack": ChannelFamily.SLACK,
    "console": ChannelFamily.CONSOLE,
    **dict.fromkeys(("json", "jsons", "form", "forms", "xml", "xmls"), ChannelFamily.WEBHOOK),
    **dict.fromkeys(
        (
            "mailto", "mailtos", "ses", "sendgrid", "mailgun", "sparkpost", "resend",
            "postmark", "brevo", "smtp2go", "mailersend", "o365", "azure",
        ),
        ChannelFamily.EMAIL,
    ),
    **dict.fromkeys(
        (
            "ntfy", "ntfys", "pover", "gotify", "gotifys", "tgram", "pbul", "bark",
            "barks", "signal", "signals", "simplepush", "spush", "prowl", "pushed",
            "pjet", "pjets", "psafer", "psafers", "fcm", "join",
        ),
        ChannelFamily.PUSH,
    ),
}  # fmt: skip

_EMOJI = {
    Severity.CRITICAL: "🚨",
    Severity.HIGH: "🔴",
    Severity.MEDIUM: "🟠",
    Severity.LOW: "🟡",
    Severity.INFO: "⚪",
}
_KIND = {Severity.CRITICAL: NotifyKind.FAILURE, Severity.HIGH: NotifyKind.WARNING}
_PRIORITY = {
    Severity.CRITICAL: Priority.MAX,
    Severity.HIGH: Priority.HIGH,
    Severity.MEDIUM: Priority.NORMAL,
}

# Limits chosen under the tightest service of each family (Pushover: title 250, body 1024).
_PUSH_TITLE = 100
_PUSH_BODY = 1000
_OTHER_BODY = 1900  # Discord's 2000 minus room for Apprise's own wrapping
_SLACK_BODY = 30000
_DIGEST_PUSH_ITEMS = 10


def channel_family(url: str) -> ChannelFamily:
    """The family of an Apprise URL, from its scheme; unknown schemes are OTHER."""
    scheme = url.split("://", 1)[0].strip().lower() if "://" in url else ""
    return _SCHEME_FAMILY.get(scheme, ChannelFamily.OTHER)


def render(alert: Classification, match_reason: str, family: ChannelFamily) -> RenderedMessage:
    """One alert shaped for `family`, saying why it was sent and what changed."""
    kind = _KIND.get(alert.severity, NotifyKind.INFO)
    priority = _PRIORITY.get(alert.severity, Priority.LOW)
    if family is ChannelFamily.WEBHOOK:
        # The Classification with one extra key; receivers that validate it ignore the extra.
        payload = {**alert.model_dump(mode="json"), "match_reason": match_reason}
        return RenderedMessage(
            _headline(alert),
            json.dumps(payload, ensure_ascii=False),
            BodyFormat.TEXT,
            priority,
            kind,
        )
    if family is ChannelFamily.SLACK:
        title, body, fmt = _slack(alert, match_reason)
    elif family is ChannelFamily.EMAIL:
        title, body, fmt = _email(alert, match_reason)
    elif family is ChannelFamily.PUSH:
        title, body, fmt = _push(alert, match_reason)
    elif family is ChannelFamily.CONSOLE:
        title, body, fmt = _console(alert, match_reason)
    else:
        title, body, fmt = _plain(alert, match_reason, _OTHER_BODY)
    return RenderedMessage(title, body, fmt, priority, kind)


def render_digest(
    items: Sequence[tuple[Classification, str]], family: ChannelFamily
) -> RenderedMessage:
    """Several (alert, match reason) pairs in one message, most severe first."""
    if not items:
        raise ValueError("a digest needs at least one alert")
    ordered = sorted(items, key=lambda item: -item[0].severity.rank)
    top = ordered[0][0].severity
    kind = _KIND.get(top, NotifyKind.INFO)
    priority = _PRIORITY.get(top, Priority.LOW)
    noun = "alert" if len(items) == 1 else "alerts"
    title = f"{_EMOJI[top]} newsalert digest: {len(items)} {noun} (highest: {top.value})"
    if family is ChannelFamily.WEBHOOK:
        payload = [
            {**alert.model_dump(mode="json"), "match_reason": reason} for alert, reason in ordered
        ]
        body = json.dumps(payload, ensure_ascii=False)
        return RenderedMessage(title, body, BodyFormat.TEXT, priority, kind)
    if family is ChannelFamily.SLACK:
        sections = [_slack(alert, reason)[1] for alert, reason in ordered]
        body = _clip("\n\n---\n\n".join(sections), _SLACK_BODY)
        return RenderedMessage(title, body, BodyFormat.MARKDOWN, priority, kind)
    if family is ChannelFamily.EMAIL:
        sections = [
            f"<h3>{html.escape(subject)}</h3>\n{body}"
            for subject, body, _ in (_email(alert, reason) for alert, reason in ordered)
        ]
        return RenderedMessage(
            f"[newsalert] digest: {len(items)} {noun}, highest {top.value.upper()}",
            "\n<hr>\n".join(sections),
            BodyFormat.HTML,
            priority,
            kind,
        )
    if family is ChannelFamily.PUSH:
        shown = ordered[:_DIGEST_PUSH_ITEMS]
        lines = [f"{_EMOJI[a.severity]} {_headline(a)} ({r})" for a, r in shown]
        if len(ordered) > len(shown):
            lines.append(f"... and {len(ordered) - len(shown)} more")
        return RenderedMessage(
            _clip(title, _PUSH_TITLE),
            _clip("\n".join(lines), _PUSH_BODY),
            BodyFormat.TEXT,
            priority,
            kind,
        )
    limit = _OTHER_BODY if family is ChannelFamily.OTHER else None
    sections = [
        f"{_label(alert)} {_headline(alert)}\n{_text_details(alert, reason)}"
        for alert, reason in ordered
    ]
    body = "\n\n".join(sections)
    return RenderedMessage(
        title, _clip(body, limit) if limit else body, BodyFormat.TEXT, priority, kind
    )


# --- pieces shared by the families ---------------------------------------------------


def _headline(alert: Classification) -> str:
    text = alert.update.headline.strip() or alert.update.body.strip().split("\n", 1)[0]
    return " ".join(text.split()) or "(no headline)"


def _label(alert: Classification) -> str:
    return f"{_EMOJI[alert.severity]} {alert.severity.value.upper()}"


def _topics(alert: Classification) -> str:
    return ", ".join(tag.topic.value.replace("_", " ") for tag in alert.topics)


def _changes(alert: Classification) -> str | None:
    """What a story update changed; None for the first alert of a story."""
    if alert.story_change is StoryChange.NEW:
        return None
    if alert.changes:
        return "; ".join(alert.changes)
    if alert.story_change is StoryChange.ESCALATED:
        return f"severity raised to {alert.severity.value}"
    return None


def _update_kind(alert: Classification) -> str:
    return {
        StoryChange.ESCALATED: "Story escalated",
        StoryChange.UPDATED: "Story updated",
    }.get(alert.story_change, "")


def _source(alert: Classification) -> str:
    source = alert.update.source
    return source.name or source.id


def _link(alert: Classification) -> str | None:
    url = alert.update.url or alert.update.source.url
    # Only web links are rendered as links: anything else could be a script or a trick.
    if url and urlsplit(url).scheme in {"http", "https"}:
        return url
    return None


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _text_details(alert: Classification, reason: str) -> str:
    lines = []
    if alert.severity_reason:
        lines.append(alert.severity_reason)
    changes = _changes(alert)
    if changes:
        lines.append(f"{_update_kind(alert) or 'Changed'}: {changes}")
    lines.append(f"Why you got this: {reason}")
    link = _link(alert)
    lines.append(f"Source: {_source(alert)}" + (f" {link}" if link else ""))
    return "\n".join(lines)


# --- per family ----------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]~])")
_SLACK_SAFE = str.maketrans({"<": "‹", ">": "›"})


def _md(text: str) -> str:
    """Escape news text for Slack: Markdown emphasis and angle brackets neutralised.

    Apprise turns `<!channel>`, `<@U123>` and `<url|x>` back into live Slack syntax even
    from escaped text, so a headline could ping a whole channel; angle brackets become
    look-alike quotes instead.
    """
    text = text.replace("->", "→").replace(">=", "≥").replace("<=", "≤").translate(_SLACK_SAFE)
    return _MD_SPECIAL.sub(r"\\\1", text)


def _slack(alert: Classification, reason: str) -> tuple[str, str, BodyFormat]:
    title = f"{_label(alert)}: {_headline(alert)}"
    label = f"{_EMOJI[alert.severity]} **{alert.severity.value.upper()}**"
    lines = [f"{label}: {_md(_headline(alert))}"]
    if topics := _topics(alert):
        lines.append(f"Topics: {_md(topics)}")
    if alert.severity_reason:
        lines.append(_md(alert.severity_reason))
    if changes := _changes(alert):
        lines.append(f"**{_update_kind(alert)}**: {_md(changes)}")
    lines.append(f"_Why you got this_: {_md(reason)}")
    link = _link(alert)
    source = _md(_source(alert))
    lines.append(f"Source: [{source}]({link})" if link else f"Source: {source}")
    return title, _clip("\n".join(lines), _SLACK_BODY), BodyFormat.MARKDOWN


def _email(alert: Classification, reason: str) -> tuple[str, str, BodyFormat]:
    topics = _topics(alert)
    subject = f"[newsalert] {alert.severity.value.upper()}"
    subject += f" {topics}: " if topics else ": "
    subject += _headline(alert)
    esc = html.escape
    parts = [f"<p><strong>{esc(_label(alert))}</strong>: {esc(_headline(alert))}</p>"]
    if alert.severity_reason:
        parts.append(f"<p>{esc(alert.severity_reason)}</p>")
    if changes := _changes(alert):
        items = "".join(f"<li>{esc(change)}</li>" for change in alert.changes) or (
            f"<li>{esc(changes)}</li>"
        )
        parts.append(f"<p><strong>{esc(_update_kind(alert))}</strong>:</p><ul>{items}</ul>")
    if topics:
        parts.append(f"<p>Topics: {esc(topics)}</p>")
    parts.append(f"<p><em>Why you got this</em>: {esc(reason)}</p>")
    if summary := _summary(alert):
        parts.append(f"<blockquote>{esc(summary)}</blockquote>")
    link = _link(alert)
    source = esc(_source(alert))
    if link:
        # The URL is the link text: Apprise's plain-text part drops hrefs.
        parts.append(f'<p>Source: {source} <a href="{esc(link)}">{esc(link)}</a></p>')
    else:
        parts.append(f"<p>Source: {source}</p>")
    return subject, "\n".join(parts), BodyFormat.HTML


def _summary(alert: Classification, limit: int = 600) -> str:
    body = " ".join(alert.update.body.split())
    return _clip(body, limit) if body else ""


def _push(alert: Classification, reason: str) -> tuple[str, str, BodyFormat]:
    title = _clip(f"{_label(alert)}: {_headline(alert)}", _PUSH_TITLE)
    return title, _clip(_text_details(alert, reason), _PUSH_BODY), BodyFormat.TEXT


def _console(alert: Classification, reason: str) -> tuple[str, str, BodyFormat]:
    title = f"{_label(alert)}: {_headline(alert)}"
    details = _text_details(alert, reason)
    if topics := _topics(alert):
        details = f"Topics: {topics}\n{details}"
    return title, "\n".join(f"  {line}" for line in details.splitlines()), BodyFormat.TEXT


def _plain(alert: Classification, reason: str, limit: int) -> tuple[str, str, BodyFormat]:
    title = f"{_label(alert)}: {_headline(alert)}"
    return title, _clip(_text_details(alert, reason), limit), BodyFormat.TEXT
