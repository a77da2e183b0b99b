"""Wording of humanitarian and monitoring reports: tear gas at protests and chlorine for water
are no chemical weapons, unknown casualty figures are no casualties, remains found are deaths,
and "the third killing this month" is one event, not a tally."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Severity, Topic
from tests.unit.classify.tagging import topics_of

C, N = Topic.CASUALTIES, Topic.NUCLEAR_CBRN


@pytest.mark.parametrize(
    ("text", "cbrn"),
    [
        ("Fuel protest\nPolice fired tear gas to clear the road to the port.", False),
        ("Clashes at the campus\nTear gas was used to disperse students on Monday.", False),
        ("Cholera spreads\nClinics ran short of chlorine tablets for water.", False),
        ("Attack on Douma\nInspectors found chlorine gas was used in the attack.", True),
    ],
)
def test_policing_and_water_chemicals_are_not_cbrn(text: str, cbrn: bool) -> None:
    assert (N in topics_of(text)) is cbrn


@pytest.mark.parametrize(
    ("text", "casualties"),
    [
        ("Fighting near Kassala; casualty figures unclear\nGunfire was heard all night.", False),
        ("Fighting in the hills\nThe number of dead and wounded was not known.", False),
        ("Fighting in the hills\nFive soldiers were killed, the army said.", True),
    ],
)
def test_unknown_casualty_figures_are_not_casualties(text: str, casualties: bool) -> None:
    assert (C in topics_of(text)) is casualties


@pytest.mark.parametrize(
    "text",
    [
        "Grim find\nSearchers found charred remains and bone fragments at a ranch.",
        "Grave uncovered\nInvestigators exhumed a mass grave near the village.",
    ],
)
def test_remains_found_are_deaths_without_a_number(text: str) -> None:
    result = tag_text(text)
    assert C in {t.topic for t in result.topics}
    assert result.severity is Severity.MEDIUM


def test_the_third_killing_this_month_is_one_event() -> None:
    result = tag_text(
        "Activist shot dead, the third killing in the province this month\nGunmen killed a "
        "community leader outside his home on Friday."
    )
    assert not result.facts.aggregate
    assert result.severity is Severity.MEDIUM


@pytest.mark.parametrize(
    ("text", "humanitarian"),
    [
        ("City rehearses\nResidents took part in an evacuation drill ahead of the rains.", False),
        ("Mock evacuation\nA mock evacuation of the riverside district was held at dawn.", False),
        ("Flood warning\nThe evacuation of the riverside district began at dawn.", True),
    ],
)
def test_an_evacuation_rehearsed_moves_no_one(text: str, humanitarian: bool) -> None:
    assert (Topic.HUMANITARIAN_INFRASTRUCTURE in topics_of(text)) is humanitarian


@pytest.mark.parametrize(
    ("text", "combat"),
    [
        (
            "Exodus\nNearly 2 million who crossed into Uganda have registered as refugees.",
            False,
        ),
        ("Incursion\nArmed men crossed into the district and attacked an army post.", True),
    ],
)
def test_refugees_crossing_a_border_are_not_combat(text: str, combat: bool) -> None:
    assert (Topic.GROUND_COMBAT in topics_of(text)) is combat


def test_exporters_losing_sales_are_economy_news() -> None:
    text = (
        "Packers halt shipments\nExporters suspended loadings for a third day after a threat "
        "to inspectors; growers said each day costs them lost sales."
    )
    assert Topic.ECONOMY in topics_of(text)


def test_a_driver_losing_control_is_no_capture() -> None:
    text = (
        "Tanker crash on the highway kills 9\nThe tanker lost control on a bend near the "
        "border town and burst into flames."
    )
    assert Topic.TERRITORIAL_CHANGE not in topics_of(text)


@pytest.mark.parametrize(
    ("text", "economy", "infrastructure"),
    [
        ("Copper output falls\nThe mines ministry blamed a dispute over royalties.", True, False),
        ("Gas production sites hit\nMissiles struck gas extraction facilities.", False, True),
    ],
)
def test_output_is_economy_and_production_sites_are_infrastructure(
    text: str, economy: bool, infrastructure: bool
) -> None:
    topics = topics_of(text)
    assert (Topic.ECONOMY in topics) is economy
    assert (Topic.HUMANITARIAN_INFRASTRUCTURE in topics) is infrastructure


def test_power_cut_across_a_capital_is_a_region_wide_blackout() -> None:
    text = (
        "Strikes on power stations\nJets hit two power stations; power was out across the "
        "capital by nightfall."
    )
    assert tag_text(text).severity is Severity.HIGH


def test_a_toll_is_read_from_its_own_verb_not_a_joined_clause() -> None:
    result = tag_text(
        "Toll from border fighting climbs to 32 as evacuations top 140,000\nThe health ministry "
        "raised the number of dead to 19; the other side reported 13 killed."
    )
    assert result.facts.killed is not None
    assert result.facts.killed.value == 32
    assert not result.facts.aggregate


def test_whether_anyone_was_hurt_is_not_known() -> None:
    text = (
        "Ships collide off the shoal\nA destroyer struck the bow of a cutter. It was not clear "
        "whether any sailors were hurt."
    )
    assert Topic.CASUALTIES not in topics_of(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Villagers flee\nHundreds of families abandoned their homes overnight.",
         Topic.HUMANITARIAN_INFRASTRUCTURE),
        ("Convoy torched\nJihadists set a fuel convoy ablaze and declared a blockade on fuel.",
         Topic.HUMANITARIAN_INFRASTRUCTURE),
        ("Junta nationalises gold mine\nThe state takes full ownership of the operator.",
         Topic.ECONOMY),
        ("Miner wins exploration rights\nThe cadastre granted it part of the lithium deposit.",
         Topic.ECONOMY),
        ("Mortars land near the airport compound, wounding two", Topic.STRIKE),
    ],
)  # fmt: skip
def test_african_report_wording(text: str, topic: Topic) -> None:
    assert topic in topics_of(text)
