"""explain(): readable breakdown with the evidence highlighted."""

from __future__ import annotations

from services.classify.classifier import tag_text
from services.classify.explain import explain, highlight
from shared.models import Span


def test_highlight_marks_merged_spans() -> None:
    text = "drones struck a depot"
    spans = [Span(start=0, end=6, text="drones"), Span(start=3, end=13, text="nes struck")]
    assert highlight(text, spans) == "[[drones struck]] a depot"


def test_highlight_with_ansi() -> None:
    text = "shelling hit"
    out = highlight(text, [Span(start=0, end=8, text="shelling")], ansi=True)
    assert out == "\x1b[1;33mshelling\x1b[0m hit"


def test_explain_lists_topics_facts_and_rule() -> None:
    out = explain(tag_text("Shelling kills 6 in Kherson\nSix people were killed, 10 injured."))
    assert "severity: high (high: 6 killed)" in out
    assert "casualties" in out
    assert "killed: 6" in out
    assert "[[" in out
