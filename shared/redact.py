"""The one way a channel or server URL is shown anywhere: secrets masked."""

from __future__ import annotations

import re
from typing import Any

_SECRET_KEY = re.compile(
    r"pass|secret|token|api_?key|authorization|apprise_?url|dsn|channels?$", re.I
)
_URL = re.compile(r"\b([a-z][a-z0-9+.\-]{1,15})://([^\s'\"<>]+)", re.I)
_PLAIN_SCHEMES = frozenset({"http", "https", "redis", "rediss", "valkey", "valkeys", "unix"})


def redact_url(url: str) -> str:
    """Keep scheme and host of web/Redis URLs; mask everything of any other scheme.

    Apprise URLs carry tokens in any path segment, user part or query parameter,
    so only their scheme is shown: `slack://***`.
    """
    match = _URL.fullmatch(url.strip())
    if match is None:
        return "***"
    return _mask(match)


def _mask(match: re.Match[str]) -> str:
    scheme, rest = match.group(1), match.group(2)
    if scheme.lower() not in _PLAIN_SCHEMES:
        return f"{scheme}://***"
    host = rest.split("@")[-1].split("/")[0].split("?")[0]
    return f"{scheme}://{host}/***" if len(host) < len(rest) else f"{scheme}://{host}"


def redact_text(text: str) -> str:
    """Mask every URL inside free text (error messages, tracebacks)."""
    return _URL.sub(_mask, text)


def redact_value(value: Any) -> Any:
    """Recursively mask URLs in strings and values under secret-looking keys."""
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        return {
            key: "***" if _SECRET_KEY.search(str(key)) else redact_value(item)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return type(value)(redact_value(item) for item in value)
    return value
