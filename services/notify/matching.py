"""Pure: which subscriptions an alert matches, and a sentence saying why, through an index.

Every filter field of a subscription narrows (AND across fields, OR within one).

Subscriptions are filed under *anchors*, and under an anchor in *groups* of the same
topics, minimum severity and story policy. For an alert, a whole group matches or none
of it does, and the reason is the same for every member but for its name and how it
wrote the anchor, so a group keeps its members' `Match` objects ready per combination
of topics hit. An anchor merges the matching groups' matches for one kind of alert (its
topics, severity and whether it is a count update) into a *run* in insertion order and
keeps it for the next alert of that kind; `add` and `remove` keep the kept runs up to
date (a new subscription always comes last, so adding appends).

- Topic-only subscriptions (no sources, places or keywords; maybe no topics either)
  are filed under no anchor: their run is looked up for every alert.
- Subscriptions with one kind of filter besides topics (only sources, only places or
  only keywords) are filed under each anchor of that field: a source, a place as
  written ("place", which also matches a region or country of that name, or "region"
  for a suffixed name such as "Kharkiv oblast"), or a keyword's word n-gram. An alert
  looks up the anchors it hits, and every member of a hit anchor passes that field. A
  subscription reached through two of its anchors is checked once more, for a reason
  that names both.
- Subscriptions combining two kinds (say places and keywords) are filed under the
  anchors of their most selective field, by severity and story policy, outside the
  groups, and their other fields are checked one by one.

So a `match` costs a run per anchor the alert hits, one merge of those runs into
insertion order and the few combined or doubly reached subscriptions: no step per
subscription. `add` and `remove` touch the anchors of one subscription and their runs.

Places: a subscription place written with a suffix ("Kharkiv oblast", "Kursk region")
means the first-level region: it matches places whose `region` is that one, or the
region itself. A bare name ("Kharkiv", "Ukraine") matches a place, region or country
of that name. Comparison ignores case, apostrophes and the suffix.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from types import MappingProxyType
from typing import Any

from shared.models import Classification, Severity, StoryChange, StoryPolicy, Subscription, Topic

__all__ = ["Match", "SubscriptionIndex", "normalize_place", "tokens"]

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_APOSTROPHES = str.maketrans("", "", "'’ʼ`")
_REGION_SUFFIXES = ("oblast", "region", "province", "krai", "kray", "governorate")
_RANKS = len(Severity)
_MAX_REASONS = 32  # per subscription or group; bounds the memo of reason sentences
_NONE: Mapping[Any, str] = MappingProxyType({})  # shared by entries without labels
_MAX_TOPIC_RUNS = 64  # kinds of alert whose topic-only matches are kept merged
_MAX_ANCHOR_RUNS = 16  # the same, per anchor
_SPLICE_SHARE = 16  # splice anchored matches into a run when they are this many times fewer

# (anchor kind, normalised value); kinds: "source", "place", "region", "keyword"
_Key = tuple[str, str]
# (topics, min severity rank, count_changes)
_GroupKey = tuple[frozenset[Topic], int, bool]
# what decides which groups match: (alert topics, severity rank, is a count update)
_AlertKind = tuple[frozenset[Topic], int, bool]


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

    @property
    def key(self) -> _Key:
        return ("region" if self.region_only else "place", self.base)


@dataclass(slots=True)
class _Entry:
    """A subscription compiled for matching: every field in the form the check needs."""

    subscription: Subscription
    min_rank: int
    topics: frozenset[Topic]
    keywords: tuple[str, ...]  # space-joined word n-grams
    keyword_labels: Mapping[str, str]
    places: tuple[_PlaceSpec, ...]
    sources: frozenset[str]
    count_changes: bool
    anchors: tuple[_Key, ...]  # empty for a topic-only subscription
    grouped: bool  # in groups (topic-only or one kind of field), else checked one by one
    labels: Mapping[_Key, str]  # grouped under anchors: how the subscription wrote each one
    memo: dict[_MemoKey, Match] | None = None  # made on the first check

    @property
    def group_key(self) -> _GroupKey:
        return (self.topics, self.min_rank, self.count_changes)


@dataclass(slots=True)
class _Group:
    """Subscriptions with the same topics, minimum severity and story policy, under one
    anchor (or none: topic-only).

    `numbers` and `entries` are in insertion order; each list in `matches` is aligned
    with them and holds every member's `Match` for one combination of topics hit.
    """

    anchor: _Key | None
    topics: frozenset[Topic]
    min_rank: int
    count_changes: bool
    numbers: list[int]
    entries: list[_Entry]
    matches: dict[frozenset[Topic], list[Match]]

    def append(self, number: int, entry: _Entry) -> None:
        self.numbers.append(number)  # insertion numbers only grow: the order holds
        self.entries.append(entry)
        for hit, matches in self.matches.items():
            matches.append(self._match(entry, hit))

    def discard(self, number: int) -> None:
        at = bisect_left(self.numbers, number)
        del self.numbers[at], self.entries[at]
        for matches in self.matches.values():
            del matches[at]

    def hit(self, kind: _AlertKind) -> frozenset[Topic] | None:
        """The topics an alert of this kind hits in this group's filter; None: no match."""
        topics, rank, counts_only = kind
        if self.min_rank > rank or (counts_only and not self.count_changes):
            return None
        if not self.topics:
            return topics
        return (self.topics & topics) or None

    def matches_for(self, hit: frozenset[Topic]) -> list[Match]:
        matches = self.matches.get(hit)
        if matches is None:
            if len(self.matches) >= _MAX_REASONS:
                del self.matches[next(iter(self.matches))]  # the oldest combination
            matches = self.matches[hit] = [self._match(entry, hit) for entry in self.entries]
        return matches

    def _match(self, entry: _Entry, hit: frozenset[Topic]) -> Match:
        """The member's match when this group's anchor is the only one the alert hits."""
        places: tuple[str, ...] = ()
        keywords: tuple[str, ...] = ()
        if self.anchor is not None:
            kind = self.anchor[0]
            if kind == "keyword":
                keywords = (entry.labels[self.anchor],)
            elif kind != "source":
                places = (entry.labels[self.anchor],)
        return Match(entry.subscription, _reason(entry, hit, places, keywords))


