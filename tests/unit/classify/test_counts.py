"""Victim, troop and projectile counts from text, with the taxonomy's conventions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.classify import counts as counts_module
from services.classify.context import build_context
from services.classify.counts import Counts, extract_counts


def _counts(headline: str, body: str = "") -> Counts:
    text = f"{headline}\n\n{body}"
    return extract_counts(build_context(text, len(headline)))


def _v(count: object) -> int | None:
    return getattr(count, "value", None)


@pytest.mark.parametrize(
    ("headline", "body", "killed", "injured"),
    [
        ("Rocket attack kills six in Mykolaiv", "Officials said 14 more were wounded.", 6, 14),
        ("Strike on market", "Eleven people died and twenty-three were injured.", 11, 23),
        ("Drone hits bus", "The attack killed a driver and injured several passengers.", 1, 3),
        ("Shelling of suburb", "Dozens of people were hurt, the mayor said.", None, 12),
        ("Missile hits depot", "Doctors are treating 17 wounded.", None, 17),
        ("Bombing of town", "Scores of residents were killed, witnesses said.", 20, None),
        ("Woman killed in drone attack on Kherson", "", 1, None),
        ("Shelling leaves 3 dead, 10 injured in Kherson", "", 3, 10),
        ("Strike claims the lives of 12 in Zaporizhzhia", "", 12, None),
        ("Drone strike", "Four people sustained serious injuries.", None, 4),
        ("Night attack on Kyiv", "Another 19 people remain in hospital.", None, 19),
    ],
)
def test_killed_and_injured(
    headline: str, body: str, killed: int | None, injured: int | None
) -> None:
    counts = _counts(headline, body)
    assert (_v(counts.killed), _v(counts.injured)) == (killed, injured)


def test_a_teenager_killed_is_one_killed_and_one_child() -> None:
    """'a 15-year-old boy was killed' = killed 1 + children killed 1."""
    counts = _counts("Strike on village", "A 15-year-old boy was killed when the shell landed.")
    assert (_v(counts.killed), _v(counts.children_killed)) == (1, 1)


def test_including_children_attaches_to_the_preceding_count() -> None:
    counts = _counts(
        "Missile strike", "The strike killed 14 people, including three children, and wounded 40."
    )
    assert (_v(counts.killed), _v(counts.children_killed), _v(counts.injured)) == (14, 3, 40)


def test_children_among_the_dead() -> None:
    counts = _counts("Toll rises", "The toll reached 25. Four children were among the dead.")
    assert (_v(counts.killed), _v(counts.children_killed)) == (25, 4)


def test_toll_rising_to_a_number_sets_killed() -> None:
    """'toll rises to three' = 3, even when the text recalls an older, lower figure."""
    counts = _counts(
        "Death toll in Odesa attack rises to three",
        "Officials had earlier reported two deaths.",
    )
    assert _v(counts.killed) == 3


def test_no_casualties_records_zero() -> None:
    counts = _counts("Drones hit warehouse", "No one was hurt, the governor said.")
    assert (_v(counts.killed), _v(counts.injured)) == (0, 0)


def test_missing_under_rubble() -> None:
    counts = _counts("Block hit", "Nine people are still missing under the rubble.")
    assert _v(counts.missing) == 9


@pytest.mark.parametrize(
    "body",
    [
        "The 15-member council met on Friday.",
        "Lawmakers filed 2,099 amendments to the bill.",
        "The city lies 30 kilometers from the border.",
        "The budget allocates $40 billion to defense.",
        "A 70-year-old man was seen at the site.",
    ],
)
def test_non_victim_numbers_are_not_counts(body: str) -> None:
    counts = _counts("Update", body)
    assert counts.killed is None
    assert counts.injured is None
    assert counts.troops is None


@pytest.mark.parametrize(
    ("headline", "body", "troops"),
    [
        ("Pentagon sends 2,500 troops to Poland", "", 2500),
        ("Kremlin to call up 150,000 conscripts", "", 150000),
        ("Deployment", "About 700 Dutch soldiers arrived in Lithuania.", 700),
    ],
)
def test_troops(headline: str, body: str, troops: int) -> None:
    assert _v(_counts(headline, body).troops) == troops


def test_soldiers_killed_are_victims_not_troops() -> None:
    counts = _counts("Strike kills 12 soldiers at training ground")
    assert (_v(counts.killed), counts.troops) == (12, None)


def test_n_of_m_drones_downed() -> None:
    """'17 of 43 drones downed' = 43 launched, 17 downed."""
    counts = _counts("Ukraine says 17 of 43 drones downed overnight")
    assert (_v(counts.drones_launched), _v(counts.drones_downed)) == (43, 17)


def test_launched_and_downed_in_separate_clauses() -> None:
    counts = _counts(
        "Overnight attack",
        "Russia launched 60 drones and six missiles, the air force said, "
        "adding that 51 drones and four missiles were shot down.",
    )
    assert (_v(counts.drones_launched), _v(counts.drones_downed)) == (60, 51)
    assert (_v(counts.missiles_launched), _v(counts.missiles_downed)) == (6, 4)


def test_all_downed_means_launched_equals_downed() -> None:
    counts = _counts("Air defenses shot down all 8 cruise missiles over Kyiv")
    assert (_v(counts.missiles_launched), _v(counts.missiles_downed)) == (8, 8)


def test_count_evidence_points_into_the_text() -> None:
    headline = "Shelling kills 5 in Kherson"
    body = "At least 12 people were wounded."
    text = f"{headline}\n\n{body}"
    counts = extract_counts(build_context(text, len(headline)))
    for count in (counts.killed, counts.injured):
        assert count is not None
        assert count.evidence is not None
        assert text[count.evidence.start : count.evidence.end] == count.evidence.text


def test_the_lone_victim_hints_hold_for_every_fixture_text_the_regexes_match() -> None:
    # The lone-victim regexes run only in texts holding one of their hint words, kept by hand
    # beside them: a wording added to a regex without its word would silently never match.
    fixtures = Path(__file__).resolve().parents[2] / "fixtures" / "classify"
    matched = 0
    for path in sorted(fixtures.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            row = json.loads(line)
            headline, body = row["headline"], row.get("body") or ""
            ctx = build_context(f"{headline}\n\n{body}", len(headline))
            if counts_module._SINGULAR_VICTIM.search(ctx.scan) is not None:
                matched += 1
                assert counts_module._SINGULAR_VICTIM_HINT.search(ctx.scan) is not None, row["id"]
            if counts_module._HEADLINE_VICTIM.match(ctx.low, ctx.lead) is not None:
                matched += 1
                assert counts_module._HEADLINE_VICTIM_HINT.search(ctx.scan) is not None, row["id"]
            if counts_module._HEADLINE_OBJECT_VICTIM.search(ctx.low, ctx.lead, ctx.headline_end):
                matched += 1
                assert counts_module._holds_any(
                    ctx.low, counts_module._HEADLINE_OBJECT_VERBS, ctx.lead, ctx.headline_end
                ), row["id"]
    assert matched > 100  # the fixtures exercise the regexes
