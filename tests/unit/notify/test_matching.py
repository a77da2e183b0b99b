"""Subscription matching: every filter field, story policy, places, and the index's upkeep."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.notify.matching import Match, SubscriptionIndex, normalize_place, tokens
from shared.models import (
    Classification,
    Facts,
    NewsUpdate,
    Place,
    Severity,
    SourceRef,
    StoryChange,
    StoryPolicy,
    Subscription,
    Topic,
    TopicTag,
)

CREATED = datetime(2026, 1, 1, tzinfo=UTC)


def sub(sub_id: str = "s1", **fields: Any) -> Subscription:
    values: dict[str, Any] = {
        "id": sub_id,
        "channels": ["json://127.0.0.1/hook"],
        "created_at": CREATED,
    }
    values.update(fields)
    return Subscription(**values)


def alert(
    *topics: Topic,
    severity: Severity = Severity.HIGH,
    headline: str = "Rocket strike on a depot near Testburg",
    body: str = "Officials said the depot burned for hours.",
    places: list[Place] | None = None,
    source: str = "wire-a",
    change: StoryChange = StoryChange.NEW,
) -> Classification:
    return Classification(
        update=NewsUpdate(
            id="u1",
            revision="r1",
            source=SourceRef(id=source, name=source.upper()),
            headline=headline,
            body=body,
        ),
        topics=[TopicTag(topic=t, confidence=0.9) for t in topics or (Topic.STRIKE,)],
        severity=severity,
        facts=Facts(places=places or []),
        story_change=change,
    )


def ids(matches: list[Match]) -> list[str]:
    return [m.subscription.id for m in matches]


def matched(subscription: Subscription, item: Classification) -> bool:
    return bool(SubscriptionIndex([subscription]).match(item))


# --- topics and severity -------------------------------------------------------------


@pytest.mark.parametrize(
    ("topics", "min_severity", "alert_topics", "severity", "expected"),
    [
        ([Topic.CASUALTIES], Severity.HIGH, [Topic.CASUALTIES], Severity.HIGH, True),
        ([Topic.CASUALTIES], Severity.HIGH, [Topic.CASUALTIES], Severity.CRITICAL, True),
        ([Topic.CASUALTIES], Severity.HIGH, [Topic.CASUALTIES], Severity.MEDIUM, False),
        ([Topic.CASUALTIES], Severity.LOW, [Topic.STRIKE], Severity.HIGH, False),
        ([Topic.CASUALTIES], Severity.LOW, [Topic.STRIKE, Topic.CASUALTIES], Severity.LOW, True),
        ([], Severity.MEDIUM, [Topic.ECONOMY], Severity.MEDIUM, True),
        ([], Severity.MEDIUM, [Topic.ECONOMY], Severity.LOW, False),
        ([Topic.NUCLEAR_CBRN, Topic.STRIKE], Severity.INFO, [Topic.STRIKE], Severity.LOW, True),
    ],
)
def test_topics_and_min_severity(
    topics: list[Topic],
    min_severity: Severity,
    alert_topics: list[Topic],
    severity: Severity,
    expected: bool,
) -> None:
    subscription = sub(topics=topics, min_severity=min_severity)
    assert matched(subscription, alert(*alert_topics, severity=severity)) is expected


# --- keywords ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("keywords", "expected"),
    [
        (["depot"], True),
        (["DEPOT"], True),
        (["dep"], False),  # whole words only
        (["depots"], False),
        (["rocket strike"], True),  # a phrase, word by word
        (["strike rocket"], False),
        (["burned for"], True),  # the body counts too
        (["tank", "testburg"], True),  # any of them
        (["tank"], False),
        (["  "], True),  # an empty keyword is no filter
    ],
)
def test_keywords_are_whole_words_case_insensitive(keywords: list[str], expected: bool) -> None:
    assert matched(sub(keywords=keywords, min_severity=Severity.LOW), alert()) is expected


def test_hyphenated_keyword_matches_the_hyphenated_word() -> None:
    item = alert(headline="Kyiv receives more F-16 jets")
    assert matched(sub(keywords=["f-16"]), item)
    assert not matched(sub(keywords=["f"]), item)


# --- places --------------------------------------------------------------------------

KHARKIV_TOWN = Place(name="Chuhuiv", kind="city", region="Kharkiv Oblast", country="Ukraine")
KHARKIV_CITY = Place(name="Kharkiv", kind="city", region="Kharkiv Oblast", country="Ukraine")
KHARKIV_REGION = Place(name="Kharkiv Oblast", kind="region", country="Ukraine")
DONETSK_RU = Place(name="Donetsk", kind="city", region="Rostov Oblast", country="Russia")


@pytest.mark.parametrize(
    ("sub_place", "place", "expected"),
    [
        ("Kharkiv oblast", KHARKIV_TOWN, True),  # a region includes its towns
        ("kharkiv Oblast", KHARKIV_TOWN, True),
        ("Kharkiv region", KHARKIV_TOWN, True),
        ("Kharkiv Oblast", KHARKIV_REGION, True),
        ("Kharkiv oblast", KHARKIV_CITY, True),
        ("Kharkiv", KHARKIV_TOWN, True),  # a bare name also means the region of that name
        ("Chuhuiv", KHARKIV_TOWN, True),
        ("chuhuiv", KHARKIV_TOWN, True),
        ("Chuhuiv oblast", KHARKIV_TOWN, False),  # no such region
        ("Ukraine", KHARKIV_TOWN, True),
        ("Sumy oblast", KHARKIV_TOWN, False),
        ("Donetsk oblast", DONETSK_RU, False),  # the Rostov-oblast town is not the region
        ("Rostov", DONETSK_RU, True),
    ],
)
def test_places_match_resolved_places(sub_place: str, place: Place, expected: bool) -> None:
    subscription = sub(places=[sub_place])
    assert matched(subscription, alert(places=[place])) is expected


def test_places_need_a_resolved_place() -> None:
    """Place filters use the classifier's resolved places, not words in the text."""
    item = alert(headline="Strike near Kharkiv", places=[])
    assert not matched(sub(places=["Kharkiv"]), item)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kharkiv Oblast", ("kharkiv", True)),
        ("  Kursk   region ", ("kursk", True)),
        ("Zaporizhzhia-oblast", ("zaporizhzhia", True)),
        ("Kryvyi Rih", ("kryvyi rih", False)),
        ("Kam'yanske", ("kamyanske", False)),
        ("Oblast", ("oblast", True)),
    ],
)
def test_normalize_place(name: str, expected: tuple[str, bool]) -> None:
    assert normalize_place(name) == expected


