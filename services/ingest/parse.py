"""Any fetched document -> a `LiveBlogPage`: sniff the kind, decode, and dispatch to its parser."""

from __future__ import annotations

import codecs
import re
from datetime import datetime
from typing import Literal

from services.ingest.feeds import looks_like_feed, parse_feed
from services.ingest.html_page import HtmlSelectors, html_to_text, parse_html_page
from services.ingest.jsonld import has_liveblog_jsonld, parse_jsonld
from services.ingest.liveblog_text import LiveBlogPage, parse_liveblog_text
from shared.errors import ParseError
from shared.models import SourceRef

Kind = Literal["auto", "text", "html", "jsonld", "feed"]
DocumentKind = Literal["text", "html", "jsonld", "feed"]

_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_XML_TYPES = frozenset({"application/xml", "text/xml"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_JSON_TYPES = frozenset({"application/ld+json", "application/json"})
_NOT_PAGES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_DECLARED_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
_HTML_RE = re.compile(r"<(?:!doctype html|html|head|body|p|div|h[1-6]|article|main)\b", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SNIFF_BYTES = 8192


def parse_document(
    content: bytes | str,
    *,
    content_type: str | None,
    source: SourceRef,
    fetched_at: datetime,
    kind: Kind = "auto",
    selectors: HtmlSelectors | None = None,
) -> LiveBlogPage:
    """Parse a live-blog text, HTML page (JSON-LD or not) or feed; `ParseError` on bad input."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media.startswith(_NOT_PAGES):
        raise ParseError(f"source {source.id}: content type {media} is not a page or feed")
    text = decode(content, content_type, source=source)
    chosen = sniff_kind(text, content_type) if kind == "auto" else kind
    if chosen == "feed":
        return parse_feed(
            content if isinstance(content, bytes) else text, source=source, fetched_at=fetched_at
        )
    if chosen == "jsonld":
        return parse_jsonld(text, source=source, fetched_at=fetched_at)
    if chosen == "html":
        return _parse_html(text, source=source, fetched_at=fetched_at, selectors=selectors)
    return parse_liveblog_text(text, source=source, fetched_at=fetched_at)


def sniff_kind(text: str, content_type: str | None = None) -> DocumentKind:
    """The document's kind from its content type, checked against how it starts."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    head = text.lstrip("\ufeff \t\r\n")[:SNIFF_BYTES]
    if media in _FEED_TYPES or (
        (media in _XML_TYPES or head.startswith("<?xml") or not media) and looks_like_feed(head)
    ):
        return "feed"
    if media in _JSON_TYPES or (not media and head.startswith(("{", "["))):
        return "jsonld"
    if media in _HTML_TYPES or _HTML_RE.search(head):
        return "html"
    return "text"


def decode(content: bytes | str, content_type: str | None, *, source: SourceRef) -> str:
    """Bytes as text: BOM, then the declared charset, then UTF-8, then Windows-1252."""
    if isinstance(content, str):
        return content
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content.decode(encoding, errors="replace")
    if b"\x00" in content[:SNIFF_BYTES]:
        raise ParseError(
            f"source {source.id}: binary data ({len(content)} bytes), not a page or feed"
        )
    declared = _CHARSET_RE.search(content_type or "")
    names = [declared.group(1)] if declared else []
    if found := _DECLARED_RE.search(content[:SNIFF_BYTES]):
        names.append((found.group(1) or found.group(2)).decode("ascii", "replace"))
    for name in [*names, "utf-8"]:
        try:
            return content.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return content.decode("cp1252", errors="replace")


def _parse_html(
    text: str, *, source: SourceRef, fetched_at: datetime, selectors: HtmlSelectors | None
) -> LiveBlogPage:
    """JSON-LD when the page has it, else update blocks, else its visible text."""
    if has_liveblog_jsonld(text) and selectors is None:
        try:
            return parse_jsonld(text, source=source, fetched_at=fetched_at)
        except ParseError:
            pass  # broken or empty markup: the visible page may still have the updates
    try:
        return parse_html_page(text, source=source, fetched_at=fetched_at, selectors=selectors)
    except ParseError as err:
        try:
            return parse_liveblog_text(html_to_text(text), source=source, fetched_at=fetched_at)
        except ParseError:
            raise err from None
