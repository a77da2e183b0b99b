"""Gated patterns: regexes tried only where their literal words occur.

Each `Rule` is compiled once for lower-cased text. From the regex itself we derive the literals
every match starts with (then the regex is tried only at those positions) or, failing that,
literals every match contains (then it runs only on the sentences holding one). All literals of
all rules go into one Aho-Corasick automaton, so a text is scanned once. Rules that need a
capital letter write `{CAP}`; the capital is checked on the original text after the match.
Longer than most modules because the literal analysis and the scan belong together.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import count

# The regex parser and compiler (private but stable since 3.11): which literals a pattern needs,
# and its alternatives compiled one by one.
from re import _compiler as _sre_compile  # type: ignore[attr-defined]  # private module
from re import _constants as _sre_constants  # type: ignore[attr-defined]  # private module
from re import _parser as _sre_parse  # type: ignore[attr-defined]  # private module
from typing import Any

import ahocorasick_rs

CAP = "{CAP}"
_MIN_LITERAL = 3
_MAX_LITERALS = 60
# A rule of up to this many alternatives is also compiled one alternative at a time.
_MAX_ALTERNATIVES = 400
_cap_ids = count()
# Abbreviations whose full stop ends no sentence: "23 killed incl. 4 children", "on Oct. 2".
_ABBREVIATIONS = (
    "incl", "approx", "est", "y.o", "No", "St", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Dr",
    "Mr", "Mrs", "Ms", "Prof", "Gov", "Sen", "Rep", "vs", "Jan", "Feb", "Mar", "Apr", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip


def not_after_abbreviation(between: str = "") -> str:
    """Lookbehinds that fail right after one of the abbreviations and then `between`."""
    # One lookbehind per length (a lookbehind's alternatives must share a width), not one per
    # abbreviation: at every full stop, six lookbehinds run instead of thirty-one.
    by_length: dict[int, list[str]] = {}
    for abbreviation in _ABBREVIATIONS:
        by_length.setdefault(len(abbreviation), []).append(re.escape(abbreviation))
    return "".join(
        rf"(?<!\b(?:{'|'.join(same_length)}){between})" for same_length in by_length.values()
    )


# The stop is matched first, so that the lookbehinds run only at stops.
_SENTENCE_BREAK = re.compile(
    r"[.!?\n]" + not_after_abbreviation(r"\.") + r"(?:(?<=[.!?])\s+(?=[\"“‘'A-Z0-9])|(?<=\n))"
)


def lower_same_length(text: str) -> str:
    """`text.lower()`, keeping every offset (a few characters grow when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _literal_sets(items: Any) -> set[str] | None:
    """Strings of which every match of the parsed sequence contains at least one, or None."""
    best: set[str] | None = None
    run: list[str] = []
    candidates: list[set[str]] = []

    def flush() -> None:
        if len(run) >= _MIN_LITERAL:
            candidates.append({"".join(run)})
        run.clear()

    for op, arg in items:
        if op is _sre_constants.LITERAL:
            run.append(chr(arg))
            continue
        flush()
        sub: set[str] | None = None
        if op is _sre_constants.SUBPATTERN:
            sub = _literal_sets(arg[-1])
        elif op is _sre_constants.BRANCH:
            union: set[str] = set()
            for branch in arg[1]:
                part = _literal_sets(branch)
                if part is None:
                    union = set()
                    break
                union |= part
            sub = union or None
        elif op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT) and arg[0] >= 1:
            sub = _literal_sets(arg[2])
        if sub:
            candidates.append(sub)
    flush()
    for cand in candidates:
        if all(len(s) >= _MIN_LITERAL for s in cand) and (
            best is None or (len(cand), -min(map(len, cand))) < (len(best), -min(map(len, best)))
        ):
            best = cand
    return best


_ZERO_WIDTH = (_sre_constants.AT, _sre_constants.ASSERT, _sre_constants.ASSERT_NOT)
_MIN_START = 2
_LONG_START = 4


