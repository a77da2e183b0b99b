"""How a subscriber sees their own channel URLs: Apprise's privacy form, made safe."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import apprise

from services.notify import console
from shared.redact import redact_url

console.register()  # console:// is ours: Apprise knows it only once registered

# Apprise's privacy form keeps these schemes' path (an ntfy topic, a webhook path) and
# custom headers in clear, and for them those are the secret.
_PATH_IS_SECRET = frozenset(
    {"json", "jsons", "form", "forms", "xml", "xmls", "ntfy", "ntfys", "gotify", "gotifys"}
)


@lru_cache(maxsize=4096)
def display_channel(url: str) -> str:
    """E.g. `slack://T...2/A...D/T...Q/`, `ntfy://ntfy.sh/***`; never a token in clear."""
    plugin = apprise.Apprise.instantiate(url.strip())
    if plugin is None:
        return redact_url(url)
    shown = urlsplit(str(plugin.url(privacy=True)))  # type: ignore[no-untyped-call]  # Apprise is untyped
    path = "/***" if shown.scheme in _PATH_IS_SECRET and shown.path.strip("/") else shown.path
    return f"{shown.scheme}://{shown.netloc}{path}"
