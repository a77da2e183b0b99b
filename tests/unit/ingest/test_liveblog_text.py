"""Plain-text live blog parsing: structure, damage from text extraction, and refusals."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.ingest.liveblog_text import LiveBlogPage, parse_liveblog_text
from shared.errors import ParseError
from shared.models import SourceRef

FIXTURE = Path(__file__).parents[2] / "fixtures" / "ingest" / "liveblog.txt"
# The design kit, when it sits beside the checkout (tests using it skip otherwise).
SHARED = Path(__file__).resolve().parents[3].parent / "shared"
SEED = SHARED / "seed" / "000_82d68d25e60939f7.txt"
SEED_GOLD = SHARED / "corpus" / "seed-gold.jsonl"
SOURCE = SourceRef(id="storm-live", name="Storm live", url="https://news.example/storm")
FETCHED = datetime(2031, 3, 14, 18, 0, tzinfo=UTC)
HEADLINES = [
    "Ferry services suspended along the northern route",
    "Governor says shelters have room for 12,000 'and more if needed'",
    "Power cut to 15,000 homes in Ostrava Bay",
]


def _parse(text: str) -> LiveBlogPage:
    return parse_liveblog_text(text, source=SOURCE, fetched_at=FETCHED)


def _fixture() -> str:
    return FIXTURE.read_text(encoding="utf-8")


def _damage(text: str, before: str, after: str) -> str:
    """Run each headline into the line before it (`before`) and/or after it (`after`)."""
    for headline in HEADLINES:
        text = text.replace(f"\n{headline}\n", f"{before}{headline}{after}")
    return text


def test_fixture_gives_updates_in_page_order() -> None:
    page = _parse(_fixture())
    assert [u.headline for u in page.updates] == HEADLINES


def test_header_gives_title_dates_and_summary() -> None:
    page = _parse(_fixture())
    assert page.title == "Storm season live: Coastal towns brace for Hurricane Mirela"
    assert page.page_date == date(2031, 3, 14)
    assert page.last_updated == date(2031, 3, 14)
    assert page.summary.startswith("Hurricane Mirela is expected")
    assert page.summary.endswith("on Friday, March 14:")
    assert all("Here is a roundup" not in u.body for u in page.updates)


def test_body_keeps_paragraphs_and_comma_lines() -> None:
    first = _parse(_fixture()).updates[0]
    paragraphs = first.body.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[1].endswith("told reporters,")


def test_credits_line_is_not_an_update_nor_body() -> None:
    last = _parse(_fixture()).updates[-1]
    assert last.body.endswith("the company said.")


def test_updates_carry_source_times_and_ids() -> None:
    page = _parse(_fixture())
    for update in page.updates:
        assert update.source == SOURCE
        assert update.fetched_at == FETCHED
        assert update.published_at == datetime(2031, 3, 14, tzinfo=UTC)
        assert update.id.startswith("storm-live:")
    assert len({u.id for u in page.updates}) == len(page.updates)


def test_reparse_gives_same_ids_and_revisions() -> None:
    first, second = _parse(_fixture()), _parse(_fixture())
    assert [(u.id, u.revision) for u in first.updates] == [
        (u.id, u.revision) for u in second.updates
    ]


@pytest.mark.parametrize(
    ("name", "damaged"),
    [
        ("headline run into its body", lambda t: _damage(t, "\n", "")),
        ("headline run onto the line before", lambda t: _damage(t, "", "\n")),
        ("headline glued on both sides", lambda t: _damage(t, "", "")),
        ("headline after a space", lambda t: _damage(t, " ", "\n")),
        ("windows line ends", lambda t: t.replace("\n", "\r\n")),
        ("blank lines between all lines", lambda t: t.replace("\n", "\n\n")),
        ("non-breaking spaces", lambda t: t.replace(" ", "\u00a0")),
        ("header on separate lines", lambda t: t.replace("2031last", "2031\nlast")),
        ("title run into the header", lambda t: t.replace("Mirela\nPublished", "MirelaPublished")),
        ("credits run into the last line", lambda t: t.replace("\nab,cd/ef", "ab,cd/ef")),
        ("no credits line", lambda t: t.replace("ab,cd/ef (Wire One, Wire Two)\n", "")),
        ("every line run together", lambda t: t.replace("\n", "")),
        (
            "photo credits and navigation",
            lambda t: t.replace("Governor says", "Image: A. Person/Agency\nGovernor says").replace(
                "Power cut", "Skip next section Related topics\nAdvertisement\nPower cut"
            ),
        ),
    ],
)
def test_extraction_damage_keeps_headlines(name: str, damaged: object) -> None:
    assert callable(damaged)
    page = _parse(damaged(_fixture()))
    assert [u.headline for u in page.updates] == HEADLINES, name


@pytest.mark.parametrize(
    "damaged",
    [
        _damage(_fixture(), "", ""),
        _fixture().replace("\n", ""),
    ],
)
def test_damaged_page_keeps_ids_and_revisions(damaged: str) -> None:
    """Re-extraction that glues lines together must not look like new or edited updates."""
    clean = _parse(_fixture())
    assert [(u.id, u.revision) for u in _parse(damaged).updates] == [
        (u.id, u.revision) for u in clean.updates
    ]


def test_glued_sentences_become_paragraphs_again() -> None:
    text = 'Dam holds\nWater rose.Engineers watched."We are calm," one said.Night fell.\n'
    assert _parse(text).updates[0].body.split("\n\n") == [
        "Water rose.",
        "Engineers watched.",
        '"We are calm," one said.',
        "Night fell.",
    ]


def test_page_without_header_or_summary() -> None:
    text = "Bridge reopens after repairs\nThe bridge carried traffic again on Monday.\n"
    page = _parse(text)
    assert page.title == ""
    assert page.page_date is None
    assert [u.headline for u in page.updates] == ["Bridge reopens after repairs"]
    assert page.updates[0].published_at is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Published March 14, 2031", date(2031, 3, 14)),
        ("Published 14 March 2031", date(2031, 3, 14)),
        ("Published on 2031-03-14", date(2031, 3, 14)),
        ("Published 14.03.2031", date(2031, 3, 14)),
        ("Published Sept 2, 2031", date(2031, 9, 2)),
        ("Published February 30, 2031", None),
    ],
)
def test_page_date_formats(header: str, expected: date | None) -> None:
    text = f"Live page\n{header}\nDam inspection finds cracks\nEngineers found two cracks.\n"
    assert _parse(text).page_date == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty input"),
        ("   \n\t\n", "empty input"),
        ("\x00\x01\x02binary\x03\x04", "binary"),
        ("Just one sentence of prose.\nAnd another one.", "no updates"),
        ("Lonely headline without body", "no updates"),
        ("ab,cd/ef (Wire One)", "no updates"),
    ],
)
def test_refuses_input_without_updates(text: str, message: str) -> None:
    with pytest.raises(ParseError, match=message) as info:
        _parse(text)
    assert "\n" not in str(info.value)
    assert "storm-live" in str(info.value)


@pytest.mark.parametrize(
    "line",
    [
        "Officials said the talks would resume on Tuesday.",
        "Talks continue, officials said,",
        'He called the decision "a mistake."',
        "What happens next?",
        "the line begins in lower case and has no end",
    ],
)
def test_body_like_lines_are_not_headlines(line: str) -> None:
    text = f"Talks resume in Geneva\n{line}\nA second paragraph follows here.\n"
    page = _parse(text)
    assert [u.headline for u in page.updates] == ["Talks resume in Geneva"]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_updates_or_parse_error(text: str) -> None:
    try:
        page = _parse(text)
    except ParseError:
        return
    assert page.updates


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([*_fixture().splitlines(), "", "x", "A B"]), max_size=30))
def test_shuffled_fixture_lines_give_updates_or_parse_error(lines: list[str]) -> None:
    try:
        page = _parse("\n".join(lines))
    except ParseError:
        return
    assert all(u.headline and u.body for u in page.updates)


@pytest.mark.skipif(not SEED.exists(), reason="shared seed page not present")
@pytest.mark.parametrize("joined", [False, True], ids=["as-is", "lines-run-together"])
def test_seed_page_gives_gold_headlines_in_order(joined: bool) -> None:
    gold = [json.loads(line)["headline"] for line in SEED_GOLD.read_text().splitlines() if line]
    text = SEED.read_text(encoding="utf-8")
    page = _parse(text.replace("\n", "") if joined else text)
    assert [u.headline for u in page.updates] == gold
    assert page.summary
    assert all(u.body for u in page.updates)
