"""Power cuts with a natural or technical cause are not war damage; the same words beside an
attack are; people driven from their homes are humanitarian news whatever drove them; and
blackouts of news or data are no blackouts at all."""

from __future__ import annotations

import pytest

from shared.models import Topic
from tests.unit.classify.tagging import topics_of

H = Topic.HUMANITARIAN_INFRASTRUCTURE


@pytest.mark.parametrize(
    "text",
    [
        "Storm cuts power to 300,000 homes in Brittany\nGusts of 150 km/h brought down lines, "
        "leaving about 300,000 homes without power, the grid operator said.",
        "Heatwave blackout across Albania\nA line fault during the heatwave blacked out most of "
        "Albania for four hours, the grid operator said.",
        "Ministry keeps output data secret\nThe ministry extended its data blackout on coal "
        "output for another year.",
        "Court keeps press ban\nThe court left a near-total news blackout in place for foreign "
        "reporters.",
    ],
)
def test_outages_and_blackouts_that_are_not_war_damage(text: str) -> None:
    assert H not in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Drone attack leaves Sumy without power\nA drone attack on a substation left 200,000 "
        "homes in Sumy without power, the governor said.",
        "Towns still without water a year after the dam's destruction\nA year after the "
        "destruction of the dam unleashed floods, three towns still have no water supply.",
        "Wildfire evacuations widen\nAuthorities ordered 12,000 more residents to evacuate as "
        "the wildfire crossed the ridge.",
    ],
)
def test_outages_beside_an_attack_and_evacuations_are_humanitarian(text: str) -> None:
    assert H in topics_of(text)


def test_traffic_lights_gone_dead_are_no_victims() -> None:
    text = (
        "Heat and a line fault black out the coast\nA line fault during the heatwave blacked out "
        "the coast, leaving traffic lights dead and lifts stuck, the grid operator said."
    )
    topics = topics_of(text)
    assert Topic.CASUALTIES not in topics
    assert H not in topics