def test_tokens() -> None:
    assert tokens("F-16s hit Kam'yanske, U.S. says") == [
        "f-16s",
        "hit",
        "kam'yanske",
        "u",
        "s",
        "says",
    ]


# --- sources and combinations --------------------------------------------------------


def test_sources_filter() -> None:
    assert matched(sub(sources=["wire-a"]), alert(source="wire-a"))
    assert matched(sub(sources=["Wire-A"]), alert(source="wire-a"))
    assert not matched(sub(sources=["wire-b"]), alert(source="wire-a"))


def test_every_field_must_hold() -> None:
    subscription = sub(
        topics=[Topic.STRIKE],
        keywords=["depot"],
        places=["Kharkiv oblast"],
        sources=["wire-a"],
        min_severity=Severity.MEDIUM,
    )
    good: dict[str, Any] = {"places": [KHARKIV_TOWN], "source": "wire-a"}
    assert matched(subscription, alert(**good))
    assert not matched(subscription, alert(**{**good, "source": "wire-b"}))
    assert not matched(subscription, alert(**{**good, "places": [DONETSK_RU]}))
    assert not matched(subscription, alert(**good, headline="Strike on a bridge", body=""))
    assert not matched(subscription, alert(Topic.ECONOMY, **good))
    assert not matched(subscription, alert(**good, severity=Severity.LOW))