def _exact_strings(items: Any) -> set[str] | None:
    """Every string the sequence can match, when that is a small finite set of literals
    ("(?:is|was|were) "), else None."""
    found = {""}
    for op, arg in items:
        if op is _sre_constants.LITERAL:
            options = {chr(arg)}
        elif op is _sre_constants.SUBPATTERN:
            sub = _exact_strings(arg[-1])
            if sub is None:
                return None
            options = sub
        elif op is _sre_constants.BRANCH:
            options = set()
            for branch in arg[1]:
                part = _exact_strings(branch)
                if part is None:
                    return None
                options |= part
        elif op is _sre_constants.MAX_REPEAT and arg[0] == 0 and arg[1] == 1:
            sub = _exact_strings(arg[2])
            if sub is None:
                return None
            options = sub | {""}
        else:
            return None
        found = {f + o for f in found for o in options}
        if len(found) > _MAX_LITERALS:
            return None
    return found


def _first_literals(items: Any) -> tuple[set[str] | None, bool]:
    """(literals a match of the sequence starts with, whether it can match empty)."""
    result: set[str] = set()
    items = list(items)
    i = 0
    while i < len(items):
        op, arg = items[i]
        if op in _ZERO_WIDTH:
            i += 1
            continue
        if op in (_sre_constants.SUBPATTERN, _sre_constants.BRANCH) and i + 1 < len(items):
            # Short alternatives ("(?:is|was|were) under"): join them to what follows, so that a
            # common word alone does not start a match attempt.
            exact = _exact_strings([items[i]])
            if exact and "" not in exact and min(map(len, exact)) < _LONG_START:
                rest, rest_empty = _first_literals(items[i + 1 :])
                if rest and not rest_empty and len(exact) * len(rest) <= _MAX_LITERALS:
                    # With what optional items before it could start with.
                    return result | {e + r for e in exact for r in rest}, False
        if op is _sre_constants.LITERAL:
            run = []
            while i < len(items) and items[i][0] is _sre_constants.LITERAL:
                run.append(chr(items[i][1]))
                i += 1
            prefix = "".join(run)
            if len(prefix) < _LONG_START and i < len(items):
                # The parser factors out common prefixes ("le" + (ft|ave)): extend them back.
                rest, rest_empty = _first_literals(items[i:])
                if rest and not rest_empty and len(rest) <= _MAX_LITERALS:
                    return result | {prefix + r for r in rest}, False
            if len(prefix) < _MIN_START:
                return None, False
            result.add(prefix)
            return result, False
        if op is _sre_constants.SUBPATTERN:
            sub, empty = _first_literals(arg[-1])
        elif op is _sre_constants.BRANCH:
            sub, empty = set(), False
            for branch in arg[1]:
                part, part_empty = _first_literals(branch)
                if part is None:
                    return None, False
                sub |= part
                empty = empty or part_empty
        elif op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT):
            sub, empty = _first_literals(arg[2])
            empty = empty or arg[0] == 0
        else:
            return None, False
        if sub is None:
            return None, False
        result |= sub
        if not empty:
            return result, False
        i += 1
    return result, True


def is_word_char(char: str) -> bool:
    """Whether `char` is a regex word character (`\\w`)."""
    return char.isalnum() or char == "_"


def _starts_at_word(parsed: Any, starts: set[str] | None) -> bool:
    """Whether the parsed pattern opens with `\\b` before literals that all start with a word
    character: then "aid" inside "said" cannot start a match and is not tried."""
    if not starts or not all(is_word_char(s[0]) for s in starts):
        return False
    return bool(parsed.data) and parsed.data[0] == (_sre_constants.AT, _sre_constants.AT_BOUNDARY)


