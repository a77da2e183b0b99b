"""I/O: read one source (a file, for now) into a parsed page."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from services.ingest.liveblog_text import LiveBlogPage, parse_liveblog_text
from shared.errors import ConfigError, ParseError
from shared.models import SourceRef
from shared.settings import Settings

MAX_FILE_BYTES = 20 * 1024 * 1024


async def load_page(
    location: str, settings: Settings, *, source_id: str | None = None
) -> LiveBlogPage:
    """Parse a page from a file; its source id defaults to the file name without suffix."""
    del settings  # kept for URL sources, which need the outbound-network policy
    if location.startswith(("http://", "https://")):
        raise ConfigError(f"{location}: fetching URLs is not supported by this command yet")
    raw, source = await asyncio.to_thread(_read_file, Path(location), source_id)
    if not raw.strip():
        raise ParseError(f"{location}: the file is empty")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ParseError(f"{location}: not UTF-8 text (is it a binary file?)") from None
    return parse_liveblog_text(text, source=source, fetched_at=datetime.now(UTC))


def _read_file(path: Path, source_id: str | None) -> tuple[bytes, SourceRef]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ParseError(f"{path}: {size} bytes is over the {MAX_FILE_BYTES}-byte limit")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, expected a file") from None
    except PermissionError:
        raise ConfigError(f"{path}: permission denied") from None
    source = SourceRef(id=source_id or path.stem, name=path.name, url=path.resolve().as_uri())
    return raw, source
