"""Topic rules, compiled once: triggers with evidence spans, filtered by context."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from shared.models import Span, Topic

_I = re.IGNORECASE

# Sentences end at . ! ? followed by space and a capital/quote, or at a blank line.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘'A-Z0-9])|\n\s*\n|\n")
_CLAUSE_END = re.compile(r"[,;:—–]\s|\s-\s|\(|\)")

_NEGATION_BEFORE = re.compile(
    r"\b(?:no|not|nobody|no one|none|without|nor|never|neither|n't|denied|deny|denies|"
    r"no immediate information on|no reports? of|no information (?:on|about))\s+"
    r"(?:[\w-]+\s+){0,3}$",
    _I,
)
_NEGATION_AFTER = re.compile(r"^\s*(?:unharmed|unhurt)\b", _I)

# A clause that recalls an earlier event (anniversaries, court cases, retrospectives).
_HISTORICAL = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|months?|decades?)"
    r"\s+(?:after|since|ago|on from)|anniversary|commemorat\w*|memorial|mourn\w* the victims"
    r"|sentenc\w*|convicted|court|trial|verdict|documentary|film|Oscar|remember\w*|recalled)\b",
    _I,
)
_STILL = re.compile(r"\bstill\b", _I)

# A purpose, condition or proposal: the trigger describes something that has not happened.
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:if|unless|against|to counter|to help|to try to|to prepare|ready to|vowed to|would"
    r"|threat of|threatened to|to avoid|ahead of|planned)\s+"
    r"(?:[\w'-]+\s+){0,4}$",
    _I,
)

_AS_BACKGROUND = re.compile(
    r"\bas\s+(?:[\w-]+\s+){0,2}(?:shelling|strikes|attacks|bombardment|fighting)\s+"
    r"(?:intensified|continued|increased|escalated)",
    _I,
)

_PEOPLE = (
    r"(?:people|persons?|civilians?|residents?|soldiers?|troops|servicemen|fighters|children"
    r"|child|men|man|women|woman|boys?|girls?|babies|baby|infants?|workers?|passengers?"
    r"|patients|marines|officers|police(?:men)?|journalists?|volunteers?|rescuers?|Palestinians"
    r"|Ukrainians|Russians|Israelis|others|family|members)"
)

_TRIGGERS: dict[Topic, str] = {
    Topic.CASUALTIES: (
        r"\b(?:killed|killing|kills?|dead|deaths?|died|dies|death toll|wounded|wounding|wounds"
        r"|injured|injuring|injures|injuries|hurt|casualties|missing|bodies|body of|remains of"
        r"|lost their lives|fatalities|poison(?:ed|ing)|unaccounted for|trapped under"
        r"|shot dead|shooting dead|killed or wounded)\b"
    ),
    Topic.STRIKE: (
        r"\b(?:air ?strikes?|airstrikes?|missile strikes?|drone strikes?|(?:missile|drone|rocket"
        r"|artillery|air|aerial|bomb|glide[- ]bomb|ballistic|cruise|MLRS|mortar|Shahed)s?"
        r" (?:attacks?|strikes?|barrages?|raids?|fire|hit|bombardments?)"
        r"|shelling|shelled|bombard\w*|bombing|bombed|barrage"
        r"|(?:hit|struck|destroyed|damaged) by (?:an? )?(?:[\w-]+ ){0,3}?(?:missiles?|drones?|rockets?"
        r"|bombs?|shells|strikes?|airstrikes?)"
        r"|(?:drones?|missiles?|rockets?|bombs?|shells|munitions|jets?|aircraft|artillery|UAVs?"
        r"|warplanes?|helicopters?|Shaheds?)\b[^.;]{0,50}?\b(?:hit|hits|struck|strikes?|striking"
        r"|attacked|attacking|dropped|drops?|fell|exploded|set fire|damag\w*|slammed|launched"
        r"|fired|killed|killing|targeted|pounded|rained)"
        r"|(?:launch\w*|fir(?:ed|es|ing)|attack\w* \w+ with|drop(?:ped|s)?|hit \w+ with"
        r"|struck \w+ with)\b[^.;]{0,40}?\b(?:drones|missiles|rockets|bombs|shells)"
        r"|(?:shot down|shooting down|downed|downing|intercept\w*|destroy\w*)"
        r"\b[^.;]{0,50}?\b(?:drones?|missiles?|rockets?|UAVs?|Shaheds?)"
        r"|(?:drones?|missiles?|rockets?|UAVs?)\b[^.;]{0,40}?\b(?:shot down|downed|intercepted"
        r"|destroyed)|aerial attack|air attack|strike on|struck"
        r"|attacks? on (?:the )?(?:(?:city|town|village) of )?(?-i:[A-Z])\w*)\b"
    ),
    Topic.TROOP_DEPLOYMENT: (
        r"\b(?:(?:troops?|soldiers|forces|units|brigades?|battalions?|contingents?|reservists"
        r"|conscripts|servicemen|reinforcements|fighters|personnel|special forces|battlegroups?"
        r"|divisions?|regiments?|paratroopers|marines|military aircraft|warships|navy ships)\b"
        r"[^.;]{0,60}?\b(?:sent|sending|deploy(?:ed|ing|s)?|dispatched|stationed|arriv\w*"
        r"|massed|massing|gathered(?! for)|moved|moving|redeploy\w*|mobili[sz]ed|withdr[ae]w\w*"
        r"|pull\w* out|regroup\w*|transported|crossed into|amassed|build-?up|reinforce[sd]"
        r"|present)"
        r"|(?:send(?:s|ing)?|sent|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?"
        r"|mass(?:es|ed|ing)|gather(?:s|ed|ing)|mov(?:e|es|ed|ing)|redeploy\w*|mobili[sz]\w*"
        r"|to station|station(?:ed|ing)"
        r"|withdr[ae]w\w*|pull(?:s|ed|ing)?|regroup\w*|amass\w*|reinforc(?:e|es|ed|ing)"
        r"|call(?:s|ed|ing)? up|call-up orders?|draft|grow|increase|expand|detected)\b[^.;]{0,50}?"
        r"\b(?:troops|soldiers|forces|units|brigades?|battalions?|contingents?|reservists"
        r"|conscripts|servicemen|reinforcements|fighters|personnel|special forces|paratroopers"
        r"|military aircraft|warships|navy ships|people|men)"
        r"|(?:general |partial )?mobili[sz]ation|conscription|call-up|deployment"
        r"|(?:troops|soldiers) (?:are |were |now |currently |still )?(?:stationed )?"
        r"(?:in|on|near|at) (?-i:[A-Z])"
        r"|(?:troops|soldiers|forces) (?:\w+ ){0,3}?(?:engaged in combat|in combat|fighting alongside))"
    ),
    Topic.TERRITORIAL_CHANGE: (
        r"\b(?:captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|(?:took|taken|take|taking|seized|gained)"
        r" (?:full |complete |effective )?control|control(?:s|led)? (?:\d+|[\w-]+) settlements"
        r"|(?:forces|troops) (?:now )?control(?:led)?|liberat(?:e|ed|es|ing)|retak(?:e|en|es|ing)"
        r"|retook|recaptur\w+|(?:have|has|had|were|was) occupied|fell to|had fallen|has fallen"
        r"|fall of|lost control|loss of (?-i:[A-Z])|los(?:e|es|ing|t) (?-i:[A-Z])|withdr(?:ew|awn|awal|aws?"
        r"|awing) (?:of [^.;]{0,40}?)?from|pull(?:ed|s|ing)? (?:\w+ )?out of|abandon\w*"
        r"|swept into|regroup\w* (?:troops |forces )?from|(?:left|leave) (?-i:[A-Z])\w+ Island"
        r"|withdraws? from)\b"
    ),
    Topic.GROUND_COMBAT: (
        r"\b(?:clash\w*|fighting|fought|battles?|battling|assaults?|offensive|advanc(?:e|es|ed|ing)"
        r"|repel\w*|repuls\w*|incursion|combat|firefights?|encircl\w*|infiltrat\w*|stormed"
        r"|storming|ambush\w*|skirmish\w*|gun ?battles?|(?:jihadist|militant|insurgent|rebel"
        r"|gunmen|armed men)\w*\b[^.;]{0,40}?\battack\w*|crossed into)\b"
    ),
    Topic.MILITARY_AID: (
        r"\b(?:(?:military|security|defen[cs]e|weapons?|arms) (?:aid|assistance|package|support"
        r"|deliveries|supplies|shipments|sales?)|aid package|arms sale|F-16s?|(?:send|sent"
        r"|supply|supplied|supplies|deliver\w*|provid\w*|donat\w*|pledg\w*|ship\w*|transfer\w*"
        r"|approv\w*)\b[^.;]{0,40}?\b(?:weapons|arms|ammunition|artillery shells|shells|tanks"
        r"|fighter jets|jets|F-16s?|air defen[cs]es?|Patriots?|HIMARS|drones|missiles|interceptors)"
        r"|training\b[^.;]{0,30}?\brecruits|train\w* [\d,]+ \w* ?(?:troops|soldiers|recruits)"
        r"|paus\w* (?:all )?(?:weapons|military aid|aid)|(?:military|aid) deliveries"
        r"|(?:donated|supplied|provided|delivered|pledged|sent) by (?-i:[A-Z])\w*)\b"
    ),
    Topic.DIPLOMACY_SANCTIONS: (
        r"\b(?:talks|negotiat\w*|treaty|ceasefire|truce|peace (?:deal|plan|process|summit|talks)"
        r"|summit|sanction\w*|embargo|blacklist\w*|ambassadors?|envoys?|foreign minist\w*"
        r"|(?<!Russia's )(?<!national )Security Council|General Assembly|urge[sd]? (?:(?-i:[A-Z])|both sides|all sides|the West"
        r"|allies)|demand(?:s|ed)? (?:that|the)"
        r"|prisoner (?:exchange|swap)s?|swap|exchang\w* (?:\w+ )?(?:bodies|prisoners|POWs)"
        r"|diplomat\w*|summon\w*|condemn\w*|minerals deal|hostage (?:release )?deal"
        r"|(?:to|will|would) meet|met with|meeting with|reaction of the West|West's reaction"
        r"|countermeasures|peacekeep\w*|reassurance force)\b"
    ),
    Topic.HUMANITARIAN_INFRASTRUCTURE: (
        r"\b(?:blackouts?|power (?:outages?|cuts?)|outages?|without (?:power|electricity|water"
        r"|heating|running water|gas)|(?:no|lack\w*|cut\w*) (?:\w+ ){0,2}(?:water|electricity"
        r"|power|heating) supply|lack\w* (?:drinking )?water|cutting electricity"
        r"|evacuation of|mandatory evacuation|evacuation routes?|(?:residents|families|civilians"
        r"|people|children|villages?|districts?|city|town)\b[^.;]{0,40}?\b(?:were being |be )?"
        r"evacuat\w*(?! unharmed)|evacuat\w* (?:\w+ ){0,3}(?:residents|families|civilians"
        r"|people|from)|evacuees|refugees|displacement|(?:were|been|was) displaced|forced to flee|humanitarian (?:aid|access|corridor"
        r"|convoy|situation)|aid workers|(?:families|residents|people)\b[^.;]{0,30}?\b(?:leaving"
        r"|fled|fleeing)|water supply)\b"
    ),
    Topic.NUCLEAR_CBRN: (
        r"\b(?:nuclear|radiation|radioactive|reactors?|IAEA|chemical (?:weapons?|munitions|agents?"
        r"|attacks?)|toxic (?:chemicals|gas)|chloropicrin|sarin|chlorine|tear gas|nerve agent"
        r"|dirty bomb|warheads?)\b"
    ),
    Topic.ECONOMY: (
        r"\b(?:budgets?|GDP|inflation|interest rates?|key rate|benchmark rate|central bank"
        r"|ruble|rouble|hryvnias?|currency|oil prices?|crude|Brent|gas prices|stock markets?"
        r"|markets|exports?|imports?|tariffs?|economy|economic|finance ministry|defen[cs]e spending"
        r"|military spending|bonds?|futures|recession|grain (?:trucks|imports|exports|shipments|corridor)"
        r"|trade|prices|tonnes of grain)\b"
    ),
}

# Infrastructure nouns count only with damage in the same clause (a station named in passing
# is not news about infrastructure).
_INFRA_NOUN = re.compile(
    r"\b(?:power (?:plants?|stations?|grid|lines?|units?|supply)"
    r"|energy (?:facilit\w*|infrastructure|grid|system|sites?)|electricity|substations?"
    r"|transformers?|thermal power|hydroelectric"
    r"|dams?|water (?:pumping|station|mains?|treatment)|pumping station|heating|gas (?:pipelines?"
    r"|facilit\w*|infrastructure)|fuel (?:depots?|storage|facilit\w*)|oil (?:depots?|refinery"
    r"|terminals?)|refinery|railway|rail (?:lines?|stations?|infrastructure)|passenger trains?"
    r"|trains?|bridges?|port infrastructure|port facilit\w*|grain (?:warehouses?|terminals?"
    r"|silos?)|energy grid|grid)\b",
    _I,
)
_DAMAGE = re.compile(
    r"\b(?:hit|hits|struck|strikes?|attack\w*|damag\w*|destroy\w*|set fire|fire|blaze|shell\w*"
    r"|cut\w*|knock\w* out|disrupt\w*|suspended|explod\w*|targeted|drone|missile)\b",
    _I,
)
_NUCLEAR_SITE = re.compile(r"\bnuclear (?:power )?(?:plant|station)\b", _I)

# Context words that cancel a trigger.
_EXCLUDE: dict[Topic, re.Pattern[str]] = {
    Topic.STRIKE: re.compile(
        r"nuclear strike|air raid (?:siren|alert)|strike a deal|hunger strike|labou?r strike"
        r"|(?:jihadist|militant|insurgent|gunmen|armed men|rebel)\w* attacks? on",
        _I,
    ),
    Topic.TERRITORIAL_CHANGE: re.compile(
        r"captur\w* (?:the )?(?:[\w-]+ )*?(?:title|trophy|cup|championship|medal|league|imagination"
        r"|attention|footage|images?|moment)|captured (?:soldiers|troops|prisoners)"
        r"|seiz\w* (?:\w+ )?(?:assets|funds|shipments?|ships?|tankers?|cargo|property)"
        r"|loss of (?:life|lives|power|contact|control of (?:the )?(?:plant|reactor))"
        r"|-occupied|withdraw\w* (?:its |their )?(?:troops|forces) (?:out )?(?:of|from) (?:Russia"
        r"|Niger|Mali|Afghanistan|Iraq|Syria|Belarus)",
        _I,
    ),
    Topic.TROOP_DEPLOYMENT: re.compile(
        r"troops of (?:\w+ )?(?:fans|supporters|tourists)|police|(?:peacekeep\w*|reassurance)"
        r"|(?:deployed|deploy) to protect cities|aid workers|(?:killed|killing|wounded|wounding"
        r"|injured|injuring) (?:\w+ ){0,5}(?:soldiers|troops|marines|servicemen|fighters)",
        _I,
    ),
    Topic.GROUND_COMBAT: re.compile(
        r"after (?:more than )?(?:a|an|one|two|three|\w+)[ -](?:\w+[ -])?(?:years?|months?|weeks?)"
        r"[ -](?:long )?(?:of )?(?:fighting|battle)|held out against|had been under"
        r"|counteroffensive|counterattack|(?:assault|combat|mechani[sz]ed|airborne) (?:brigade|battalion"
        r"|units?|troops|rifles?|helicopters?|aircraft|jets|vehicles|readiness|training|deployment)"
        r"|(?:League|Cup|derby|match)\s+clash",
        _I,
    ),
    Topic.MILITARY_AID: re.compile(r"hub for (?:Western )?military aid", _I),
}

_GROUND_ATTACKERS = re.compile(
    r"\b(?:jihadists?|militants?|insurgents?|gunmen|armed men|rebels?|fighters|bandits)\b", _I
)
_SPORTS = re.compile(
    r"\b(?:League|Cup|striker|midfielder|goalkeeper|coach|match|knockout|knocks out|heavyweight"
    r"|boxer|boxing|titles?|tournament|Olympics?|Euro 20\d\d|kick-off|fans|stadium|season"
    r"|rounds?|championship|footballer|goals?|semi-final|final whistle)\b",
    _I,
)
_SPORTS_MIN_CUES = 3

_TOPIC_RE: dict[Topic, re.Pattern[str]] = {t: re.compile(p, _I) for t, p in _TRIGGERS.items()}

_EVENT_TOPICS = (Topic.CASUALTIES, Topic.STRIKE, Topic.HUMANITARIAN_INFRASTRUCTURE)
_NEGATABLE = (Topic.CASUALTIES, Topic.DIPLOMACY_SANCTIONS)


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence or clause of the text, by offsets."""

    start: int
    end: int


