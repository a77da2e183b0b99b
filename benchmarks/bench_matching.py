"""One alert against 100,000 subscriptions: milliseconds per match, and the machine.

Run: .venv/bin/python benchmarks/bench_matching.py [--subscriptions N] [--rounds R]

Subscriptions are a seeded mix of what people ask for: a topic or two with a minimum
severity, some with places, keywords or sources, a few with no filter at all.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import time
from datetime import UTC, datetime

from services.notify.matching import SubscriptionIndex
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
TOWNS = [f"Town{n}" for n in range(2000)]
WORDS = [f"word{n}" for n in range(5000)] + ["drone", "depot", "power plant", "bridge"]
SOURCES = [f"source-{n}" for n in range(50)]


def make_subscriptions(count: int, rng: random.Random) -> list[Subscription]:
    topics = list(Topic)
    created = datetime(2026, 1, 1, tzinfo=UTC)
    subs = []
    for n in range(count):
        fields: dict[str, object] = {
            "id": f"sub-{n:06d}",
            "channels": ["json://127.0.0.1/hook"],
            "created_at": created,
            "min_severity": rng.choice(
                [Severity.LOW, Severity.MEDIUM, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL]
            ),
            "story_policy": rng.choice(list(StoryPolicy)),
        }
        roll = rng.random()
        if roll < 0.35:
            fields["places"] = rng.sample(TOWNS, 2) + [rng.choice(REGIONS)] * (rng.random() < 0.3)
        elif roll < 0.6:
            fields["keywords"] = rng.sample(WORDS, rng.randint(1, 3))
        elif roll < 0.7:
            fields["sources"] = [rng.choice(SOURCES)]
        if rng.random() < 0.8:
            fields["topics"] = rng.sample(topics, rng.randint(1, 2))
        if roll >= 0.999:
            fields.pop("topics", None)  # a few "everything critical" subscriptions
            fields["min_severity"] = Severity.CRITICAL
        subs.append(Subscription.model_validate(fields))
    return subs


def make_alert(
    headline: str, topics: list[Topic], severity: Severity, place: Place
) -> Classification:
    body = " ".join(["Officials said a drone hit a depot near the bridge overnight."] * 8)
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
        story_change=StoryChange.NEW,
    )


ALERTS = {
    "medium, 1 topic": make_alert(
        "Village near Town42 changes hands",
        [Topic.TERRITORIAL_CHANGE],
        Severity.MEDIUM,
        Place(name="Town42", kind="city", region="Region3 Oblast", country="Testland"),
    ),
    "high, 3 topics": make_alert(
        "Drone strike on a power plant in Town42 kills 6",
        [Topic.STRIKE, Topic.CASUALTIES, Topic.HUMANITARIAN_INFRASTRUCTURE],
        Severity.HIGH,
        Place(name="Town42", kind="city", region="Region3 Oblast", country="Testland"),
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscriptions", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()

    rng = random.Random(20261129)
    subs = make_subscriptions(args.subscriptions, rng)
    started = time.perf_counter()
    index = SubscriptionIndex(subs)
    build_s = time.perf_counter() - started
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cpus, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
    )
    print(f"subscriptions: {len(index):,}  index build: {build_s:.2f} s")
    for label, alert in ALERTS.items():
        index.match(alert)  # warm-up
        timings = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            matches = index.match(alert)
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        print(
            f"alert {label}: {len(matches):,} matches; ms per match: "
            f"median {statistics.median(timings):.2f}, "
            f"p95 {timings[int(len(timings) * 0.95) - 1]:.2f}, "
            f"min {timings[0]:.2f} ({args.rounds} rounds)"
        )


if __name__ == "__main__":
    main()
