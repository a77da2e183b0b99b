"""Newsletter items: war words in sport, politics and culture; a disaster of last month named in
passing; a move being weighed; a claim called a fantasy; a named victim and "four other people"."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import assert_counts, topics_of


@pytest.mark.parametrize(
    "text",
    [
        "Siege football pays off\nThe hosts camped in their rivals' half; 'we won the battle in "
        "our heads first,' the coach said after the 2-0 win.",
        "Mayor's war on speeding\nThe city is sending 300 extra wardens onto the roads in what "
        "the mayor called an all-out offensive on speeding.",
        "Champion survives a five-set ambush\nShe came back from two sets down in a match that "
        "lasted four hours.",
        "Leader wins the run-off battle\nShe won the party's leadership vote by 185 votes to 156.",
    ],
)
def test_figurative_battles_are_not_combat(text: str) -> None:
    assert Topic.GROUND_COMBAT not in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting erupts in the city\nThe fighting spread to several neighbourhoods overnight, "
        "residents said.",
        "Battle for the town\nThe battle for the town entered its third week as troops held the "
        "railway station.",
    ],
)
def test_literal_fighting_is_still_combat(text: str) -> None:
    assert Topic.GROUND_COMBAT in topics_of(text)


def test_a_disaster_of_last_month_named_in_passing_is_not_the_toll() -> None:
    text = (
        "Jet kills seven despite truce\nA military jet bombed a village, killing seven people; the "
        "region was near the centre of the quake that killed more than 3,000 people last month."
    )
    assert_counts(text, {"killed": 7})
    assert tag_text(text).severity == "high"


def test_a_withdrawal_being_weighed_is_a_plan() -> None:
    result = tag_text(
        "Pentagon weighs pulling troops\nThe Pentagon is considering withdrawing about 4,500 "
        "troops from the peninsula, officials said."
    )
    assert result.facts.modality == "future"
    assert result.severity == "medium"


def test_a_capture_called_a_fantasy_is_denied() -> None:
    result = tag_text(
        "General says town taken; Kyiv calls it fantasy\nThe general told the president his "
        "troops had captured Kupiansk."
    )
    assert result.facts.status == "denied"


def test_a_named_victim_and_others_are_counted_together() -> None:
    assert_counts(
        "Commander killed\nThe air strike killed the group's chief of staff and four other "
        "people, and injured 28, the ministry said.",
        {"killed": 5, "injured": 28},
    )
