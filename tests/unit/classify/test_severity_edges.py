"""Severity at its edges: reactor damage and a rise in radiation, chemical agents found in
samples from the front, a state's first involvement in the fighting, a threat compared with
earlier ones, a dam overrun, a history book, and a list of ages."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import assert_counts


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Missile damages reactor building at Rivne plant, regulator says", "critical"),
        ("Radiation rises at plant after overnight strike, operator says", "critical"),
    ],
)
def test_reactor_damage_and_rising_radiation_are_nuclear_harm(text: str, level: str) -> None:
    assert tag_text(text).severity == level


def test_a_strike_near_a_reactor_destroyed_long_ago_is_no_new_harm() -> None:
    text = "Drone hits the shelter over the destroyed reactor; radiation normal"
    assert tag_text(text).severity != "critical"


def test_a_riot_agent_found_in_samples_from_the_front_is_chemical_use() -> None:
    result = tag_text(
        "Watchdog confirms gas use\nSamples collected after a drone attack on the trenches near "
        "the village contained CS gas, the inspectors said."
    )
    assert result.severity == "critical"


def test_police_tear_gas_found_in_samples_is_no_chemical_weapon() -> None:
    result = tag_text(
        "Protest inquiry\nSamples from the square where police dispersed the crowd contained "
        "CS gas, the inquiry found."
    )
    assert result.severity != "critical"


def test_a_states_first_involvement_in_the_fighting_is_critical() -> None:
    result = tag_text(
        "Border posts attacked\nGuards said units of a neighbouring army had attacked two posts, "
        "the first reported direct involvement of its armed forces in the fighting."
    )
    assert result.severity == "critical"


def test_a_threat_called_the_bluntest_since_the_war_began_is_no_tally() -> None:
    result = tag_text(
        "Putin says Russia will use nuclear arms if struck with Western missiles\nIt was his "
        "bluntest warning since the start of the war."
    )
    assert result.severity == "high"
    assert not result.facts.aggregate


def test_a_strategic_dam_overrun_is_captured() -> None:
    result = tag_text("Army concedes fighters overran the strategic Merowe dam")
    assert Topic.TERRITORIAL_CHANGE in result.topic_names
    assert result.severity == "high"


def test_a_history_book_about_an_old_battle_is_no_news() -> None:
    assert (
        tag_text(
            "New history of the 1943 Kursk battle\nThe book covers the operation in which tens "
            "of thousands of soldiers were killed or captured."
        ).topic_names
        == set()
    )


def test_the_second_of_two_ages_is_no_count() -> None:
    assert_counts("Sisters aged 6 and 13 killed as shell hits home", {"killed": None})


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Lukashenko threatens to use tactical nuclear weapons 'without hesitation'", "high"),
        ("Kim Yo Jong warns of 'nuclear response' to allied drills", "low"),
    ],
)
def test_a_head_of_state_not_his_sister_threatens_nuclear_use(text: str, level: str) -> None:
    assert tag_text(text).severity == level


def test_a_palace_lost_is_a_strategic_place() -> None:
    result = tag_text(
        "Paramilitary admits loss of Republican Palace\nIts spokesman said the fighters had "
        "pulled out of the palace."
    )
    assert "village" not in result.severity_reason


@pytest.mark.parametrize(
    ("text", "topic", "tagged"),
    [
        ("Monitors: Russian forces have taken village of Bahatyr", Topic.TERRITORIAL_CHANGE, True),
        ("Air force repels attack of 92 drones and seven missiles", Topic.GROUND_COMBAT, False),
        (
            "Rockets fired at Galilee\nArtillery returned fire at launch sites near the border.",
            Topic.GROUND_COMBAT,
            False,
        ),
        (
            "Budget airlines fire opening salvo in fares war\nCarriers launched an all-out "
            "offensive on summer fares; the battle for holidaymakers could leave smaller airlines "
            "as casualties.",
            Topic.GROUND_COMBAT,
            False,
        ),
        (
            "Budget airlines fire opening salvo in fares war\nThe price war could leave smaller "
            "airlines as casualties by autumn.",
            Topic.CASUALTIES,
            False,
        ),
        ("Rail union and operator agree 'ceasefire' in pay war", Topic.DIPLOMACY_SANCTIONS, False),
    ],
)
def test_captures_air_defence_return_fire_and_price_wars(
    text: str, topic: Topic, tagged: bool
) -> None:
    assert (topic in tag_text(text).topic_names) is tagged
