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


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Marines leave Krynky for 'more favourable positions'\nUkraine's southern command "
            "said its marines had pulled back from Krynky to more favourable positions.",
            "confirmed",
        ),
        (
            "UN agency: RSF took Um Rawaba\nThe UN Office for the Coordination of Humanitarian "
            "Affairs said the Rapid Support Forces had taken control of Um Rawaba on Sunday.",
            "confirmed",
        ),
        (
            "Army says troops 'repositioned' out of Dilling\nThe army said its soldiers had "
            "'repositioned' out of Dilling to defend the road south.",
            "confirmed",
        ),
        (
            "Monitors shade Pokrovsk\nDeepState marked the whole of Pokrovsk as occupied after "
            "geolocating new footage.",
            "confirmed",
        ),
    ],
)
def test_how_the_losing_side_and_neutral_bodies_word_a_capture(text: str, status: str) -> None:
    result = tag_text(text)
    assert T in {t.topic for t in result.topics}
    assert result.facts.status == status


@pytest.mark.parametrize(
    "text",
    [
        "Troops take Siversk\nRussian troops captured Siversk on Friday after months of fighting.",
    ],
)
def test_troops_who_captured_a_town_are_not_prisoners(text: str) -> None:
    assert T in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Colombian troops capture rebel commander in Arauca\nSpecial forces captured an ELN "
        "commander in a pre-dawn operation.",
        "Soldiers seize state TV in Niamey\nTroops took control of the state TV station and "
        "read a statement dissolving the government.",
        "Government takes control of engine maker\nThe state has taken control of the engine "
        "maker's management under martial law.",
    ],
)
def test_people_broadcasters_and_companies_taken_are_no_places(text: str) -> None:
    assert T not in topics_of(text)


def test_rebels_moving_into_the_town_they_took_are_the_capture_not_a_deployment() -> None:
    text = (
        "Rebels take Masisi\nRebel fighters moved into Masisi on Monday after the army abandoned "
        "its positions overnight."
    )
    topics = topics_of(text)
    assert T in topics
    assert Topic.TROOP_DEPLOYMENT not in topics