@dataclass(slots=True)
class TextContext:
    """The text cut into sentences and clauses, with the clauses that recall the past."""

    text: str
    headline_end: int
    sentences: list[Segment] = field(default_factory=list)
    clauses: list[Segment] = field(default_factory=list)
    historical: list[Segment] = field(default_factory=list)

    def sentence_at(self, pos: int) -> Segment:
        """The sentence holding `pos`."""
        for sentence in self.sentences:
            if sentence.start <= pos < sentence.end:
                return sentence
        return Segment(0, len(self.text))

    def clause_at(self, pos: int) -> Segment:
        """The clause holding `pos`."""
        for clause in self.clauses:
            if clause.start <= pos < clause.end:
                return clause
        return self.sentence_at(pos)

    def is_historical(self, pos: int) -> bool:
        """Whether `pos` lies in a clause that recalls an earlier event."""
        return any(seg.start <= pos < seg.end for seg in self.historical)


def _segments(text: str, start: int, end: int, splitter: re.Pattern[str]) -> list[Segment]:
    out: list[Segment] = []
    pos = start
    for match in splitter.finditer(text, start, end):
        if match.start() > pos:
            out.append(Segment(pos, match.start()))
        pos = match.end()
    if pos < end:
        out.append(Segment(pos, end))
    return out


