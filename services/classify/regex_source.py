"""The alternatives of a regex, read from its source text.

A rule is a long list of alternatives, and a match attempt tries them all in turn. Split into
its alternatives, a rule can be tried with only those that can start where it is tried.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import NamedTuple


class Branch(NamedTuple):
    """`prefix + "|".join(alternatives) + suffix` is the source split."""

    prefix: str
    alternatives: list[str]
    suffix: str


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """(offset, character, depth) of each parenthesis and bar outside escapes and classes."""
    depth = 0
    i = 0
    n = len(source)
    while i < n:
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i += 1
            if i < n and source[i] == "^":
                i += 1
            if i < n and source[i] == "]":
                i += 1  # a "]" first in a class is a literal
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif char == "(":
            yield i, char, depth
            depth += 1
        elif char == ")":
            depth -= 1
            yield i, char, depth
        elif char == "|":
            yield i, char, depth
        i += 1


def _top_level(source: str) -> list[str]:
    cuts = [i for i, char, depth in _structure(source) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(source)]
    return [source[a + 1 : b] for a, b in pairwise(bounds)]


def first_branch(source: str) -> Branch | None:
    """The alternatives of the source itself, or else of a group it opens with (after `\\b`):
    `\\b(?:killed|wounded) by` is `\\b(?:` + [killed, wounded] + `) by`."""
    alternatives = _top_level(source)
    if len(alternatives) > 1:
        return Branch("", alternatives, "")
    prefix = r"\b(?:" if source.startswith(r"\b(?:") else "(?:"
    if not source.startswith(prefix):
        return None
    for offset, char, depth in _structure(source):
        if char == ")" and depth == 0:
            alternatives = _top_level(source[len(prefix) : offset])
            if len(alternatives) < 2:
                return None
            return Branch(prefix, alternatives, source[offset:])
    return None


def has_groups(source: str) -> bool:
    """Whether the source captures (a named or numbered group), so it cannot be dropped without
    changing the groups of a match."""
    return any(
        char == "(" and (source[i + 1 : i + 2] != "?" or source.startswith("(?P<", i))
        for i, char, _ in _structure(source)
    )
