"""Channel and server URLs never show their secrets."""

import pytest

from shared.redact import redact_text, redact_url, redact_value


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ/", "slack://***"),
        ("mailto://bob:hunter22@smtp.example.org?to=a@example.org", "mailto://***"),
        ("json://hooks.example.org/in?+X-Api-Key=abc123", "json://***"),
        ("https://hooks.example.org/services/abc?token=zzz", "https://hooks.example.org/***"),
        ("redis://:pw@cache.internal:6379/0", "redis://cache.internal:6379/***"),
        ("https://example.org", "https://example.org"),
        ("not a url", "***"),
    ],
)
def test_redact_url_keeps_only_what_is_safe(url: str, shown: str) -> None:
    assert redact_url(url) == shown


def test_redact_text_masks_every_url_in_a_message() -> None:
    text = "send to ntfy://secret-topic failed, then pover://user@token too"
    assert redact_text(text) == "send to ntfy://*** failed, then pover://*** too"


def test_redact_value_masks_secret_keys_and_nested_urls() -> None:
    event = {"token": "abc", "detail": {"urls": ["tgram://123:ABC/456"]}, "count": 3}
    assert redact_value(event) == {"token": "***", "detail": {"urls": ["tgram://***"]}, "count": 3}
