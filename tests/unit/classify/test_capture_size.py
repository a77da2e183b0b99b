"""The size of a captured place: the gazetteer's census, the writer's own word for it, and a
front-line town named beside the state that claims it."""

from __future__ import annotations

from services.classify.classifier import tag_text


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
