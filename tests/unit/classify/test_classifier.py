"""classify() end to end: contract, boundary rules through the whole pipeline, spans."""

from __future__ import annotations

import inspect

from hypothesis import given, settings
from hypothesis import strategies as st

from services.classify import classifier
from services.classify.classifier import classify, tag_text
from shared.models import COUNT_FIELDS, Classification, NewsUpdate, Severity, SourceRef, Topic

SOURCE = SourceRef(id="test")


def _update(headline: str, body: str = "") -> NewsUpdate:
    return NewsUpdate(id="u", revision="r", source=SOURCE, headline=headline, body=body)


def test_public_surface() -> None:
    assert set(classifier.__all__) == {"StorySnapshot", "classify", "snapshot_of", "tag_text"}


def test_classify_signature_is_stable() -> None:
    """The service calls classify(update, recent_stories=...)."""
    params = inspect.signature(classify).parameters
    assert list(params) == ["update", "recent_stories"]
    assert params["recent_stories"].kind is inspect.Parameter.KEYWORD_ONLY


def test_strike_with_a_child_killed() -> None:
    result = classify(
        _update(
            "Guided bomb hits apartment block in Kharkiv",
            "The bomb struck a high-rise building, killing two people including a child and "
            "injuring at least 34, the governor said.",
        )
    )
    assert result.topic_names == {Topic.CASUALTIES, Topic.STRIKE}
    assert result.severity == Severity.HIGH
    assert result.severity_reason == "high: a child was killed; 34 injured"
    assert result.facts.outcome == "hit"


def test_interception_outcome() -> None:
    result = classify(_update("Air force says 40 of 52 drones downed overnight"))
    assert result.facts.outcome == "intercepted"
    assert result.severity == Severity.MEDIUM


def test_claimed_village_capture_is_low() -> None:
    result = classify(
        _update(
            "Russia claims capture of another village in Donetsk region",
            "The Defense Ministry said its forces had liberated the village of Dachne.",
        )
    )
    assert result.facts.status == "claimed"
    assert result.severity == Severity.LOW


def test_confirmed_town_capture_is_high() -> None:
    result = classify(
        _update(
            "Ukraine confirms withdrawal from Vuhledar",
            "The military said it had pulled its units out of the town of Vuhledar.",
        )
    )
    assert result.facts.status == "confirmed"
    assert result.severity == Severity.HIGH


def test_foreign_contingent_with_number() -> None:
    result = classify(_update("US says 8,000 North Korean troops in Kursk"))
    assert Topic.TROOP_DEPLOYMENT in result.topic_names
    assert result.facts.troops is not None
    assert result.facts.troops.value == 8000
    assert result.severity == Severity.HIGH


def test_proposed_peacekeeping_force_is_diplomacy() -> None:
    result = classify(
        _update(
            "European force could deploy to Ukraine after ceasefire, leaders say",
            "Britain and France said a peacekeeping force could be sent once a truce holds.",
        )
    )
    assert Topic.TROOP_DEPLOYMENT not in result.topic_names
    assert Topic.DIPLOMACY_SANCTIONS in result.topic_names


def test_no_topic_is_info() -> None:
    result = classify(_update("Kyiv opera reopens after renovation", "Tickets sold out quickly."))
    assert (result.topics, result.severity) == ([], Severity.INFO)


def test_tag_text_splits_headline_and_body() -> None:
    result = tag_text("Drone strike kills one in Kherson\nA man was killed, officials said.")
    assert result.update.headline == "Drone strike kills one in Kherson"
    assert result.update.body == "A man was killed, officials said."
    assert result.facts.killed is not None
    assert result.facts.killed.value == 1


def test_result_is_json_serialisable() -> None:
    result = tag_text("Shelling kills 3 in Nikopol\nThree people died, the governor said.")
    assert Classification.model_validate_json(result.model_dump_json()) == result


_WORDS = st.sampled_from(
    [
        "killed", "wounded", "drones", "missile", "struck", "Kharkiv", "at least", "12", "three",
        "troops", "captured", "village", "no one was hurt", "a 9-year-old boy", ",", ".", "and",
        "Donetsk", "shot down", "of", "sanctions", "İ", "—", "\n", "ceasefire", "dozens",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    headline=st.lists(_WORDS, max_size=8).map(" ".join),
    body=st.one_of(st.text(max_size=120), st.lists(_WORDS, max_size=30).map(" ".join)),
)
def test_every_span_slices_the_text(headline: str, body: str) -> None:
    """text[start:end] == span.text for every evidence span, count and place."""
    result = classify(_update(headline, body))
    text = result.update.text
    spans = [s for tag in result.topics for s in tag.evidence]
    for name in COUNT_FIELDS:
        count = getattr(result.facts, name)
        if count is not None and count.evidence is not None:
            spans.append(count.evidence)
    spans.extend(p.evidence for p in result.facts.places if p.evidence is not None)
    for span in spans:
        assert text[span.start : span.end] == span.text
