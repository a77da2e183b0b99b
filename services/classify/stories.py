"""Stories: which earlier updates an update continues, and what it adds to them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pydantic import BaseModel, Field

from services.classify.labels import (
    CASUALTIES,
    GROUND_COMBAT,
    HUMANITARIAN_INFRASTRUCTURE,
    INFO,
    NUCLEAR_CBRN,
    STRIKE,
    TERRITORIAL_CHANGE,
    TROOP_DEPLOYMENT,
)
from shared.models import (
    COUNT_FIELDS,
    Classification,
    Facts,
    NewsUpdate,
    Severity,
    StoryChange,
    Topic,
)

STORY_WINDOW = timedelta(hours=48)
"""Updates further apart than this start separate stories."""

# Topics that describe an event; shared background topics alone do not join stories.
_EVENT_TOPICS = {
    CASUALTIES,
    STRIKE,
    TERRITORIAL_CHANGE,
    TROOP_DEPLOYMENT,
    GROUND_COMBAT,
    NUCLEAR_CBRN,
    HUMANITARIAN_INFRASTRUCTURE,
}
_MATCH_THRESHOLD = 3


class StorySnapshot(BaseModel):
    """What a story looked like after one of its updates; stored with a TTL."""

    story_id: str
    update_id: str
    revision: str = ""
    at: datetime = Field(description="Publication (or fetch) time of the update.")
    topics: list[Topic] = Field(default_factory=list)
    severity: Severity = INFO
    places: list[str] = Field(default_factory=list, description="Towns and regions, lower case.")
    countries: list[str] = Field(default_factory=list)
    nationality: str | None = None
    counts: dict[str, int] = Field(default_factory=dict)

    @property
    def terms(self) -> set[str]:
        return story_terms(self.places, self.countries, self.nationality)


def update_time(update: NewsUpdate) -> datetime | None:
    """The update's own time: published, else updated, else fetched."""
    when = update.published_at or update.updated_at or update.fetched_at
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when


def _counts(facts: Facts) -> dict[str, int]:
    out: dict[str, int] = {}
    for name in COUNT_FIELDS:
        count = getattr(facts, name)
        if count is not None:
            out[name] = count.value
    return out


def _places(facts: Facts) -> tuple[list[str], list[str]]:
    places = sorted({p.name.lower() for p in facts.places if p.kind != "country"})
    countries = sorted({p.name.lower() for p in facts.places if p.kind == "country"})
    return places, countries


@dataclass(frozen=True, slots=True)
class _Probe:
    """What a new update offers for matching, computed once for all snapshots."""

    places: frozenset[str]
    countries: frozenset[str]
    event_topics: frozenset[Topic]
    nationality: str | None


def _probe(topics: set[Topic], facts: Facts) -> _Probe:
    places, countries = _places(facts)
    return _Probe(
        frozenset(places), frozenset(countries), frozenset(topics & _EVENT_TOPICS),
        facts.troop_nationality,
    )  # fmt: skip


def _score(snapshot: StorySnapshot, probe: _Probe) -> int:
    shared_places = len(probe.places.intersection(snapshot.places))
    shared_countries = len(probe.countries.intersection(snapshot.countries))
    shared_topics = len(probe.event_topics.intersection(snapshot.topics))
    same_nationality = bool(probe.nationality and probe.nationality == snapshot.nationality)
    if not (shared_places or same_nationality or shared_countries) or not shared_topics:
        return 0
    return (
        2 * min(shared_places, 2)
        + min(shared_countries, 1)
        + shared_topics
        + 2 * int(same_nationality)
    )


def new_story_id(update: NewsUpdate) -> str:
    """A stable story id derived from the first update of the story."""
    return "story-" + hashlib.sha1(update.id.encode(), usedforsecurity=False).hexdigest()[:12]


def count_changes(before: dict[str, int], after: dict[str, int]) -> list[str]:
    """Human-readable count changes, e.g. "killed 2 -> 3"."""
    changes = []
    for name in COUNT_FIELDS:
        if name in after and before.get(name) != after[name]:
            old = before.get(name)
            label = name.replace("_", " ")
            changes.append(
                f"{label} {after[name]} (new)" if old is None else f"{label} {old} -> {after[name]}"
            )
    return changes


def resolve_story(
    update: NewsUpdate,
    topics: set[Topic],
    facts: Facts,
    severity: Severity,
    recent: Sequence[StorySnapshot],
) -> tuple[str, StoryChange, list[str]]:
    """The story this update belongs to, how it changes it, and the count changes."""
    if not recent:
        return new_story_id(update), StoryChange.NEW, []
    when = update_time(update)
    probe = _probe(topics, facts)
    best: StorySnapshot | None = None
    best_score = 0
    for snapshot in recent:
        if snapshot.update_id == update.id:
            score = 100
        else:
            if when is not None and abs(when - snapshot.at) > STORY_WINDOW:
                continue
            score = _score(snapshot, probe)
        if score > best_score or (score == best_score and best and snapshot.at > best.at):
            best, best_score = snapshot, score
    if best is None or best_score < _MATCH_THRESHOLD or not topics:
        return new_story_id(update), StoryChange.NEW, []
    members = [s for s in recent if s.story_id == best.story_id]
    known: dict[str, int] = {}
    for member in sorted(members, key=lambda s: s.at):
        known.update(member.counts)
    changes = count_changes(known, _counts(facts))
    top = max((s.severity for s in members), key=lambda s: s.rank)
    if severity.rank > top.rank:
        change = StoryChange.ESCALATED
    elif changes:
        change = StoryChange.UPDATED
    else:
        change = StoryChange.REPEAT
    return best.story_id, change, changes


def story_terms(
    places: Iterable[str], countries: Iterable[str], nationality: str | None
) -> set[str]:
    """What two updates must share (a place, a country or a troop nationality) to be
    one story: a store can look up candidates by these instead of scanning them all."""
    terms = {f"place:{p}" for p in places} | {f"country:{c}" for c in countries}
    return terms | ({f"nationality:{nationality}"} if nationality else set())


def terms_of(classification: Classification) -> set[str]:
    """The story terms of a classified update."""
    places, countries = _places(classification.facts)
    return story_terms(places, countries, classification.facts.troop_nationality)


def with_story(classification: Classification, recent: Sequence[StorySnapshot]) -> Classification:
    """The classification with its story resolved against `recent` snapshots.

    A snapshot of this very revision means the update is being handled again (a retry):
    it is left out, so the retry gets the story change the first attempt got.
    """
    c = classification
    recent = [
        s for s in recent if not (s.update_id == c.update.id and s.revision == c.update.revision)
    ]
    story_id, change, changes = resolve_story(c.update, c.topic_names, c.facts, c.severity, recent)
    return c.model_copy(update={"story_id": story_id, "story_change": change, "changes": changes})


def snapshot_of(classification: Classification) -> StorySnapshot:
    """The snapshot to remember after classifying an update."""
    c = classification
    facts = c.facts
    places, countries = _places(facts)
    return StorySnapshot(
        story_id=c.story_id or new_story_id(c.update),
        update_id=c.update.id,
        revision=c.update.revision,
        at=update_time(c.update) or c.classified_at or datetime(1970, 1, 1, tzinfo=UTC),
        topics=sorted(c.topic_names),
        severity=c.severity,
        places=places,
        countries=countries,
        nationality=facts.troop_nationality,
        counts=_counts(facts),
    )
