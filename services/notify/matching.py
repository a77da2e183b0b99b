"""Pure: which subscriptions an alert matches, and a sentence saying why, through an index.

Every filter field of a subscription narrows (AND across fields, OR within one).
Each subscription is filed under one *anchor*, its most selective field: sources, else
places, else keywords, else topics, else a catch-all, and within it by minimum severity.
An alert looks up only the anchors it can hit (its source, its places, the word
n-grams of its text, its topics) at ranks up to its own severity, then checks the
other fields of those few candidates. The cost follows the candidates, not the
number of subscriptions.

Places: a subscription place written with a suffix ("Kharkiv oblast", "Kursk region")
means the first-level region: it matches places whose `region` is that one, or the
region itself. A bare name ("Kharkiv", "Ukraine") matches a place, region or country
of that name. Comparison ignores case, apostrophes and the suffix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from shared.models import Classification, Severity, StoryChange, StoryPolicy, Subscription, Topic

__all__ = ["Match", "SubscriptionIndex", "normalize_place", "tokens"]

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_APOSTROPHES = str.maketrans("", "", "'’ʼ`")
_REGION_SUFFIXES = ("oblast", "region", "province", "krai", "kray", "governorate")
_RANKS = len(Severity)
_MAX_REASONS = 32  # per subscription; bounds the memo of reason sentences

_Key = tuple[str, str]  # (anchor kind, normalised value)


@dataclass(frozen=True, slots=True)
class Match:
    """A subscription an alert matched, and why ("casualties >= high in Kharkiv oblast")."""

    subscription: Subscription
    reason: str


def tokens(text: str) -> list[str]:
    """Words of `text`, case-folded; hyphenated words and apostrophes stay in one word."""
    return _WORD.findall(text.casefold())


def normalize_place(name: str) -> tuple[str, bool]:
    """`(base, is_region)`: "Kharkiv Oblast" -> ("kharkiv", True); "Kyiv" -> ("kyiv", False)."""
    words = name.casefold().translate(_APOSTROPHES).replace("-", " ").split()
    is_region = bool(words) and words[-1] in _REGION_SUFFIXES
    if is_region and len(words) > 1:
        words = words[:-1]
    return " ".join(words), is_region


# (matched topics, matched place labels, matched keyword labels): what a reason depends on
_MemoKey = tuple[frozenset[Topic], tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class _PlaceSpec:
    base: str
    region_only: bool
    label: str


@dataclass(frozen=True, slots=True)
class _Entry:
    """A subscription compiled for matching: every field in the form the check needs."""

    subscription: Subscription
    min_rank: int
    topics: frozenset[Topic]
    keywords: tuple[str, ...]  # space-joined word n-grams
    keyword_labels: dict[str, str]
    places: tuple[_PlaceSpec, ...]
    sources: frozenset[str]
    count_changes: bool
    anchors: tuple[_Key, ...]
    simple: bool  # no sources, places or keywords: the anchor and slot already decided
    memo: dict[_MemoKey, Match]


@dataclass(frozen=True, slots=True)
class _AlertView:
    """What the checks need from one alert, computed once per match call."""

    rank: int
    topics: frozenset[Topic]
    grams: frozenset[str]
    names: frozenset[str]  # bases of place names (any kind)
    region_names: frozenset[str]  # bases of places that are regions, and of their regions
    countries: frozenset[str]
    source: str


class SubscriptionIndex:
    """Subscriptions filed by anchor and severity; `match` touches only likely candidates."""

    def __init__(self, subscriptions: Iterable[Subscription] = ()) -> None:
        self._entries: dict[int, _Entry] = {}
        self._numbers: dict[str, int] = {}  # subscription id -> insertion number
        self._next = 0
        # anchor -> one set of insertion numbers per (min severity rank, count_changes)
        self._buckets: dict[_Key, list[set[int]]] = {}
        self._gram_sizes: dict[int, int] = {}  # n-gram length -> how many keywords use it
        for subscription in subscriptions:
            self.add(subscription)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, sub_id: object) -> bool:
        return sub_id in self._numbers

    def add(self, sub: Subscription) -> None:
        """File `sub` (replacing any subscription with the same id)."""
        self.remove(sub.id)
        entry = _compile(sub)
        number = self._next
        self._next += 1
        self._numbers[sub.id] = number
        self._entries[number] = entry
        for key in entry.anchors:
            slots = self._buckets.get(key)
            if slots is None:
                slots = self._buckets[key] = [set() for _ in range(_RANKS * 2)]
            slots[_slot(entry)].add(number)
        for gram in entry.keywords:
            size = gram.count(" ") + 1
            self._gram_sizes[size] = self._gram_sizes.get(size, 0) + 1

    def remove(self, sub_id: str) -> None:
        """Forget a subscription; unknown ids are ignored."""
        number = self._numbers.pop(sub_id, None)
        if number is None:
            return
        entry = self._entries.pop(number)
        for key in entry.anchors:
            slots = self._buckets[key]
            slots[_slot(entry)].discard(number)
            if not any(slots):
                del self._buckets[key]
        for gram in entry.keywords:
            size = gram.count(" ") + 1
            self._gram_sizes[size] -= 1
            if not self._gram_sizes[size]:
                del self._gram_sizes[size]

    def match(self, alert: Classification) -> list[Match]:
        """Every subscription that wants `alert`, with the reason, in the order they were added."""
        change = alert.story_change
        if change is StoryChange.REPEAT:
            return []  # a repeat adds nothing, whatever the subscriber asked for
        view = self._view(alert)
        # A count update goes only to count_changes subscribers (odd slots).
        slots = [
            rank * 2 + wants_counts
            for rank in range(view.rank + 1)
            for wants_counts in ((1,) if change is StoryChange.UPDATED else (0, 1))
        ]
        candidates: set[int] = set()
        for key in self._keys(view):
            buckets = self._buckets.get(key)
            if buckets is not None:
                for slot in slots:
                    candidates |= buckets[slot]
        matches = []
        entries = self._entries
        topics = view.topics
        for number in sorted(candidates):
            entry = entries[number]
            if entry.simple:
                # Filed under one of the alert's topics (or catch-all) in an allowed slot:
                # only the reason remains, and it is memoised per topic combination.
                memo_key: _MemoKey = (topics & entry.topics if entry.topics else topics, (), ())
                match: Match | None = entry.memo.get(memo_key) or _remember(entry, memo_key)
            else:
                match = _check(entry, view, change)
            if match is not None:
                matches.append(match)
        return matches

    def _view(self, alert: Classification) -> _AlertView:
        words = tokens(alert.update.text) if self._gram_sizes else []
        grams = {
            " ".join(words[i : i + size])
            for size in self._gram_sizes
            for i in range(len(words) - size + 1)
        }
        names: set[str] = set()
        region_names: set[str] = set()
        countries: set[str] = set()
        for place in alert.facts.places:
            base, suffixed = normalize_place(place.name)
            names.add(base)
            if place.kind == "region" or suffixed:
                region_names.add(base)
            if place.region:
                region_names.add(normalize_place(place.region)[0])
            if place.country:
                countries.add(normalize_place(place.country)[0])
        return _AlertView(
            rank=alert.severity.rank,
            topics=frozenset(alert.topic_names),
            grams=frozenset(grams),
            names=frozenset(names),
            region_names=frozenset(region_names),
            countries=frozenset(countries),
            source=alert.update.source.id.casefold(),
        )

    @staticmethod
    def _keys(view: _AlertView) -> Iterable[_Key]:
        yield ("all", "")
        yield ("source", view.source)
        for topic in view.topics:
            yield ("topic", topic.value)
        for base in view.names | view.region_names | view.countries:
            yield ("place", base)
        for gram in view.grams:
            yield ("keyword", gram)


def _slot(entry: _Entry) -> int:
    return entry.min_rank * 2 + entry.count_changes


def _compile(sub: Subscription) -> _Entry:
    keyword_labels: dict[str, str] = {}
    for keyword in sub.keywords:
        gram = " ".join(tokens(keyword))
        if gram:
            keyword_labels.setdefault(gram, keyword.strip())
    places = []
    for name in sub.places:
        base, region_only = normalize_place(name)
        if base:
            places.append(_PlaceSpec(base, region_only, name.strip()))
    sources = frozenset(source.casefold() for source in sub.sources if source.strip())
    topics = frozenset(sub.topics)
    keywords = tuple(keyword_labels)
    anchors: tuple[_Key, ...]
    if sources:
        anchors = tuple(("source", source) for source in sources)
    elif places:
        anchors = tuple(dict.fromkeys(("place", spec.base) for spec in places))
    elif keywords:
        anchors = tuple(("keyword", gram) for gram in keywords)
    elif topics:
        anchors = tuple(("topic", topic.value) for topic in topics)
    else:
        anchors = (("all", ""),)
    return _Entry(
        subscription=sub,
        min_rank=sub.min_severity.rank,
        topics=topics,
        keywords=keywords,
        keyword_labels=keyword_labels,
        places=tuple(places),
        sources=sources,
        count_changes=sub.story_policy is StoryPolicy.COUNT_CHANGES,
        anchors=anchors,
        simple=not (sources or places or keywords),
        memo={},
    )


def _check(entry: _Entry, view: _AlertView, change: StoryChange) -> Match | None:
    """The match (with its reason) when `entry` wants the alert, else None."""
    if view.rank < entry.min_rank:
        return None
    if change is StoryChange.UPDATED and not entry.count_changes:
        return None
    if entry.sources and view.source not in entry.sources:
        return None
    if entry.topics:
        topics = view.topics & entry.topics
        if not topics:
            return None
    else:
        topics = view.topics
    places: tuple[str, ...] = ()
    if entry.places:
        places = tuple(spec.label for spec in entry.places if _place_hit(spec, view))
        if not places:
            return None
    keywords: tuple[str, ...] = ()
    if entry.keywords:
        keywords = tuple(entry.keyword_labels[g] for g in entry.keywords if g in view.grams)
        if not keywords:
            return None
    key = (topics, places, keywords)
    return entry.memo.get(key) or _remember(entry, key)


def _remember(entry: _Entry, key: _MemoKey) -> Match:
    """Build the match for one topic/place/keyword combination; alerts repeat a few of them."""
    match = Match(entry.subscription, _reason(entry, *key))
    if len(entry.memo) < _MAX_REASONS:
        entry.memo[key] = match
    return match


def _place_hit(spec: _PlaceSpec, view: _AlertView) -> bool:
    if spec.region_only:
        return spec.base in view.region_names
    return spec.base in view.names or spec.base in view.region_names or spec.base in view.countries


def _reason(
    entry: _Entry, topics: frozenset[Topic], places: tuple[str, ...], keywords: tuple[str, ...]
) -> str:
    """E.g. 'casualties >= high in Kharkiv oblast mentioning "drone" from dw-live'."""
    topic_text = ", ".join(sorted(topic.value for topic in topics)) or "any topic"
    parts = [f"{topic_text} >= {entry.subscription.min_severity.value}"]
    if places:
        parts.append("in " + " or ".join(places))
    if keywords:
        parts.append("mentioning " + " or ".join(f'"{word}"' for word in keywords))
    if entry.sources:
        parts.append("from " + " or ".join(sorted(entry.subscription.sources)))
    reason = " ".join(parts)
    name = entry.subscription.name.strip()
    return f"{reason} (subscription “{name}”)" if name else reason
