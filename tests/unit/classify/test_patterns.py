"""Gated patterns: literals derived from the regex, capital checks, offsets kept."""

from __future__ import annotations

from services.classify import triggers
from services.classify.patterns import (
    Rule,
    Scan,
    lower_same_length,
    lower_source,
    required_literals,
    start_literals,
)
from shared.models import Topic


def test_required_literals_cover_every_branch() -> None:
    """Every match of the regex contains one of the literals."""
    literals = required_literals(r"\b(?:shelling|air ?strikes?)\b")
    assert literals == {"shelling", "strike"}
    for text in ("shelling", "airstrike", "air strikes"):
        assert any(literal in text for literal in literals)


def test_patterns_without_literals_are_not_gated() -> None:
    assert required_literals(r"\d+") is None


def test_lower_source_keeps_escapes_and_marks_capitals() -> None:
    assert lower_source(r"\bKyiv\s(?-i:[A-Z])\w+") == r"\bkyiv\s{CAP}\w+"


def test_lower_same_length_keeps_offsets() -> None:
    text = "İstanbul talks"
    assert len(lower_same_length(text)) == len(text)


def test_rule_finds_matches_only_in_sentences_with_its_literals() -> None:
    rule = Rule(r"\bdrones? (?:hit|struck)\b")
    scan = Scan("Talks resumed. Two drones struck a depot.")
    (match,) = list(rule.finditer(scan))
    assert scan.text[match.start() : match.end()] == "drones struck"


def test_capital_check_uses_the_original_text() -> None:
    """A `{CAP}` slot only matches an upper-case letter of the original text."""
    rule = Rule(r"\blost {CAP}\w+")
    assert rule.search(Scan("Troops lost Lyman.")) is not None
    assert rule.search(Scan("Troops lost ground.")) is None


def test_start_literals_rebuild_factored_prefixes() -> None:
    """The parser turns (left|leave) into 'le' + (ft|ave); the start literals are whole words."""
    assert start_literals(r"\b(?:left|leave) town") == {"left", "leave"}
    assert start_literals(r"(?:an? )?drone") is None


def test_anchored_rule_only_matches_at_its_start_literals() -> None:
    rule = Rule(r"\bshell(?:ing|ed)\b")
    scan = Scan("Overnight shelling hit Kherson; nutshell aside.")
    assert [m.group() for m in rule.finditer(scan)] == ["shelling"]


def test_every_topic_table_pattern_is_anchored_on_its_first_words() -> None:
    # A table pattern that loses its start literals (one alternative starting with a digit or a
    # one-letter word) silently falls back to scanning whole sentences, several times slower.
    for topic, rules in triggers.TOPIC_RULES.items():
        assert rules[0].anchored, topic
    for topic, rule in triggers.EXCLUDE.items():
        assert rule.anchored or topic is Topic.MILITARY_AID, topic


def test_a_capital_alternative_placed_last_does_not_shadow_words() -> None:
    # The capital is checked after the match, so a capital alternative tried first would take
    # "rebels" and then be rejected, losing the literal alternative after it.
    first = Rule(lower_source(r"\bfell to (?:(?-i:[A-Z])\w*|rebels)"))
    last = Rule(lower_source(r"\bfell to (?:rebels|(?-i:[A-Z])\w*)"))
    scan = Scan("The town fell to rebels. The city fell to Wagner.")
    assert [m.group() for m in first.finditer(scan)] == ["fell to wagner"]
    assert [m.group() for m in last.finditer(scan)] == ["fell to rebels", "fell to wagner"]
