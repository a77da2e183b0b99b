"""The `newsalert` command as a user runs it: clear one-line errors, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def newsalert(*args: str, env: dict[str, str] | None = None, stdin: str | None = None):
    return subprocess.run(
        [sys.executable, "-m", "services.cli", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


def _assert_clean_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsalert: error")]
    assert len(errors) == 1, result.stderr
    assert fragment in errors[0]


def test_help_lists_every_command() -> None:
    result = newsalert("--help")
    assert result.returncode == 0
    for command in ("run", "parse", "publish", "tag", "eval", "subscriptions", "dlq"):
        assert command in result.stdout


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
    ],
)
def test_parse_rejects_bad_files_in_one_line(tmp_path: Path, content: bytes, fragment: str) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(content)
    _assert_clean_error(newsalert("parse", str(page)), fragment)


def test_parse_of_a_missing_file_says_so(tmp_path: Path) -> None:
    _assert_clean_error(newsalert("parse", str(tmp_path / "nope.txt")), "no such file")


def test_subscription_with_an_unknown_topic_lists_the_valid_ones(tmp_path: Path) -> None:
    result = newsalert(
        "subscriptions",
        "add",
        "--topic",
        "weather",
        "--channel",
        "json://127.0.0.1:9/x",
        env={"NEWSALERT_DATA_DIR": str(tmp_path)},
    )
    _assert_clean_error(result, "weather")
    assert "casualties" in result.stderr


def test_subscription_with_an_unusable_apprise_url_is_rejected(tmp_path: Path) -> None:
    result = newsalert(
        "subscriptions",
        "add",
        "--channel",
        "slack://not-enough-parts",
        env={"NEWSALERT_DATA_DIR": str(tmp_path)},
    )
    _assert_clean_error(result, "cannot be used")
    assert "not-enough-parts" not in result.stderr


def test_bad_setting_is_named(tmp_path: Path) -> None:
    result = newsalert("parse", str(tmp_path / "x"), env={"NEWSALERT_API_PORT": "eighty"})
    _assert_clean_error(result, "NEWSALERT_API_PORT")


def test_sources_add_list_check_remove(tmp_path: Path) -> None:
    blog = tmp_path / "blog.txt"
    blog.write_text(
        "Harbour live\n"
        "Ferry service resumes after storm\n"
        "The first ferry left the harbour at dawn, the operator said.\n"
        "Crews cleared debris from the quay\n"
        "Volunteers worked through the night to clear the quay.\n"
    )
    env = {
        "NEWSALERT_SOURCES_FILE": str(tmp_path / "sources.yaml"),
        "NEWSALERT_DATA_DIR": str(tmp_path / "data"),
    }
    added = newsalert("sources", "add", "harbour", str(blog), "--kind", "text", env=env)
    assert added.returncode == 0, added.stderr
    listed = newsalert("sources", "list", env=env)
    assert "harbour" in listed.stdout
    checked = newsalert("sources", "check", "harbour", env=env)
    assert checked.returncode == 0, checked.stderr
    assert "would publish 2 new" in checked.stdout
    assert "+ Ferry service resumes after storm" in checked.stdout
    removed = newsalert("sources", "remove", "harbour", env=env)
    assert removed.returncode == 0
    assert "harbour" not in newsalert("sources", "list", env=env).stdout


def test_a_bad_source_is_refused_naming_the_field(tmp_path: Path) -> None:
    env = {"NEWSALERT_SOURCES_FILE": str(tmp_path / "sources.yaml")}
    result = newsalert("sources", "add", "bad id!", "https://example.org/live", env=env)
    _assert_clean_error(result, "id")


def test_subscription_lifecycle_from_the_command_line(tmp_path: Path) -> None:
    env = {
        "NEWSALERT_DATA_DIR": str(tmp_path / "data"),
        "NEWSALERT_ALLOWED_PRIVATE_NETWORKS": "127.0.0.0/8",
    }
    added = newsalert(
        "subscriptions", "add", "--topic", "casualties,strike", "--min-severity", "high",
        "--channel", "json://127.0.0.1:9/hook?+X-Token=hunter2", "--quiet-hours", "22:00-07:00",
        "--timezone", "Europe/Berlin", env=env,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "hunter2" not in added.stdout + added.stderr
    sub_id = added.stdout.split()[1]
    updated = newsalert("subscriptions", "update", sub_id, "--min-severity", "critical", env=env)
    assert updated.returncode == 0, updated.stderr
    listed = newsalert("subscriptions", "list", env=env).stdout
    assert f"{sub_id}  casualties,strike >= critical  -> json://127.0.0.1:9/***" in listed
    assert "quiet=22:00-07:00 Europe/Berlin" in listed
    previewed = newsalert("subscriptions", "preview", "--topic", "strike", env=env)
    assert "0 of the last 0 alerts" in previewed.stdout
    assert "nothing delivered" in newsalert("subscriptions", "deliveries", sub_id, env=env).stdout
    assert newsalert("subscriptions", "remove", sub_id, env=env).returncode == 0
    missing = newsalert("subscriptions", "remove", sub_id, env=env)
    _assert_clean_error(missing, "no subscription")


def test_quiet_hours_in_an_unknown_time_zone_are_refused(tmp_path: Path) -> None:
    result = newsalert(
        "subscriptions", "add", "--channel", "ntfy://ntfy.sh/alerts", "--quiet-hours",
        "22:00-07:00", "--timezone", "Mars/Olympus", env={"NEWSALERT_DATA_DIR": str(tmp_path)},
    )  # fmt: skip
    _assert_clean_error(result, "unknown time zone")


def test_parse_fetches_a_url_only_where_the_network_policy_allows(tmp_path: Path) -> None:
    from tests.sites import Reply, Site

    page = b"Harbour live\nFerry service resumes\nThe first ferry left at dawn.\n"
    with Site() as site:
        site.routes["/live"] = Reply(200, page, {"Content-Type": "text/plain"})
        allowed = newsalert(
            "parse", site.url("/live"), env={"NEWSALERT_ALLOWED_PRIVATE_NETWORKS": "127.0.0.0/8"}
        )
        assert allowed.returncode == 0, allowed.stderr
        assert '"headline":"Ferry service resumes"' in allowed.stdout
        refused = newsalert("parse", site.url("/live"))
    _assert_clean_error(refused, "NEWSALERT_ALLOWED_PRIVATE_NETWORKS")
