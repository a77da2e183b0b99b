"""Subscribers see which channel is which, never a token."""

import pytest

from services.notify.display import display_channel


@pytest.mark.parametrize(
    ("url", "shown", "secret"),
    [
        ("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ/", "slack://T...2/A...D/T...Q/",
         "TIiajkdnlazkcOXrIdevi7FQ"),
        ("json://hooks.example.org/in?+X-Api-Key=abc123", "json://hooks.example.org/***",
         "abc123"),
        ("ntfy://ntfy.sh/my-secret-topic", "ntfy://ntfy.sh/***", "my-secret-topic"),
        ("mailto://bob:pw1234@example.org?to=a@example.org", "mailto://bob:****@example.org/",
         "pw1234"),
        ("pover://userkey1234@apptoken5678", "pover://u...4@a...8/", "apptoken5678"),
        ("console://", "console://", "\x00"),
    ],
)  # fmt: skip
def test_channels_are_shown_in_privacy_form(url: str, shown: str, secret: str) -> None:
    display = display_channel(url)
    assert display.startswith(shown)
    assert secret not in display


def test_a_url_apprise_cannot_read_is_masked_whole() -> None:
    assert display_channel("nonsense://abc/def") == "nonsense://***"
