"""The `newsalert` command: parse flags, load settings, call one function per command."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from shared.errors import NewsalertError
from shared.logs import configure_logging
from shared.models import Severity, StoryPolicy, Topic
from shared.settings import load_settings

EPILOG = """\
environment: REDIS_URL (unset: an embedded Valkey server under NEWSALERT_DATA_DIR),
NEWSALERT_API_HOST/PORT, NEWSALERT_ADMIN_TOKEN, NEWSALERT_SOURCES_FILE, NEWSALERT_LOG_LEVEL;
all of them are listed in the README.

examples:
  newsalert run --demo                      everything in one process, with an example blog
  newsalert parse blog.txt                  updates of a page as JSON lines
  newsalert tag < updates.jsonl             topics, facts and severity as JSON lines
  newsalert subscriptions add --topic casualties --min-severity high \\
      --channel 'ntfy://ntfy.sh/my-alerts'
"""


# Each command's module is imported only when it runs: `--help` stays fast and needs no server.
_COMMANDS = {
    "run": "running:run",
    "ingest": "running:run",
    "classify": "running:run",
    "notify": "running:run",
    "api": "running:run",
    "parse": "pages:parse",
    "publish": "pages:publish",
    "tag": "classifier:tag",
    "explain": "classifier:explain",
    "eval": "classifier:evaluate",
    "subscriptions": "subscriptions:subscriptions",
    "dlq": "dlq:dlq",
    "sources": "sources:sources",
}


def _command(name: str) -> Callable[[argparse.Namespace], int]:
    module, function = _COMMANDS[name].split(":")
    return getattr(importlib.import_module(f"services.commands.{module}"), function)  # type: ignore[no-any-return]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsalert",
        description="Live blogs and feeds in; classified alerts out to Slack, email, push, "
        "webhooks.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    run = sub.add_parser(
        "run",
        help="ingest, classify, notify and the HTTP API in one process",
        description="Run every service and the HTTP API in one process until Ctrl-C. Without "
        "REDIS_URL an embedded Valkey server keeps its data under NEWSALERT_DATA_DIR "
        "(./.newsalert); sources come from NEWSALERT_SOURCES_FILE (sources.yaml).",
    )
    run.add_argument(
        "--demo",
        action="store_true",
        help="ingest a bundled example live blog and print its alerts here",
    )
    _api_flags(run)
    for name, what in (
        ("ingest", "poll the configured sources and publish new or edited updates"),
        ("classify", "tag updates from news.updates onto news.classified"),
        ("notify", "match classified updates to subscriptions and deliver alerts"),
    ):
        sub.add_parser(name, help=what, description=what)
    _api_flags(sub.add_parser("api", help="the HTTP API alone (subscriptions, alerts, health)"))

    parse = sub.add_parser("parse", help="a page or feed (file or URL) -> updates as JSON lines")
    parse.add_argument("source", help="file path or http(s) URL")
    publish = sub.add_parser("publish", help="parse a page and publish its new or edited updates")
    publish.add_argument("source", help="file path or http(s) URL")
    publish.add_argument("--source-id", help="id for the source (default: from the file name)")

    tag = sub.add_parser("tag", help="updates (JSON lines or plain text) -> classifications")
    tag.add_argument("file", nargs="?", help="input file (default: standard input)")
    explain = sub.add_parser("explain", help="a readable breakdown of how a text is classified")
    explain.add_argument("text", help="the text: first line is the headline")
    evaluate = sub.add_parser("eval", help="score the classifier on gold JSON lines")
    evaluate.add_argument("gold", nargs="+", help="gold files (schema of the labeled corpus)")
    evaluate.add_argument("--misses", type=int, default=20, help="how many misses to list")
    evaluate.add_argument(
        "--page",
        action="append",
        default=[],
        help="a page whose updates give the bodies of gold rows that have only a headline",
    )

    _subscription_commands(sub)

    dlq = sub.add_parser("dlq", help="dead letters: messages that failed for good")
    dlq_sub = dlq.add_subparsers(dest="action", required=True)
    dlq_list = dlq_sub.add_parser("list", help="list dead letters, newest first")
    dlq_list.add_argument("--limit", type=int, default=20)
    replay = dlq_sub.add_parser("replay", help="put dead letters back on their stream")
    replay.add_argument("ids", nargs="*", help="dead-letter entry ids (default: all)")

    sources = sub.add_parser("sources", help="the sources file: live blogs and feeds to poll")
    src_sub = sources.add_subparsers(dest="action", required=True)
    src_sub.add_parser("list", help="list configured sources")
    add = src_sub.add_parser("add", help="add a source")
    add.add_argument("id")
    add.add_argument("location", help="http(s) URL or file path")
    add.add_argument("--name", default="")
    add.add_argument("--kind", default="auto", choices=["auto", "text", "html", "jsonld", "feed"])
    add.add_argument("--interval", type=int, default=120, help="seconds between polls")
    remove = src_sub.add_parser("remove", help="remove a source")
    remove.add_argument("id")
    check = src_sub.add_parser("check", help="fetch once and show what would be published")
    check.add_argument("id", nargs="?", help="one source (default: all)")
    return parser


def _api_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", help="API address (default NEWSALERT_API_HOST or 127.0.0.1)")
    parser.add_argument("--port", type=int, help="API port (default NEWSALERT_API_PORT or 8000)")


def _subscription_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    subs = sub.add_parser("subscriptions", help="manage who gets which alerts")
    actions = subs.add_subparsers(dest="action", required=True)
    add = actions.add_parser(
        "add",
        help="subscribe channels to a filter",
        description="Subscribe one or more Apprise channel URLs to alerts matching a filter.",
    )
    _filter_flags(add, channels_required=True)
    update = actions.add_parser("update", help="change some settings of a subscription")
    update.add_argument("id")
    _filter_flags(update, channels_required=False)
    preview = actions.add_parser(
        "preview", help="how many recent alerts a filter would have sent, before saving it"
    )
    _filter_flags(preview, channels_required=False, delivery=False)
    preview.add_argument("--last", type=int, default=200, help="how many recent alerts to try")
    actions.add_parser("list", help="list subscriptions (channels redacted)")
    remove = actions.add_parser("remove", help="delete a subscription")
    remove.add_argument("id")
    test = actions.add_parser("test", help="send a test alert to a subscription's channels")
    test.add_argument("id")
    deliveries = actions.add_parser("deliveries", help="what was sent to a subscription")
    deliveries.add_argument("id")
    deliveries.add_argument("--limit", type=int, default=20)


def _filter_flags(
    parser: argparse.ArgumentParser, *, channels_required: bool, delivery: bool = True
) -> None:
    """Flags of a subscription; unset flags are left out (the model's defaults apply)."""
    unset = argparse.SUPPRESS
    if delivery:
        parser.add_argument(
            "--channel",
            action="append",
            required=channels_required,
            default=unset,
            metavar="URL",
            help="Apprise URL (repeat for several): mailto://, slack://, ntfy://, json://...",
        )
    parser.add_argument(
        "--topic",
        action="append",
        default=unset,
        metavar="TOPIC",
        help=f"repeat or comma-separate; any of: {', '.join(Topic)} (default: all)",
    )
    parser.add_argument(
        "--min-severity",
        default=unset,
        choices=[s.value for s in Severity],
        help="default: medium",
    )
    parser.add_argument("--keyword", action="append", default=unset, help="whole word, any")
    parser.add_argument("--place", action="append", default=unset, help="region: its towns too")
    parser.add_argument("--source", action="append", default=unset, help="source id")
    parser.add_argument(
        "--story-policy",
        default=unset,
        choices=[p.value for p in StoryPolicy],
        help="after a story's first alert: escalations (default) or every count change",
    )
    if not delivery:
        return
    parser.add_argument(
        "--quiet-hours",
        default=unset,
        metavar="HH:MM-HH:MM",
        help="hold alerts in this window (critical ones still go out)",
    )
    parser.add_argument("--timezone", default=unset, help="time zone of the quiet hours")
    parser.add_argument(
        "--digest-minutes",
        type=int,
        default=unset,
        help="batch alerts into one message per interval",
    )
    parser.add_argument(
        "--max-per-hour",
        type=int,
        default=unset,
        help="alerts over this go into the next digest, never dropped",
    )
    parser.add_argument("--name", default=unset)


def _log_level(args: argparse.Namespace, configured: str) -> str:
    """--log-level wins; the demo keeps the terminal for alerts unless a level was chosen."""
    if args.log_level:
        return str(args.log_level)
    if getattr(args, "demo", False) and "NEWSALERT_LOG_LEVEL" not in os.environ:
        return "WARNING"
    return configured


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
        configure_logging(_log_level(args, settings.log_level), settings.log_format)
        return _command(args.command)(args)
    except NewsalertError as err:
        print(f"newsalert: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
