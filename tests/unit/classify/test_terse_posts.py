"""Officials' posts written tersely: abbreviations that end no sentence, "30+", "y.o.", and a
toll that "is now" a number."""

from __future__ import annotations

import pytest

from services.classify.context import build_context
from services.classify.numbers import find_numbers
from tests.unit.classify.tagging import assert_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regional governor\nMissile strike on the city centre. 14 killed incl. 3 children, "
            "40 injured.",
            {"killed": 14, "children_killed": 3, "injured": 40},
        ),
        (
            "Regional governor\nGlide bomb on a village. 1 killed, 5 injured incl. a 7 y.o. girl.",
            {"killed": 1, "injured": 5, "children_injured": 1},
        ),
        ("City council\nDrone hit a school. 20+ injured, no deaths.", {"injured": 20}),
        (
            "Emergency service\nSearch at the site is over. The death toll is now 31, incl. 2 "
            "children.",
            {"killed": 31, "children_killed": 2},
        ),
    ],
)
def test_terse_counts(text: str, expected: dict[str, int | None]) -> None:
    assert_counts(text, expected)


def test_abbreviations_end_no_sentence() -> None:
    text = "Update\n\nOn Oct. 2 the unit said 9 were killed incl. 2 children. Dr. Ali said so."
    ctx = build_context(text, len("Update"))
    sentences = [text[s.start : s.end] for s in ctx.sentences]
    assert sentences == [
        "Update",
        "On Oct. 2 the unit said 9 were killed incl. 2 children.",
        "Dr. Ali said so.",
    ]


def test_a_number_with_a_plus_is_at_least_that_number() -> None:
    (number,) = find_numbers("30+ injured")
    assert (number.value, number.qualifier, number.text) == (30, "at_least", "30+")
