"""A text cut into sentences and clauses, scanned once; negation, history and hypotheticals."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

from services.classify.patterns import Scan, low_re, low_rule, not_after_abbreviation

# Sentences end at . ! ? (and a closing quote) followed by space and a capital, quote or digit,
# or at a line break; clauses at , ; : dashes and brackets. Every boundary opens with one of a
# few characters, consumed first and checked behind, so the regex engine only stops at those.
_NEXT_SENTENCE = r"(?=[\"“‘'A-Z0-9])"
_NOT_AFTER_ABBREVIATION = not_after_abbreviation(r"\.\s")
_BOUNDARY = re.compile(
    # Most spaces sit between two words, where no boundary can be: rejected before the
    # alternatives' lookbehinds run.
    r"[\s\"'”’,;:—–()](?!(?<=\w )\w)(?:"
    rf"(?P<sentence>(?<=[.!?][\"'”’])\s+{_NEXT_SENTENCE}"
    rf"|(?<=[.!?]\s){_NOT_AFTER_ABBREVIATION}\s*{_NEXT_SENTENCE}"
    r"|(?<=\n)\s*\n|(?<=\n))"
    r"|(?<=[,;:—–])\s|(?<=\s)-\s|(?<=[()]))"
)
# Where a boundary can start: its first character is one of these, whitespace right after a
# stop, or whitespace right before a hyphen. Keep in step with _BOUNDARY.
_BOUNDARY_OPENERS = "\"'”’,;:—–()\n"
_STOPS = ".!?"

_NEGATION_AFTER = low_re(r"\s*(?:unharmed|unhurt)\b")

# A clause that recalls an earlier event ("two years after the strike that killed 50").
_HISTORICAL = low_rule(
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty"
    r"|thirty|several|a few|\d+)\s+(?:years?|months?"
    r"|decades?)\s+(?:to the day\s+)?(?:after|since|ago|on from|on)\b"
    # A measure answering an attack of days before: "a day after gunmen killed 26 tourists".
    r"|\b(?:a|one|two|three|four|five|six|several|a few|\d+)\s+(?:days?|weeks?)\s+after\s+"
    r"(?:gunmen|militants|attackers|an?|the)\b"
)
# Kept apart from _HISTORICAL, which runs only in sentences naming years, months or decades:
# these are anchored on their own first words.
_RECALLED = low_rule(
    # An event of last month named in passing: "the quake that killed more than 3,600 people
    # last month".
    r"\b(?:that|which) (?:killed|left|claimed)\b[^.;]{0,50}?\b(?:last (?:month|year|week|summer"
    r"|winter|spring|autumn)|(?:a|one|two|three|several) (?:months|years|weeks) ago)\b|"
    # A comparison with an earlier event: "the deadliest attack since a strike in March".
    r"\b(?:deadliest|worst|biggest|largest|heaviest|bloodiest)\b[^.;]{0,60}?\bsince\s+(?:an?|the)\b"
    r"|\b(?:site|scene) of (?:the |an? )?(?:[\w-]+ ){0,3}?(?:attack|strike|massacre"
    r"|bombing|shelling)"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december) (?:19|20)\d\d (?:[\w-]+ ){0,3}?(?:attack|strike|massacre|bombing|shelling)"
    r"|\b(?:captured|liberated|seized|retaken|recaptured|occupied|taken) in (?:(?:january|february"
    r"|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\d\d\b"
    # Done in a month named without a day: "captured Goma in January", "were bombed in June".
    # The news of the day is told by its day ("on Tuesday").
    r"|\b(?:captured|liberated|seized|retook|recaptured|occupied|took|bombed|struck|shelled|killed"
    r"|left|withdrew|pulled out)"
    r" (?:[\w'’.-]+ ){0,6}?in (?:early |late |mid-)?(?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december)\b(?! alone| \d)"
    # "the April 22 massacre", "since Russian forces seized the plant".
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december) \d{1,2}(?:, (?:19|20)\d\d)? (?:[\w-]+ )?(?:attack|strike|massacre|bombing"
    r"|shelling|explosion|blast|earthquake|quake|ambush|raid|assault|incursion|coup)"
    r"|\bsince (?:the )?(?:[\w'’/-]+ ){1,3}(?:seized|captured|took control of|occupied|took over)\b"
    r"|\bin the (?:19|20)\d0s\b"
    # A month of last year: "a strike on the monastery in March last year killed 28".
    r"|(?<!since )\bin (?:early |late |mid-)?(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december) (?:of )?last year\b"
    # A dated event: "tore through it in April 2023", "fought alongside them in the 2020-22 war".
    # Not the start of a running tally: "since the war began in October 2023".
    r"|(?<!invasion )(?<!began )(?<!started )(?<!erupted )(?<!broke out )(?<!escalated )"
    r"\bin (?:early |late |mid-)?(?:(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december) )?(?:19|20)\d\d\b(?! alone)"
    r"|\bin the (?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)? (?:[\w-]+ )?(?:war|conflict|offensive"
    r"|invasion|campaign|fighting)\b"
    # "Azerbaijan's 2023 offensive in Karabakh killed about 200", "the 2006 war".
    r"|(?:(?<=['’]s )|(?<=\bthe )|(?<=\bits )|(?<=\btheir ))"
    r"(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)? (?:[\w-]+ )?(?:offensive|war|attack|battle|operation"
    r"|strike|massacre|bombing|invasion|uprising|conflict|explosion|blast|earthquake|genocide"
    r"|famine)"
    # A conflict's whole toll told beside the news: "a conflict that has killed 7,000".
    r"|\b(?:conflict|war|insurgency|rebellion|uprising|violence)s?,? (?:that|which)"
    r"(?: [\w'’-]+){0,5}? (?:has|have) (?:so far )?(?:killed|left|claimed)"
    # "after two years of war in which more than 68,000 were killed".
    # A place taken long ago named in passing: "a town the KIA seized last year", "Goma, which
    # they seized early in the year".
    r"|\b(?:that|which|town|city|village|area|region|territory)\b[^.;]{0,40}?\b(?:captured|seized"
    r"|took|taken|overran|occupied)\b[^.;]{0,20}?"
    r"\b(?:last (?:year|month|week|summer|winter|spring|autumn)|early in the year|earlier (?:this"
    r"|in the) year)"
    # Not one fight of the day: "a gun battle in which three soldiers were killed".
    r"|\b(?:war|conflict|fighting|offensive|campaign|insurgency|siege|blockade|famine|genocide"
    r"|(?<!gun )battle|operation)s? in which\b"
    # A famine or genocide dated: "the man-made famine of 1932-33".
    r"|\b(?:famine|genocide|massacre|holocaust)s? of (?:19|20)\d\d"
)
# An event named by the season it belongs to: "last year's strike on the bus station". Its
# sentence is about that event unless it also tells of today ("on Monday").
_EARLIER_SEASONS_EVENT = low_rule(
    r"\b(?:last|the previous) (?:year|month|summer|winter|spring|autumn)['’]s (?:[\w-]+ ){0,3}?"
    r"(?:attack|(?:air ?)?strike|massacre|bombing|shelling|explosion|blast|(?:air )?raid|offensive"
    r"|retreat|withdrawal|capture|fall|siege|ambush|assault|incursion)s?\b"
)
# A sentence about remembering or judging the past: anniversaries, memorials, courts, films.
# Words of a sentence about the past: a commemoration, a trial, a work about a war. Not a
# place named after them: "a suicide bomber outside a district court", "the memorial hospital".
_RETROSPECTIVE = low_rule(
    r"\b(?:anniversary|commemorat\w*|memorial(?! (?:hospital|medical|clinic|stadium|school"
    r"|university|institute|library|airport|bridge|highway))|mourn\w* the victims|sentenc\w*"
    r"|convicted|charged with|crimes against humanity|indict\w*"
    r"|(?:court|tribunal) (?:ruled|found|convicted|sentenced|heard|acquitted|ordered)|in court"
    r"|court (?:case|hearing|ruling|verdict)|trial|verdict"
    r"|(?:documentary|(?:feature|the) film)(?! (?:film )?(?:crews?|teams?|makers?|filmmakers?))"
    r"|film (?:about|on)|oscar|nobel|prize|laureates?|remember\w*|recalled (?:how"
    r"|that|the (?:day|night|moment|morning))"
    r"|names of the (?:dead|victims|fallen)|read out the names|in (?:memory|remembrance) of)\b"
)
# A headline about a work or an award: everything in the update is about the past it shows.
_CULTURAL = low_rule(
    r"\b(?:oscars?|documentary(?! (?:film )?(?:crews?|teams?|makers?))"
    r"|film(?! (?:crews?|makers?|students?|equipment))|festival"
    r"|exhibition|museum|novel|memoir|academy awards?|play about|theatre|theater|opera|musical"
    r"|(?:new |a )?(?:book|history|biography) (?:of|on|about)\b"
    r"|best (?:documentary|film|picture)|book prize|pulitzer"
    # A commemoration: "Kramatorsk marks anniversary of railway station attack", "Ten years on,
    # families still wait".
    r"|(?:marks?|marking|commemorat\w*|remember\w*)\b[^.;]{0,30}?\banniversary"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|\d+) years? on(?=,)"
    # Not a headline that adds the day's news: "marks three years since liberation as shells hit".
    r"|mark(?:s|ed|ing)? (?:[\w-]+ ){0,2}?(?:years?|decades?) since"
    r"(?![^.;\n]*\b(?:as|while|amid)\b)"
    # A war long over, unless its munitions kill today: "WWII-era bomb kills two".
    r"|(?:d-day|(?:first|second) world war|world war (?:i|ii|one|two|1|2)|wwi|wwii|ww1|ww2"
    r"|holocaust)(?![- ](?:era|bombs?|shells?|munitions?|ordnance|mines?|grenades?|device))"
    r")\b"
)
# How long a place was held: "a town it had held since 2022" counts nothing.
_HELD_BEFORE = re.compile(
    r"\b(?:held|controlled|occupied|defended|governed|ruled|besieged|blockaded)\s+(?:[\w-]+\s+){0,2}$"
)
# A headline telling an event of today names a venue, not a work: "Missile hits opera house".
_HEADLINE_EVENT = re.compile(
    r"\b(?:hits?|struck|kills?|killing|injures?|injuring|wounds?|wounding|hurts?|damages|damaged"
    r"|destroys?"
    r"|(?:killed|wounded|injured|hurt) in (?:an? |the )?(?:[\w-]+ )?(?:shelling|strike|attack"
    r"|bombing|raid|blast))\b"
)
# A fight that began days ago is one event, its toll no running tally: "has killed 30 people
# since the ELN launched its offensive on Thursday".
_NOT_DAYS_AGO = (
    r"(?! (?:on |last |early |late )?(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|overnight|yesterday|this morning)\b)"
)
# A running tally ("since February 2022", "in the past 24 hours"), not one event.
TALLY = low_rule(
    r"\b(?:since (?:the )?(?:start|beginning|outbreak|onset) of (?:the |(?:[A-Z]\w+)['’]s )?"
    r"(?:full-scale |all-out |current |latest |[A-Z]\w+ )?(?:war|invasion|conflict|fighting"
    r"|offensive|hostilities|crisis|(?:special |ground |military )+operation)"
    r"|since (?:the )?(?:full-scale )?(?:war|conflict|fighting|invasion|hostilities|clashes"
    r"|operation|offensive|counteroffensive|campaign)\b[^.;,]{0,50}? (?:began|started|erupted"
    r"|broke out|escalated)"
    + _NOT_DAYS_AGO
    + r"|since (?:[\w'’-]+ ){0,3}(?:entered|joined) (?:the )?(?:combat|fighting|war)"
    r"|since (?:Russia|Moscow|Israel|Hamas) (?:invaded|launched)"
    r"|since it (?:began|took effect|started|came into force)"
    r"|since the (?:start|beginning) of (?:the year|(?:19|20)\d\d)"
    # Losses of a force since it arrived: "killed or wounded since they were deployed".
    r"|since (?:they|it|its (?:troops|forces|soldiers)|the (?:[\w-]+ ){0,2}?(?:troops|forces"
    r"|soldiers|contingent|units)) (?:were|was) (?:first )?(?:deployed|sent|dispatched)"
    r"|since the (?:[\w-]+ ){0,3}?(?:ceasefire|truce) (?:took effect|began|started|came into force)"
    # "killed by Israeli fire since then", "in most months since the summer".
    r"|(?:killed|dead|died|wounded|injured|launched|fired)\b[^.;]{0,40}?\bsince then"
    r"|since (?:the )?(?:summer|spring|autumn|winter)|in most months|every month"
    r"|since (?:the )?(?:[\w'’-]+ ){1,3}(?:launched|began|started) (?:its|their|the) (?:[\w-]+ )?"
    r"(?:offensive|campaign|operation|war|invasion|insurgency)"
    + _NOT_DAYS_AGO
    # A month or a year counted whole: "a record month", "over the month", "across Ukraine in
    # October", "the highest in three months".
    + r"|record (?:month|week|year)|over the (?:month|week|year)"
    r"|(?:across|throughout) (?:[\w'’-]+ ){1,3}in (?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december)"
    r"|highest (?:[\w-]+ )?(?:in|for|since) (?:[\w-]+ )?(?:months|years|weeks)"
    r"|since (?:the )?(?:law|decree|conscription|mobili[sz]ation|draft) (?:took effect|came into"
    r" force|began|was introduced)"
    r"|since (?:the )?October 7\b"
    r"|since (?:the )?(?:Russia's )?(?:full-scale )?invasion|since launching|since (?:(?:January"
    r"|February|March|April|May|June|July|August|September|October|November|December) )?"
    r"(?:19|20)\d\d"
    r"|in the past 24 hours|in the 24 hours|in 24 hours"
    r"|over the past (?:24 hours|day|week|month)|in (?:the )?past (?:24 hours|day|week|month)"
    r"|(?:in|over|during) the (?:past|last) (?:two|three|four|five|six|several|few|\d+) (?:days"
    r"|weeks|months)"
    r"|during the day"
    r"|since (?:january|february|march|april|may|june|july|august|september|october|november"
    # "this week's shelling" dates one event; "this week" alone counts over it.
    r"|december)|this (?:week|month|year)(?!['’]s)|so far this year"
    # Not a place "seized last year": when it was taken, not a count over the year.
    r"|(?<!seized )(?<!captured )(?<!taken )(?<!took )(?<!overran )(?<!occupied )"
    # Nor a month of last year: "a strike killed 23 people in April last year" is one event.
    r"(?<!january )(?<!february )(?<!march )(?<!april )(?<!may )(?<!june )(?<!july )"
    r"(?<!august )(?<!september )(?<!october )(?<!november )(?<!december )last year(?!['’]s)"
    r"|since the (?:start|beginning) of (?:the |this )?(?:year|month|week)"
    # Losses summed over both sides; not "officials on both sides said".
    r"|(?:killed|dead|deaths|casualties|losses|wounded|injured) on both sides"
    r"|in the war so far|after [\d,]+ days of (?:war"
    r"|fighting)|daily (?:losses|update)|per day"
    r"|every (?:day|week)|a day\b(?! (?:after|before|earlier|later|ago|of|when))"
    # Not "over the past night": one night's attack.
    r"|over the past(?! night)"
    r"|since \d{1,2} (?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)"
    r"|in the week (?:of|to|ending|up to|through)|during the (?:week|month)"
    r"|political violence events"
    r"|(?:most violent|deadliest|bloodiest) (?:month|week|year)"
    r"|in (?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)(?: (?:19|20)\d\d)? alone|(?:regional|weekly"
    r"|monthly) overview|(?:weekly|monthly|quarterly|annual|yearly) (?:update|report|record|figures"
    r"|tally|data|total|count)|(?:insurgency|war|conflict|uprising)\b[^.;]{0,40}?"
    r"\b(?:began|started|erupted) in"
    # A count "as of" a date is cumulative: "As of 3 February, 25 people had been killed".
    r"|as of (?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)|in the course of the (?:operation|offensive|campaign))\b"
)
# "the fifth attack on the refinery since August" counts attacks; it is not a toll's period.
_RECURRENCE_BEFORE = low_re(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r" (?:[\w-]+ )?(?:time|attack|strike|raid|such|killing|death|murder|assassination|ambush"
    r"|shooting|incident)\b[^.;]{0,70}$"
)
_SUPERLATIVE_BEFORE = low_re(
    r"\b(?:largest|biggest|deadliest|heaviest|worst|record|highest|most|bluntest|strongest"
    r"|sharpest|starkest|toughest|clearest|boldest|harshest|fiercest|gravest)\b[^.;,]{0,40}$"
)
_LEADING = 3
"""A recall this close to its sentence's start sets the whole sentence in the past."""
_REVISED = low_re(r"\b(?:up from|revised (?:up|down)\w*|raising the (?:death )?toll)\b")
# Wire and live-blog prefixes before the headline proper: "BREAKING:", "UPDATE 2-", "08:42 —".
_ALERT_PREFIX = low_re(
    r"(?:\s*(?:(?:breaking|urgent|update(?:d)?(?: \d+)?|live|flash|just in|exclusive|alert"
    r"|developing|watch)(?: news)?\s*(?:[:|—–]|-(?=\s*\w))|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
    r"\s*[:|—–-])\s*)+"
)
# Clauses that go on about the recalled event: "which killed 50", ", an attack that killed 13",
# "including three teenagers", "and wounded 60".
_RELATIVE = low_re(
    r"\s*(?:which|that|who|when|in which|during which|including|among them|killing|wounding"
    r"|bringing|injuring|leaving|and (?:wound|injur|kill|left)\w*"
    r"|(?:an?|the) (?:[\w-]+ ){0,2}?(?:attack|strike|bombing|assault|massacre|shelling|raid"
    r"|explosion|blast)s? (?:that|which|in which)\b)"
)
# A state that lasts into the present: "still", "a million people remain displaced".
# Not scars of the past event: "many survivors still live with injuries".
_STILL = low_re(
    r"\b(?:still(?! (?:live|living|lives|suffer\w*|bear\w*|carry\w*|recover\w*|mourn\w*|rebuild\w*"
    r"|repair\w*"
    r"|haunted|bears?))|remain(?:s|ed)? (?:displaced|closed|shut|without|cut off|in camps))\b"
)
# Kinds of event a later sentence may name again ("the blast" for "the explosion").
_EVENT_KINDS = {
    "attack": "attack", "raid": "attack", "assault": "attack", "ambush": "attack",
    "massacre": "attack", "strike": "strike", "airstrike": "strike", "bombing": "blast",
    "blast": "blast", "explosion": "blast", "earthquake": "quake", "quake": "quake",
    "war": "war", "conflict": "war", "offensive": "war",
}  # fmt: skip
_EVENT_NOUN = re.compile(rf"\b({'|'.join(_EVENT_KINDS)})\b")
_NAMED_AGAIN = re.compile(
    rf"[\"'“‘]?(?:the|that|this) (?:[\w'’-]+ ){{0,2}}?(?P<noun>{'|'.join(_EVENT_KINDS)})\b"
)
_CURRENT_TIME = low_re(
    r"\b(?:today|tonight|overnight|yesterday|this (?:morning|afternoon|evening|week)|on (?:monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday)|last night)\b"
)


