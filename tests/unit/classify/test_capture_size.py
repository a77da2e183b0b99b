"""The size of a captured place: the gazetteer's census, the writer's own word for it, and a
front-line town named beside the state that claims it."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic


def test_a_front_line_town_named_beside_the_claiming_state_keeps_its_size() -> None:
    result = tag_text("Russia claims capture of Chasiv Yar\n")
    assert result.facts.status == "claimed"
    assert result.severity == "medium"
    assert "town" in result.severity_reason


def test_a_namesake_in_a_third_country_is_not_the_captured_place() -> None:
    # Shevchenko is a large Kazakh city and several Ukrainian villages; Pokrovsk places it.
    result = tag_text(
        "Village claimed\nMoscow said its units seized Shevchenko, east of Pokrovsk, on Sunday."
    )
    assert "city" not in result.severity_reason


def test_the_writer_calling_it_a_town_outweighs_a_township_census() -> None:
    result = tag_text(
        "Rebels say they hold Ann\nThe rebels said they had seized Ann, a town in Rakhine state, "
        "after a week of fighting."
    )
    assert result.severity == "medium"
    assert "town" in result.severity_reason


def test_the_reason_names_the_place_taken_not_the_first_place_named() -> None:
    result = tag_text(
        "Kyiv Independent: Moscow claims another village\nRussia's ministry said its troops had "
        "taken Novoselivka, east of Pokrovsk."
    )
    assert "Novoselivka" in result.severity_reason
    assert "Kyiv" not in result.severity_reason


def test_a_nationality_after_the_verb_names_no_place() -> None:
    result = tag_text(
        "Troops seize Syrian side of the mountain\nThe army took control of the summit on the "
        "Syrian side of the frontier."
    )
    assert "Syrian" not in result.severity_reason


def test_a_commune_or_second_city_with_its_inhabitants_gives_the_size() -> None:
    claimed = tag_text(
        "Gang leader claims control of Petion-Ville\nHe said his men now controlled Petion-Ville, "
        "the commune of some 350,000 people above the capital."
    )
    assert "city" in claimed.severity_reason
    reported = tag_text(
        "Separatists take control of Seiyun\nForces took over Seiyun, the second city with more "
        "than 100,000 inhabitants, on Wednesday."
    )
    assert reported.severity == "critical"


def test_the_largest_namesake_five_times_the_next_is_the_place_meant() -> None:
    # Kostiantynivka (Donetsk, 67,000) against a Zaporizhzhia namesake of 11,500.
    result = tag_text("Ukrainian forces withdraw from Kostiantynivka")
    assert "village" not in result.severity_reason
    assert result.severity == "high"


def test_a_border_gate_taken_is_a_strategic_place() -> None:
    result = tag_text("Rebels take Kyu Koke border trade gate, residents say")
    assert result.severity == "high"
    assert "village" not in result.severity_reason


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        (
            "Army statement\nThe army said it had 'cleansed' the district town of Bara of "
            "RSF militias.",
            True,
        ),
        ("Sappers cleared the village of mines before families returned", False),
        ("Crews cleared the streets of Kharkiv of snow overnight", False),
    ],
)
def test_a_place_cleansed_of_fighters_is_retaken(text: str, captured: bool) -> None:
    assert (Topic.TERRITORIAL_CHANGE in tag_text(text).topic_names) is captured


@pytest.mark.parametrize(
    "text",
    [
        "Enemy troops now hold eastern quarters of Siversk, brigade says",
        "Rebels take southern districts of Bunia; army says it holds the airport",
        "Front report\nThe commander said Russian units had taken two neighbourhoods of Lyman "
        "and were fighting near the station.",
    ],
)
def test_part_of_a_town_taken_is_low(text: str) -> None:
    result = tag_text(text)
    assert Topic.TERRITORIAL_CHANGE in result.topic_names
    assert result.severity == "low"
    assert "part of" in result.severity_reason


def test_large_parts_of_a_city_are_the_city() -> None:
    result = tag_text("Army concedes rebels have taken large parts of Aleppo")
    assert "part of" not in result.severity_reason