def start_literals(source: str) -> set[str] | None:
    """Literals every match starts with (None when a match may start otherwise)."""
    found, empty = _first_literals(list(_sre_parse.parse(source)))
    # Start literals cost one automaton entry each, so long tables of alternatives (the
    # exclusion lists) may have many; a gate is only worth it while it stays selective.
    if found is None or empty or len(found) > _MAX_LITERALS * 6:
        return None
    return found


def required_literals(source: str) -> set[str] | None:
    """The gate of a pattern: literals one of which every match contains (None: no gate)."""
    parsed = _sre_parse.parse(source)
    found = _literal_sets(list(parsed))
    if found is None or len(found) > _MAX_LITERALS:
        return None
    return found


def _split_alternatives(source: str) -> tuple[list[Any], list[set[str]]] | None:
    """The parsed alternatives of a regex that is one list of them between zero-width checks
    (`\\b(?:killed|wounded by)\\b`), each as a whole regex, with the literals it starts with;
    None if the regex is not such a list or an alternative has no start literals.

    Tried in order, the alternatives match exactly what the whole regex matches: nothing before
    the list can backtrack, and each alternative keeps what follows the list. Parsed once, they
    share the regex's groups, so a match has every group of the whole regex."""
    parsed = _sre_parse.parse(source)
    items = list(parsed.data)
    branches = [i for i, (op, _) in enumerate(items) if op is _sre_constants.BRANCH]
    if not branches or any(op not in _ZERO_WIDTH for op, _ in items[: branches[0]]):
        return None
    at = branches[0]
    options = items[at][1][1]
    if not 1 < len(options) <= _MAX_ALTERNATIVES:
        return None
    alternatives = []
    per_alternative = []
    for option in options:
        alternative = _sre_parse.SubPattern(
            parsed.state, items[:at] + list(option.data) + items[at + 1 :]
        )
        found, empty = _first_literals(alternative.data)
        if found is None or empty or len(found) > _MAX_LITERALS * 6:
            return None
        alternatives.append(alternative)
        per_alternative.append(found)
    return alternatives, per_alternative


class _Payload:
    """What an occurrence of one literal tells: the rules it gates, and (rule id, alternatives
    as bits) of the rules whose matches start with it, and of those whose matches start with it
    at a word boundary. Lists, laid out when the automaton is built, so that a hit costs no
    tuple unpacking of untyped values."""

    __slots__ = ("gates", "starts", "word_starts")

    def __init__(
        self, gates: list[int], starts: list[tuple[int, int]], word_starts: list[tuple[int, int]]
    ) -> None:
        self.gates = gates
        self.starts = starts
        self.word_starts = word_starts


@dataclass(slots=True)
class _Registry:
    # literal -> ids of the rules it gates, (id, alternatives) of the rules whose matches start
    # with it, and the same for those whose matches start with it at a word boundary
    literals: dict[str, tuple[list[int], dict[int, int], dict[int, int]]] = field(
        default_factory=dict
    )
    rules: int = 0
    automaton: ahocorasick_rs.AhoCorasick | None = None
    # per literal, in the automaton's order
    payloads: list[_Payload] = field(default_factory=list)

    def add_rule(self, literals: set[str] | None) -> int:
        # Rules are defined at import; one made later (in a test) rebuilds the automaton.
        self.automaton = None
        ident = self.rules
        self.rules += 1
        for literal in literals or ():
            self.literals.setdefault(literal, ([], {}, {}))[0].append(ident)
        return ident

    def add_starts(
        self, ident: int, starts: set[str], alternatives: int, *, word_start: bool
    ) -> None:
        """Matches of rule `ident` taking the given alternatives (bits) start with `starts`."""
        self.automaton = None
        for literal in starts:
            entry = self.literals.setdefault(literal, ([], {}, {}))
            table = entry[2] if word_start else entry[1]
            table[ident] = table.get(ident, 0) | alternatives

    def build(self) -> ahocorasick_rs.AhoCorasick:
        if self.automaton is None:
            self.payloads = [
                _Payload(list(gates), list(starts.items()), list(word_starts.items()))
                for gates, starts, word_starts in self.literals.values()
            ]
            self.automaton = ahocorasick_rs.AhoCorasick(list(self.literals))
        return self.automaton


