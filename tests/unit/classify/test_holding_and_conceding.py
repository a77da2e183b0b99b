"""Who tells that a place changed hands: a side holding on against a claim (denied), a side
owning the loss anywhere in the report (confirmed), witnesses alone telling of a pull-out
(reported), and the wordings of a capture that name no capture verb (took over, broke into,
reoccupied, a headquarters taken, a group that now holds a town)."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic

T = Topic.TERRITORIAL_CHANGE


def status_of(text: str) -> str | None:
    result = tag_text(text)
    assert T in {t.topic for t in result.topics}, "no capture found"
    return result.facts.status


@pytest.mark.parametrize(
    "text",
    [
        "Goma command: Sake still in government hands\nThe army spokesman rejected the rebel "
        "statement, saying soldiers patrolled the town all night.",
        "Army says 9th Brigade still holds Kreminna, rejects video\nThe ministry said the "
        "footage posted by the other side was staged.",
        "Junta answers rebel claim\nA spokesman said the villages named by the rebels remain "
        "under the control of the army and dismissed the claim.",
    ],
)
def test_holding_on_against_a_claim_is_a_denial(text: str) -> None:
    assert status_of(text) == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit Sloviansk\nThe city, which remains under Ukrainian control, was hit by "
        "rockets overnight, the mayor said.",
        "Port reopens\nThe harbour remained in government hands through the storm season.",
    ],
)
def test_holding_on_with_no_claim_to_answer_is_no_capture(text: str) -> None:
    assert T not in {t.topic for t in tag_text(text).topics}


def test_a_capture_said_not_to_have_happened_is_denied() -> None:
    text = (
        "Moscow says its forces captured Toretsk\nUkraine's army said Russian units had not "
        "taken Toretsk and its defenders were fighting in the western districts."
    )
    assert status_of(text) == "denied"


def test_a_pull_out_told_only_by_witnesses_is_reported() -> None:
    text = (
        "Insurgents enter Dikwa after troops leave\nInsurgents took over Dikwa on Monday "
        "after soldiers withdrew from the town overnight, residents said."
    )
    assert status_of(text) == "reported"


def test_a_capture_beside_a_truce_line_still_held_is_no_capture() -> None:
    text = (
        "Strike on tent camp kills four despite truce\nAn air strike hit tents near the line "
        "that marks the area still under Israeli control under the truce, killing four people."
    )
    assert T not in {t.topic for t in tag_text(text).topics}


def test_a_pull_out_the_losing_side_speaks_of_elsewhere_is_confirmed() -> None:
    text = (
        "Insurgents enter Dikwa after troops leave\nInsurgents took over Dikwa on Monday "
        "after soldiers withdrew from the town overnight, residents said. The defence ministry "
        "said the withdrawal was a tactical repositioning."
    )
    assert status_of(text) == "confirmed"


def test_a_loss_owned_anywhere_in_the_report_confirms_the_claim() -> None:
    text = (
        "Rebels overrun army base near Kutkai\nThe rebel alliance said its fighters had taken "
        "the army's 45th battalion base. A pro-army channel acknowledged the loss of the base "
        "on Friday."
    )
    assert status_of(text) == "confirmed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Gang leader says his fighters now hold Cabaret\n", "claimed"),
        (
            "Militants took over Gedo district town\nMilitants took over Burdhubo on Sunday, "
            "elders told a local radio station.",
            "reported",
        ),
        ("Rebels broke into Homs overnight, the army admits\n", "confirmed"),
        ("Regional minister admits militants reoccupied the village of Awdheegle\n", "confirmed"),
        (
            "Independent analysts confirm rebels have taken the army's Northern Command "
            "headquarters\n",
            "confirmed",
        ),
        ("Russian-installed governor concedes Ukrainian troops hold Krynky\n", "confirmed"),
    ],
)
def test_captures_told_without_a_capture_verb(text: str, status: str) -> None:
    assert status_of(text) == status


@pytest.mark.parametrize(
    "text",
    [
        "Troops free 40 hostages\nSoldiers liberated 40 villagers held by bandits in the "
        "forest, the army said.",
        "Rebels seize a freighter\nThe rebels said they had seized a Panama-flagged bulk "
        "carrier in the Red Sea.",
    ],
)
def test_people_and_ships_freed_or_seized_are_not_places(text: str) -> None:
    assert T not in {t.topic for t in tag_text(text).topics}
