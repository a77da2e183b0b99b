"""Captures as monitors, UN experts and satellite analysts confirm them, answered as fiction,
completed ("the remaining parts of"), announced by a capital that is not the place taken; and
look-alikes: states leaving a bloc, a striker's goals. Also a family counted with its children."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Severity, Topic
from tests.unit.classify.tagging import assert_counts, topics_of

T = Topic.TERRITORIAL_CHANGE


@pytest.mark.parametrize(
    "text",
    [
        "Panel report: rebels hold mining hub\nRebels have taken over Nyabibwe, a mining town, "
        "according to a report by UN experts.",
        "Satellite images show fighters inside the garrison\nFighters have taken over Mongbwalu, "
        "satellite imagery analysed by a university lab shows.",
    ],
)
def test_un_experts_and_satellite_images_confirm_a_capture(text: str) -> None:
    result = tag_text(text)
    assert T in {t.topic for t in result.topics}
    assert result.facts.status == "confirmed"


def test_the_remaining_parts_of_a_town_complete_its_capture() -> None:
    text = (
        "Analysts: Vovchansk fully in Russian hands\nGeolocated footage showed Russian forces had "
        "seized the remaining parts of Vovchansk, a town of about 17,000 before the war."
    )
    result = tag_text(text)
    assert result.facts.status == "confirmed"
    assert result.severity is Severity.HIGH


def test_the_capital_that_announced_a_capture_is_not_the_place_taken() -> None:
    text = (
        "Footage confirms Russian flags in Selydove\nVideos geolocated by analysts show soldiers "
        "raising flags in the town centre, backing up the capture Moscow announced on Monday."
    )
    result = tag_text(text)
    assert "Moscow" not in result.severity_reason
    assert result.severity is not Severity.CRITICAL


def test_a_claim_called_fiction_is_denied() -> None:
    text = (
        "Kyiv calls Russian claim on Novoyehorivka 'fiction'\nRussia's defence ministry said its "
        "troops had captured Novoyehorivka. A Ukrainian army spokesman called the claim fiction."
    )
    assert tag_text(text).facts.status == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "Three juntas complete withdrawal from ECOWAS\nThe three states formally left the bloc "
        "on Wednesday.",
        "Forward's late brace kills off champions' hopes\nThe forward struck twice to win 2-0, "
        "leaving the champions six points adrift with four matches left in the title race.",
    ],
)
def test_leaving_a_bloc_and_a_football_result_take_no_place_and_kill_no_one(text: str) -> None:
    assert topics_of(text) & {T, Topic.CASUALTIES, Topic.STRIKE} == set()


def test_children_named_with_a_relative_count_the_relative_too() -> None:
    assert_counts(
        "Shell kills two girls and their grandmother in Kherson\nTwo girls and their grandmother "
        "were killed when a shell hit their house.",
        {"killed": 3, "children_killed": 2},
    )
