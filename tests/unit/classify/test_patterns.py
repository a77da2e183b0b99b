"""Gated patterns: literals derived from the regex, capital checks, offsets kept."""

from __future__ import annotations

import importlib
import pkgutil
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]

import services.classify as classify_package
from services.classify import triggers
from services.classify.patterns import (
    Rule,
    Scan,
    low_rule,
    lower_same_length,
    lower_source,
    required_literals,
    start_literals,
)


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
    """The parser turns (left|leave) into 'le' + (ft|ave); the start literals are whole words,
    joined to the literal text after them."""
    assert start_literals(r"\b(?:left|leave) town") == {"left town", "leave town"}
    assert start_literals(r"(?:an? )?drone") is None


def test_start_literals_join_short_alternatives_to_what_follows() -> None:
    """A common word alone ("is", "in") would start a match attempt at every occurrence."""
    assert start_literals(r"\b(?:is|was) under (?:\w+ )?control") == {"is under ", "was under "}
    assert start_literals(r"\b(?:over|in) (?:the )?past day") == {
        "over the ",
        "over past day",
        "in the ",
        "in past day",
    }


def test_start_literals_keep_an_optional_opening() -> None:
    """Matches may start inside an optional opening or after it: both are start literals."""
    literals = start_literals(r"\b(?:the )?(?:site|scene) of")
    assert literals is not None
    for text in ("the site of", "scene of"):
        assert any(text.startswith(literal) for literal in literals)
    literals = start_literals(r"\b(?:most|all)(?: of them)? (?:were|was) downed")
    assert literals is not None
    for text in ("most of them were downed", "all was downed"):
        assert any(text.startswith(literal) for literal in literals)


def _classifier_rules() -> list[Rule]:
    """Every Rule the classifier modules define, alone or in their tables."""
    rules: list[Rule] = []
    for module_info in pkgutil.iter_modules(classify_package.__path__):
        module = importlib.import_module(f"services.classify.{module_info.name}")
        rules.extend(r for r in vars(module).values() if isinstance(r, Rule))
        for value in vars(module).values():
            if isinstance(value, dict):
                for item in value.values():
                    if isinstance(item, Rule):
                        rules.append(item)
                    elif isinstance(item, tuple):
                        rules.extend(r for r in item if isinstance(r, Rule))
    return rules


def test_every_match_of_an_anchored_rule_starts_with_a_start_literal() -> None:
    """On text written to hit many rules, an unanchored scan finds nothing the anchors miss."""
    text = lower_same_length(
        "Most of which were intercepted. The site of the April 2022 missile attack is under "
        "Russian control. Over the past day, 40 drones were downed; in the past week troops "
        "withdrew. Shelling killed two; some were shot down."
    )
    for rule in _classifier_rules():
        if not rule.anchored:
            continue
        literals = start_literals(rule.source)
        assert literals is not None
        for match in rule.pattern.finditer(text):
            if match.end() > match.start():
                assert any(text.startswith(lit, match.start()) for lit in literals), (
                    rule.source[:60],
                    match.group(),
                )


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
        assert rule.anchored, topic
    # Run on every text: the sports cues, whose list keeps growing.
    assert triggers.SPORTS.anchored


def test_a_capital_alternative_placed_last_does_not_shadow_words() -> None:
    # The capital is checked after the match, so a capital alternative tried first would take
    # "rebels" and then be rejected, losing the literal alternative after it.
    first = Rule(lower_source(r"\bfell to (?:(?-i:[A-Z])\w*|rebels)"))
    last = Rule(lower_source(r"\bfell to (?:rebels|(?-i:[A-Z])\w*)"))
    scan = Scan("The town fell to rebels. The city fell to Wagner.")
    assert [m.group() for m in first.finditer(scan)] == ["fell to wagner"]
    assert [m.group() for m in last.finditer(scan)] == ["fell to rebels", "fell to wagner"]


def _capital_shadows_a_word(source: str) -> bool:
    """Whether an alternation tries a capital-letter alternative before another one."""
    parsed = _sre_parse.parse(source)
    caps = {gid for name, gid in parsed.state.groupdict.items() if name.startswith("cap")}

    def opens_with_capital(branch: list[tuple[object, object]]) -> bool:
        if not branch or branch[0][0] is not _sre_constants.SUBPATTERN:
            return False
        return branch[0][1][0] in caps  # type: ignore[index]

    def shadows(items: list[tuple[object, object]]) -> bool:
        for op, arg in items:
            children: list[list[tuple[object, object]]] = []
            if op is _sre_constants.BRANCH:
                branches = [list(b) for b in arg[1]]  # type: ignore[index]
                if any(opens_with_capital(b) for b in branches[:-1]):
                    return True
                children = branches
            elif op is _sre_constants.SUBPATTERN:
                children = [list(arg[-1])]  # type: ignore[index]
            elif op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT):
                children = [list(arg[2])]  # type: ignore[index]
            if any(shadows(child) for child in children):
                return True
        return False

    return shadows(list(parsed))