_REGISTRY = _Registry()


# A sentence opening in lower case; not "10 p.m. on", "e.g. the" or "incl. two". The stop is
# matched first, so that the lookbehinds run only at stops, not at every character.
_LOWER_SENTENCE = re.compile(
    r"[.!?](?<!\.[a-z][.!?])" + not_after_abbreviation("[.!?]") + r" +[a-z]"
)
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")


def _caseless_from(text: str) -> int:
    """Where a text written without capitals starts ("map updated. the enemy occupied ..."), or
    its length: after its last capital letter, if sentences there open in lower case."""
    # Searched from the end (the last capital is mostly near it), not by backtracking `.*`.
    capital = _CAPITAL.search(text[::-1])
    last = len(text) - capital.start() if capital else 0
    if _LOWER_SENTENCE.search(text, last):
        return last
    return len(text)


def _add_starts(starts: list[list[int] | None], rules: list[tuple[int, int]], pos: int) -> None:
    """Record that the given rules' alternatives (bits) may start at `pos`."""
    for rule_id, alternatives in rules:
        found = starts[rule_id]
        if found is None:
            starts[rule_id] = [pos, alternatives]
            continue
        # Kept in order of position: hits come in order of their ends, so mostly at the end.
        i = len(found)
        while i and found[i - 2] > pos:
            i -= 2
        if i and found[i - 2] == pos:
            found[i - 1] |= alternatives
        else:
            found.insert(i, alternatives)
            found.insert(i, pos)


