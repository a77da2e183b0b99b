"""Counts and sites as officials word them: a side claiming how many of the other side it
killed (a claim, graded low), drones 'neutralised' (no one killed), bridges bombed and power
lines brought down by debris (infrastructure hit), a record that a port 'hit' (no damage),
attempts to retake ground (no capture), refugees who crossed a border and boats repelled (no
ground combat)."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Severity, Topic
from tests.unit.classify.tagging import topics_of


@pytest.mark.parametrize(
    "text",
    [
        "Rebels claim 80 army soldiers killed in Kordofan battle\nThe rebel spokesman said the "
        "army lost 80 men near Babanusa.",
        "State TV says troops killed 35 'terrorists' in Sagaing clash\nThe bulletin showed "
        "weapons it said were seized.",
    ],
)
def test_one_sides_count_of_the_others_dead_is_a_claim(text: str) -> None:
    result = tag_text(text)
    assert Topic.CASUALTIES in {t.topic for t in result.topics}
    assert result.severity is Severity.LOW


def test_drones_neutralised_kill_no_one() -> None:
    result = tag_text(
        "Air force: 60 of 75 drones downed\nAir defence neutralised 60 drones and two missiles "
        "overnight, the air force said."
    )
    assert result.facts.killed is None
    assert Topic.CASUALTIES not in {t.topic for t in result.topics}


@pytest.mark.parametrize(
    "text",
    [
        "Jets bomb river bridge\nMilitary aircraft bombed a road bridge on the highway on "
        "Sunday, residents said.",
        "Debris cuts power in Ashkelon\nFragments from an interception fell on a high-voltage "
        "line, leaving 2,000 homes dark.",
    ],
)
def test_sites_bombed_or_hit_by_debris_are_infrastructure_news(text: str) -> None:
    assert Topic.HUMANITARIAN_INFRASTRUCTURE in topics_of(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Port's grain volumes hit a record\nRomania's largest port said its grain throughput "
            "hit a record in October.",
            Topic.HUMANITARIAN_INFRASTRUCTURE,
        ),
        (
            "Rebels say they killed soldiers near Goma\nThe rebels said they killed soldiers who "
            "tried to retake the hills above the town.",
            Topic.TERRITORIAL_CHANGE,
        ),
        (
            "UNHCR: 20,000 crossed into Chad this week\nMost of the 20,000 people who crossed "
            "into Chad were women and children.",
            Topic.GROUND_COMBAT,
        ),
        (
            "Fleet repels sea-drone raid on Sevastopol\nThe fleet repelled an attack by uncrewed "
            "boats before dawn.",
            Topic.GROUND_COMBAT,
        ),
        (
            "Charity pulls staff out of Wad Madani hospital\nThe charity said it pulled its staff "
            "out after armed men looted the pharmacy.",
            Topic.TERRITORIAL_CHANGE,
        ),
    ],
)
def test_records_attempts_crossings_and_raids_from_the_sea(text: str, topic: Topic) -> None:
    assert topic not in topics_of(text)


def test_a_massacre_at_a_festival_is_todays_news_not_a_cultural_recall() -> None:
    result = tag_text(
        "Gunmen kill nine at festival in Celaya\nArmed men opened fire on people at a street "
        "festival late on Saturday, killing nine, prosecutors said."
    )
    assert Topic.CASUALTIES in {t.topic for t in result.topics}
    assert result.facts.killed is not None
    assert result.facts.killed.value == 9


@pytest.mark.parametrize(
    "text",
    [
        "UN: 30,000 newly displaced in Idlib\nOCHA said most of the newly displaced moved toward "
        "camps near the border.",
        "Truce lets civilians leave\nThe two sides agreed a safe corridor out of the besieged "
        "town for civilians.",
        "Gaza desalination plant stops as fuel runs out\nThe plant shut down on Monday after no "
        "diesel was allowed in for ten days.",
        "UN halts aid flights to Bunia\nThe humanitarian air service suspended aid flights after "
        "shells landed near the runway.",
    ],
)
def test_displacement_corridors_and_fuel_runs_out_are_humanitarian_news(text: str) -> None:
    assert Topic.HUMANITARIAN_INFRASTRUCTURE in topics_of(text)


def test_people_killed_in_a_camp_for_the_displaced_are_not_a_count_of_the_displaced() -> None:
    text = (
        "Strike on tents kills 21\nAt least 21 displaced people were killed when strikes hit "
        "tents, the hospital said."
    )
    assert Topic.HUMANITARIAN_INFRASTRUCTURE not in topics_of(text)
