"""Who acts in an update: states, armed groups and organisations, and named officials."""

from __future__ import annotations

import re

import ahocorasick_rs

from services.classify.context import TextContext
from services.classify.gazetteer import country_names
from services.classify.patterns import is_word_char, low_re, low_rule

DEMONYMS: dict[str, str] = {
    "north korean": "North Korea", "north korea": "North Korea", "pyongyang": "North Korea",
    "russian": "Russia", "russia": "Russia", "moscow": "Russia", "chechen": "Russia",
    "ukrainian": "Ukraine", "ukraine": "Ukraine", "kyiv": "Ukraine",
    "belarusian": "Belarus", "belarus": "Belarus", "british": "Britain", "britain": "Britain",
    "uk": "Britain", "us": "United States", "u.s.": "United States", "american": "United States",
    "united states": "United States", "pentagon": "United States", "washington": "United States",
    "german": "Germany", "germany": "Germany", "french": "France", "france": "France",
    "polish": "Poland", "poland": "Poland", "swedish": "Sweden", "sweden": "Sweden",
    "dutch": "Netherlands", "netherlands": "Netherlands", "israeli": "Israel", "israel": "Israel",
    "chinese": "China", "china": "China", "iranian": "Iran", "iran": "Iran",
    "myanmar": "Myanmar", "malian": "Mali", "mali": "Mali", "sudanese": "Sudan",
    "sudan": "Sudan", "syrian": "Syria", "syria": "Syria", "turkish": "Turkey",
    "finnish": "Finland", "canadian": "Canada", "south korean": "South Korea",
    "estonian": "Estonia", "latvian": "Latvia", "lithuanian": "Lithuania",
    "romanian": "Romania", "japanese": "Japan", "indian": "India", "pakistani": "Pakistan",
    "italian": "Italy", "spanish": "Spain", "norwegian": "Norway", "danish": "Denmark",
    "palestinian": "Palestine", "egyptian": "Egypt", "egypt": "Egypt", "cairo": "Egypt",
    "lebanese": "Lebanon", "lebanon": "Lebanon", "yemeni": "Yemen", "somali": "Somalia",
    "ethiopian": "Ethiopia", "ethiopia": "Ethiopia", "eritrean": "Eritrea", "eritrea": "Eritrea",
    "rwandan": "Rwanda", "rwanda": "Rwanda", "congolese": "DR Congo", "kinshasa": "DR Congo",
    "armenian": "Armenia", "armenia": "Armenia", "azerbaijani": "Azerbaijan",
    "azerbaijan": "Azerbaijan", "baku": "Azerbaijan", "georgian": "Georgia",
    "south african": "South Africa", "nigerian": "Nigeria", "kenyan": "Kenya", "kenya": "Kenya",
    "iraqi": "Iraq", "iraq": "Iraq", "afghan": "Afghanistan", "taiwanese": "Taiwan",
    "taiwan": "Taiwan", "saudi": "Saudi Arabia", "emirati": "UAE", "qatari": "Qatar",
    "jordanian": "Jordan", "libyan": "Libya", "burkinabe": "Burkina Faso",
    "nigerien": "Niger", "chadian": "Chad", "hungarian": "Hungary", "slovak": "Slovakia",
    "czech": "Czechia", "moldovan": "Moldova",
}  # fmt: skip
"""A state's adjective, name, capital or institution -> the state."""
# Every other state by its name: "Uganda deploys ...", and "South Sudan" is not "Sudan".
for _name in country_names():
    DEMONYMS.setdefault(_name.lower(), _name)

DEMONYM_RE = low_re(
    r"\b(?:" + "|".join(re.escape(k) for k in sorted(DEMONYMS, key=len, reverse=True)) + r")\b"
)

# Armed groups, alliances and organisations that act in conflict news, by their common names.
GROUPS: dict[str, str] = {
    "hamas": "Hamas", "hezbollah": "Hezbollah", "houthis": "Houthis", "houthi": "Houthis",
    "ansar allah": "Houthis", "islamic jihad": "Islamic Jihad",
    "rapid support forces": "Rapid Support Forces", "rsf": "Rapid Support Forces",
    "sudanese armed forces": "Sudanese Armed Forces", "saf": "Sudanese Armed Forces",
    "m23": "M23", "wagner": "Wagner", "africa corps": "Africa Corps",
    "islamic state": "Islamic State", "isis": "Islamic State", "isil": "Islamic State",
    "al-shabaab": "al-Shabaab", "al shabaab": "al-Shabaab", "boko haram": "Boko Haram",
    "jnim": "JNIM", "hts": "Hayat Tahrir al-Sham", "hayat tahrir al-sham": "Hayat Tahrir al-Sham",
    "sdf": "Syrian Democratic Forces", "syrian democratic forces": "Syrian Democratic Forces",
    "pkk": "PKK", "taliban": "Taliban", "arakan army": "Arakan Army", "mndaa": "MNDAA",
    "tatmadaw": "Myanmar military", "junta": "junta", "idf": "Israel Defense Forces",
    "israel defense forces": "Israel Defense Forces", "nato": "NATO", "united nations": "UN",
    "un": "UN", "security council": "UN Security Council", "european union": "EU", "eu": "EU",
    "iaea": "IAEA", "red cross": "Red Cross", "icrc": "Red Cross", "unrwa": "UNRWA",
    "kremlin": "Kremlin", "general staff": "General Staff",
}  # fmt: skip
_NAMES = {**DEMONYMS, **GROUPS}


# One pass finds states and groups alike; every occurrence, overlapping ones too ("russia" in
# "russian"), so that the whole word is among them.
_NAME_LIST = list(_NAMES)
_ACTOR_NAMES = ahocorasick_rs.AhoCorasick(_NAME_LIST)
# Words that name an actor only in capitals: "us" and "un" are words too.
_UPPER_ONLY = frozenset(
    {"us", "uk", "un", "eu", "rsf", "saf", "hts", "sdf", "pkk", "idf", "jnim", "isis"}
)
# An official: a title, then a capitalised name of one to three words.
_TITLE = low_rule(
    r"\b(?:president|prime minister|governor|mayor|general|colonel|(?:defen[cs]e|foreign"
    r"|interior) minister|minister|secretary(?:-general)?|chancellor|spokes(?:man|woman|person)"
    r"|commander|chief|leader|king|gen\.|col\.|sen\.|senator)\s+"
)
_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:al-|bin\s|de\s|von\s)?[A-Z][\w'’-]+){0,2}")
_NOT_A_NAME = frozenset({"The", "A", "An", "Of", "On", "In", "Said", "Says", "Who"})


def find_actors(ctx: TextContext) -> list[str]:
    """States, groups and named officials in order of first mention, each once."""
    text = ctx.text
    mentions: list[tuple[int, str]] = []
    low = ctx.low
    for index, start, end in _ACTOR_NAMES.find_matches_as_indexes(low, overlapping=True):
        if (start and is_word_char(low[start - 1])) or (end < len(low) and is_word_char(low[end])):
            continue
        word = _NAME_LIST[index]
        if word in _UPPER_ONLY and text[start:end] != word.upper():
            continue
        mentions.append((start, _NAMES[word]))
    for title in _TITLE.finditer(ctx.scan):
        name = _NAME.match(text, title.end())
        if name is None:
            continue
        words = name.group().split()
        while words and words[-1].rstrip("'’s") in _NOT_A_NAME:
            words.pop()
        if words and words[0] not in _NOT_A_NAME:
            mentions.append((name.start(), " ".join(words).removesuffix("'s")))
    # Each actor once, at its first mention.
    return list(dict.fromkeys(actor for _, actor in sorted(mentions)))
