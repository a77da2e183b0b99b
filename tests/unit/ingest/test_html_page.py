"""Generic HTML live blogs: heading + paragraph blocks, noise stripping and selectors."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.ingest.html_page import (
    HtmlSelectors,
    html_to_paragraphs,
    html_to_text,
    parse_html_page,
    parse_timestamp,
)
from services.ingest.liveblog_text import LiveBlogPage
from shared.errors import ParseError
from shared.models import SourceRef

FIXTURE = Path(__file__).parents[2] / "fixtures" / "ingest" / "liveblog_plain.html"
SOURCE = SourceRef(id="norvale", url="https://gazette.example/live/norvale")
FETCHED = datetime(2031, 9, 21, 23, 0, tzinfo=UTC)


def _parse(html: str, selectors: HtmlSelectors | None = None) -> LiveBlogPage:
    return parse_html_page(html, source=SOURCE, fetched_at=FETCHED, selectors=selectors)


def _fixture() -> str:
    return FIXTURE.read_text(encoding="utf-8")


def test_fixture_blocks_in_page_order() -> None:
    page = _parse(_fixture())
    assert [u.headline for u in page.updates] == [
        "Turnout reaches 71 percent",
        "First district declares for the Green League",
        "Polls close across Norvale",
    ]
    assert page.title == "Election night live: results from Norvale"
    assert page.summary.startswith("Counting continues")


def test_noise_and_read_more_links_are_stripped() -> None:
    text = "\n".join(u.body for u in _parse(_fixture()).updates)
    for noise in ("kettle", "Share on", "Read more", "trackPageView", "margin", "Home"):
        assert noise not in text


def test_block_times_ids_and_list_items() -> None:
    first, second, _ = _parse(_fixture()).updates
    assert first.published_at == datetime(2031, 9, 21, 22, 10, tzinfo=UTC)
    assert first.url == "https://gazette.example/live/norvale#entry-42"
    assert second.body.split("\n\n")[1:] == ["Green League: 44 percent", "Civic Union: 38 percent"]


def test_block_id_keeps_update_id_through_edits() -> None:
    edited = _fixture().replace("highest in two decades", "highest in thirty years")
    before, after = _parse(_fixture()).updates[0], _parse(edited).updates[0]
    assert before.id == after.id
    assert before.revision != after.revision


def test_headings_without_wrappers() -> None:
    html = (
        "<body><h1>Page</h1><p>Intro text.</p>"
        "<h2>Second thing happens</h2><p>Details two.</p><p>More two.</p>"
        "<h3>First thing happens</h3><p>Details one.</p></body>"
    )
    page = _parse(html)
    assert [(u.headline, u.body) for u in page.updates] == [
        ("Second thing happens", "Details two.\n\nMore two."),
        ("First thing happens", "Details one."),
    ]
    assert page.updates[0].published_at is None


def test_source_selectors_override_detection() -> None:
    html = (
        '<div class="post" data-id="a1"><span class="t">Tram fares frozen</span>'
        '<div class="txt">Fares stay the same next year.</div></div>'
        '<div class="post" data-id="a2"><span class="t">Night buses return</span>'
        '<div class="txt">Routes N1 to N4 run again.</div><div class="txt">From Friday.</div></div>'
    )
    selectors = HtmlSelectors(update="div.post", headline="span.t", body="div.txt")
    page = _parse(html, selectors)
    assert [(u.headline, u.body) for u in page.updates] == [
        ("Tram fares frozen", "Fares stay the same next year."),
        ("Night buses return", "Routes N1 to N4 run again.\n\nFrom Friday."),
    ]
    assert page.updates[0].url is None  # data-id is an id, but not an anchor
    assert page.updates[0].id != _parse(html.replace('"a1"', '"a9"'), selectors).updates[0].id


def test_extra_remove_selectors() -> None:
    selectors = HtmlSelectors(remove=["p.byline"])
    html = '<h2>Storm passes</h2><p class="byline">By A. Writer</p><p>Skies cleared.</p>'
    assert _parse(html, selectors).updates[0].body == "Skies cleared."


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("", "empty HTML"),
        ("<html><body><p>Only prose.</p></body></html>", "no update blocks"),
        ("<h2>Heading only</h2>", "no update blocks"),
    ],
)
def test_refusals(html: str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        _parse(html)


def test_bad_selector_is_refused_when_configured() -> None:
    with pytest.raises(ValueError, match="not a valid CSS selector"):
        HtmlSelectors(update="div[[[")
    with pytest.raises(ValueError, match="not a valid CSS selector"):
        HtmlSelectors(remove=["p", "::::"])


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<p>One.</p><p>Two <b>bold</b>.</p>", ["One.", "Two bold."]),
        ("intro<p>One.</p>", ["intro", "One."]),
        ("a<br>b", ["a", "b"]),
        ("plain\n\ntext", ["plain", "text"]),
        ("<p>x</p><script>evil()</script>", ["x"]),
        ('<p>y</p><p><a href="/z">Read more</a></p>', ["y"]),
        ("<ul><li>one</li><li>two</li></ul>", ["one", "two"]),
    ],
)
def test_html_to_paragraphs(fragment: str, expected: list[str]) -> None:
    assert html_to_paragraphs(fragment) == expected


def test_html_to_text_gives_one_line_per_block() -> None:
    lines = html_to_text(_fixture()).splitlines()
    assert "Turnout reaches 71 percent" in lines
    assert "22:10" not in lines


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2031-09-21T22:10:00Z", datetime(2031, 9, 21, 22, 10, tzinfo=UTC)),
        ("2031-09-21T22:10:00", datetime(2031, 9, 21, 22, 10, tzinfo=UTC)),
        ("Sun, 21 Sep 2031 22:10:00 GMT", datetime(2031, 9, 21, 22, 10, tzinfo=UTC)),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_timestamp(value: str | None, expected: datetime | None) -> None:
    assert parse_timestamp(value) == expected


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<h2>",
                "</h2>",
                "<p>",
                "</p>",
                "<div>",
                "</div>",
                "<script>",
                "A b",
                "text.",
                "<time datetime='2031-01-01'>",
                "</time>",
                "<br>",
                "&amp;",
            ]
        ),
        max_size=40,
    )
)
def test_any_markup_gives_updates_or_parse_error(parts: list[str]) -> None:
    try:
        page = _parse("".join(parts))
    except ParseError:
        return
    assert all(u.headline and u.body for u in page.updates)
