"""Military aid told as weapons paid for, received from a state, or bought to be handed to
Ukraine; weapons a party receives by its own means are not aid."""

from __future__ import annotations

import pytest

from shared.models import Topic
from tests.unit.classify.tagging import topics_of

A = Topic.MILITARY_AID


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Oslo steps in\nNorway will finance 12 more Ukrainian-built howitzers for Kyiv.", True),
        ("Joint purchase\nFour states will pay for a $300m batch of Patriot interceptors.", True),
        ("Armour for the police\nThe force received 16 armoured vehicles from Canada.", True),
        ("Order placed\nBerlin ordered radar systems that will be handed over to Ukraine.", True),
        ("Airport hit\nThe army says the militia uses it to receive weapons flights.", False),
    ],
)
def test_aid_wording(text: str, aid: bool) -> None:
    assert (A in topics_of(text)) is aid


def test_patrol_boats_received_from_a_state_are_aid() -> None:
    text = "Navy gets boats\nThe navy received four patrol boats from Japan on Tuesday."
    assert A in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Arms by sea\nTwo freighters offloaded armoured vehicles and artillery at the port for "
        "the eastern forces.",
        "Support paused\nWashington suspended fuel assistance to several army units.",
    ],
)
def test_deliveries_unloaded_and_support_paused_are_aid(text: str) -> None:
    assert A in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Agency halts food distributions in the north\nThe agency said it would suspend general "
        "food distributions next month without new funding.",
        "Relief group pauses deliveries to the north after truck is shot at",
        "Only 5 of 18 humanitarian missions to the north went ahead this week, OCHA says",
        "Bulldozers severed the water mains serving the camp, the municipality said.",
        "Thousands leave displacement camps as the government sets a deadline to shut them",
        "Medical charity reopens its clinic in the camp, a year after the strike",
    ],
)
def test_aid_stopped_or_restarted_and_services_cut_are_humanitarian(text: str) -> None:
    assert Topic.HUMANITARIAN_INFRASTRUCTURE in topics_of(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Washington pauses some weapons deliveries to Kyiv", Topic.HUMANITARIAN_INFRASTRUCTURE),
        ("The agency pausing deliveries to the north", Topic.MILITARY_AID),
        ("Three aid workers killed as drone strikes their car", Topic.ECONOMY),
        ("Its route had been shared with the army in advance.", Topic.GROUND_COMBAT),
    ],
)
def test_weapons_paused_workers_killed_and_advance_notice_are_not_that_topic(
    text: str, topic: Topic
) -> None:
    assert topic not in topics_of(text)
