"""The shared models as the classifier's hot path builds them.

`Model(**fields)` runs pydantic's `__init__` as interpreted Python, which costs about as much as
validating a small model. The model's own validator, called directly, checks the same fields
the same way and returns the same model, without that frame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from shared.models import Classification, Count, Facts, Place, Span, TopicTag

new_span: Callable[[dict[str, Any]], Span] = Span.__pydantic_validator__.validate_python
new_count: Callable[[dict[str, Any]], Count] = Count.__pydantic_validator__.validate_python
new_place: Callable[[dict[str, Any]], Place] = Place.__pydantic_validator__.validate_python
new_topic_tag: Callable[[dict[str, Any]], TopicTag] = (
    TopicTag.__pydantic_validator__.validate_python
)
new_facts: Callable[[dict[str, Any]], Facts] = Facts.__pydantic_validator__.validate_python
new_classification: Callable[[dict[str, Any]], Classification] = (
    Classification.__pydantic_validator__.validate_python
)


def span_of(text: str, start: int, end: int) -> Span:
    """A Span of `text` from offsets."""
    return new_span({"start": start, "end": end, "text": text[start:end]})
