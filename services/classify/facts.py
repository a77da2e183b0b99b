"""Claim status, tallies, modality and the nationality of moved forces."""

from __future__ import annotations

import re

from services.classify.actors import DEMONYM_RE, DEMONYMS
from services.classify.construct import span_of
from services.classify.context import Segment, TextContext
from services.classify.patterns import Rule, low_re, low_rule
from services.classify.triggers import BODIES_EXCHANGE
from shared.models import ClaimStatus, Span

_WITHDRAWAL = low_re(
    r"\b(?:withdr(?:ew|awn|awal|aws?|awing)|pull(?:ed|s|ing)? (?:\w+ ){0,2}?out|abandon\w*"
    r"|regroup\w*|(?:left|leave) (?-i:[A-Z])\w+ Island|retreat\w*|los(?:e|es|t|ing) control"
    r"|(?:troops|forces|units|soldiers|garrison|defenders) (?:had |have |has )?left"
    r"|reposition\w*|redeploy\w* outside|relocat\w*|pull-?back|pull(?:ed|s|ing)? back"
    r"|(?:more )?favou?rable (?:positions|lines)|prepared positions|no longer (?:holding|hold"
    r"|holds|in control)|handed \w+(?: \w+)? back"
    r"|(?:order\w*|authori[sz]\w*|allow\w*|permit\w*) (?:[\w'’-]+ ){0,3}?(?:troops|units|forces"
    r"|soldiers|garrison) (?:to leave|out of))\b"
)
# Who posted: a side of the conflict, or a monitor or agency whose word is no side's claim.
# A label ends on the author's kind, or on a note of where it posted: "Myanmar SAC information
# team", "Rapid Support Forces (RSF) statement", "JNIM (az-Zallaqa media)".
_PARTY_SOURCE = low_re(
    r"\b(?:army|armed forces|military|defen[cs]e ministry|ministry of defen[cs]e|general staff"
    r"|forces|resistance|militia|movement|information team|spokes(?:man|person|woman)"
    r"|news agency|press service|media office|command|alliance|front|statement)"
    r"(?: \([^)]*\))?\s*$"
    r"|\((?:statement|telegram|x|facebook|[^)]*\bmedia\b[^)]*)\)\s*$"
)
_MONITOR_SOURCE = low_re(
    r"\b(?:observatory|deepstate|monitor\w*|u\.?n\.?|unifil|iaea|health|hospital|red cross"
    r"|crescent|msf|who|ocha|unicef|isw|acled|embassy|doctors|emergency service|rescue)\b"
)
_LABEL_LENGTH = 80
_LABEL_BREAK = re.compile(r"[.!?:]\s|\b(?:says?|said|claims?|reports?)\b")
_VERIFIED_BY_REPORTERS = re.compile(r"verified by")
_CONCEDE = low_re(
    r"\b(?:conced\w*|acknowledg\w*|admit\w*|confirm(?:s|ed|ing)?(?! the claim)|effectively"
    r" confirming"
    # The side that left saying so: "the brigade says it has left the town".
    r"|(?:says?|said) (?:that )?(?:it|its (?:[\w-]+ )?(?:troops|units|forces|fighters|soldiers))"
    r" (?:had |has |have )?(?:left|withdrawn|withdrew|pulled (?:back|out)|retreated))\b"
)
# A capture said anywhere not to have happened: "Russian units had not taken Toretsk".
_NOT_TAKEN = low_rule(
    r"\b(?:had|has|have) not (?:been )?(?:taken|captured|seized|fallen)\b"
    r"|\b(?:did|does|do) not (?:take|capture|seize|fall)\b"
)
# The losing side owning the loss anywhere in the text: "a pro-army channel acknowledged the loss
# of the base".
_LOSS_CONCEDED = low_rule(
    r"\b(?:conced\w*|acknowledg\w*|admit\w*) (?:the )?(?:loss|fall|capture|surrender)\b"
)
_UN_SAYS = (
    r"(?:says?|said|officials?|mission|spokes\w*|peacekeeping chief|envoy|reports?|sources?"
    r"|experts?|panel|investigators)"
)
_INDEPENDENT = low_rule(
    r"\b(?:DeepState|monitoring group|geolocated|independently (?:confirmed|verified)|open-source"
    # Reporters on the spot: "AFP journalists in the city saw", "journalists who reached the
    # village found soldiers".
    r"|(?:journalists|reporters|correspondents)\b[^.;]{0,50}?\b(?:saw|seen|witnessed|found"
    r"|observed)"
    r"|verified by (?:our|the|an?) (?:[\w-]+ )?(?:team|journalists|reporters|unit|desk)"
    r"|Institute for the Study of War|ISW"
    # The UN speaking of it: "UN says M23 now controls Goma".
    # "UN" and "U.N." as alternatives of their own: grouped, they would share the prefix "u",
    # too short a literal to open a match, and the whole list would lose its start literals.
    r"|UN " + _UN_SAYS + r"|U\.N\.? " + _UN_SAYS +
    # Images no side controls: "satellite images show RSF vehicles inside the base".
    r"|satellite (?:images?|imagery|photos?|pictures)|commercial imagery"
    # UN agencies and ombudsmen by their full names: neither side of the fight.
    r"|Office for the Coordination of Humanitarian Affairs|Humanitarian Coordinator"
    r"|ombudsman(?:['’]s office)?"
    r"|United Nations (?:says?|said|officials?|mission|spokes\w*|envoy|reports?|sources?)"
    r"|peacekeeping chief"
    r"|(?:war |conflict )monitor|(?:Syrian )?Observatory for Human Rights"
    r"|(?:IOM|OCHA|UNHCR|UNICEF|WFP|International Organization for Migration) (?:says?|said"
    r"|reports?|reported))\b"
    r"|\bUN(?=:)|\bU\.N\.?(?=:)"
)
# The gaining side's own word, not a group's name ("the Ta'ang National Liberation Army").
_LIBERATED = low_re(
    r"\bliberat(?!ion (?:army|front|movement|forces?|organi[sz]ation|party|tigers))\w*"
)
_NOT_CONFIRMED = low_re(
    r"\b(?:not|n't|never|could not be|cannot be)\s+(?:\w+\s+){0,2}(?:confirm\w*|verif\w*)"
)
_DENY = low_rule(
    r"\b(?:den(?:y|ies|ied)|dismiss\w*|rejected|reject(?:s)?|is a lie|false|fantasy|fabricat\w*"
    r"|fake|untrue|fiction|nonsense|(?:are|were|as|pack of|outright) lies|disinformation|not true"
    r"|remain(?:s|ed)? (?:in|under) (?:\w+ ){0,2}(?:control|hands)|still in (?:\w+ ){0,2}hands"
    r"|still present in"
    r"|information operation|(?:enemy|pure|mere) propaganda|as propaganda"
    r"|(?:photos|photographs|images|videos?|footage) (?:were|was|are|is) (?:old|staged|doctored)"
    r"|groundless"
    r"|(?:is|are|was|were|remains?|remained) (?:fully |completely )?secure)\b"
)
_EARLIER = re.compile(r"\b(?:after|before|since)\b[^,;]*$")
# The other side answering the claim: "the police rejected the claim".
_CLAIM_REJECTED = low_rule(
    r"\b(?:rejected|denied|dismissed|refuted|rejects|denies|dismisses) (?:the |this |that |these"
    r" |those |their |its )?(?:claims?|reports?)\b"
)
# The other side's answer to a claim: the attack was beaten back, its positions held.
_COUNTERED = low_rule(
    r"\b(?:the|this|that|their|its) (?:attack|assault|offensive|advance)s? (?:had |has )?(?:been"
    r" |was |were )?(?:repelled"
    r"|repulsed|beaten back|driven back)|\b(?:holding|held|hold) (?:on to )?(?:their|its|our)"
    r" positions|\bdenied (?:that )?(?:any )?(?:positions|ground|territory)\b"
)
# Holding on is a denial only for the place itself ("still hold Kupiansk", "still holding the
# town"), not for a part of it ("still hold the airport"): matched on the original text.
_STILL_HOLD = re.compile(
    r"\b(?i:still)\s+(?i:hold|holds|held|holding|control|controls|controlled|controlling)\s+"
    r"(?:(?i:the)\s+(?i:town|city|village|settlement)\b|[A-Z])"
)
_CLAIM = low_re(
    r"\b(?:says?|said|claim\w*|according to|announc\w*|report\w*|told|stated|declared)\b"
)
# Who speaks: the words before the verb in its clause, or after "according to".
_SPEAKER_BREAKS = frozenset(",;:.()\n—–")
_SPEAKER_LENGTH = 60
_SPEAKER_AFTER = low_re(r"[^,;:.()\n—–]{0,60}")
# Armed groups that take places from states, and the state voices that may concede it.
_ARMED_GROUP = low_re(
    r"\b(?:rebels?|militants?|jihadists?|insurgents?|militia\w*|paramilitar\w*|gunmen"
    r"|armed groups?|armed men|gangs?|gang members|bandits|terrorists?|fighters|iswap|jnim"
    r"|al-shabaab|islamic state|m23|rsf|hts|houthis?|fano|tnla|mndaa"
    # Rebel armies by name: "the Arakan Army", "the Kachin Independence Army".
    r"|arakan army|(?:liberation|independence) army)\b"
)
_STATE_SPEAKER = low_re(
    r"\b(?:government|army|military|authorities|officials?|ministry|governor|mayor|president"
    r"|prime minister|minister|spokes\w*|police)\b"
)
# Witnesses and reporters are neither side: what they see is reported, not claimed.
_NEUTRAL_SPEAKER = low_re(
    r"\b(?:residents?|witness(?:es)?|locals?|sources?|monitor\w*|observers?|analysts?"
    r"|journalists?|reporters?|correspondents?|villagers|inhabitants|eyewitness\w*|aid workers?"
    r"|medics?|footage|images|traders|merchants|shopkeepers|elders)\b"
)
_ENEMY_LOSS_CLAIM = low_re(
    # Losses, not one commander killed in a targeted strike ("says it killed a senior commander").
    r"\b(?:says?|said|claims?|claimed)\s+(?:it\s+|its\s+(?:[\w-]+\s+){0,2}?|(?:Russian|Ukrainian)"
    r"\s+(?:[\w-]+\s+){0,2}?)(?:has\s+|had\s+)?(?:killed|kills|destroyed)\b"
    r"(?!\s+(?:a|an|the|senior|top|its|his|one|two|three)\b)"
    r"(?!\s+(?:[\w'’-]+\s+){0,3}?(?:commander|chief|leader|head|deputy|official|operative"
    r"|founder|spokesman)s?\b)"
    r"|\b(?:says?|said|claims?)\s+(?:Russia|Ukraine|Russian forces|Ukrainian forces|the enemy)"
    r"\s+(?:has\s+|had\s+)?lost\b"
    r"|\benemy losses\b"
    # A count of the other side's dead that a side claims ("RSF claims 300 army soldiers killed").
    r"|\b(?:claims?|claimed)\s+(?:(?:about|around|more than|over|up to|some|at least|nearly)\s+)?"
    r"[\d,]+\s+(?:[\w'’-]+\s+){0,3}?['‘\"“]?(?:servicemen|soldiers|troops|fighters|militants"
    r"|personnel|terrorists|insurgents|mercenaries|militiamen|attackers|jihadists|gunmen|rebels)"
    r"['’\"”]?\s+(?:were\s+)?(?:killed|eliminated|neutrali[sz]ed|dead)\b"
    # "Russia says it repelled 14 attacks, killing up to 200 Ukrainian servicemen".
    r"|\b(?:says?|said|claims?|claimed)\s+(?:it|its\s+(?:[\w-]+\s+){0,2}?[\w-]+"
    r"|(?:the |its )?(?:troops|soldiers|forces|units))\s[^.;]{0,80}?"
    r"\b(?:killing|killed|eliminat\w*)\s+(?:(?:up to|about|around|more than|over|at least|some"
    r"|as many as)\s+)?[\w,]+\s+(?:[\w-]+\s+){0,2}?['‘\"“]?(?:servicemen|soldiers|troops|fighters"
    r"|militants|personnel|terrorists|insurgents|mercenaries|militiamen|attackers|assailants"
    r"|jihadists|bandits|gunmen|rebels|raiders|enemy)\b"
)


