"""classify(): an update in, topics with evidence, facts, severity and story out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from services.classify import facts as fx
from services.classify.actors import DEMONYM_RE, find_actors
from services.classify.construct import new_classification, new_facts, new_topic_tag
from services.classify.context import Segment, TextContext, build_context, is_planned
from services.classify.counts import extract_counts
from services.classify.gazetteer import find_places, is_country, is_front_country
from services.classify.labels import (
    CASUALTIES,
    DIPLOMACY_SANCTIONS,
    GROUND_COMBAT,
    MILITARY_AID,
    NUCLEAR_CBRN,
    STRIKE,
    TERRITORIAL_CHANGE,
    TROOP_DEPLOYMENT,
)
from services.classify.numbers import find_numbers
from services.classify.patterns import freeze, low_rule
from services.classify.rules import topic_evidence
from services.classify.severity import assess
from services.classify.signals import (
    capture_partial,
    capture_size,
    find_signals,
    troops_withdrawn,
)
from services.classify.stories import StorySnapshot, resolve_story, snapshot_of
from shared.models import (
    ClaimStatus,
    Classification,
    Facts,
    NewsUpdate,
    SourceRef,
    Span,
    StrikeOutcome,
    Topic,
)

__all__ = ["StorySnapshot", "classify", "snapshot_of", "tag_text"]

# A force that is only proposed ("could deploy after a ceasefire") is diplomacy, not deployment.
_PROPOSED_FORCE = low_rule(
    # Peacekeepers already on the ground ("its peacekeepers accompanied the deployment") are
    # not a proposal.
    r"\b(?:peacekeep\w*\b(?! had| have| has| accompanied| escorted| were| are)|reassurance force"
    r"|security guarantees?|(?:after|secure|monitor) (?:a )?"
    r"(?:future )?ceasefire|coalition of the willing"
    # Offers and proposals: troops a state is willing to send have not moved.
    r"|offer(?:s|ed|ing)? to (?:send|deploy|contribute|provide|station)"
    r"|propos(?:es|ed|ing) (?:to )?(?:send|deploy|station)\w*"
    r"|proposed (?:[\w-]+ )?(?:force|mission|deployment)"
    # Terms of a deal under discussion: "under the proposal, ... the deployment of a force".
    r"|under the (?:[\w-]+ )?(?:proposal|plan|deal|draft|framework)|stabili[sz]ation force)\b"
)
# A foreign force leaving a whole country ("pull troops out of Chad", "completes its withdrawal
# from Niger") is a deployment ending, not a place changing hands.
_COUNTRY_WITHDRAWAL = low_rule(
    r"\b(?:withdr\w*|pull(?:s|ed|ing)?|exit\w*|leav\w*|left|pullout|order(?:s|ed|ing)?)\b"
    # The words after "from" are checked against the gazetteer's countries (capitalised run).
    r"[^.;]{0,60}?\b(?:from|out of)\s+(?:the\s+)?"
    r"(?:(?:(?:north|south)-?)?(?:eastern|western)\s+|(?:northern|southern|central)\s+)?"
    r"(?:country\b|(?P<country>[\w'’-]+(?:\s+[\w'’-]+){0,2}))"
)
# Interceptions without a number: "most of which were intercepted", "some were shot down".
_SOME_DOWNED = low_rule(
    r"\b(?:most|some|many|several|all|part|the majority|dozens|a number)(?: of (?:which|them|the"
    r" (?:[\w-]+ )?(?:drones|missiles|rockets|projectiles|uavs)))? (?:were|was) (?:\w+ )?"
    r"(?:intercepted|shot down|downed|destroyed)"
    r"|\b(?:intercepted|shot down|downed) (?:most|some|many|several|all|part|the majority) of"
    # "most of the 47 drones launched at the region were downed".
    r"|\b(?:most|some|many|the majority) of the [\d,]+ (?:[\w-]+ )?(?:drones|missiles|rockets"
    r"|projectiles|uavs)\b[^.;]{0,40}?\b(?:were|was) (?:\w+ )?(?:intercepted|shot down|downed"
    r"|destroyed)"
)
# The object of a capture verb when it is a name: "seized Kotliarivka", "took control of Goma".
_CAPTURED_NAME = re.compile(
    r"['’\"”]? +(?:(?:the|of|control|full|complete|effective|over|town|city|village|settlement) +)*"
    r"(?P<name>[A-Z][\w'’-]*[a-z][\w'’-]*(?: +[A-Z][\w'’-]*[a-z][\w'’-]*)*)"
)
_FLAG_RAISED = re.compile(r"(?:raised|hoisted|planted)\b")
# The capital after a capture noun is its announcer, not its object: "the capture Moscow
# announced on Friday".
_ANNOUNCER_AFTER = re.compile(
    r" +(?:had |has |have )?(?:announced|claimed|said|reported|declared"
    r"|denied|confirmed)\b"
)
_PLACE_OF = re.compile(r" +(?:town|city|village|settlement) of +")
_WITHDRAWING = re.compile(r"withdr|pull|retreat|regroup|left|leav")
# A raid that ends with the attackers leaving takes no place: "entered Macomia ... before
# withdrawing toward the coast".
_RAID_ENDED = low_rule(
    r"\bbefore (?:pulling|withdrawing|retreating|melting|fleeing|leaving)\b"
    r"|\b(?:melt\w*|pull\w*) back into the (?:bush|forest|hills|countryside)"
)
# Peacekeepers leaving a province end a mission there; no one captures it.
_MISSION = low_rule(
    r"\b(?:peacekeep\w*|blue helmets|MONUSCO|UNMISS|MINUSMA|MINUSCA|UNIFIL|UNAMID"
    r"|(?:UN|U\.N\.|United Nations|stabilisation|stabilization|peacekeeping|multinational)"
    r" (?:mission|force)|(?:SADC|AU|EU|ECOWAS|EAC|IGAD|CSTO|NATO|ATMIS|AUSSOM|SAMIDRC|MSS)"
    r" (?:mission|force))\b"
)
# Where withdrawn troops go makes it a redeployment: "regroup troops to the Donetsk direction".
_DESTINATION = re.compile(r"\bto (?:the )?(?:[\w-]+ )?(?:direction|front|positions? (?:in|near))\b")
# Troops falling back after losing a place: "moved to prepared positions", "to a safer place".
_FALLBACK = re.compile(
    r"\bto ['‘\"“]?(?:a |the )?['‘\"“]?(?:prepared|defensive|more favou?rable|safer|new|rear"
    r"|reserve) (?:positions?|lines?|places?|areas?)\b"
)
_TROOP_NUMBER = re.compile(r"\d[\d,]* (?:[\w-]+ )?(?:troops|soldiers|servicemen)\b")
_RETOLD_CAPTURE = re.compile(
    r"(?i:fighters|rebels|militants|insurgents|jihadists|gangs?|militia\w*)\b"
    r"|(?i:troops|soldiers) (?:(?:are|were|now|currently|still|already) )*(?:in|on|near|at|inside) "
)
_SENDING = re.compile(
    r"\b(?:sen[dt]\w*|deploy\w*|dispatch\w*|reinforc\w*|mobili[sz]\w*|airlift\w*|arriv\w*"
    r"|rotat\w*|stationed|massed|massing|build-?up|redeploy\w*|transferred|landed|flown|rushed"
    r"|peacekeep\w*|contingents?|mission)\b"
)
_TOPIC_ORDER = tuple(Topic)
_BASE_CONFIDENCE = 0.6
_NEAR = 60
"""A captured place is named within this many characters after the capture verb."""


def _confidence(spans: list[Span], headline_end: int) -> float:
    score = _BASE_CONFIDENCE + 0.08 * min(len(spans), 4)
    if any(s.start < headline_end for s in spans):
        score += 0.08
    return round(min(score, 0.98), 2)


def _starts(spans: dict[Topic, list[Span]], *topics: Topic) -> list[int]:
    return [s.start for t in topics for s in spans.get(t, [])]


def _leaves_a_country(ctx: TextContext, start: int, end: int) -> bool:
    """Whether the segment reports forces leaving a whole country."""
    for match in _COUNTRY_WITHDRAWAL.finditer_in(ctx.scan, start, end):
        if match.group("country") is None:
            return True  # "from the country"
        words = []
        for word in ctx.text[match.start("country") : match.end("country")].split():
            if not word[0].isupper():
                break
            words.append(word)
        # "Chad", "Burkina Faso"; not "Russia's Kursk region" (a part of the country).
        if (
            words
            and not words[-1].endswith(("'s", "’s"))
            and any(is_country(" ".join(words[:n])) for n in range(len(words), 0, -1))
        ):
            return True
    return False


def _tactical_withdrawal(
    ctx: TextContext, span: Span, spans: dict[Topic, list[Span]], sentence: Segment
) -> bool:
    """Troops pulling out of the place that changed hands, with no number and nowhere to go, or
    falling back to prepared positions after it: that is the capture told from the losing side,
    not a deployment."""
    low = ctx.low
    if TERRITORIAL_CHANGE in spans and _FALLBACK.search(low, span.start, sentence.end):
        return True
    if (
        not _WITHDRAWING.search(low, span.start, span.end)
        or "complet" in low[sentence.start : span.end]
    ):
        return False  # "completes its withdrawal from Kherson" is an operation of its own
    # The place changing hands may be told in another sentence: "Army admits loss of Kyaukme"
    # over "troops had temporarily withdrawn from the town".
    if not spans.get(TERRITORIAL_CHANGE):
        return False
    return not (
        _DESTINATION.search(low, span.end, sentence.end)
        or _TROOP_NUMBER.search(low, sentence.start, sentence.end)
    )


def _sent_or_counted(ctx: TextContext, sentence: Segment) -> bool:
    """Whether a sentence sends, rotates or stations forces, or counts them."""
    return bool(
        _SENDING.search(ctx.low, sentence.start, sentence.end)
        or _TROOP_NUMBER.search(ctx.low, sentence.start, sentence.end)
    )


def _adjust_topics(ctx: TextContext, spans: dict[Topic, list[Span]], future: bool) -> None:
    """Apply the taxonomy's 'not this topic' decisions that need more than one trigger."""
    troop = spans.get(TROOP_DEPLOYMENT)
    if troop:
        kept = []
        for span in troop:
            sentence = ctx.sentence_at(span.start)
            if _PROPOSED_FORCE.search_in(ctx.scan, sentence.start, sentence.end) or (
                future and _PROPOSED_FORCE.search(ctx.scan)
            ):
                spans.setdefault(DIPLOMACY_SANCTIONS, []).append(span)
            elif not _tactical_withdrawal(ctx, span, spans, sentence):
                kept.append(span)
        _set_or_drop(spans, TROOP_DEPLOYMENT, kept)
    territorial = spans.get(TERRITORIAL_CHANGE)
    if territorial:
        kept = []
        for span in territorial:
            sentence = ctx.sentence_at(span.start)
            following = ctx.sentence_after(sentence) or sentence
            if _RAID_ENDED.search_in(ctx.scan, sentence.start, following.end):
                continue
            if _leaves_a_country(ctx, sentence.start, sentence.end) or (
                _WITHDRAWING.search(ctx.low, span.start, span.end)
                and _MISSION.search_in(ctx.scan, sentence.start, sentence.end)
            ):
                spans.setdefault(TROOP_DEPLOYMENT, []).append(span)
                continue
            kept.append(span)
        _set_or_drop(spans, TERRITORIAL_CHANGE, kept)
    troop = spans.get(TROOP_DEPLOYMENT)
    if troop and TERRITORIAL_CHANGE in spans:
        # In a capture story, irregulars on the move or soldiers said to be in a place, with no
        # number and no word of sending, are the capture (or its denial) told again: "fighters
        # moved into the town", "soldiers in Synkivka held their positions".
        kept = [
            s
            for s in troop
            if not _RETOLD_CAPTURE.match(s.text) or _sent_or_counted(ctx, ctx.sentence_at(s.start))
        ]
        _set_or_drop(spans, TROOP_DEPLOYMENT, kept)


