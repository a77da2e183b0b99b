"""`tag`, `explain` and `eval`: the classifier without Redis."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from services.classify.classifier import classify, tag_text
from services.classify.evaluate import evaluate_files
from services.classify.explain import explain as explain_classification
from shared.errors import ParseError
from shared.models import NewsUpdate, SourceRef

_CLI_SOURCE = SourceRef(id="cli", name="command line")


def tag(args: argparse.Namespace) -> int:
    if args.file:
        with Path(args.file).open(encoding="utf-8", errors="replace") as stream:
            return _tag_stream(stream, args.file)
    return _tag_stream(sys.stdin, "standard input")


def _tag_stream(stream: TextIO, name: str) -> int:
    text = stream.read()
    if not text.strip():
        raise ParseError(f"{name}: no input; give JSON lines or plain text")
    if text.lstrip().startswith("{"):
        for update in _json_updates(text, name):
            print(classify(update).model_dump_json())
    else:
        print(tag_text(text).model_dump_json())
    return 0


def _json_updates(text: str, name: str) -> Iterator[NewsUpdate]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise ParseError(f"{name}:{number}: not a JSON object ({err.msg})") from None
        if not isinstance(row, dict) or not (row.get("headline") or row.get("body")):
            raise ParseError(f"{name}:{number}: expected an object with 'headline' and/or 'body'")
        if "revision" in row and "source" in row:
            yield NewsUpdate.model_validate(row)
            continue
        yield NewsUpdate(
            id=str(row.get("id") or f"line-{number}"),
            revision="",
            source=_CLI_SOURCE,
            headline=str(row.get("headline") or ""),
            body=str(row.get("body") or ""),
        )


def explain(args: argparse.Namespace) -> int:
    print(explain_classification(tag_text(args.text), color=sys.stdout.isatty()))
    return 0


def evaluate(args: argparse.Namespace) -> int:
    report, targets_met = evaluate_files([Path(p) for p in args.gold], misses=args.misses)
    print(report)
    return 0 if targets_met else 1
