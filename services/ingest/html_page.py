"""Live-blog HTML without JSON-LD -> a `LiveBlogPage`: update blocks are a heading and paragraphs.

Scripts, styles, navigation, ad and share boxes and "read more" links are stripped first.
Per-source CSS selectors (`HtmlSelectors`) override the generic block detection.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from email.utils import parsedate_to_datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator
from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from services.ingest.identity import new_update
from services.ingest.liveblog_text import LiveBlogPage
from shared.errors import ParseError
from shared.models import SourceRef

_NOISE_TAGS = (
    "script, style, noscript, template, iframe, object, embed, svg, canvas, form, nav, footer,"
    " aside, button, select, dialog"
)
# Class or id tokens of boxes that are not the story: ads, share bars, teasers, banners.
_NOISE_NAME_RE = re.compile(
    r"(?:^|[\s_-])(?:ad|ads|adv|advert\w*|sponsor\w*|promo\w*|newsletter|related|share|sharing"
    r"|social|cookie\w*|banner|teaser|outbrain|taboola|paywall|subscribe)(?:$|[\s_-])",
    re.IGNORECASE,
)
_READ_MORE_RE = re.compile(
    r"^\W*(?:read more|read the full|more on this|continue reading|see also|related:|watch:)",
    re.IGNORECASE,
)
_SPACE_RE = re.compile(r"\s+")
_CLOCK_RE = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$", re.IGNORECASE)
_LINE_BREAKING = (
    "p, div, li, ul, ol, dl, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, pre, br, hr, tr, table,"
    " section, article, header, figure, figcaption, time"
)
_HEADINGS = "h2, h3, h4"
_PROBE = LexborHTMLParser("<p></p>")  # checks that a selector compiles
_TEXT_BLOCKS = frozenset({"p", "li", "blockquote", "pre", "figcaption", "dd"})
_META_DATE = (
    'meta[property="article:published_time"], meta[name="date"], meta[itemprop="datePublished"],'
    ' meta[name="dc.date"], meta[name="pubdate"]'
)


class HtmlSelectors(BaseModel):
    """CSS selectors for one source's markup; unset fields use the generic detection."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    update: str | None = Field(default=None, description="Each update block.")
    headline: str = Field(default="h1, h2, h3, h4, h5", description="Inside an update block.")
    body: str = Field(default="p, li, blockquote", description="Paragraphs inside a block.")
    time: str = Field(default="time[datetime], [datetime]", description="Inside a block.")
    container: str | None = Field(default=None, description="Where the updates are.")
    remove: list[str] = Field(default_factory=list, description="Extra boxes to strip.")

    @field_validator("update", "headline", "body", "time", "container", "remove")
    @classmethod
    def _valid_css(cls, value: str | list[str] | None) -> str | list[str] | None:
        for selector in [value] if isinstance(value, str) else value or []:
            try:
                _PROBE.css(selector)
            except (SelectolaxError, ValueError):
                raise ValueError(f"not a valid CSS selector: {selector!r}") from None
        return value


