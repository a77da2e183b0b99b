"""One function per `newsalert` command; each returns the process exit code."""

from services.commands.classifier import evaluate, explain, tag
from services.commands.dlq import dlq
from services.commands.pipeline import parse, publish, run
from services.commands.sources import sources
from services.commands.subscriptions import subscriptions

__all__ = [
    "dlq",
    "evaluate",
    "explain",
    "parse",
    "publish",
    "run",
    "sources",
    "subscriptions",
    "tag",
]
