"""The compiled build (`make test-compiled`) must really run the compiled classifier."""

from __future__ import annotations

import ast
import importlib
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _hot_path() -> list[str]:
    tree = ast.parse((ROOT / "setup.py").read_text())
    names = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "CLASSIFIER_HOT_PATH" for t in node.targets)
    )
    return [f"services.classify.{name}" for name in names]


def test_the_hot_path_lists_modules_that_exist_and_not_the_service_edges() -> None:
    modules = _hot_path()
    assert "services.classify.classifier" in modules
    for name in modules:
        assert (ROOT / (name.replace(".", "/") + ".py")).is_file()
    # The service wiring and the story store talk to Redis; they stay interpreted.
    assert "services.classify.app" not in modules
    assert "services.classify.story_store" not in modules


@pytest.mark.skipif(
    os.environ.get("NEWSALERT_EXPECT_COMPILED") != "1",
    reason="only in `make test-compiled`, which puts the compiled build first on the path",
)
def test_every_hot_path_module_is_the_compiled_one() -> None:
    for name in _hot_path():
        module_file = importlib.import_module(name).__file__ or ""
        assert module_file.endswith(".so"), f"{name} runs from {module_file}"
