"""Long-form reports: past events dated in passing, conditions, obituaries, debris and other
words that look like news but are background. Each family has a positive and a negative case."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Severity, Topic

C, S, G, T = Topic.CASUALTIES, Topic.STRIKE, Topic.GROUND_COMBAT, Topic.TERRITORIAL_CHANGE
D, A, H = Topic.TROOP_DEPLOYMENT, Topic.MILITARY_AID, Topic.HUMANITARIAN_INFRASTRUCTURE
DIP, N, E = Topic.DIPLOMACY_SANCTIONS, Topic.NUCLEAR_CBRN, Topic.ECONOMY


def _topics(text: str) -> set[Topic]:
    return {t.topic for t in tag_text(text).topics}


def test_an_event_dated_in_a_past_month_and_year_is_recalled() -> None:
    text = (
        "Shelling wounds two in Izium\n"
        "Shelling wounded two men in Izium on Monday. The town, where a rocket killed 40 people "
        "in March 2022, lies close to the front."
    )
    result = tag_text(text)
    assert result.facts.killed is None
    assert result.facts.injured is not None and result.facts.injured.value == 2
    assert result.severity is Severity.LOW


def test_a_war_dated_by_its_years_is_background() -> None:
    text = (
        "Troops cross into the border district\n"
        "About 3,000 soldiers crossed the border this week. The same units fought in the "
        "2019-21 war in the region."
    )
    assert G not in _topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Toll passes 5,000\nAt least 5,000 people have been killed since the war began in May "
        "2023, the health ministry said.",
        "Losses mount\nMore than 900 soldiers have died since the invasion in February 2022.",
    ],
)
def test_a_tally_since_a_dated_start_is_still_casualties(text: str) -> None:
    result = tag_text(text)
    assert C in {t.topic for t in result.topics}
    assert result.facts.aggregate


def test_a_later_headline_part_about_talks_does_not_make_deaths_a_plan() -> None:
    text = (
        "Eight guards killed in border raid; envoys to meet on Monday\n"
        "Eight border guards were killed when gunmen attacked their post overnight."
    )
    result = tag_text(text)
    assert result.facts.modality != "future"
    assert result.severity is Severity.HIGH


def test_a_later_headline_part_still_plans_after_an_agreement() -> None:
    text = (
        "Truce agreed; army to send 6,000 troops to the border zone\n"
        "The army will send about 6,000 troops to the border zone next month, officials said."
    )
    assert tag_text(text).facts.modality == "future"


def test_a_vow_is_future() -> None:
    text = "Leader vows to strike back at the capital\nThe leader spoke at a rally."
    assert tag_text(text).facts.modality == "future"


def test_a_sentence_opened_by_if_is_a_condition() -> None:
    text = (
        "Leader warns rivals\n"
        "If the border is crossed, we will mobilise every division and send the army south, "
        "the leader said."
    )
    assert D not in _topics(text)
    moved = "Army moves south\nThe army will deploy 2,000 troops to the south next week."
    assert D in _topics(moved)


@pytest.mark.parametrize(
    ("text", "casualties"),
    [
        ("Veteran actor dies at 91\nThe actor died at his home in Leeds.", False),
        ("Poet dies\nThe poet died peacefully after a long illness, her family said.", False),
        ("Resort reopens on the Dead Sea\nHotels on the Dead Sea reopened on Monday.", False),
        ("Miner dies in collapse\nA miner died when a tunnel collapsed on Monday.", True),
    ],
)
def test_natural_deaths_and_names_are_not_casualties(text: str, casualties: bool) -> None:
    assert (C in _topics(text)) is casualties


@pytest.mark.parametrize(
    ("text", "casualties"),
    [
        (
            "Inspectors visit trench\nThey collected the remains of a grenade near the trench.",
            False,
        ),
        ("Search goes on\nRescuers recovered the remains of three people from the rubble.", True),
    ],
)
def test_remains_of_munitions_are_not_bodies(text: str, casualties: bool) -> None:
    assert (C in _topics(text)) is casualties


def test_a_chemical_agent_confirmed_present_in_samples_is_chemical_use() -> None:
    text = (
        "Watchdog confirms CS in soil samples from the front\n"
        "The watchdog said its laboratories confirmed the presence of the riot-control agent CS "
        "in soil taken from a trench."
    )
    result = tag_text(text)
    assert N in {t.topic for t in result.topics}
    assert result.severity is Severity.CRITICAL
