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
