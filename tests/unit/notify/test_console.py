"""The console:// schema: registered on import, idempotent, prints through Apprise."""

from __future__ import annotations

import asyncio
import importlib

import apprise
import pytest
from apprise.manager_plugins import NotificationManager

from services.notify import console


def test_importing_registers_the_schema() -> None:
    assert console.SCHEMA in NotificationManager()  # type: ignore[no-untyped-call]
    assert apprise.Apprise.instantiate("console://") is not None


def test_register_is_idempotent(caplog: pytest.LogCaptureFixture) -> None:
    """Registering again (or re-importing) neither fails nor warns about a duplicate."""
    console.register()
    console.register()
    importlib.reload(console)
    assert "already defined" not in caplog.text
    ap = apprise.Apprise()
    assert ap.add("console://")
    assert len(ap) == 1


def test_prints_title_and_body_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    ap = apprise.Apprise()
    assert ap.add("console://?color=no")
    result = asyncio.run(ap.async_notify(body="  line one\n  line two", title="HIGH: a title"))

    assert bool(result)
    out = capsys.readouterr().out
    assert "HIGH: a title\n  line one\n  line two\n" in out
    assert "\033[" not in out


def test_color_follows_notify_type() -> None:
    red = console.format_console("t", "b", "failure", color=True)
    plain = console.format_console("t", "b", "failure", color=False)
    assert "\033[1;31mt\033[0m" in red
    assert plain.endswith("t\nb\n")


def test_color_is_off_when_stdout_is_not_a_tty(capsys: pytest.CaptureFixture[str]) -> None:
    ap = apprise.Apprise()
    assert ap.add("console://")
    asyncio.run(ap.async_notify(body="b", title="t", notify_type="failure"))
    assert "\033[" not in capsys.readouterr().out


def test_concurrent_messages_do_not_interleave(capsys: pytest.CaptureFixture[str]) -> None:
    ap = apprise.Apprise()
    for index in range(8):
        # Distinct URLs give distinct plugin instances dispatched in parallel.
        assert ap.add(f"console://?color=no&n={index}")
    body = "\n".join(f"row {i}" for i in range(50))
    assert bool(asyncio.run(ap.async_notify(body=body, title="T")))
    out = capsys.readouterr().out
    # Each block arrives whole: title directly followed by all its rows.
    assert out.count(f"T\n{body}\n") == 8