class Segment(NamedTuple):
    """A sentence or clause of the text, by offsets."""

    start: int
    end: int


def _segment(start: int, end: int) -> Segment:
    """`Segment(start, end)`, made by the tuple constructor: a named tuple's own `__new__` is a
    Python function, slow to call from compiled code, and build_context makes one per clause."""
    return tuple.__new__(Segment, (start, end))


@dataclass(slots=True)
class TextContext:
    """The text, its lower-cased scan, sentences, clauses and the clauses recalling the past."""

    text: str
    headline_end: int
    scan: Scan
    low: str = ""
    """The lower-cased text, same offsets (the scan's, kept here for the many local reads)."""
    lead: int = 0
    """Where the headline proper starts, after an alert prefix ("BREAKING: ")."""
    sentences: list[Segment] = field(default_factory=list)
    clauses: list[Segment] = field(default_factory=list)
    historical: list[Segment] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)
    _clause_starts: list[int] = field(default_factory=list)
    _tallies: dict[int, Segment | None] = field(default_factory=dict)

    def sentence_at(self, pos: int) -> Segment:
        """The sentence holding `pos`."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return self.sentences[i]
        return _segment(max(0, pos), max(0, pos))

    def clause_at(self, pos: int) -> Segment:
        """The clause holding `pos`."""
        i = bisect.bisect_right(self._clause_starts, pos) - 1
        if i >= 0 and pos < self.clauses[i].end:
            return self.clauses[i]
        return self.sentence_at(pos)

    def clauses_in(self, sentence: Segment) -> list[Segment]:
        """The clauses that start inside `sentence`."""
        return [c for c in self.clauses if sentence.start <= c.start < sentence.end]

    def sentence_after(self, sentence: Segment) -> Segment | None:
        """The sentence that follows `sentence`, if any."""
        i = bisect.bisect_left(self._sentence_starts, sentence.end)
        return self.sentences[i] if i < len(self.sentences) else None

    def sentence_before(self, sentence: Segment) -> Segment | None:
        """The sentence that precedes `sentence`, if any."""
        i = bisect.bisect_left(self._sentence_starts, sentence.start) - 1
        return self.sentences[i] if i >= 0 else None

    def clause_after(self, clause: Segment) -> Segment | None:
        """The clause that follows `clause`, if any."""
        i = bisect.bisect_right(self._clause_starts, clause.start)
        return self.clauses[i] if i < len(self.clauses) else None

    def tally_at(self, pos: int) -> Segment | None:
        """The tally phrase in the sentence holding `pos`, if any (cached per sentence)."""
        sentence = self.sentence_at(pos)
        if sentence.start not in self._tallies:
            match = TALLY.search_in(self.scan, sentence.start, sentence.end)
            low = self.scan.low
            if match is not None and (
                _REVISED.search(low, sentence.start, sentence.end)
                or _SUPERLATIVE_BEFORE.search(
                    low, max(sentence.start, match.start() - 50), match.start()
                )
                or _RECURRENCE_BEFORE.search(
                    low, max(sentence.start, match.start() - 90), match.start()
                )
                or _HELD_BEFORE.search(low, max(sentence.start, match.start() - 30), match.start())
            ):
                # "14 wounded in total, up from 11": one event's count revised; "the largest
                # attack this year": one event compared with the others; "a town it had held since
                # 2022": how long a place was held.
                match = None
            self._tallies[sentence.start] = (
                _segment(match.start(), match.end()) if match is not None else None
            )
        return self._tallies[sentence.start]

    def is_historical(self, pos: int) -> bool:
        """Whether `pos` lies in a clause that recalls an earlier event."""
        # Most texts recall nothing: answer those without a generator.
        return bool(self.historical) and any(seg.start <= pos < seg.end for seg in self.historical)


def _boundaries(text: str) -> list[tuple[int, int, bool]]:
    """Where `_BOUNDARY.finditer(text)` matches, as (start, end, whether a sentence ends
    there), tried only where a boundary can start: its search would stop at every space and run
    the regex's checks there."""
    # str.find skips to the next opener in one fast pass.
    starts: set[int] = set()
    for opener in _BOUNDARY_OPENERS:
        at = text.find(opener)
        while at >= 0:
            starts.add(at)
            at = text.find(opener, at + 1)
    for stop in _STOPS:
        at = text.find(stop)
        while at >= 0:
            if text[at + 1 : at + 2].isspace():
                starts.add(at + 1)
            at = text.find(stop, at + 1)
    at = text.find("-", 1)
    while at >= 0:
        if text[at - 1].isspace():
            starts.add(at - 1)
        at = text.find("-", at + 1)
    found: list[tuple[int, int, bool]] = []
    searched_to = 0
    for start in sorted(starts):
        if start < searched_to:
            continue  # inside the boundary before, which finditer would not search again
        match = _BOUNDARY.match(text, start)
        if match is not None:
            searched_to = match.end()
            found.append((start, searched_to, match.lastgroup == "sentence"))
    return found