def parse_html_page(
    html: str,
    *,
    source: SourceRef,
    fetched_at: datetime,
    selectors: HtmlSelectors | None = None,
) -> LiveBlogPage:
    """Updates from an HTML live blog; `ParseError` when no update blocks are found."""
    if not html or not html.strip():
        raise ParseError(f"source {source.id}: empty HTML page")
    tree = LexborHTMLParser(html)
    selectors = selectors or HtmlSelectors()
    title = _meta(tree, 'meta[property="og:title"]') or _text(tree.css_first("title")) or ""
    summary = _meta(tree, 'meta[name="description"], meta[property="og:description"]') or ""
    page_time = parse_timestamp(_meta(tree, _META_DATE) or "")
    try:
        strip_noise(tree, extra=selectors.remove)
        root = _root(tree, selectors)
        if selectors.update:
            blocks = [_block(node, selectors) for node in root.css(selectors.update)]
        else:
            blocks = _blocks_by_heading(root)
    except (SelectolaxError, ValueError) as err:  # a malformed selector
        raise ParseError(f"source {source.id}: bad CSS selector in its settings: {err}") from None
    if not title and (h1 := tree.css_first("h1")) is not None:
        title = _text(h1)
    updates = [
        new_update(
            source,
            block.headline,
            block.paragraphs,
            fetched_at=fetched_at,
            native_id=block.native_id,
            url=_anchor_url(source.url, block.native_id),
            published_at=block.published_at or page_time,
            updated_at=block.updated_at,
        )
        for block in blocks
        if block.headline and block.paragraphs
    ]
    if not updates:
        raise ParseError(
            f"source {source.id}: no update blocks (a heading followed by paragraphs) in "
            f"{len(html)} characters of HTML; set CSS selectors for this source"
        )
    return LiveBlogPage(
        title=title,
        summary=summary,
        page_date=page_time.date() if page_time else None,
        updates=updates,
    )


def html_to_paragraphs(fragment: str) -> list[str]:
    """Plain paragraphs from an HTML fragment (or plain text with line breaks)."""
    if "<" not in fragment:
        return [p for line in fragment.splitlines() if (p := _clean(line))]
    tree = LexborHTMLParser(f"<div>{fragment}</div>")
    strip_noise(tree)
    return _block_lines(tree.body or tree.root)


def html_to_text(html: str) -> str:
    """The visible text of a page, one line per block element (for the plain-text parser)."""
    tree = LexborHTMLParser(html)
    strip_noise(tree)
    for node in tree.css("time"):
        if _CLOCK_RE.match(_text(node)):
            node.decompose()  # "22:10" stamps would end up as body lines
    return "\n".join(_block_lines(tree.body or tree.root))


def _block_lines(root: LexborNode | None) -> list[str]:
    """The text under `root`, cut into lines at block elements and line breaks."""
    if root is None:
        return []
    for node in root.css(_LINE_BREAKING):
        if node.mem_id == root.mem_id:
            continue
        node.insert_before("\n")
        node.insert_after("\n")
    return [p for line in _raw_text(root).split("\n") if (p := _clean(line))]


def strip_noise(tree: LexborHTMLParser, *, extra: list[str] | None = None) -> None:
    """Remove scripts, navigation, ad and share boxes and "read more" links, in place."""
    for node in tree.css(_NOISE_TAGS):
        node.decompose()
    for selector in extra or []:
        for node in tree.css(selector):
            node.decompose()
    for node in tree.css("[class], [id]"):
        if node.tag in {"html", "body", "main"}:
            continue
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _NOISE_NAME_RE.search(names):
            node.decompose()
    for link in tree.css("a"):
        if _READ_MORE_RE.match(_text(link)):
            parent = link.parent
            if parent is not None and parent.tag in _TEXT_BLOCKS and _text(parent) == _text(link):
                parent.decompose()
            else:
                link.decompose()


def parse_timestamp(value: str | None) -> datetime | None:
    """An ISO 8601 or RFC 2822 timestamp as an aware datetime (UTC when no zone is given)."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    parsed: datetime | None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed is None:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def date_start(day: date | None) -> datetime | None:
    """Midnight UTC of a page date: the published time of updates that carry none."""
    return datetime.combine(day, time(), tzinfo=UTC) if day else None


class _Block:
    """One update block being collected."""

    def __init__(self, headline: str = "", native_id: str | None = None) -> None:
        self.headline = headline
        self.paragraphs: list[str] = []
        self.native_id = native_id
        self.published_at: datetime | None = None
        self.updated_at: datetime | None = None


def _root(tree: LexborHTMLParser, selectors: HtmlSelectors) -> LexborNode:
    if selectors.container and (node := tree.css_first(selectors.container)) is not None:
        return node
    for selector in ("main", "body"):
        if (node := tree.css_first(selector)) is not None and node.css_first(_HEADINGS):
            return node
    root = tree.body or tree.root
    if root is None:
        raise ValueError("the document has no body")
    return root


def _block(node: LexborNode, selectors: HtmlSelectors) -> _Block:
    """An update from a block matched by the source's `update` selector."""
    heading = node.css_first(selectors.headline)
    block = _Block(_text(heading) if heading else "", _node_id(node))
    for para in node.css(selectors.body):
        if para.mem_id == node.mem_id or (heading is not None and _is_within(para, heading)):
            continue
        if not _inside_text_block(para, node) and (text := _text(para)):
            block.paragraphs.append(text)
    _set_times(block, node.css(selectors.time))
    return block


