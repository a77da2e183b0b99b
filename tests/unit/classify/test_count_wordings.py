"""Victims counted the ways reporters write them: one named before a count ("the driver and
three passengers"), a family of six, injuries as a noun, people still in treatment, a child
named with no count before it, the wounded who later died, and the dead and hurt told together
with no split, which sets the severity by its lowest reading."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Severity
from tests.unit.classify.tagging import assert_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drone hits tractor\nThe tractor driver and two farmhands were killed near Orikhiv.",
            {"killed": 3},
        ),
        (
            "Shells hit clinic\nA paramedic and four patients died when shells hit the clinic.",
            {"killed": 5},
        ),
        (
            "Airstrike on village\nThe airstrike killed a teacher and six villagers, officials "
            "said.",
            {"killed": 7},
        ),
        (
            "Strike on block\nA bomb wounded a 15-year-old boy and three women, the governor said.",
            {"injured": 4, "children_injured": 1},
        ),
        (
            "Drone strike\nA boy and two adults were hurt when a drone hit their car.",
            {"injured": 3, "children_injured": 1},
        ),
        (
            "House flattened\nThe strike flattened a house in Tyre, killing a family of five.",
            {"killed": 5},
        ),
        (
            "Rocket hits street\nThe rocket caused 14 injuries, two of them serious, medics said.",
            {"injured": 14},
        ),
        (
            "Toll rises\nThe toll rose to 23 overnight. At least 35 people remain under "
            "treatment, the hospital said.",
            {"killed": 23, "injured": 35},
        ),
        (
            "Toll rises\nThe death toll climbed to 12 after several of the wounded died.",
            {"killed": 12, "injured": None},
        ),
        (
            "Drones hit port\nTreated for injuries: six people, including a 12-year-old boy, "
            "officials said.",
            {"children_killed": None, "children_injured": 1},
        ),
    ],
)
def test_victims_counted_as_written(text: str, expected: dict[str, int | None]) -> None:
    assert_counts(text, expected)


@pytest.mark.parametrize(
    ("text", "together", "severity"),
    [
        (
            "Car bomb at checkpoint\nA car bomb at a checkpoint killed or wounded 14 people, "
            "police said without a breakdown.",
            14,
            Severity.MEDIUM,
        ),
        (
            "Market shelled: 45 casualties\nShells hit the market at noon, leaving 45 "
            "casualties, the health office said.",
            45,
            Severity.HIGH,
        ),
        (
            "Barrage leaves more than 200 dead and wounded\nRockets struck the camp, leaving "
            "more than 200 dead and wounded, the ministry said.",
            200,
            Severity.CRITICAL,
        ),
    ],
)
def test_dead_and_hurt_told_together_grade_by_their_lowest_reading(
    text: str, together: int, severity: Severity
) -> None:
    result = tag_text(text)
    assert result.facts.killed is None
    assert result.facts.injured is None
    assert result.facts.killed_or_injured is not None
    assert result.facts.killed_or_injured.value == together
    assert result.severity == severity


def test_the_split_when_given_is_counted_apart() -> None:
    result = tag_text("Shelling\nShelling killed four people and wounded 11, the governor said.")
    assert result.facts.killed_or_injured is None
    assert result.facts.killed is not None
    assert result.facts.killed.value == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bomb hits house\nThe bomb killed a woman and her two grandsons, aged three and eight.",
            {"killed": 3, "children_killed": 2},
        ),
        (
            "Shelling\nTwo farmers, aged forty and fifty-two, were killed in the shelling.",
            {"killed": 2, "children_killed": None},
        ),
    ],
)
def test_ages_in_words_say_who_is_a_child(text: str, expected: dict[str, int | None]) -> None:
    assert_counts(text, expected)


def test_a_toll_that_may_have_been_reached_is_not_a_future_event() -> None:
    result = tag_text(
        "Air raid on market may have killed up to 12, rescuers say\nThe raid on the market "
        "may have killed up to 12 people, rescuers said."
    )
    assert result.facts.modality == "actual"
    assert result.severity == Severity.HIGH


def test_servicemen_killed_without_a_number_are_deaths() -> None:
    result = tag_text(
        "Rocket salvo hits parade ground\nA rocket salvo hit a parade ground, killing "
        "servicemen, bloggers wrote."
    )
    assert result.severity == Severity.MEDIUM


def test_this_weeks_attack_dates_one_event_not_a_tally() -> None:
    result = tag_text(
        "Toll of this week's market shelling rises to four\nOne of the wounded from this "
        "week's market shelling died, bringing the number killed to four, police said."
    )
    assert not result.facts.aggregate
    assert result.severity == Severity.MEDIUM
