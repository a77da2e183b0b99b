"""Newsletter items: war words in sport, politics and culture; a disaster of last month named in
passing; a move being weighed; a claim called a fantasy; a named victim and "four other people"."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import assert_counts, topics_of


@pytest.mark.parametrize(
    "text",
    [
        "Siege football pays off\nThe hosts camped in their rivals' half; 'we won the battle in "
        "our heads first,' the coach said after the 2-0 win.",
        "Mayor's war on speeding\nThe city is sending 300 extra wardens onto the roads in what "
        "the mayor called an all-out offensive on speeding.",
        "Champion survives a five-set ambush\nShe came back from two sets down in a match that "
        "lasted four hours.",
        "Leader wins the run-off battle\nShe won the party's leadership vote by 185 votes to 156.",
    ],
)
def test_figurative_battles_are_not_combat(text: str) -> None:
    assert Topic.GROUND_COMBAT not in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting erupts in the city\nThe fighting spread to several neighbourhoods overnight, "
        "residents said.",
        "Battle for the town\nThe battle for the town entered its third week as troops held the "
        "railway station.",
        "Front update\nThe battle for Toretsk entered its ninth month on Monday.",
    ],
)
def test_literal_fighting_is_still_combat(text: str) -> None:
    assert Topic.GROUND_COMBAT in topics_of(text)


def test_a_disaster_of_last_month_named_in_passing_is_not_the_toll() -> None:
    text = (
        "Jet kills seven despite truce\nA military jet bombed a village, killing seven people; the "
        "region was near the centre of the quake that killed more than 3,000 people last month."
    )
    assert_counts(text, {"killed": 7})
    assert tag_text(text).severity == "high"


def test_a_withdrawal_being_weighed_is_a_plan() -> None:
    result = tag_text(
        "Pentagon weighs pulling troops\nThe Pentagon is considering withdrawing about 4,500 "
        "troops from the peninsula, officials said."
    )
    assert result.facts.modality == "future"
    assert result.severity == "medium"


def test_a_capture_called_a_fantasy_is_denied() -> None:
    result = tag_text(
        "General says town taken; Kyiv calls it fantasy\nThe general told the president his "
        "troops had captured Kupiansk."
    )
    assert result.facts.status == "denied"


def test_a_named_victim_and_others_are_counted_together() -> None:
    assert_counts(
        "Commander killed\nThe air strike killed the group's chief of staff and four other "
        "people, and injured 28, the ministry said.",
        {"killed": 5, "injured": 28},
    )


def test_gangs_overrunning_a_named_town_took_it() -> None:
    topics = topics_of("Gangs overrun Saut-d'Eau\nThe police pulled back after a day of attacks.")
    assert Topic.TERRITORIAL_CHANGE in topics
    assert Topic.GROUND_COMBAT not in topics


def test_a_bank_fighting_on_two_fronts_is_no_combat() -> None:
    assert Topic.GROUND_COMBAT not in topics_of(
        "Rouble slides\nThe central bank is fighting on two fronts: inflation and the budget."
    )


def test_the_capital_of_a_named_province_is_a_regional_capital() -> None:
    result = tag_text(
        "Rebels take Kindu; Kinshasa concedes\nThe rebels walked into Kindu, the capital of "
        "Maniema, and the government acknowledged the city was occupied."
    )
    assert result.severity == "critical"


def test_a_plant_running_on_a_number_of_diesel_generators_lost_outside_power() -> None:
    result = tag_text(
        "Plant on diesel again\nThe nuclear power station lost its last 750-kilovolt line and is "
        "running on 18 emergency diesel generators, the agency said."
    )
    assert result.severity == "high"


def test_a_package_to_buy_air_defence_for_a_state_is_aid() -> None:
    result = tag_text(
        "Oslo puts $1.2bn behind air defence\nParliament approved a package to buy air-defence "
        "systems and interceptor drones for Ukraine."
    )
    assert Topic.MILITARY_AID in {t.topic for t in result.topics}
    assert result.severity == "medium"


@pytest.mark.parametrize(
    "text",
    [
        "Ministry denies firing\nThe ministry said its side remains committed to the agreed "
        "ceasefire regime.",
        "Kremlin: ready to meet, in Moscow only\nThe president is ready to meet his counterpart "
        "for peace talks but only in Moscow, his spokesman said. Nothing is scheduled.",
    ],
)
def test_a_ceasefire_in_force_or_an_offer_to_meet_announces_nothing(text: str) -> None:
    assert tag_text(text).severity == "low"
