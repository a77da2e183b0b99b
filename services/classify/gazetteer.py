"""Places named in text: Aho-Corasick over the generated GeoNames gazetteer, homonyms ranked."""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass
from importlib import resources

import ahocorasick_rs

from services.classify.construct import new_place, span_of
from shared.models import Place

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
_MONTHS = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
)
_DATE_AFTER = re.compile(r"\.? ?\d")
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
    base: float = 0.0


@dataclass(frozen=True, slots=True)
class _Index:
    entries: list[Entry]
    # Leftmost-longest matching over every alias: "Gaza City" over "Gaza".
    automaton: ahocorasick_rs.AhoCorasick
    # The entries each alias may name, in the automaton's order.
    aliases: dict[str, tuple[int, ...]]
    alias_at: list[tuple[str, tuple[int, ...]]]
    country_names: frozenset[str]
    front_countries: frozenset[str]


def _base_score(kind: str, population: int | None) -> float:
    """Larger places first; a country name is nearly always the country."""
    return math.log10((population or 0) + 10) + (10 if kind == "country" else 0)


def _load() -> _Index:
    raw = resources.files("services.classify").joinpath("data", _DATA).read_bytes()
    data = json.loads(gzip.decompress(raw))
    entries = [
        Entry(name, geonameid, kind, country, region, population, _base_score(kind, population))
        for name, geonameid, kind, country, region, population in data["places"]
    ]
    aliases = {alias: tuple(idxs) for alias, idxs in data["aliases"].items()}
    automaton = ahocorasick_rs.AhoCorasick(
        list(aliases), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
    )
    countries = frozenset(e.name for e in entries if e.kind == "country")
    return _Index(
        entries,
        automaton,
        aliases,
        list(aliases.items()),
        countries,
        frozenset(data["front_countries"]),
    )


def _prev_word(text: str, start: int) -> str:
    """The word before `start`, skipping spaces ('' at the start of the text)."""
    end = start
    while end > 0 and text[end - 1] == " ":
        end -= 1
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "'’.-"):
        begin -= 1
    return text[begin:end] if end < start and begin < end and text[begin].isalpha() else ""


def _score(entry: Entry, region_hint: bool, mentioned: set[str]) -> float:
    score = entry.base
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


def is_country(name: str) -> bool:
    """Whether the gazetteer knows `name` as a country."""
    return name in _INDEX.country_names


def country_names() -> frozenset[str]:
    """Every country the gazetteer knows, by its English name."""
    return _INDEX.country_names


def is_front_country(name: str | None) -> bool:
    """Whether the gazetteer holds the small places of the country (it is, or borders, a war)."""
    return name in _INDEX.front_countries


def is_place(name: str) -> bool:
    """Whether the gazetteer knows `name` (as written) as a place."""
    return name in _INDEX.aliases


def _is_locative(text: str, start: int) -> bool:
    return bool(_LOCATIVE_BEFORE.search(text[max(0, start - 25) : start].lower()))


def _dominant(best: Entry, candidates: list[Entry]) -> bool:
    """Whether `best` is clearly the place meant among same-country namesakes: five times the
    size of the next. Otherwise ("Shevchenko": eight Ukrainian places) its size is unknown."""
    rivals = [
        c.population or 0
        for c in candidates
        if c is not best and c.kind == "city" and c.country == best.country
    ]
    return not rivals or (best.population or 0) >= 5 * max(rivals)


def find_places(text: str) -> list[Place]:
    """Every place named in `text`, once per name, in order of first mention."""
    entries = _INDEX.entries
    size = len(text)
    # Longest name at each position, left to right ("Gaza City" over "Gaza").
    chosen: list[tuple[int, int, str, list[Entry]]] = []
    # Every name matched, and what its non-city entries name, decides homonyms below.
    mentioned: set[str] = set()
    alias_at = _INDEX.alias_at
    for index, start, end in _INDEX.automaton.find_matches_as_indexes(text):
        alias, idxs = alias_at[index]
        if alias in _MONTHS and _DATE_AFTER.match(text, end):
            continue  # "Nov. 4", "Mar 12": a date, not a place
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            continue  # part of a longer word
        if end < size and (text[end].isalnum() or text[end] == "-"):
            continue
        candidates = [entries[i] for i in idxs]
        chosen.append((start, end, alias, candidates))
        mentioned.add(alias)
        for entry in candidates:
            if entry.kind != "city":
                mentioned.add(entry.name)
    places: list[Place] = []
    seen: set[tuple[str, str]] = set()
    for start, end, alias, candidates in chosen:
        # _REGION_AFTER opens with a space: a name followed by anything else skips the regex.
        region_hint = end < size and text[end].isspace() and bool(_REGION_AFTER.match(text, end))
        population_known = True
        if len(candidates) == 1:
            best = candidates[0]
        else:
            best = max(candidates, key=lambda e: _score(e, region_hint, mentioned))
            population_known = _dominant(best, candidates)
        kind = "region" if region_hint and best.kind != "country" else best.kind
        key = (best.name, kind)
        if key in seen:
            continue
        locative: bool | None = None
        if best.kind != "country":
            prev = _prev_word(text, start)
            if (
                prev
                and prev[0].isupper()
                and not prev.endswith(("'s", "’s"))
                and prev not in _QUALIFIERS
                and not (locative := _is_locative(text, start))
                and not _SENTENCE_START.search(text, max(0, start - 4), start)
            ):
                # "Lloyd Austin", "Dynamo Kyiv": part of a longer proper name.
                continue
            if best.kind == "city" and (best.population or 0) < _SMALL:
                if locative is None:
                    locative = _is_locative(text, start)
                if not locative:
                    continue
        seen.add(key)
        places.append(
            new_place(
                {
                    "name": alias if kind != "country" else best.name,
                    "geonameid": best.geonameid,
                    "kind": kind,
                    "country": best.country,
                    "region": best.region if kind != "region" else (best.region or best.name),
                    "population": best.population if kind == "city" and population_known else None,
                    "evidence": span_of(text, start, end),
                }
            )
        )
    return places
