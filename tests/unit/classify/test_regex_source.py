"""Rules split into their alternatives: only those that can start at a position are tried."""

from __future__ import annotations

import pytest

from services.classify.patterns import Rule, Scan, lower_same_length
from services.classify.regex_source import Branch, first_branch, has_groups
from tests.unit.classify.test_patterns import _classifier_rules


def test_a_source_splits_at_its_own_bars_or_else_at_its_opening_group() -> None:
    assert first_branch(r"\bkill(?:ed|s)\b|\bwound(?:ed|s)") == Branch(
        "", [r"\bkill(?:ed|s)\b", r"\bwound(?:ed|s)"], ""
    )
    assert first_branch(r"\b(?:killed|wounded) by (?:a|the) drone") == Branch(
        r"\b(?:", ["killed", "wounded"], ") by (?:a|the) drone"
    )


@pytest.mark.parametrize(
    "source",
    [
        r"[|(]shell(?:ing|ed)",  # bars and parentheses in a class are characters
        r"\|\(shell(?:ing|ed)",  # and so are escaped ones
        r"\bdrone strikes?",  # no alternatives
        r"\b(?:drone) strikes?",  # one alternative
    ],
)
def test_bars_in_classes_escapes_and_single_alternatives_do_not_split(source: str) -> None:
    assert first_branch(source) is None


def test_a_group_with_nothing_after_it_splits_too() -> None:
    assert first_branch("(?:killed|wounded)") == Branch("(?:", ["killed", "wounded"], ")")


def test_capturing_groups_are_told_from_other_groups() -> None:
    assert has_groups(r"(?P<count>\d+) killed")
    assert has_groups(r"(\d+) killed")
    assert not has_groups(r"(?:\d+) (?=killed)(?!x)(?<=\d )")
    assert not has_groups(r"[(]\d+\(")


def test_a_match_keeps_the_groups_of_alternatives_that_were_not_tried() -> None:
    rule = Rule(r"\b(?:(?P<rank>colonel|major) killed|(?P<count>\d+) (?:soldiers )?killed)")
    matches = list(rule.finditer(Scan("Officials said 12 soldiers killed near the river")))
    assert [m.group() for m in matches] == ["12 soldiers killed"]
    assert matches[0].group("rank") is None
    assert matches[0].group("count") == "12"


# Written to set off many rules at once, and in many of their alternatives.
_BUSY_TEXT = (
    "Russian forces captured the village of Novoselivka and took full control of the town, the "
    "ministry claimed, while Ukraine's army said the assault was repelled. A missile strike and "
    "drone strikes hit the port; three people were killed and 14 wounded, including a child. "
    "Aid deliveries were suspended as the water supply was cut off. The EU imposed new "
    "sanctions and talks on a ceasefire were announced. Poland deployed 2,000 troops to the "
    "border. The central bank raised its key rate as inflation rose. In the past day, 40 of 52 "
    "drones were shot down; fighting and clashes continued near the front line."
)


@pytest.mark.parametrize("text", [_BUSY_TEXT, _BUSY_TEXT.lower()])
def test_every_split_rule_finds_what_its_whole_regex_finds(text: str) -> None:
    rules = _classifier_rules()  # imports every module, so every rule is in the scan
    scan = Scan(text)
    low = lower_same_length(text)
    checked = 0
    for rule in rules:
        if not rule.anchored or rule._branch is None:
            continue
        whole = [m.span() for m in rule.pattern.finditer(low) if rule._caps_ok(m, scan)]
        assert [m.span() for m in rule.finditer(scan)] == whole, rule.source[:80]
        checked += 1
    assert checked >= 20  # most rules split
