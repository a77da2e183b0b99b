"""The classifier's hot path compiled to C with mypyc, when NEWSALERT_COMPILE=1.

The modules below are pure functions over strings and regexes, type-checked strictly, so mypyc
compiles them as they are; the compiled build classifies about two thirds faster. Everything else
(and every build without NEWSALERT_COMPILE=1, including editable installs) stays pure Python.
"""

from __future__ import annotations

import os

from setuptools import setup

# Modules of services/classify; the tests read this tuple, so it stays a literal.
CLASSIFIER_HOT_PATH = (
    "actors",
    "classifier",
    "construct",
    "context",
    "counts",
    "facts",
    "gazetteer",
    "numbers",
    "patterns",
    "rules",
    "severity",
    "signals",
    "triggers",
)


def _compiled_modules() -> list[object]:
    if os.environ.get("NEWSALERT_COMPILE") != "1":
        return []
    from mypyc.build import mypycify  # a build requirement (pyproject.toml)

    paths = [f"services/classify/{name}.py" for name in CLASSIFIER_HOT_PATH]
    return list(mypycify(paths, opt_level="3", debug_level="0"))


setup(ext_modules=_compiled_modules())
