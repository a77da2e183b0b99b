"""Captures told as the losing side's euphemisms and as maps and monitors see them, and captures
named only in passing."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic

T = Topic.TERRITORIAL_CHANGE


@pytest.mark.parametrize(
    "text",
    [
        "Army confirms pullback from Kurakhove 'to more favourable lines'",
        "General Staff: units relocated and no longer holding Makiivka",
        "Rebel group says its fighters handed Lashio back to the military under the truce",
        "Monitors' map shows Pokrovsk fully under Russian control",
        "Monitoring group shaded Myrnohrad as occupied in its latest update",
        "Militia pushes the rebels out of Kitshanga, residents say",
        "Army announces 'tactical withdrawal' from Pinga as rebels move in",
        "Kurdish-led force pulled its fighters out of Tabqa after the deadline expired",
    ],
)
def test_concessions_and_maps_are_captures(text: str) -> None:
    result = tag_text(text)
    assert T in result.topic_names
    assert result.facts.status in ("confirmed", "reported")


@pytest.mark.parametrize(
    "text",
    [
        "Border raid repelled\nThe governor said the situation was under control.",
        "Market bombed\nA jet bombed the market in Mansi, a town the rebels seized last year.",
        "Framework deal signed\nThe text does not require the rebels to leave Goma, which they "
        "seized early in the year.",
        "Rescuers pulled 11 people out of the rubble alive",
    ],
)
def test_control_of_a_situation_and_captures_in_passing_are_no_capture(text: str) -> None:
    assert T not in tag_text(text).topic_names


def test_the_capital_of_a_countrys_state_is_a_regional_capital() -> None:
    result = tag_text("Resistance forces take Hakha, the capital of Myanmar's Chin State")
    assert result.severity == "critical"
