"""Captures told as a named place taken or entered by fighters."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import topics_of

T = Topic.TERRITORIAL_CHANGE


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        ("Rebels claim town\nThe group said its fighters had taken Mambasa on Friday.", True),
        ("Militants in the town\nJihadists have entered Djibo, residents said.", True),
        ("Army advance\nThe army has taken the town of Kalemie, officials said.", True),
        ("Long night\nThe minister had taken questions from reporters for an hour.", False),
        ("Protest\nFighters entered the stadium to watch the final, fans said.", False),
    ],
)
def test_a_named_place_taken_or_entered(text: str, captured: bool) -> None:
    assert (T in topics_of(text)) is captured


@pytest.mark.parametrize(
    "text",
    [
        "M23 now controls Bunia\nResidents stayed indoors on Friday.",
        "Militia holds the port\nThe fighters were in control of most of Kismayo by noon.",
    ],
)
def test_control_held_now(text: str) -> None:
    assert T in topics_of(text)


def test_the_un_saying_so_confirms_a_capture() -> None:
    result = tag_text(
        "UN says rebels now control Uvira\nA UN spokesman said the fighters were in control of "
        "most of the city after the army left."
    )
    assert result.facts.status == "confirmed"


def test_a_town_left_in_a_groups_hands_changed_hands() -> None:
    text = (
        "Gangs storm the town\nPolice pulled back after running out of ammunition, leaving "
        "the town in gang hands."
    )
    assert T in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Militants raid town\nFighters entered Mueda on Friday and looted shops before "
        "withdrawing toward the coast.",
        "Army claims losses for rebels\nThe army said it killed 200 fighters and captured 90.",
        "Footage released\nThe group circulated images of seized pickups.",
    ],
)
def test_raids_and_captured_people_or_vehicles_are_not_captures(text: str) -> None:
    assert T not in topics_of(text)


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        ("Jihadists take Boulsa after two-day siege", True),
        ("Russian troops take Kurakhove, a town in Donetsk region", True),
        ("Rebels enter Kalemie as the garrison melts away", True),
        ("Kachin group says it controls Bhamo", True),
        ("Local fighters had entered and secured the town, a commander said", True),
        ("Militia says it drove the FDLR out of Kitshanga", True),
        ("Volunteers chased the insurgents from the fishing village of Mocimboa", True),
        ("Gunmen took over the neighbourhoods of Solino and Nazon", True),
        ("Monitors' map shows Toretsk in Russian hands", True),
        ("Velyka Novosilka now in Russian hands, analysts say", True),
        ("Soldiers say the flag over Pokrovsk town hall is theirs", True),
        ("A Russian tricolour was hoisted over the council building", True),
        ("Some 3,000 prisoners of war remain in Russian hands", False),
        ("Police chased the thieves from the Main Street jeweller", False),
        ("The outcome is now in the voters' hands", False),
    ],
)
def test_places_taken_entered_held_or_flagged(text: str, captured: bool) -> None:
    assert (T in topics_of(text)) is captured


def test_an_armed_group_taking_a_town_with_only_the_state_speaking_is_confirmed() -> None:
    result = tag_text("Gangs take Haitian town of Cabaret, national police say")
    assert result.facts.status == "confirmed"


def test_a_site_taken_in_a_named_city_is_the_site_not_the_city() -> None:
    result = tag_text("Rebels take Bukavu airport as troops fall back")
    assert T in result.topic_names
    assert "city" not in result.severity_reason
