"""One alert against 100,000 subscriptions: milliseconds per match, and the machine.

Run: .venv/bin/python benchmarks/bench_matching.py [--subscriptions N] [--rounds R]

What it measures: `SubscriptionIndex.match(alert)` for four kinds of alert (printed with
how many subscriptions each one matches), as the median and 95th percentile over R calls
(and the minimum, the figure least disturbed by other work on the machine) with the
index warm (alerts of that kind seen before, the steady state of a running notifier),
and "cold": the first alert of its kind after the index was built or after many other
kinds pushed it out. Also the time to build the index and to add and remove
one subscription, which a notifier does when a subscription changes.

The subscriptions are a seeded mix shaped like what people ask for (the mix is printed):
- 40 % topics only: one to three topics and a minimum severity;
- 5 % everything at a minimum severity (mostly high or critical);
- 30 % places: one to three, most often the few big cities in the news, sometimes a
  region ("Region3 oblast"); two thirds of them also name topics;
- 20 % keywords: one to three, most often common words ("drone", "missile"), two
  thirds also name topics;
- 5 % one source, half of them also topics.
Places and keywords are drawn with a Zipf-like skew (the k-th most popular one with
weight 1/k), so an alert about the capital hits thousands of place subscriptions.
Minimum severity: low 10 %, medium 35 %, high 40 %, critical 15 %; 30 % want count
changes of stories.

`--impl MODULE` times another module with the same interface (e.g. an older
matching.py copied onto PYTHONPATH) against the same subscriptions and alerts.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from typing import Any

from shared.models import (
    Classification,
    Count,
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

REGIONS = [f"Region{n} oblast" for n in range(25)]
TOWNS = [f"Town{n}" for n in range(2000)]  # Town0 is the most popular: the capital
COMMON_WORDS = ["drone", "missile", "shelling", "power plant", "evacuation", "ceasefire"]
WORDS = COMMON_WORDS + [f"word{n}" for n in range(5000)]
SOURCES = [f"source-{n}" for n in range(50)]


def _zipf(count: int) -> list[float]:
    return [1 / (rank + 1) for rank in range(count)]


TOWN_WEIGHTS = _zipf(len(TOWNS))
WORD_WEIGHTS = _zipf(len(WORDS))


def _some(rng: random.Random, items: Sequence[str], weights: Sequence[float]) -> list[str]:
    """One to three distinct items, drawn with the given skew."""
    wanted = rng.randint(1, 3)
    chosen: dict[str, None] = {}
    while len(chosen) < wanted:
        chosen[rng.choices(items, weights)[0]] = None
    return list(chosen)


def make_subscriptions(count: int, rng: random.Random) -> tuple[list[Subscription], Counter[str]]:
    """The seeded mix described above, and how many of each kind it holds."""
    topics = list(Topic)
    created = datetime(2026, 1, 1, tzinfo=UTC)
    severities = [Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL]
    subs = []
    kinds: Counter[str] = Counter()
    for n in range(count):
        fields: dict[str, Any] = {
            "id": f"sub-{n:06d}",
            "channels": ["json://127.0.0.1/hook"],
            "created_at": created,
            "min_severity": rng.choices(severities, [10, 35, 40, 15])[0],
            "story_policy": rng.choices(list(StoryPolicy), [70, 30])[0],
        }
        roll = rng.random()
        if roll < 0.40:
            kind = "topics only"
            fields["topics"] = rng.sample(topics, rng.randint(1, 3))
        elif roll < 0.45:
            kind = "everything at a severity"
            fields["min_severity"] = rng.choice([Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL])
        elif roll < 0.75:
            kind = "places"
            fields["places"] = _some(rng, TOWNS, TOWN_WEIGHTS)
            if rng.random() < 0.2:
                fields["places"].append(rng.choice(REGIONS))
        elif roll < 0.95:
            kind = "keywords"
            fields["keywords"] = _some(rng, WORDS, WORD_WEIGHTS)
        else:
            kind = "a source"
            fields["sources"] = [rng.choice(SOURCES)]
        if kind in ("places", "keywords") and rng.random() < 2 / 3:
            fields["topics"] = rng.sample(topics, rng.randint(1, 2))
        if kind == "a source" and rng.random() < 0.5:
            fields["topics"] = rng.sample(topics, 1)
        kinds[kind] += 1
        subs.append(Subscription.model_validate(fields))
    return subs, kinds


def make_alert(
    headline: str,
    body: str,
    topics: list[Topic],
    severity: Severity,
    place: Place,
    change: StoryChange = StoryChange.NEW,
) -> Classification:
    return Classification(
        update=NewsUpdate(
            id="bench",
            revision="r1",
            source=SourceRef(id="source-7", name="Source 7"),
            headline=headline,
            body=body,
        ),
        topics=[TopicTag(topic=topic, confidence=0.9) for topic in topics],
        severity=severity,
        facts=Facts(killed=Count(value=6), places=[place]),
        story_change=change,
    )


CAPITAL = Place(name="Town0", kind="city", region="Region0 Oblast", country="Testland")
ALERTS = {
    "low, economy, small town": make_alert(
        "Grain exports from Town1500 port resume",
        "The port authority said ships loaded grain again after a week-long pause. "
        "Insurers kept their rates unchanged.",
        [Topic.ECONOMY],
        Severity.LOW,
        Place(name="Town1500", kind="city", region="Region9 Oblast", country="Testland"),
    ),
    "medium, 1 topic, town": make_alert(
        "Village near Town42 changes hands",
        "Troops entered the village after two days of fighting, the regional governor said. "
        "Residents had left before the shelling began.",
        [Topic.TERRITORIAL_CHANGE],
        Severity.MEDIUM,
        Place(name="Town42", kind="city", region="Region3 Oblast", country="Testland"),
    ),
    "high, 3 topics, capital": make_alert(
        "Drone strike on a power plant in Town0 kills 6",
        "A drone hit the power plant overnight, the mayor said, killing six workers. "
        "Air defence shot down eleven more drones and a missile over the region. "
        "Evacuation of nearby streets continued into the morning.",
        [Topic.STRIKE, Topic.CASUALTIES, Topic.HUMANITARIAN_INFRASTRUCTURE],
        Severity.HIGH,
        CAPITAL,
    ),
    "critical, toll update, capital": make_alert(
        "Death toll from Town0 strike rises to 25",
        "Rescuers pulled more bodies from the rubble of the apartment block, "
        "the emergency service said.",
        [Topic.CASUALTIES, Topic.STRIKE],
        Severity.CRITICAL,
        CAPITAL,
        change=StoryChange.UPDATED,
    ),
}


def _percentile(sorted_ms: list[float], fraction: float) -> float:
    return sorted_ms[max(0, int(len(sorted_ms) * fraction + 0.5) - 1)]


def _forget_kept_runs(index: Any) -> None:
    """Make the next alert the first of its kind (reaches into the index: benchmark only)."""
    if hasattr(index, "_topic_only"):
        index._topic_only.runs.clear()
        for anchor in index._anchors.values():
            anchor.runs.clear()


def _time_ms(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscriptions", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--impl", default="services.notify.matching", help="module to time")
    args = parser.parse_args()
    index_class = importlib.import_module(args.impl).SubscriptionIndex

    rng = random.Random(20261129)
    subs, kinds = make_subscriptions(args.subscriptions, rng)
    started = time.perf_counter()
    index = index_class(subs)
    build_s = time.perf_counter() - started
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cpus, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    print(f"implementation: {args.impl}")
    print(f"subscriptions: {len(index):,}  index build: {build_s:.2f} s")
    print("mix: " + ", ".join(f"{kind} {count:,}" for kind, count in kinds.most_common()))

    for label, alert in ALERTS.items():
        cold = []
        for _ in range(max(3, args.rounds // 20)):
            _forget_kept_runs(index)
            cold.append(_time_ms(partial(index.match, alert)))
        matches = index.match(alert)
        warm = sorted(_time_ms(partial(index.match, alert)) for _ in range(args.rounds))
        print(
            f"alert {label}: {len(matches):,} matches; ms per match warm: "
            f"median {statistics.median(warm):.2f}, p95 {_percentile(warm, 0.95):.2f}, "
            f"min {warm[0]:.2f} ({args.rounds} rounds); cold: median {statistics.median(cold):.2f}"
        )

    extra = make_subscriptions(200, random.Random(7))[0]
    for number, subscription in enumerate(extra):
        subscription.id = f"extra-{number}"
    add_ms = [_time_ms(partial(index.add, subscription)) for subscription in extra]
    remove_ms = [_time_ms(partial(index.remove, subscription.id)) for subscription in extra]
    print(
        f"add one subscription: median {statistics.median(add_ms) * 1000:.0f} µs; "
        f"remove one: median {statistics.median(remove_ms) * 1000:.0f} µs"
    )


if __name__ == "__main__":
    main()
