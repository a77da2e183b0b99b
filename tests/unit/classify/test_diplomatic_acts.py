"""Diplomacy told by its acts: prisoners of war sent home, go-betweens, votes and vetoes,
letters to the UN, and appeals made by states (not by charities or local leaders)."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import topics_of

DIP = Topic.DIPLOMACY_SANCTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Captives home\nAround 120 Ukrainian prisoners of war were repatriated on Friday.",
        "Men back from captivity\nKyiv said the POWs returned home after months in detention.",
        "Detainees freed\nThe handover of 30 detainees was mediated by Qatar, officials said.",
        "Board rebukes Tehran\nThe agency's governors passed a resolution criticising Iran.",
        "Budapest blocks the fund\nHungary vetoed the next tranche at a ministers' meeting.",
        "Shelling hits Goma suburbs\nShells landed in two districts. Kinshasa wrote to the UN "
        "Security Council about the offensive.",
    ],
)
def test_acts_between_states_are_diplomacy(text: str) -> None:
    assert DIP in topics_of(text)


@pytest.mark.parametrize(
    ("text", "diplomacy"),
    [
        (
            "Gunfire in Tripoli\nArmed groups clashed near the airport overnight. The UN mission "
            "called for an immediate halt to the fighting.",
            True,
        ),
        (
            "Border shooting\nTwo guards were wounded in a firefight on the river. France and "
            "Britain urged restraint on both governments.",
            True,
        ),
        (
            "Camp shelled in Darfur\nShells hit the camp market on Monday. 'We call on all "
            "parties to spare civilians,' said the charity's director.",
            False,
        ),
        (
            "Clan fighting in the south\nFighting between two clans killed four men. Village "
            "elders called for calm.",
            False,
        ),
    ],
)
def test_an_appeal_in_the_body_is_diplomacy_when_a_state_makes_it(
    text: str, diplomacy: bool
) -> None:
    assert (DIP in topics_of(text)) is diplomacy


@pytest.mark.parametrize(
    ("text", "diplomacy"),
    [
        ("Envoy summoned\nVilnius summoned Russia's charge d'affaires over the incident.", True),
        ("Readiness check\nA snap exercise summons reservists to their units in two days.", False),
    ],
)
def test_envoys_summoned_not_reservists(text: str, diplomacy: bool) -> None:
    assert (DIP in topics_of(text)) is diplomacy


@pytest.mark.parametrize(
    "text",
    [
        "Seoul marks 70 years since the war\nForeign envoys laid wreaths at the national cemetery.",
        "Anniversary of the war\nThe 1950-53 war ended in an armistice rather than a peace treaty.",
    ],
)
def test_envoys_at_ceremonies_and_a_recalled_treaty_are_not_diplomacy(text: str) -> None:
    assert DIP not in topics_of(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Generals set up a hotline\nThe two commanders spoke by phone and agreed "
            "that both sides would cease all firing from 5 p.m.",
            "medium",
        ),
        (
            "Partner decertified\nThe White House decertified the country, saying it failed to "
            "meet its counternarcotics obligations.",
            "low",
        ),
    ],
)
def test_a_halt_to_firing_agreed_and_an_obligation_not_met(text: str, level: str) -> None:
    result = tag_text(text)
    assert DIP in {t.topic for t in result.topics}
    assert result.severity.value == level


def test_talks_suspended_in_the_body_are_a_diplomatic_act() -> None:
    text = (
        "Offensive leaves 60 dead in the north\nFighting between two armed groups killed 60 "
        "people. The president suspended peace talks with one of them."
    )
    assert DIP in topics_of(text)
