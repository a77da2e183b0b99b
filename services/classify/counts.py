"""Victim, troop and projectile counts, with evidence, by the taxonomy's number conventions.

One module on purpose: the three kinds of count read the same numbers of the same sentences
and must not claim one another's ("12 soldiers killed" is a victim count, not troops).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.classify.construct import new_count, span_of
from services.classify.context import Segment, TextContext
from services.classify.numbers import Number, Qualifier, find_numbers, word_value
from services.classify.patterns import Rule, low_re, low_rule
from services.classify.triggers import RETURNING_PRISONERS
from shared.models import Count

# "seriously injured", "lightly wounded": how badly does not change who is counted.
_SEVERITY_ADVERBS = (
    r"seriously|critically|severely|slightly|lightly|badly|moderately|gravely|mildly|heavily"
)
_Q = r"(?:(?:another|a further|an additional|additional|more than|at least|some|about|all)\s+)?"
# "killing a family of six": the family is the count.
_FAMILY_OF = r"(?:(?:an?\s+|the\s+)?(?:entire\s+|whole\s+)?(?:family|household)\s+of\s+)?"
# An age in figures or words: "4", "nine", "forty-two".
_AGE = (
    r"(?:\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)(?:-[a-z]+)?)"
)
_KILL_BEFORE = low_re(
    r"\b(?:killing|killed|kills?|claim(?:s|ed|ing)? the lives of|shot dead|shooting dead|bodies of"
    r"|deaths? of|(?:pronounced|declared) dead|neutrali[sz](?:ed|es|ing)|eliminat(?:ed|es|ing)"
    r"|martyr(?:ing|ed|s)"
    r"|remains of|body of|executed|massacred|behead(?:s|ed|ing)?)\s+" + _Q + _FAMILY_OF + r"$"
)
_INJURE_BEFORE = low_re(
    r"\b(?:wounding|wounded|wounds|injuring|injured|injures|injure|hurting|poisoning|poisoned"
    r"|treating|treated|hospitali[sz]ing)\s+" + _Q + _FAMILY_OF + r"$"
)
_TOLL_BEFORE = low_re(
    # "The number of people killed in Monday's bombardment of the ... camp has risen to 40".
    # The toll's own verb, not one of a clause joined on: "toll climbs to 32 as evacuations top
    # 138,000".
    r"\b(?:death toll|toll|(?:latest|new|updated|revised) (?:count|tally|figure)|number of"
    r" (?:people |those |civilians )?(?:killed|dead|deaths|fatalities))\b"
    r"(?:(?!\b(?:as|while|whereas)\b)[^.;]){0,150}?\b(?:to|at|of|reached|reaching"
    r"|passe[sd]|passing|exceed\w*|tops?|topped|hit|hits|stands at|stood at"
    r"|(?:is|was)(?: now| currently)?)\s+$"
    # A bare "dead" or "killed" needs a verb of counting: "the dead now number 40", not "killed
    # a bill to lower the voting age to 16".
    r"|\b(?:dead|killed|deaths|fatalities)\b[^.;]{0,150}?\b(?:(?:rose|risen|rises|rising|climbed"
    r"|increased|jumped|grew|revised (?:up|down)|brought|bringing|went up) to|reached|reaching"
    r"|passe[sd]|passing|exceed\w*|tops?|topped|stands at|stood at|number(?:s|ed)?"
    r"|(?:stayed|remained) (?:[\w-]+ ){0,2}?at(?: just)?(?: over| under| about)?)\s+$"
)
_SUPERSEDED_BEFORE = low_re(
    r"\b(?:(?:an? |the )?(?:earlier|previous|initial|original) (?:figure|toll|count|estimate"
    r"|tally)(?: of)?|(?:up|down) from|initially (?:put|reported) at|earlier put at)\s+$"
)
_COMBINED_AFTER = low_re(
    r"(?:\s+[\w-]+){0,5}?\s+(?:(?:killed|dead) (?:and|or) (?:wounded|injured)|(?:wounded|injured)"
    r" (?:and|or) (?:killed|dead))\b"
)
# The dead and the hurt told together: "killing or wounding 27 people", "27 casualties".
_COMBINED_BEFORE = low_re(
    r"\b(?:killing|killed|kills) (?:or|and) (?:wounding|injuring|wounded|injured)\s+" + _Q + r"$"
)
_CASUALTIES_AFTER = low_re(r"\s+(?:[\w-]+\s+){0,2}?casualties\b")
# Cheap tests before the toll regexes: a word one of them needs.
_TOLL_HINT = re.compile(r"toll|dead|killed|deaths|fatalities")
_INJURED_TOLL_HINT = re.compile(r"(?:number|count|tally|figure|toll)\b")
_INJURED_TOLL_BEFORE = low_re(
    r"\b(?:number|count|tally|figure|toll)(?: of| for)? (?:the )?(?:people |those )?(?:injured"
    r"|wounded|hurt)\b"
    r"[^.;]{0,90}?\b(?:to|at|reached|reaches|reaching|tops|passes|hits|remains|remained"
    r"|is still|was still|is now|is)\s+$"
)
_ROLE_AFTER = low_re(
    r"\s+(?:of\s+)?(?:[A-Za-z'-]+\s+){0,4}?(?:[A-Za-z'-]+(?=,))?"
    # "Five soldiers of the Nigerian Army's 25 Task Force Brigade were killed"
    r"(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,6}?(?:brigade|battalion|regiment|division|army|force"
    r"|forces|unit|company)\s+)?"
    # An apposition between the number and its verb: ", including two children," ", aged 4 and 6,"
    # ", three of them children,"
    r"(?:,\s*(?:(?:including|among them|[\w-]+ of (?:them|whom))\s+[^,.;]{1,40}"
    r"|aged\s+" + _AGE + r"(?:(?:,\s*|\s+and\s+)" + _AGE + r")*),\s*)?"
    # Or ages without commas: "three boys aged between 9 and 14 were killed".
    r"(?:aged\s+(?:between\s+)?\d{1,2}(?:\s*(?:-|to|and)\s*\d{1,2})?\s+)?"
    r"(?:(?:were|was|have been|has been|had been|are|is|remain|remained|remains)\s+)?"
    r"(?:(?:reported|confirmed|also|later|believed to have been|believed to be|feared|listed as"
    r"|(?:known|thought|said|understood) to have been"
    r"|still|now|all|reportedly|being|" + _SEVERITY_ADVERBS + r")\s+)*"
    r"(?P<role>killed|dead|died|deaths|fatalities|lost their lives|perished|slain|martyred|martyrs"
    r"|drowned"
    r"|sent to hell"
    r"|homicides|murders|embraced martyrdom|wounded|injured|injuries"
    r"|(?:under|receiving) (?:medical )?(?:treatment|care)|in (?:intensive|medical) care"
    r"|hurt|missing|disappeared|(?:sought|needed|received) medical (?:help|aid|attention"
    r"|treatment)"
    r"|unaccounted for|poisoned|hospitali[sz]ed|treated(?! as| like)|bodies|in hospital"
    # Trapped in the rubble, not in a besieged city.
    r"|trapped(?= (?:under|beneath|in (?:the )?(?:rubble|debris|collapsed|burning|mine)))"
    r"|admitted (?:to hospital|with (?:\w+ )?(?:injuries|wounds))"
    r"|(?:taken|rushed|airlifted|evacuated|brought) to (?:a |the )?(?:[\w-]+ ){0,2}?hospitals?"
    r"|(?:received|sustained|suffered) (?:\w+ )?(?:wounds|cuts|burns)"
    r"|(?:sustained|suffered|received) (?:\w+ )?injuries"
    r"|(?:hit|struck|wounded|injured) by (?:shrapnel|shell fragments|debris|fragments))\b"
)
_OFF_RADAR = low_re(r"\s+(?:from|off) (?:the )?radars?\b")
_DIED_OF_WOUNDS = low_re(r"\s+(?:later\s+|since\s+|subsequently\s+|then\s+)?(?:died|succumbed)")
_KILL_HINT = re.compile(
    r"kill|dead|death|bod|remains|lives|execut|massacr|behead|neutrali|elimin|martyr"
)
_INJURE_HINT = re.compile(r"wound|injur|hurt|poison|treat|hospital")
_CHILD_AMONG = low_re(
    r"\s+(?:[\w-]+\s+)?(?:children|boys|girls|minors|teenagers|teens|of them children)"
    # "Two teenagers, aged 16 and 17, were among the wounded."
    r",?(?:\s+aged\s+\d+(?:\s+and\s+\d+)?,?)?\s+(?:(?:were|are)\s+)?among\s+"
    r"(?:the|those|[\d,]+|[a-z]+)"
    r"\s+(?:[\w,-]+\s+){0,3}?(?P<role>dead|killed|injured|wounded|victims|hurt)"
    # "Three of the dead were children."
    r"|\s+of\s+(?:the|those)\s+(?P<role2>dead|killed|injured|wounded|hurt)\s+(?:were|are)\s+"
    r"(?:[\w-]+\s+)?(?:children|minors|boys|girls)\b"
)
_BARE_ROLE = low_re(
    r"\s+(?:(?:were|have been|had been)\s+)?(?:(?:" + _SEVERITY_ADVERBS + r")\s+)?"
    r"(?:killed|injured|wounded|dead|hurt)\b"
)
# "including 10 women and three infants": the children may follow other victims.
_CHILD_RELATIVE_BEFORE = low_re(
    r"(?:\b(?:including|among them|among whom)|\bincl\.)\s+(?:[\w-]+\s+){0,3}?(?:and\s+)?$"
    # "42 bodies, nine of them women and six children".
    r"|\bof (?:them|whom)\s+(?:[\w-]+\s+){1,2}and\s+$"
)
_CHILD_RELATIVE_AFTER = low_re(
    r"\s+(?:of them|of whom)\s+(?:were\s+)?(?:children|minors|boys|girls)\b"
)
_LEADING_DIGITS = re.compile(r"\d+")
# Sentences without one of these words hold no victim, projectile or troop count.
_VICTIM_WORDS = low_rule(
    r"kill|dead|death|died|dies|toll|wound|injur|hurt|missing|bodies|body|poison|trapped"
    r"|unaccounted|treat|hospital|victims|casualt|fatalit|lives|perish|slain|medical|disappear"
    r"|martyr|behead|homicides|murders|drown|neutrali|elimin|sent to hell"
)
_WEAPON_WORDS = low_rule(r"drone|missile|rocket|uav|shahed|projectile|quadcopter|unmanned")
_TROOP_WORDS = low_rule(
    r"troop|soldier|servicem|reservist|conscript|special forces|fighters|paratroop|personnel"
    r"|police|gendarme|contingent|guard|instructors|trainers|advisers|advisors|sappers|deminers"
    r"|marines|call|draft|mobili|grow by|increase"
)
_HEAD_CHILD = low_re(
    r"\s+(?:[\w-]+\s+)?(?:children|child|minors|boys|girls|kids|teenagers|teens|infants|babies"
    r"|toddlers|schoolchildren|schoolboys|schoolgirls|pupils)\b"
)
# Ages in apposition: "two brothers, aged 4 and 6, were killed" are children by their ages.
_AGES_AFTER = low_re(
    r"\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+aged\s+(?:between\s+|from\s+)?"
    r"(?P<ages>" + _AGE + r"(?:(?:,\s*|\s+and\s+|\s+to\s+|\s*[-–]\s*)" + _AGE + r")*)"
)
_AGE_TOKEN = re.compile(r"\d+|[a-z]+(?:-[a-z]+)?")
# "Among the 14 dead were five children": the number after is a subset of the dead.
_AMONG_BEFORE = low_re(
    r"\bamong\s+(?:the|those)\s+(?:[\d,]+\s+)?(?P<role>dead|killed|injured|wounded|victims)"
    r"\s+(?:were|are|was)\s+$"
)

_ROLE_OF: dict[str, str] = {
    "killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed",
    "fatalities": "killed", "lost their lives": "killed", "bodies": "killed",
    "sent to hell": "killed",
    "wounded": "injured", "injured": "injured", "hurt": "injured", "poisoned": "injured",
    "hospitalized": "injured", "hospitalised": "injured", "treated": "injured",
    "missing": "missing", "unaccounted for": "missing", "trapped": "missing",
    "disappeared": "missing",
    "victims": "killed", "in hospital": "injured", "perished": "killed", "slain": "killed",
    "martyred": "killed", "martyrs": "killed", "embraced martyrdom": "killed",
    "homicides": "killed",
    "murders": "killed", "drowned": "killed",
}  # fmt: skip

# Roles outside the table are injuries ("sustained injuries", "sought medical help").
_KILLED_ROLES = frozenset(k for k, v in _ROLE_OF.items() if v == "killed")


def _role_of(word: str) -> str:
    """killed, injured or missing for the role word after a count."""
    return _ROLE_OF.get(word) or ("killed" if word in _KILLED_ROLES else "injured")


_CHILD_NOUNS = (
    r"(?:boy|girl|child|baby|infant|son|daughter|teenager|teen|toddler|schoolboy|schoolgirl)"
)
_PERSON_NOUNS = (
    r"(?:man|woman|boy|girl|child|baby|infant|son|daughter|teenager|teen|toddler|person|civilian"
    r"|resident|worker|soldier|serviceman|driver|passenger|officer|policeman|mother|father|wife"
    r"|husband|journalist|volunteer|medic|rescuer|pensioner|farmer|nurse|doctor|commander"
    r"|leader|official|fighter|militant|member|guard|student|employee|aid worker|peacekeeper"
    r"|teacher|passer-by|bystander|shepherd|motorist|cyclist|fisherman|couple|coordinator"
    r"|activist|elder|priest|imam|pastor|trader|herder|miner|chief|captain|sergeant|lieutenant"
    r"|colonel|corporal|constable|patrolman|jawan|sepoy|havildar|commando|paramedic|firefighter"
    r"|ranger|gendarme|contractor|reservist|conscript|marine|sailor|pilot|inmate|prisoner|porter"
    r"|headmaster|headteacher|principal|vice-principal|cook|labou?rer|vendor|shopkeeper|watchman"
    r"|engineer|photographer|cameraman|reporter|mayor|councillor|villager|pilgrim|worshipper"
    r"|grandmother|grandfather|grandson|granddaughter|brother|sister|uncle|aunt|neighbou?r"
    r"|relative)"
)
# Victims listed by kind under one verb: "12 soldiers and 13 militants were killed", "killing
# three police officers and two civilians", "11 civilians and a soldier were killed".
_PEOPLE_PLURAL = (
    r"(?:people|persons|civilians|soldiers|troops|servicemen|militants|fighters|rebels|attackers"
    r"|insurgents|gunmen|assailants|police(?:men| officers)?|officers|guards|prisoners|inmates"
    r"|children|women|men|workers|residents|passengers|villagers|students|journalists|medics"
    r"|miners|farmers|pilgrims|worshippers|tourists|migrants|members|personnel|marines|sailors"
    r"|crew(?: members)?|others|bystanders|rescuers|firefighters|patrolmen|constables|jawans"
    r"|sergeants|contractors|paramedics|conscripts|reservists|boys|girls|sons|daughters"
    r"|teenagers|babies|toddlers|infants)"
)
# Not a subset told in passing: "killed, four of them children, and 52 were wounded".
_AND_NEXT_KIND = low_re(
    r"(?!\s+of\s+(?:them|whom))\s+(?:[\w'-]+\s+){0,2}?" + _PEOPLE_PLURAL + r"\s+and\s+"
)
_ONE_MORE = (
    r"\s+(?:[\w'-]+\s+){0,2}?" + _PEOPLE_PLURAL + r"\s+and\s+(?:a|an|their|his|her)\s+"
    r"(?P<age>(?:\d+|[a-z]+)-year-old\s+)?(?:[\w'-]+\s+){0,2}?(?P<noun>" + _PERSON_NOUNS + r")"
)
_AND_ONE_MORE = low_re(_ONE_MORE + r"\s+(?:were|have been|had been)\b")
# One named before the count: "the driver and three passengers were killed", "killed a soldier
# and three civilians".
_ONE_BEFORE_AND = (
    r"\b(?:a|an|the|one)\s+(?P<age>(?:\d+|[a-z]+)-year-old\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?P<noun>" + _PERSON_NOUNS + r")\s+and\s+$"
)
_ONE_AND_SUBJECT = low_re(_ONE_BEFORE_AND)
_ONE_AND_OBJECT = low_re(
    r"\b(?P<verb>killing|killed|kills|injuring|injured|injures|wounding|wounded)\s+"
    + _ONE_BEFORE_AND[2:]
)
_PLURAL_AFTER = low_re(r"\s+(?:[\w'-]+\s+){0,2}?" + _PEOPLE_PLURAL + r"\b")
_AND_ONE_MORE_ROLE = low_re(
    _ONE_MORE + r"\s+(?:were|have been|had been)\s+(?:(?:" + _SEVERITY_ADVERBS + r")\s+)?"
    r"(?P<role>killed|dead|injured|wounded|hurt)\b"
)
# "injuring two patrolmen and a seven-year-old boy": one more under the verb before the count,
# unless a verb of its own follows.
_AND_ONE_MORE_LISTED = low_re(_ONE_MORE + r"\b(?!\s+(?:was|were|is|has|had)\b)")
# "killed the group's chief of staff and four other people": the one named and the others.
_OTHERS_AFTER = low_re(
    r"\s+other\s+(?:people|persons|civilians|soldiers|members|fighters|militants|officers"
    r"|passengers|victims)\b"
)
_NAMED_VICTIM_BEFORE = low_re(
    r"\b(?P<verb>killed|killing|injured|injuring|wounded|wounding)\b[^.;]{1,100}?,?\s+and\s+$"
)
# "killed a man and his two children": the parent is one more than the number.
_PARENT_BEFORE = low_re(
    r"\b(?P<verb>killing|killed|kills|injuring|injured|injures|wounding|wounded)\s+(?:(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<parent>" + _PERSON_NOUNS + r")|(?:the\s+)?parents)\s+and\s+"
    r"(?:his|her|their)\s+$"
)
# The same family as the subject: "A couple and their three children were killed", "kills
# parents and their three children".
_PARENT_SUBJECT_BEFORE = low_re(
    r"(?:\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<parent>" + _PERSON_NOUNS + r")|\bparents)"
    r"\s+and\s+(?:his|her|their)\s+$"
)
_CHILD_NOUN_RE = re.compile(_CHILD_NOUNS, re.IGNORECASE)
_RELATIVE_CHILD = low_rule(
    r"\b(?:including|incl\.|among them|one of (?:them|whom)(?: was| is)?)\s+(?:a|an|one|the)\s+"
    # "incl. a 9 y.o. boy"
    r"(?:(?:\d+|[a-z]+)(?:-year-old| ?y\.o\.|-y\.o\.)\s+)?(?:[\w-]+\s+)?" + _CHILD_NOUNS + r"\b"
    r"(?P<second>\s+and\s+(?:a|an|one)\s+(?:[\w-]+\s+)?" + _CHILD_NOUNS + r"\b)?"
)
# "A child was among the dead": one child within the count already given. Anchored on the
# child noun; the article before it is checked separately.
_CHILD_AMONG_ONE = low_rule(
    _CHILD_NOUNS + r"\s+(?:was|is)\s+among\s+(?:the|those|[\w,]+)"
    r"\s+(?:[\w-]+\s+){0,2}?(?P<role>dead|killed|injured|wounded|hurt)\b"
)
# "Among the dead was a 12-year-old girl."
_AMONG_ONE_CHILD = low_rule(
    r"\bamong\s+(?:the|those)\s+(?P<role>dead|killed|injured|wounded|hurt)\s+(?:was|were|is|are)\s+"
    r"(?:a|an|one)\s+(?P<age>(?:\d+|[a-z]+)-year-old\s+)?(?:[\w-]+\s+)?(?P<noun>"
    + _CHILD_NOUNS
    + r"|girl|boy|teenager)\b"
)
_ONE_CHILD_BEFORE = low_re(r"\b(?:a|an|one)\s+(?:[\w-]+\s+)?$")
# An age without a noun: "a 10-year-old was killed", "killing a nine-year-old". Anchored on
# "-year-old"; the article, age and verb before it are read separately.
_AGE_ONLY_VICTIM = low_rule(
    r"-year-old(?:\s+(?:(?:was|has been|had been)\s+)?(?:(?:" + _SEVERITY_ADVERBS + r")\s+)?"
    r"(?P<role>killed|died|wounded|injured|hurt)\b|(?=\s*[,.;]|\s+(?:and|in|on|at|when|as|after"
    r"|near|while|who)\b))"
)
_AGE_BEFORE = low_re(
    r"(?:\b(?P<verb>killing|killed|injuring|injured|wounding|wounded)\s+)?\b(?:a|an)\s+"
    r"(?P<age>\d+|[a-z]+(?:-[a-z]+)?)$"
)
_SINGULAR = (
    r"\b(?:a|an|one|his|her|their|another|the)\s+(?P<age>(?:\d+|[a-z]+)-year(?:-old)?[ -])?"
    r"(?:[a-z'’-]+\s+){0,2}?(?P<noun>" + _PERSON_NOUNS + r")\b"
)
_SINGULAR_2 = _SINGULAR.replace("?P<age>", "?P<age2>").replace("?P<noun>", "?P<noun2>")
_SINGULAR_VICTIM_SOURCE = (
    r"\b(?:(?P<kverb>killing|killed|shooting dead|shot dead|bodies of|body of|remains of"
    r"|(?:pronounced|declared) dead)"
    r"|(?P<iverb>injuring|injured|wounding|wounded))\s+"
    r"(?P<np>" + _SINGULAR + r")(?P<np2>\s+and\s+" + _SINGULAR_2 + r")?"
    r"|(?P<np_>"
    + _SINGULAR.replace("?P<age>", "?P<age_>").replace("?P<noun>", "?P<noun_>")
    + r")(?P<np2_>\s+and\s+"
    + _SINGULAR.replace("?P<age>", "?P<age2_>").replace("?P<noun>", "?P<noun2_>")
    + r")?(?:,\s+(?:a|an|the)\s+[^,.;]{1,60}?,)?(?:,?\s+who\b[^.;]{0,120}?,?)?"
    # "A police officer serving with the mission was killed".
    r"(?:\s+(?:serving|working|travelling|traveling|stationed|deployed|based)\b[^.;,]{0,60}?)?"
    r"\s+(?:(?:was|were|has been|have been|had been|has|have"
    r"|had|suffered|sustained|received)\s+)?"
    r"(?:(?:also|reportedly|later|"
    + _SEVERITY_ADVERBS
    + r")\s+)?(?:among\s+(?:those|the)\s+)?(?P<after>killed|died|dead|found dead|wounded"
    r"|shot dead|shot and killed|stabbed to death|beaten to death"
    r"|(?:shrapnel |gunshot |bullet |serious |minor |light |severe |multiple )?(?:wounds|injuries"
    r"|burns)"
    r"|injured|hurt|hospitali[sz]ed|lost (?:his|her|their) li(?:fe|ves)|perished|martyred"
    r"|hit by (?:shrapnel|shell fragments|fragments|debris)"
    r"|shot (?:in|through) the (?:legs?|arms?|chest|back|stomach|shoulder|hands?|foot|feet|neck"
    r"|abdomen|thigh|knee|hip))\b"
)
# Every match names one person: "killing a woman", "a soldier was wounded".
_SINGULAR_VICTIM = low_rule(_SINGULAR_VICTIM_SOURCE, needs=r"\b" + _PERSON_NOUNS + r"\b")
# Every _SINGULAR_VICTIM match holds one of these (its verbs, and the words of its injuries). The
# regex is tried at every word of the text; a text without any of them skips it.
_SINGULAR_VICTIM_HINT = low_rule(
    r"kill|dead|bod|remains of|injur|wound|died|shot|stabbed|beaten|burns|hurt|hospitali"
    r"|lost |perished|martyred|hit by"
)
_SINGULAR_KILLED = frozenset(
    {"killed", "died", "dead", "found dead", "perished", "martyred", "shot dead", "shot and killed",
     "stabbed to death", "beaten to death"}
)  # fmt: skip
_HEADLINE_KILLED = _SINGULAR_KILLED | {"dies", "kills"}
# "Aid worker killed in strike", "Museum director dies of wounds": one victim named by role.
# Anyone a headline may name as a lone victim: a person, a child or a trade.
_HEADLINE_NOUNS = (
    r"(?:" + _PERSON_NOUNS + r"|" + _CHILD_NOUNS + r"|director|manager|professor|lawyer|judge"
    r"|poet|artist|singer|actor|actress|writer|athlete|footballer|boxer|student)"
)
_HEADLINE_VICTIM = low_re(
    r"(?:[\w'’-]+\s+)?(?P<noun>" + _HEADLINE_NOUNS + r")"
    r"\s+(?P<verb>killed|dies|died"
    r"|martyred|wounded|injured|hurt|hospitali[sz]ed|loses (?:a |his |her )?(?:leg|arm|hand|foot"
    r"|eye))\b"
)
# The verbs of _HEADLINE_VICTIM, one of which its match holds: most texts have none.
_HEADLINE_VICTIM_HINT = low_rule(r"killed|dies|died|martyred|wounded|injured|hurt|hospitali|loses ")

# "Drone kills woman in Kherson": one victim as the object of a headline's verb.
_HEADLINE_OBJECT_VICTIM = low_re(
    r"\b(?P<verb>kills|injures|wounds)\s+(?:[\w'’-]+\s+)?(?P<noun>" + _HEADLINE_NOUNS + r")"
    r"\b(?!['’]s)"
)
_HEADLINE_OBJECT_VERBS = ("kills", "injures", "wounds")

# "None of the 1,000 soldiers stationed there was hurt": no one hurt, and the number counts who
# was spared. Not "none of the 12 wounded is in danger".
_NONE_OF_SPARED = (
    r"none of (?:the |its |their |our |his |her )?(?:[\w,.'’-]+ ){1,6}?(?:was|were|has been"
    r"|had been) (?:reported )?(?:hurt|injured|killed|wounded|harmed)\b"
)
_ZERO_CASUALTIES = low_rule(
    r"\b(?:no (?:casualties|deaths|fatalities|injuries|victims)"
    r"|no one (?:was|were|has been|had been) (?:hurt|injured|killed|wounded|harmed)"
    r"|nobody (?:was|has been|had been) (?:hurt|injured|killed|wounded|harmed)"
    r"|without (?:causing |any )?(?:casualties|injuries)|no one was hurt"
    # "No reports of casualties"; "the crew were unharmed" is _UNHARMED.
    # "No immediate reports of casualties" is too early to know: it records nothing.
    r"|no reports? of (?:casualties|injuries|deaths)"
    r"|no (?:one|people) (?:were|was) (?:reported )?(?:hurt|injured|killed)"
    # Those at the place hit, not a part of the victims: "no civilians were hurt" is not zero.
    r"|no (?:[\w-]+ )?(?:peacekeepers|residents|personnel|staff|crew members|passengers"
    r"|workers) (?:were|was) (?:reported )?(?:hurt|injured|killed|harmed)"
    # "No one aboard was hurt", "caused no damage or casualties".
    r"|(?:no one|nobody) (?:aboard|on board|inside|there|else) (?:was|were) (?:hurt|injured"
    r"|killed|harmed)"
    # "No one on the southern side was hurt", "nobody in the village was injured".
    r"|(?:no one|nobody) (?:on|in|at|among|from) (?:[\w'’-]+ ){1,4}?(?:was|were) (?:hurt|injured"
    r"|killed|harmed)"
    r"|no (?:damage|destruction) (?:or|and|nor) (?:casualties|injuries|deaths)"
    r"|"
    + _NONE_OF_SPARED
    # Telegraphic: "windows blown out, nobody hurt".
    + r"|(?:nobody|no one) (?:hurt|injured|harmed)(?=\s*[.,;]|\s*$))\b"
)
# "The crew were unharmed", "all passengers escaped unhurt": anchored on the rare word, the
# people before it checked separately.
_UNHARMED = low_rule(r"\b(?:unharmed|unhurt|uninjured|safe)\b")
_UNHARMED_BEFORE = low_re(
    r"\b(?:crew|crew members|passengers|residents|occupants|everyone|all)\b[^.;]{0,30}?"
    r"\b(?:were|was|are|escaped) (?:all )?$"
    # Headline-ese: "...; crew unhurt".
    r"|\b(?:crew|passengers|occupants|residents|everyone) $"
)
_NONE_OF_BEFORE = low_re(r"\bnone of (?:the |its |their |our |his |her )?$")
_SPARED = low_re(_NONE_OF_SPARED)
_ZERO_MISSING = low_rule(r"\b(?:nobody|no one)\s+(?:\w+\s+){0,3}missing\b")

# Troops: a count followed by a force noun, or a call-up of a number of people.
_TROOP_NOUN_AFTER = low_re(
    r"(?:\s+[A-Za-z'-]+){0,3}?\s+(?:troops|soldiers|servicemen|reservists|conscripts"
    r"|special forces|fighters|paratroopers|personnel|marines|military personnel"
    r"|police officers|military police|gendarmes|guardsmen"
    r"|military (?:instructors|trainers|advis[eo]rs)|(?:army |military )?(?:sappers|deminers)"
    r"|members of (?:the )?(?:[\w'’-]+ ){0,4}?(?:national guard|army|armed forces|security forces"
    r"|military|corps|force)|peacekeepers|border guards|commandos"
    r"|national guard (?:members|troops|personnel))\b"
    # "about 2,000 were deployed under the 2020 ceasefire".
    r"|\s+(?:were|are|had been|have been) (?:deployed|stationed|based)\b"
)
# "a 250-strong contingent of Fijian soldiers": the number is the force's size.
_STRONG_FORCE = low_re(
    r"-strong\s+(?:[\w-]+\s+)?(?:contingent|battalion|brigade|unit|detachment|mission"
    r"|deployment)\b"
)
_CALL_UP_BEFORE = low_re(
    r"\b(?:call(?:s|ed|ing)? up|(?:call-up|conscription|draft|mobili[sz]ation) of"
    r"|draft(?:s|ed|ing)?|mobili[sz]e[sd]?|conscript(?:s|ed)?"
    r"|call-up orders to|grow by|increase[sd]? (?:\w+ ){0,4}by)\s+$"
)
_CAPTURED_BEFORE = low_re(
    r"\b(?:captured|capturing|took prisoner|taken prisoner|lost|losing|loses)\s+"
    r"(?:(?:more than|about|around|some|over|nearly)\s+)?$"
)
_VICTIM_AFTER = low_re(
    r"(?:\s+[A-Za-z'-]+){0,4}?\s+(?:killed|wounded|injured|dead|died|perished|slain|martyred"
    r"|embraced martyrdom)\b"
)

# "Two soldiers of the border force (BF) were wounded": the first verb of the clause says
# what happened to them.
_VICTIM_LATER = low_re(
    r"(?:(?!\b(?:were|was|have|has|had|are|is)\b)[^.;]){0,80}\b(?:(?:were|was|have been|had been"
    r"|has been)\s+(?:\w+\s+)?(?:killed|wounded|injured|dead|martyred|hurt|slain|treated"
    r"|hospitali[sz]ed)|sought medical (?:help|treatment|attention|care))\b"
)
# Soldiers counted in a prisoner exchange, in small groups, or players called up.
_NOT_A_FORCE = low_rule(r"\b(?:exchange|swap|prisoners? of war|pows|captivity)\b")
_SMALL_GROUPS_BEFORE = low_re(
    r"\b(?:groups?|teams?|squads?|pairs?|units?) of\s+(?:\w+\s+(?:or|to)\s+)?$"
    # Soldiers listed among the victims ("wounding 14 people, including two soldiers"), and losses.
    r"|\b(?:including|among them|among whom|of whom)\s+$|\blosses of (?:up to |about )?$"
)
_NOT_TROOPS_AFTER = low_re(
    r"\s+(?:[\w-]+\s+)?(?:players|athletes|footballers|candidates|jurors|volunteers|students"
    # Units, not people: "calls up two reserve brigades".
    r"|brigades|battalions|divisions|regiments|companies|units)\b"
)

# Blanks within one line: a weapon named after a line break belongs to the next part of the text
# ("... kills 75" above "A drone attack ...").
_BLANKS = r"[^\S\n]+"
_WEAPON_AFTER = low_re(
    rf"(?:{_BLANKS}(?:ballistic|cruise){_BLANKS}and{_BLANKS}(?:ballistic|cruise))?"
    rf"(?:{_BLANKS}(?:of{_BLANKS}the{_BLANKS})?(?!injured|wounded|killed|dead|when|were|was|and"
    # Model names carry digits: "5 Kh-101 cruise missiles", "40 Shahed-136 drones".
    rf"|as|after|people|by|in|from)[A-Za-z][\w'-]*){{0,3}}?{_BLANKS}(?P<w>drones?|UAVs?|Shaheds?"
    rf"|quadcopters?|missiles?|rockets?|projectiles?|Iskanders?(?:-[MK])?|Kinzhals?|Kalibrs?"
    rf"|unmanned aerial vehicles?)\b(?P<combined>{_BLANKS}and{_BLANKS}(?:(?:cruise|ballistic"
    rf"|guided){_BLANKS})?(?:missiles|rockets|drones)\b)?"
)
_OF_TOTAL = low_re(r"\s+(?:of|out of)\s+(?:the\s+)?(?=\d|[a-z])")
_DOWN_VERB = low_re(
    r"\b(?:shot down|shoot down|shooting down|downed|downing|intercept\w*|destroy\w*|brought down"
    r"|neutrali[sz]\w*)\b"
)
_LAUNCH_VERB = low_re(
    # Not "launchers": "300 missiles for launchers already in service" were not fired.
    r"\b(?:launch(?:es|ed|ing)?|fir(?:ed|es|ing)|attack\w*|target\w*|used|sent|hit|hits|struck"
    # An air force's night report: "145 drones, 4 missiles overnight".
    r"|strikes|overnight"
    # Air-force tallies: "counts 112 drones and 4 Iskanders aimed at Odesa region".
    r"|aimed|counts|counted|recorded|detected|tracked|registered|crossed|crossing)\b"
)
_ALL_BEFORE = low_re(r"\ball\s+(?:of\s+the\s+)?$")
# "most of the 47 drones launched were downed": 47 were launched, a share of them downed.
_SHARE_BEFORE = low_re(
    r"\b(?:most|many|some|part|the majority|nearly all|almost all)\s+of\s+the\s+$"
)
_COUNT_OPENS = low_re(r"\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)")
_CONTINUES = low_re(r"^\s*(?:along with|as well as|and|plus)\b")
# A bare number downed after a weapon count ("shot down 60 of them", "60 drones ...; 48 were shot
# down"): the weapon is the one counted just before.
_OF_THEM = low_re(
    r"\s+(?:of\s+(?:them|those|the projectiles|the salvo)\b|(?:were|was|have been|had been)\s+"
    r"(?:\w+\s+)?(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed|brought down)\b)"
)
# Nothing downed: "none of the missiles was intercepted", "air defences failed to intercept it".
_NONE_DOWNED = low_rule(
    # The weapon, when named, within two words: "none of the ballistic missiles was stopped".
    r"\b(?:none|neither) of (?:the |them\b)(?:(?:[\w-]+ ){0,2}?(?P<w>drones?|missiles?|rockets?"
    r"|uavs?)\b)?[^.;]{0,20}?\b(?:was|were) (?:intercepted|shot down|downed|destroyed|stopped)"
    r"|\b(?:neither|none) (?:was|were) (?:intercepted|shot down|downed)"
    r"|\bfailed to (?:intercept|shoot down|down|stop) (?:the |it\b|them\b|any )?"
    r"(?:(?:[\w-]+ ){0,2}?(?P<w2>drones?|missiles?|rockets?|uavs?)\b)?"
    r"|\bno (?P<w3>drones?|missiles?|rockets?|uavs?) (?:was|were) (?:intercepted|shot down|downed)"
    r"|\b(?:not (?:been )?able|unable|could not|couldn't|did not|didn't) to (?:intercept|shoot down"
    r"|down|stop) (?:the |it\b|them\b|any |either |both )?"
    r"(?:(?:[\w-]+ ){0,2}?(?P<w4>drones?|missiles?|rockets?|uavs?)\b)?"
)
# One projectile named as the subject: "a missile fired from Yemen hit ...", "a drone struck".
# Anchored on the weapon word; the article before it is checked separately (cheaper).
_SINGLE_WEAPON_LAUNCH = low_rule(
    # Spaces, not \s: the words between stay on the weapon's own line.
    r"(?P<w>drone|missile|rocket|uav) +(?:[\w-]+ +){0,4}?(?:(?:was|had been) +)?"
    r"(?:(?P<launch>launched|fired)|hit|hits|struck|strikes|slammed|crashed|exploded)\b"
)
# Told verb first: "launched a 'Palestine-2' hypersonic ballistic missile at the airport".
_LAUNCHED_ONE = low_rule(
    r"\b(?:launch(?:ed|es)|fire[sd]) (?:a|an|one|a single) +(?:[\w'’-]+ +){0,4}?"
    r"(?P<w>drone|missile|rocket|uav)\b(?! (?:launchers?|systems?|attacks?|strikes?|fire))"
    # Headline-ese: "intercepted missile launched from Yemen".
    r"|\b(?:intercepted|shot down|downed) (?P<w2>drone|missile|rocket|uav) (?:launched|fired) from"
)
_ONE_BEFORE = low_re(r"\b(?:a|an|one|single|lone)\s+(?:[\w-]+\s+){0,2}$")
# "A drone hit the depot" tells of the strike, not of how many were sent: one is counted when
# it was launched ("a missile fired from Yemen") or stressed ("a single drone hit").
_STRESSED_ONE_BEFORE = low_re(r"\b(?:single|lone)\s+(?:[\w-]+\s+){0,2}$")
_ONE_PROJECTILE = "drone|missile|rocket|UAV|quadcopter"
_SINGLE_WEAPON_DOWN_SOURCE = (
    r"\b(?:a|an|one|the)\s+(?:[\w-]+\s+){0,2}?(?P<w>" + _ONE_PROJECTILE + r")\s+"
    r"(?:(?:launched|fired) (?:[\w-]+\s+){0,8}?)?(?:was\s+)?(?:shot down|downed|intercepted"
    r"|destroyed)"
    r"|\b(?:intercepted|shot down|downed|destroyed)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<w2>" + _ONE_PROJECTILE + r")\b"
    # Headline-ese without the article: "intercepted missile launched from Yemen", "drone
    # launched from Iraq intercepted over Eilat".
    r"|\b(?:intercepted|shot down|downed)\s+(?P<w4>" + _ONE_PROJECTILE + r")\s+(?:launched|fired)"
    r"|\b(?P<w5>" + _ONE_PROJECTILE + r")\s+(?:launched|fired)\s+from\s+(?:[\w-]+\s+){1,3}?"
    r"(?:was\s+)?(?:intercepted|shot down|downed)"
    # Debris "from a downed missile" fell: that one was intercepted.
    r"|\b(?:a|an|the)\s+(?:shot-down|downed|intercepted)\s+(?:[\w-]+\s+)?(?P<w3>"
    + _ONE_PROJECTILE
    + r")\b"
)
# Every match names one projectile ("a drone", not "drones").
_SINGLE_WEAPON_DOWN = low_rule(
    _SINGLE_WEAPON_DOWN_SOURCE, needs=r"\b(?:" + _ONE_PROJECTILE + r")\b"
)


@dataclass(slots=True)
class _Mention:
    value: int
    qualifier: Qualifier
    start: int
    end: int
    role: str
    child: bool = False
    toll: bool = False


@dataclass(slots=True)
class Counts:
    """The counts an update states, each with its evidence."""

    killed: Count | None = None
    injured: Count | None = None
    missing: Count | None = None
    killed_or_injured: Count | None = None
    children_killed: Count | None = None
    children_injured: Count | None = None
    troops: Count | None = None
    drones_launched: Count | None = None
    drones_downed: Count | None = None
    missiles_launched: Count | None = None
    missiles_downed: Count | None = None


def _count(text: str, value: int, qualifier: Qualifier, start: int, end: int) -> Count:
    return new_count(
        {"value": value, "qualifier": qualifier, "evidence": span_of(text, start, end)}
    )


def _is_child_age(age: str | None) -> bool:
    if not age:
        return False
    digits = _LEADING_DIGITS.match(age)
    if digits is not None:
        return int(digits.group()) < 18
    # Ages in words: "a nine-year-old", "a fourteen-year-old".
    value = word_value(age.split("-year")[0].strip(" -"))
    return value is not None and value < 18


def _children_by_age(low: str, end: int) -> bool:
    """Whether the people counted just before `end` are given ages, all under 18."""
    aged = _AGES_AFTER.match(low, end)
    if aged is None:
        return False
    # "aged 4 and 6", "aged four and nine": every age given, in figures or words, under 18.
    ages = [
        int(token) if token.isdigit() else word_value(token)
        for token in _AGE_TOKEN.findall(aged.group("ages"))
        if token not in ("and", "to")
    ]
    return bool(ages) and all(age is not None and age < 18 for age in ages)


def _toll_distance(pattern: re.Pattern[str], before: str, toll_before: str) -> int | None:
    """How far before the number a toll phrase starts (None when there is none)."""
    for window in (before, toll_before):
        match = pattern.search(window)
        if match:
            return len(window) - match.start()
    return None


def _victim_role(low: str, n: Number, sentence: Segment) -> tuple[str, bool, int, int] | None:
    """(role, is_toll, span_start, span_end) for a number that counts victims."""
    if _COMBINED_AFTER.match(low, n.end):
        return None  # "1,340 servicemen killed and wounded" counts neither the dead nor the hurt
    before = low[max(sentence.start, n.start - 180) : n.start]
    near = before[-40:]
    if ("wound" in near or "injur" in near) and _COMBINED_BEFORE.search(near):
        return None  # "killing or wounding 27 people": both together
    # A toll "revised up to 38" reads its verb through the qualifier the number took.
    toll_before = low[max(sentence.start, n.value_start - 180) : n.value_start]
    # Cheap substring tests first: the anchored regexes only run where they can match.
    killed = (
        _toll_distance(_TOLL_BEFORE, before, toll_before) if _TOLL_HINT.search(before) else None
    )
    injured = (
        _toll_distance(_INJURED_TOLL_BEFORE, before, toll_before)
        if _INJURED_TOLL_HINT.search(before)
        else None
    )
    # "the number killed to 68,234 and the number of injured to 170,373": the nearer toll names
    # the number.
    if injured is not None and (killed is None or injured < killed):
        return ("injured", True, n.start, n.end)
    if killed is not None:
        return ("killed", True, n.start, n.end)
    m = _KILL_BEFORE.search(near) if _KILL_HINT.search(near) else None
    if m and not _WEAPON_AFTER.match(low, n.end):  # not "neutralised 71 drones"
        return ("killed", False, n.start - (len(near) - m.start()), n.end)
    m = _INJURE_BEFORE.search(near) if _INJURE_HINT.search(near) else None
    if m:
        return ("injured", False, n.start - (len(near) - m.start()), n.end)
    after = _ROLE_AFTER.match(low, n.end, sentence.end)
    if after is None or _DIED_OF_WOUNDS.match(low, after.end()):
        return None  # "several of the wounded died": the dead, counted in the toll
    if after.group("role") == "martyrs" and after.start("role") > n.end + 1:
        return None  # "17 martyrs", not "a 1-0 win at the Martyrs Stadium"
    if after.group("role") == "disappeared" and _OFF_RADAR.match(low, after.end()):
        return None  # drones "disappeared from radar" are no people missing
    return (_role_of(after.group("role")), False, n.start, after.end())


def _killed_or_injured(ctx: TextContext, numbers: list[Number]) -> Count | None:
    """The first count of people killed or injured told together, with no split."""
    text = ctx.low
    for n in numbers:
        if n.kind != "count" or ctx.is_historical(n.value_start):
            continue
        sentence = ctx.sentence_at(n.value_start)
        combined = _COMBINED_AFTER.match(text, n.end, sentence.end) or _CASUALTIES_AFTER.match(
            text, n.end, sentence.end
        )
        if combined is not None:
            return _count(ctx.text, n.value, n.qualifier, n.start, combined.end())
        before = _COMBINED_BEFORE.search(text, max(sentence.start, n.start - 40), n.start)
        if before is not None:
            return _count(ctx.text, n.value, n.qualifier, before.start(), n.end)
    return None


def _has(rule: Rule, ctx: TextContext, sentence: Segment, cache: dict[int, bool]) -> bool:
    """Whether `sentence` holds a word of `rule` (cached per sentence)."""
    found = cache.get(sentence.start)
    if found is None:
        found = cache[sentence.start] = (
            rule.search_in(ctx.scan, sentence.start, sentence.end) is not None
        )
    return found


def _victim_mentions(ctx: TextContext, numbers: list[Number]) -> list[_Mention]:
    text = ctx.low
    mentions: list[_Mention] = []
    pending_children: list[tuple[Number, Segment]] = []
    cache: dict[int, bool] = {}
    returning: dict[int, bool] = {}
    # The count just before, for lists of kinds under one verb: (number, the index of its
    # mention, or None while it has no role of its own). Counts taken by the child rules are not
    # carried over: they are counted there.
    previous: tuple[Number, int | None] | None = None
    for n in numbers:
        if n.kind != "count" or ctx.is_historical(n.value_start):
            continue
        listed_after = previous if previous and _listed(text, previous[0], n) else None
        previous = None
        sentence = ctx.sentence_at(n.value_start)
        if not _has(_VICTIM_WORDS, ctx, sentence, cache) or _has(
            RETURNING_PRISONERS, ctx, sentence, returning
        ):
            continue
        if _SUPERSEDED_BEFORE.search(text, max(sentence.start, n.start - 40), n.start):
            continue  # "revising down an earlier figure of 20": the old count
        none_of = _NONE_OF_BEFORE.search(text, max(sentence.start, n.start - 20), n.start)
        if none_of and _SPARED.match(text, none_of.start(), sentence.end):
            continue
        before = text[max(sentence.start, n.start - 30) : n.start]
        child_head = bool(_HEAD_CHILD.match(text, n.end)) or _children_by_age(text, n.end)
        if child_head and (subset := _AMONG_BEFORE.search(before)):
            role = _ROLE_OF.get(subset.group("role"), "killed")
            mentions.append(_Mention(n.value, n.qualifier, n.start, n.end, role, child=True))
            continue
        among = _CHILD_AMONG.match(text, n.end, sentence.end)
        if among:
            role = _ROLE_OF.get((among.group("role") or among.group("role2")).lower(), "killed")
            mentions.append(_Mention(n.value, n.qualifier, n.start, among.end(), role, child=True))
            continue
        window = max(sentence.start, n.start - 60)
        # Both family patterns end right before the number: most numbers fail this cheap test.
        family_tail = text[window : n.start].rstrip().endswith(("his", "her", "their"))
        parent = _PARENT_BEFORE.search(text, window, n.start) if family_tail else None
        family = parent or (
            _PARENT_SUBJECT_BEFORE.search(text, window, n.start) if family_tail else None
        )
        family_role = _family_role(text, n, sentence, parent) if family is not None else None
        if family is not None and family_role is not None:
            parents = 2 if family.group("parent") in ("couple", None) else 1
            mentions.append(
                _Mention(n.value + parents, n.qualifier, family.start(), n.end, family_role)
            )
            if child_head:
                mentions.append(
                    _Mention(n.value, n.qualifier, n.start, n.end, family_role, child=True)
                )
            continue
        if child_head and _CHILD_RELATIVE_BEFORE.search(before):
            pending_children.append((n, sentence))
            continue
        if _CHILD_RELATIVE_AFTER.match(text, n.end):
            pending_children.append((n, sentence))
            continue
        found = _victim_role(text, n, sentence)
        # Room for "killed a 67-year-old retired teacher and ..." before the count.
        named_from = max(sentence.start, n.start - 80)
        if (
            found is None
            and not child_head
            and (one := _ONE_AND_OBJECT.search(text, named_from, n.start))
            and _PLURAL_AFTER.match(text, n.end, sentence.end)
        ):
            # "killed a soldier and three civilians": the one named and the count.
            role = "killed" if one.group("verb").startswith("kill") else "injured"
            mentions.append(_Mention(n.value + 1, n.qualifier, one.start(), n.end, role))
            if _CHILD_NOUN_RE.fullmatch(one.group("noun")) or _is_child_age(one.group("age")):
                mentions.append(_Mention(1, "exact", one.start(), n.start, role, child=True))
            previous = (n, len(mentions) - 2 if mentions[-1].child else len(mentions) - 1)
            continue
        if found is None and (more := _AND_ONE_MORE_ROLE.match(text, n.end, sentence.end)):
            # "Six guards and a police officer were injured": the verb is past _ROLE_AFTER's reach.
            found = (_ROLE_OF.get(more.group("role"), "killed"), False, n.start, more.end())
        if found is None and (others := _OTHERS_AFTER.match(text, n.end, sentence.end)):
            named = _NAMED_VICTIM_BEFORE.search(text, max(sentence.start, n.start - 120), n.start)
            if named is not None:
                # "killed the group's chief of staff and four other people": the one named too.
                role = "killed" if named.group("verb").startswith("kill") else "injured"
                mentions.append(
                    _Mention(n.value + 1, n.qualifier, named.start(), others.end(), role)
                )
                previous = (n, len(mentions) - 1)
                continue
        if found is None:
            previous = (n, None)
            if listed_after and listed_after[1] is not None and not child_head:
                # "killing three police officers and two civilians": one verb before the list.
                i = listed_after[1]
                first = mentions[i]
                if not first.toll and not first.child:
                    total = first.value + n.value
                    mentions[i] = _Mention(total, first.qualifier, first.start, n.end, first.role)
                    previous = (n, i)
            continue
        role, toll, start, end = found
        child = child_head
        value = n.value
        one_child: _Mention | None = None
        if not toll and not child_head and role in ("killed", "injured"):
            if listed_after and listed_after[1] is None:
                # "12 soldiers and 13 militants were killed": one verb after the list.
                value += listed_after[0].value
                start = listed_after[0].start
            elif (
                listed_after
                and listed_after[1] == len(mentions) - 1
                and (first := mentions[-1]).end == end
                and first.role == role
                and not (first.toll or first.child)
            ):
                # "Two soldiers and three militants were killed": both counts reached the verb.
                mentions.pop()
                value += first.value
                start = first.start
            elif _AND_ONE_MORE.match(text, n.end, sentence.end):
                value += 1  # "11 civilians and a soldier were killed"
            elif start == n.start and (one := _ONE_AND_SUBJECT.search(text, named_from, n.start)):
                value += 1  # "the driver and three passengers were killed"
                start = one.start()
                if _CHILD_NOUN_RE.fullmatch(one.group("noun")) or _is_child_age(one.group("age")):
                    one_child = _Mention(1, "exact", start, n.start, role, child=True)
            elif start < n.start and (
                more := _AND_ONE_MORE_LISTED.match(text, n.end, sentence.end)
            ):
                value += 1  # "injuring two patrolmen and a seven-year-old boy"
                end = more.end()
                if _CHILD_NOUN_RE.fullmatch(more.group("noun")) or _is_child_age(more.group("age")):
                    one_child = _Mention(1, "exact", n.end, end, role, child=True)
        if not child_head and mentions and _BARE_ROLE.match(text, n.end):
            # "659 children have been killed and 1,700 injured": the bare number shares the noun.
            prev = mentions[-1]
            between = text[prev.end : n.start]
            if (
                prev.child
                and prev.end >= sentence.start
                and prev.end <= n.start
                and "," not in between
            ):
                child = True
        mentions.append(_Mention(value, n.qualifier, start, end, role, child=child, toll=toll))
        previous = (n, len(mentions) - 1)
        if one_child is not None:
            mentions.append(one_child)
        elif (
            child_head
            and not toll
            and role in ("killed", "injured")
            and _AND_ONE_MORE.match(text, n.end, sentence.end)
        ):
            # "Two children and their grandfather were killed": the children, and all three.
            mentions.append(_Mention(value + 1, n.qualifier, start, end, role))
    for n, sentence in pending_children:
        prior = [m for m in mentions if sentence.start <= m.start < n.start and not m.child]
        if prior:
            role = prior[-1].role
            mentions.append(_Mention(n.value, n.qualifier, n.start, n.end, role, child=True))
    return mentions


def _family_role(
    text: str, n: Number, sentence: Segment, verb_before: re.Match[str] | None
) -> str | None:
    """killed or injured for a family counted with its parents: from the verb before ("killing a
    man and his two sons") or the one after ("a couple and their children were killed")."""
    if verb_before is not None:
        return "killed" if verb_before.group("verb").startswith("kill") else "injured"
    after = _ROLE_AFTER.match(text, n.end, sentence.end)
    if after is None:
        return None
    role = _role_of(after.group("role"))
    return role if role in ("killed", "injured") else None


def _listed(low: str, first: Number, second: Number) -> bool:
    """Whether two counts are kinds of one list: "12 soldiers and 13 militants"."""
    return bool(_AND_NEXT_KIND.fullmatch(low, first.end, second.start))


def _holds_any(text: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether one of `words` lies within [start, end) of `text`."""
    return any(text.find(word, start, end) >= 0 for word in words)


def _singular_victims(ctx: TextContext) -> dict[str, tuple[int, int, int, int]]:
    """Per role: (headline count, body count, headline children, body children) of lone victims."""
    text = ctx.low
    totals = {"killed": [0, 0, 0, 0], "injured": [0, 0, 0, 0]}
    headline = (
        _HEADLINE_VICTIM.match(text, ctx.lead)
        if _HEADLINE_VICTIM_HINT.search(ctx.scan) is not None
        else None
    )
    if headline is None and _holds_any(text, _HEADLINE_OBJECT_VERBS, ctx.lead, ctx.headline_end):
        headline = _HEADLINE_OBJECT_VICTIM.search(text, ctx.lead, ctx.headline_end)
    if headline:
        role = "killed" if headline.group("verb") in _HEADLINE_KILLED else "injured"
        child = bool(_CHILD_NOUN_RE.fullmatch(headline.group("noun")))
        totals[role][0] += 1
        totals[role][2] += int(child)
    hinted = _SINGULAR_VICTIM_HINT.search(ctx.scan) is not None
    for m in _SINGULAR_VICTIM.finditer(ctx.scan) if hinted else ():
        if ctx.is_historical(m.start()):
            continue
        np = m.group("np") or m.group("np_")
        if np.startswith("one ") and not m.group("np2") and not m.group("np2_"):
            continue  # "killed one person" is the number one, counted with the numbers
        after = (m.group("after") or "").lower()
        if m.group("kverb") or after in _SINGULAR_KILLED or after.startswith("lost"):
            role = "killed"
        else:
            role = "injured"
        in_body = m.start() >= ctx.headline_end
        if np.startswith("the ") and totals[role][int(in_body)]:
            continue  # "killing a boy ... The child died at the scene": the same victim again
        # "including a child" after a number is counted by the relative-child rule instead.
        before = text[max(0, m.start() - 12) : m.start()]
        is_relative = bool(_CHILD_RELATIVE_BEFORE.search(before))
        if m.group("np"):
            people = [(m.group("noun"), m.group("age"))]
            if m.group("np2"):
                people.append((m.group("noun2"), m.group("age2")))
        else:
            people = [(m.group("noun_"), m.group("age_"))]
            if m.group("np2_"):
                people.append((m.group("noun2_"), m.group("age2_")))
        for noun, age in people:
            child = bool(_CHILD_NOUN_RE.fullmatch(noun)) or _is_child_age(age)
            if not is_relative:
                totals[role][int(in_body)] += 2 if noun == "couple" else 1
            totals[role][2 + int(in_body)] += int(child)
    for m in _AGE_ONLY_VICTIM.finditer(ctx.scan):
        article = _AGE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        # "a 10-year-old was killed" (verb after) or "killing a nine-year-old" (verb before).
        verb = m.group("role") or (article.group("verb") if article else None)
        if article is None or verb is None or ctx.is_historical(m.start()):
            continue
        role = "killed" if verb in ("killed", "died", "killing") else "injured"
        in_body = m.start() >= ctx.headline_end
        totals[role][int(in_body)] += 1
        totals[role][2 + int(in_body)] += int(_is_child_age(article.group("age")))
    return {k: (v[0], v[1], v[2], v[3]) for k, v in totals.items()}


def _relative_singular_children(ctx: TextContext, mentions: list[_Mention]) -> dict[str, int]:
    """'killing two including a child': one child of the preceding count's role."""
    out = {"killed": 0, "injured": 0}
    for m in _CHILD_AMONG_ONE.finditer(ctx.scan):
        if _ONE_CHILD_BEFORE.search(ctx.low, max(0, m.start() - 30), m.start()):
            out[_ROLE_OF.get(m.group("role"), "killed")] = 1
    for m in _AMONG_ONE_CHILD.finditer(ctx.scan):
        if not ctx.is_historical(m.start()):
            out[_ROLE_OF.get(m.group("role"), "killed")] = 1
    for m in _RELATIVE_CHILD.finditer(ctx.scan):
        sentence = ctx.sentence_at(m.start())
        prior = [x for x in mentions if sentence.start <= x.start < m.start() and not x.child]
        # With no count before it, the sentence's own verb says which: "Treated for injuries:
        # nine people, including a 14-year-old girl".
        role = prior[-1].role if prior else _sentence_role(ctx, sentence)
        if role in out:
            out[role] = max(out[role], 2 if m.group("second") else 1)
    return out


def _sentence_role(ctx: TextContext, sentence: Segment) -> str | None:
    """killed or injured by the victim words of a sentence (killing words first), or None."""
    words = ctx.low[sentence.start : sentence.end]
    if _KILL_HINT.search(words):
        return "killed"
    return "injured" if _INJURE_HINT.search(words) else None


_LARGE = 1_000
"""Counts this large that nearly equal a tally's are that tally, rounded."""


def _period_tally(ctx: TextContext, pos: int) -> bool:
    """Whether the sentence at `pos` counts over a period ("in the past 24 hours"), not from a
    start ("since the war began")."""
    tally = ctx.tally_at(pos)
    return tally is not None and not ctx.low.startswith(("since", "as of"), tally.start)


def _pick(ctx: TextContext, mentions: list[_Mention], role: str, child: bool) -> _Mention | None:
    """The count to keep: the toll if given, else the largest, outside running tallies first."""
    every = stated = [m for m in mentions if m.role == role and m.child == child]
    if not stated:
        return None
    if ctx.headline_end and ctx.tally_at(0) is not None:
        # A round-up whose headline totals the day: "attacks kill six, injure 31 during the day".
        stated = [m for m in stated if m.start < ctx.headline_end] or stated
    tallied = [m.value for m in stated if m.value >= _LARGE and ctx.tally_at(m.start) is not None]
    # "Gaza toll tops 61,000" restates "61,020 killed since the war began": a tally too.
    chosen = [
        m
        for m in stated
        if ctx.tally_at(m.start) is None and not any(abs(m.value - v) <= v // 50 for v in tallied)
    ]
    if not chosen:
        # All tallies. The figure the headline gives; else a daily report's own figures, not the
        # running total it adds them to: "61 killed in the past 24 hours ... the toll since
        # October 2023 reached 55,362".
        chosen = [m for m in stated if m.start < ctx.headline_end] or [
            m for m in stated if _period_tally(ctx, m.start)
        ]
    chosen = chosen or stated
    tolls = [m for m in chosen if m.toll]
    best = max(tolls or chosen, key=lambda m: m.value)
    if best.value >= _LARGE and best.value % 100 == 0:
        # "Toll passes 50,000" over "50,021 have been killed": the exact figure.
        near = best.value // 50
        exact = [m for m in every if m.value % 100 and abs(m.value - best.value) <= near]
        if exact:
            return max(exact, key=lambda m: m.value)
    return best


def _clause_role(ctx: TextContext, clause: Segment, prev_role: str | None) -> str | None:
    clause_text = ctx.low[clause.start : clause.end]
    if _DOWN_VERB.search(clause_text):
        return "downed"
    if _LAUNCH_VERB.search(clause_text):
        return "launched"
    if prev_role and _CONTINUES.match(clause_text):
        return prev_role
    return None


def _listed_role(
    ctx: TextContext, clause: Segment, sentence: Segment, inherited: str | None
) -> str | None:
    """The role of a count in a list whose verb is told once: before it ("attack: 612 drones,
    17 missiles", "launched 60 drones, 4 missiles") or after it ("3 Iskander-M, 67 Shahed
    drones launched", "1 missile, 48 drones downed")."""
    low = ctx.low
    before = low[max(sentence.start, clause.start - 2) : clause.start].strip()
    if before == "," and inherited is not None:
        return inherited
    if before == "," and clause.start - 3 >= sentence.start:
        # "shot down four guided bombs, three HIMARS rockets and 189 drones": the verb opens the
        # list, before a count that is not a projectile.
        opening = ctx.clause_at(clause.start - 3)
        role = _clause_role(ctx, opening, None)
        if role is not None:
            return role
    if before == ":":
        opening = ctx.clause_at(max(sentence.start, clause.start - 3))
        if _LAUNCH_VERB.search(low, opening.start, opening.end) and not _DOWN_VERB.search(
            low, opening.start, opening.end
        ):
            return "launched"
    current, following = clause, ctx.clause_after(clause)
    while following is not None and following.start < sentence.end:
        listed = ctx.low[current.end : following.start].strip() == ","
        if not listed or not _COUNT_OPENS.match(ctx.low, following.start):
            return None
        role = _clause_role(ctx, following, None)
        if role is not None:
            return role
        current, following = following, ctx.clause_after(following)
    return None


def _weapon_kind(word: str) -> str:
    """drones (drones, UAVs, Shaheds, quadcopters) or missiles (missiles, rockets)."""
    return "drones" if word[0].lower() in "dusq" else "missiles"


def _previous_start(ctx: TextContext, sentence: Segment) -> int:
    """Where the sentence before `sentence` starts (its own start when it is the first)."""
    before = ctx.sentence_at(sentence.start - 2) if sentence.start >= 2 else sentence
    return min(before.start, sentence.start)


def _weapon_counts(ctx: TextContext, numbers: list[Number], counts: Counts) -> None:
    text = ctx.low
    best: dict[str, tuple[int, Qualifier, int, int]] = {}
    # A count in a running tally ("more than 5,000 drones in most months since the summer")
    # gives way to one of the attack itself, whatever their sizes, and a total since the war
    # began to the day's ("150 in the past 24 hours ... 80,500 since the start").
    ranks: dict[str, int] = {}

    def keep(key: str, n: Number, value: int | None = None, end: int | None = None) -> None:
        v = n.value if value is None else value
        rank = 2 if ctx.tally_at(n.start) is None else 1 if _period_tally(ctx, n.start) else 0
        if key not in best or (rank, v) > (ranks[key], best[key][0]):
            best[key] = (v, n.qualifier, n.start, n.end if end is None else end)
            ranks[key] = rank

    prev_clause: Segment | None = None
    prev_role: str | None = None
    prev_kind: tuple[str, int] | None = None  # (kind, sentence start) of the last weapon count
    skip: set[int] = set()
    cache: dict[int, bool] = {}
    for i, n in enumerate(numbers):
        if n.kind != "count" or i in skip or ctx.is_historical(n.value_start):
            continue
        # "Two rockets were fired. One was intercepted": the next sentence may not name them.
        if prev_kind and _OF_THEM.match(text, n.end):
            sentence = ctx.sentence_at(n.value_start)
            # The weapon counted last, in this sentence or the one before.
            if prev_kind[1] >= _previous_start(ctx, sentence) and _DOWN_VERB.search(
                text, ctx.clause_at(n.value_start).start, ctx.clause_at(n.value_start).end
            ):
                keep(f"{prev_kind[0]}_downed", n)
            continue
        sentence = ctx.sentence_at(n.value_start)
        if not _has(_WEAPON_WORDS, ctx, sentence, cache):
            continue
        of_total = _OF_TOTAL.match(text, n.end)
        if of_total and i + 1 < len(numbers) and numbers[i + 1].value_start == of_total.end():
            total = numbers[i + 1]
            weapon = _WEAPON_AFTER.match(text, total.end)
            if weapon and not weapon.group("combined"):
                kind = _weapon_kind(weapon.group("w"))
                keep(f"{kind}_downed", n, end=weapon.end())
                keep(f"{kind}_launched", total, end=weapon.end())
                skip.add(i + 1)
                prev_clause, prev_role = ctx.clause_at(n.value_start), "downed"
            continue
        weapon = _WEAPON_AFTER.match(text, n.end)
        if not weapon or weapon.group("combined"):
            continue  # "75 of 99 drones and missiles": the kinds are counted apart, if at all
        kind = _weapon_kind(weapon.group("w"))
        clause = ctx.clause_at(n.value_start)
        inherited = (
            prev_role
            if prev_clause
            and prev_clause.end <= clause.start
            and (prev_clause.start >= sentence.start)
            else None
        )
        role = _clause_role(ctx, clause, inherited) or _listed_role(
            ctx, clause, sentence, inherited
        )
        if role is None:
            continue
        if role == "downed" and _SHARE_BEFORE.search(text[max(0, n.start - 20) : n.start]):
            role = "launched"
        elif role == "downed" and _ALL_BEFORE.search(text[max(0, n.start - 12) : n.start]):
            keep(f"{kind}_launched", n, end=weapon.end())
        keep(f"{kind}_{role}", n, end=weapon.end())
        prev_clause, prev_role = clause, role
        prev_kind = (kind, sentence.start)
    numbered = bool(best)
    for m in _SINGLE_WEAPON_DOWN.finditer(ctx.scan):
        kind = _weapon_kind(
            m.group("w") or m.group("w2") or m.group("w3") or m.group("w4") or m.group("w5")
        )
        if f"{kind}_downed" not in best:
            best[f"{kind}_downed"] = (1, "exact", m.start(), m.end())
    if not numbered:
        # Only when no number was given: a lone projectile is one launched.
        for m in _SINGLE_WEAPON_LAUNCH.finditer(ctx.scan):
            one = _ONE_BEFORE if m.group("launch") else _STRESSED_ONE_BEFORE
            if one.search(text, max(0, m.start() - 40), m.start()) and not (
                ctx.is_historical(m.start())
            ):
                kind = _weapon_kind(m.group("w"))
                best.setdefault(f"{kind}_launched", (1, "exact", m.start(), m.end()))
        for m in _LAUNCHED_ONE.finditer(ctx.scan):
            if not ctx.is_historical(m.start()):
                kind = _weapon_kind(m.group("w") or m.group("w2"))
                best.setdefault(f"{kind}_launched", (1, "exact", m.start(), m.end()))
    for m in _NONE_DOWNED.finditer(ctx.scan):
        named = m.group("w") or m.group("w2") or m.group("w3") or m.group("w4")
        launched = [k for k in ("drones", "missiles") if f"{k}_launched" in best]
        # Unnamed ("failed to intercept it"): the one kind launched, if only one was.
        unnamed = launched if len(launched) == 1 else []
        for kind in [_weapon_kind(named)] if named else unnamed:
            best.setdefault(f"{kind}_downed", (0, "exact", m.start(), m.end()))
    for key, (value, qualifier, start, end) in best.items():
        setattr(counts, key, _count(ctx.text, value, qualifier, start, end))


def _troops(ctx: TextContext, numbers: list[Number]) -> Count | None:
    text = ctx.low
    candidates: list[tuple[int, Number, int]] = []
    cache: dict[int, bool] = {}
    for n in numbers:
        if n.value < 2:
            continue
        if n.kind == "modifier" and _STRONG_FORCE.match(text, n.end):
            candidates.append((n.start, n, n.end))
            continue
        if n.kind != "count":
            continue
        sentence = ctx.sentence_at(n.value_start)
        if not _has(_TROOP_WORDS, ctx, sentence, cache):
            continue
        before = text[max(0, n.start - 40) : n.start]
        if _SMALL_GROUPS_BEFORE.search(before):
            continue
        if _NOT_A_FORCE.search_in(ctx.scan, sentence.start, sentence.end):
            continue
        noun = _TROOP_NOUN_AFTER.match(text, n.end)
        if (
            noun
            and not _VICTIM_AFTER.match(text, n.end, noun.end() + 20)
            and not _VICTIM_LATER.match(text, noun.end())
        ):
            if (
                _KILL_BEFORE.search(before)
                or _INJURE_BEFORE.search(before)
                or _CAPTURED_BEFORE.search(before)
            ):
                continue
            candidates.append((n.start, n, noun.end()))
        elif _CALL_UP_BEFORE.search(before) and not _NOT_TROOPS_AFTER.match(text, n.end):
            candidates.append((n.start, n, n.end))
    if not candidates:
        return None
    headline = [c for c in candidates if c[0] < ctx.headline_end]
    _, n, end = (headline or candidates)[0]
    return _count(ctx.text, n.value, n.qualifier, n.start, end)


def extract_counts(ctx: TextContext, numbers: list[Number] | None = None) -> Counts:
    """Victim, troop and projectile counts of the update, following the taxonomy's conventions."""
    text = ctx.text
    if numbers is None:
        numbers = find_numbers(text)
    counts = Counts()
    mentions = _victim_mentions(ctx, numbers)
    singular = _singular_victims(ctx)
    relative = _relative_singular_children(ctx, mentions)
    for role, child_field in (("killed", "children_killed"), ("injured", "children_injured")):
        adult = _pick(ctx, mentions, role, child=False)
        kids = _pick(ctx, mentions, role, child=True)
        if (
            adult is not None
            and kids is not None
            and adult.start >= ctx.headline_end
            and ctx.tally_at(adult.start) is not None
            and ctx.tally_at(kids.start) is None
        ):
            # "Three children were killed ... remnants have killed dozens since January": the
            # day's children are the toll, not the running total beside them.
            adult = None
        h_n, b_n, h_c, b_c = singular[role]
        lone = max(h_n, b_n)
        lone_children = max(h_c, b_c, relative[role])
        if kids or lone_children:
            kid_value = max(kids.value if kids else 0, lone_children)
            if kids and kids.value >= lone_children:
                setattr(
                    counts,
                    child_field,
                    _count(text, kids.value, kids.qualifier, kids.start, kids.end),
                )
            else:
                setattr(counts, child_field, Count(value=kid_value))
        total: Count | None = None
        if adult and (adult.toll or adult.value >= lone):
            total = _count(text, adult.value, adult.qualifier, adult.start, adult.end)
        elif lone:
            total = Count(value=lone)
        child_count = getattr(counts, child_field)
        if child_count is not None and (total is None or child_count.value > total.value):
            total = child_count
        setattr(counts, role, total)
    missing = _pick(ctx, mentions, "missing", child=False) or _pick(
        ctx, mentions, "missing", child=True
    )
    if missing:
        counts.missing = _count(text, missing.value, missing.qualifier, missing.start, missing.end)
    zero = _ZERO_CASUALTIES.search(ctx.scan) or next(
        (
            m
            for m in _UNHARMED.finditer(ctx.scan)
            if _UNHARMED_BEFORE.search(ctx.low, max(0, m.start() - 60), m.start())
        ),
        None,
    )
    if zero:
        span = span_of(text, zero.start(), zero.end())
        if counts.killed is None:
            counts.killed = Count(value=0, evidence=span)
        if counts.injured is None:
            counts.injured = Count(value=0, evidence=span)
    zero_missing = _ZERO_MISSING.search(ctx.scan)
    if zero_missing and counts.missing is None:
        span = span_of(text, zero_missing.start(), zero_missing.end())
        counts.missing = Count(value=0, evidence=span)
    low = ctx.low
    if (
        counts.killed is None
        and counts.injured is None
        and ("casualt" in low or "wound" in low or "injur" in low)
    ):
        counts.killed_or_injured = _killed_or_injured(ctx, numbers)
    counts.troops = _troops(ctx, numbers)
    _weapon_counts(ctx, numbers, counts)
    return counts
