"""Middle East wire wording: a projectile splashing down near a ship, an attack dated by its
month, a bomb attack ruled out, food dropped from aircraft, buses pulling out of a prison,
and a football match's war words."""

from __future__ import annotations

import pytest

from shared.models import Topic
from tests.unit.classify.tagging import topics_of

S, T, C = Topic.STRIKE, Topic.TERRITORIAL_CHANGE, Topic.CASUALTIES


@pytest.mark.parametrize(
    ("text", "strike"),
    [
        ("Ship reports splash\nA projectile splashed down near a bulk carrier off the port.", True),
        ("Toll of a war\nSome 900 soldiers have died since the attack on October 7.", False),
        ("Blast kills 3\nA gas cylinder exploded; police ruled out a bomb attack.", False),
        ("Food from the air\nTwo aircraft dropped 25 tonnes of flour over the north.", False),
    ],
)
def test_strike_or_not(text: str, strike: bool) -> None:
    assert (S in topics_of(text)) is strike


def test_buses_pulling_out_of_a_prison_are_no_withdrawal() -> None:
    text = "Prisoners freed\nBuses carrying 90 prisoners pulled out of the prison near the city."
    assert T not in topics_of(text)


def test_a_football_match_borrows_war_words() -> None:
    text = (
        "Late winner keeps World Cup hopes alive\nA substitute scored a stoppage-time penalty as "
        "the hosts beat their rivals 2-1. The visitors had bombarded the box all half and were "
        "'killed by one moment', their coach said."
    )
    topics = topics_of(text)
    assert S not in topics
    assert C not in topics
