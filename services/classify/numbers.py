"""Numbers in news text, with character offsets, qualifiers and what kind of quantity they are."""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

import ahocorasick_rs

from services.classify.patterns import lower_same_length, lower_source

Qualifier = Literal["exact", "at_least", "up_to", "approx"]
NumberKind = Literal["count", "age", "year", "money", "measure", "percent", "ordinal", "modifier"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000,
}  # fmt: skip
# ACLED-style conventions for vague quantities.
_VAGUE = {
    "tens of thousands": 10_000, "hundreds of thousands": 100_000,
    "a dozen": 12, "half a dozen": 6, "dozens": 12, "scores": 20, "tens": 10, "hundreds": 100,
    "a hundred": 100, "a thousand": 1_000,
    "thousands": 1_000, "several": 3, "a few": 3, "a couple of": 2,
    # "several" (3) times the scale it qualifies.
    "several dozen": 36, "a few dozen": 36, "several hundred": 300, "a few hundred": 300,
    "several thousand": 3_000, "a few thousand": 3_000,
}  # fmt: skip

_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_WORDS = "|".join(_TENS)
_WORD_NUMBER = (
    rf"(?:(?:{_TENS_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    rf"|(?:{_UNIT_WORDS}))"
    r"(?:[ -](?:dozen|hundred|thousand|million)(?:(?: and)? (?:"
    rf"(?:{_TENS_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|(?:{_UNIT_WORDS})))?)*"
)
# Thousands are grouped with commas, or in other house styles with dots or spaces ("1.500
# soldiers", "1 200 troops"); a dot before three digits that end the number is no decimal point.
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|(?P<dotted>\d{1,3}(?:\.\d{3})+)(?![\d.,]|\s*(?:million|billion|bn|m|km|%|per))"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])"
    r"|\d+(?:\.\d+)?"
)
_GROUP_SEPARATORS = re.compile(r"[, \u00a0\u202f]")
_VAGUE_WORDS = "|".join(sorted(_VAGUE, key=len, reverse=True))

_QUALIFIER = (
    # "over" of a phrasal verb is no qualifier: "hand over 18 bodies", "took over 3 towns".
    r"(?P<q>at least|not less than|no fewer than|more than|(?<!hand )(?<!hands )(?<!handed )"
    r"(?<!handing )(?<!took )(?<!take )(?<!taken )(?<!turned )(?<!turn )over|above|in excess of"
    r"|upwards of|"
    r"up to|as many as|no more than|at most|nearly|almost|about|around|some|roughly|"
    r"approximately|an estimated|estimated|close to|some \d+ to|between)\s+"
)
_NUMBER_BODY = (
    rf"(?P<n>(?P<digits>{_DIGITS})(?:\s*(?P<scale>million|thousand|bn|m)\b)?"
    rf"|(?P<vague>{_VAGUE_WORDS})|(?P<words>{_WORD_NUMBER}))"
    # "30+ injured": at least thirty.
    r"(?P<plus>(?<=\d)\+)?"
    r"(?P<range>\s*(?:-|–)\s*(?:\d[\d,]*|(?:" + _WORD_NUMBER + r")))?"
    r"(?![\w])"
)
_NUMBER_RE = re.compile(lower_source(rf"(?<![\w.,:-])(?:{_QUALIFIER})?" + _NUMBER_BODY))
# Where no qualifier word starts, the qualifier group cannot match: trying its alternatives (and
# the look-behinds of "over") there is wasted work.
_BARE_NUMBER_RE = re.compile(lower_source(r"(?<![\w.,:-])" + _NUMBER_BODY))
_QUALIFIER_KIND: dict[str, Qualifier] = {
    "at least": "at_least", "not less than": "at_least", "no fewer than": "at_least",
    "more than": "at_least", "over": "at_least", "above": "at_least",
    "in excess of": "at_least", "upwards of": "at_least",
    "up to": "up_to", "as many as": "up_to", "no more than": "up_to", "at most": "up_to",
    "between": "at_least",
}  # fmt: skip

