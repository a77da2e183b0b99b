"""Places named in text: Aho-Corasick over the generated GeoNames gazetteer, homonyms ranked."""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass
from importlib import resources

import ahocorasick  # type: ignore[import-not-found]  # the package ships no type stubs

from shared.models import Place, Span

_DATA = "gazetteer.json.gz"
_REGION_AFTER = re.compile(
    r"\s+(?:region|oblast|province|state|governorate|district|county|area|direction|sector)\b",
    re.IGNORECASE,
)
# Small places must be introduced as places, so that a surname or common word is not one.
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|near|of|outside|around|from|to|at|toward|towards|into|on|and|retake|retook"
    r"|captured|seized|liberated|took|taken|hit|struck|shelled|attacked|control of|occupied"
    r"|left|entered|losing|lost)|,)\s+$"
)
_SENTENCE_START = re.compile(r"[.!?:\"“]\s*$")
_SMALL = 15_000
_QUALIFIERS = {"North", "South", "East", "West", "Central", "New", "Old", "Upper", "Lower", "Saint"}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record."""

    name: str
    geonameid: int | None
    kind: str
    country: str | None
    region: str | None
    population: int | None


@dataclass(frozen=True, slots=True)
class _Index:
    entries: list[Entry]
    automaton: ahocorasick.Automaton
    country_names: frozenset[str]


def _load() -> _Index:
    raw = resources.files("services.classify").joinpath("data", _DATA).read_bytes()
    data = json.loads(gzip.decompress(raw))
    entries = [Entry(*row) for row in data["places"]]
    automaton = ahocorasick.Automaton()
    for alias, idxs in data["aliases"].items():
        automaton.add_word(alias, (alias, tuple(idxs)))
    automaton.make_automaton()
    countries = frozenset(e.name for e in entries if e.kind == "country")
    return _Index(entries, automaton, countries)


def _boundary_ok(text: str, start: int, end: int) -> bool:
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-"):
        return False
    return not (end < len(text) and (text[end].isalnum() or text[end] == "-"))


def _prev_word(text: str, start: int) -> str:
    """The word before `start`, skipping spaces ('' at the start of the text)."""
    end = start
    while end > 0 and text[end - 1] == " ":
        end -= 1
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "'’.-"):
        begin -= 1
    return text[begin:end] if end < start and begin < end and text[begin].isalpha() else ""


def _score(entry: Entry, text: str, region_hint: bool, mentioned: set[str]) -> float:
    population = entry.population or 0
    score = math.log10(population + 10)
    if entry.kind == "country":
        score += 10
    if entry.kind == "region":
        score += 8 if region_hint else -2
    elif region_hint:
        score -= 1
    # Country and region context decide homonyms: "Donetsk in Russia's Rostov region".
    if entry.region and entry.region in mentioned and entry.region != entry.name:
        score += 4
    if entry.country and entry.country in mentioned:
        score += 1.5
    return score


_INDEX = _load()


def find_places(text: str) -> list[Place]:
    """Every place named in `text`, once per name, in order of first mention."""
    index = _INDEX
    raw: list[tuple[int, int, str, tuple[int, ...]]] = []
    # Longest name at each position, left to right ("Gaza City" over "Gaza").
    for end_index, (alias, idxs) in index.automaton.iter_long(text):
        start = end_index - len(alias) + 1
        end = end_index + 1
        if _boundary_ok(text, start, end):
            raw.append((start, end, alias, idxs))
    # Longest match wins where matches overlap ("Gaza City" over "Gaza").
    raw.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    chosen: list[tuple[int, int, str, tuple[int, ...]]] = []
    last_end = -1
    for match in raw:
        if match[0] >= last_end:
            chosen.append(match)
            last_end = match[1]
    mentioned_names = {alias for _, _, alias, _ in chosen}
    mentioned = set(mentioned_names)
    for _, _, _, idxs in chosen:
        for i in idxs:
            entry = index.entries[i]
            if entry.kind in ("country", "region"):
                mentioned.add(entry.name)
    places: list[Place] = []
    seen: set[str] = set()
    for start, end, alias, idxs in chosen:
        prev = _prev_word(text, start)
        region_hint = bool(_REGION_AFTER.match(text, end))
        candidates = [index.entries[i] for i in idxs]
        best = max(candidates, key=lambda e: _score(e, text, region_hint, mentioned))
        small = best.kind == "city" and (best.population or 0) < _SMALL
        before = text[max(0, start - 25) : start]
        locative = bool(_LOCATIVE_BEFORE.search(before.lower()))
        if (
            prev
            and prev[0].isupper()
            and not prev.endswith(("'s", "’s"))
            and prev not in _QUALIFIERS
            and not locative
            and best.kind != "country"
            and not _SENTENCE_START.search(before)
        ):
            # "Lloyd Austin", "Dynamo Kyiv": part of a longer proper name.
            continue
        if small and not locative:
            continue
        kind = "region" if region_hint and best.kind != "country" else best.kind
        key = f"{best.name}|{kind}"
        if key in seen:
            continue
        seen.add(key)
        places.append(
            Place(
                name=alias if kind != "country" else best.name,
                geonameid=best.geonameid,
                kind=kind,  # type: ignore[arg-type]  # one of the Place kinds by construction
                country=best.country,
                region=best.region if kind != "region" else (best.region or best.name),
                population=best.population if kind == "city" else None,
                evidence=Span(start=start, end=end, text=text[start:end]),
            )
        )
    return places
