"""Who says a place changed hands: denials told as the other side's answer, monitors and
agencies that confirm, traders who witness, and a side that left confirming its loss."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic

T = Topic.TERRITORIAL_CHANGE


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv rejects Moscow's claim over Toretsk, says its units hold the centre",
        "Police deny gangs control Croix-des-Bouquets as shooting continues",
        "Rebels say they seized Kitchanga\nThe group said its fighters took the town at dawn. The "
        "army countered that the attack had been repulsed.",
        "Militants claim Tillaberi base\nThe group said it overran the base. An army spokesman "
        "denied any positions had been lost.",
    ],
)
def test_the_other_side_answering_a_claim_denies_it(text: str) -> None:
    result = tag_text(text)
    assert T in result.topic_names
    assert result.facts.status == "denied"


def test_assaults_repelled_elsewhere_do_not_deny_a_claim() -> None:
    result = tag_text(
        "Moscow claims capture of Siversk\nThe ministry said its troops had taken the town. "
        "Kyiv reported 12 assaults repelled nearby."
    )
    assert result.facts.status == "claimed"


@pytest.mark.parametrize(
    "text",
    [
        "Turkish-backed factions take Manbij dam, war monitor says",
        "UN: thousands flee after gangs take Saut-d'Eau",
        "Rebels enter Homs as army redeploys outside the city\nThe army said its units had "
        "repositioned outside Homs as the fighters drove in.",
        "Bakhmut falls\nCommanders confirmed that their troops had left the ruins of Bakhmut.",
    ],
)
def test_monitors_agencies_and_the_side_that_left_confirm(text: str) -> None:
    result = tag_text(text)
    assert T in result.topic_names
    assert result.facts.status == "confirmed"


def test_traders_and_residents_report_a_capture_without_claiming_it() -> None:
    assert tag_text("Rebels take Lweje border post, traders say").facts.status == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "The last 120 French soldiers left N'Djamena on Thursday, ending the mission",
        "Troops left Kabul in August",
        "Company dismisses claims over Siemens deal",
        "Minister denies that aides took bribes",
    ],
)
def test_a_foreign_force_leaving_old_departures_and_other_denials_are_no_capture(
    text: str,
) -> None:
    assert T not in tag_text(text).topic_names
