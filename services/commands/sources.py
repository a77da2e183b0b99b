"""`newsalert sources list / add / remove / check`."""

from __future__ import annotations

import argparse

from shared.errors import ConfigError


def sources(args: argparse.Namespace) -> int:
    raise ConfigError(f"'sources {args.action}' is not available yet")
