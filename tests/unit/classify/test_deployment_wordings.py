"""Forces on the move as witnesses and ministries tell it (convoys heading to a front, a
battalion of peacekeepers taking up positions, a warship sailing back, a division moved), their
sizes ("a 250-strong contingent", "2,000 were deployed"), a presence that is ending; and what
only looks like a deployment (police at a match, launch units, a blaze that forces evacuations,
troops stationed where something else happened, software rolled out)."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Severity, Topic
from tests.unit.classify.tagging import topics_of

D = Topic.TROOP_DEPLOYMENT


@pytest.mark.parametrize(
    "text",
    [
        "Convoys leave Kosti\nLong army convoys headed south out of Kosti towards the front, "
        "residents said.",
        "Trucks move through Dilling\nPickups loaded with soldiers drove through Dilling all "
        "afternoon, witnesses said.",
        "Ghanaian peacekeepers take over in Bria\nA Ghanaian battalion of about 700 peacekeepers "
        "has taken up positions in Bria, the UN mission said.",
        "Frigate sails back to the Gulf\nHMS Lancaster has left Bahrain and will sail back to "
        "the Gulf of Oman, the navy said.",
        "Lebanese army moves into Naqoura\nThe Lebanese army moves into Naqoura after the "
        "Israeli pull-out, the army command said.",
        "Israel shifts division north\nThe military said it was moving the 36th Division from "
        "Gaza to the northern border.",
    ],
)
def test_forces_on_the_move(text: str) -> None:
    assert D in topics_of(text)


@pytest.mark.parametrize(
    ("text", "troops"),
    [
        (
            "Fijians head for the Golan\nA 250-strong contingent of Fijian soldiers flew out of "
            "Nadi on Friday.",
            250,
        ),
        (
            "Peacekeepers arrive\nA contingent of 640 Nepalese peacekeepers has reached southern "
            "Lebanon, the UN said.",
            640,
        ),
    ],
)
def test_the_size_of_a_force_sent(text: str, troops: int) -> None:
    result = tag_text(text)
    assert result.facts.troops is not None
    assert result.facts.troops.value == troops


def test_a_presence_that_is_ending_is_not_a_new_deployment() -> None:
    result = tag_text(
        "Last Italian troops leave Niger\nThe final Italian contingent left Niamey on Monday. "
        "Around 1,200 Italian troops had been stationed in the country before the accord ended."
    )
    assert D in {t.topic for t in result.topics}
    assert result.severity == Severity.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        "Police out in force for cup final\nMore than 1,200 officers, including mounted units, "
        "will be deployed around the stadium for Saturday's final.",
        "More launchers arrive\nTwo more NASAMS launch units have arrived in Ukraine, the "
        "ministry said.",
        "Wildfire forces evacuations near Patras\nThe blaze forces evacuations of three "
        "villages as teams from Cyprus arrive.",
        "Rockets hit near air base\nTwo rockets landed near the Ain al-Asad base, where "
        "several hundred US troops are stationed, officials said.",
        "Hospital goes live\nThe trust completed the phased deployment of its new records "
        "system to 9,000 staff.",
    ],
)
def test_what_only_looks_like_a_deployment(text: str) -> None:
    assert D not in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "500 more KFOR soldiers reach Kosovo\nThe reinforcements will patrol the north.",
        "Militia convoys cross into Iraq\nTrucks of fighters crossed at dawn, a monitor said.",
        "Nepalese battalion rotates in with UNMISS\nA new battalion of 900 blue helmets began "
        "taking over positions near Malakal.",
        "Columns of tanks seen heading north\nLong columns of tanks passed through the town, "
        "heading north toward the border.",
        "Pakistan army moves armoured units toward Wagah\nTrains with tanks were seen overnight.",
        "Dutch frigate enters Baltic for NATO patrol mission",
        "Italian Eurofighters arrive in Amari for air-policing stint",
        "Seoul sends destroyer to Gulf of Aden\nThe destroyer left Busan on Monday.",
        "Thai army posts more troops along the frontier\nCommanders declined to give a figure.",
        "Satellite photos show build-up near the Guyana border\nNew tent lines and armoured "
        "vehicles appeared this month.",
        "Last UN peacekeepers leave Kidal\nThe last of the blue helmets had left Kidal on "
        "Tuesday, the mission said.",
        "Paris ends 60-year military presence in Senegal\nFrance ended its military presence in "
        "Dakar on Thursday.",
    ],
)
def test_forces_moved_sailing_massed_and_leaving(text: str) -> None:
    assert D in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Parliament argues over draft age\nDeputies debated lowering the mobilisation age to 23.",
        "Allied units march in Victory Day parade\nTroops from six countries joined the military "
        "parade on the square.",
        "Rocket hits UN base\nA rocket struck the base overnight; the peacekeepers stationed "
        "there took shelter in bunkers.",
        "F-16s for Kyiv\nThe first F-16 fighters had arrived from Norway, officials said.",
    ],
)
def test_call_up_rules_parades_and_jets_are_no_deployment(text: str) -> None:
    assert D not in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kampala sends soldiers to Juba\nUgandan special forces arrived in Juba at President "
        "Kiir's request.",
        "First Rwandan soldiers land in Bangui\nThey are the first soldiers Kigali has sent to "
        "the country.",
        "Footage shows foreign troops in Ituri\nKampala has never acknowledged sending troops "
        "across the border.",
    ],
)
def test_a_foreign_state_newly_sending_troops_is_high(text: str) -> None:
    assert tag_text(text).severity is Severity.HIGH


def test_soldiers_spared_are_not_counted_as_hurt() -> None:
    text = (
        "Rocket hits Spanish peacekeepers' base\nNone of the roughly 600 Spanish soldiers based "
        "there was hurt, the ministry said."
    )
    result = tag_text(text)
    assert result.facts.injured is not None
    assert result.facts.injured.value == 0
    assert Topic.CASUALTIES not in {t.topic for t in result.topics}


def test_a_state_clashing_for_the_first_time_is_critical() -> None:
    text = (
        "Kyiv says its units clashed with Eritrean volunteers for the first time\nThe clash "
        "took place near Sudzha, intelligence officials said."
    )
    assert tag_text(text).severity is Severity.CRITICAL


@pytest.mark.parametrize(
    "text",
    [
        "Images show armour massing near Klintsy\nSatellite photos show rows of armour massing "
        "at a field camp near the border.",
        "Second carrier ordered to the Gulf\nThe aircraft carrier and its escorts have been "
        "ordered to the Arabian Sea, officials said.",
        "Taipei counts Chinese ships\nThe ministry detected 11 Chinese navy vessels around the "
        "island on Tuesday.",
        "Troops called into Dhaka\nTroops were called into the capital to guard ministries.",
        "Belgrade orders units to move closer to the line\nThe army's units were told to move "
        "closer to the boundary.",
    ],
)
def test_armour_massing_ships_ordered_and_troops_called_in(text: str) -> None:
    assert D in topics_of(text)


def test_units_already_stationed_are_not_sent() -> None:
    text = (
        "No new troops for the north\nThe army chief said units already stationed on the "
        "frontier were enough."
    )
    assert D not in topics_of(text)
