"""Middle East wire wording: a projectile splashing down near a ship, an attack dated by its
month, a bomb attack ruled out, food dropped from aircraft, buses pulling out of a prison,
and a football match's war words."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
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


@pytest.mark.parametrize(
    ("text", "topic", "present"),
    [
        ("Arms sale cleared\nWashington cleared a $2bn sale of guided bombs to the ally.",
         Topic.MILITARY_AID, True),
        ("Tanks in the camp\nA platoon of tanks rolled into the camp on Sunday.",
         Topic.TROOP_DEPLOYMENT, True),
        ("Rare contact\nSyrian and Israeli officials met in Baku on Saturday.",
         Topic.DIPLOMACY_SANCTIONS, True),
        ("Shipping group keeps diverting\nIts ships will keep sailing around the Cape.",
         Topic.ECONOMY, True),
        ("Clashes in the south\nFighting killed 30. The interior ministry urged restraint.",
         Topic.DIPLOMACY_SANCTIONS, False),
        ("Thousands rally for hostage deal\nProtesters demanded the government agree a deal.",
         Topic.DIPLOMACY_SANCTIONS, False),
    ],
)  # fmt: skip
def test_regional_wording_of_each_topic(text: str, topic: Topic, present: bool) -> None:
    assert (topic in topics_of(text)) is present


def test_a_toll_since_a_truce_took_effect_is_a_tally() -> None:
    result = tag_text(
        "Monitors count dead since truce\nAt least 71 civilians have been killed since the "
        "November 27 ceasefire took effect, the rights office said."
    )
    assert result.facts.aggregate
    assert result.severity.value == "low"