_PERIOD_OPENING = low_re(
    r"(?:over|in|during) (?:the )?(?:past|last) (?:day|24 hours|week)\b|during the day\b"
)
# "killing dozens of", "neutralised 45": a kill verb and how many, before the kind of enemy.
_KILLING_SOME = (
    r"\b(?:killing|killed|eliminat\w*|neutrali[sz]\w*)\s+(?:(?:up to|about|around|more than"
    r"|over|at least|some|dozens of|scores of|hundreds of)\s+)?(?:[\w,]+\s+)?"
)
_OUR_FORCES_KILLED = low_rule(
    r"\bour (?:forces|fighters|units|troops|heroes|mujahideen|army|men|brigade|soldiers)\b"
    r"[^.;]{0,120}?" + _KILLING_SOME + r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:attackers|assailants"
    r"|enemy|enemies|militias?|militiamen|terrorists|mercenaries|rebels|invaders|occupiers"
    r"|fighters|soldiers|troops)\b"
)
_ENEMY_KILLED = low_rule(
    _KILLING_SOME + r"(?:[\w'’-]+\s+){0,2}?(?:attackers|enemy|enemies|militias?|militiamen"
    r"|terrorists|mercenaries|rebels|invaders|occupiers|militants|insurgents|jihadists|khawarij"
    r"|bandits)\b"
)


