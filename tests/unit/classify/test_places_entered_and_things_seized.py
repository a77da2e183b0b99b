"""Places entered as their holders leave, a side saying it took a place, a "regrouping" out of
one; and what is taken but is no place: prisoners counted in words, a company's assets, a prison
wing after a riot, "the area" left behind. Also arms leased or soldiers trained and equipped by
another state, aid workers as a source, games that let players call in strikes, and thousands
displaced."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import topics_of

T = Topic.TERRITORIAL_CHANGE


@pytest.mark.parametrize(
    "text",
    [
        "Government forces enter Bani Walid\nForces loyal to the government entered Bani Walid on "
        "Friday, meeting no resistance, residents said.",
        "Troops enter Kidira as militants leave\nThe army entered Kidira on Saturday after the "
        "militants who had held it for a month left in pickups.",
        "Soldiers enter Lachin\nSoldiers entered Lachin on Sunday, raising the national flag over "
        "the town hall.",
        "Russia says it took Novomykhailivka\nRussia says it took Novomykhailivka; Kyiv did not "
        "comment.",
        "Moscow announces 'regrouping' from Lyman\nThe defence ministry announced a 'regrouping' "
        "from Lyman to more favourable lines.",
    ],
)
def test_places_entered_left_or_said_to_be_taken_change_hands(text: str) -> None:
    assert T in topics_of(text)


def test_troops_entering_a_region_in_a_fight_are_not_a_place_entered_unopposed() -> None:
    result = tag_text(
        "Troops enter border district\nSoldiers entered Rafah on Tuesday and fought militants "
        "street by street, the army said."
    )
    assert not any(e.text.startswith("entered Rafah") for t in result.topics for e in t.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Ambush on convoy\nFighters ambushed an army convoy on the highway, killing five "
        "soldiers and capturing three, the group said.",
        "State takes over foreign brewer\nA decree placed the local arm of the brewer under state "
        "management, taking control of its six breweries.",
        "Riot at Tegucigalpa prison\nInmates rioted for hours in a wing of the penitentiary near "
        "Tegucigalpa, injuring nine guards before the police regained control.",
        "Bodies found outside village\nResidents found 12 bodies on the edge of a village after "
        "the armed men pulled out of the area last week.",
    ],
)
def test_prisoners_companies_prison_wings_and_the_area_are_no_places_taken(text: str) -> None:
    assert T not in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Italy to lease air-defence systems to Ukraine\nItaly has agreed to lease two air-defence "
        "systems to Ukraine for five years, the defence ministry said.",
        "Ankara to train and arm Somali units\nTurkey will train 1,500 more Somali soldiers and "
        "equip them with armoured vehicles, the minister said.",
    ],
)
def test_arms_leased_or_soldiers_trained_and_equipped_are_military_aid(text: str) -> None:
    assert Topic.MILITARY_AID in topics_of(text)


def test_aid_workers_quoted_are_a_source_not_aid_access() -> None:
    text = (
        "Air raid on market\nJets bombed a crowded market, killing nine people. Aid workers said "
        "the stalls were full when the bombs fell."
    )
    assert Topic.HUMANITARIAN_INFRASTRUCTURE not in topics_of(text)


def test_a_game_that_lets_players_call_in_strikes_is_no_strike() -> None:
    text = (
        "New war game tops charts\nThe latest instalment of the military shooter series lets "
        "players call in missile strikes on a fictional port."
    )
    assert Topic.STRIKE not in topics_of(text)


def test_thousands_displaced_are_humanitarian_news() -> None:
    text = "Floods swamp river villages, thousands displaced\nThe river burst its banks overnight."
    assert Topic.HUMANITARIAN_INFRASTRUCTURE in topics_of(text)
