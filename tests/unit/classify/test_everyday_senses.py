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


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Parties resume coalition talks\nThe two parties resumed coalition talks over the debt "
            "brake on Monday.",
            Topic.DIPLOMACY_SANCTIONS,
        ),
        (
            "Singer named goodwill ambassador\nThe singer was named a goodwill ambassador for the "
            "children's fund.",
            Topic.DIPLOMACY_SANCTIONS,
        ),
        (
            "Club docked points\nThe league's sanction costs the club six points for breaching "
            "spending rules.",
            Topic.DIPLOMACY_SANCTIONS,
        ),
        (
            "Pitcher strikes out 11\nThe left-hander struck out 11 batters in seven innings.",
            Topic.STRIKE,
        ),
        (
            "Lightning strike kills two herders\nA lightning strike killed two herders and 40 "
            "goats in the hills.",
            Topic.STRIKE,
        ),
        (
            "Air forces begin exercise\nCrews from nine allies will practise strike missions over "
            "the North Sea.",
            Topic.STRIKE,
        ),
        (
            "Overnight attack\nRussia sent 60 attack drones at Ukraine overnight; 52 were downed.",
            Topic.MILITARY_AID,
        ),
        (
            "Anniversary in Kramatorsk\nA missile carrying cluster munitions hit the station "
            "three years ago.",
            Topic.MILITARY_AID,
        ),
    ],
)
def test_politics_charity_sport_weather_drills_and_attacks_in_other_senses(
    text: str, topic: Topic
) -> None:
    assert topic not in topics_of(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Prosecutor seeks warrant\nThe International Criminal Court's prosecutor asked judges "
            "for an arrest warrant for the junta chief.",
            Topic.DIPLOMACY_SANCTIONS,
        ),
        (
            "Remains returned\nKyiv received the remains of 757 people it believes are soldiers.",
            Topic.DIPLOMACY_SANCTIONS,
        ),
        (
            "Tokyo widens list\nJapan added 180 items to its export controls on Russia.",
            Topic.DIPLOMACY_SANCTIONS,
        ),
        (
            "Sea drone hits tanker off Yemen\nAn uncrewed surface vessel rammed the tanker's side "
            "overnight, the maritime agency said.",
            Topic.STRIKE,
        ),
    ],
)
def test_courts_remains_export_controls_and_sea_drones_are_news(text: str, topic: Topic) -> None:
    assert topic in topics_of(text)