# One warring state's defence ministry or staff counting the other's dead, in either order:
# "Russia's defence ministry said a strike had killed up to 80 Ukrainian servicemen", "killed up to
# 150 foreign mercenaries, the Russian Defence Ministry said".
def _ministry(name: str) -> str:
    return (
        rf"(?P<{name}>russian|russia['’]s|ukrainian|ukraine['’]s) (?:defen[cs]e ministry"
        r"|ministry of defen[cs]e|general staff|mod|military|army)\b"
    )


def _other_sides_dead(name: str) -> str:
    return (
        r"(?:(?:up to|about|around|more than|over|at least|some|as many as)\s+)?[\w,]+\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?P<{name}>ukrainian|russian|foreign) (?:servicemen|soldiers"
        r"|troops|mercenaries|fighters|personnel|militants)\b"
    )


_KILLED_WORD = r"\b(?:killed|killing|eliminat\w*|neutrali[sz]\w*)\s+"
_MINISTRY_COUNTS_DEAD = low_rule(
    r"\b" + _ministry("speaker") + r"[^.;\n]{0,160}?" + _KILLED_WORD + _other_sides_dead("dead")
    + r"|" + _KILLED_WORD + _other_sides_dead("dead_first") + r"[^.;\n]{0,120}?\b(?:the )?"
    + _ministry("speaker_after")
)  # fmt: skip


