"""`tag`, `explain` and `eval`: the classifier without Redis."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from services.classify.classifier import classify, tag_text
from services.classify.evaluate import GoldRow, render_report, score, targets_met, update_from_row
from services.classify.explain import explain as explain_classification
from services.ingest.load import load_page
from shared.errors import ParseError
from shared.models import NewsUpdate, SourceRef
from shared.settings import load_settings

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
    print(explain_classification(tag_text(args.text), ansi=sys.stdout.isatty()))
    return 0


def evaluate(args: argparse.Namespace) -> int:
    """Score the classifier on gold files; exit 1 when a target is missed."""
    rows = [row for path in args.gold for row in _gold_rows(Path(path))]
    bodies = asyncio.run(_page_bodies(args.page))
    missing = [row.id for row in rows if row.body is None and row.headline not in bodies]
    if missing:
        raise ParseError(
            f"{len(missing)} gold rows have no body ({', '.join(missing[:5])}); "
            "give the page they come from with --page"
        )
    results = [classify(update_from_row(row, bodies.get(row.headline))) for row in rows]
    report = score(rows, results)
    report.misses = report.misses[: args.misses]
    print(render_report(report, misses=args.misses > 0))
    return 0 if targets_met(report)[0] else 1


def _gold_rows(path: Path) -> Iterator[GoldRow]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise ParseError(f"{path}: cannot read ({err.strerror})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield GoldRow.model_validate_json(line)
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "row"
            raise ParseError(f"{path}:{number}: {where}: {first['msg']}") from None


async def _page_bodies(pages: list[str]) -> dict[str, str]:
    """Headline -> body of every update on the given pages."""
    settings = load_settings()
    bodies: dict[str, str] = {}
    for page in pages:
        for update in (await load_page(page, settings)).updates:
            bodies[update.headline] = update.body
    return bodies
