"""Troop movements that are not new deployments: forces counted as they leave, peacekeepers
ending a mission in a province, and an arrival recalled as the start of a count."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Severity, Topic
from tests.unit.classify.tagging import topics_of

D, T = Topic.TROOP_DEPLOYMENT, Topic.TERRITORIAL_CHANGE


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Neighbour pulls 4,000 troops back from the border\nThe units left on Monday.", "medium"),
        ("Contingent rotates out\nSome 2,500 soldiers withdrew and flew home on Monday.", "medium"),
        ("Reinforcements\nThe army sent 4,000 troops to the border on Monday.", "high"),
        (
            "Border moves\nThe rebels withdrew their patrols, while the army deployed 4,000 troops "
            "to the south.",
            "high",
        ),
    ],
)
def test_troops_counted_as_they_leave_are_not_newly_deployed(text: str, level: str) -> None:
    assert tag_text(text).severity.value == level


def test_peacekeepers_leaving_a_province_end_a_deployment() -> None:
    text = (
        "UN mission completes pull-out from Ituri\nThe peacekeepers withdrew from Bunia and "
        "handed their last base to the national army."
    )
    topics = topics_of(text)
    assert D in topics
    assert T not in topics


def test_an_arrival_that_starts_a_count_is_not_news() -> None:
    result = tag_text(
        "Officer killed in ambush\nA police officer of the security mission was killed; it is "
        "the third death since the first contingent arrived last year."
    )
    assert D not in {t.topic for t in result.topics}
    assert result.severity is Severity.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        "Navy moves\nAn amphibious ready group with 2,200 Marines is sailing for the Gulf.",
        "Carrier passes islands\nA carrier group sailed between the two islands on Sunday.",
        "Reinforcements\nThe government rushes 3,000 soldiers to the northern province.",
        "Militia summoned\nThe president called up the militia after the border incident.",
        "Contingent grows\nAnother 150 Kenyan police landed in the capital overnight.",
        "Ships ordered\nThe Pentagon ordered a destroyer and two frigates toward Cyprus.",
    ],
)
def test_forces_moved_in_other_words(text: str) -> None:
    assert D in topics_of(text)


def test_police_arriving_at_a_scene_are_not_a_deployment() -> None:
    assert D not in topics_of("Shooting in a mall\nPolice arrived at the scene within minutes.")


@pytest.mark.parametrize(
    "text",
    [
        "Army begins training 4,000 new conscripts\nThe intake is the largest this year.",
        "New intake\nAbout 4,000 conscripts reported to training camps on Saturday.",
    ],
)
def test_conscripts_called_in_are_mobilised(text: str) -> None:
    result = tag_text(text)
    assert D in {t.topic for t in result.topics}
    assert result.severity is Severity.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Column heads east\nA column of 300 military vehicles moved toward the coast.",
        "Junta to enlist 10,000 more volunteer fighters\nThe drive runs for three months.",
        "Forces move\nThe army called it a routine redeployment to the southern line.",
    ],
)
def test_columns_enlistment_and_redeployment(text: str) -> None:
    assert D in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Berlin plans to station 3,500 troops in the Baltics by 2028\n",
        "Border tensions\nPoland plans to send 2,000 more soldiers to the eastern border, the "
        "minister said.",
    ],
)
def test_a_planned_deployment_is_future_news(text: str) -> None:
    result = tag_text(text)
    assert Topic.TROOP_DEPLOYMENT in {t.topic for t in result.topics}
    assert result.facts.modality == "future"
    assert result.severity == "medium"


def test_troops_named_as_the_target_of_a_planned_attack_did_not_move() -> None:
    assert Topic.TROOP_DEPLOYMENT not in topics_of(
        "Strike on a car\nThe army said the driver was planning an attack on soldiers stationed "
        "at the crossing."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kigali sends troops to Bangui\nRwandan special forces were deployed to Bangui at the "
        "request of the president, the army said.",
        "First Chadian contingent lands in Bamako\nAbout 200 Chadian soldiers landed on Monday, "
        "the first troops from Chad to join the mission.",
    ],
)
def test_a_foreign_state_newly_sending_forces_in_is_high(text: str) -> None:
    assert tag_text(text).severity == Severity.HIGH


def test_a_first_posting_with_allies_in_peacetime_is_medium() -> None:
    result = tag_text(
        "First Danish soldiers arrive in Estonia\nThe first 200 Danish soldiers of a NATO "
        "battalion arrived on Monday, the army said."
    )
    assert result.severity == Severity.MEDIUM


@pytest.mark.parametrize(
    ("text", "troops"),
    [
        ("Canada to send 60 military trainers to Latvia", 60),
        ("Some 200 Turkish military advisers have arrived in Tripoli, officials say", 200),
        ("Paris will dispatch military instructors to the Ukrainian army", None),
    ],
)
def test_military_trainers_and_advisers_sent_abroad_are_a_deployment(
    text: str, troops: int | None
) -> None:
    result = tag_text(text)
    assert D in result.topic_names
    assert (result.facts.troops.value if result.facts.troops else None) == troops


@pytest.mark.parametrize(
    "text",
    [
        "Front update\nFootage showed the enemy units had moved about three kilometres along "
        "the railway toward the village.",
        "Garrison at risk\nEnemy units have pushed to within a few kilometres of the road still "
        "supplying the troops in the town.",
        "Russian forces edge closer to Siversk",
    ],
)
def test_forces_advancing_or_supplied_in_a_fight_are_combat_not_a_deployment(text: str) -> None:
    topics = topics_of(text)
    assert Topic.GROUND_COMBAT in topics
    assert D not in topics


def test_prices_and_shares_edging_up_are_no_advance() -> None:
    assert Topic.GROUND_COMBAT not in topics_of("Shares edge toward a record high")


def test_army_sappers_sent_abroad_are_counted_as_troops() -> None:
    result = tag_text("Ally sends about 80 army sappers to clear mines in the border region")
    assert D in result.topic_names
    assert result.facts.troops is not None
    assert result.facts.troops.value == 80


def test_casualty_figures_still_being_gathered_are_no_casualty_news() -> None:
    text = (
        "Overnight attack\nThe air force said 40 drones were launched. Information on casualties "
        "is still being gathered."
    )
    assert Topic.CASUALTIES not in tag_text(text).topic_names
