"""Wording of military statements and agency notes: enemies "neutralised", air operations,
attacks "targeting" a ship "with" missiles, aid deliveries denied, money raised by a company."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import topics_of


def test_enemies_neutralised_are_killed() -> None:
    result = tag_text(
        "Army update\nTroops neutralised 85 terrorists in the north-east last week, the army "
        "spokesman said."
    )
    assert Topic.CASUALTIES in {t.topic for t in result.topics}
    assert result.facts.killed is not None
    assert result.facts.killed.value == 85


def test_a_threat_neutralised_is_not_a_death() -> None:
    assert Topic.CASUALTIES not in topics_of(
        "Cyber attack\nThe agency said it had neutralised the threat within an hour."
    )


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Ministry statement\nOur jets carried out air operations in the mountain regions "
            "across the border, the ministry said.",
            Topic.STRIKE,
        ),
        (
            "Spokesman's statement\nOur forces carried out an operation targeting an enemy "
            "destroyer in the gulf with 12 cruise missiles and two drones.",
            Topic.STRIKE,
        ),
        (
            "Hospital running out of fuel\nA planned fuel delivery to the hospital was denied on "
            "Sunday, the health agency said.",
            Topic.HUMANITARIAN_INFRASTRUCTURE,
        ),
        ("Defence startup raises $20 million\nThe firm makes navigation software.", Topic.ECONOMY),
    ],
)
def test_statement_wording(text: str, topic: Topic) -> None:
    assert topic in topics_of(text)


def test_enemies_neutralised_over_months_are_a_tally() -> None:
    result = tag_text(
        "Quarterly briefing\nTroops neutralised 640 terrorists in the past three months, the "
        "spokesman said."
    )
    assert result.facts.aggregate
    assert result.severity == "low"