# --- story policy --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("policy", "change", "expected"),
    [
        (StoryPolicy.ESCALATIONS, StoryChange.NEW, True),
        (StoryPolicy.ESCALATIONS, StoryChange.ESCALATED, True),
        (StoryPolicy.ESCALATIONS, StoryChange.UPDATED, False),
        (StoryPolicy.ESCALATIONS, StoryChange.REPEAT, False),
        (StoryPolicy.COUNT_CHANGES, StoryChange.NEW, True),
        (StoryPolicy.COUNT_CHANGES, StoryChange.ESCALATED, True),
        (StoryPolicy.COUNT_CHANGES, StoryChange.UPDATED, True),
        (StoryPolicy.COUNT_CHANGES, StoryChange.REPEAT, False),
    ],
)
def test_story_policy(policy: StoryPolicy, change: StoryChange, expected: bool) -> None:
    assert matched(sub(story_policy=policy), alert(change=change)) is expected


# --- reasons -------------------------------------------------------------------------


def test_reason_names_topic_severity_and_place() -> None:
    subscription = sub(
        topics=[Topic.CASUALTIES], min_severity=Severity.HIGH, places=["Kharkiv oblast"]
    )
    [match] = SubscriptionIndex([subscription]).match(
        alert(Topic.CASUALTIES, Topic.STRIKE, places=[KHARKIV_TOWN])
    )
    assert match.reason == "casualties >= high in Kharkiv oblast"
    assert match.subscription is subscription


def test_reason_with_everything() -> None:
    subscription = sub(
        name="Depot watch",
        keywords=["tank", "Depot"],
        sources=["wire-a"],
        min_severity=Severity.LOW,
    )
    [match] = SubscriptionIndex([subscription]).match(alert(Topic.STRIKE, Topic.CASUALTIES))
    assert match.reason == (
        'casualties, strike >= low mentioning "Depot" from wire-a (subscription “Depot watch”)'
    )


# --- the index itself ----------------------------------------------------------------


def test_add_remove_and_replace() -> None:
    index = SubscriptionIndex()
    index.add(sub("a", keywords=["depot"]))
    index.add(sub("b", places=["Kharkiv"]))
    index.add(sub("c"))
    item = alert(places=[KHARKIV_CITY])
    assert ids(index.match(item)) == ["a", "b", "c"]
    assert len(index) == 3

    index.remove("a")
    index.remove("missing")  # unknown ids are ignored
    assert ids(index.match(item)) == ["b", "c"]
    assert "a" not in index

    index.add(sub("b", places=["Sumy"]))  # same id: replaced, not duplicated
    assert ids(index.match(item)) == ["c"]
    assert len(index) == 2


def test_removing_the_last_keyword_stops_tokenising() -> None:
    index = SubscriptionIndex([sub("a", keywords=["depot"])])
    index.remove("a")
    assert index._gram_sizes == {}
    assert index._anchors == {}


def test_removing_the_last_topic_only_subscription_drops_its_group() -> None:
    index = SubscriptionIndex([sub("a", topics=[Topic.STRIKE])])
    index.match(alert())
    index.remove("a")
    assert index._topic_only.groups == {}
    assert index.match(alert()) == []


def test_same_subscription_matches_once_with_several_anchors() -> None:
    subscription = sub(places=["Kharkiv", "Chuhuiv", "Ukraine"])
    matches = SubscriptionIndex([subscription]).match(alert(places=[KHARKIV_TOWN]))
    assert ids(matches) == ["s1"]
    assert matches[0].reason == "strike >= medium in Kharkiv or Chuhuiv or Ukraine"


