"""Wording of broadcasters' live pages and regional papers: fuel tanks and shelter lost, money
to be spent on shells, a couple and their children, a train seized, troops sent to reopen a road,
settlements under fire, police storming a flat, footage verified by the newsroom, a road race."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import assert_counts, topics_of

H = Topic.HUMANITARIAN_INFRASTRUCTURE


@pytest.mark.parametrize(
    "text",
    [
        "Jets strike port\nWarplanes hit fuel tanks and cranes at the port on Sunday evening.",
        "Ministry: 3,000 killed this year\nAbout 90,000 people have been left without shelter, "
        "the minister said.",
    ],
)
def test_fuel_tanks_hit_and_shelter_lost_are_infrastructure_news(text: str) -> None:
    assert H in topics_of(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Bus station hit, health workers say\nA drone strike on the bus station killed 11 "
            "people on Monday.",
            Topic.ECONOMY,
        ),
        (
            "Capital braces for thunderstorm 'barrage'\nForecasters expect a barrage of "
            "thunderstorms and hail on Friday.",
            Topic.STRIKE,
        ),
        (
            "Monastery bombed\nA jet bombed a monastery where families who had fled their homes "
            "were staying, killing 12.",
            H,
        ),
        (
            "Gunmen hold train\nSeparatists seized the Khyber Express in a gorge, holding dozens "
            "of passengers.",
            Topic.TERRITORIAL_CHANGE,
        ),
        (
            "Shelling across the region\nRussian shelling injured three people; 31 settlements "
            "came under fire, the administration said.",
            Topic.GROUND_COMBAT,
        ),
        (
            "Fugitive arrested\nOfficers 'stormed' his rented flat at dawn; no shots were fired.",
            Topic.GROUND_COMBAT,
        ),
        (
            "Photo finish in city run\nKenyan and Ugandan athletes fought a close battle over the "
            "last kilometre of the 10km race through the capital.",
            Topic.GROUND_COMBAT,
        ),
    ],
)
def test_not_that_topic(text: str, topic: Topic) -> None:
    assert topic not in topics_of(text)


def test_a_fund_to_be_spent_on_shells_for_a_state_is_aid() -> None:
    result = tag_text(
        "Bloc releases €1.2bn for Kyiv's arms\nThe bloc released a €1.2 billion tranche, to be "
        "spent mainly on artillery ammunition and air defence for Ukraine."
    )
    assert Topic.MILITARY_AID in {t.topic for t in result.topics}
    assert result.severity == "medium"


def test_a_couple_and_their_children_are_counted_together() -> None:
    assert_counts(
        "Family killed\nThe strike flattened the house, killing a couple and their three children.",
        {"killed": 5, "children_killed": 3},
    )


def test_troops_sent_to_reopen_a_road_have_been_sent() -> None:
    result = tag_text("About a thousand extra troops sent to Kurram to reopen the road\n")
    assert result.facts.modality == "actual"
    assert result.severity == "high"


def test_footage_verified_by_the_newsroom_confirms_a_capture() -> None:
    result = tag_text(
        "Army takes palace\nTroops have taken control of the presidential palace in the capital. "
        "Video verified by our team shows soldiers inside the compound."
    )
    assert result.facts.status == "confirmed"