def build_context(text: str, headline_end: int) -> TextContext:
    """Scan `text`, cut it into sentences and clauses and mark the historical clauses."""
    scan = Scan(text)
    ctx = TextContext(text=text, headline_end=headline_end, scan=scan, low=scan.low)
    prefix = _ALERT_PREFIX.match(ctx.scan.low, 0, headline_end)
    if prefix:
        ctx.lead = prefix.end()
    sentence_start = clause_start = 0
    for start, end, ends_sentence in _boundaries(text):
        if start > clause_start:
            ctx.clauses.append(_segment(clause_start, start))
        clause_start = end
        if ends_sentence:
            if start > sentence_start:
                ctx.sentences.append(_segment(sentence_start, start))
            sentence_start = end
    if clause_start < len(text):
        ctx.clauses.append(_segment(clause_start, len(text)))
    if sentence_start < len(text):
        ctx.sentences.append(_segment(sentence_start, len(text)))
    ctx._sentence_starts = [s.start for s in ctx.sentences]
    ctx._clause_starts = [c.start for c in ctx.clauses]
    low = ctx.low
    marked: list[Segment] = []
    recalls = [(m, True) for m in _HISTORICAL.finditer(ctx.scan)]
    recalls += [(m, False) for m in _RECALLED.finditer(ctx.scan)]
    for match, dated in recalls:
        tally = None if dated else ctx.tally_at(match.start())
        if tally is not None and tally.start < match.end() and match.start() < tally.end:
            continue  # "148 killed across Ukraine in October": a month's tally, not a recall
        sentence = ctx.sentence_at(match.start())
        leading = match.start() - sentence.start <= _LEADING or (
            not dated and low[sentence.start : match.start()] == "the "
        )
        # "Six years ago, a suicide bomber ...", "In March 2019, gunmen ...": the whole sentence
        # is set in the past. Not "Since rebels took the town, 10,000 have fled": a tally's start.
        if leading and (dated or not low.startswith("since", match.start())):
            marked.extend(ctx.clauses_in(sentence))
            continue
        i = bisect.bisect_right(ctx._clause_starts, match.start()) - 1
        marked.append(ctx.clauses[i])
        # Relative clauses that follow ("..., which killed hundreds") recall the same event.
        while i + 1 < len(ctx.clauses) and _RELATIVE.match(low, ctx.clauses[i + 1].start):
            i += 1
            marked.append(ctx.clauses[i])
    for match in _EARLIER_SEASONS_EVENT.finditer(ctx.scan):
        sentence = ctx.sentence_at(match.start())
        if _CURRENT_TIME.search(low, sentence.start, sentence.end):
            marked.append(ctx.clause_at(match.start()))
        else:
            marked.extend(ctx.clauses_in(sentence))
    # A film, a book or an anniversary in the headline sets the whole text in the past, even
    # what is "still" so: "2,600 are still missing" since the massacre it commemorates.
    commemorated = bool(
        _CULTURAL.search_in(ctx.scan, 0, headline_end)
        and not _HEADLINE_EVENT.search(low, 0, headline_end)
    )
    for match in _RETROSPECTIVE.finditer(ctx.scan):
        sentence = ctx.sentence_at(match.start())
        if _HEADLINE_EVENT.search(low, sentence.start, match.start()):
            # "Drone kills two on anniversary of the dam breach": today's news, then the past.
            marked.append(_segment(match.start(), sentence.end))
            continue
        marked.extend(ctx.clauses_in(sentence))
    if marked:
        marked.extend(_referring_back(ctx, marked))
    for clause in ctx.clauses if commemorated else marked:
        if clause not in ctx.historical and (
            commemorated or not _STILL.search(low, clause.start, clause.end)
        ):
            ctx.historical.append(clause)
    return ctx


