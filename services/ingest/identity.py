"""Stable update ids and content revisions, so re-fetches and edits are recognised."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from shared.models import NewsUpdate, SourceRef

_SPACE_RE = re.compile(r"\s+")
# A sentence ends at . ! ? (maybe inside a closing quote) before a space and a capital,
# so "U.S. forces" and "3.5 million" stay inside one sentence.
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "`": "'"})

ID_HEX_CHARS = 16
REVISION_HEX_CHARS = 16


def _normalize(text: str) -> str:
    """Text with the differences a re-render introduces removed (spacing, quote style, width)."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _SPACE_RE.sub(" ", text).strip()


def _digest(*parts: str, chars: int) -> str:
    joined = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.sha256(joined).hexdigest()[:chars]


def first_sentence(body: str) -> str:
    """The first sentence of `body` (all of it when there is no sentence break)."""
    text = _normalize(body)
    return _SENTENCE_END_RE.split(text, maxsplit=1)[0] if text else ""


def update_id(source_id: str, headline: str, body: str, native_id: str | None = None) -> str:
    """`<source_id>:<hash>`: of the source's own id when it has one, else of the content.

    The content hash covers the headline and first sentence only, so later paragraphs
    added to an update make a new revision of the same id rather than a new update.
    """
    if native_id and native_id.strip():
        return f"{source_id}:{_digest('native', source_id, native_id.strip(), chars=ID_HEX_CHARS)}"
    key_headline = _normalize(headline).casefold()
    key_sentence = first_sentence(body).casefold()
    return (
        f"{source_id}:{_digest('text', source_id, key_headline, key_sentence, chars=ID_HEX_CHARS)}"
    )


def usable_native_ids(natives: Sequence[str | None]) -> list[str | None]:
    """A source's own ids, except one that repeats within a page: it tells nothing apart."""
    repeated = {native for native, count in Counter(natives).items() if count > 1}
    return [None if native in repeated else native for native in natives]


def revision(headline: str, body: str) -> str:
    """Hash of the visible words; spacing and paragraph breaks alone are not an edit."""
    return _digest(_normalize(headline), _normalize(body), chars=REVISION_HEX_CHARS)


def new_update(
    source: SourceRef,
    headline: str,
    paragraphs: Sequence[str],
    *,
    fetched_at: datetime,
    native_id: str | None = None,
    url: str | None = None,
    published_at: datetime | None = None,
    updated_at: datetime | None = None,
    language: str = "en",
) -> NewsUpdate:
    """A `NewsUpdate` with its id and revision, body paragraphs joined by blank lines."""
    body = "\n\n".join(p for p in paragraphs if p)
    return NewsUpdate(
        id=update_id(source.id, headline, body, native_id),
        revision=revision(headline, body),
        source=source,
        url=url,
        headline=headline,
        body=body,
        published_at=published_at,
        updated_at=updated_at,
        fetched_at=fetched_at,
        language=language,
    )
