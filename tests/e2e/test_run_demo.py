"""`newsalert run --demo` as a newcomer runs it: alerts in the terminal and on the API, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get_json(url: str) -> object:
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.load(response)


def test_demo_prints_alerts_serves_them_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env |= {
        "NEWSALERT_DATA_DIR": str(tmp_path / "data"),
        "NEWSALERT_API_PORT": str(port),
        "NEWSALERT_LOG_FORMAT": "json",
    }
    stdout = (tmp_path / "stdout").open("w+")
    stderr = (tmp_path / "stderr").open("w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "services.cli", "run", "--demo"],
        stdout=stdout,
        stderr=stderr,
        env=env,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 60
        alerts: list[dict[str, object]] = []
        while time.monotonic() < deadline and len(alerts) < 5:
            time.sleep(0.5)
            assert process.poll() is None, (tmp_path / "stderr").read_text()
            try:
                alerts = _get_json(f"http://127.0.0.1:{port}/v1/alerts")  # type: ignore[assignment]
            except OSError:
                continue
        assert len(alerts) >= 5, (tmp_path / "stderr").read_text()
        time.sleep(2)  # the console channel prints as alerts are delivered
        printed = (tmp_path / "stdout").read_text()
        for alert in alerts:
            assert alert["update"]["headline"] in printed  # type: ignore[index]
    finally:
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=30)
    log = (tmp_path / "stderr").read_text()
    assert code == 0, log
    assert "Traceback" not in log
    assert "admin API token (keep it): na_" in log  # generated at first start, shown once
    assert (tmp_path / "data" / "valkey" / "appendonlydir").is_dir()