def _referring_back(ctx: TextContext, recalled: list[Segment]) -> list[Segment]:
    """Clauses of the sentences that open by naming a recalled event again: "In 2021 gunmen
    attacked Palma. The Palma attack killed dozens." """
    low = ctx.low
    out: list[Segment] = []
    for sentence in ctx.sentences:
        match = _NAMED_AGAIN.match(low, sentence.start, sentence.end)
        if match is None or _CURRENT_TIME.search(low, sentence.start, sentence.end):
            continue
        kind = _EVENT_KINDS[match.group("noun")]
        if any(
            clause.end <= sentence.start
            and kind
            in {_EVENT_KINDS[w] for w in _EVENT_NOUN.findall(low, clause.start, clause.end)}
            for clause in recalled
        ):
            out.extend(ctx.clauses_in(sentence))
    return out


# "No one on the southern side was": a negated subject widened by where they were, or counted.
_NEGATED_SUBJECT = re.compile(
    r"\b(?:no one|nobody|none) (?:on|in|at|among|from|aboard) (?:[\w'’-]+ ){1,4}?(?:was|were"
    r"|has been|had been) $"
    # "None of the roughly 1,000 soldiers stationed there was".
    r"|\bnone of (?:[\w,.'’-]+ ){1,8}?(?:was|were|has been|had been) (?:reported )?$"
)
# A sentence that opens with a condition: "If the border is crossed, ...".
_CONDITION_OPENING = re.compile(r"[\"'“‘]?(?:if|unless|should (?:the|any|an?)) ")
# Words that cancel a trigger shortly after them, and words that make it a purpose or plan.
_NEGATION_WORDS = frozenset(
    {"no", "not", "nobody", "none", "without", "nor", "never", "neither", "denied", "deny",
     "denies"}
)  # fmt: skip
# Plans are future news of their own ("plans to station 4,800 troops"); for the topics whose
# plans are still news they do not make a trigger hypothetical.
_STATED_PLANS = frozenset({"planned", "intends", "intend", "intended", "plans", "planning"})
# Weighing a move makes it a plan, but does not drop a topic that a weighed move is news of
# ("Washington weighs whether to send cruise missiles").
PLAN_WORDS = _STATED_PLANS | {"considering", "weighs", "weighing", "mulls", "mulling"}
_HYPOTHETICAL_WORDS = frozenset(
    {"if", "unless", "against", "would", "could", "might", "discourage", "deter", "any",
     "possible", "potential", "demand", "demands", "demanded", "demanding", "urge", "urges",
     "urged", "urging", "asked", "asks", "calling", "threatening"}
) | _STATED_PLANS  # fmt: skip
# "said it would fund a package of weapons": a pledge, still news for the topics of plans.
_HYPOTHETICAL_NOT_PLAN = _HYPOTHETICAL_WORDS - PLAN_WORDS - {"would"}
# Purposes, threats, and definitions of what would count as an event ("will be treated as an
# attack on Russia" in a doctrine or treaty clause).
_HYPOTHETICAL_PAIRS = frozenset(
    {("to", "counter"), ("to", "help"), ("to", "try"), ("to", "prepare"), ("ready", "to"),
     ("vowed", "to"), ("threat", "of"), ("threatened", "to"), ("to", "avoid"), ("ahead", "of"),
     ("to", "prevent"), ("treated", "as"), ("regarded", "as"), ("considered", "as"),
     ("viewed", "as"), ("deemed", "a"), ("deemed", "an"), ("to", "end"), ("to", "stop"),
     ("to", "halt"), ("to", "check"), ("to", "curb"), ("to", "thwart"), ("to", "block"),
     ("to", "support"), ("halt", "to"), ("end", "to"), ("moratorium", "on"), ("ban", "on")}
)  # fmt: skip


