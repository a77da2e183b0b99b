"""Scoring against gold rows, and the targets on this package's own labelled fixtures."""

from __future__ import annotations

import json
from pathlib import Path

from services.classify.classifier import classify
from services.classify.evaluate import (
    GoldRow,
    Report,
    render_report,
    score,
    targets_met,
    update_from_row,
)
from shared.models import Classification, Topic

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "classify"


def _row(**kw: object) -> GoldRow:
    base: dict[str, object] = {"id": "r", "headline": "h", "severity": "low", "topics": []}
    base.update(kw)
    return GoldRow.model_validate(base)


def test_topic_precision_recall_with_optional_topics() -> None:
    """Optional topics count neither as a hit nor as a miss."""
    row = _row(topics=["strike"], optional_topics=["ground_combat"], severity="medium")
    c = Classification.model_validate(
        {
            "update": update_from_row(row).model_dump(),
            "topics": [
                {"topic": "strike", "confidence": 1},
                {"topic": "ground_combat", "confidence": 1},
                {"topic": "economy", "confidence": 1},
            ],
            "severity": "high",
        }
    )
    report = score([row], [c])
    assert report.topics[Topic.STRIKE].tp == 1
    assert report.topics[Topic.GROUND_COMBAT].fp == 0
    assert report.topics[Topic.ECONOMY].fp == 1
    assert (report.severity_exact, report.severity_within_one) == (0, 1)


def test_counts_scored_only_where_gold_states_them() -> None:
    row = _row(facts={"killed": 3}, topics=["casualties"])
    c = Classification.model_validate(
        {"update": update_from_row(row).model_dump(), "facts": {"killed": {"value": 3}}}
    )
    report = score([row], [c])
    assert report.counts == {"killed": (1, 1)}


def test_severe_items_scored_low_are_listed() -> None:
    row = _row(severity="critical")
    c = Classification.model_validate({"update": update_from_row(row).model_dump()})
    assert score([row], [c]).severe_underrated == ["r"]


def test_targets_and_report_rendering() -> None:
    report = Report()
    ok, failures = targets_met(report)
    assert not ok  # an empty run has no macro-F1
    assert any("macro-F1" in f for f in failures)
    assert "macro F1" in render_report(report)


def test_rows_without_body_use_the_headline() -> None:
    row = _row(headline="Shelling kills 4 in Kherson")
    assert update_from_row(row).body == ""
    assert update_from_row(row, "Four were killed.").body == "Four were killed."


def test_own_fixtures_meet_the_targets() -> None:
    """The package's own labelled updates (written for these tests) clear every target."""
    rows = [
        GoldRow.model_validate(json.loads(line))
        for path in sorted(FIXTURES.glob("*.jsonl"))
        for line in path.read_text().splitlines()
        if line.strip()
    ]
    assert len(rows) >= 300
    results = [classify(update_from_row(row)) for row in rows]
    report = score(rows, results)
    ok, failures = targets_met(report)
    assert ok, render_report(report) + "\n" + "; ".join(failures)
