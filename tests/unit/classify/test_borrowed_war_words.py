"""War words borrowed by sport, weather, crime and refugee reports, and drones sent to attack
rather than given."""

from __future__ import annotations

import pytest

from shared.models import Topic
from tests.unit.classify.tagging import topics_of


@pytest.mark.parametrize(
    "text",
    [
        # Cricket, baseball and chess results.
        "Seamers' barrage rocks visitors\nThe home attack took four wickets before lunch as the "
        "visitors slumped to 38 for 4; their opening bowler finished the innings with 5 for 20.",
        "Bears repel late assault to take the pennant\nThe Bears beat the Hornets 6-4 in Game 7 "
        "to win the championship, their first title in 20 years.",
        "Georgia fights back for chess bronze\nThe women's team beat Poland 3-1 in the last "
        "round of the Olympiad to take the bronze medal.",
    ],
)
def test_games_are_not_war(text: str) -> None:
    assert topics_of(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Hail barrage flattens orchards\nStones as big as eggs fell for ten minutes, growers said.",
        "Minister faces barrage of questions\nOpposition MPs pressed her for two hours.",
        "Gang seizes jewels in museum raid\nFour men took three necklaces; nobody was hurt.",
        "Coast guard seizes 2.5 tonnes of cocaine\nThe haul was found on a fishing boat.",
        "Drills delayed\nMost of the joint field drills have been pushed back to October.",
    ],
)
def test_weather_crime_and_delays_are_not_war(text: str) -> None:
    assert topics_of(text) == set()


def test_a_barrage_of_rockets_is_still_a_strike() -> None:
    assert Topic.STRIKE in topics_of("Rocket barrage on border town\nSirens sounded at dawn.")


def test_drones_sent_against_a_country_are_an_attack_not_aid() -> None:
    topics = topics_of(
        "Overnight attack\nMoscow sent 45 attack drones against Ukraine overnight; 40 were "
        "shot down, the air force said."
    )
    assert Topic.STRIKE in topics
    assert Topic.MILITARY_AID not in topics


def test_drones_sent_to_an_ally_are_aid() -> None:
    assert Topic.MILITARY_AID in topics_of(
        "New package\nNorway sent 300 interceptor drones to Ukraine this month."
    )


def test_refugees_crossing_a_border_are_displacement_not_combat() -> None:
    topics = topics_of(
        "Refugees reach border district\nAbout 40,000 Shan have crossed into the "
        "neighbouring province over the past month, fleeing clashes in the hills."
    )
    assert Topic.HUMANITARIAN_INFRASTRUCTURE in topics
    assert Topic.GROUND_COMBAT not in topics


def test_troops_crossing_a_border_are_still_combat_news() -> None:
    assert Topic.GROUND_COMBAT in topics_of(
        "Incursion\nArmoured units crossed into the border district and attacked two posts."
    )