_SUMMARY_PERIOD = low_rule(
    r"\b(?:(?:over|in|during) (?:the )?past (?:day|24 hours|week)|during the day|in the week of"
    # A count over a day in a headline: "MND tracks 32 aircraft around Taiwan in 24 hours".
    r"|\d[\d,]* [^.;:]{0,60}?\b(?:in|over|during) (?:the )?(?:last )?24 hours"
    r"|per day|daily (?:summary|update|report|losses)|(?:regional|weekly|monthly) overview"
    # A recap told by its figures: "Explainer: the soldiers in Russia, by the numbers".
    r"|by the numbers|in numbers"
    r"|(?:weekly|monthly) (?:update|report|summary)"
    # Many events counted over a period: "43 uses of gas munitions at the front this week".
    r"|\d[\d,]* (?:[\w-]+ ){0,3}?(?:uses|attacks|strikes|incidents|cases|times|violations)\b"
    r"[^.;]{0,40}?\b(?:this|last|past) (?:week|month))\b"
)


def in_summary_period(ctx: TextContext, starts: list[int]) -> bool:
    """Whether one of `starts` lies in a sentence naming a summary's period ("over the past
    day", "in the past 24 hours")."""
    sentences = {ctx.sentence_at(s) for s in starts}
    return any(_SUMMARY_PERIOD.search_in(ctx.scan, s.start, s.end) for s in sentences)


def is_aggregate(
    ctx: TextContext,
    evidence_starts: list[int],
    count_starts: list[int],
    restated_in_tally: bool = False,
) -> Span | None:
    """The tally phrase that makes the update a running tally, or None.

    With victim counts, the tally must share a sentence with the count kept, or restate its
    number (counts outside tallies are preferred, so a background tally beside a fresh event
    does not count). Without counts, it must share a sentence with event evidence in the
    headline or lead.
    """
    text = ctx.text
    exchange = BODIES_EXCHANGE.search(ctx.scan)
    # Named under another bullet of a round-up, an exchange says nothing of the counts kept.
    if exchange and (
        not count_starts
        or exchange.start() < ctx.headline_end
        or any(ctx.sentence_at(s) == ctx.sentence_at(exchange.start()) for s in count_starts)
    ):
        # Bodies handed over in an exchange are a tally of many past deaths, not one event.
        return span_of(text, exchange.start(), exchange.end())
    # A daily summary says its period up front: "Kherson region: 486 attacks over the past day".
    # Only a period: "the largest attack this year" in a headline is one event.
    period = _SUMMARY_PERIOD.search_in(ctx.scan, 0, ctx.headline_end)
    if period is None:
        # Or the post opens with it: "Over the past day the enemy shelled 21 settlements".
        lead = next((s for s in ctx.sentences if s.start >= ctx.headline_end), None)
        period = _PERIOD_OPENING.match(ctx.low, lead.start) if lead is not None else None
    if period is not None:
        return span_of(text, period.start(), period.end())
    if count_starts and restated_in_tally:
        for start in sorted({s.start for s in ctx.sentences}):
            tally = ctx.tally_at(start)
            if tally is not None:
                return span_of(text, tally.start, tally.end)
        return None
    if count_starts:
        starts = count_starts
    else:
        lead_end = ctx.sentences[1].end if len(ctx.sentences) > 1 else len(text)
        starts = [s for s in evidence_starts if s < lead_end]
    for start in sorted(starts):
        tally = ctx.tally_at(start)
        if tally is not None:
            return span_of(text, tally.start, tally.end)
    return None


