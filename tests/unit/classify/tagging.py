"""What a test of a phrasing reads from `tag_text`: the topics and the counts."""

from __future__ import annotations

from services.classify.classifier import tag_text
from shared.models import Count, Topic

_COUNT_NAMES = (
    "killed",
    "injured",
    "children_killed",
    "children_injured",
    "drones_launched",
    "drones_downed",
    "missiles_launched",
    "missiles_downed",
)


def topics_of(text: str) -> set[Topic]:
    """The topics tagged on plain text (first line the headline)."""
    return {t.topic for t in tag_text(text).topics}


def value_of(count: Count | None) -> int | None:
    """A count's value, or None when the fact is not stated."""
    return None if count is None else count.value


def counts_of(text: str) -> dict[str, int]:
    """The victim and projectile counts stated in plain text, by fact name."""
    facts = tag_text(text).facts
    return {n: c.value for n in _COUNT_NAMES if (c := getattr(facts, n)) is not None}


def assert_counts(text: str, expected: dict[str, int | None]) -> None:
    """The named counts are exactly these (None: not stated)."""
    counts = counts_of(text)
    assert {k: counts.get(k) for k in expected} == expected