# What follows or precedes a number and makes it something other than a count of people/things.
# Every _AFTER_KIND branch opens with a space, a letter, '-', '%' or ':', which _kind relies on.
# Runs of blanks are possessive (`\s*+`, `[\w-]++`): what follows them never starts with the
# character they would give back, so backtracking into them only retries failed positions.
_AFTER_KIND = re.compile(
    lower_source(
        r"(?P<age>-?\s?years?(?:-|\s)old\b|-year\b|-month-old\b|-week-old\b|\s+years? old\b)"
        r"|(?P<money>\s*+(?:billion|bn\b|million|trillion)?\s*+(?:dollars|euros?|hryvnias?|rubles?|roubles?"
        r"|pounds|crowns|yuan|shekels)\b)"
        r"|(?P<percent>\s*+(?:%|per ?cent\b|percentage points?\b|basis points\b))"
        r"|(?P<measure>\s*+-?\s*+(?:kilomet(?:er|re)s?|km\b|miles?\b|met(?:er|re)s?\b|square\b|sq\b|kg\b"
        r"|kilograms?|pounds?\b|tonnes?\b|tons?\b|degrees?\b|C\b|hours?\b|days?\b|weeks?\b|months?"
        r"|years?\b|minutes?\b|times\b|a barrel\b|barrels?\b|rounds\b|floors?\b|-stor(?:y|ey)\b"
        r"|-for-))"
        r"|(?P<ordinal>(?:st|nd|rd|th)\b)"
        # A unit's number: "the 25 Task Force Brigade", "47 Mechanised Brigade".
        r"|(?P<unit>\s++(?:(?!soldiers|troops|men|people|members|servicemen|fighters)[\w-]++\s++)"
        r"{0,2}(?:brigade|battalion|regiment|division|corps|squadron|task force)\b)"
        r"|(?P<time>:\d{2}\b|\s*+(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|local time\b|hrs\b))"
        r"|(?P<date>\s++(?:January|February|March|April|May|June|July|August|September|October"
        r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)"
        r"|(?P<modifier>-(?:member|strong|page|point|day|man|seat|nation|km|mile|hour|minute|storey"
        r"|story|kilogram|pound|ton|tonne|inch|mm|millimet(?:er|re)|caliber|calibre)\b)"
    )
)
_BEFORE_KIND = re.compile(
    lower_source(
        # \b before US: "bus", "Belarus" and "status" end in "us" too.
        r"(?P<money>[$€£]\s*|\b(?:US|USD|EUR)\s?\$?\s*)$"
        r"|(?P<year>\b(?:in|since|of|by|until|from|before|after|early|late|mid|spring|summer|autumn"
        r"|fall|winter|January|February|March|April|May|June|July|August|September|October|November"
        r"|December)\s+$)"
        r"|(?P<date>\b(?:(?:January|February|March|April|May|June|July|August|September"
        r"|October|November|December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
        r"\s+$)"
        r"|(?P<age>\baged?\s+$)"
    )
)


# "between 3,000 and 4,000" is a range like "3,000-4,000": its value is the lower bound.
_AND_UPPER = re.compile(lower_source(r"\s+and\s+(?:\d[\d,]*|" + _WORD_NUMBER + r")(?![\w])"))

# The last word before a number that _BEFORE_KIND can read (the regex runs only after one).
_BEFORE_CUES = frozenset(
    {"us", "usd", "eur", "in", "since", "of", "by", "until", "from", "before", "after", "early",
     "late", "mid", "spring", "summer", "autumn", "fall", "winter", "january", "february",
     "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
     "dec", "age", "aged"}
)  # fmt: skip
_MONTH_BEFORE = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"\s+$"
)


class Number(NamedTuple):
    """A number found in text; `start` includes the qualifier, `value_start` does not."""

    start: int
    end: int
    value_start: int
    value: int
    qualifier: Qualifier
    kind: NumberKind
    text: str


_WORD_SPLIT = re.compile(r"[\s-]+")
# The digit is consumed first and its predecessor checked behind it: the engine then stops only
# at digits.
_DIGIT_RUN = re.compile(r"\d(?<![\w.,:]\d)")
_QUALIFIER_WORDS = (
    "at least", "not less than", "no fewer than", "more than", "over", "above", "in excess of",
    "upwards of", "up to", "as many as", "no more than", "at most", "nearly", "almost", "about",
    "around", "some", "roughly", "approximately", "an estimated", "estimated", "close to",
    "between",
)  # fmt: skip