def _words_before(text: str, start: int, end: int) -> str:
    """The words of a clause before `end`: back to a clause break, at most 60 characters and
    not before `start`, and without a line break that ends them."""
    # Walked back from the verb: a regex ending in `$` would be tried from every position.
    if end > start and text[end - 1] == "\n":
        end -= 1
    begin = end
    limit = max(start, end - _SPEAKER_LENGTH)
    while begin > limit and text[begin - 1] not in _SPEAKER_BREAKS:
        begin -= 1
    return text[begin:end]


def _speakers(text: str, segments: list[tuple[int, int]]) -> list[str]:
    """Who is quoted in the segments: the words before each claim verb, or after 'according to'."""
    out = []
    for start, end in segments:
        for verb in _CLAIM.finditer(text, start, end):
            if verb.group() == "according to":
                after = _SPEAKER_AFTER.match(text, verb.end(), end)
                out.append(after.group() if after else "")
            else:
                out.append(_words_before(text, start, verb.start()))
    return out


def _state(words: str) -> str | None:
    """The state a phrase names, by its last demonym."""
    found = list(DEMONYM_RE.finditer(words))
    return DEMONYMS[found[-1].group()] if found else None


def _gaining_state(ctx: TextContext, evidence_starts: list[int]) -> str | None:
    """The state whose forces took the place: the demonym nearest before a capture trigger."""
    for start in sorted(evidence_starts):
        if _WITHDRAWAL.match(ctx.low, start):
            continue  # "as the Syrian army redeploys": the side that left, not the one that took
        sentence = ctx.sentence_at(start)
        state = _state(ctx.low[max(sentence.start, start - 80) : start])
        if state:
            return state
    return None


def _claim_from_speakers(ctx: TextContext, evidence_starts: list[int]) -> ClaimStatus | None:
    """claimed when a side (or an unnamed speaker) says so; confirmed when only the other side
    does; reported when only witnesses or reporters do; None when nobody is quoted."""
    text = ctx.low
    segments = [(0, ctx.headline_end)] + [
        (s.start, s.end)
        for s in sorted({ctx.sentence_at(e) for e in evidence_starts}, key=lambda s: s.start)
        if s.start >= ctx.headline_end
    ]
    speakers = [w for w in _speakers(text, segments) if not _NEUTRAL_SPEAKER.search(w)]
    if not speakers:
        neutral = bool(_speakers(text, segments))
        return "reported" if neutral else None
    gainer = _gaining_state(ctx, evidence_starts)
    states = [_state(w) for w in speakers]
    if gainer and all(states) and gainer not in states:
        return "confirmed"  # only the losing side (or a third state) says so
    # Rebels took the place and only the state side says so: the losing side concedes.
    if (
        gainer is None
        and _non_state_gainer(ctx, evidence_starts)
        and all(
            (state or _STATE_SPEAKER.search(w)) and not _ARMED_GROUP.search(w)
            for w, state in zip(speakers, states, strict=True)
        )
    ):
        return "confirmed"
    return "claimed"


def _only_witnesses_tell(
    ctx: TextContext, evidence_starts: list[int], scope: list[Segment]
) -> bool:
    """Whether only witnesses tell of the change ("after troops withdrew, residents said"): no
    side speaks beside them ("residents and a military officer said"), and no side speaks of
    the pull-out elsewhere ("the ministry called it a tactical repositioning")."""
    if _claim_from_speakers(ctx, evidence_starts) != "reported":
        return False
    text = ctx.low
    segments = [(0, ctx.headline_end)] + [(s.start, s.end) for s in scope]
    if any(_STATE_SPEAKER.search(w) or _ARMED_GROUP.search(w) for w in _speakers(text, segments)):
        return False
    return not any(
        _WITHDRAWAL.search(text, sentence.start, sentence.end)
        and any(
            not _NEUTRAL_SPEAKER.search(w)
            for w in _speakers(text, [(sentence.start, sentence.end)])
        )
        for sentence in ctx.sentences
        if sentence not in scope and sentence.start >= ctx.headline_end
    )


