"""Stories: which earlier update an update continues, and what changed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.classify.classifier import classify
from services.classify.stories import (
    StorySnapshot,
    count_changes,
    snapshot_of,
    terms_of,
    with_story,
)
from shared.models import NewsUpdate, SourceRef, StoryChange

T0 = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
SOURCE = SourceRef(id="test")


def _update(uid: str, headline: str, body: str, minutes: int = 0) -> NewsUpdate:
    return NewsUpdate(
        id=uid,
        revision="r1",
        source=SOURCE,
        headline=headline,
        body=body,
        published_at=T0 + timedelta(minutes=minutes),
    )


FIRST = _update(
    "u1",
    "Missile hits apartment block in Kharkiv",
    "A Russian missile struck a residential building in Kharkiv, killing two people and "
    "injuring 14, officials said.",
)


def _history(*updates: NewsUpdate) -> list[StorySnapshot]:
    snapshots: list[StorySnapshot] = []
    for update in updates:
        snapshots.append(snapshot_of(classify(update, recent_stories=snapshots)))
    return snapshots


def test_first_update_starts_a_new_story() -> None:
    result = classify(FIRST)
    assert result.story_change == StoryChange.NEW
    assert result.story_id


def test_higher_toll_is_an_update_with_count_changes() -> None:
    later = _update(
        "u2",
        "Death toll in Kharkiv missile strike rises to three",
        "The number of people killed in the missile strike on Kharkiv rose to three; 14 were "
        "injured.",
        minutes=90,
    )
    result = classify(later, recent_stories=_history(FIRST))
    assert result.story_id == classify(FIRST).story_id
    assert result.story_change == StoryChange.UPDATED
    assert result.changes == ["killed 2 -> 3"]


def test_severity_rise_is_an_escalation() -> None:
    later = _update(
        "u3",
        "Kharkiv strike toll rises to 11",
        "The death toll from the missile strike on Kharkiv rose to 11, officials said.",
        minutes=120,
    )
    result = classify(later, recent_stories=_history(FIRST))
    assert result.story_change == StoryChange.ESCALATED


def test_same_facts_again_is_a_repeat() -> None:
    again = _update("u4", FIRST.headline, FIRST.body, minutes=30)
    assert classify(again, recent_stories=_history(FIRST)).story_change == StoryChange.REPEAT


def test_other_place_is_another_story() -> None:
    other = _update(
        "u5",
        "Missile hits apartment block in Odesa",
        "A Russian missile struck a building in Odesa, killing two people.",
        minutes=30,
    )
    result = classify(other, recent_stories=_history(FIRST))
    assert result.story_change == StoryChange.NEW
    assert result.story_id != classify(FIRST).story_id


def test_old_snapshots_do_not_join() -> None:
    later = _update("u6", FIRST.headline, FIRST.body, minutes=60 * 24 * 5)
    assert classify(later, recent_stories=_history(FIRST)).story_change == StoryChange.NEW


def test_count_changes_lists_new_and_changed_counts() -> None:
    assert count_changes({"killed": 2}, {"killed": 3, "injured": 5}) == [
        "killed 2 -> 3",
        "injured 5 (new)",
    ]


def test_snapshot_round_trips_through_json() -> None:
    snapshot = snapshot_of(classify(FIRST))
    assert StorySnapshot.model_validate_json(snapshot.model_dump_json()) == snapshot
    assert snapshot.at == T0


def test_with_story_gives_a_retry_the_change_of_its_first_attempt() -> None:
    first = classify(FIRST)
    later = classify(
        _update(
            "u9",
            "Death toll in Kharkiv missile strike rises to four",
            "Two more people died in hospital after the missile strike in Kharkiv.",
            minutes=90,
        )
    )
    history = [snapshot_of(first)]
    once = with_story(later, history)
    assert once.story_id == first.story_id
    again = with_story(later, [*history, snapshot_of(once)])
    assert (again.story_id, again.story_change, again.changes) == (
        once.story_id,
        once.story_change,
        once.changes,
    )


def test_story_terms_are_what_two_updates_must_share() -> None:
    snapshot = snapshot_of(classify(FIRST))
    assert snapshot.terms == terms_of(classify(FIRST))
    assert all(t.split(":", 1)[0] in {"place", "country", "nationality"} for t in snapshot.terms)