@dataclass(frozen=True, slots=True)
class _Run:
    """Every grouped match under one anchor for one kind of alert, in insertion order."""

    numbers: list[int]
    matches: list[Match]


@dataclass(slots=True)
class _Anchor:
    """What is filed under one source, place or keyword (or, for topic-only
    subscriptions, under no anchor), with the runs kept for recent kinds of alert."""

    key: _Key | None
    max_runs: int
    groups: dict[_GroupKey, _Group]  # subscriptions with no other kind of field
    runs: dict[_AlertKind, _Run]  # least recently used first
    checked: list[set[int]] | None  # combined ones, per (min severity rank, count_changes)

    @classmethod
    def new(cls, key: _Key | None, max_runs: int) -> _Anchor:
        return cls(key, max_runs, {}, {}, None)

    def __bool__(self) -> bool:
        return bool(self.groups) or self.checked is not None

    def file(self, number: int, entry: _Entry) -> None:
        if not entry.grouped:
            if self.checked is None:
                self.checked = [set() for _ in range(_RANKS * 2)]
            self.checked[_slot(entry)].add(number)
            return
        group = self.groups.get(entry.group_key)
        if group is None:
            group = self.groups[entry.group_key] = _Group(
                self.key, entry.topics, entry.min_rank, entry.count_changes, [], [], {}
            )
        group.append(number, entry)
        for kind, run in self.runs.items():
            hit = group.hit(kind)
            if hit is not None:
                run.numbers.append(number)  # the newest subscription: last in every run
                run.matches.append(group.matches_for(hit)[-1])

    def unfile(self, number: int, entry: _Entry) -> None:
        if not entry.grouped:
            assert self.checked is not None
            self.checked[_slot(entry)].discard(number)
            if not any(self.checked):
                self.checked = None
            return
        group = self.groups[entry.group_key]
        group.discard(number)
        if not group.numbers:
            del self.groups[entry.group_key]
        for kind, run in self.runs.items():
            if group.hit(kind) is not None:
                at = bisect_left(run.numbers, number)
                del run.numbers[at], run.matches[at]

    def run(self, kind: _AlertKind) -> _Run:
        """The grouped matches for alerts of this kind: kept, else merged from the groups."""
        run = self.runs.pop(kind, None)
        if run is None:
            found: dict[int, Match] = {}  # insertion number -> match
            for group in self.groups.values():
                hit = group.hit(kind)
                if hit is not None:
                    found.update(zip(group.numbers, group.matches_for(hit), strict=True))
            numbers = sorted(found)  # each group is in order already: the sort merges them
            run = _Run(numbers, list(map(found.__getitem__, numbers)))
            if len(self.runs) >= self.max_runs:
                del self.runs[next(iter(self.runs))]
        self.runs[kind] = run  # now the most recently used
        return run


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
    """Subscriptions in groups and by anchor; `match` touches only what the alert can hit.

    `match` updates what the index keeps (runs, reasons), like `add` and `remove` do: use
    one index from one thread (or the event loop) at a time.
    """

    def __init__(self, subscriptions: Iterable[Subscription] = ()) -> None:
        self._entries: dict[int, _Entry] = {}
        self._numbers: dict[str, int] = {}  # subscription id -> insertion number
        self._next = 0
        self._topic_only = _Anchor.new(None, _MAX_TOPIC_RUNS)
        self._anchors: dict[_Key, _Anchor] = {}
        # (anchor, anchor) -> grouped subscriptions filed under both
        self._shared: dict[tuple[_Key, _Key], set[int]] = {}
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
        for gram in entry.keywords:
            size = gram.count(" ") + 1
            self._gram_sizes[size] = self._gram_sizes.get(size, 0) + 1
        if not entry.anchors:
            self._topic_only.file(number, entry)
        for key in entry.anchors:
            anchor = self._anchors.get(key)
            if anchor is None:
                anchor = self._anchors[key] = _Anchor.new(key, _MAX_ANCHOR_RUNS)
            anchor.file(number, entry)
        if entry.grouped:
            for pair in combinations(sorted(entry.anchors), 2):
                shared = self._shared.get(pair)
                if shared is None:
                    shared = self._shared[pair] = set()
                shared.add(number)

    def remove(self, sub_id: str) -> None:
        """Forget a subscription; unknown ids are ignored."""
        number = self._numbers.pop(sub_id, None)
        if number is None:
            return
        entry = self._entries.pop(number)
        for gram in entry.keywords:
            size = gram.count(" ") + 1
            self._gram_sizes[size] -= 1
            if not self._gram_sizes[size]:
                del self._gram_sizes[size]
        if not entry.anchors:
            self._topic_only.unfile(number, entry)
        for key in entry.anchors:
            anchor = self._anchors[key]
            anchor.unfile(number, entry)
            if not anchor:
                del self._anchors[key]
        if entry.grouped:
            for pair in combinations(sorted(entry.anchors), 2):
                shared = self._shared[pair]
                shared.discard(number)
                if not shared:
                    del self._shared[pair]

    def match(self, alert: Classification) -> list[Match]:
        """Every subscription that wants `alert`, with the reason, in the order they were added."""
        change = alert.story_change
        if change is StoryChange.REPEAT:
            return []  # a repeat adds nothing, whatever the subscriber asked for
        counts_only = change is StoryChange.UPDATED  # only count_changes subscribers get it
        view = self._view(alert)
        kind = (view.topics, view.rank, counts_only)

        found: dict[int, Match] = {}  # insertion number -> match, from anchored groups
        hit: list[_Key] = []  # anchors with groups the alert hits
        candidates: set[int] = set()  # combined filters, to check one by one
        slots: list[int] | None = None
        for key in self._keys(view):
            anchor = self._anchors.get(key)
            if anchor is None:
                continue
            if anchor.groups:
                run = anchor.run(kind)
                found.update(zip(run.numbers, run.matches, strict=True))
                hit.append(key)
            if anchor.checked is not None:
                if slots is None:
                    slots = _slots(view.rank, counts_only)
                for slot in slots:
                    candidates |= anchor.checked[slot]
        if len(hit) > 1 and self._shared:
            # Reached through two of its anchors: check again for a reason naming both.
            for pair in combinations(sorted(hit), 2):
                shared = self._shared.get(pair)
                if shared is not None:
                    candidates |= shared & found.keys()
        entries = self._entries
        for number in candidates:
            match = _check(entries[number], view)
            if match is not None:
                found[number] = match

        run = self._topic_only.run(kind)
        if not found:
            return run.matches.copy()
        if len(found) * _SPLICE_SHARE > len(run.numbers):
            found.update(zip(run.numbers, run.matches, strict=True))
            return list(map(found.__getitem__, sorted(found)))
        # Few anchored matches: splice them into the run, both in insertion order.
        numbers, run_matches = run.numbers, run.matches
        matches: list[Match] = []
        done = 0
        for number in sorted(found):
            at = bisect_left(numbers, number, done)
            matches += run_matches[done:at]
            matches.append(found[number])
            done = at
        matches += run_matches[done:]
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
        """Every anchor the alert hits: a subscription filed there passes that field."""
        yield ("source", view.source)
        for base in view.names | view.region_names | view.countries:
            yield ("place", base)
        for base in view.region_names:
            yield ("region", base)
        for gram in view.grams:
            yield ("keyword", gram)