def _set_or_drop(spans: dict[Topic, list[Span]], topic: Topic, kept: list[Span]) -> None:
    """The topic's evidence is what was kept; a topic left with none is dropped."""
    if kept:
        spans[topic] = kept
    else:
        del spans[topic]


def _same_country(name: str, countries: dict[str, str | None]) -> bool:
    """Whether a place's country is named, or is the country of another place in the text."""
    country = countries.get(name)
    others = {c for n, c in countries.items() if n != name and c}
    if not others or country in others or country in countries:
        return True
    # "Russia claims capture of Toretsk": a state names the other side's town. Only another
    # place in a third country ("Shevchenko, near Pokrovsk") speaks against a front-line town.
    return is_front_country(country) and all(is_country(n) for n in countries if n != name)


class _Captured(NamedTuple):
    """The place that changed hands, as far as the text and the gazetteer tell."""

    population: int | None
    unknown: bool
    """The capture verb names a place the gazetteer does not know."""
    name: str | None


def _captured_place(ctx: TextContext, spans: dict[Topic, list[Span]], facts: Facts) -> _Captured:
    """The place that changed hands: the capture verb's object when it names one, else the town
    named nearest after a capture trigger in its sentence."""
    best: tuple[int, int, str] | None = None
    text = ctx.text
    cities = {p.name: p.population or 0 for p in facts.places if p.kind == "city"}
    known = {p.name for p in facts.places}
    countries = {p.name: p.country for p in facts.places}
    for span in spans.get(TERRITORIAL_CHANGE, []):
        # "loss of Wad Madani": the trigger may already hold the name's first word.
        last_word = text.rfind(" ", span.start, span.end)
        resume = last_word if last_word > span.start and text[last_word + 1].isupper() else span.end
        # A flag raised "at the headquarters" names a building, not the place taken.
        named = (
            None if _FLAG_RAISED.match(ctx.low, span.start) else _CAPTURED_NAME.match(text, resume)
        )
        if named is not None and _ANNOUNCER_AFTER.match(text, named.end()):
            named = None
        if named is not None:
            after = _PLACE_OF.match(text, named.end())
            if after is not None and (again := _CAPTURED_NAME.match(text, after.end() - 1)):
                named = again  # "the Rakhine State town of Thandwe"
            words = named.group("name").split()
            while len(words) > 1 and words[0].endswith(("'s", "’s")):
                words.pop(0)  # "Sudan's El Fasher"
            if DEMONYM_RE.fullmatch(words[0].lower()):
                named = None  # "seize Syrian side of Mount Hermon": no place named
        if named is not None:
            # "Adan Yabaal" is not Aden and "Kotliarivka (southwest of Pokrovsk)" not Pokrovsk:
            # an object the gazetteer does not know leaves the size to the text.
            for n in range(len(words), 0, -1):
                name = " ".join(words[:n])
                if name in cities and (n == len(words) or n > 1):
                    if not _same_country(name, countries):
                        return _Captured(None, True, name)  # "Shevchenko" is no Kazakh city
                    # A namesake of unknown size is most likely one of the small ones.
                    return _Captured(cities[name] or None, not cities[name], name)
            joined = " ".join(words)
            return _Captured(None, joined not in known, joined)
        if span.start >= ctx.scan.caseless_from:
            # "the enemy occupied zarichne": a name written without capitals.
            return _Captured(None, True, None)
        sentence = ctx.sentence_at(span.start)
        limit = min(sentence.end, span.end + _NEAR)
        for name, population in cities.items():
            # Places are listed once; look for this mention of the name near the trigger.
            pos = text.find(name, span.start, limit)
            if (
                pos < 0
                or text.startswith(("'s", "’s"), pos + len(name))
                or _ANNOUNCER_AFTER.match(text, pos + len(name))
            ):
                continue  # "Beijing's investments" names an owner, not the place
            distance = 0 if pos < span.end else pos - span.end
            if best is None or distance < best[0]:
                best = (distance, population, name)
        if best is None:
            # "Goma was under rebel control": the place before the trigger, in its sentence.
            # Not its announcer: "Moscow had announced the capture of the town".
            before = [
                (pos, population, name)
                for name, population in cities.items()
                if (pos := text.rfind(name, sentence.start, span.start)) >= 0
                and not _ANNOUNCER_AFTER.match(text, pos + len(name))
            ]
            nearest = max(before, default=(-1, 0, ""))
            if nearest[0] >= 0:
                best = (span.start - nearest[0], nearest[1], nearest[2])
    if best is None:
        return _Captured(None, False, None)
    # A population of 0 means the gazetteer knows the place but not its size.
    return _Captured(best[1] or None, False, best[2])


