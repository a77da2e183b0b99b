"""The contracts: versioned, ordered severities, validated subscriptions."""

from datetime import time

import pytest
from pydantic import ValidationError

from shared.models import QuietHours, Severity, SubscriptionCreate, Topic


def test_severities_are_ordered_from_info_to_critical() -> None:
    ranks = [s.rank for s in (Severity.INFO, Severity.LOW, Severity.MEDIUM, Severity.HIGH)]
    assert ranks == sorted(ranks)
    assert Severity.CRITICAL.rank > Severity.HIGH.rank


def test_an_unknown_topic_is_rejected_listing_the_valid_ones() -> None:
    with pytest.raises(ValidationError) as caught:
        SubscriptionCreate(channels=["json://example.org"], topics=["earthquakes"])  # type: ignore[list-item]
    message = str(caught.value)
    assert "earthquakes" in message
    assert all(topic.value in message for topic in Topic)


def test_an_unknown_time_zone_is_rejected() -> None:
    with pytest.raises(ValidationError, match="unknown time zone"):
        QuietHours(start=time(22), end=time(7), timezone="Mars/Olympus")


def test_a_subscription_needs_a_channel() -> None:
    with pytest.raises(ValidationError):
        SubscriptionCreate(channels=[])


def test_channel_urls_stay_out_of_the_repr() -> None:
    request = SubscriptionCreate(channels=["slack://T000/B000/secretsecret"])
    assert "secretsecret" not in repr(request)
