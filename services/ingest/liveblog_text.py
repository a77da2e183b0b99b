"""Plain-text live blog (text extracted from a live-blog page) -> a `LiveBlogPage`.

The format: a title line; a header "Published <date> last updated <date> What you need
to know" (often run together on one line); a summary block ended by "Here is a
roundup..."; then updates, newest first, each a short headline line without final
punctuation followed by body lines; maybe a credits line such as "ab/cd (AFP, Reuters)".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime, time

from pydantic import BaseModel, Field

from services.ingest.identity import new_update
from shared.errors import ParseError
from shared.models import NewsUpdate, SourceRef

# fmt: off
_MONTH_NAMES = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)
# fmt: on
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_DATE = (
    rf"(?:(?P<m1>{_MONTH})\.?\s*(?P<d1>\d{{1,2}}),?\s*(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\.?\s*(?P<m2>{_MONTH})\.?,?\s*(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})"
    r"|(?P<d4>\d{1,2})[./](?P<m4>\d{1,2})[./](?P<y4>\d{4}))"
)
# The same date pattern without named groups, case-insensitive on its own.
_DATE_ANON = "(?i:" + re.sub(r"\?P<\w+>", "?:", _DATE) + ")"
_PUBLISHED_RE = re.compile(rf"^Published(?:\s+on)?:?\s*{_DATE}", re.IGNORECASE)
_UPDATED_RE = re.compile(rf"^(?:last\s+)?updated(?:\s+on)?:?\s*{_DATE}", re.IGNORECASE)
_KNOW_RE = re.compile(r"^(?:what you need to know|key points)\s*:?$", re.IGNORECASE)
# Where a run-together header line is cut: before each marker of the header.
_HEADER_CUT_RE = re.compile(
    rf"(?<=\S)\s*(?=Published(?:\s+on)?:?\s*{_DATE_ANON}"
    rf"|(?i:last\s+updated)(?:\s+on)?:?\s*{_DATE_ANON}"
    r"|(?i:what you need to know)(?=$|[A-Z:]))"
    r"|(?<=(?i:what you need to know))\s*:?\s*(?=[A-Z])"
)
_COMMA_GLUE_RE = re.compile(r"(?<=[a-z]),(?=[A-Z][a-z])")
_ROUNDUP_END_RE = re.compile(r":\s*(?=[\"“‘]?[A-Z])")
_ROUNDUP_RE = re.compile(
    r"^Here(?:\s+is|\s+are|'s|’s)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:roundup|round-up|summary|overview|latest)",
    re.IGNORECASE,
)
# "tj,mk/kb (AFP, AP, dpa, Reuters)": reporters' initials and agencies.
_CREDITS = r"[a-z]{1,4}(?:\s*[,/]\s*[a-z]{1,4})+(?:\s*\([A-Za-z][\w .,&/-]{0,80}\))?"
_CREDITS_RE = re.compile(rf"^{_CREDITS}$")
_TRAILING_CREDITS_RE = re.compile(rf"(?<=[.!?\"'”’)])\s*{_CREDITS}\s*$")
_SPACE_RE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# Page furniture that survives text extraction: photo credits and navigation links.
_NOISE_LINE_RE = re.compile(
    r"^(?:(?:image|photo|picture)(?:\s+credit)?\s*:.{0,150}"
    r"|skip (?:next section|to content).*|advertisement|show more|read more|copy link)$",
    re.IGNORECASE,
)
_CLOSERS = "\"'”’»)]"
_FINAL_PUNCT = frozenset(".!?:;,…")
# A headline run into the body after it: "...attack risesUkrainian rescue teams...".
_HEAD_JOIN_RE = re.compile(r"(?<=[a-z0-9%'\"”’)])(?=[A-Z]|[\"“][A-Z])")
# A sentence end, maybe run into what follows: "...on Telegram.Russia claims...".
_SENTENCE_END_RE = re.compile(
    r"(?P<word>[\w'’-]*)[.!?](?P<close>[\"'”’)]*)(?P<space>\s*)(?=[\"“‘]?[A-Z0-9])"
)
# Words whose full stop does not end a sentence ("Gen. Smith", "No. 10", "U.S. Army").
# fmt: off
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen",
    "rep", "pres", "prof", "jr", "sr", "no", "nos", "vs", "inc", "ltd", "co", "corp", "dept",
    "approx", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec",
})
# fmt: on

# Names written with an inner capital, which look like a headline run into a sentence.
# fmt: off
_CAMEL_WORDS = frozenset({
    "youtube", "whatsapp", "blackrock", "playstation", "powerpoint", "softbank", "linkedin",
    "paypal", "tiktok", "macbook", "fedex", "jpmorgan", "openai", "spacex", "github",
    "deepmind", "easyjet", "airbnb", "doordash", "facetime", "biontech", "glaxosmithkline",
    "exxonmobil", "wikileaks",
})
# fmt: on
_CAMEL_PREFIX_RE = re.compile(r"^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O)$")

MAX_HEADLINE_WORDS = 25
MAX_HEADLINE_CHARS = 200
MIN_JOINED_HEADLINE_WORDS = 3
MAX_BINARY_RATIO = 0.02
_HEADER_LINES = 4


class LiveBlogPage(BaseModel):
    """A parsed live-blog page: metadata and its updates in page order (newest first)."""

    title: str = ""
    summary: str = Field(default="", description='The "What you need to know" block.')
    page_date: date | None = None
    last_updated: date | None = None
    updates: list[NewsUpdate] = Field(default_factory=list)


def parse_liveblog_text(text: str, *, source: SourceRef, fetched_at: datetime) -> LiveBlogPage:
    """Parse a plain-text live blog; raise `ParseError` when it holds no updates."""
    lines = _clean_lines(text, source)
    head = _parse_header(lines)
    body_lines = _strip_credits(head.run_on + lines[head.consumed :])
    pieces = [piece for line in body_lines for piece in _split_run_together(line)]
    summary, blocks = _group(pieces, has_summary_marker=head.summary_started)
    title = head.title
    if not title and blocks and not blocks[0][1] and len(blocks) > 1:
        title = blocks.pop(0)[0]  # an unmarked title: a lone headline-like first line
    published = datetime.combine(head.page_date, time(), tzinfo=UTC) if head.page_date else None
    updates = [
        new_update(
            source,
            headline,
            [part for paragraph in paragraphs for part in _unglue(paragraph)],
            fetched_at=fetched_at,
            published_at=published,
        )
        for headline, paragraphs in blocks
        if paragraphs
    ]
    if not updates:
        raise ParseError(
            f"source {source.id}: no updates found in {len(text)} characters of text; "
            "expected headline lines without final punctuation, each followed by body text"
        )
    return LiveBlogPage(
        title=title,
        summary="\n\n".join(summary),
        page_date=head.page_date,
        last_updated=head.last_updated,
        updates=updates,
    )


def _clean_lines(text: str, source: SourceRef) -> list[str]:
    """Non-empty, whitespace-normalised lines; refuses empty and binary input."""
    if not text or not text.strip():
        raise ParseError(f"source {source.id}: empty input, nothing to parse as a live blog")
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates -> "?"
    junk = sum(
        1
        for char in text
        if char == "\ufffd" or (unicodedata.category(char) == "Cc" and char not in "\n\r\t")
    )
    if "\x00" in text or junk > MAX_BINARY_RATIO * len(text):
        raise ParseError(
            f"source {source.id}: input looks like binary data ({junk} control characters "
            f"in {len(text)}), not live-blog text"
        )
    lines = (_SPACE_RE.sub(" ", line).strip() for line in text.splitlines())
    return [line for line in lines if line and not _NOISE_LINE_RE.match(line)]


class _Header:
    """What the page header said, and how many lines it took."""

    def __init__(self) -> None:
        self.title = ""
        self.page_date: date | None = None
        self.last_updated: date | None = None
        self.run_on: list[str] = []
        self.summary_started = False
        self.consumed = 0


def _parse_header(lines: list[str]) -> _Header:
    """Title, dates and the start of the summary from the first lines, cut where run together."""
    head = _Header()
    window = lines[:_HEADER_LINES]
    if not any(_HEADER_CUT_RE.search(line) or _is_marker(line) for line in window):
        return head
    pieces = [
        (index, piece.strip())
        for index, line in enumerate(window)
        for piece in _HEADER_CUT_RE.split(line)
        if piece.strip()
    ]
    seen_marker = False
    for index, piece in pieces:
        if _is_marker(piece):
            seen_marker = True
            if (match := _PUBLISHED_RE.match(piece)) is not None:
                head.page_date = head.page_date or _to_date(match)
            elif (match := _UPDATED_RE.match(piece)) is not None:
                head.last_updated = _to_date(match)
            else:
                head.summary_started = True
            head.consumed = index + 1
        elif head.summary_started and index < head.consumed:
            head.run_on.append(piece)  # text run on after "What you need to know"
        elif index == 0 and not seen_marker and not head.title:
            head.title = piece
            head.consumed = 1
        else:
            break
    if head.page_date is None:
        head.page_date = head.last_updated
    return head


def _is_marker(piece: str) -> bool:
    return bool(
        _PUBLISHED_RE.match(piece) or _UPDATED_RE.match(piece) or _KNOW_RE.match(piece.strip())
    )


def _to_date(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    for n in "1234":
        year, month, day = groups.get(f"y{n}"), groups.get(f"m{n}"), groups.get(f"d{n}")
        if year and month and day:
            month_number = int(month) if month.isdigit() else _MONTHS[month.lower()]
            try:
                return date(int(year), month_number, int(day))
            except ValueError:
                return None
    return None


def _strip_credits(lines: list[str]) -> list[str]:
    """Drop the trailing credits line, also when it ran into the last body line."""
    lines = list(lines)
    while lines and _CREDITS_RE.match(lines[-1]):
        lines.pop()
    if lines:
        lines[-1] = _TRAILING_CREDITS_RE.sub("", lines[-1])
    return lines


def _is_headline(line: str) -> bool:
    """A short line that starts like a title and has no final punctuation."""
    if len(line) > MAX_HEADLINE_CHARS:
        return False
    words = line.split()
    if not 2 <= len(words) <= MAX_HEADLINE_WORDS:
        return False
    core = line.rstrip(_CLOSERS)
    if not core or core[-1] in _FINAL_PUNCT or _ROUNDUP_RE.match(line):
        return False
    start = line.lstrip("\"'“‘(«")
    if not start or not (start[0].isupper() or start[0].isdigit()):
        return False
    return not _CREDITS_RE.match(line) and next(_sentence_breaks(line, spaced=True), None) is None


def _sentence_breaks(line: str, *, spaced: bool) -> Iterator[int]:
    """Offsets where a new sentence starts: run together, and also after a space if `spaced`."""
    for match in _SENTENCE_END_RE.finditer(line):
        word = match["word"]
        if match["space"] and not spaced:
            continue
        following = line[match.end()]
        if not match["space"] and not following.isalpha() and following not in '"“‘':
            continue  # "3.5 million"
        if word.lower() in _ABBREVIATIONS or (len(word) <= 1 and not word.islower()):
            continue  # "Gen. Smith", "U.S. Army", "S.Korea"
        glued_quote = not match["space"] and match["close"].endswith('"')
        if glued_quote and line.count('"', 0, match.end()) % 2:
            yield match.end() - 1  # an odd quote opens the next sentence: 'Kyiv."We...'
        else:
            yield match.end()


def _split_run_together(line: str) -> list[str]:
    """Cut a line where extraction ran a headline into the text before or after it."""
    pieces = []
    while line:
        piece, line = _first_piece(line)
        if piece:
            pieces.append(piece)
    return pieces


def _first_piece(line: str) -> tuple[str, str]:
    """The line's first piece and the rest ("" when the line is one piece)."""
    if _ROUNDUP_RE.match(line) and (colon := _ROUNDUP_END_RE.search(line)) is not None:
        return line[: colon.end()].rstrip(), line[colon.end() :]
    if _is_headline(line):
        return line, ""
    if (cut := _leading_headline_cut(line)) is not None:
        return line[:cut], line[cut:]
    # "... on Telegram. Next headline": a line without its own end ran into a headline.
    ends_open = line.rstrip(_CLOSERS)[-1:] not in _FINAL_PUNCT
    for cut in _sentence_breaks(line, spaced=ends_open):
        tail = line[cut:]
        if _is_headline(tail) or _ROUNDUP_RE.match(tail) or _leading_headline_cut(tail) is not None:
            return line[:cut].rstrip(), tail
    return line, ""