class Scan:
    """One text, lower-cased once, with the positions of every gate literal in it (of the rules
    defined by then: its tables are indexed by rule id)."""

    __slots__ = ("bounds", "caseless_from", "hits", "low", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = lower_same_length(text)
        self.caseless_from = _caseless_from(text)
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
        self.bounds = list(zip([0, *breaks], [*breaks, len(text)], strict=True))
        # Lists indexed by rule id, not dicts: the ids are dense, and a list is read without
        # hashing.
        # rule id -> indices of the sentences holding one of its literals
        hits: list[set[int] | None] = [None] * _REGISTRY.rules
        # rule id -> the positions where one of its start literals occurs, in order, each
        # followed by the alternatives (bits) that can start there: [pos, bits, pos, bits, ...],
        # flat, so that a hit adds two ints and a query needs no sorting
        starts: list[list[int] | None] = [None] * _REGISTRY.rules
        low = self.low
        automaton = _REGISTRY.build()
        payloads = _REGISTRY.payloads
        for index, pos, _ in automaton.find_matches_as_indexes(low, overlapping=True):
            payload = payloads[index]
            if payload.gates:
                sentence = bisect.bisect_right(breaks, pos)
                for rule_id in payload.gates:
                    found = hits[rule_id]
                    if found is None:
                        hits[rule_id] = {sentence}
                    else:
                        found.add(sentence)
            if payload.starts:
                _add_starts(starts, payload.starts, pos)
            if payload.word_starts and (pos == 0 or not is_word_char(low[pos - 1])):
                _add_starts(starts, payload.word_starts, pos)
        self.hits = hits
        self.starts = starts

    def ranges(self, sentences: set[int]) -> list[tuple[int, int]]:
        """Offsets of the given sentences, adjacent ones merged."""
        bounds = self.bounds
        if len(sentences) == 1:
            return [bounds[next(iter(sentences))]]
        merged: list[tuple[int, int]] = []
        for i in sorted(sentences):
            start, end = bounds[i]
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        return merged


class Rule:
    """A regex for lower-cased text, gated by its literals, with capital-letter checks."""

    __slots__ = (
        "_alternatives",
        "_anchored",
        "_caps",
        "_gate",
        "_needs",
        "pattern",
        "source",
    )

    def __init__(
        self,
        source: str,
        *,
        gate: bool = True,
        literals: set[str] | None = None,
        needs: Rule | None = None,
    ) -> None:
        """`needs`: a rarer word every match contains ("a woman" in "killing a woman"), for a
        regex without start literals, which sre tries at every position of its sentences: then
        only the sentences that also hold that word are searched."""
        caps: list[str] = []
        while CAP in source:
            name = f"cap{next(_cap_ids)}"
            caps.append(name)
            source = source.replace(CAP, f"(?P<{name}>[a-z])", 1)
        self.source = source
        self.pattern = re.compile(source)
        self._caps = tuple(caps)
        self._needs = needs
        starts = start_literals(source) if gate else None
        if starts is not None:
            literals = None  # anchored rules need no sentence gate
        elif literals is None and gate:
            literals = required_literals(source)
        ident = _REGISTRY.add_rule(literals)
        self._gate = None if literals is None else ident
        # With start literals, the regex is only tried where one of them occurs.
        self._anchored = None if starts is None else ident
        # The regex's alternatives, each compiled on its own (None: tried whole).
        self._alternatives: tuple[re.Pattern[str], ...] | None = None
        if starts is not None:
            self._register_starts(ident, starts)

    def _register_starts(self, ident: int, starts: set[str]) -> None:
        """Register the start literals, per alternative where the regex is a list of alternatives
        that each start with known literals. At a position, only the alternatives one of whose
        literals occurs there are tried: sre would try every one of them in turn, and most rules
        are long lists."""
        split = _split_alternatives(self.source)
        if split is not None:
            alternatives, per_alternative = split
            self._alternatives = tuple(_sre_compile.compile(alt) for alt in alternatives)
            for bit, (alternative, alt_starts) in enumerate(
                zip(alternatives, per_alternative, strict=True)
            ):
                word_start = _starts_at_word(alternative, alt_starts)
                _REGISTRY.add_starts(ident, alt_starts, 1 << bit, word_start=word_start)
            return
        word_start = _starts_at_word(_sre_parse.parse(self.source), starts)
        _REGISTRY.add_starts(ident, starts, 1, word_start=word_start)

    def _match_at(self, low: str, pos: int, end: int, alternatives: int) -> re.Match[str] | None:
        """The regex's match at `pos`, trying only the given alternatives (bits), in order."""
        compiled = self._alternatives
        if compiled is None:
            return self.pattern.match(low, pos, end)
        while alternatives:
            lowest = alternatives & -alternatives
            match = compiled[lowest.bit_length() - 1].match(low, pos, end)
            if match is not None:
                return match
            alternatives ^= lowest
        return None

    @property
    def anchored(self) -> bool:
        """Whether the regex is tried only where one of its start literals occurs."""
        return self._anchored is not None

    def _ranges(self, scan: Scan) -> list[tuple[int, int]]:
        if self._gate is None:
            return [(0, len(scan.text))]
        sentences = scan.hits[self._gate]
        return scan.ranges(sentences) if sentences else []

    def _caps_ok(self, match: re.Match[str], scan: Scan) -> bool:
        text = scan.text
        for name in self._caps:
            pos = match.start(name)
            if pos >= 0 and not text[pos].isupper() and pos < scan.caseless_from:
                return False
        return True

    def _anchored_matches(
        self, scan: Scan, positions: list[int], start: int, end: int, *, first: bool = False
    ) -> list[re.Match[str]]:
        # A list, not a generator: most calls try one or two positions.
        found: list[re.Match[str]] = []
        last = start
        low = scan.low
        for i in range(0, len(positions), 2):
            pos = positions[i]
            if pos >= end:
                break
            if pos < last:
                continue
            match = self._match_at(low, pos, end, positions[i + 1])
            if match and (not self._caps or self._caps_ok(match, scan)):
                found.append(match)
                if first:
                    break
                last = match.end() if match.end() > pos else pos + 1
        return found

    def _range_matches(self, scan: Scan, ranges: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
        for start, end in ranges:
            if self._needs is not None and self._needs.search_in(scan, start, end) is None:
                continue
            for match in self.pattern.finditer(scan.low, start, end):
                if not self._caps or self._caps_ok(match, scan):
                    yield match

    def finditer(self, scan: Scan) -> Iterable[re.Match[str]]:
        """Matches in the scanned text (offsets are the original text's)."""
        # Most rules have no literal in a given text: answer those without a generator.
        if self._anchored is not None:
            positions = scan.starts[self._anchored]
            if not positions:
                return ()
            return self._anchored_matches(scan, positions, 0, len(scan.text))
        ranges = self._ranges(scan)
        if not ranges:
            return ()
        return self._range_matches(scan, ranges)

    def search(self, scan: Scan) -> re.Match[str] | None:
        """The first match, or None."""
        if self._anchored is not None:
            positions = scan.starts[self._anchored]
            if not positions:
                return None
            found = self._anchored_matches(scan, positions, 0, len(scan.text), first=True)
            return found[0] if found else None
        ranges = self._ranges(scan)
        if not ranges:
            return None
        return next(self._range_matches(scan, ranges), None)

    def finditer_in(self, scan: Scan, start: int, end: int) -> Iterable[re.Match[str]]:
        """Matches inside [start, end) of the scanned text."""
        if self._anchored is not None:
            positions = scan.starts[self._anchored]
            if not positions:
                return ()
            return self._anchored_matches(scan, positions, start, end)
        if not self._gated_in(scan, start, end):
            return ()
        return self._range_matches(scan, [(start, end)])

    def _gated_in(self, scan: Scan, start: int, end: int) -> bool:
        """Whether a sentence overlapping [start, end) holds one of the rule's literals."""
        if self._gate is None:
            return True
        sentences = scan.hits[self._gate]
        return sentences is not None and any(
            scan.bounds[i][0] < end and start < scan.bounds[i][1] for i in sentences
        )

    def search_in(self, scan: Scan, start: int, end: int) -> re.Match[str] | None:
        """The first match inside [start, end) of the scanned text."""
        if self._anchored is not None:
            positions = scan.starts[self._anchored]
            if not positions:
                return None
            found = self._anchored_matches(scan, positions, start, end, first=True)
            return found[0] if found else None
        if not self._gated_in(scan, start, end):
            return None
        if self._needs is not None and self._needs.search_in(scan, start, end) is None:
            return None
        for match in self.pattern.finditer(scan.low, start, end):
            if not self._caps or self._caps_ok(match, scan):
                return match
        return None


def freeze() -> None:
    """Build the literal automaton now (at import of the classifier), not on the first text."""
    _REGISTRY.build()


_ESCAPED = re.compile(r"\\.|\(\?P<[^>]+>|\(\?-i:\[A-Z\]\)|.", re.DOTALL)


def lower_source(source: str) -> str:
    """Lower-case a regex source for lower-cased text: escapes and group names kept."""
    out = []
    for token in _ESCAPED.findall(source):
        if token == "(?-i:[A-Z])":
            out.append(CAP)
        elif token.startswith(("\\", "(?P<")):
            out.append(token)
        else:
            out.append(token.lower())
    return "".join(out)


def low_rule(
    source: str, *, gate: bool = True, literals: set[str] | None = None, needs: str | None = None
) -> Rule:
    """A Rule from a source written in mixed case (matched case-insensitively); `needs` is
    written the same way."""
    needed = low_rule(needs) if needs is not None else None
    return Rule(lower_source(source), gate=gate, literals=literals, needs=needed)


def low_re(source: str) -> re.Pattern[str]:
    """A plain regex for lower-cased text, for local matches at known positions."""
    return re.compile(lower_source(source).replace(CAP, "[a-z]"))
