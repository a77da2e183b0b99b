"""Speed of classify() on one core, and (with --eval) its scores on a labelled corpus.

python benchmarks/bench_classify.py                      # updates/s
python benchmarks/bench_classify.py --gold tests/fixtures/classify/*.jsonl   # on real-length text
python benchmarks/bench_classify.py --eval CORPUS_DIR --seed-page PAGE.txt
python benchmarks/bench_classify.py --tag-loop 600    # for `make instructions` (callgrind)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from services.classify import classifier as classifier_module
from services.classify.classifier import classify
from services.classify.evaluate import GoldRow, render_report, score, targets_met, update_from_row
from shared.models import NewsUpdate, SourceRef

# Updates of typical length (about 300 characters), written for this benchmark.
SAMPLES = [
    (
        "Missile strike on Odesa port kills three, injures 12",
        "A Russian ballistic missile hit port infrastructure in Odesa overnight, killing three "
        "people and injuring 12, including a child, the regional governor said. Grain silos "
        "caught fire and two ships moored nearby were damaged. Rescue work continued at dawn.",
    ),
    (
        "Ukraine says 52 of 60 drones downed overnight",
        "Ukraine's air force said it shot down 52 of the 60 Shahed drones Russia launched "
        "overnight, along with two cruise missiles. Debris damaged houses near Kyiv and a "
        "warehouse in the Zhytomyr region; no one was hurt, local officials said.",
    ),
    (
        "Russia claims capture of village near Kupiansk",
        "Russia's Defense Ministry said its forces had taken control of a village east of "
        "Kupiansk in the Kharkiv region after days of fighting. Kyiv did not comment on the "
        "claim, which could not be independently verified.",
    ),
    (
        "Poland sends 2,000 more troops to Belarus border",
        "Poland is deploying about 2,000 additional soldiers to its border with Belarus, the "
        "defense minister said, citing a rise in attempted crossings and drills by Russian and "
        "Belarusian units near the frontier. The first units arrived on Tuesday.",
    ),
    (
        "Central bank holds key rate at 16% as inflation slows",
        "The National Bank kept its benchmark interest rate unchanged at 16%, citing inflation "
        "risks from the war, higher spending on defense and a weaker hryvnia. The next decision "
        "is due in six weeks, the bank said in a statement.",
    ),
    (
        "EU adopts new sanctions on Russian shadow fleet",
        "European Union governments adopted a new package of sanctions targeting dozens of "
        "tankers in Russia's shadow fleet and several banks, the bloc's foreign policy chief "
        "said. Moscow condemned the measures and promised a response.",
    ),
]


def _updates(n: int) -> list[NewsUpdate]:
    source = SourceRef(id="bench")
    return [
        NewsUpdate(
            id=f"bench-{i}",
            revision="1",
            source=source,
            headline=SAMPLES[i % len(SAMPLES)][0],
            body=SAMPLES[i % len(SAMPLES)][1],
        )
        for i in range(n)
    ]


def tag_loop(n: int) -> None:
    """Warm up, then put `n` updates through the `tag` path and print nothing: run under
    callgrind with `n` and with 0, the difference is the instructions of `n` updates."""
    updates = _updates(max(n, 60))
    for update in updates[:60]:
        classify(NewsUpdate.model_validate_json(update.model_dump_json())).model_dump_json()
    for line in [u.model_dump_json() for u in updates[:n]]:
        classify(NewsUpdate.model_validate_json(line)).model_dump_json()


def _build() -> str:
    compiled = classifier_module.__file__ or ""
    if compiled.endswith((".so", ".pyd")):
        return "compiled to C (mypyc)"
    return "pure Python (`make bench` also runs the compiled build)"


def bench(n: int, gold: list[Path]) -> None:
    """Print updates/s of classify() over `n` updates on this core: the samples above, or the
    updates of labelled files (classified in turn until `n` are done)."""
    if gold:
        rows = [
            GoldRow.model_validate(json.loads(line))
            for path in gold
            for line in path.read_text().splitlines()
            if line.strip()
        ]
        texts = [update_from_row(row, row.body or "") for row in rows]
        updates = [texts[i % len(texts)] for i in range(n)]
    else:
        updates = _updates(n)
    for update in updates[:50]:
        classify(update)  # warm caches
    start = time.perf_counter()
    cpu_start = time.process_time()
    for update in updates:
        classify(update)
    cpu = time.process_time() - cpu_start
    elapsed = time.perf_counter() - start
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cpus, "
        f"Python {platform.python_version()} on {platform.system()} {platform.release()}; "
        f"classifier {_build()}"
    )
    chars = sum(len(u.text) for u in updates) / n
    print(
        f"classified {n} updates ({chars:.0f} characters each) in {elapsed:.3f}s wall, "
        f"{cpu:.3f}s CPU on one core"
    )
    print(
        f"{n / cpu:,.0f} updates/s by CPU time ({cpu / n * 1e6:.0f} us each); "
        f"{n / elapsed:,.0f} updates/s by wall clock"
    )
    # What `newsalert tag` does per JSON line: parse the update, classify it, write the result.
    lines = [u.model_dump_json() for u in updates]
    cpu_start = time.process_time()
    for line in lines:
        classify(NewsUpdate.model_validate_json(line)).model_dump_json()
    cpu = time.process_time() - cpu_start
    print(f"{n / cpu:,.0f} updates/s by CPU time as `tag` (JSON line in, JSON line out)")


_HEADLINE = re.compile(r"^[^.!?:]{10,200}[^.!?:,;\"”]$")


def _seed_bodies(page: Path) -> dict[str, str]:
    """Headline -> body of the updates of a plain-text live-blog page."""
    text = page.read_text()
    try:
        from services.ingest.liveblog_text import parse_liveblog_text

        parsed = parse_liveblog_text(
            text, source=SourceRef(id="seed"), fetched_at=datetime.now(UTC)
        )
        return {u.headline: u.body for u in parsed.updates}
    except ImportError:
        bodies: dict[str, list[str]] = {}
        current: str | None = None
        for line in (ln.strip() for ln in text.splitlines()):
            if line and _HEADLINE.match(line) and len(line.split()) <= 25:
                current = line
                bodies[current] = []
            elif current and line:
                bodies[current].append(line)
        return {h: "\n\n".join(b) for h, b in bodies.items()}


def evaluate(corpus: Path, seed_page: Path | None, show_misses: bool) -> bool:
    """Print the evaluation report over seed-gold and dev; return whether targets are met."""
    rows: list[GoldRow] = []
    updates: list[NewsUpdate] = []
    seed_bodies = _seed_bodies(seed_page) if seed_page else {}
    for name in ("seed-gold.jsonl", "dev.jsonl"):
        path = corpus / name
        if not path.exists():
            continue
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            row = GoldRow.model_validate(json.loads(line))
            rows.append(row)
            body = row.body if row.body is not None else seed_bodies.get(row.headline, "")
            updates.append(update_from_row(row, body))
    results = [classify(u) for u in updates]
    report = score(rows, results)
    print(render_report(report, misses=show_misses))
    return targets_met(report)[0]


def main() -> int:
    """Run the benchmark or the evaluation."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20_000, help="updates to classify")
    parser.add_argument("--eval", type=Path, help="corpus directory with seed-gold/dev jsonl")
    parser.add_argument(
        "--seed-page", type=Path, help="plain-text page the seed-gold rows are from"
    )
    parser.add_argument("--no-misses", action="store_true")
    parser.add_argument(
        "--gold", type=Path, nargs="*", default=[], help="time the updates of these labelled files"
    )
    parser.add_argument(
        "--tag-loop", type=int, metavar="N", help="only run N updates through `tag` (callgrind)"
    )
    args = parser.parse_args()
    if args.tag_loop is not None:
        tag_loop(args.tag_loop)
        return 0
    if args.eval:
        return 0 if evaluate(args.eval, args.seed_page, not args.no_misses) else 1
    bench(args.n, args.gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
