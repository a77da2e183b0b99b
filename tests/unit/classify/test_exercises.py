"""Exercises rehearse combat without any: repelling a simulated invader is not a clash."""

from __future__ import annotations

import pytest

from shared.models import Topic
from tests.unit.classify.tagging import topics_of

G = Topic.GROUND_COMBAT


@pytest.mark.parametrize(
    ("text", "combat"),
    [
        ("Drills at the range\nUnits rehearsed repelling an enemy landing on the coast.", False),
        ("War games\nCrews practised simulated assaults on a mock village.", False),
        ("Tank order\nThe army will buy 120 main battle tanks by 2030.", False),
        ("Border clash\nTroops repelled an attack on a border post overnight.", True),
    ],
)
def test_exercises_are_not_combat(text: str, combat: bool) -> None:
    assert (G in topics_of(text)) is combat
