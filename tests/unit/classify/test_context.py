"""Sentences, clauses, historical clauses, negation and hypotheticals."""

from __future__ import annotations

import json
import random
from pathlib import Path

from services.classify import context as context_module
from services.classify.context import TextContext, build_context, is_hypothetical, is_negated


def _ctx(text: str) -> TextContext:
    return build_context(text, text.find("\n\n") if "\n\n" in text else len(text))


def test_sentences_and_clauses_cover_the_text() -> None:
    ctx = _ctx("Headline here\n\nFirst one, with a clause. Second one.")
    assert [ctx.text[s.start : s.end] for s in ctx.sentences] == [
        "Headline here",
        "First one, with a clause.",
        "Second one.",
    ]
    assert ctx.text[ctx.clause_at(ctx.text.index("with")).start :].startswith("with a clause")


def test_years_after_marks_the_clause_and_its_relative_clause() -> None:
    """'two years after a strike, which killed 40' recalls the past; the rest is current."""
    text = "Crowds gathered on Monday, two years after a strike, which killed 40 people."
    ctx = _ctx(text)
    assert ctx.is_historical(text.index("killed"))
    assert not ctx.is_historical(text.index("Crowds"))


def test_memorial_sentence_is_historical() -> None:
    text = "A memorial lists the names of those killed in the raid."
    assert _ctx(text).is_historical(text.index("killed"))


def test_still_keeps_a_clause_current() -> None:
    text = "A year after the flood, the towns still lack water."
    ctx = _ctx(text)
    assert not ctx.is_historical(text.index("lack"))


def test_negation_before_a_trigger() -> None:
    text = "Debris fell on a yard but no one was hurt."
    ctx = _ctx(text)
    start = text.index("hurt")
    assert is_negated(ctx, start, start + 4, ctx.clause_at(start))


def test_condition_before_a_trigger_is_hypothetical() -> None:
    text = "Moscow warned of a response if allies sent troops to the region."
    ctx = _ctx(text)
    start = text.index("sent")
    assert is_hypothetical(ctx, start, ctx.clause_at(start))


def test_boundaries_tried_at_their_openers_are_those_of_the_whole_regex_search() -> None:
    # The characters that can open a boundary are kept by hand beside the regex: one it gains
    # without them would be missed. Compared on every fixture text and on random text made of
    # the characters the regex looks at.
    fixtures = Path(__file__).resolve().parents[2] / "fixtures" / "classify"
    texts = [
        f"{row['headline']}\n\n{row.get('body') or ''}"
        for path in sorted(fixtures.glob("*.jsonl"))
        for row in map(json.loads, path.read_text().splitlines())
    ]
    generator = random.Random(7)
    alphabet = "aZ1 .!?\n\"'”’,;:—–()-\t"
    texts += ["".join(generator.choices(alphabet, k=60)) for _ in range(5000)]
    for text in texts:
        expected = [
            (m.start(), m.end(), m.group("sentence") is not None)
            for m in context_module._BOUNDARY.finditer(text)
        ]
        assert context_module._boundaries(text) == expected, text