def _non_state_gainer(ctx: TextContext, evidence_starts: list[int]) -> bool:
    """Whether the capture's subject is an armed group, not a state's forces."""
    start = min(evidence_starts)
    sentence = ctx.sentence_at(start)
    # The trigger may open with the group itself: "gangs take Mirebalais".
    return bool(
        _ARMED_GROUP.search(ctx.low, max(sentence.start, start - 80), start)
        or _ARMED_GROUP.match(ctx.low, start)
    )


def claim_status(ctx: TextContext, evidence_starts: list[int]) -> ClaimStatus:
    """Status of a change of control: denied, confirmed, claimed, or reported."""
    text = ctx.low
    sentences = {ctx.sentence_at(s) for s in evidence_starts}
    headline = text[: ctx.headline_end]
    ordered = sorted(sentences, key=lambda s: s.start)
    scope = [text[s.start : s.end] for s in ordered]
    joined = " ".join([headline, *scope])
    if (
        _denies(ctx, 0, ctx.headline_end)
        or any(_denies(ctx, s.start, s.end) for s in ordered[:2])
        or _CLAIM_REJECTED.search(ctx.scan)
        or _NOT_TAKEN.search(ctx.scan)
        or ("claim" in text and _COUNTERED.search(ctx.scan) is not None)
        or _STILL_HOLD.search(ctx.text, 0, ctx.headline_end)
        or any(_STILL_HOLD.search(ctx.text, s.start, s.end) for s in ordered[:2])
    ):
        return "denied"
    # A withdrawal conceded, not one the gaining side claims ("claiming that units withdrew",
    # or under a headline saying the rebels claim the city), nor one only witnesses tell.
    conceded = _CONCEDE.search(joined) is not None or _LOSS_CONCEDED.search(ctx.scan) is not None
    if any(_WITHDRAWAL.search(s) and "claim" not in s for s in [headline, *scope]) and (
        conceded
        or ("claim" not in headline and not _only_witnesses_tell(ctx, evidence_starts, ordered))
    ):
        return "confirmed"
    if conceded and not _NOT_CONFIRMED.search(joined):
        return "confirmed"
    # Independent confirmation counts where its own sentence does not deny it ("could not be
    # independently verified"; "did not make confirmed advances" elsewhere says nothing of it).
    # "Video verified by our team shows soldiers inside" may follow the capture's sentence.
    if any(
        (sentence in sentences or _VERIFIED_BY_REPORTERS.match(text, m.start()))
        and not _NOT_CONFIRMED.search(text, sentence.start, sentence.end)
        for m in _INDEPENDENT.finditer(ctx.scan)
        for sentence in (ctx.sentence_at(m.start()),)
    ):
        return "confirmed"
    if _LIBERATED.search(joined):
        return "claimed"  # the word is the gaining side's own
    by_speakers = _claim_from_speakers(ctx, evidence_starts)
    if by_speakers is None and (label := _post_label(ctx, evidence_starts)) is not None:
        # A post republished under its author's name: a monitor's map confirms, a side claims.
        if _INDEPENDENT.search_in(ctx.scan, 0, label):
            return "confirmed"
        if _PARTY_SOURCE.search(ctx.low, 0, label):
            return "claimed"
    if by_speakers == "claimed" and _COUNTERED.search(ctx.scan):
        return "denied"  # "KIA says it seized villages; the military says the attack was repelled"
    return by_speakers or "reported"


def _post_label(ctx: TextContext, evidence_starts: list[int]) -> int | None:
    """The end of a headline that only names a post's author ("Army information team"), or None:
    it holds none of the evidence and no sentence of its own."""
    end = ctx.headline_end
    if not end or end > _LABEL_LENGTH or any(s < end for s in evidence_starts):
        return None
    return None if _LABEL_BREAK.search(ctx.low, 0, end) else end


def posted_by_party(ctx: TextContext, evidence_starts: list[int]) -> bool:
    """Whether the update is a post by a side of the conflict (its headline names only that)."""
    label = _post_label(ctx, evidence_starts)
    return (
        label is not None
        and _PARTY_SOURCE.search(ctx.low, 0, label) is not None
        and _MONITOR_SOURCE.search(ctx.low, 0, label) is None
    )


