"""Update ids are stable across re-renders; revisions change with any real edit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.ingest.identity import first_sentence, revision, update_id

HEADLINE = "Dam inspection finds two cracks"
BODY = "Engineers found two cracks in the wall. Repairs start next week.\n\nThe lake stays open."


def test_same_content_same_id() -> None:
    assert update_id("src", HEADLINE, BODY) == update_id("src", HEADLINE, BODY)


def test_id_names_its_source() -> None:
    assert update_id("river-blog", HEADLINE, BODY).startswith("river-blog:")


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Dam  inspection finds two cracks", BODY),
        (HEADLINE.upper(), BODY),
        (HEADLINE, BODY.replace("Repairs start next week.", "Repairs start in May.")),
        (HEADLINE, BODY + "\n\nA new paragraph was added later."),
        (HEADLINE, "Engineers found two cracks in the wall.\u00a0Repairs start next week."),
    ],
)
def test_id_ignores_spacing_case_and_later_sentences(headline: str, body: str) -> None:
    assert update_id("src", headline, body) == update_id("src", HEADLINE, BODY)


@pytest.mark.parametrize(
    ("source", "headline", "body"),
    [
        ("other", HEADLINE, BODY),
        ("src", "Dam inspection finds three cracks", BODY),
        ("src", HEADLINE, "Engineers found a crack in the wall. Repairs start next week."),
    ],
)
def test_id_changes_with_source_headline_or_first_sentence(
    source: str, headline: str, body: str
) -> None:
    assert update_id(source, headline, body) != update_id("src", HEADLINE, BODY)


def test_native_id_wins_over_content() -> None:
    a = update_id("src", HEADLINE, BODY, native_id="post-17")
    b = update_id("src", "Another headline", "Another body.", native_id="post-17")
    assert a == b
    assert a != update_id("src", HEADLINE, BODY)
    assert a != update_id("other", HEADLINE, BODY, native_id="post-17")


def test_blank_native_id_falls_back_to_content() -> None:
    assert update_id("src", HEADLINE, BODY, native_id="  ") == update_id("src", HEADLINE, BODY)


@pytest.mark.parametrize(
    ("headline", "body", "same"),
    [
        (HEADLINE, BODY, True),
        (HEADLINE + " ", BODY.replace("\n\n", "\n\n\n"), True),
        (HEADLINE, BODY.replace("two cracks", "three cracks"), False),
        (HEADLINE + " again", BODY, False),
        (HEADLINE, BODY + "\n\nUpdate: the lake is closed.", False),
    ],
)
def test_revision_tracks_content(headline: str, body: str, same: bool) -> None:
    assert (revision(headline, body) == revision(HEADLINE, BODY)) is same


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("One. Two.", "One."),
        ("U.S. forces left. Then more.", "U.S. forces left."),
        ("It fell 3.5 percent. Then rose.", "It fell 3.5 percent."),
        ('"We stay," she said. Next.', '"We stay," she said.'),
        ("No break here", "No break here"),
        ("", ""),
    ],
)
def test_first_sentence(body: str, expected: str) -> None:
    assert first_sentence(body) == expected


@given(st.text(), st.text(), st.text(), st.one_of(st.none(), st.text()))
def test_any_text_hashes(source: str, headline: str, body: str, native: str | None) -> None:
    assert update_id(source, headline, body, native).startswith(f"{source}:")
    assert len(revision(headline, body)) == 16
