"""The `console://` Apprise schema: alerts printed to the terminal through normal delivery.

Importing this module registers the schema (once per process), so the demo's console
goes through the same `ChannelSender.send` path as Slack or email. `console://?color=no`
turns colours off; they are also off when stdout is not a terminal or `NO_COLOR` is set.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any

from apprise.decorators import notify
from apprise.manager_plugins import NotificationManager

__all__ = ["SCHEMA", "format_console", "register"]

SCHEMA = "console"

_COLORS = {"failure": "\033[1;31m", "warning": "\033[1;33m", "success": "\033[1;32m"}
_DEFAULT_COLOR = "\033[1;36m"
_RESET = "\033[0m"
_RULE = "─" * 72

# Apprise runs each send in a worker thread: one lock keeps concurrent alerts whole.
_print_lock = threading.Lock()
_register_lock = threading.Lock()


def format_console(title: str, body: str, notify_type: str, *, color: bool) -> str:
    """The block printed for one message: a rule, the title, the body."""
    head = f"{_COLORS.get(notify_type, _DEFAULT_COLOR)}{title}{_RESET}" if color else title
    lines = [_RULE, head] if title else [_RULE]
    if body:
        lines.append(body.rstrip("\n"))
    return "\n".join(lines) + "\n"


def _wants_color(meta: dict[str, Any]) -> bool:
    option = str(meta.get("qsd", {}).get("color", "")).lower()
    if option in {"no", "false", "0", "off"}:
        return False
    if option in {"yes", "true", "1", "on"}:
        return True
    stream = sys.stdout
    return "NO_COLOR" not in os.environ and hasattr(stream, "isatty") and stream.isatty()


def _print_alert(
    body: str, title: str, notify_type: str, *args: Any, meta: dict[str, Any], **kwargs: Any
) -> bool:
    text = format_console(title, body, notify_type, color=_wants_color(meta))
    with _print_lock:
        # sys.stdout is looked up per call so redirected/captured stdout is honoured.
        sys.stdout.write(text)
        sys.stdout.flush()
    return True


def register() -> None:
    """Register `console://` with Apprise; calling it again does nothing."""
    with _register_lock:
        if SCHEMA in NotificationManager():  # type: ignore[no-untyped-call]  # untyped in apprise
            return
        notify(on=SCHEMA, name="newsalert console")(_print_alert)  # type: ignore[no-untyped-call]


register()
