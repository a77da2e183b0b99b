"""News a filter must let pass as what it is: a genocide or famine remembered, old tolls recalled
beside today's news, sanctions merely extended, forces a leader is told to pull out, drones that
vanished from radar, a fugitive caught by carabinieri, a cup 'clash', units relieved, and
companies leaving a market; and half a dozen wounded."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import assert_counts, topics_of


@pytest.mark.parametrize(
    "text",
    [
        "Cambodia remembers genocide victims\nCambodians gathered at memorials, "
        "marking the start of the 1975 genocide in which about 1.7 million people were killed.",
        "Candles for famine victims\nFamilies lit candles in memory of the millions who died in "
        "the famine of 1946-47.",
    ],
)
def test_a_genocide_or_famine_remembered_is_no_new_toll(text: str) -> None:
    result = tag_text(text)
    assert Topic.CASUALTIES not in {t.topic for t in result.topics}
    assert result.severity in ("info", "low")


def test_sanctions_extended_are_no_new_package() -> None:
    result = tag_text(
        "EU rolls over sanctions on Minsk\nEU governments extended their economic sanctions "
        "against Belarus for another six months on Monday."
    )
    assert Topic.DIPLOMACY_SANCTIONS in {t.topic for t in result.topics}
    assert result.severity == "low"


def test_new_sanctions_adopted_are_a_new_package() -> None:
    result = tag_text(
        "EU adopts new sanctions on Minsk\nEU governments adopted new sanctions against "
        "Belarusian banks on Monday."
    )
    assert result.severity == "medium"


def test_forces_a_leader_is_told_to_pull_out_have_not_moved() -> None:
    text = (
        "UN chief tells Kigali to pull forces out of Kivu\nThe secretary-general urged the "
        "government to withdraw its forces from the province."
    )
    assert Topic.TROOP_DEPLOYMENT not in topics_of(text)


def test_drones_that_vanished_from_radar_are_no_people_missing() -> None:
    result = tag_text(
        "Air force downs 20 of 25 drones\nAir defences shot down 20 of the 25 drones overnight; "
        "the remaining five disappeared from radar."
    )
    assert result.facts.missing is None
    assert Topic.CASUALTIES not in {t.topic for t in result.topics}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Carabinieri capture mafia fugitive\nItalian Carabinieri captured a senior clan figure "
            "who had been on the run for six years near Palermo.",
            Topic.TERRITORIAL_CHANGE,
        ),
        (
            "Sri Lanka edge Bangladesh in Asia Cup clash\nSri Lanka beat Bangladesh by three "
            "wickets in a tense Asia Cup clash in Colombo.",
            Topic.GROUND_COMBAT,
        ),
    ],
)
def test_a_fugitive_caught_and_a_cup_clash(text: str, topic: Topic) -> None:
    assert topic not in topics_of(text)


def test_half_a_dozen_is_six() -> None:
    assert_counts(
        "Mortar attack on post\nMilitants shelled a border post overnight, wounding half a dozen "
        "soldiers, an official said.",
        {"injured": 6},
    )


@pytest.mark.parametrize(
    "text",
    [
        # A city still rebuilding from an old strike.
        "Drone damages Poltava school\nA drone damaged a school overnight; no one was hurt. The "
        "city is still rebuilding the block where a missile killed 19 people in May last year.",
        # A month of last year dates one old event.
        "Report on market strike\nA strike on the market in June last year killed 31 traders, "
        "a rights group said in a report on Tuesday.",
        # Last year's airstrike named in a headline.
        "Rights group: last year's airstrike on a school killed 40\nThe group said its findings "
        "were based on interviews with witnesses.",
    ],
)
def test_old_tolls_recalled_beside_todays_news_are_not_todays_toll(text: str) -> None:
    assert tag_text(text).severity in ("info", "low")


@pytest.mark.parametrize(
    "text",
    [
        "Brigade rotated out of Bakhmut sector\nThe brigade has been withdrawn from the Bakhmut "
        "sector for rest and refitting after ten months of fighting, the General Staff said.",
        "Carmaker completes withdrawal from Russia\nThe carmaker said it had completed its exit "
        "from Russia by selling its plant to a local buyer.",
    ],
)
def test_units_relieved_and_companies_leaving_take_no_place(text: str) -> None:
    assert Topic.TERRITORIAL_CHANGE not in topics_of(text)


def test_a_company_leaving_a_country_moves_no_troops() -> None:
    text = (
        "Carmaker completes withdrawal from Russia\nThe carmaker said it had completed its exit "
        "from Russia by selling its plant to a local buyer."
    )
    assert Topic.TROOP_DEPLOYMENT not in topics_of(text)