def _denies(ctx: TextContext, start: int, end: int) -> bool:
    """Whether [start, end) of the text reports a denial now, not one made before ("days after
    the army denied the city had fallen")."""
    return any(
        not _EARLIER.search(ctx.low, max(start, m.start() - 25), m.start())
        for m in _DENY.finditer_in(ctx.scan, start, end)
    )


def headline_denies(ctx: TextContext) -> bool:
    """Whether the headline reports a denial."""
    return _denies(ctx, 0, ctx.headline_end)


def claims_enemy_losses(ctx: TextContext, casualty_starts: list[int]) -> bool:
    """Whether the casualties are one side's claim about the other's losses: in the headline, in
    a force's own statement ("our forces repelled the attack, killing dozens of attackers"), or in
    a side's post ("State news agency: the army killed 45 militants")."""
    return bool(
        _ENEMY_LOSS_CLAIM.search(ctx.low, 0, ctx.headline_end)
        or _OUR_FORCES_KILLED.search(ctx.scan)
        or _ministry_counts_enemy_dead(ctx)
        or (posted_by_party(ctx, casualty_starts) and _ENEMY_KILLED.search(ctx.scan))
    )


def _ministry_counts_enemy_dead(ctx: TextContext) -> bool:
    """Whether a side's ministry counts the other side's dead: a Russian speaker and Ukrainian or
    foreign dead, or the other way round (a side counting its own dead is a toll, not a claim)."""
    for match in _MINISTRY_COUNTS_DEAD.finditer(ctx.scan):
        speaker = match.group("speaker") or match.group("speaker_after")
        dead = match.group("dead") or match.group("dead_first")
        if speaker.startswith("russia") != (dead == "russian"):
            return True
    return False


