"""I/O: read one source, a file or a URL, into a parsed page."""

from __future__ import annotations

import asyncio
import mimetypes
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from services.ingest.fetch import Fetcher, FetchPolicy
from services.ingest.liveblog_text import LiveBlogPage
from services.ingest.parse import parse_document
from shared.errors import ConfigError, ParseError
from shared.models import SourceRef
from shared.redact import redact_url
from shared.settings import Settings

MAX_FILE_BYTES = 20 * 1024 * 1024


async def load_page(
    location: str, settings: Settings, *, source_id: str | None = None
) -> LiveBlogPage:
    """Parse a page from a file or an http(s) URL, fetched once under the same policy as
    the poller; the source id defaults to the file name (or host) without suffix."""
    if location.startswith(("http://", "https://")):
        return await _load_url(location, settings, source_id)
    path = Path(location)
    raw, source = await asyncio.to_thread(_read_file, path, source_id)
    if not raw.strip():
        raise ParseError(f"{location}: the file is empty")
    content_type = mimetypes.guess_type(path.name)[0]
    return parse_document(
        raw, content_type=content_type, source=source, fetched_at=datetime.now(UTC)
    )


async def _load_url(url: str, settings: Settings, source_id: str | None) -> LiveBlogPage:
    async with Fetcher(FetchPolicy.from_settings(settings)) as fetcher:
        result = await fetcher.fetch(url)
    if not result.content:
        raise ParseError(f"{redact_url(url)}: the server sent an empty page")
    host = urlsplit(url).hostname or "web"
    source = SourceRef(id=source_id or host.split(".")[0], name=host, url=url)
    return parse_document(
        result.content,
        content_type=result.content_type,
        source=source,
        fetched_at=result.fetched_at,
    )


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
