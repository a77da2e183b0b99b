"""Deaths of a past war told at a commemoration, counts since a deployment or over the day to a
given hour, and projectile or infrastructure words of the kind wire copy uses."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import topics_of


@pytest.mark.parametrize(
    "text",
    [
        "Last survivors attend D-Day memorial\nTwo veterans laid flowers on the beach. Thousands "
        "of soldiers were killed there on the first morning of the landings.",
        "Graves of 30 Second World War airmen found in forest\nThe crews were killed when their "
        "bombers crashed, historians said.",
        "Five years on, a village still waits for answers\nRelatives gathered to mark five years "
        "since the raid in which 40 people, most of them farmers, were killed.",
    ],
)
def test_deaths_of_a_past_war_or_an_anniversary_are_history(text: str) -> None:
    result = tag_text(text)
    assert result.severity in ("info", "low")


def test_an_old_bomb_that_kills_today_is_news() -> None:
    result = tag_text(
        "Second World War bomb kills two builders\nThe device went off as they dug foundations."
    )
    assert Topic.CASUALTIES in {t.topic for t in result.topics}
    assert result.severity == "medium"


@pytest.mark.parametrize(
    "text",
    [
        "Intelligence estimate\nAbout 3,000 of the foreign soldiers have been killed or wounded, "
        "including 400 dead, since they were deployed to the front in the autumn.",
        "Island tracks 27 aircraft and six warships in 24 hours\nThe ministry detected 27 "
        "military aircraft and six warships around the island in the 24 hours to 6 a.m. on Friday.",
    ],
)
def test_counts_since_a_deployment_or_over_a_day_are_tallies(text: str) -> None:
    result = tag_text(text)
    assert result.facts.aggregate
    assert result.severity == "low"


@pytest.mark.parametrize(
    "text",
    [
        "Washington unveils $400m in new arms for Kyiv\nThe package covers artillery rounds.",
        "Berlin announces package of weapons for Ukraine\nThe $900 million package includes "
        "air-defence missiles and shells, officials said.",
        "Oslo to pay for drones\nThe government will provide $500 million next year to finance "
        "Ukrainian-made interceptor drones, the minister said.",
    ],
)
def test_weapons_paid_for_or_packaged_for_a_state_are_aid(text: str) -> None:
    assert Topic.MILITARY_AID in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Depot burns after drone attack\nA fire broke out at an oil storage depot near the town "
        "after an overnight drone attack, the governor said.",
        "Strike damages desalination plant\nThe plant supplied drinking water to 50,000 people, "
        "the utility said after an air strike hit it.",
    ],
)
def test_fuel_stores_and_water_plants_hit_are_infrastructure(text: str) -> None:
    result = tag_text(text)
    assert Topic.HUMANITARIAN_INFRASTRUCTURE in {t.topic for t in result.topics}
    assert result.severity == "medium"


def test_nobody_hurt_on_one_side_records_no_casualties() -> None:
    result = tag_text(
        "Shells land in buffer zone\nThe North fired 150 artillery rounds into the sea near the "
        "islands; no one on the southern side was hurt, the military said."
    )
    assert Topic.CASUALTIES not in {t.topic for t in result.topics}
    assert result.facts.killed is not None
    assert result.facts.killed.value == 0


def test_todays_attack_on_an_anniversary_is_news_but_the_anniversary_is_not() -> None:
    result = tag_text("Drone kills woman in Kherson on anniversary of the dam breach")
    assert Topic.CASUALTIES in result.topic_names
    assert Topic.HUMANITARIAN_INFRASTRUCTURE not in result.topic_names
    assert result.facts.killed is not None
    assert result.facts.killed.value == 1
    assert result.severity == "medium"


def test_camps_closed_and_people_leaving_displacement_sites_are_humanitarian() -> None:
    text = (
        "Aid group says 20,000 forced out as camps are closed\nAbout 20,000 people have left "
        "displacement sites on the edge of the city since the authorities ordered them shut."
    )
    assert Topic.HUMANITARIAN_INFRASTRUCTURE in tag_text(text).topic_names
