"""African wires: power cut and restored, people fleeing raids, sanctions on a group's finance
chief, truce plans tabled, bases vacated, students and mines seized, and a capture only named to
date the news."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import topics_of

H, T, D = Topic.HUMANITARIAN_INFRASTRUCTURE, Topic.TERRITORIAL_CHANGE, Topic.TROOP_DEPLOYMENT


@pytest.mark.parametrize(
    ("text", "topic", "tagged"),
    [
        (
            "Power partly back in Rabak\nEngineers restored supply two days after the attack "
            "blacked out the state.",
            H,
            True,
        ),
        ("Power restored to the nuclear plant after nine hours", H, False),
        (
            "Arrivals\nAt least 20,000 people reached the town this week after fleeing raids on "
            "villages.",
            H,
            True,
        ),
        ("Army statement\nSoldiers fleeing the fighting regrouped in the hills.", H, False),
        (
            "Kidnapped pupils freed\nAll 30 students seized from a boarding school last week were "
            "released.",
            T,
            False,
        ),
        ("Miner settles tax dispute to restart gold complex the state seized last year", T, False),
        ("Agency: 25,000 cross the border in three days after Kalehe's capture", T, False),
        ("Troops seize the hilltop outpost after the garrison's fall back to the river", T, True),
        ("Kenyan troops leave two forward bases in Lower Juba as drawdown continues", D, True),
        (
            "Drone strike\nA drone flown by the country's armed forces hit a wedding party.",
            D,
            False,
        ),
        (
            "Post attacked\nFighters stormed the post; reinforcements sent from the capital drove "
            "the attackers back.",
            D,
            False,
        ),
        ("Islamic State attack on army post kills nine soldiers", Topic.STRIKE, False),
        ("Insurgents occupy coastal village of Mucojo", T, True),
        (
            "Truce terms\nAny pause must start with the militia leaving the cities it has seized.",
            T,
            False,
        ),
    ],
)
def test_african_wire_wording(text: str, topic: Topic, tagged: bool) -> None:
    assert (topic in topics_of(text)) is tagged


def test_sanctions_on_a_groups_finance_chief_are_new_sanctions() -> None:
    result = tag_text("US sanctions RSF finance chief and two gold trading firms")
    assert result.severity == "medium"


def test_mediators_tabling_a_truce_plan_announce_talks() -> None:
    result = tag_text(
        "Truce plan\nMediators put forward a plan for a three-month humanitarian truce between "
        "the warring sides."
    )
    assert result.severity == "medium"


def test_fighters_taking_a_town_with_only_army_officers_speaking_is_no_claim() -> None:
    result = tag_text(
        "ISWAP fighters overrun army base and seize Marte\nFighters took the town after "
        "overrunning its base, two military officers said."
    )
    assert result.facts.status != "claimed"
