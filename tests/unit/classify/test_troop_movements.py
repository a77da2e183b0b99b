"""Troop movements that are not new deployments: forces counted as they leave, peacekeepers
ending a mission in a province, and an arrival recalled as the start of a count."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Severity, Topic
from tests.unit.classify.tagging import topics_of

D, T = Topic.TROOP_DEPLOYMENT, Topic.TERRITORIAL_CHANGE


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Neighbour pulls 4,000 troops back from the border\nThe units left on Monday.", "medium"),
        ("Contingent rotates out\nSome 2,500 soldiers withdrew and flew home on Monday.", "medium"),
        ("Reinforcements\nThe army sent 4,000 troops to the border on Monday.", "high"),
        (
            "Border moves\nThe rebels withdrew their patrols, while the army deployed 4,000 troops "
            "to the south.",
            "high",
        ),
    ],
)
def test_troops_counted_as_they_leave_are_not_newly_deployed(text: str, level: str) -> None:
    assert tag_text(text).severity.value == level


def test_peacekeepers_leaving_a_province_end_a_deployment() -> None:
    text = (
        "UN mission completes pull-out from Ituri\nThe peacekeepers withdrew from Bunia and "
        "handed their last base to the national army."
    )
    topics = topics_of(text)
    assert D in topics
    assert T not in topics


def test_an_arrival_that_starts_a_count_is_not_news() -> None:
    result = tag_text(
        "Officer killed in ambush\nA police officer of the security mission was killed; it is "
        "the third death since the first contingent arrived last year."
    )
    assert D not in {t.topic for t in result.topics}
    assert result.severity is Severity.MEDIUM
