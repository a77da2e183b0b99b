"""Captures told as a named place taken or entered by fighters."""

from __future__ import annotations

import pytest

from shared.models import Topic
from tests.unit.classify.tagging import topics_of

T = Topic.TERRITORIAL_CHANGE


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        ("Rebels claim town\nThe group said its fighters had taken Mambasa on Friday.", True),
        ("Militants in the town\nJihadists have entered Djibo, residents said.", True),
        ("Army advance\nThe army has taken the town of Kalemie, officials said.", True),
        ("Long night\nThe minister had taken questions from reporters for an hour.", False),
        ("Protest\nFighters entered the stadium to watch the final, fans said.", False),
    ],
)
def test_a_named_place_taken_or_entered(text: str, captured: bool) -> None:
    assert (T in topics_of(text)) is captured
