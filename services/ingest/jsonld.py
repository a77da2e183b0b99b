"""schema.org `LiveBlogPosting` JSON-LD (in an HTML page or alone) -> a `LiveBlogPage`."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from services.ingest.html_page import html_to_paragraphs, parse_timestamp
from services.ingest.identity import first_sentence, new_update, usable_native_ids
from services.ingest.liveblog_text import LiveBlogPage
from shared.errors import ParseError
from shared.models import NewsUpdate, SourceRef

_LD_SCRIPT = 'script[type="application/ld+json"], script[type="application/ld+json; charset=utf-8"]'
_TYPE_PREFIX_RE = re.compile(r"^(?:https?://schema\.org/|schema:)", re.IGNORECASE)
_LD_SCRIPT_RE = re.compile(r"application/ld\+json", re.IGNORECASE)
MAX_DEPTH = 12
MAX_DERIVED_HEADLINE = 120


def has_liveblog_jsonld(page: str) -> bool:
    """Cheap check: does this HTML page carry a LiveBlogPosting in JSON-LD?"""
    return bool(_LD_SCRIPT_RE.search(page)) and "LiveBlogPosting" in page


def parse_jsonld(document: str, *, source: SourceRef, fetched_at: datetime) -> LiveBlogPage:
    """Updates of the page's `LiveBlogPosting`; `ParseError` when there is none or it is empty."""
    blocks = _json_blocks(document)
    if not blocks:
        raise ParseError(f"source {source.id}: no JSON-LD found in the document")
    posting = next((node for block in blocks for node in _walk(block) if _is_liveblog(node)), None)
    if posting is None:
        raise ParseError(
            f"source {source.id}: {len(blocks)} JSON-LD block(s) but no LiveBlogPosting "
            "with liveBlogUpdate items"
        )
    page_time = parse_timestamp(_string(posting.get("datePublished")))
    page_time = page_time or parse_timestamp(_string(posting.get("coverageStartTime")))
    items = [item for item in _as_list(posting.get("liveBlogUpdate")) if isinstance(item, dict)]
    natives = usable_native_ids([_native_id(item) for item in items])
    found = (
        _update(item, native, source=source, fetched_at=fetched_at, page_time=page_time)
        for item, native in zip(items, natives, strict=True)
    )
    updates = [update for update in found if update is not None]
    if not updates:
        raise ParseError(f"source {source.id}: the LiveBlogPosting has no readable updates")
    return LiveBlogPage(
        title=_plain(posting.get("headline") or posting.get("name")),
        summary=_plain(posting.get("description")),
        page_date=page_time.date() if page_time else None,
        updates=updates,
    )


def _json_blocks(document: str) -> list[Any]:
    """Every JSON-LD value: the document itself if it is JSON, else each ld+json script."""
    stripped = document.strip()
    if stripped.startswith(("{", "[")):
        texts = [stripped]
    else:
        texts = [node.text(deep=True) for node in LexborHTMLParser(document).css(_LD_SCRIPT)]
    blocks = []
    for text in texts:
        text = text.strip().rstrip(";")
        try:
            blocks.append(json.loads(text, strict=False))
        except (ValueError, RecursionError):
            continue  # one broken block must not hide the others
    return blocks


def _walk(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD value: through lists, `@graph` and nested properties."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, dict):
        yield value
        for child in value.values():
            if isinstance(child, dict | list):
                yield from _walk(child, depth + 1)
    elif isinstance(value, list):
        for child in value:
            yield from _walk(child, depth + 1)


def _is_liveblog(node: dict[str, Any]) -> bool:
    types = {_TYPE_PREFIX_RE.sub("", t) for t in _as_list(node.get("@type")) if isinstance(t, str)}
    return "LiveBlogPosting" in types or (
        "liveBlogUpdate" in node and isinstance(node["liveBlogUpdate"], dict | list)
    )


def _update(
    item: dict[str, Any],
    native_id: str | None,
    *,
    source: SourceRef,
    fetched_at: datetime,
    page_time: datetime | None,
) -> NewsUpdate | None:
    raw_body = item.get("articleBody") or item.get("text") or item.get("description")
    paragraphs = [
        p
        for part in _as_list(raw_body)
        if (text := _string(part))
        for p in html_to_paragraphs(html.unescape(text))
    ]
    headline = _plain(item.get("headline") or item.get("name"))
    if not headline and paragraphs:
        headline = _shorten(first_sentence(paragraphs[0]))
    if not headline or not paragraphs:
        return None
    published = parse_timestamp(_string(item.get("datePublished")))
    modified = parse_timestamp(_string(item.get("dateModified")))
    url = _string(item.get("url"))
    return new_update(
        source,
        headline,
        paragraphs,
        fetched_at=fetched_at,
        native_id=native_id,
        url=url if url and url.startswith(("http://", "https://")) else None,
        published_at=published or page_time,
        updated_at=modified if modified and modified != published else None,
    )


def _native_id(item: dict[str, Any]) -> str | None:
    """The update's own id: `@id`, `identifier` or, failing those, its URL."""
    for key in ("@id", "identifier", "url"):
        value = item.get(key)
        if isinstance(value, dict):
            value = value.get("value") or value.get("@value") or value.get("@id")
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _string(value: Any) -> str | None:
    """A string from a JSON-LD value that may be a string, a list or a `@value` object."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str | dict)), None)
    if isinstance(value, dict):
        value = value.get("@value")
    return value if isinstance(value, str) else None


def _plain(value: Any) -> str:
    """One line of plain text from a possibly HTML-bearing string."""
    text = _string(value)
    if not text:
        return ""
    return " ".join(html_to_paragraphs(html.unescape(text)))


def _shorten(sentence: str) -> str:
    """A headline made from a first sentence, cut at a word boundary."""
    if len(sentence) <= MAX_DERIVED_HEADLINE:
        return sentence
    return sentence[:MAX_DERIVED_HEADLINE].rsplit(" ", 1)[0] + "…"
