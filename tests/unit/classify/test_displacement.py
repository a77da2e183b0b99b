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
