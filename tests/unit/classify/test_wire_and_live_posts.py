"""Wire copy and live-blog posts: named weapon systems sent as aid, air defences at work,
background paragraphs that recall or tally, and words in other senses."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Severity, Topic
from tests.unit.classify.tagging import topics_of

C, S, G, T = Topic.CASUALTIES, Topic.STRIKE, Topic.GROUND_COMBAT, Topic.TERRITORIAL_CHANGE
D, A, H = Topic.TROOP_DEPLOYMENT, Topic.MILITARY_AID, Topic.HUMANITARIAN_INFRASTRUCTURE
DIP, N, E = Topic.DIPLOMACY_SANCTIONS, Topic.NUCLEAR_CBRN, Topic.ECONOMY


@pytest.mark.parametrize(
    "text",
    [
        "Norway to ship more NASAMS\nOslo will ship two more NASAMS batteries to Kyiv in spring.",
        "Howitzers arrive\nThe Czech government delivered 18 howitzers to the front-line brigades.",
        "Air-defence boost\nThe Netherlands pledged three air-defence systems to Ukraine.",
        "Armour for Kyiv\nSweden will supply 50 armoured vehicles to Ukraine's army.",
    ],
)
def test_named_weapon_systems_sent_to_a_state_are_aid(text: str) -> None:
    assert A in topics_of(text)


@pytest.mark.parametrize(
    ("text", "strike"),
    [
        ("Blasts in Lviv\nAir defences were engaged over the city before dawn.", True),
        ("Night in Dnipro\nAir defence units were in action over the region for two hours.", True),
        ("Drill in Riga\nLatvian air-defence crews trained on a new radar on Tuesday.", False),
    ],
)
def test_air_defences_at_work_mean_an_attack(text: str, strike: bool) -> None:
    assert (S in topics_of(text)) is strike


def test_a_pledge_of_systems_worth_billions_is_a_package() -> None:
    result = tag_text(
        "Berlin to send more IRIS-T\nGermany will send three more IRIS-T air-defence systems "
        "to Ukraine, part of a 2.1bn euro package, the ministry said."
    )
    assert A in {t.topic for t in result.topics}
    assert result.severity is Severity.MEDIUM
