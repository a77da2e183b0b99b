"""War words in everyday news: staff who strike, aircraft that water-bomb a fire, councillors who
shoot down a plan, budget airlines, a seamer's short balls, cash seized in a raid, prisoners
handed over in a swap; and demining vehicles sent to a state at war, which are aid."""

from __future__ import annotations

import pytest

from shared.models import Topic
from tests.unit.classify.tagging import topics_of


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "No trains across Belgium as rail staff strike\nThe operator ran no services on "
            "Friday after the unions rejected a pay offer.",
            Topic.HUMANITARIAN_INFRASTRUCTURE,
        ),
        (
            "Fire near Sintra\nWater-bombing aircraft from Spain joined the fight against the "
            "blaze overnight.",
            Topic.STRIKE,
        ),
        (
            "Council shoots down drone depot plan\nCouncillors shot down a plan for a drone "
            "delivery depot near the ring road.",
            Topic.STRIKE,
        ),
        (
            "Budget airlines cut winter fares\nBudget carriers launched a new round of cuts on "
            "routes to the Canaries.",
            Topic.ECONOMY,
        ),
        (
            "Raids on laundering ring\nAgents arrested nine people and seized $3 million in cash "
            "in raids across two states.",
            Topic.TERRITORIAL_CHANGE,
        ),
        (
            "Swap in Abu Dhabi\nForty soldiers had been handed over and were being flown to Kyiv, "
            "mediators said.",
            Topic.TROOP_DEPLOYMENT,
        ),
    ],
)
def test_war_words_in_everyday_senses(text: str, topic: Topic) -> None:
    assert topic not in topics_of(text)


def test_a_cricket_report_is_sport() -> None:
    text = (
        "Opener's vigil saves the Test\nThe opener batted through the last day for an unbeaten 88; "
        "the seamers bombarded him with short balls but never found the edge of the crease."
    )
    assert topics_of(text) == set()


def test_demining_vehicles_sent_to_a_state_at_war_are_aid() -> None:
    text = (
        "Oslo sends demining vehicles to Kyiv\nNorway will send 15 more demining vehicles to "
        "Ukraine by the summer."
    )
    assert Topic.MILITARY_AID in topics_of(text)