def build_facts(
    ctx: TextContext, spans: dict[Topic, list[Span]], historical: bool, *, future: bool = False
) -> Facts:
    """The Facts of an update from its context and topic evidence."""
    numbers = find_numbers(ctx.text, ctx.low)
    counts = extract_counts(ctx, numbers)
    # Every field is worked out first and the model built once: assigning to a model's fields
    # one by one costs more than the work on the hot path.
    status: ClaimStatus | None = None
    if TERRITORIAL_CHANGE in spans:
        status = fx.claim_status(ctx, _starts(spans, TERRITORIAL_CHANGE))
    elif TROOP_DEPLOYMENT in spans and fx.headline_denies(ctx):
        status = "denied"
    elif (CASUALTIES in spans or counts.killed) and fx.claims_enemy_losses(
        # Without a trigger word, the count is the casualty news: "eliminated up to 150".
        ctx,
        _starts(spans, CASUALTIES)
        or ([counts.killed.evidence.start] if counts.killed and counts.killed.evidence else []),
    ):
        status = "claimed"
    outcome: StrikeOutcome | None = None
    if STRIKE in spans:
        # A count of zero downed ("none was intercepted") is a hit.
        counts_downed = [c for c in (counts.drones_downed, counts.missiles_downed) if c is not None]
        downed = any(c.value for c in counts_downed) or (
            not counts_downed and _SOME_DOWNED.search(ctx.scan) is not None
        )
        outcome = "intercepted" if downed else "hit"
    event_starts = _starts(spans, CASUALTIES, STRIKE, GROUND_COMBAT, NUCLEAR_CBRN)
    victims = (
        counts.killed, counts.injured, counts.killed_or_injured, counts.children_killed,
        counts.children_injured,
    )  # fmt: skip
    kept = [c for c in victims if c is not None and c.value and c.evidence is not None]
    count_starts = [c.evidence.start for c in kept if c.evidence is not None]
    # "Toll passes 60,000" restated as "60,000 killed since the war began" is a tally too.
    tally_values = {n.value for n in numbers if ctx.tally_at(n.value_start) is not None}
    restated = any(c.value in tally_values for c in kept)
    projectiles = (
        counts.drones_launched, counts.drones_downed, counts.missiles_launched,
        counts.missiles_downed,
    )  # fmt: skip
    aggregate = fx.is_aggregate(ctx, event_starts, count_starts, restated) is not None or (
        # "In the past 24 hours, air defences shot down 186 drones": a daily summary. Not "the
        # largest attack this year", which is one event.
        not kept
        and fx.in_summary_period(
            ctx, [c.evidence.start for c in projectiles if c is not None and c.evidence]
        )
    )
    return new_facts(
        dict(
            killed=counts.killed,
            injured=counts.injured,
            missing=counts.missing,
            killed_or_injured=counts.killed_or_injured,
            children_killed=counts.children_killed,
            children_injured=counts.children_injured,
            troops=counts.troops,
            drones_launched=counts.drones_launched,
            drones_downed=counts.drones_downed,
            missiles_launched=counts.missiles_launched,
            missiles_downed=counts.missiles_downed,
            status=status,
            claimed_by=fx.claimed_by(ctx) if status == "claimed" else None,
            weapons=fx.weapons(ctx) if STRIKE in spans or MILITARY_AID in spans else [],
            troop_nationality=(
                fx.troop_nationality(ctx, _starts(spans, TROOP_DEPLOYMENT))
                if TROOP_DEPLOYMENT in spans
                else None
            ),
            outcome=outcome,
            aggregate=aggregate,
            places=find_places(ctx.text),
            actors=find_actors(ctx),
            # Recalled events were dropped; flag the update when nothing current replaced them.
            historical=historical and not (CASUALTIES in spans or STRIKE in spans),
            modality="future" if future else "actual",
        )
    )