# Modal and plan words, matched in the lower-cased headline (a rule: tried only where one of its
# words occurs, not at every character of every headline).
_FUTURE_WORD = low_rule(
    # "may have killed up to 15" is a toll not yet certain, not an event to come.
    r"\b(?:(?:could|may|might|would)(?! have\b)|will|shall|plans? to|planning\b|plans\b"
    r"|threatens?|threatening"
    r"|set to|is to|are to|ready to|prepares? to|preparing to|intends? to|aims? to|possible"
    r"|prepare for"
    r"|on standby|on (?:high |heightened )?alert|vows? to|vowed to)\b"
)
# Headline infinitives ("Army to withdraw", "Zelensky to visit"), matched in the original text:
# the subject is a force or a capitalised name and the verb is in lower case.
_FUTURE_INFINITIVE = re.compile(
    r"(?:\b(?:army|forces|troops|government|military|junta|pentagon)|\b[A-Z][\w.'-]*)"
    r"\s+[tT][oO]\s+(?!the\b|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"(?!(?:avoid|protect|bolster|secure|help|support|reinforce|defend|counter|prevent|boost"
    r"|strengthen|mark|discuss|shore|replenish|cover|reassure|join|fight)\b)[a-z]{3,}\b"
)
# A call-up ordered or approved is still to come: "Putin orders spring call-up of 160,000",
# "cabinet approves call-up of 60,000 reservists". Not "army calls up 60,000 reservists".
_CALL_UP_ORDERED = low_rule(
    r"\b(?:orders?|ordered|approves?|approved|signs?|signed|decrees?|decreed)\b[^.;:]{0,40}?"
    r"\b(?:call-up|call up|conscription|draft|expan\w*|enlarg\w*)\b"
)
_DONE_HARM = low_re(
    r"\b(?:kill(?:s|ed)|dead|dies|died|martyred|wound(?:s|ed)|injur(?:es|ed)|hurt|clash(?:es|ed)"
    r"|hits?|struck|strikes|shell(?:s|ed)|attacks|attacked)\b"
)
_NOT_FUTURE_BEFORE = low_re(
    r"\b(?:urges?|urged|calls? on|called on|asks?|asked|tells?|told|wants?|press(?:es|ed)?"
    r"|demands?|demanded|sends?|deploys?|moves?|pledges?|approves?|announces?|says it is ready"
    # Arrived with a purpose: "5,000 soldiers arrive in Catatumbo to retake control".
    r"|arrives?|arrived|lands?|landed|reach(?:es)?|reached|enters?|entered|rush(?:es|ed)?|sent"
    r"|deployed|dispatched|moved)\b"
)

_FORCE_NOUN = low_re(
    r"\b(?:troops|soldiers|forces|units|brigades?|reservists|conscripts|servicemen|fighters"
    r"|special forces|military aircraft|army|contingent|paratroopers|marines|navy)\b"
)


_DETECT = low_re(r"detect\w*|spott\w*|observ\w*")


# Weapon phrases and the name a subscriber reads.
_WEAPONS: tuple[tuple[str, Rule], ...] = tuple(
    (name, low_rule(pattern))
    for name, pattern in (
        ("glide bomb", r"\b(?:glide|guided)(?: aerial)? bombs?\b"),
        ("ballistic missile", r"\bballistic missiles?\b"),
        ("cruise missile", r"\bcruise missiles?\b"),
        ("missile", r"\bmissiles?\b"),
        ("drone", r"\b(?:drones?|shaheds?|uavs?)\b"),
        ("artillery", r"\b(?:artillery|shelling|shelled|howitzers?|mortars?)\b"),
        ("rocket launcher", r"\b(?:multiple rocket launchers?|mlrs|grad rockets?|himars)\b"),
        ("rocket", r"\brockets?\b"),
        ("air strike", r"\b(?:air ?strikes?|warplanes?|jets? (?:bombed|struck))\b"),
        ("chemical weapon", r"\b(?:chloropicrin|chemical (?:weapons?|munitions)|sarin|chlorine)\b"),
    )
)
_CLAIMER = low_re(r"(?P<who>[^,:]{2,40}?)\s+(?:says?|claims?|said|claimed)\b")


def weapons(ctx: TextContext) -> list[str]:
    """Weapons named in the update, most specific first ("glide bomb" before "missile")."""
    found = [name for name, rule in _WEAPONS if rule.search(ctx.scan)]
    if "ballistic missile" in found or "cruise missile" in found:
        found = [w for w in found if w != "missile"]
    if "rocket launcher" in found:
        found = [w for w in found if w != "rocket"]
    return found


def claimed_by(ctx: TextContext) -> str | None:
    """Who makes the claim, from a headline like "Russia says ..." (the state, when known)."""
    match = _CLAIMER.match(ctx.low, ctx.lead, ctx.headline_end)
    if match is None:
        return None
    who = ctx.text[match.start("who") : match.end("who")]
    demonym = DEMONYM_RE.search(match.group("who"))
    return DEMONYMS[demonym.group()] if demonym else who


def is_future(ctx: TextContext) -> bool:
    """Whether the headline reports something planned, threatened or possible."""
    end = ctx.headline_end
    if _CALL_UP_ORDERED.search_in(ctx.scan, ctx.lead, end):
        return True
    starts = [m.start() for m in _FUTURE_WORD.finditer_in(ctx.scan, 0, end)]
    if "to" in ctx.low[:end]:
        starts += [m.start() for m in _FUTURE_INFINITIVE.finditer(ctx.text, 0, end)]
    for start in sorted(starts):
        # "Nine soldiers killed in clashes; Qatar to host talks": the deaths are the news, the
        # later part of the headline adds what comes next. Not "Truce agreed; army to deploy".
        first_part = ctx.low.find(";", ctx.lead, start)
        if first_part >= 0 and _DONE_HARM.search(ctx.low, ctx.lead, first_part):
            break
        # "Cabinet approves plan to take the city; army to call up 60,000": each part of a
        # headline has its own verb.
        part = max(ctx.low.rfind(";", 0, start), ctx.low.rfind(":", 0, start))
        if not _NOT_FUTURE_BEFORE.search(ctx.low, part + 1, start):
            return True
    return False


def troop_nationality(ctx: TextContext, evidence_starts: list[int]) -> str | None:
    """The state whose forces moved: the demonym before the force noun, else the subject."""
    text = ctx.low
    for start in evidence_starts:
        sentence = ctx.sentence_at(start)
        if not _FORCE_NOUN.match(text, start) and not _DETECT.match(text, start):
            # "Russia completes withdrawal ...": the subject before the verb moved its forces.
            subject = list(DEMONYM_RE.finditer(text, sentence.start, start))
            if subject:
                return DEMONYMS[subject[-1].group().lower()]
        for noun in _FORCE_NOUN.finditer(text, sentence.start, sentence.end):
            window = text[max(sentence.start, noun.start() - 30) : noun.start()]
            found = list(DEMONYM_RE.finditer(window))
            if found:
                return DEMONYMS[found[-1].group().lower()]
    headline = text[: ctx.headline_end]
    first = DEMONYM_RE.search(headline)
    if first:
        return DEMONYMS[first.group().lower()]
    return None
