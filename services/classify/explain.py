"""explain(): a readable breakdown of a classification, evidence highlighted in the text."""

from __future__ import annotations

from shared.models import COUNT_FIELDS, Classification, Count, Span

_ANSI_ON = "\x1b[1;33m"
_ANSI_OFF = "\x1b[0m"


def _merged(spans: list[Span]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted((s.start, s.end) for s in spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, spans: list[Span], *, ansi: bool = False) -> str:
    """`text` with every span marked: [[like this]], or bold yellow with `ansi`."""
    on, off = (_ANSI_ON, _ANSI_OFF) if ansi else ("[[", "]]")
    out: list[str] = []
    pos = 0
    for start, end in _merged(spans):
        out.append(text[pos:start])
        out.append(f"{on}{text[start:end]}{off}")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _count_line(name: str, count: Count) -> str:
    qualifier = "" if count.qualifier == "exact" else f" ({count.qualifier.replace('_', ' ')})"
    where = f'  "{count.evidence.text}"' if count.evidence else ""
    return f"  {name.replace('_', ' ')}: {count.value:,}{qualifier}{where}"


def explain(classification: Classification, *, ansi: bool = False) -> str:
    """Topics with confidence, facts, the severity rule that fired and the highlighted text."""
    c = classification
    facts = c.facts
    lines = [c.update.headline or "(no headline)", ""]
    lines.append(f"severity: {c.severity.value} ({c.severity_reason})")
    if c.story_id:
        changes = f": {', '.join(c.changes)}" if c.changes else ""
        lines.append(f"story: {c.story_id} ({c.story_change.value}{changes})")
    lines.append("topics:")
    if not c.topics:
        lines.append("  (none)")
    for tag in c.topics:
        evidence = "; ".join(f'"{s.text}"' for s in tag.evidence[:4])
        lines.append(f"  {tag.topic.value} {tag.confidence:.2f}: {evidence}")
    lines.append("facts:")
    for name in COUNT_FIELDS:
        count = getattr(facts, name)
        if count is not None:
            lines.append(_count_line(name, count))
    flags = [
        f"status {facts.status}" if facts.status else "",
        f"outcome {facts.outcome}" if facts.outcome else "",
        f"forces of {facts.troop_nationality}" if facts.troop_nationality else "",
        "aggregate tally" if facts.aggregate else "",
        "historical" if facts.historical else "",
        "future" if facts.modality == "future" else "",
    ]
    if any(flags):
        lines.append("  " + ", ".join(f for f in flags if f))
    if facts.places:
        places = []
        for p in facts.places:
            detail = ", ".join(
                x for x in (p.kind, p.region or "", p.country if p.kind != "country" else "") if x
            )
            pop = f", pop {p.population:,}" if p.population else ""
            places.append(f"{p.name} ({detail}{pop})")
        lines.append("  places: " + "; ".join(places))
    if facts.actors:
        lines.append("  actors: " + ", ".join(facts.actors))
    spans = [s for tag in c.topics for s in tag.evidence]
    lines.append("")
    lines.append(highlight(c.update.text, spans, ansi=ansi))
    return "\n".join(lines)