def _why(s: Subscription, item: Classification) -> str | None:
    """The rules written plainly, one subscription at a time: the oracle for the index.

    The reason when `s` wants `item`, else None.
    """
    if item.story_change is StoryChange.REPEAT:
        return None
    if item.story_change is StoryChange.UPDATED and s.story_policy is StoryPolicy.ESCALATIONS:
        return None
    if item.severity.rank < s.min_severity.rank:
        return None
    topics = set(s.topics) & item.topic_names if s.topics else item.topic_names
    if not topics and s.topics:
        return None
    if s.sources and item.update.source.id not in s.sources:
        return None
    text = f" {' '.join(tokens(item.update.text))} "
    spellings: dict[str, str] = {}  # word n-gram -> the first way the subscription wrote it
    for keyword in s.keywords:
        spellings.setdefault(" ".join(tokens(keyword)), keyword.strip())
    keywords = [label for gram, label in spellings.items() if gram and f" {gram} " in text]
    if s.keywords and not keywords:
        return None
    regions = {normalize_place(p.region)[0] for p in item.facts.places if p.region}
    regions |= {normalize_place(p.name)[0] for p in item.facts.places if p.kind == "region"}
    anything = regions | {normalize_place(p.name)[0] for p in item.facts.places}
    anything |= {normalize_place(p.country)[0] for p in item.facts.places if p.country}

    def hit(name: str) -> bool:
        base, region_only = normalize_place(name)
        return base in regions if region_only else base in anything

    places = [name.strip() for name in s.places if hit(name)]
    if s.places and not places:
        return None
    reason = f"{', '.join(sorted(t.value for t in topics)) or 'any topic'} >= {s.min_severity}"
    if places:
        reason += " in " + " or ".join(places)
    if keywords:
        reason += " mentioning " + " or ".join(f'"{k}"' for k in keywords)
    if s.sources:
        reason += " from " + " or ".join(sorted(s.sources))
    return f"{reason} (subscription “{s.name}”)" if s.name else reason


def reasons(matches: list[Match]) -> list[tuple[str, str]]:
    return [(m.subscription.id, m.reason) for m in matches]


def test_index_agrees_with_a_plain_scan() -> None:
    """A few hundred mixed subscriptions: the index returns what checking each one returns."""
    topics = list(Topic)
    severities = list(Severity)
    subs = []
    for n in range(400):
        fields: dict[str, Any] = {"min_severity": severities[n % 5]}
        if n % 3 == 0:
            fields["topics"] = [topics[n % len(topics)], topics[(n * 7) % len(topics)]]
        if n % 4 == 1:
            fields["keywords"] = [["depot", "tank", "rocket strike", "bridge"][n % 4]]
        if n % 5 == 2:
            fields["places"] = [["Kharkiv oblast", "Chuhuiv", "Sumy", "Ukraine"][n % 4]]
        if n % 7 == 3:
            fields["sources"] = [["wire-a", "wire-b"][n % 2]]
        if n % 2:
            fields["story_policy"] = StoryPolicy.COUNT_CHANGES
        subs.append(sub(f"s{n:03d}", **fields))
    index = SubscriptionIndex(subs)
    for item in [
        alert(Topic.STRIKE, places=[KHARKIV_TOWN]),
        alert(Topic.CASUALTIES, severity=Severity.CRITICAL, change=StoryChange.UPDATED),
        alert(Topic.ECONOMY, severity=Severity.LOW, source="wire-b"),
        alert(Topic.STRIKE, Topic.NUCLEAR_CBRN, severity=Severity.MEDIUM, places=[DONETSK_RU]),
    ]:
        expected = [(s.id, why) for s in subs if (why := _why(s, item)) is not None]
        assert reasons(index.match(item)) == expected
        assert expected  # the table exercises real matches


# --- property: the index equals the plain rules --------------------------------------

_PLACE_CHOICES = [
    "Kharkiv oblast",
    "Kharkiv",
    "KHARKIV",  # the same place written twice in one subscription
    "Chuhuiv",
    "Ukraine",
    "Rostov",
    "Sumy region",
]
_WORD_CHOICES = ["depot", "Depot", "rocket strike", "bridge", "Testburg", "tank"]
_ALERT_PLACES = [KHARKIV_TOWN, KHARKIV_CITY, KHARKIV_REGION, DONETSK_RU]


