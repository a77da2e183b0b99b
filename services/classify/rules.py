"""Topic evidence: triggers from the table, filtered by negation, history and context."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from services.classify import triggers as tr
from services.classify.actors import DEMONYM_RE
from services.classify.construct import span_of
from services.classify.context import (
    Segment,
    TextContext,
    is_hypothetical,
    is_infinitive,
    is_negated,
)
from services.classify.gazetteer import is_place
from services.classify.labels import (
    CASUALTIES,
    DIPLOMACY_SANCTIONS,
    ECONOMY,
    GROUND_COMBAT,
    HUMANITARIAN_INFRASTRUCTURE,
    MILITARY_AID,
    NUCLEAR_CBRN,
    STRIKE,
    TERRITORIAL_CHANGE,
    TROOP_DEPLOYMENT,
)
from services.classify.patterns import low_re, low_rule
from shared.models import Span, Topic

_EVENT_TOPICS = (CASUALTIES, STRIKE, HUMANITARIAN_INFRASTRUCTURE)
# Also dropped in a clause recalling the past ("a year ago, during fighting between ..."), but
# their loss alone does not make the update historical: a recalled battle or prize is background.
_RECALLED_TOPICS = (
    DIPLOMACY_SANCTIONS,
    GROUND_COMBAT,
    NUCLEAR_CBRN,
    TERRITORIAL_CHANGE,
    TROOP_DEPLOYMENT,
)
_NEGATABLE = (
    CASUALTIES,
    DIPLOMACY_SANCTIONS,
    GROUND_COMBAT,
    TROOP_DEPLOYMENT,
)
# Topics whose plans are news of their own: "plans to station 4,800 troops", "a planned fuel
# delivery was denied".
_PLANS_ARE_NEWS = (TROOP_DEPLOYMENT, HUMANITARIAN_INFRASTRUCTURE, MILITARY_AID)
_HYPOTHETICAL_TOPICS = (
    STRIKE,
    TROOP_DEPLOYMENT,
    MILITARY_AID,
    GROUND_COMBAT,
    TERRITORIAL_CHANGE,
    HUMANITARIAN_INFRASTRUCTURE,
)
_NOT_BEFORE = ("not ", "n't ", "never ", "no ")
"""Damage denied just before its word: "the station was not damaged"."""
# Damage not done: "a halt to strikes on energy infrastructure", "risks to the economy,
# including further attacks on the grid".
_UNDONE_BEFORE = re.compile(
    r"\b(?:halt|end|stop|pause|moratorium|ban|prevent\w*|deter\w*|against)(?: (?:to|on|of|in"
    r"|against))?(?: the| any| all)? $|\b(?:risks?|threats?|dangers?|fears?)\b[^.;]{0,40}$"
)
# A strike by staff stops a service without damaging it: "no trains as rail staff strike".
_LABOUR_BEFORE = re.compile(
    r"\b(?:staff|workers|unions?|dockers|drivers|pilots|crews|employees|general|labou?r"
    r"|\d+-hour|one-day|two-day)['’]? $"
)
# A figure that "hit a record" or "hit a high" is no damage.
_RECORD_AFTER = re.compile(r" (?:an? )?(?:new |all-time |fresh )?(?:record|high|low|peak)(?![\w-])")
_NEAR_BEFORE = re.compile(
    r"\b(?:near|close to|next to|opposite|outside|(?:metres|meters|km|kilometres|miles|yards)"
    r" (?:away )?from)\s+(?:the |a )?(?:[\w'’-]+\s+){0,2}$"
)
# Acts of one state towards another, news even when mentioned once: "Bucharest summoned
# Russia's charge d'affaires", "secondary tariffs on buyers of Russian oil".
_DIPLOMATIC_ACTS = (
    "summon", "expel", "secondary", "mediat", "censur", "veto", "letter", "wrote", "complain",
    "appeal", "releas", "repatriat", "exchang", "swap",
)  # fmt: skip
# Appeals are diplomacy when a state or an international body makes them ("Britain and France
# called on Moscow to ..."), not when a charity or a local leader does.
_APPEALS = ("call", "urg", "demand")
_ACT_ON_TALKS = low_re(
    r"\b(?:suspend\w*|br[oe]ke off|call\w* off|pull\w* out of|walk\w* out of|quit|abandon\w*"
    r"|resum\w*|froze|freez\w*|halt\w*)\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$"
)
_DIPLOMATIC_SPEAKER = low_re(
    r"\b(?:UN|U\.N\.|United Nations|Security Council|Secretary-General|EU|European Union|NATO"
    r"|African Union|ECOWAS|OSCE|foreign minist\w*|foreign office"
    r"|State Department|White House|Kremlin|envoy|ambassador)\b"
)
MAX_EVIDENCE = 5
"""Evidence spans kept per topic (and per rule), earliest first."""
_EXCLUDE_BEFORE = 40
_EXCLUDE_AFTER = 50


@dataclass(slots=True)
class TopicEvidence:
    """Evidence per topic, and whether triggers were dropped for recalling the past."""

    spans: dict[Topic, list[Span]]
    historical_dropped: bool


_PLACE_OBJECT = re.compile(r" (?:it\b|[A-Z])")
_HEADLINE_WEAPON = low_rule(
    r"\b(?:missiles?|drones?|rockets?|shells?|shelling|bombs?|bombing|air ?strikes?|airstrikes?"
    r"|gunmen|explosions?|blasts?|grenades?)\b"
)
_FOR_A_PLACE = re.compile(r" (?:for|of|in|near|around|outside) (?:the )?[A-Z]")
_OPENING_QUOTES = "'‘\"“"
_CLOSING_QUOTES = "'’\"”"
# A claim put in quotes ("troops had 'liberated' the village") is still a claim; a combat or
# strike word in quotes is a figure of speech.
_SCARE_QUOTABLE = (GROUND_COMBAT, STRIKE)


def _in_scare_quotes(text: str, start: int, end: int) -> bool:
    """Whether the trigger is quoted on its own: "'storms'", "the 'assault' of the heat"."""
    return (
        start > 0
        and end < len(text)
        and text[start - 1] in _OPENING_QUOTES
        and text[end] in _CLOSING_QUOTES
    )


def _excluded(ctx: TextContext, topic: Topic, start: int, end: int) -> bool:
    rule = tr.EXCLUDE.get(topic)
    if rule is None:
        return False
    window_start = max(0, start - _EXCLUDE_BEFORE)
    window_end = min(len(ctx.text), end + _EXCLUDE_AFTER)
    if topic is CASUALTIES:
        # "It was not immediately clear whether there were any casualties" is long: whole sentence.
        sentence = ctx.sentence_at(start)
        window_start = min(window_start, sentence.start)
        window_end = max(window_end, sentence.end)
    if rule.search_in(ctx.scan, window_start, window_end) is not None:
        return True
    unanchored = tr.EXCLUDE_UNANCHORED.get(topic)
    return (
        unanchored is not None
        and unanchored.search_in(ctx.scan, window_start, window_end) is not None
    )


def _background_strike(ctx: TextContext, start: int) -> bool:
    """'as Russian shelling intensified': a circumstance, not the reported strike."""
    sentence = ctx.sentence_at(start)
    background = tr.AS_BACKGROUND.search_in(ctx.scan, sentence.start, sentence.end)
    return background is not None and background.start() <= start < background.end()


def _context_end(ctx: TextContext, sentence: Segment, start: int) -> int:
    """Where the context of a trigger ends: its sentence, or for a headline its first sentence
    too (the headline's attackers or armed actors are often named there)."""
    following = ctx.sentence_after(sentence) if start < ctx.headline_end else None
    return following.end if following is not None else sentence.end


def _between_police_and_criminals(ctx: TextContext, sentence: Segment, start: int) -> bool:
    """Whether the fight is told among police, criminals or people at a fence with no warring
    party named: in its sentence and the one before, or for a headline with its first
    sentence."""
    if start < ctx.headline_end:
        begin, end = sentence.start, _context_end(ctx, sentence, start)
    else:
        before = ctx.sentence_before(sentence)
        begin, end = (before.start if before else sentence.start), sentence.end
    return (
        tr.CRIME_PARTIES.search_in(ctx.scan, begin, end) is not None
        and tr.WAR_PARTIES.search_in(ctx.scan, begin, end) is None
    )


def _keep(ctx: TextContext, topic: Topic, start: int, end: int) -> bool:
    """Whether a trigger reports its topic: not negated, hypothetical, excluded nearby, nor
    dropped by its topic's own checks."""
    clause = ctx.clause_at(start)
    if topic in _NEGATABLE and is_negated(ctx, start, end, clause):
        return False
    if topic in _HYPOTHETICAL_TOPICS and is_hypothetical(
        ctx, start, clause, plans_are_news=topic in _PLANS_ARE_NEWS
    ):
        return False
    if topic is TERRITORIAL_CHANGE and ctx.low.startswith(tr.HOLDING_ON, start):
        # "Uvira still in government hands" beside the claim it answers, in its sentence or in
        # the headline, or as a headline answering a claim made below it. Checked before the
        # exclusions, which drop "still under ... control" beside every other capture wording.
        sentence = ctx.sentence_at(start)
        if start < ctx.headline_end:
            return tr.REBUTTAL.search(ctx.scan) is not None
        return (
            tr.REBUTTAL.search_in(ctx.scan, sentence.start, sentence.end) is not None
            or tr.REBUTTAL.search_in(ctx.scan, 0, ctx.headline_end) is not None
        )
    if _excluded(ctx, topic, start, end):
        return False
    if topic in _SCARE_QUOTABLE and _in_scare_quotes(ctx.text, start, end):
        return False  # a heatwave 'assault', a game that 'storms' the charts
    # One lookup of the topic's own checks, not a comparison with each topic in turn: every
    # comparison costs a name lookup, for every trigger.
    check = _TOPIC_CHECKS.get(topic)
    return check is None or check(ctx, start, end, clause)


def _keep_ground_combat(ctx: TextContext, start: int, end: int, clause: Segment) -> bool:
    low = ctx.low
    if not tr.REPEL.match(low, start) and tr.COUNTER_BACKGROUND.search_in(
        ctx.scan, max(0, start - _EXCLUDE_BEFORE), min(len(ctx.text), end + _EXCLUDE_AFTER)
    ):
        return False
    sentence = ctx.sentence_at(start)
    if low.startswith(tr.FIGURATIVE_COMBAT, start) and not _FOR_A_PLACE.match(ctx.text, end):
        # "the battle for Bakhmut" is no figure
        context_end = _context_end(ctx, sentence, start)
        if tr.ARMED_CONTEXT.search_in(ctx.scan, sentence.start, context_end) is None:
            return False  # "won the battle in our heads", "the run-off battle"
    if low.startswith("overr", start) and _PLACE_OBJECT.match(ctx.text, end):
        return False  # "gangs overrun Mirebalais", "fighters overran it": a capture
    if tr.DRILL.search_in(ctx.scan, sentence.start, sentence.end) is not None:
        return False  # "repelled a simulated counterattack during the exercise"
    if any(
        m.start() < end and start < m.end()
        for m in tr.COMBAT_WORD_ELSEWHERE.finditer_in(ctx.scan, max(0, start - 40), end + 60)
    ):
        return False  # "the 3rd Assault Brigade", "gunmen attacked the village"
    if _between_police_and_criminals(ctx, sentence, start):
        return False
    if is_infinitive(ctx, start):
        return False  # "struggled to push back the gangs"
    # "after a three-month offensive"; not "after gunmen stormed a hotel"
    return not (
        low.startswith(tr.COMBAT_NOUNS, start)
        and tr.BACKGROUND_COMBAT.search(low, max(clause.start, start - 40), start)
    )


def _keep_troop_deployment(ctx: TextContext, start: int, end: int, clause: Segment) -> bool:
    # "any deployment of troops could lead to war", "urges Rwanda to pull forces out"
    return not (
        tr.MODAL_AFTER.match(ctx.low, end, clause.end)
        or tr.DEMANDED_BEFORE.search(ctx.low, max(0, start - 40), start)
    )


def _keep_territorial_change(ctx: TextContext, start: int, end: int, clause: Segment) -> bool:
    low = ctx.low
    if (
        is_infinitive(ctx, start)
        or tr.MODAL_AFTER.match(low, end, clause.end)
        or tr.ATTEMPT_BEFORE.search(low, max(0, start - 25), start)
    ):
        return False  # "forces to withdraw", "the fall of the town could come within weeks"
    if low.startswith(("capture", "fall ", "seizure"), start) and tr.CAPTURE_DATED.search(
        low, max(0, start - 30), start
    ):
        return False  # "fled after Uvira's capture": the capture dates the news, it is not it
    if low.endswith(tr.FALLS, start, end):
        # "Vuhledar falls", not "Inflation falls".
        return is_place(ctx.text[start : low.index(" ", start, end)])
    return True


def _keep_strike(ctx: TextContext, start: int, end: int, clause: Segment) -> bool:
    sentence = ctx.sentence_at(start)
    trigger = ctx.low[start:end]
    if (
        "attack" in trigger
        and not tr.AIR_WEAPONS.search(trigger)
        and tr.GROUND_ATTACKERS.search_in(
            ctx.scan, sentence.start, _context_end(ctx, sentence, start)
        )
    ):
        return False  # militants attacking a town is ground combat, not a strike
    if _background_strike(ctx, start):
        return False
    return not (ctx.low.endswith(tr.LANDED, start, end) and ctx.low.startswith(tr.AIRCRAFT, start))


_TOPIC_CHECKS: dict[Topic, Callable[[TextContext, int, int, Segment], bool]] = {
    GROUND_COMBAT: _keep_ground_combat,
    TROOP_DEPLOYMENT: _keep_troop_deployment,
    TERRITORIAL_CHANGE: _keep_territorial_change,
    STRIKE: _keep_strike,
}


def _infrastructure(ctx: TextContext, spans: dict[Topic, list[Span]]) -> list[Span]:
    """Infrastructure nouns with damage in a current clause of the same sentence."""
    found = []
    for match in tr.INFRA_NOUN.finditer(ctx.scan):
        start = match.start()
        if ctx.is_historical(start) or ctx.low.endswith("nuclear ", 0, start):
            continue  # a nuclear plant is nuclear_cbrn news, not energy infrastructure
        if _NEAR_BEFORE.search(ctx.low, max(0, start - 40), start):
            continue  # "300 metres from the railway station": a landmark, not what was hit
        if _background_strike(ctx, start):
            continue  # "despite repeated strikes on port infrastructure"
        sentence = ctx.sentence_at(start)
        if not any(
            not ctx.is_historical(d.start())
            and not ctx.low.endswith(_NOT_BEFORE, 0, d.start())
            and not _UNDONE_BEFORE.search(ctx.low, max(sentence.start, d.start() - 60), d.start())
            and not _LABOUR_BEFORE.search(ctx.low, max(sentence.start, d.start() - 20), d.start())
            and not _RECORD_AFTER.match(ctx.low, d.end())
            for d in tr.DAMAGE.finditer_in(ctx.scan, sentence.start, sentence.end)
        ):
            continue
        # Energy words about a nuclear plant belong to nuclear_cbrn unless it was attacked.
        if STRIKE not in spans and tr.NUCLEAR_SITE.search_in(
            ctx.scan, sentence.start, sentence.end
        ):
            continue
        found.append(span_of(ctx.text, start, match.end()))
    return found


def _is_sports(ctx: TextContext) -> bool:
    """A sports report: several sports words, one of them in the headline or lead sentence; not
    a headline with a weapon in it ("Missile hits stadium during league match")."""
    if _HEADLINE_WEAPON.search_in(ctx.scan, 0, ctx.headline_end):
        return False
    cues = list(tr.SPORTS.finditer(ctx.scan))
    if len({m.group() for m in cues}) < tr.SPORTS_MIN_CUES:
        return False
    lead_end = ctx.sentences[1].end if len(ctx.sentences) > 1 else len(ctx.text)
    return any(m.start() < lead_end for m in cues)


def _headline_told(spans: dict[Topic, list[Span]], headline_end: int, besides: Topic) -> bool:
    """Whether a topic other than `besides` has evidence in the headline."""
    return any(
        s.start < headline_end
        for topic, found in spans.items()
        if topic is not besides
        for s in found
    )


def _diplomatic_act(ctx: TextContext, found: Span) -> bool:
    """Whether diplomacy evidence reports an act between states, news even when mentioned once:
    an envoy summoned or a veto; talks suspended or resumed ("Petro suspended peace talks");
    an appeal made by a state or an international body named before it in its sentence (not
    by a charity or local leaders)."""
    text = found.text.lower()
    if text.startswith(_DIPLOMATIC_ACTS):
        return True
    if _ACT_ON_TALKS.search(ctx.low, max(0, found.start - 30), found.start):
        return True
    if not text.startswith(_APPEALS):
        return False
    sentence = ctx.sentence_at(found.start)
    return bool(
        _DIPLOMATIC_SPEAKER.search(ctx.low, sentence.start, found.start)
        or DEMONYM_RE.search(ctx.low, sentence.start, found.start)
    )


def _overlaps(found: list[Span], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in found)


def topic_evidence(ctx: TextContext) -> TopicEvidence:
    """Evidence spans per topic after negation, history, hypotheticals and exclusions."""
    spans: dict[Topic, list[Span]] = {}
    historical_dropped = False
    for topic, topic_rules in tr.TOPIC_RULES.items():
        found: list[Span] = []
        for rule in topic_rules:
            if len(found) == MAX_EVIDENCE:
                break  # enough to show why; the rest adds nothing
            for match in rule.finditer(ctx.scan):
                start, end = match.start(), match.end()
                if found and rule is not topic_rules[0] and _overlaps(found, start, end):
                    continue  # "Missile strike" found by two rules is one piece of evidence
                if topic in _EVENT_TOPICS and ctx.is_historical(start):
                    historical_dropped = True
                    continue
                if topic in _RECALLED_TOPICS and ctx.is_historical(start):
                    continue
                if _keep(ctx, topic, start, end):
                    found.append(span_of(ctx.text, start, end))
                    if len(found) == MAX_EVIDENCE:
                        break
        if found:
            spans[topic] = found
    infrastructure = _infrastructure(ctx, spans)
    if infrastructure:
        spans.setdefault(HUMANITARIAN_INFRASTRUCTURE, []).extend(infrastructure)
    economy = spans.get(ECONOMY)
    if economy and len(economy) < 2 and economy[0].start >= ctx.headline_end:
        # One passing mention of trade or prices is background, not economy news.
        del spans[ECONOMY]
    diplomacy = spans.get(DIPLOMACY_SANCTIONS)
    if (
        diplomacy
        and len(diplomacy) < 2
        and diplomacy[0].start >= ctx.headline_end
        and not _diplomatic_act(ctx, diplomacy[0])
        and _headline_told(spans, ctx.headline_end, DIPLOMACY_SANCTIONS)
    ):
        # The headline reports something else; one passing mention of talks, a truce or the
        # Security Council is background to it.
        del spans[DIPLOMACY_SANCTIONS]
    if _is_sports(ctx):
        spans.clear()
    damage = spans.get(HUMANITARIAN_INFRASTRUCTURE)
    if (
        damage
        and spans.keys() <= {HUMANITARIAN_INFRASTRUCTURE, ECONOMY}
        and all(tr.OUTAGE.search(s.text.lower()) for s in damage)
        and tr.NATURAL_CAUSE.search(ctx.low) is not None
        and tr.HOSTILE_CAUSE.search(ctx.low) is None
    ):
        # "A storm left 700,000 homes without power": an outage, not damage done in a conflict.
        # People driven from their homes are humanitarian news whatever drove them.
        del spans[HUMANITARIAN_INFRASTRUCTURE]
    for found in spans.values():
        found.sort(key=lambda s: s.start)
    return TopicEvidence(spans=spans, historical_dropped=historical_dropped)
