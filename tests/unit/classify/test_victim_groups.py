"""Victims told as a group: a parent and children, a count and one more, a number "now known"
to be hurt, a lone victim named by rank."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from tests.unit.classify.tagging import assert_counts, value_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A parent and their children: one verb, the parent plus the number of children.
        (
            "Shelling kills farmer and children\nShelling killed a farmer and his two children "
            "in the village on Monday.",
            {"killed": 3, "children_killed": 2},
        ),
        (
            "Drone hits car\nThe drone wounded a woman and her three children on the road out "
            "of town.",
            {"injured": 4, "children_injured": 3},
        ),
        # A count and one more under a verb after them, however long the second noun.
        (
            "Attack on prison\nSix guards and a police officer were injured in the attack, the "
            "ministry said.",
            {"injured": 7},
        ),
        # ... and under a verb before them, the one more a child.
        (
            "Blast hurts soldiers\nThe blast injured three soldiers and a ten-year-old girl who "
            "was passing by.",
            {"injured": 4, "children_injured": 1},
        ),
        # A number of people "now known" to be hurt, and a count of the wounded reaching one.
        (
            "Toll update\nEighty people are now known to have been wounded in Saturday's rocket "
            "attack, officials said.",
            {"injured": 80},
        ),
        ("Number wounded in market attack reaches 64\n", {"injured": 64}),
        # A lone victim named by rank.
        (
            "Captain killed\nA border police captain was killed by sniper fire on Tuesday.",
            {"killed": 1},
        ),
        ("Sergeant wounded\nAn army sergeant was wounded by a mine near the post.", {"injured": 1}),
        # Controls: a parent whose children were not hurt, and one verb per group.
        (
            "Strike on house\nThe strike killed a teacher; his two children were rescued from the "
            "rubble.",
            {"killed": 1, "children_killed": None},
        ),
        (
            "Clashes\nSix guards were injured and a police officer was killed in the clashes.",
            {"injured": 6, "killed": 1},
        ),
    ],
)
def test_victim_groups(text: str, expected: dict[str, int | None]) -> None:
    assert_counts(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lone victim shot dead, named by a job, or described in apposition.
        (
            "Gunmen raid school\nThe school's headmaster was shot dead as he tried to stop the "
            "attackers.",
            {"killed": 1},
        ),
        (
            "Drone hits minibus\nThe driver, a woman of 40, has shrapnel wounds to her arms.",
            {"injured": 1},
        ),
        (
            "Strike on a car\nTwo men were killed. A third man, a medic with a local charity, was "
            "wounded.",
            {"killed": 2, "injured": 1},
        ),
        (
            "Encounter on the border\nTwo soldiers and three militants were killed; a porter was "
            "injured in the gunfight.",
            {"killed": 5, "injured": 1},
        ),
        # The wounded given as a figure that has not changed.
        (
            "Toll rises\nThe number of dead has risen to six. The figure for the wounded is "
            "unchanged at 19.",
            {"killed": 6, "injured": 19},
        ),
        # Control: a man named in apposition who was not hurt.
        (
            "Strike on a car\nTwo men were killed. The owner, a local farmer, said he heard a "
            "drone.",
            {"killed": 2, "injured": None},
        ),
    ],
)
def test_lone_victims_by_job_or_apposition(text: str, expected: dict[str, int | None]) -> None:
    assert_counts(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid worker killed in strike on convoy", {"killed": 1}),
        ("Theatre director dies of wounds after shelling", {"killed": 1}),
        ("Village priest wounded in drone attack", {"injured": 1}),
        ("Schoolgirl killed in missile strike", {"killed": 1, "children_killed": 1}),
    ],
)
def test_one_victim_named_by_role_in_a_headline(text: str, expected: dict[str, int]) -> None:
    assert_counts(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boy killed by drone\nA 15-year-old boy died when a drone hit the family car. His "
            "father, who was driving, suffered minor injuries.",
            {"killed": 1, "injured": 1},
        ),
        (
            "Girl hurt by shell\nA seven-year-old girl was wounded in the yard. Her grandmother "
            "was also hit by shrapnel.",
            {"injured": 2},
        ),
        (
            "Toll rises to four\nThe death toll rose to four. The number of injured remains 14.",
            {"killed": 4, "injured": 14},
        ),
    ],
)
def test_a_second_victim_by_role_and_an_injured_figure_that_remains(
    text: str, expected: dict[str, int]
) -> None:
    assert_counts(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Family killed\nA couple and their four young children were killed when a shell hit "
            "their flat.",
            {"killed": 6},
        ),
        ("Strike kills parents and their two children in Rafah", {"killed": 4}),
        ("Neighbours\nA man and his two sons said they heard the drone.", {"killed": None}),
        ("Old shell\nThree boys aged between 9 and 14 were killed as it exploded.", {"killed": 3}),
    ],
)
def test_a_family_as_the_subject_and_a_range_of_ages(text: str, expected: dict[str, int]) -> None:
    assert_counts(text, expected)


def test_todays_children_outweigh_a_running_total_told_beside_them() -> None:
    text = (
        "Old shell kills three children\nThree brothers aged between 8 and 12 were killed when a "
        "shell exploded in a field. Unexploded ordnance has killed dozens of people in the "
        "province since the start of the year."
    )
    result = tag_text(text)
    assert value_of(result.facts.killed) == 3
    assert result.severity == "critical"