def _blocks_by_heading(root: LexborNode) -> list[_Block]:
    """Walk the page in order: each h2-h4 starts an update, text blocks fill its body."""
    blocks: list[_Block] = []
    pending_times: list[LexborNode] = []
    for node in root.css(f"{_HEADINGS}, p, li, blockquote, time[datetime]"):
        if node.tag == "time":
            # A time before any text of the current block is its time; later, the next block's.
            if blocks and not blocks[-1].paragraphs:
                _set_times(blocks[-1], [node])
            else:
                pending_times.append(node)
            continue
        if _inside_text_block(node, root):
            continue
        text = _text(node)
        if node.tag in {"h2", "h3", "h4"}:
            blocks.append(_Block(text, _heading_id(node, root)))
            _set_times(blocks[-1], pending_times)
            pending_times = []
        elif blocks and text:
            blocks[-1].paragraphs.append(text)
    return blocks


def _set_times(block: _Block, nodes: list[LexborNode]) -> None:
    stamps = [parse_timestamp(n.attributes.get("datetime") or _text(n)) for n in nodes]
    found = [stamp for stamp in stamps if stamp is not None]
    if found and block.published_at is None:
        block.published_at = found[0]
    if len(found) > 1 and found[-1] != found[0]:
        block.updated_at = found[-1]


def _heading_id(heading: LexborNode, root: LexborNode) -> str | None:
    """The id of the heading or of the innermost wrapper that holds only this heading."""
    node: LexborNode | None = heading
    while node is not None and node.mem_id != root.mem_id:
        if node.mem_id != heading.mem_id and len(node.css(_HEADINGS)) > 1:
            return None
        if (found := _node_id(node)) is not None:
            return found
        node = node.parent
    return None


def _node_id(node: LexborNode) -> str | None:
    """The block's own id: `id` as is, a data attribute as `name=value` (not an anchor)."""
    attrs = node.attributes
    if value := (attrs.get("id") or "").strip():
        return value
    for name in ("data-id", "data-post-id", "data-entry-id"):
        if value := (attrs.get(name) or "").strip():
            return f"{name}={value}"
    return None


def _anchor_url(page_url: str | None, anchor: str | None) -> str | None:
    """The page URL pointing at the block, when the block has an HTML id."""
    if not page_url or not anchor or "=" in anchor or page_url.startswith("file:"):
        return None
    return f"{page_url.split('#', 1)[0]}#{anchor}"


def _inside_text_block(node: LexborNode, root: LexborNode) -> bool:
    """True for a paragraph nested in another text block (counted with its parent)."""
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id:
        if parent.tag in _TEXT_BLOCKS:
            return True
        parent = parent.parent
    return False


def _is_within(node: LexborNode, ancestor: LexborNode) -> bool:
    parent: LexborNode | None = node
    while parent is not None:
        if parent.mem_id == ancestor.mem_id:
            return True
        parent = parent.parent
    return False


def _meta(tree: LexborHTMLParser, selector: str) -> str | None:
    node = tree.css_first(selector)
    content = node.attributes.get("content") if node is not None else None
    return _clean(content) if content else None


def _raw_text(node: LexborNode) -> str:
    return node.text(deep=True, separator="", strip=False)


def _text(node: LexborNode | None) -> str:
    return _clean(_raw_text(node)) if node is not None else ""


def _clean(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()
