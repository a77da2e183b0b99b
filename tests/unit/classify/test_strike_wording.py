"""Strikes told in the words of air-force bulletins and front-line posts: named drones and
missiles shot down, guided bombs, the air force bombing, one attack on the grid."""

from __future__ import annotations

import pytest

from shared.models import Topic
from tests.unit.classify.tagging import assert_counts, topics_of

S = Topic.STRIKE


@pytest.mark.parametrize(
    ("text", "strike"),
    [
        ("All 24 Shaheds shot down over Poltava region overnight", True),
        ("Two Iskanders intercepted near Kyiv before dawn", True),
        ("Zaporizhzhia: KABs on the suburbs again, two hurt", True),
        ("Air force bombs rebel camp\nThe hideout in the hills was destroyed.", True),
        ("Blackout after overnight strike\nThe city lost power before dawn.", True),
        ("Grid hit\nA Russian attack on energy infrastructure cut power in the region.", True),
        (
            "Central bank holds rate\nInflation rose as attacks on the power grid raised costs, "
            "the bank said.",
            False,
        ),
    ],
)
def test_strike_wording(text: str, strike: bool) -> None:
    assert (S in topics_of(text)) is strike


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Air force counts 80 drones and 3 Iskanders aimed at the south\nMost drones fell.",
            {"drones_launched": 80, "missiles_launched": 3},
        ),
        (
            "Night attack\nRussia launched 40 drones and two cruise missiles. None of the cruise "
            "missiles was stopped.",
            {"missiles_launched": 2, "missiles_downed": 0},
        ),
        (
            "Night attack\nRussia launched 40 drones and two cruise missiles; air defences failed "
            "to stop the two cruise missiles.",
            {"missiles_downed": 0},
        ),
    ],
)
def test_air_force_tallies(text: str, expected: dict[str, int | None]) -> None:
    assert_counts(text, expected)


@pytest.mark.parametrize(
    ("text", "strike"),
    [
        ("Helicopter downed\nThe police helicopter was brought down by a drone.", True),
        ("Convoy hit\nRebels attacked the convoy with a drone on the valley road.", True),
    ],
)
def test_aircraft_brought_down_and_attacks_with_one_drone(text: str, strike: bool) -> None:
    assert (S in topics_of(text)) is strike


def test_jets_striking_targets_are_not_aid() -> None:
    text = "Border flare-up\nThai F-16s hit targets across the frontier on Thursday."
    assert Topic.MILITARY_AID not in topics_of(text)
