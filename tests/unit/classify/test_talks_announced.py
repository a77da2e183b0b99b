"""A ceasefire or talks announced in the words diplomats and mediators use: declarations signed,
parties brought together, exchanges agreed, proposals tabled, talks suspended, truces secured."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text


@pytest.mark.parametrize(
    "text",
    [
        "Parties sign declaration in Lome\nThe government and the rebels signed a declaration of "
        "principles committing both to a lasting truce.",
        "Union to convene rivals\nThe regional bloc said it will bring the government and the "
        "former rebels together in Nairobi next month to review the accord.",
        "Mediators table new truce plan\nMediators in Cairo handed a revised ceasefire proposal to "
        "the group's negotiators on Monday.",
        "President suspends peace talks with guerrillas\nThe president suspended the talks after "
        "an attack on a police station.",
        "Elders secure week-long truce\nA council of elders persuaded the two clans to observe a "
        "seven-day ceasefire, officials said.",
        "Monitoring body expands\nThe two states agreed to add civilian members to the ceasefire "
        "committee. The first expanded meeting will be held in Tyre on Monday.",
    ],
)
def test_ceasefires_and_talks_announced_are_medium(text: str) -> None:
    assert tag_text(text).severity == "medium"


@pytest.mark.parametrize(
    "text",
    [
        "Minister comments\nThe minister said talks remained a distant prospect.",
        "Rebels reject plan\nThe rebels rejected the ceasefire proposal tabled by the mediators.",
        "Force offered\nThe two states are ready to send troops to help secure a future truce.",
    ],
)
def test_talk_of_talks_is_low(text: str) -> None:
    assert tag_text(text).severity == "low"


def test_the_talks_resuming_are_announced() -> None:
    assert tag_text("Update from the mediators\nThe talks will resume on Monday.").severity == (
        "medium"
    )
