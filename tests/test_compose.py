"""compose.yaml runs commands the CLI has, from an image this repository builds."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from services.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def _app_services(compose: dict[str, Any]) -> dict[str, Any]:
    return {name: svc for name, svc in compose["services"].items() if "build" in svc}


def test_one_container_per_service_built_from_the_one_dockerfile(compose: dict[str, Any]) -> None:
    services = _app_services(compose)
    assert set(services) == {"ingest", "classify", "notify", "api"}
    assert {svc["build"] for svc in services.values()} == {"."}
    assert (ROOT / "Dockerfile").is_file()


def test_every_command_is_one_the_cli_accepts(compose: dict[str, Any]) -> None:
    parser = build_parser()
    for name, svc in _app_services(compose).items():
        args = parser.parse_args(svc["command"])
        assert args.command == name


def test_services_use_redis_only_once_it_is_healthy(compose: dict[str, Any]) -> None:
    for svc in _app_services(compose).values():
        assert svc["depends_on"]["redis"]["condition"] == "service_healthy"
        assert svc["environment"]["REDIS_URL"].startswith("redis://redis:6379")


def test_redis_keeps_its_data(compose: dict[str, Any]) -> None:
    redis = compose["services"]["redis"]
    assert "--appendonly" in redis["command"]
    assert redis["command"][redis["command"].index("--appendonly") + 1] == "yes"
    assert any(v.endswith(":/data") for v in redis["volumes"])
    assert redis["volumes"][0].split(":")[0] in compose["volumes"]
    assert "redis-cli" in redis["healthcheck"]["test"]


def test_the_dockerfile_copies_only_what_exists_and_runs_the_cli() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    # Copies from the build stage (--from=build) are not of the checkout.
    for line in re.findall(r"^COPY (?!--from=)(.+)$", dockerfile, flags=re.M):
        for source in line.split()[:-1]:
            assert (ROOT / source).exists(), f"Dockerfile copies missing {source}"
    assert 'ENTRYPOINT ["newsalert"]' in dockerfile


def test_the_image_installs_the_classifier_compiled_in_its_build_stage() -> None:
    build, runtime = (ROOT / "Dockerfile").read_text().split("\nFROM python:3.11-slim")
    # The build stage has a C compiler (the full python image) and asks setup.py to compile.
    assert re.search(r"^FROM python:3\.11 AS build$", build, flags=re.M)
    assert "COPY pyproject.toml setup.py" in build
    assert re.search(r"NEWSALERT_COMPILE=1 pip wheel .*--wheel-dir /wheels", build)
    # The slim stage installs that wheel, not the sources.
    assert "COPY --from=build /wheels /wheels" in runtime
    assert "pip install -c constraints.txt /wheels/newsalert-*.whl" in runtime
    assert "COPY services" not in runtime


def test_the_api_health_check_calls_the_health_route(compose: dict[str, Any]) -> None:
    check = " ".join(compose["services"]["api"]["healthcheck"]["test"])
    assert "/healthz" in check
    assert compose["services"]["api"]["command"][-2:] == ["--port", "8000"]
