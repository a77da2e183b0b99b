"""Places entered as their holders leave, most of a place taken, a side saying it took a place or
that it left one, reporters who saw the new holders, a "regrouping" out of one; and what is taken
but is no place: prisoners counted in words, a company's assets, a prison wing after a riot, "the
area" left behind. Also arms leased or soldiers trained and equipped by another state, aid
workers as a source, games that let players call in strikes, thousands displaced, a gun battle's
toll and the latest count after a rounded one, and business wars, drones sent at a place and
unit names that borrow war words."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import assert_counts, topics_of

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


@pytest.mark.parametrize(
    "text",
    [
        "Rebels hold most of Idlib city\nRebel fighters have taken most of Idlib, including the "
        "governor's office, a war monitor said.",
        "Army dismisses rebel claim to have entered Kindu\nThe rebels posted clips they said "
        "showed them in the market. The army said Kindu was secure.",
    ],
)
def test_most_of_a_place_taken_or_a_claim_to_have_entered_it_is_a_capture(text: str) -> None:
    assert T in topics_of(text)


def test_a_side_saying_it_has_left_a_town_concedes_it() -> None:
    result = tag_text(
        "Brigade says it has left Toretsk\nA spokesman for the brigade defending Toretsk said "
        "its troops had pulled back from the town to positions further west. Moscow had "
        "announced the capture of the town two days earlier."
    )
    assert result.facts.status == "confirmed"


def test_the_announcer_before_a_capture_is_not_the_place_taken() -> None:
    result = tag_text(
        "Garrison leaves hill town\nThe garrison pulled back overnight, a spokesman said. Moscow "
        "had announced the capture of the town two days earlier."
    )
    assert "Moscow" not in result.severity_reason


def test_reporters_who_saw_the_new_holders_confirm_a_capture() -> None:
    result = tag_text(
        "Rebels in control of Uvira, reporters see\nRebels were patrolling the streets of Uvira "
        "on Monday and had occupied the town hall, Reuters journalists in the town saw."
    )
    assert result.facts.status == "confirmed"


def test_a_gun_battle_that_killed_soldiers_is_todays_toll() -> None:
    assert_counts(
        "Jihadists overrun border town\nJihadists took over the town on Sunday after a gun "
        "battle in which at least four soldiers were killed, residents said.",
        {"killed": 4},
    )


def test_the_latest_count_after_a_rounded_toll_is_the_toll() -> None:
    assert_counts(
        "Toll passes 200\nMore than 200 people have been killed in five days of clashes, the "
        "monitor said, putting the latest count at 213.",
        {"killed": 213},
    )


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Price war claims first casualties\nThe supermarkets' price war claimed its first "
            "casualties as a chain closed 30 stores.",
            Topic.CASUALTIES,
        ),
        (
            "Army says neighbour sent 200 drones across the border\nThe army said its neighbour "
            "sent some 200 drones at 20 locations along the frontier overnight.",
            Topic.MILITARY_AID,
        ),
        (
            "Assault brigades retake village\nUkrainian assault brigades recaptured the village "
            "of Robotyne on Sunday.",
            Topic.GROUND_COMBAT,
        ),
    ],
)
def test_business_wars_drones_sent_at_a_place_and_unit_names(text: str, topic: Topic) -> None:
    assert topic not in topics_of(text)


def test_residents_led_out_of_a_building_hit_are_no_evacuation_news() -> None:
    text = (
        "Four hurt as drone hits block of flats\nFour people were injured when a drone hit a "
        "block of flats overnight. Firefighters evacuated residents from the building."
    )
    assert Topic.HUMANITARIAN_INFRASTRUCTURE not in topics_of(text)


def test_a_village_entered_and_cleared_is_a_capture() -> None:
    assert T in topics_of(
        "Blogger: units cleared Novoselivka\nAssault units have entered and cleared the village "
        "of Novoselivka, a military blogger wrote."
    )


def test_an_air_defence_battery_arriving_with_its_crew_is_a_deployment() -> None:
    assert Topic.TROOP_DEPLOYMENT in topics_of(
        "Patriot battery arrives in Romania\nA Dutch Patriot air-defence battery has arrived in "
        "Romania with about 120 soldiers to operate it, the ministry said."
    )


def test_drones_flown_at_places_are_a_strike() -> None:
    assert Topic.STRIKE in topics_of(
        "Army says neighbour flew drones at border posts\nThe neighbour's army flew some 200 "
        "drones at 20 locations along the frontier overnight, a spokesman said."
    )