def _every_rule() -> list[Rule]:
    rules: list[Rule] = []
    for info in pkgutil.iter_modules(classify_package.__path__):
        module = importlib.import_module(f"services.classify.{info.name}")
        for value in vars(module).values():
            values = value.values() if isinstance(value, dict) else [value]
            for item in values:
                items = item if isinstance(item, tuple) else (item,)
                rules.extend(rule for rule in items if isinstance(rule, Rule))
    return rules


def test_no_rule_tries_a_capital_alternative_before_another() -> None:
    assert _capital_shadows_a_word(
        Rule(lower_source(r"\bfell to (?:(?-i:[A-Z])\w*|rebels)")).source
    )
    assert not _capital_shadows_a_word(
        Rule(lower_source(r"\bfell to (?:rebels|(?-i:[A-Z])\w*)")).source
    )
    rules = _every_rule()
    assert len(rules) > 50
    assert [rule.source for rule in rules if _capital_shadows_a_word(rule.source)] == []


def test_every_capital_check_is_followed_by_the_rest_of_its_word() -> None:
    """A capital letter checked alone before a word boundary can only match a one-letter word:
    "meet (?-i:[A-Z])" never matches "meet Putin". The capital must take its word with it."""
    rules = _classifier_rules()
    assert len(rules) > 50
    for rule in rules:
        source = rule.source
        start = 0
        while (found := source.find("(?P<cap", start)) >= 0:
            after = source[source.index(")", found) + 1 :]
            assert after.startswith(("\\w", "[\\w")), source[max(0, found - 60) : found + 30]
            start = found + 1


def test_a_rule_that_needs_a_word_searches_only_sentences_holding_it() -> None:
    # No start literal (any word may open a match), so it is searched through whole sentences.
    source = r"\w+\s+killed\s+(?:a|one)\s+(?:\w+\s+)?(?:woman|man)\b"
    needy = low_rule(source, needs=r"\b(?:woman|man)\b")
    plain = low_rule(source)
    scan = Scan("Shelling killed one old man. The strike killed one woman. Killed one or two.")
    assert not needy.anchored
    assert [m.group() for m in needy.finditer(scan)] == [m.group() for m in plain.finditer(scan)]
    assert [m.group() for m in needy.finditer(scan)] == [
        "shelling killed one old man",
        "strike killed one woman",
    ]
    assert needy.search_in(scan, 60, len(scan.text)) is None
    # The needed word is looked for in the range searched, not anywhere in the text.
    assert needy.search_in(scan, 0, 28) is not None


# Rules that no literal opens: each is searched through every position of the sentences holding
# one of its literals, which costs far more than trying an anchored rule where its words occur.
# (Numbers in digits, the one-letter word "a" and capital-led names open no literal.)
_UNANCHORED = [
    "context._CULTURAL",
    "context._HISTORICAL",
    "counts._SINGLE_WEAPON_DOWN",
    "counts._SINGULAR_VICTIM",
    "facts._SUMMARY_PERIOD",
    "signals._BILLION",
    "signals._POPULATION",
    "signals._SANCTIONS_NEW",
    "triggers.EXCLUDE_UNANCHORED[military_aid]",
    "triggers.TOPIC_RULES[strike]",
    "triggers.TOPIC_RULES[territorial_change]",
]


def test_only_the_listed_rules_are_not_anchored() -> None:
    """A new rule should open with a literal of two or more characters; if it cannot, list it."""
    unanchored: list[str] = []
    for info in pkgutil.iter_modules(classify_package.__path__):
        module = importlib.import_module(f"services.classify.{info.name}")
        for name, value in vars(module).items():
            pairs = value.items() if isinstance(value, dict) else [(None, value)]
            for key, item in pairs:
                items = item if isinstance(item, tuple) else (item,)
                where = f"{info.name}.{name}" if key is None else f"{info.name}.{name}[{key}]"
                unanchored.extend(
                    where for rule in items if isinstance(rule, Rule) and not rule.anchored
                )
    assert sorted(unanchored) == _UNANCHORED