_DIGIT, _NUMBER_WORD, _QUALIFIER_WORD = 0, 1, 2


class _StartWords:
    """Words a number (or its qualifier) can start with, and optionally digits, found in one
    pass: the automaton and what each of its words is."""

    def __init__(self, digits: bool) -> None:
        kinds: dict[str, int] = {}
        for word in (*_UNITS, *_TENS, *_VAGUE):
            kinds[word] = _NUMBER_WORD
        for word in _QUALIFIER_WORDS:
            kinds[word] = _QUALIFIER_WORD
        if digits:
            for digit in "0123456789":
                kinds[digit] = _DIGIT
        self.kinds = list(kinds.values())
        self.automaton = ahocorasick_rs.AhoCorasick(list(kinds))


_STARTS = _StartWords(digits=False)
# In ASCII text `\d` is [0-9], so the word pass finds the digits too and no regex scans the text
# for them (other text may hold digits of other scripts, which only the regex knows).
_STARTS_AND_DIGITS = _StartWords(digits=True)


def _candidates(low: str) -> list[tuple[int, bool]]:
    """Positions where a number may start (digit runs, number or qualifier words), in order, each
    with whether a qualifier word starts there."""
    starts: dict[int, bool] = {}
    if low.isascii():
        words = _STARTS_AND_DIGITS
    else:
        words = _STARTS
        for match in _DIGIT_RUN.finditer(low):
            starts[match.start()] = False
    kinds = words.kinds
    for index, start, end in words.automaton.find_matches_as_indexes(low, overlapping=True):
        what = kinds[index]
        before = low[start - 1] if start else ""
        if what == _DIGIT:
            # The look-behind of _DIGIT_RUN: no word character, '.', ',' or ':' before.
            if before and (before.isalnum() or before in "_.,:"):
                continue
        elif before and (before.isalnum() or before in ".,-"):
            continue
        elif end - start == 3 and low.startswith("one", start) and low.endswith("no ", 0, start):
            continue  # "no one" is nobody
        starts[start] = starts.get(start, False) or what == _QUALIFIER_WORD
    return sorted(starts.items())


def word_value(words: str) -> int | None:
    """Value of a number written in words ("thirty-five", "two hundred"), or None."""
    total = 0
    current = 0
    seen = False
    for token in _WORD_SPLIT.split(words.lower()):
        if token in ("", "and"):
            continue
        if token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token in _SCALES:
            scale = _SCALES[token]
            current = max(current, 1) * scale
            if scale >= 1_000:
                total += current
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _digits_value(digits: str, scale: str | None, *, dotted: bool = False) -> int:
    if dotted:
        digits = digits.replace(".", "")
    elif not digits.isdecimal():  # most numbers have no separators: no regex for them
        digits = _GROUP_SEPARATORS.sub("", digits)
    value = float(digits)
    if scale:
        factor = {"million": 1e6, "m": 1e6, "thousand": 1e3, "bn": 1e9}[scale.lower()]
        value *= factor
    return int(value)


_REPEATED_IN_FIGURES = re.compile(r"\s*\((\d[\d,]*)\)")
# Words after which digits name something rather than count it (text lower-cased).
_NAMING_WORDS = frozenset(
    {"rescue", "route", "highway", "flight", "line", "gate", "block", "sector", "platform", "no.",
     "number", "apartment", "room", "hall", "lane", "tower", "unit", "bus", "train", "road"}
)  # fmt: skip


# Ages in a list or a range: "brothers aged 7 and 11", "aged between 15 and 17".
# The literal opens the pattern (the look-behind is the word boundary) so that the search skips
# ahead to each "age" instead of trying every position.
_AGE_LIST_BEFORE = re.compile(
    r"age(?<!\wage)d? (?:between |from )?(?:\d{1,2}(?:, \d{1,2})*,? (?:and|or|to) )?$"
)


