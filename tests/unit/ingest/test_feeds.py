"""RSS 2.0 and Atom feeds: items, dates, ids and HTML descriptions."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.ingest.feeds import looks_like_feed, parse_feed
from services.ingest.liveblog_text import LiveBlogPage
from shared.errors import ParseError
from shared.models import SourceRef

FIXTURES = Path(__file__).parents[2] / "fixtures" / "ingest"
SOURCE = SourceRef(id="harbour")
FETCHED = datetime(2031, 11, 10, 12, 0, tzinfo=UTC)


def _parse(content: bytes | str) -> LiveBlogPage:
    return parse_feed(content, source=SOURCE, fetched_at=FETCHED)


def _rss(items: str) -> str:
    return f'<?xml version="1.0"?><rss><channel><title>T</title>{items}</channel></rss>'


def test_rss_fixture() -> None:
    page = _parse((FIXTURES / "feed.rss").read_bytes())
    assert page.title == "Harbour Times: port updates"
    first, second = page.updates
    assert first.headline == "Crane strike ends after pay deal"
    assert first.body.split("\n\n") == [
        "Crane operators accepted a 6 percent raise.",
        "Loading resumes on the night shift.",
    ]
    assert first.published_at == datetime(2031, 11, 10, 9, 30, tzinfo=UTC)
    assert first.url == "https://harbour.example/news/crane-deal"
    assert second.headline == "Fog closes the outer channel"


def test_atom_fixture() -> None:
    page = _parse((FIXTURES / "feed.atom").read_bytes())
    first, second = page.updates
    assert first.body == "Crews cleared the dome overnight.\n\nObservations resume tonight."
    assert first.updated_at == datetime(2031, 2, 2, 11, 30, tzinfo=UTC)
    assert second.updated_at is None
    assert second.body == "A faint comet was found on plates taken last week."


def test_guid_keeps_id_through_edits() -> None:
    item = "<item><guid>g-1</guid><title>{}</title><description>Body text.</description></item>"
    before = _parse(_rss(item.format("Ferry late"))).updates[0]
    after = _parse(_rss(item.format("Ferry very late"))).updates[0]
    assert before.id == after.id
    assert before.revision != after.revision


@pytest.mark.parametrize(
    ("item", "headline", "body"),
    [
        ("<item><title>Only a title</title></item>", "Only a title", "Only a title"),
        (
            "<item><description>No title. Then more.</description></item>",
            "No title.",
            "No title. Then more.",
        ),
        (
            "<item><title>A &amp; B</title><description>&lt;p&gt;x&lt;/p&gt;</description></item>",
            "A & B",
            "x",
        ),
    ],
)
def test_item_shapes(item: str, headline: str, body: str) -> None:
    update = _parse(_rss(item)).updates[0]
    assert (update.headline, update.body) == (headline, body)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty feed"),
        (_rss(""), "no items"),
        ("<rss><channel><item></item></channel></rss>", "no feed item"),
        (b"/etc/passwd", "no items"),
        ("https://example.invalid/feed.xml", "no items"),
    ],
)
def test_refusals(content: bytes | str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        _parse(content)


@pytest.mark.parametrize(
    ("head", "expected"),
    [("<?xml version='1.0'?><rss>", True), ("<feed xmlns=...>", True), ("<html>", False)],
)
def test_looks_like_feed(head: str, expected: bool) -> None:
    assert looks_like_feed(head) is expected


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(_rss))
def test_any_bytes_give_updates_or_parse_error(content: bytes | str) -> None:
    try:
        page = _parse(content)
    except ParseError:
        return
    assert all(u.headline for u in page.updates)
