"""configure_logging(): structlog for our logs and stdlib ones (FastStream, Apprise, uvicorn)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping, MutableMapping
from typing import Any, Literal

import structlog
import structlog.tracebacks

from shared.redact import redact_value


def redact_secrets(_: Any, __: str, event: MutableMapping[str, Any]) -> Mapping[str, Any]:
    """Mask URLs and secret-named values anywhere in the event, tracebacks included."""
    masked: dict[str, Any] = redact_value(dict(event))
    return masked


def configure_logging(
    level: str = "INFO", fmt: Literal["auto", "json", "console"] = "auto"
) -> None:
    """JSON lines off a TTY, readable lines on one; secrets never rendered."""
    numeric = logging.getLevelNamesMapping()[level]
    as_json = fmt == "json" or (fmt == "auto" and not sys.stderr.isatty())
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        cache_logger_on_first_use=True,
    )
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if as_json
        else structlog.dev.ConsoleRenderer(colors=True)
    )
    exception_renderer: list[Any] = (
        [
            structlog.processors.ExceptionRenderer(
                structlog.tracebacks.ExceptionDictTransformer(show_locals=False)
            )
        ]
        if as_json
        else []
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[*shared, structlog.stdlib.ExtraAdder()],
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                *exception_renderer,
                redact_secrets,
                renderer,
            ],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(numeric)
    # Libraries chatty at INFO would drown the one summary line per message.
    for noisy in ("uvicorn.access", "uvicorn.error", "httpx", "httpcore", "newsalert.broker"):
        logging.getLogger(noisy).setLevel(max(numeric, logging.WARNING))
    # Apprise's own messages quote tokens in clear ("Invalid Slack Token (xoxb-...)");
    # delivery results and our errors report its failures, redacted, instead.
    logging.getLogger("apprise").setLevel(logging.CRITICAL)
