"""A blackout across a named region is region-wide (high); outages blamed on past attacks report
no new strike."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit power station\nA drone attack on the main power station cut electricity "
        "across Blue Nile state, the utility said.",
        "Gas field struck\nA drone struck the gas field, leaving most of Kurdistan Region without "
        "power by midnight.",
        "Strike plunges province into darkness\nA missile hit the substation, plunging Kherson "
        "province into blackouts.",
    ],
)
def test_a_named_region_in_the_dark_is_a_region_wide_blackout(text: str) -> None:
    assert tag_text(text).severity == "high"


def test_a_city_district_in_the_dark_is_not() -> None:
    result = tag_text(
        "Strike on substation\nA drone hit a substation, cutting power to two districts of the "
        "city."
    )
    assert result.severity == "medium"


def test_outages_blamed_on_earlier_attacks_report_no_strike() -> None:
    result = tag_text(
        "Outage schedules tomorrow\nBecause of the consequences of massive attacks on energy "
        "facilities, hourly outages will apply in most regions, the grid operator said."
    )
    assert Topic.STRIKE not in {t.topic for t in result.topics}


def test_a_nuclear_plant_cut_from_its_last_line_is_high() -> None:
    result = tag_text(
        "Plant operator\nAt 09:12 the occupied NPP lost connection to its last 330 kV line, the "
        "plant's ninth full blackout since the occupation; diesel generators started."
    )
    assert Topic.NUCLEAR_CBRN in {t.topic for t in result.topics}
    assert result.severity == "high"