def build_context(text: str, headline_end: int) -> TextContext:
    """Cut `text` into sentences and clauses and mark the historical clauses."""
    ctx = TextContext(text=text, headline_end=headline_end)
    ctx.sentences = _segments(text, 0, len(text), _SENTENCE_END)
    for sentence in ctx.sentences:
        clauses = _segments(text, sentence.start, sentence.end, _CLAUSE_END)
        ctx.clauses.extend(clauses)
        for clause in clauses:
            clause_text = text[clause.start : clause.end]
            if _HISTORICAL.search(clause_text) and not _STILL.search(clause_text):
                ctx.historical.append(clause)
    return ctx


def is_negated(text: str, start: int, end: int, clause: Segment) -> bool:
    """Whether the words before `start` (in its clause) negate it: "no one was hurt"."""
    before = text[max(clause.start, start - 60) : start]
    if _NEGATION_BEFORE.search(before):
        return True
    return bool(_NEGATION_AFTER.match(text, end))


def is_hypothetical(text: str, start: int, clause: Segment) -> bool:
    """Whether the trigger sits in a condition, purpose or plan clause."""
    return bool(_HYPOTHETICAL_BEFORE.search(text[max(clause.start, start - 50) : start]))


@dataclass(slots=True)
class TopicEvidence:
    """Evidence per topic, and the triggers dropped for recalling the past."""

    spans: dict[Topic, list[Span]]
    historical_dropped: bool


