"""European and Asian security news: airspace incursions, cables cut, drones that set depots
ablaze, posts attacked across a border, sanctioned ships, arsenals grown, units on combat duty,
defence budgets and sanctions answering an arms sale."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import topics_of


@pytest.mark.parametrize(
    ("text", "topic", "tagged"),
    [
        (
            "Baltic states\nTwo fighter jets flew into Latvian airspace for four minutes.",
            Topic.TROOP_DEPLOYMENT,
            False,
        ),
        (
            "Link fails\nThe undersea power cable between the two countries went offline on "
            "Monday; a tanker is suspected.",
            Topic.HUMANITARIAN_INFRASTRUCTURE,
            True,
        ),
        (
            "Rebels say\nInternet links to the district have been cut.",
            Topic.HUMANITARIAN_INFRASTRUCTURE,
            False,
        ),
        ("Drones set a fuel depot ablaze in the port overnight", Topic.STRIKE, True),
        ("Overnight\nRussia sent 60 attack drones toward the southern region.", Topic.STRIKE, True),
        (
            "Border fighting\nGuards said fighters attacked border posts overnight, drawing heavy "
            "return fire.",
            Topic.GROUND_COMBAT,
            True,
        ),
        (
            "Ministry says missiles were placed on combat duty in the west",
            Topic.GROUND_COMBAT,
            False,
        ),
        (
            "The brigade is the first combat formation stationed abroad since the war",
            Topic.GROUND_COMBAT,
            False,
        ),
        ("Envoy warns of 'offensive action' by nuclear forces", Topic.GROUND_COMBAT, False),
        (
            "Truce agreed\nThe sides agreed a ceasefire following a week of the deadliest fighting "
            "in years.",
            Topic.GROUND_COMBAT,
            False,
        ),
        (
            "Budget\nThe cabinet proposed a special defence budget to pay for air defences and "
            "drones.",
            Topic.MILITARY_AID,
            False,
        ),
        (
            "Beijing blacklists firms\nThe ministry acted in retaliation for the latest arms sale "
            "to the island.",
            Topic.MILITARY_AID,
            False,
        ),
        (
            "Truce talks\nBoth sides will keep negotiating over the areas captured during the "
            "fighting.",
            Topic.TERRITORIAL_CHANGE,
            False,
        ),
        (
            "Aftershock\nA magnitude 5.4 aftershock struck near the city on Sunday.",
            Topic.STRIKE,
            False,
        ),
        ("Ransomware attack on airline supplier grounds flights", Topic.STRIKE, False),
        ("Government to spend €80m on counter-drone radars", Topic.ECONOMY, True),
        (
            "Deportations\nNearly 60,000 Afghans were expelled from Iran this week, the agency "
            "said.",
            Topic.HUMANITARIAN_INFRASTRUCTURE,
            True,
        ),
        (
            "Border guards pulled out of the crossing after three decades",
            Topic.TERRITORIAL_CHANGE,
            False,
        ),
    ],
)
def test_security_wording(text: str, topic: Topic, tagged: bool) -> None:
    assert (topic in topics_of(text)) is tagged


def test_two_sanctioned_tankers_are_no_new_sanctions() -> None:
    result = tag_text("Sea drones hit two sanctioned tankers off the coast; no one hurt")
    assert result.severity == "low"


def test_a_state_sanctioning_defence_firms_is_new_sanctions() -> None:
    assert tag_text("Beijing sanctions seven US defence firms").severity == "medium"


def test_a_leader_growing_the_nuclear_arsenal_makes_no_threat() -> None:
    result = tag_text("Kim oversees missile test, pledges to keep growing nuclear arsenal")
    assert result.severity != "high"


def test_aircraft_tracked_around_an_island_are_a_deployment() -> None:
    text = "Air-defence report\nThe ministry said it had tracked 40 Chinese military aircraft."
    assert Topic.TROOP_DEPLOYMENT in topics_of(text)
