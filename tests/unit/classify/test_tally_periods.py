"""A running toll beside one event: the period it counts from makes it a tally, so the event's
own count is the one read, whichever way the war's start is named."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Severity
from tests.unit.classify.tagging import value_of

_EVENT = (
    "Rocket hits market in Nikopol, killing three\n"
    "A rocket struck a covered market in Nikopol at midday, killing three traders and "
    "injuring seven shoppers, the mayor said. "
)


@pytest.mark.parametrize(
    "tally",
    [
        "Since the start of the full-scale invasion, more than 412 civilians have been killed.",
        "Since the outbreak of the war, more than 412 civilians have been killed.",
        "More than 412 civilians have been killed since the fighting began.",
        "Some 412 residents have been killed since Russia invaded.",
        "Since the onset of Russia's invasion, 412 residents have been killed there.",
        "412 people have been killed in the city since the war in Ukraine started.",
        "412 people have been killed since the rebels launched their offensive.",
    ],
)
def test_a_toll_since_the_war_began_is_a_tally_beside_the_event(tally: str) -> None:
    result = tag_text(_EVENT + tally)
    assert value_of(result.facts.killed) == 3
    assert result.severity is Severity.MEDIUM


def test_a_toll_since_a_day_in_autumn_is_a_tally() -> None:
    result = tag_text(
        "Health officials update the count\n"
        "Since October 7, 95 people have been killed in raids across the territory, "
        "officials said."
    )
    assert result.facts.aggregate
    assert result.severity is Severity.LOW


def test_a_years_toll_is_a_tally_but_last_weeks_fighting_is_an_event() -> None:
    annual = tag_text(
        "UN: violence killed 4,100 people in the country last year\n"
        "At least 4,100 people were killed in gang violence last year, the UN office said."
    )
    assert annual.facts.aggregate
    assert annual.severity is Severity.LOW
    recent = tag_text(
        "Some 1,500 bodies recovered after fighting\nAround 1,500 bodies have been recovered in "
        "the city after last week's fighting, the UN said."
    )
    assert not recent.facts.aggregate
    assert recent.severity is Severity.CRITICAL


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Monitors count the month's dead\nAt least 212 civilians were killed and 640 "
            "injured across the country in August, the mission said.",
            212,
        ),
        (
            "Civilian deaths highest in six months\nSome 212 civilians were killed, the highest "
            "in six months, the mission said.",
            212,
        ),
        ("Record month for drone attacks\nThe army launched 4,100 drones at the capital.", None),
    ],
)
def test_a_month_counted_whole_is_a_tally_with_its_counts(text: str, killed: int | None) -> None:
    result = tag_text(text)
    assert result.facts.aggregate
    assert result.severity is Severity.LOW
    assert value_of(result.facts.killed) == killed


def test_officials_on_both_sides_do_not_make_a_tally() -> None:
    result = tag_text(
        "Shelling across the border kills 9\nNine villagers were killed by shelling on Monday, "
        "officials on both sides said."
    )
    assert not result.facts.aggregate
    assert result.severity is Severity.HIGH


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Strike on tent kills six\nAn air strike killed six members of one family. Health "
            "officials say more than 300 people have been killed by army fire since then.",
            6,
        ),
        (
            "Talks open in Cairo\nDelegations met on Sunday. The truce ended two years of war in "
            "which more than 60,000 people were killed.",
            None,
        ),
        (
            "Monthly tracker\nReported fatalities stayed roughly level at just over 1,300 for the "
            "month; no single event had more than 50 deaths.",
            1300,
        ),
    ],
)
def test_background_tolls_in_analysis_items(text: str, killed: int | None) -> None:
    assert value_of(tag_text(text).facts.killed) == killed


def test_a_monthly_drone_tally_gives_way_to_the_attacks_own_count() -> None:
    result = tag_text(
        "Overnight attack on the west\nThe attack involved 476 drones and 48 missiles. Russia has "
        "launched more than 5,000 drones in most months since the summer."
    )
    assert value_of(result.facts.drones_launched) == 476
