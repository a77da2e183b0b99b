"""Radio and TV bulletins as monitoring services summarise them: idioms and scare quotes, police
raids, service numbers, quoted claims, a bloc's mission leaving a region, shipments held back."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import assert_counts, topics_of


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Station: rebels take the town\nRebels took control of Minova; a resident said the "
            "shooting had died down by noon.",
            Topic.CASUALTIES,
        ),
        (
            "Channel: police 'capture' gang hideout\nPolice in Lyari arrested six men and seized "
            "pistols in a dawn raid.",
            Topic.TERRITORIAL_CHANGE,
        ),
        (
            "Heat 'assault' grips the plains\nForecasters said the heatwave would ease by Friday.",
            Topic.GROUND_COMBAT,
        ),
        (
            "Local game 'storms' the charts\nThe studio sold a million copies in its first week.",
            Topic.GROUND_COMBAT,
        ),
        (
            "Broadcaster: US holds back bombs\nWashington paused a shipment of 1,800 2,000-pound "
            "bombs to Israel, an official said.",
            Topic.STRIKE,
        ),
        (
            "Bloc to leave the east\nLeaders agreed a phased withdrawal of the SADC mission from "
            "eastern Congo, including 1,300 soldiers.",
            Topic.TERRITORIAL_CHANGE,
        ),
        (
            "Outpost stormed\nThe fighters withdrew after an hour when army reinforcements "
            "arrived.",
            Topic.TROOP_DEPLOYMENT,
        ),
    ],
)
def test_not_that_topic(text: str, topic: Topic) -> None:
    assert topic not in topics_of(text)


def test_a_shipment_held_back_is_aid_news() -> None:
    assert Topic.MILITARY_AID in topics_of(
        "Broadcaster: US holds back bombs\nWashington paused a shipment of 1,800 2,000-pound "
        "bombs to Israel, an official said."
    )


def test_a_rescue_service_number_is_not_a_count() -> None:
    assert_counts(
        "Bazaar blast\nA bomb exploded in the market, killing nine people and injuring 31. Rescue "
        "1122 officials said the injured were taken to hospital.",
        {"killed": 9, "injured": 31},
    )


def test_a_quoted_claim_names_the_village_it_took() -> None:
    result = tag_text(
        "Newsletter: Moscow claims a village\nRussia's ministry said its troops had 'liberated' "
        "Novoselivka in the east."
    )
    assert result.facts.status == "claimed"
    assert "village of Novoselivka" in result.severity_reason
