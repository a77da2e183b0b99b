"""Actors: states, armed groups and named officials, each once, in order of mention."""

from __future__ import annotations

import pytest

from services.classify.actors import find_actors
from services.classify.classifier import tag_text
from services.classify.context import build_context


def _actors(text: str) -> list[str]:
    return find_actors(build_context(text, text.find("\n") if "\n" in text else len(text)))


def test_states_come_from_adjectives_names_and_institutions() -> None:
    actors = _actors("Russian jets bombed a depot\n\nThe Pentagon and Kyiv said Russia escalated.")
    assert actors == ["Russia", "United States", "Ukraine"]


def test_armed_groups_and_organisations_by_common_name() -> None:
    actors = _actors("RSF fighters shelled El Fasher\n\nThe UN and the Red Cross urged a truce.")
    assert actors == ["Rapid Support Forces", "UN", "Red Cross"]


@pytest.mark.parametrize(
    "text",
    ["Give us the weapons, he said", "The un-named source said an eu-style deal was near"],
)
def test_lower_case_words_are_not_abbreviations(text: str) -> None:
    assert _actors(text) == []


def test_officials_by_title_and_name() -> None:
    actors = _actors(
        "Governor Ivan Fedorov said two died\n\nPresident Emmanuel Macron's office condemned it."
    )
    assert actors == ["Ivan Fedorov", "Emmanuel Macron"]


def test_a_title_without_a_name_is_no_actor() -> None:
    assert _actors("The governor said the president would speak") == []


def test_classification_carries_the_actors() -> None:
    result = tag_text("Hezbollah fires rockets at northern Israel\n\nThe IDF said it struck back.")
    assert result.facts.actors == ["Hezbollah", "Israel", "Israel Defense Forces"]
