"""Document sniffing, decoding and dispatch to the right parser."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.ingest.html_page import HtmlSelectors
from services.ingest.liveblog_text import LiveBlogPage
from services.ingest.parse import Kind, decode, parse_document, sniff_kind
from shared.errors import ParseError
from shared.models import SourceRef

FIXTURES = Path(__file__).parents[2] / "fixtures" / "ingest"
SOURCE = SourceRef(id="mixed", url="https://gazette.example/live")
FETCHED = datetime(2031, 1, 1, tzinfo=UTC)


def _parse(
    content: bytes | str,
    content_type: str | None = None,
    kind: Kind = "auto",
    selectors: HtmlSelectors | None = None,
) -> LiveBlogPage:
    return parse_document(
        content,
        content_type=content_type,
        source=SOURCE,
        fetched_at=FETCHED,
        kind=kind,
        selectors=selectors,
    )


@pytest.mark.parametrize(
    ("name", "content_type", "first_headline"),
    [
        ("liveblog.txt", None, "Ferry services suspended along the northern route"),
        (
            "liveblog.txt",
            "text/plain; charset=utf-8",
            "Ferry services suspended along the northern route",
        ),
        ("liveblog_jsonld.html", None, "Army engineers reinforce the Marrow dike"),
        ("liveblog_jsonld.html", "text/html", "Army engineers reinforce the Marrow dike"),
        ("liveblog_plain.html", "text/html; charset=utf-8", "Turnout reaches 71 percent"),
        ("feed.rss", "application/rss+xml", "Crane strike ends after pay deal"),
        ("feed.rss", "text/xml", "Crane strike ends after pay deal"),
        ("feed.atom", None, "Telescope dome reopens after snow"),
        ("feed.atom", "application/octet-stream", "Telescope dome reopens after snow"),
    ],
)
def test_fixtures_dispatch(name: str, content_type: str | None, first_headline: str) -> None:
    page = _parse((FIXTURES / name).read_bytes(), content_type)
    assert page.updates[0].headline == first_headline


@pytest.mark.parametrize(
    ("head", "content_type", "kind"),
    [
        ("<?xml version='1.0'?><rss>", None, "feed"),
        ("<feed xmlns='http://www.w3.org/2005/Atom'>", None, "feed"),
        ("<rss>", "application/xml", "feed"),
        ("anything", "application/atom+xml", "feed"),
        ('{"@type": "LiveBlogPosting"}', None, "jsonld"),
        ("{}", "application/ld+json", "jsonld"),
        ("<!DOCTYPE html><html>", None, "html"),
        ("<div><h2>x</h2></div>", None, "html"),
        ("<p>x</p>", "text/plain", "html"),
        ("Headline\nBody.", None, "text"),
        ("Headline\nBody.", "text/plain", "text"),
        ("a < b and c > d", None, "text"),
    ],
)
def test_sniff_kind(head: str, content_type: str | None, kind: str) -> None:
    assert sniff_kind(head, content_type) == kind


def test_explicit_kind_wins_over_sniffing() -> None:
    text = "Headline without end\n<p>Looks like markup but is text.</p>\n"
    assert _parse(text, kind="text").updates[0].headline == "Headline without end"


def test_html_without_blocks_falls_back_to_its_text() -> None:
    html = (
        "<html><body><p>Bridge reopens after repairs</p><p>Traffic flows again.</p>"
        "<p>Harbour fog lifts by noon</p><p>Ferries sail again.</p></body></html>"
    )
    page = _parse(html, "text/html")
    assert [u.headline for u in page.updates] == [
        "Bridge reopens after repairs",
        "Harbour fog lifts by noon",
    ]


def test_broken_jsonld_falls_back_to_html_blocks() -> None:
    html = (
        '<script type="application/ld+json">{"@type": "LiveBlogPosting", "liveBlogUpdate": []}'
        "</script><h2>Bridge reopens</h2><p>Traffic flows again.</p>"
    )
    assert _parse(html).updates[0].headline == "Bridge reopens"


def test_selectors_reach_the_html_parser() -> None:
    html = '<div class="e"><b class="h">Tram fares frozen</b><i>No rise next year.</i></div>'
    selectors = HtmlSelectors(update="div.e", headline="b.h", body="i")
    assert _parse(html, selectors=selectors).updates[0].headline == "Tram fares frozen"


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        ("Grüße".encode(), None, "Grüße"),
        ("Grüße".encode("latin-1"), "text/plain; charset=iso-8859-1", "Grüße"),
        ("Grüße".encode("cp1252"), None, "Grüße"),
        (b"\xef\xbb\xbfHello", None, "Hello"),
        ("Hi".encode("utf-16"), None, "Hi"),
        ('<meta charset="latin-1"><p>Gr\xfc\xdfe</p>'.encode("latin-1"), None, "Grüße"),
        ("Grüße".encode(), "text/plain; charset=nonsense", "Grüße"),
    ],
)
def test_decode(content: bytes, content_type: str | None, expected: str) -> None:
    assert expected in decode(content, content_type, source=SOURCE)


@pytest.mark.parametrize(
    ("content", "content_type", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", None, "binary"),
        (b"GIF89a", "image/gif", "not a page"),
        (b"", None, "empty"),
        (b"<html><body></body></html>", "text/html", "no update blocks"),
        (b"<rss><channel></channel></rss>", None, "no items"),
    ],
)
def test_refusals(content: bytes, content_type: str | None, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        _parse(content, content_type)


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=400),
    st.sampled_from([None, "text/html", "text/plain", "application/rss+xml", "application/json"]),
)
def test_any_bytes_give_updates_or_parse_error(content: bytes, content_type: str | None) -> None:
    try:
        page = _parse(content, content_type)
    except ParseError:
        return
    assert page.updates