def _kind(
    text: str, start: int, end: int, value: int, has_digits: bool, ages_possible: bool
) -> NumberKind:
    """`ages_possible`: whether the text holds "age" anywhere (ages listed before a number)."""
    # Every kind read after a number opens with a space, a letter, '-', '%' or ':' (see
    # _AFTER_KIND); a number followed by anything else (",", ".", ")") skips its many branches.
    follow = text[end : end + 1]
    after = (
        _AFTER_KIND.match(text, end)
        if not follow or follow.isalpha() or follow.isspace() or follow in "-%:"
        else None
    )
    if after:
        if after.lastgroup in ("date", "time"):
            return "year"
        if after.lastgroup == "unit":
            return "modifier"
        return after.lastgroup  # type: ignore[return-value]  # group names are NumberKind values
    if has_digits and ages_possible and _AGE_LIST_BEFORE.search(text, max(0, start - 30), start):
        return "age"
    window = text[max(0, start - 12) : start]
    words = window.split()
    before = (
        _BEFORE_KIND.search(window)
        if words and (words[-1][-1] in "$€£" or words[-1].rstrip(".$") in _BEFORE_CUES)
        else None
    )
    if before:
        group = before.lastgroup
        if group == "year":
            if (has_digits and 1900 <= value <= 2100) or _MONTH_BEFORE.search(before.group()):
                return "year"
        elif group == "date":
            return "year"
        else:
            return group  # type: ignore[return-value]  # money or age
    if has_digits and words and words[-1] in _NAMING_WORDS:
        return "modifier"  # a name or a number in a series: "Rescue 1122", "Route 6"
    if has_digits and 1900 <= value <= 2100 and "," not in text[start:end]:
        # A bare four-digit number in this range is nearly always a year in news text.
        return "year"
    return "count"


def find_numbers(text: str, low: str | None = None) -> list[Number]:
    """Every number in `text`, in order, with its kind and qualifier (`low`: text lower-cased)."""
    if low is None:
        low = lower_same_length(text)
    found: list[Number] = []
    # Texts without these characters cannot hold what the regexes read them for: test once.
    repeats_possible = "(" in low
    ages_possible = "age" in low
    last_end = -1
    for pos, qualified in _candidates(low):
        if pos < last_end:
            continue
        match = (_NUMBER_RE if qualified else _BARE_NUMBER_RE).match(low, pos)
        if match is None:
            continue
        last_end = match.end()
        # One call for every group: each call into the match object costs more than its answer.
        digits, scale, dotted, vague, words, plus, spread = match.group(
            "digits", "scale", "dotted", "vague", "words", "plus", "range"
        )
        if digits is not None:
            value = _digits_value(digits, scale, dotted=dotted is not None)
        elif vague is not None:
            value = _VAGUE[vague]
        else:
            parsed = word_value(words)
            if parsed is None:
                continue
            value = parsed
        q = match.group("q") if qualified else None
        qualifier: Qualifier = "exact"
        if q:
            qualifier = _QUALIFIER_KIND.get(q, "approx")
        elif vague is not None:
            qualifier = "approx"
        value_start, end = match.span("n")
        if plus:
            qualifier = "at_least"
            end = match.end("plus")
        if spread:
            qualifier = "at_least" if qualifier == "exact" else qualifier
            end = match.end("range")
        elif q == "between":
            upper = _AND_UPPER.match(low, end)
            if upper:
                end = upper.end()
                last_end = end
        # Translated copy repeats a number in figures: "twenty-two (22) Palestinians".
        repeated = _REPEATED_IN_FIGURES.match(low, end) if repeats_possible else None
        if repeated and repeated.group(1).replace(",", "") == str(value):
            end = last_end = repeated.end()
        kind = _kind(low, value_start, end, value, digits is not None, ages_possible)
        start = match.start()
        found.append(
            Number(
                start=start,
                end=end,
                value_start=value_start,
                value=value,
                qualifier=qualifier,
                kind=kind,
                text=text[start:end],
            )
        )
    return found


def parse_number(text: str) -> int | None:
    """The value of the first number in `text`, of any kind."""
    numbers = find_numbers(text)
    return numbers[0].value if numbers else None