def _unglue(paragraph: str) -> list[str]:
    """Paragraphs that extraction ran together ("...with Kyiv.In an interview...") apart."""
    parts, start = [], 0
    cuts = [*_sentence_breaks(paragraph, spaced=False)]
    cuts += [m.end() for m in _COMMA_GLUE_RE.finditer(paragraph)]  # a line ending "said,"
    for cut in sorted(cuts):
        parts.append(paragraph[start:cut])
        start = cut
    parts.append(paragraph[start:])
    return [part.strip() for part in parts if part.strip()]


def _leading_headline_cut(line: str) -> int | None:
    """Where a headline run into its first body sentence ends, if the line starts so."""
    for match in _HEAD_JOIN_RE.finditer(line, 0, MAX_HEADLINE_CHARS + 1):
        # Only the start of the rest matters; slicing all of a long line would be quadratic.
        prefix, rest = (
            line[: match.start()],
            line[match.start() : match.start() + 2 * MAX_HEADLINE_CHARS],
        )
        words = prefix.split()
        last = words[-1].rstrip(_CLOSERS) if words else ""
        # "risesUkrainian" and "KurskThe" are joins; "McDonald" and "iPhone" are words.
        lower_end = last.islower() or last.isdigit() or bool(words and last != words[-1])
        joined = last + rest.split(maxsplit=1)[0].rstrip(".,;:!?'\"")
        if len(last) < 2 or joined.casefold() in _CAMEL_WORDS or _CAMEL_PREFIX_RE.match(last):
            continue
        min_words = MIN_JOINED_HEADLINE_WORDS if lower_end else MIN_JOINED_HEADLINE_WORDS + 1
        if (
            len(words) >= min_words
            and _is_headline(prefix)
            and len(rest) > len(prefix) // 2
            and not _is_headline(rest)
        ):
            return match.start()
    return None


def _group(
    pieces: list[str], *, has_summary_marker: bool
) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """Summary lines, then (headline, body paragraphs) blocks in page order."""
    summary: list[str] = []
    blocks: list[tuple[str, list[str]]] = []
    start = 0
    if has_summary_marker:
        roundup = next((i for i, p in enumerate(pieces) if _ROUNDUP_RE.match(p)), None)
        if roundup is not None:
            summary, start = pieces[: roundup + 1], roundup + 1
    for index in range(start, len(pieces)):
        piece = pieces[index]
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        if _is_headline(piece) and following is not None and not _is_headline(following):
            blocks.append((piece, []))
        elif blocks and (blocks[-1][1] or not _is_headline(piece)):
            blocks[-1][1].append(piece)  # body, or an unpunctuated line inside a body
        elif _is_headline(piece) and not blocks and not summary:
            blocks.append((piece, []))  # maybe the page title; decided by the caller
        else:
            summary.append(piece)
    return summary, blocks
