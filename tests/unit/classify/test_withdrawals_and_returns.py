"""A place given up on orders, retaken by troops moving back in, or handed over under a deal;
a claim "to have taken" a place; troops that arrive "to restore order" have arrived."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import topics_of

T = Topic.TERRITORIAL_CHANGE


@pytest.mark.parametrize(
    "text",
    [
        "Command pulls units from hill town\nThe command said it had allowed units to leave "
        "Marinka, which they had held for years, to avoid being encircled.",
        "Junta troops re-enter Myitkyina as rebels withdraw\nArmy units moved back into the "
        "city on Monday, residents said.",
        "Guards take over three border villages\nBorder guards took over three villages after "
        "the other side's units pulled back under a demarcation deal.",
    ],
)
def test_places_given_up_or_taken_back(text: str) -> None:
    assert T in topics_of(text)


def test_a_claim_to_have_taken_a_place_can_be_denied() -> None:
    result = tag_text(
        "Kyiv rejects Russian claim over village\nA Ukrainian spokesman said Moscow's claim to "
        "have taken the village of Petrivka was false."
    )
    assert T in {t.topic for t in result.topics}
    assert result.facts.status == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "Minister returns to Kyiv\nThe minister returned to Kyiv after two days of talks.",
        "Peace plan\nThe deal would see troops leave the buffer zone within a year.",
    ],
)
def test_visits_and_plans_are_not_changes_of_control(text: str) -> None:
    assert T not in topics_of(text)


def test_troops_that_arrive_to_restore_order_have_arrived() -> None:
    result = tag_text("3,000 soldiers arrive in Cauca to restore order\n")
    assert Topic.TROOP_DEPLOYMENT in {t.topic for t in result.topics}
    assert result.facts.modality == "actual"
    assert result.severity == "high"


def test_troops_still_to_be_sent_are_a_plan() -> None:
    result = tag_text("Army to send 3,000 soldiers to Cauca\n")
    assert result.facts.modality == "future"


def test_a_town_left_on_orders_is_conceded_and_how_long_it_was_held_is_no_tally() -> None:
    result = tag_text(
        "Army leaves hill town\nThe general staff said it had ordered troops out of Avdiivka, a "
        "town it had held since 2014, to save lives."
    )
    assert result.facts.status == "confirmed"
    assert not result.facts.aggregate


def test_troops_ordered_out_of_a_country_end_a_deployment() -> None:
    topics = topics_of(
        "President orders troops out of Syria\nThe president ordered the troops out of "
        "northeastern Syria within 30 days."
    )
    assert T not in topics
    assert Topic.TROOP_DEPLOYMENT in topics
