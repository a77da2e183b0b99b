"""Monitors' daily and weekly updates: a city conceded as "occupied", a map marking a village
under control, fighters "of" an alliance entering a town, a week's tally, bodies that govern."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import topics_of

T = Topic.TERRITORIAL_CHANGE


@pytest.mark.parametrize(
    "text",
    [
        "Government concedes rebels hold the city\nThe government acknowledged that the rebels "
        "were occupying Uvira after army units pulled back.",
        "Monitor marks village as lost\nThe monitoring project updated its map to show the "
        "village of Novohrodivka as under Russian control.",
        "Rebels enter town\nFighters of the rebel alliance entered the town of Walikale after the "
        "army withdrew westward.",
    ],
)
def test_places_occupied_marked_or_entered(text: str) -> None:
    assert T in topics_of(text)


def test_a_city_named_as_occupied_in_passing_is_no_capture() -> None:
    assert T not in topics_of(
        "Shelling in the south\nShells hit the Russian-occupied city overnight, officials said."
    )


def test_a_weeks_count_is_a_tally() -> None:
    result = tag_text(
        "Weekly overview\nThe monitor recorded 130 reported fatalities in the week to 12 July, "
        "most of them in attacks on army outposts."
    )
    assert result.facts.aggregate
    assert result.severity == "low"


def test_bodies_that_govern_are_no_casualties() -> None:
    assert Topic.CASUALTIES not in topics_of(
        "Assembly convenes\nMost members were chosen by regional electoral bodies and the rest "
        "appointed by the president."
    )
