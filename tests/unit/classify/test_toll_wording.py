"""Tolls and their neighbours: children listed after women, the injured taken to a named
hospital, a war's toll told in a relative clause, a light show's drones, squadrons sent with
troops, bases for attacks alleged, and attackers named after the headline."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import assert_counts, topics_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bodies found\nResidents recovered 30 bodies, eight of them women and five children, "
            "after the raid.",
            {"killed": 30, "children_killed": 5},
        ),
        (
            "Drone hits minibus\nThe driver died, and four passengers were taken to the city "
            "regional hospital with shrapnel wounds.",
            {"killed": 1, "injured": 4},
        ),
        (
            "Assembly demands ceasefire\nThe war, which the health ministry says has killed more "
            "than 40,000 people, entered its second year.",
            {"killed": None},
        ),
    ],
)
def test_toll_wording(text: str, expected: dict[str, int | None]) -> None:
    assert_counts(text, expected)


@pytest.mark.parametrize(
    ("text", "topic", "tagged"),
    [
        (
            "Light show\nSome 40 of the 1,200 drones launched for the show fell into the harbour.",
            Topic.STRIKE,
            False,
        ),
        (
            "Pentagon orders 2,000 more troops and two F-16 squadrons to the region",
            Topic.MILITARY_AID,
            False,
        ),
        ("Islamabad says militants use Afghan soil to stage attacks", Topic.GROUND_COMBAT, False),
        (
            "Six soldiers killed in attack on army base\nJihadist fighters stormed the base before "
            "dawn, the army said.",
            Topic.STRIKE,
            False,
        ),
    ],
)
def test_shows_squadrons_alleged_bases_and_ground_attackers(
    text: str, topic: Topic, tagged: bool
) -> None:
    assert (topic in topics_of(text)) is tagged


def test_a_wars_toll_in_a_relative_clause_is_no_critical_news() -> None:
    text = (
        "Assembly demands ceasefire in 150-10 vote\nThe war, which the health ministry says has "
        "killed more than 40,000 people, entered its second year."
    )
    assert tag_text(text).severity != "critical"