def _headline_news(ctx: TextContext, spans: dict[Topic, list[Span]]) -> frozenset[Topic]:
    """The topics the headline reports outside any tally phrase or recalled event."""
    if ctx.headline_end == 0 or ctx.tally_at(0) is not None:
        return frozenset()
    return frozenset(
        t
        for t, found in spans.items()
        if any(s.start < ctx.headline_end and not ctx.is_historical(s.start) for s in found)
    )


def classify(update: NewsUpdate, *, recent_stories: Sequence[StorySnapshot] = ()) -> Classification:
    """Topics with evidence, facts, severity and story of one update (pure, no I/O)."""
    text = update.text
    ctx = build_context(text, len(update.headline))
    evidence = topic_evidence(ctx)
    spans = evidence.spans
    # A plan in the headline, or every trigger in a plan: "plans to station 4,800 troops".
    future = fx.is_future(ctx) or (
        bool(spans) and all(is_planned(ctx, s.start) for found in spans.values() for s in found)
    )
    _adjust_topics(ctx, spans, future)
    facts = build_facts(ctx, spans, evidence.historical_dropped, future=future)
    if CASUALTIES not in spans:
        # A victim count ("12 remain in hospital") is casualty news even without a trigger word.
        victims = [
            c for c in (facts.killed, facts.injured, facts.missing) if c and c.value and c.evidence
        ]
        if victims:
            spans[CASUALTIES] = [c.evidence for c in victims if c.evidence]
    signals = find_signals(ctx, spans.keys(), _starts(spans, STRIKE))
    if TERRITORIAL_CHANGE in spans:
        captured = _captured_place(ctx, spans, facts)
        signals.capture_place = captured.name
        signals.capture_partial = capture_partial(ctx, _starts(spans, TERRITORIAL_CHANGE))
        signals.capture_size, signals.capture_strategic = capture_size(
            ctx,
            _starts(spans, TERRITORIAL_CHANGE),
            captured.population,
            unknown_object=captured.unknown,
        )
    if TROOP_DEPLOYMENT in spans and facts.troops and facts.troops.evidence:
        signals.troops_withdrawn = troops_withdrawn(ctx, facts.troops.evidence.start)
    topics = set(spans)
    severity, reason = assess(
        topics,
        facts,
        signals,
        # Children among the dead are a toll from the ground, not a claim of enemy losses.
        enemy_loss_claim=facts.status == "claimed"
        and CASUALTIES in topics
        and TERRITORIAL_CHANGE not in topics
        and not (facts.children_killed or facts.children_injured),
        headline_topics=(
            _headline_news(ctx, spans) if facts.aggregate or facts.historical else frozenset()
        ),
    )
    story_id, change, changes = resolve_story(update, topics, facts, severity, recent_stories)
    tags = [
        new_topic_tag(
            dict(
                topic=topic,
                confidence=_confidence(spans[topic], ctx.headline_end),
                evidence=spans[topic],
            )
        )
        for topic in _TOPIC_ORDER
        if topic in spans
    ]
    return new_classification(
        dict(
            update=update,
            topics=tags,
            severity=severity,
            severity_reason=reason,
            facts=facts,
            story_id=story_id,
            story_change=change,
            changes=changes,
        )
    )


freeze()  # every rule is defined by now: build the literal automaton once, at import

_PLAIN_SOURCE = SourceRef(id="text", name="plain text")


def tag_text(text: str) -> Classification:
    """Classify plain text: the first line is the headline when short, the rest the body."""
    first, _, rest = text.strip().partition("\n")
    if len(first) <= 200 and rest.strip():
        headline, body = first.strip(), rest.strip()
    elif len(first) <= 200:
        headline, body = first.strip(), ""
    else:
        headline, body = "", text.strip()
    update = NewsUpdate(
        id="text", revision="text", source=_PLAIN_SOURCE, headline=headline, body=body
    )
    return classify(update)