@st.composite
def _subscriptions(draw: st.DrawFn, max_count: int = 25) -> list[Subscription]:
    numbers = draw(st.lists(st.integers(0, 29), min_size=1, max_size=max_count, unique=True))
    return [
        sub(
            f"s{n:02d}",
            name=draw(st.sampled_from(["", "Watch"])),
            topics=draw(st.lists(st.sampled_from(list(Topic)), max_size=3)),
            min_severity=draw(st.sampled_from(list(Severity))),
            keywords=draw(st.lists(st.sampled_from(_WORD_CHOICES), max_size=2)),
            places=draw(st.lists(st.sampled_from(_PLACE_CHOICES), max_size=2)),
            sources=draw(st.lists(st.sampled_from(["wire-a", "wire-b"]), max_size=1)),
            story_policy=draw(st.sampled_from(list(StoryPolicy))),
        )
        for n in numbers
    ]


@settings(max_examples=300, deadline=None)
@given(
    subs=_subscriptions(),
    crowd=st.integers(min_value=0, max_value=40),
    later=_subscriptions(max_count=4),
    topics=st.lists(st.sampled_from(list(Topic)), min_size=1, max_size=3, unique=True),
    severity=st.sampled_from(list(Severity)),
    places=st.lists(st.sampled_from(_ALERT_PLACES), max_size=2),
    source=st.sampled_from(["wire-a", "wire-b"]),
    change=st.sampled_from(list(StoryChange)),
    removed=st.sets(st.integers(min_value=0, max_value=29), max_size=5),
    warm=st.booleans(),
)
def test_index_matches_the_plain_rules(
    subs: list[Subscription],
    crowd: int,
    later: list[Subscription],
    topics: list[Topic],
    severity: Severity,
    places: list[Place],
    source: str,
    change: StoryChange,
    removed: set[int],
    warm: bool,
) -> None:
    """Built, maybe matched once (the index keeps what it merged for that kind of alert),
    then changed by removals and additions (some replacing a subscription): the index
    returns what the plain rules want, in the order added, with the same reasons.

    The crowd of topic-only subscriptions between the others makes the index merge a few
    filtered matches into many topic-only ones, as well as the other way round.
    """
    everyone: list[Subscription] = []
    for n, subscription in enumerate(subs):
        everyone += [sub(f"c{n}-{k}", topics=topics[k % 2 :]) for k in range(crowd // len(subs))]
        everyone.append(subscription)
    index = SubscriptionIndex(everyone)
    item = alert(*topics, severity=severity, places=places, source=source, change=change)
    if warm:
        index.match(item)
    gone = {f"s{n:02d}" for n in removed}
    for sub_id in gone:
        index.remove(sub_id)
    for subscription in later:
        index.add(subscription)
    replaced = gone | {s.id for s in later}
    live = [s for s in everyone if s.id not in replaced] + later
    expected = [(s.id, why) for s in live if (why := _why(s, item)) is not None]
    assert reasons(index.match(item)) == expected


def test_many_kinds_of_alert_in_turn() -> None:
    """More kinds of alert than the index keeps merged, with changes in between: each
    answer still equals the plain rules."""
    subs = [
        sub(f"t{n:03d}", topics=[list(Topic)[n % 10]], min_severity=list(Severity)[n % 5])
        for n in range(60)
    ]
    subs += [sub("k", keywords=["depot"]), sub("p", places=["Kharkiv"])]
    index = SubscriptionIndex(subs)
    kinds = [
        (topic, severity, change)
        for topic in Topic
        for severity in Severity
        for change in (StoryChange.NEW, StoryChange.UPDATED)
    ]
    assert len(kinds) > 64
    for turn, (topic, severity, change) in enumerate(kinds * 2):
        if turn % 7 == 0:
            added = sub(f"x{turn}", topics=[topic], story_policy=StoryPolicy.COUNT_CHANGES)
            index.add(added)
            subs.append(added)
        if turn % 11 == 0:
            index.remove(subs[turn % len(subs)].id)
            del subs[turn % len(subs)]
        item = alert(topic, severity=severity, change=change, places=[KHARKIV_CITY])
        expected = [(s.id, why) for s in subs if (why := _why(s, item)) is not None]
        assert reasons(index.match(item)) == expected