def _slot(entry: _Entry) -> int:
    return entry.min_rank * 2 + entry.count_changes


def _slots(rank: int, counts_only: bool) -> list[int]:
    """The checked slots an alert of this severity may reach; count updates only odd ones."""
    return [
        allowed * 2 + wants_counts
        for allowed in range(rank + 1)
        for wants_counts in ((1,) if counts_only else (0, 1))
    ]


def _compile(sub: Subscription) -> _Entry:
    topics = frozenset(sub.topics)
    rank = sub.min_severity.rank
    count_changes = sub.story_policy is StoryPolicy.COUNT_CHANGES
    if not (sub.keywords or sub.places or sub.sources):  # the most common kind: topic-only
        return _Entry(sub, rank, topics, (), _NONE, (), frozenset(), count_changes, (), True, _NONE)
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
    keywords = tuple(keyword_labels)
    place_labels: dict[_Key, str] = {}
    for spec in places:
        place_labels.setdefault(spec.key, spec.label)
    labels: dict[_Key, str] = {}  # the anchors: the most selective field
    if sources:
        labels = dict.fromkeys((("source", source) for source in sources), "")
    elif places:
        labels = place_labels
    elif keywords:
        labels = {("keyword", gram): label for gram, label in keyword_labels.items()}
    # One kind of field besides topics, each anchor written once: the anchor is the check.
    kinds = bool(sources) + bool(places) + bool(keywords)
    grouped = kinds <= 1 and len(place_labels) == len(places)
    return _Entry(
        subscription=sub,
        min_rank=rank,
        topics=topics,
        keywords=keywords,
        keyword_labels=keyword_labels or _NONE,
        places=tuple(places),
        sources=sources,
        count_changes=count_changes,
        anchors=tuple(labels),
        grouped=grouped,
        labels=labels or _NONE,
    )


def _check(entry: _Entry, view: _AlertView) -> Match | None:
    """The match (with its reason) when `entry` wants the alert, else None.

    Severity and story change are already settled by where the entry was found.
    """
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
    memo = entry.memo
    if memo is None:
        memo = entry.memo = {}
    match = memo.get(key)
    if match is None:
        match = Match(entry.subscription, _reason(entry, *key))
        if len(memo) < _MAX_REASONS:
            memo[key] = match
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
