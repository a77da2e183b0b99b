"""Scoring of classifications against gold rows: topics, severity, counts, claim status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field

from shared.models import COUNT_FIELDS, Classification, NewsUpdate, Severity, SourceRef, Topic


class GoldRow(BaseModel):
    """One labelled update of the corpus (body may be missing: headline only)."""

    id: str
    headline: str
    body: str | None = None
    topics: list[Topic] = Field(default_factory=list)
    optional_topics: list[Topic] = Field(default_factory=list)
    severity: Severity
    facts: dict[str, Any] = Field(default_factory=dict)
    story: str | None = None


@dataclass(frozen=True, slots=True)
class Targets:
    """The bar the classifier must clear."""

    macro_f1: float = 0.90
    casualties_precision: float = 0.95
    casualties_recall: float = 0.92
    status_accuracy: float = 0.90
    severity_exact: float = 0.85
    severity_within_one: float = 0.97
    killed_injured_exact: float = 0.90


@dataclass(slots=True)
class TopicScore:
    """Precision, recall and F1 of one topic."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Report:
    """Every figure of one evaluation run, and what was missed."""

    items: int = 0
    topics: dict[Topic, TopicScore] = field(default_factory=dict)
    severity_exact: int = 0
    severity_within_one: int = 0
    severe_underrated: list[str] = field(default_factory=list)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    status: tuple[int, int] = (0, 0)
    misses: list[str] = field(default_factory=list)

    @property
    def micro(self) -> TopicScore:
        total = TopicScore()
        for score in self.topics.values():
            total.tp += score.tp
            total.fp += score.fp
            total.fn += score.fn
        return total

    @property
    def macro_f1(self) -> float:
        scored = [s for s in self.topics.values() if s.tp + s.fp + s.fn]
        return sum(s.f1 for s in scored) / len(scored) if scored else 0.0

    def rate(self, hits: int, total: int) -> float:
        return hits / total if total else 1.0

    @property
    def severity_exact_rate(self) -> float:
        return self.rate(self.severity_exact, self.items)

    @property
    def severity_within_one_rate(self) -> float:
        return self.rate(self.severity_within_one, self.items)

    @property
    def status_accuracy(self) -> float:
        return self.rate(*self.status)

    def count_accuracy(self, name: str) -> float:
        return self.rate(*self.counts.get(name, (0, 0)))


def update_from_row(row: GoldRow, body: str | None = None) -> NewsUpdate:
    """The NewsUpdate a gold row describes (body given separately when the row lacks one)."""
    return NewsUpdate(
        id=row.id,
        revision=row.id,
        source=SourceRef(id="gold"),
        headline=row.headline,
        body=body if body is not None else (row.body or ""),
    )


def _value(count: Any) -> Any:
    return getattr(count, "value", count)


def score(rows: Sequence[GoldRow], results: Sequence[Classification]) -> Report:
    """Score classifications against the gold rows they were made from, in the same order."""
    report = Report(topics={t: TopicScore() for t in Topic})
    for row, result in zip(rows, results, strict=True):
        report.items += 1
        got = result.topic_names
        gold = set(row.topics)
        optional = set(row.optional_topics) - gold
        for topic in Topic:
            if topic in optional:
                continue
            if topic in got and topic in gold:
                report.topics[topic].tp += 1
            elif topic in got:
                report.topics[topic].fp += 1
                report.misses.append(f"{row.id}: extra topic {topic.value}")
            elif topic in gold:
                report.topics[topic].fn += 1
                report.misses.append(f"{row.id}: missed topic {topic.value}")
        distance = abs(result.severity.rank - row.severity.rank)
        report.severity_exact += distance == 0
        report.severity_within_one += distance <= 1
        if distance:
            report.misses.append(
                f"{row.id}: severity {result.severity.value}, gold {row.severity.value}"
                f" ({result.severity_reason})"
            )
        if row.severity.rank >= Severity.HIGH.rank and result.severity.rank < Severity.MEDIUM.rank:
            report.severe_underrated.append(row.id)
        for name in COUNT_FIELDS:
            if name not in row.facts:
                continue
            expected = row.facts[name]
            actual = _value(getattr(result.facts, name))
            hits, total = report.counts.get(name, (0, 0))
            report.counts[name] = (hits + (actual == expected), total + 1)
            if actual != expected:
                report.misses.append(f"{row.id}: {name} {actual}, gold {expected}")
        if Topic.TERRITORIAL_CHANGE in gold and row.facts.get("status"):
            hits, total = report.status
            ok = result.facts.status == row.facts["status"]
            report.status = (hits + ok, total + 1)
            if not ok:
                report.misses.append(
                    f"{row.id}: status {result.facts.status}, gold {row.facts['status']}"
                )
    return report


def killed_injured_accuracy(report: Report) -> float:
    """Exact-match rate of killed and injured over the items whose gold states them."""
    hits = total = 0
    for name in ("killed", "injured"):
        h, t = report.counts.get(name, (0, 0))
        hits += h
        total += t
    return hits / total if total else 1.0


def targets_met(report: Report, targets: Targets | None = None) -> tuple[bool, list[str]]:
    """Whether every target is met, and the failures in words."""
    t = targets or Targets()
    casualties = report.topics.get(Topic.CASUALTIES, TopicScore())
    checks = [
        ("macro-F1", report.macro_f1, t.macro_f1),
        ("casualties precision", casualties.precision, t.casualties_precision),
        ("casualties recall", casualties.recall, t.casualties_recall),
        ("territorial status accuracy", report.status_accuracy, t.status_accuracy),
        ("severity exact", report.severity_exact_rate, t.severity_exact),
        ("severity within one", report.severity_within_one_rate, t.severity_within_one),
        ("killed/injured exact", killed_injured_accuracy(report), t.killed_injured_exact),
    ]
    failures = [f"{name} {value:.3f} < {bar:.2f}" for name, value, bar in checks if value < bar]
    if report.severe_underrated:
        failures.append(f"high/critical scored below medium: {', '.join(report.severe_underrated)}")
    return not failures, failures


def render_report(report: Report, *, misses: bool = True) -> str:
    """The report as a plain-text table."""
    lines = [f"{'topic':<28} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for topic, s in report.topics.items():
        if s.tp + s.fp + s.fn:
            lines.append(
                f"{topic.value:<28} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}"
                f" {s.tp:4d} {s.fp:4d} {s.fn:4d}"
            )
    micro = report.micro
    lines.append(f"{'micro':<28} {micro.precision:5.2f} {micro.recall:5.2f} {micro.f1:5.2f}")
    lines.append(f"{'macro F1':<28} {'':>11} {report.macro_f1:5.2f}")
    lines.append("")
    lines.append(f"items                        {report.items}")
    lines.append(f"severity exact               {report.severity_exact_rate:.3f}")
    lines.append(f"severity within one          {report.severity_within_one_rate:.3f}")
    lines.append(f"territorial status accuracy  {report.status_accuracy:.3f}  ({report.status[1]})")
    lines.append(f"killed+injured exact         {killed_injured_accuracy(report):.3f}")
    for name in COUNT_FIELDS:
        if name in report.counts:
            hits, total = report.counts[name]
            lines.append(f"  {name:<26} {hits}/{total}")
    lines.append(f"high/critical below medium   {len(report.severe_underrated)}")
    ok, failures = targets_met(report)
    lines.append("")
    lines.append("targets met" if ok else "targets NOT met: " + "; ".join(failures))
    if misses and report.misses:
        lines.append("")
        lines.append("misses:")
        lines.extend(f"  {m}" for m in report.misses)
    return "\n".join(lines)
