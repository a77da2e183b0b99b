"""Counts in the wording of police, aid-agency and local reports: people taken to hospital or
treated, people who drowned, a victim named by role, and "nobody hurt" in a terse post."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import assert_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bus crash\nSix people died and 21 others were rushed to hospital with injuries.",
            {"killed": 6, "injured": 21},
        ),
        ("Market hit\nMedics at the clinic treated 14 survivors overnight.", {"injured": 14}),
        ("Boat capsizes\nNine migrants drowned when the boat overturned.", {"killed": 9}),
        (
            "Activist killed\nGunmen killed a community activist outside her home on Sunday.",
            {"killed": 1},
        ),
        (
            "Patrol ambushed\nA police officer serving with the regional force was killed.",
            {"killed": 1},
        ),
        ("04:10, booms\nDebris landed in a courtyard; windows out, nobody hurt.", {"killed": 0}),
    ],
)
def test_counts_in_report_wording(text: str, expected: dict[str, int | None]) -> None:
    assert_counts(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Water cannon fired at supply boat; crew unhurt",
        "Boat rammed\nThe cutter rammed the supply boat. No one aboard was hurt.",
        "Shells land in the sea\nThe rounds fell offshore and caused no damage or injuries.",
    ],
)
def test_unhurt_in_other_words_records_zero(text: str) -> None:
    assert_counts(text, {"killed": 0, "injured": 0})


def test_national_guard_members_are_troops() -> None:
    result = tag_text("Guard to the border\nThe state moves 8,000 National Guard members north.")
    assert result.facts.troops is not None
    assert result.facts.troops.value == 8000


@pytest.mark.parametrize(
    ("text", "casualties"),
    [
        ("Soldier loses leg to landmine on the border\nThe patrol set off a mine.", True),
        ("Veteran runs marathon\nA soldier who lost both legs in 2023 finished the race.", False),
    ],
)
def test_a_limb_lost_now_is_an_injury(text: str, casualties: bool) -> None:
    assert (Topic.CASUALTIES in {t.topic for t in tag_text(text).topics}) is casualties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clash\nTwelve soldiers and 13 militants were killed in the gunbattle.", {"killed": 25}),
        ("Riot\nFourteen prisoners and one police officer were hurt.", {"injured": 15}),
        ("Border fire\nNine civilians and a soldier were killed on Thursday.", {"killed": 10}),
        ("Ambush\nThe blast killed three police officers and two civilians.", {"killed": 5}),
        (
            "School hit\nFourteen people were killed, four of them children, and 52 were wounded.",
            {"killed": 14, "injured": 52},
        ),
    ],
)
def test_victims_listed_by_kind_under_one_verb_are_summed(
    text: str, expected: dict[str, int | None]
) -> None:
    assert_counts(text, expected)


def test_children_counted_in_a_relative_clause_are_not_added_to_the_next_kind() -> None:
    text = "Raid\nThe blast killed 10 people, including 3 children and 2 women were wounded."
    assert_counts(text, {"killed": 10, "injured": 2})
