"""Rules made of a list of alternatives: only those that can start at a position are tried."""

from __future__ import annotations

import pytest

from services.classify.patterns import Rule, Scan, _split_alternatives, lower_same_length
from tests.unit.classify.test_patterns import _classifier_rules


def test_a_list_of_alternatives_between_word_boundaries_splits_into_them() -> None:
    split = _split_alternatives(r"\b(?:killed|wounded) by drones?\b")
    assert split is not None
    alternatives, starts = split
    assert len(alternatives) == 2
    assert starts == [{"killed by drone"}, {"wounded by drone"}]


@pytest.mark.parametrize(
    "source",
    [
        r"\bdrone strikes?",  # no alternatives
        r"\d+ (?:killed|wounded)",  # what comes first can backtrack
        r"\b(?:killed|\w+ wounded)",  # one alternative has no start literal
    ],
)
def test_regexes_that_are_not_such_a_list_stay_whole(source: str) -> None:
    assert _split_alternatives(source) is None


def test_a_match_keeps_the_groups_of_alternatives_that_were_not_tried() -> None:
    rule = Rule(r"\b(?:(?P<rank>colonel|major) killed|(?P<count>two|three) (?:soldiers )?killed)")
    assert rule._alternatives is not None
    matches = list(rule.finditer(Scan("Officials said three soldiers killed near the river")))
    assert [m.group() for m in matches] == ["three soldiers killed"]
    assert matches[0].group("rank") is None
    assert matches[0].group("count") == "three"


def test_the_first_alternative_that_matches_wins_as_in_the_whole_regex() -> None:
    rule = Rule(r"\b(?:troops? (?:were )?sent|troops? were)\b")
    assert [m.group() for m in rule.finditer(Scan("More troops were sent north"))] == [
        "troops were sent"
    ]


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
        if rule._alternatives is None:
            continue
        whole = [m.span() for m in rule.pattern.finditer(low) if rule._caps_ok(m, scan)]
        assert [m.span() for m in rule.finditer(scan)] == whole, rule.source[:80]
        checked += 1
    assert checked >= 40  # most rules are lists
