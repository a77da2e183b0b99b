"""schema.org LiveBlogPosting JSON-LD: @graph, lists, HTML bodies, dates and ids."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.ingest.jsonld import has_liveblog_jsonld, parse_jsonld
from services.ingest.liveblog_text import LiveBlogPage
from shared.errors import ParseError
from shared.models import SourceRef

FIXTURE = Path(__file__).parents[2] / "fixtures" / "ingest" / "liveblog_jsonld.html"
SOURCE = SourceRef(id="gazette", url="https://gazette.example/live/tamsel")
FETCHED = datetime(2031, 5, 3, 13, 0, tzinfo=UTC)


def _parse(document: str) -> LiveBlogPage:
    return parse_jsonld(document, source=SOURCE, fetched_at=FETCHED)


def _posting(*updates: Any, **extra: Any) -> dict[str, Any]:
    return {"@type": "LiveBlogPosting", "headline": "Live", "liveBlogUpdate": [*updates], **extra}


def _page(value: Any) -> str:
    return f'<html><script type="application/ld+json">{json.dumps(value)}</script></html>'


UPDATE = {"headline": "Bridge closed", "articleBody": "The bridge is shut for checks."}


def test_fixture_updates_in_listing_order() -> None:
    page = _parse(FIXTURE.read_text(encoding="utf-8"))
    assert [u.headline for u in page.updates] == [
        "Army engineers reinforce the Marrow dike",
        "Rail line to Kessing closed & buses replace trains",
        "River gauge at Hollin passes warning level",
    ]
    assert page.title == "Flood watch live: River Tamsel rises"
    assert page.page_date == date(2031, 5, 3)


def test_fixture_bodies_dates_and_urls() -> None:
    first, second, third = _parse(FIXTURE.read_text(encoding="utf-8")).updates
    assert first.body == (
        "Two hundred engineers are stacking sandbags along the dike.\n\n"
        "The work should finish by nightfall, a spokesperson said."
    )
    assert first.published_at == datetime(2031, 5, 3, 11, 40, tzinfo=UTC)
    assert first.updated_at == datetime(2031, 5, 3, 12, 5, tzinfo=UTC)
    assert first.url == "https://gazette.example/live/tamsel#post-3"
    assert second.body.split("\n\n") == [
        "Water covers the tracks near Kessing station.",
        "Replacement buses run every 30 minutes.",
    ]
    assert second.updated_at is None
    assert third.url is None


def test_native_id_survives_an_edit() -> None:
    item = {**UPDATE, "@id": "post-9"}
    edited = {**item, "articleBody": "The bridge is shut for repairs. More soon."}
    before = _parse(_page(_posting(item))).updates[0]
    after = _parse(_page(_posting(edited))).updates[0]
    assert before.id == after.id
    assert before.revision != after.revision


@pytest.mark.parametrize(
    ("value", "count"),
    [
        (_posting(UPDATE), 1),
        ([{"@type": "WebSite"}, _posting(UPDATE, UPDATE | {"headline": "Second"})], 2),
        ({"@graph": [{"@type": "Organization"}, _posting(UPDATE)]}, 1),
        ({"@type": "WebPage", "mainEntity": _posting(UPDATE)}, 1),
        ({"@type": ["NewsArticle", "LiveBlogPosting"], "liveBlogUpdate": UPDATE}, 1),
        ({"@type": "http://schema.org/LiveBlogPosting", "liveBlogUpdate": [UPDATE]}, 1),
        (_posting({"articleBody": "No headline here. Second sentence."}), 1),
        (_posting(UPDATE, {"headline": "Empty"}, "junk", 5), 1),
    ],
)
def test_shapes_of_jsonld(value: Any, count: int) -> None:
    assert len(_parse(_page(value)).updates) == count


def test_raw_json_document_is_accepted() -> None:
    assert _parse(json.dumps(_posting(UPDATE))).updates[0].headline == "Bridge closed"


def test_headline_made_from_first_sentence_when_missing() -> None:
    page = _parse(_page(_posting({"articleBody": "No headline here. Second sentence."})))
    assert page.updates[0].headline == "No headline here."


def test_repeated_native_ids_fall_back_to_content() -> None:
    items = [UPDATE | {"url": SOURCE.url}, UPDATE | {"headline": "Other", "url": SOURCE.url}]
    ids = {u.id for u in _parse(_page(_posting(*items))).updates}
    assert len(ids) == 2


def test_page_date_feeds_updates_without_dates() -> None:
    page = _parse(_page(_posting(UPDATE, datePublished="2031-05-03T05:00:00Z")))
    assert page.updates[0].published_at == datetime(2031, 5, 3, 5, 0, tzinfo=UTC)


def test_broken_block_does_not_hide_a_good_one() -> None:
    document = (
        '<script type="application/ld+json">{not json</script>'
        f'<script type="application/ld+json">{json.dumps(_posting(UPDATE))}</script>'
    )
    assert len(_parse(document).updates) == 1


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("<html><body><p>Nothing here.</p></body></html>", "no JSON-LD"),
        (_page({"@type": "NewsArticle", "headline": "x"}), "no LiveBlogPosting"),
        (_page(_posting()), "no readable updates"),
        (_page(_posting({"headline": "No body"})), "no readable updates"),
        ("[" * 5000, "no JSON-LD"),
    ],
)
def test_refusals(document: str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        _parse(document)


def test_has_liveblog_jsonld() -> None:
    assert has_liveblog_jsonld(FIXTURE.read_text(encoding="utf-8"))
    assert not has_liveblog_jsonld("<html><p>LiveBlogPosting is a word here.</p></html>")


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "@type",
                    "@graph",
                    "headline",
                    "articleBody",
                    "liveBlogUpdate",
                    "datePublished",
                    "dateModified",
                    "url",
                    "@id",
                    "text",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(_json, st.sampled_from(["LiveBlogPosting", "BlogPosting", None]))
def test_any_jsonld_gives_updates_or_parse_error(value: Any, kind: str | None) -> None:
    if isinstance(value, dict) and kind:
        value["@type"] = kind
    try:
        page = _parse(_page(value))
    except ParseError:
        return
    assert all(u.headline and u.body for u in page.updates)