def _excluded(topic: Topic, text: str, start: int, end: int) -> bool:
    pattern = _EXCLUDE.get(topic)
    if pattern is None:
        return False
    window_start = max(0, start - 40)
    for match in pattern.finditer(text, window_start, min(len(text), end + 50)):
        if match.start() < end and match.end() > start - 40:
            return True
    return False


def _infrastructure_ok(ctx: TextContext, start: int, topics_so_far: set[Topic]) -> bool:
    clause = ctx.sentence_at(start)
    sentence_text = ctx.text[clause.start : clause.end]
    # Energy words about a nuclear plant belong to nuclear_cbrn unless the plant was attacked.
    return not (_NUCLEAR_SITE.search(sentence_text) and Topic.STRIKE not in topics_so_far)


def topic_evidence(ctx: TextContext) -> TopicEvidence:
    """Evidence spans per topic after negation, history, hypotheticals and exclusions."""
    text = ctx.text
    spans: dict[Topic, list[Span]] = {}
    historical_dropped = False
    for topic, pattern in _TOPIC_RE.items():
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            clause = ctx.clause_at(start)
            if topic in _EVENT_TOPICS and ctx.is_historical(start):
                historical_dropped = True
                continue
            if topic in _NEGATABLE and is_negated(text, start, end, clause):
                continue
            if topic in (
                Topic.TROOP_DEPLOYMENT,
                Topic.MILITARY_AID,
                Topic.GROUND_COMBAT,
                Topic.TERRITORIAL_CHANGE,
            ) and is_hypothetical(text, start, clause):
                continue
            if _excluded(topic, text, start, end):
                continue
            if topic is Topic.STRIKE:
                sentence = ctx.sentence_at(start)
                if match.group().lower().startswith("attack") and _GROUND_ATTACKERS.search(
                    text, sentence.start, sentence.end
                ):
                    continue
                background = _AS_BACKGROUND.search(text, sentence.start, sentence.end)
                if background and background.start() <= start < background.end():
                    continue
            spans.setdefault(topic, []).append(Span(start=start, end=end, text=match.group()))
    # Infrastructure nouns need damage in the same clause.
    for match in _INFRA_NOUN.finditer(text):
        clause = ctx.clause_at(match.start())
        if ctx.is_historical(match.start()):
            continue
        sentence = ctx.sentence_at(match.start())
        if not any(
            not ctx.is_historical(d.start())
            for d in _DAMAGE.finditer(text, sentence.start, sentence.end)
        ):
            continue
        if not _infrastructure_ok(ctx, match.start(), set(spans)):
            continue
        spans.setdefault(Topic.HUMANITARIAN_INFRASTRUCTURE, []).append(
            Span(start=match.start(), end=match.end(), text=match.group())
        )
    if Topic.HUMANITARIAN_INFRASTRUCTURE in spans and Topic.NUCLEAR_CBRN in spans:
        kept = [
            s
            for s in spans[Topic.HUMANITARIAN_INFRASTRUCTURE]
            if _infrastructure_ok(ctx, s.start, set(spans))
        ]
        if kept:
            spans[Topic.HUMANITARIAN_INFRASTRUCTURE] = kept
        else:
            del spans[Topic.HUMANITARIAN_INFRASTRUCTURE]
    economy = spans.get(Topic.ECONOMY)
    if economy and len(economy) < 2 and economy[0].start >= ctx.headline_end:
        # One passing mention of trade or prices is background, not economy news.
        del spans[Topic.ECONOMY]
    if len({m.group().lower() for m in _SPORTS.finditer(text)}) >= _SPORTS_MIN_CUES:
        spans.clear()
    for spans_list in spans.values():
        spans_list.sort(key=lambda s: s.start)
    return TopicEvidence(spans=spans, historical_dropped=historical_dropped)
