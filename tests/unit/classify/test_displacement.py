"""People driven from their homes are humanitarian news, however it is worded: a number
displaced, families leaving for another town, people still living in temporary shelters."""

from __future__ import annotations

import pytest

from shared.models import Topic
from tests.unit.classify.tagging import topics_of

H = Topic.HUMANITARIAN_INFRASTRUCTURE


@pytest.mark.parametrize(
    ("text", "humanitarian"),
    [
        ("Storm hits the coast\nHeavy rains displaced 12,500 in three provinces.", True),
        ("Offensive in the north\nThe fighting has displaced more than 40,000 since May.", True),
        ("Raid on villages\nGunmen burned homes and hundreds fled into the bush.", True),
        ("After the shelling\nMany households left for Kadugli on foot overnight.", True),
        ("Camp shelled\nSome 2,000 people were forced from their homes by the fighting.", True),
        ("Ten years on\nAbout 900 families remain in temporary shelters near the old town.", True),
        ("Market reopens\nTraders left for the capital to buy stock for the holidays.", False),
    ],
)
def test_people_out_of_their_homes(text: str, humanitarian: bool) -> None:
    assert (H in topics_of(text)) is humanitarian


def test_internally_displaced_counted_in_total() -> None:
    text = "Displaced now number 1.1 million\nThe internally displaced live in 200 sites."
    assert H in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Border shelling\nSome 30,000 villagers were moved to shelters overnight.",
        "Shells fall offshore\nIslanders were ordered into bomb shelters for two hours.",
        "Quake toll rises\nThe old bridge over the river collapsed and the highway buckled.",
    ],
)
def test_shelters_and_wrecked_bridges(text: str) -> None:
    assert H in topics_of(text)


@pytest.mark.parametrize(
    ("text", "humanitarian"),
    [
        ("Camps emptied\nSome 20,000 people were forced from the two northern camps.", True),
        ("Camps emptied\nUN agency: 20,000 displaced from the northern camps since March.", True),
        ("Leaflets dropped\nThe army told residents of five blocks to head south by noon.", True),
        ("Food from the sky\nTwo air forces airdropped 20 tonnes of flour over the north.", True),
        ("Shooting at aid site\nTroops fired near a food distribution site, killing 9.", True),
        ("Convoy robbed\nArmed men looted aid trucks after they left the crossing.", True),
        ("Crossing shut\nThe army closed the crossing to goods after the attack.", True),
        ("Tower flattened\nNo one was hurt, but dozens of families lost their shelter.", True),
        ("Monastery bombed\nThe jet hit a monastery where 150 displaced villagers slept.", False),
        ("Town raided\nInsurgents looted food supplies before withdrawing.", False),
    ],
)
def test_aid_access_and_people_forced_out(text: str, humanitarian: bool) -> None:
    assert (H in topics_of(text)) is humanitarian


@pytest.mark.parametrize(
    "text",
    [
        "Drone hits oilfield\nAn explosive-laden drone struck the oilfield; output was halted.",
        "Port blast\nAn explosion tore through the container yard of the country's main port.",
    ],
)
def test_oilfields_and_ports_are_infrastructure(text: str) -> None:
    assert H in topics_of(text)
