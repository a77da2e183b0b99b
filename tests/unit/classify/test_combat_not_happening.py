"""Combat that is not happening: exercises rehearse it, a setting recalls it, a forecast
judges it unlikely, and plans are "pushed back"."""

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


@pytest.mark.parametrize(
    ("text", "combat"),
    [
        (
            "Troops sent to the port city\nThe army moved into the city, where rival gangs have "
            "fought over smuggling routes for years.",
            False,
        ),
        ("Border reinforced\nAnalysts judge a cross-border incursion unlikely this year.", False),
        ("Vote delayed\nThe regional election has been pushed back again to March.", False),
        ("Army withdraws\nUnits left the town to spare residents further fighting.", False),
        ("Assault on the port\nRebels and soldiers fought for control of the harbour.", True),
    ],
)
def test_fighting_as_setting_or_prospect_is_not_combat(text: str, combat: bool) -> None:
    assert (G in topics_of(text)) is combat