# "began to withdraw", "were forced to pull out": the infinitive reports what happened.
_DONE_BEFORE_TO = frozenset(
    {"began", "begun", "started", "continued", "continue", "continues", "managed", "forced",
     "attempted", "tried", "resorted",
     "had", "has", "have", "moved", "rushed", "sent", "deployed", "according", "due", "back",
     "fell", "falls", "fallen", "lost", "close", "ordered", "orders", "order", "decided",
     "decides", "agreed", "forces"}
)  # fmt: skip


def is_planned(ctx: TextContext, start: int) -> bool:
    """Whether a plan word shortly before `start`, in its clause, makes it a plan."""
    clause = ctx.clause_at(start)
    return not PLAN_WORDS.isdisjoint(ctx.low[max(clause.start, start - 70) : start].split()[-7:])


def is_infinitive(ctx: TextContext, start: int) -> bool:
    """Whether the trigger is an infinitive of what has not happened: "forces to withdraw"."""
    if ctx.low.startswith(("have ", "had "), start):
        return False  # "claim to have taken the village": a perfect infinitive tells what was done
    words = ctx.low[max(0, start - 30) : start].split()[-2:]
    return bool(words) and words[-1] == "to" and (len(words) < 2 or words[0] not in _DONE_BEFORE_TO)


