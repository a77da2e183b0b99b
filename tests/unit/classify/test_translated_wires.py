"""Wire copy translated from other languages: numbers repeated in figures, a state acting or
speaking named beside its strikes, local elections "captured", ballot boxes seized."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import assert_counts, topics_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Martyrs in school bombing\nAt least eighteen (18) people, among them six (6) "
            "children, were martyred when aircraft bombed the school.",
            {"killed": 18, "children_killed": 6},
        ),
        (
            "Two martyrs in drone strike\nTwo (2) citizens were martyred when a drone targeted "
            "their car on the coast road.",
            {"killed": 2},
        ),
    ],
)
def test_numbers_repeated_in_figures_count_once(text: str, expected: dict[str, int]) -> None:
    assert_counts(text, expected)


def test_a_state_commenting_on_its_own_strike_is_not_a_state_hit() -> None:
    result = tag_text(
        "Drone strike kills two journalists near the dam\nTwo journalists were killed when a "
        "Turkish drone targeted their car; the Turkish Defence Ministry did not comment."
    )
    assert result.severity == "medium"


@pytest.mark.parametrize(
    "text",
    [
        "Opposition wins the cities\nThe main opposition party captured the metropolitan "
        "municipalities of both cities in Sunday's local elections.",
        "Council polls\nThe opposition alleged that thugs had seized ballot boxes in two wards.",
    ],
)
def test_elections_are_not_captures(text: str) -> None:
    assert Topic.TERRITORIAL_CHANGE not in topics_of(text)
