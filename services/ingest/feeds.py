"""RSS 2.0 and Atom feeds -> a `LiveBlogPage`; HTML in descriptions becomes plain paragraphs."""

from __future__ import annotations

import calendar
import html
import io
from datetime import UTC, datetime
from typing import Any

import feedparser  # type: ignore[import-untyped]  # no type information shipped

from services.ingest.html_page import html_to_paragraphs
from services.ingest.identity import first_sentence, new_update, usable_native_ids
from services.ingest.liveblog_text import LiveBlogPage
from shared.errors import ParseError
from shared.models import NewsUpdate, SourceRef

MAX_DERIVED_HEADLINE = 120
_FEED_MARKERS = ("<rss", "<feed", "<rdf:rdf", "<rdf ")


def looks_like_feed(head: str) -> bool:
    """Does the start of a document look like RSS, Atom or RDF?"""
    start = head[:2048].lower()
    return any(marker in start for marker in _FEED_MARKERS)


def parse_feed(content: bytes | str, *, source: SourceRef, fetched_at: datetime) -> LiveBlogPage:
    """Items of an RSS or Atom feed as updates, in feed order; `ParseError` when it has none."""
    raw = content.encode("utf-8") if isinstance(content, str) else content
    if not raw.strip():
        raise ParseError(f"source {source.id}: empty feed")
    try:
        # A stream, never a string: feedparser fetches URLs and opens file paths it is given.
        parsed = feedparser.parse(io.BytesIO(raw), sanitize_html=True, resolve_relative_uris=False)
    except Exception as err:  # feedparser wraps many parsers; any failure is bad input
        raise ParseError(f"source {source.id}: unreadable feed: {err}") from None
    feed: dict[str, Any] = parsed.get("feed", {}) or {}
    entries: list[dict[str, Any]] = list(parsed.get("entries", []) or [])
    if not entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({_one_line(reason)})" if reason else ""
        raise ParseError(f"source {source.id}: the feed has no items{detail}")
    page_time = _time(feed, "published_parsed") or _time(feed, "updated_parsed")
    natives = usable_native_ids([_native_id(entry) for entry in entries])
    found = (
        _update(entry, native, source=source, fetched_at=fetched_at, page_time=page_time)
        for entry, native in zip(entries, natives, strict=True)
    )
    updates = [update for update in found if update is not None]
    if not updates:
        raise ParseError(f"source {source.id}: no feed item has a title or text")
    return LiveBlogPage(
        title=_plain(feed.get("title")),
        summary=_plain(feed.get("subtitle") or feed.get("description")),
        page_date=page_time.date() if page_time else None,
        updates=updates,
    )


def _update(
    entry: dict[str, Any],
    native_id: str | None,
    *,
    source: SourceRef,
    fetched_at: datetime,
    page_time: datetime | None,
) -> NewsUpdate | None:
    contents = entry.get("content") or []
    raw = next((c.get("value") for c in contents if isinstance(c, dict) and c.get("value")), None)
    raw = raw or entry.get("summary") or entry.get("description") or ""
    paragraphs = html_to_paragraphs(raw) if isinstance(raw, str) else []
    headline = _plain(entry.get("title"))
    if not headline and paragraphs:
        sentence = first_sentence(paragraphs[0])
        headline = (
            sentence
            if len(sentence) <= MAX_DERIVED_HEADLINE
            else (sentence[:MAX_DERIVED_HEADLINE].rsplit(" ", 1)[0] + "…")
        )
    if not headline:
        return None
    if not paragraphs:
        paragraphs = [headline]  # a title-only item still reports something
    published = _time(entry, "published_parsed")
    updated = _time(entry, "updated_parsed")
    link = entry.get("link")
    return new_update(
        source,
        headline,
        paragraphs,
        fetched_at=fetched_at,
        native_id=native_id,
        url=link if isinstance(link, str) and link.startswith(("http://", "https://")) else None,
        published_at=published or updated or page_time,
        updated_at=updated if updated and published and updated != published else None,
        language=_language(entry) or "en",
    )


def _native_id(entry: dict[str, Any]) -> str | None:
    for key in ("id", "guid", "link"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _time(data: dict[str, Any], key: str) -> datetime | None:
    """feedparser's UTC struct_time as an aware datetime."""
    value = dict.get(data, key)  # not FeedParserDict.get, which maps keys with a warning
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _language(entry: dict[str, Any]) -> str | None:
    detail = entry.get("title_detail") or {}
    language = detail.get("language") if isinstance(detail, dict) else None
    return language.split("-")[0].lower() if isinstance(language, str) and language else None


def _plain(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(html_to_paragraphs(html.unescape(value)))


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:200]