def is_negated(ctx: TextContext, start: int, end: int, clause: Segment) -> bool:
    """Whether a word shortly before `start` (in its clause) negates it: "no one was hurt"."""
    words = ctx.low[max(clause.start, start - 60) : start].split()
    # "no one had been killed or injured": the negation reaches across "or".
    words = words[-8:] if words and words[-1] in ("or", "nor") else words[-5:]
    if not _NEGATION_WORDS.isdisjoint(words) or "n't" in " ".join(words):
        return True
    if _NEGATED_SUBJECT.search(ctx.low, max(clause.start, start - 60), start):
        return True  # "no one on the southern side was hurt"
    return bool(_NEGATION_AFTER.match(ctx.low, end))


def is_hypothetical(
    ctx: TextContext, start: int, clause: Segment, *, plans_are_news: bool = False
) -> bool:
    """Whether the trigger sits in a condition, purpose or plan clause (`plans_are_news`: not a
    plan, which is kept as future news)."""
    words = ctx.low[max(clause.start, start - 70) : start].split()[-7:]
    hypothetical = _HYPOTHETICAL_NOT_PLAN if plans_are_news else _HYPOTHETICAL_WORDS
    if not hypothetical.isdisjoint(words):
        return True
    # "If the enemy attacks, we will mobilise all forces": the whole sentence is a condition.
    if _CONDITION_OPENING.match(ctx.low, ctx.sentence_at(start).start):
        return True
    return not _HYPOTHETICAL_PAIRS.isdisjoint(pairwise(words))
