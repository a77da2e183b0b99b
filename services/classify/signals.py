"""Text cues the severity rule needs beyond counts: capture size, infrastructure, threats."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from services.classify.context import TextContext
from services.classify.labels import (
    CASUALTIES,
    DIPLOMACY_SANCTIONS,
    GROUND_COMBAT,
    HUMANITARIAN_INFRASTRUCTURE,
    MILITARY_AID,
    NUCLEAR_CBRN,
    STRIKE,
    TROOP_DEPLOYMENT,
)
from services.classify.patterns import low_re, low_rule
from services.classify.triggers import FUEL_SITES, IRREGULARS, STATE_FORCES, WATER_SITES
from shared.models import Topic

_I = re.IGNORECASE

PlaceSize = Literal["capital", "city", "town", "village"]

_ABOUT = r"(?:about |around |some |roughly |nearly |more than |over |an estimated )?"
_POPULATION = low_rule(
    r"\b(?:city|town|population|commune|municipality|settlement|community|suburb) of "
    + _ABOUT
    + r"(?P<n>\d[\d,.]*)\s*(?P<scale>million|thousand)?"
    r"|\b(?:home to|with) (?:[^.;,]{0,40}? and )?" + _ABOUT + r"(?P<n3>\d[\d,.]*)"
    r"\s*(?P<scale3>million|thousand)?\s+(?:people|residents|inhabitants)"
    # "before the war about 67,000 people lived in the city".
    r"|\b(?P<n4>\d[\d,.]*)\s*(?P<scale4>million|thousand)?\s+(?:people|residents|inhabitants)"
    r" (?:lived|used to live) (?:in|there)"
)
_VILLAGE = low_re(r"\b(?:village|villages|settlements?|hamlet|islet)\b")
_CAPITAL = low_rule(
    r"\b(?:regional capital|provincial capital|state capital|capital of (?:the )?"
    r"(?:[\w'’-]+ ){0,2}?(?:state|region|province|oblast|governorate)|capital of the region"
    r"|capital of [A-Z]\w+(?: [A-Z]\w+)? state|second[- ]largest city|capital city|national capital"
    r"|(?:the )?capital of (?-i:[A-Z])\w+(?: (?-i:[A-Z])\w+)?)\b"
)
_TOWN = low_re(r"\b(?:towns?|townships?)\b")
# The capture verb at a trigger's start, so the object after it can be read.
_CAPTURE_VERB = low_re(
    # With the armed group that opens some triggers: "rebels take Goma airport".
    rf"(?:(?:{STATE_FORCES}|{IRREGULARS}) )?"
    r"(?:captur|seiz|retak|retook|recaptur|liberat|took|taken|take|taking|gained|regain|overr"
    r"|enter|loss of|lost)\w*"
    r"(?: (?:full |complete |effective )?control)?"
)
_HOLD_VERB = low_re(
    rf"(?:(?:{STATE_FORCES}|{IRREGULARS}) )?(?:now |had |has |have )?"
    r"(?:holds?|controls?|moved into|move into|entered|taken)\b"
)
_CITY = low_re(r"\bcity\b")
# "Ann, a town in Rakhine state": the writer's word for one place, not a list of towns.
_A_TOWN = low_re(r"\b(?:a|the) (?:[\w-]+ ){0,2}?town\b(?! (?:hall|council|square|cent(?:re|er)))")
_STRATEGIC = low_re(
    # Not a command's name: "the operational-strategic group", "strategic command".
    r"\b(?:(?<!-)strategic(?:ally)?(?! (?:group|command|communications|direction|reserve|bombers?"
    r"|aviation|partnership|dialogue|forces))|logistics hub|railway hub"
    r"|key (?:town|hub|stronghold)|stronghold"
    r"|headquarters|island|high ground|hilltop|(?:sea|deep-sea|river|main) ?port|port (?:city|town)"
    r"|airport|air ?base)\b"
)
# Part of a place taken: "had taken several northern neighbourhoods of Kupiansk".
_PARTIAL_OBJECT = low_re(
    r"[\s'’\"”]+(?:(?:full |complete |effective )?control (?:of|over) )?(?:the )?"
    # Not "large parts of Aleppo": most of a city is the city; nor "the remaining parts of
    # Toretsk", which completes its capture.
    r"(?!(?:large|most|much|big|major|vast|greater)\b)(?:(?!(?:remaining|last|rest)\b)[\w-]+ )"
    r"{0,2}?(?:districts?"
    r"|neighbou?rhoods?|quarters?|parts?|areas?|suburbs?|sections?|blocks|streets"
    r"|outskirts|edges?) of\b"
)
# The object of a capture verb that is a site, not a settlement: "retook the presidential palace
# in central X", "took control of the X side of the border crossing". Place nouns may not appear
# in between, so "captured the town of X near the airport" stays a town.
_FACILITY_OBJECT = low_re(
    r"[\s'’\"”]+(?:(?:full |complete |effective )?control['’\"”]? (?:of|over) )?(?:the )?"
    r"(?:(?!(?:town|city|village|settlement|near|in|outside|and|of the town)\b)[\w'-]+ ){0,5}?"
    r"(?:(?:presidential )?palace|airport|air ?base|airfield|(?:military |army |naval )?base"
    r"|(?:border )?crossing|bridge|dam|port|harbou?r|headquarters|checkpoint|(?:power|nuclear)"
    r" (?:power )?(?:plant|station)|compound|barracks|refinery|oil ?field|gas ?field"
    r"|(?:railway |train )?station|hill|heights|building|camp|(?:border |trade )+(?:gate|post))s?\b"
)

_ENERGY = low_rule(
    r"\b(?:power (?:plants?|stations?|grid|lines?|units?|supply)|energy (?:facilit\w*"
    r"|infrastructure|grid|system|sites?)|electricity|substations?|transformers?|thermal power"
    r"|hydroelectric|"
    + WATER_SITES
    + r"|heating|"
    + FUEL_SITES
    + r"|railway|rail\b|trains?|bridges?"
    r"|port infrastructure|port facilit\w*|grain (?:warehouses?|terminals?)|evacuation routes?)\b"
)
_BLACKOUT_REGION = low_rule(
    r"\b(?:(?:electricity|power)\b[^.;]{0,40}?\b(?:across|throughout) the (?:entire |whole )?"
    r"(?:[\w-]+ ){0,2}?(?:region|oblast|country|city|capital|governorate|province)"
    # A region named: "cut electricity across White Nile state", "left most of Kurdistan Region
    # without power", "plunging Kurdistan Region into blackouts".
    r"|(?:electricity|power)\b[^.;]{0,40}?\b(?:across|throughout) (?:[\w'’-]+ ){1,3}?(?:region"
    r"|oblast|governorate|province|state)\b"
    r"|(?:most|all|much) of (?:the )?(?:[\w'’-]+ ){0,3}?(?:region|oblast|province|state|country"
    r"|governorate) (?:without|with no) (?:mains )?(?:power|electricity)"
    r"|plung\w* (?:the )?(?:[\w'’-]+ ){0,3}?(?:region|oblast|province|state|country|governorate)"
    r" into (?:darkness|blackouts?|a blackout)"
    r"|(?:region|oblast)-wide blackout"
    r"|blackouts? across"
    r"|entire (?:region|oblast) (?:without|lost) power|cutting electricity across"
    r"|(?:region|oblast|province)\b[^.;]{0,30}?\b(?:entirely|completely|fully|wholly|totally)"
    r" without (?:power|electricity)"
    r"|(?:blackouts?|outages?) in (?:\w+ )?(?:several|multiple|two|three|four|five|six|seven"
    r"|eight|nine|ten|\d+) (?:regions|oblasts|provinces|states)"
    # "a power cut across Northern state, River Nile state and Khartoum"
    r"|(?:power|electricity) (?:cuts?|outages?|blackouts?) (?:across|throughout|in) (?:[\w-]+ )?"
    r"(?:[\w-]+ )?(?:states?|regions?|provinces?|oblasts?)\b[^.;]{0,40}?\band\b"
    r"|black(?:ing|ed|s)? out (?:[\w-]+ ){0,3}?(?:regions?|provinces?|states?|oblasts?|the country"
    r"|northern|southern|eastern|western|central)"
    r"|(?:entire|whole) (?:[\w-]+ ){0,2}(?:region|oblast|country|city)\b[^.;]{0,30}?\b(?:without"
    r"|lost|loses|cut off from) (?:power|electricity)"
    # "leaves the Kharkiv, Sumy and Poltava regions without power".
    r"|\b(?:regions|oblasts|provinces|states)\b[^.;]{0,20}?\b(?:without|lost|cut off from)"
    r" (?:power|electricity)"
    # "Chernihiv region plunged into total blackout", "all of the region lost electricity".
    r"|\b(?:region|oblast|province)\b[^.;]{0,30}?\b(?:total|complete|full) blackout"
    r"|\b(?:total|complete|full) blackout (?:in|across|of) (?:the )?(?:[\w-]+ ){0,2}?(?:region"
    r"|oblast|province)"
    r"|\ball of (?:the )?(?:[\w-]+ ){0,2}?(?:region|oblast|province) (?:lost|is without|was without"
    r"|has been without|left without) (?:power|electricity))\b"
)
# A plant back on the grid reports the end of an outage, not a loss.
_POWER_RESTORED = low_rule(r"\b(?:reconnected|restored|back on the grid|resumed)\b")
_OFFSITE_POWER = low_rule(
    r"\b(?:(?:lost|loses|losing|loss of) (?:all )?(?:its )?(?:off-?site|external) power"
    r"|(?:lost|loses) (?:its )?connection to the last (?:remaining )?(?:external )?power line"
    # "lost connection to its last 750 kV Dniprovska line", "the plant's 10th full blackout".
    r"|(?:lost|loses|losing) (?:its )?connection to (?:its |the )?last (?:remaining )?"
    r"(?:[\w-]+ ){0,3}?(?:power )?line|(?:full|complete|total) blackout of the (?:plant|station)"
    r"|station blackout"
    r"|rely on (?:emergency )?diesel generators"
    # Wire phrasings: "cut off from the power grid", "running on emergency diesel generators".
    r"|(?:running|runs|run|relying|relies) on (?:\d+ )?(?:emergency |backup |back-up )?diesel"
    r" generators|lost (?:its|the) last (?:remaining )?(?:[\w-]+ ){0,2}?(?:power )?line"
    r"|switched to (?:emergency |backup |back-up )?(?:diesel|generators)"
    r"|(?:cut off|disconnected) from (?:the )?(?:external |national )?(?:power )?grid"
    r"|(?:lost|loses|losing) (?:all )?(?:external |off-site )?power supply)\b"
)
_NUCLEAR_HARM = low_rule(
    r"\b(?:radiation (?:leak|release)|radioactive (?:leak|release|contamination)|reactor\w*"
    r" (?:was |were )?(?:damaged|hit|struck)|radiation levels (?:rose|spiked|increased)"
    # "a missile damaged the reactor building", "radiation rises at the plant".
    r"|(?:damaged|damages|hit|hits|struck) (?:the )?(?:[\w-]+ ){0,2}?reactor"
    r"|(?:radiation|radioactivity) (?:rises|rose|spiked|spikes|increased|jumped|climbed)"
    r"|(?:rise|spike|increase|jump) in (?:the )?(?:background )?radiation"
    r"|(?:radioactive|radiological|nuclear)\b[^.;]{0,30}?\bcontamination)\b"
)
_HARM_NEGATED = low_re(r"\b(?:no|not|without|nor)\s+$")
_CHEMICAL_USE = low_rule(
    r"\b(?:used|using|use of|dropped|filled with|loaded with|attack with|containing)\b"
    r"[^.;]{0,60}?\b(?:chloropicrin|chemical (?:weapons?|munitions|agents?)|sarin|chlorine"
    r"|nerve agent|toxic (?:gas|chemicals))"
    r"|\b(?:chloropicrin|chlorine|sarin|nerve agent)\b[^.;]{0,40}?"
    r"\b(?:attack|poison\w*)"
    # Riot-control gas is a chemical weapon only as a munition of war, not police tear gas.
    r"|\b(?:drones?|grenades?|munitions|shells)\b[^.;]{0,40}?\b(?:containing|filled with"
    r"|loaded with|with) (?:tear|CS) gas|\b(?:tear|CS) gas (?:grenades?|munitions|shells)\b"
    r"[^.;]{0,30}?\b(?:dropped|fired|launched)"
    r"|\b(?:toxic|poison(?:ous)?) gas attack|\bgas attack|\bchemical attack"
    # A watchdog's finding: "samples taken after a grenade attack contained CS gas".
    # Riot-control gas only from a weapon of war, as above.
    r"|\b(?:samples?|traces?)\b[^.;]{0,120}?\b(?:contained|showed|revealed|tested positive for)"
    r" (?:traces of )?(?:chloropicrin|chlorine|sarin|a nerve agent|nerve agent|a toxic chemical"
    r"|toxic chemicals)"
    r"|\b(?:samples?|traces?)\b[^.;]{0,80}?\b(?:grenades?|drones?|munitions?|shells?|trench\w*"
    r"|front)\b[^.;]{0,60}?\b(?:contained|showed|revealed|tested positive for) (?:traces of )?"
    r"(?:CS gas|tear gas|a riot-control agent)"
    r"|\b(?:used|using|use of)\b[^.;]{0,30}?\b(?:riot[- ]control agents?|CS gas|CS)\b"
    r"|\b(?:tested positive for|traces of)\b[^.;]{0,30}?\b(?:CS|chlorine|sarin|chloropicrin"
    r"|nerve agent|riot control agent|toxic agents?)\b"
    r"|\b(?:CS|tear|chlorine|toxic|poison) gas (?:was |were |had been |has been )?used\b"
    # "confirmed the presence of the riot-control agent CS in samples".
    r"|\bconfirm\w*\b[^.;]{0,40}?\bpresence of\b[^.;]{0,40}?\b(?:riot[- ]control agents?|CS"
    r"|chlorine|sarin|chloropicrin|nerve agents?|toxic chemicals?)\b"
    r"|\bsymptoms (?:(?:were|are) )?(?:of|consistent with) (?:[\w-]+ )?(?:chlorine|sarin|chemical"
    r"|gas|nerve agent)"
)
# Accusations of plans and warnings are not use: "warned of a possible chemical attack".
_CHEMICAL_NOT_USE = low_re(
    r"\b(?:possible|potential|fears?|feared|warn\w*|threat\w*|plan\w*|prepar\w*|staged|false"
    r"[- ]flag|provocation|would|could|if|deny|denies|denied)\b[^.;]{0,40}$"
)
_HEAD_OF_STATE = re.compile(
    r"(?<!former )(?<!ex-)\b(?:President|Putin|Lukashenko|Kim Jong[- ][Uu]n|Kim(?! Yo[- ]?[Jj]ong)"
    r"|Xi Jinping|Xi|Biden|Trump|Macron|Zelenskyy|Erdogan|Netanyahu|Khamenei|Supreme Leader)\b"
    # "North Korea's leader", "Russia's president".
    r"|\b[A-Z]\w+(?: [A-Z]\w+)?['’]s (?:supreme )?(?:leader|president|head of state)\b",
)
_NUCLEAR_THREAT = low_rule(
    r"\b(?:use (?:of )?(?:the |its |their |our )?(?:[\w-]+ ){0,2}?nuclear (?:weapons|arms)"
    r"|nuclear (?:strike|attack|response|retaliation|war)(?! deterren)"
    r"|ready to use|(?:use|unleash|deploy) (?:its |the |our |his |their )?(?:entire )?nuclear"
    r" arsenal|with nuclear weapons|nuclear weapons? (?:against|on)"
    r"|nuclear weapons (?:will|would|could) be used|use (?:its|their|our|his) nuclear weapons)\b"
)
_FIRST_COMBAT = low_rule(
    r"\b(?:(?:combat|fight\w*|battle|engag\w*|fire|clash\w*|fought|assaults?|attacks"
    r"|t(?:aken|ook|ake) part)\b[^.;]{0,80}?\bfor (?:the )?first time"
    r"|first (?:direct |open |major )?(?:battles?|clash\w*|combat|fighting|engagements?)"
    r" (?:with|between)|first (?:direct |active )?combat role"
    # Combat troops sent are no combat: "the first time Egyptian combat troops have been sent".
    r"|first time\b[^.;]{0,60}?\b(?:combat(?! (?:troops|units?|forces|brigades?|battalions?))"
    r"|fight\w*)|(?:begun|began|started|start) (?:taking part|participating|fighting)"
    r" in|(?:engaged|engage|entered) (?:in )?combat|entered the war"
    # "the first time the two armies have exchanged fire".
    r"|first time\b[^.;]{0,60}?\b(?:exchanged fire|opened fire on each other|clashed)"
    # "the first reported direct involvement of Belarus's armed forces in the fighting".
    r"|first (?:reported |confirmed )?(?:direct )?involvement of\b[^.;]{0,60}?\bin (?:the )?"
    r"(?:fighting|war|combat|hostilities))\b"
)
# A state's forces arriving somewhere for the first time: "the first Egyptian contingent", "its
# first permanent foreign posting", "the first such deployment since".
# A state's forces newly in another state: a first contingent, or forces sent into its crisis
# ("special forces deployed to Juba at the request of President Kiir").
_NEW_FOREIGN_TROOPS = low_rule(
    r"\b(?:first|initial) (?:[\w'’-]+ ){0,2}?(?:contingent|deployment|foreign posting"
    r"|posting abroad|foreign force"
    r"|troops (?:deployed|stationed|sent) (?:in|to)|(?:troops|soldiers) (?:from|of) (?-i:[A-Z])\w*"
    r"|(?:troops|soldiers) (?:arrive|arrived|land|landed))\b"
    r"|\b(?:first|initial) (?:[\w-]+ ){0,2}?(?:troops|soldiers)\b[^.;]{0,30}?\b(?:arrive|arrived"
    r"|land|landed|sent|deployed)\b"
    # "Bujumbura has never acknowledged sending troops", "at President Talon's request".
    r"|\bnever (?:acknowledged|admitted|confirmed) (?:sending|deploying) (?:troops|soldiers"
    r"|forces)\b|(?:(?<=['’]s )|(?<=s['’] ))(?:request|invitation)\b(?! (?:for|to))"
    r"|\b(?:at the (?:request|invitation) of|to fight alongside"
    r"|to (?:help )?(?:secure|defend|protect|shore up|prop up) (?:the )?(?:[\w'’-]+ ){0,3}?"
    r"(?:capital|government|president|regime|whole territory|entire territory))\b"
)
# A first posting with allies in peacetime ("the first contingent of a NATO brigade", "a brigade
# Berlin plans to station permanently") is an ordinary deployment.
_ALLIED_POSTING = low_rule(r"\b(?:NATO|the alliance|permanent(?:ly)?)\b")
# Joining a war is a state newly fighting: "troops have joined the fighting in Tigray". Anchored
# on "join"; the force noun before it is checked separately (force nouns are frequent words).
_JOINED_WAR = low_rule(r"\bjoin(?:ed|s|ing)? (?:the )?(?:fighting|war|battle|offensive)\b")
_FORCE_BEFORE = low_re(r"\b(?:troops|soldiers|forces|army|units)\b[^.;]{0,30}$")
_NATO = low_rule(
    r"\b(?:Poland|Polish|Romania|Romanian|Estonia|Estonian|Latvia|Latvian|Lithuania|Lithuanian"
    r"|Finland|Finnish|Slovakia|Slovak|Hungary|Hungarian|Moldova|Bulgaria|Bulgarian|Turkey"
    r"|Turkish|Germany|German|NATO territory|NATO member)\b",
)
_ATTACKER_AFTER = low_re(
    r"\s+(?:[\w-]+\s+)?(?:drones?|missiles?|jets?|warplanes?|aircraft|forces|troops|army"
    r"|artillery|military|strikes?|air force)\b"
    # The maker of a weapon: "a Turkish-made Bayraktar drone"; the state speaking or acting
    # ("the Turkish Defence Ministry did not comment", "Turkish air operations").
    r"|-(?:made|built|supplied|designed|manufactured|backed)\b"
    r"|\s+(?:[\w-]+\s+)?(?:ministry|government|officials?|president|authorities|operations?"
    r"|backed)\b"
)
_SANCTIONS_NEW = low_rule(
    r"\b(?:impos\w*|announc\w*|adopt\w*|approv\w*|unveil\w*|new|agreed)\b[^.;]{0,40}?"
    r"\bsanctions\b"
    # "The Treasury blacklisted the group's head of finance".
    r"|\b(?:treasury|ministry|department|council|union|government)\b[^.;]{0,20}?\bblacklist(?:ed|s)\b"
    # The verb: "sanctioned 12 banks", "sanctions seven defence firms"; not "two sanctioned
    # tankers", an adjective.
    r"|(?:\bsanction(?:s|ed|ing) (?:more than |another |a further |an additional )?(?:\d[\d,]*"
    r"|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|the|a|an|its|their) "
    r"|\b(?-i:[A-Z])\w* sanction(?:s|ed) )(?:[\w-]+ ){0,6}?(?:companies|firms|entities"
    r"|individuals|banks|officials|chief|commanders?|leaders?|people|vessels|tankers|ships|networks?|suppliers|manufacturers|makers)\b"
    r"|\bsanctions (?:package|on)\b(?=[^.;]{0,60}\b(?:impos|announc|adopt))"
)
_BILLION = low_rule(
    # "US$1bn" but not "NT$12.5bn": other dollars are other sizes.
    r"(?:(?:(?<![a-z])|(?<=us))(?:[$€£]|eur|usd|gbp)\s?(?P<a>\d[\d,.]*)\s*(?:billion|bn|bln)\b"
    r"|(?P<b>\d[\d,.]*)\s*(?:billion|bn)\s+"
    r"(?:(?:US|U\.S\.|American|Canadian|Australian) )?(?:dollars|euros?|pounds|USD|EUR)\b"
    # Crowns and kroner are about a tenth of a dollar.
    r"|(?P<crowns>\d[\d,.]*)\s*(?:billion|bn)\s+(?:(?:Swedish|Norwegian|Danish) )?(?:crowns"
    r"|kronor|kroner|krona)\b"
    r"|\b(?:sek|nok|dkk)\s?(?P<kr>\d[\d,.]*)\s*(?:billion|bn|bln)\b"
    r"|\b(?:US)?\$\s?(?P<c>\d[\d,.]*)\s*trillion)",
    literals={"billion", "bn", "bln", "trillion"},
)
_DOLLARS_PER_CROWN = 0.095
# Money blocked or frozen, or an existing budget something is paid from, is not a new package.
_AID_WITHHELD = low_rule(
    # Not the proceeds of frozen assets: "€1.5bn from frozen Russian asset profits".
    r"\b(?:block\w*|veto\w*|frozen(?! (?:[\w-]+ )?assets?)|freez\w*|halt\w*|suspend\w*"
    r"|withh[oe]ld\w*"
    r"|(?:funded|paid|financed|drawn) (?:from|out of))\b"
)
_CEASEFIRE_TALKS = low_rule(
    r"\b(?:(?:agree\w*|declar\w*|announc\w*|reach\w*|accept\w*|sign\w*)\s+(?:to\s+|on\s+)?"
    r"(?:an?\s+)?(?:[\w-]+\s+){0,4}?(?:ceasefire|truce|peace deal)"
    r"|(?:ceasefire|truce)\s+(?:[\w-]+\s+){0,2}?(?:agreed|announced|declared|takes effect)"
    r"|agree\w* to (?:attend|join|take part in|resume|hold|send (?:delegations|negotiators) to)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations)"
    r"|(?:to hold|will hold|held|hold|holding|host|hosts|hosted|hosting|begin|began|resume\w*"
    r"|open\w*|start\w*)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:talks|negotiations|summit)"
    r"|(?:to host|will host|hosts|hosted|hosting)\s+(?:[\w-]+\s+){0,3}?meeting"
    # Sides invited: "invited both delegations to ceasefire talks in Jeddah".
    r"|invit\w*\b[^.;]{0,80}?\bto (?:[\w-]+ ){0,3}?(?:talks|negotiations|summit|meeting)"
    # A meeting, not an obligation met: "failed to meet its counternarcotics obligations".
    r"|(?:to|will) meet\b(?! (?:its|their|the|his|her|our|all|any) (?:[\w-]+ )?(?:obligations"
    r"|targets?|demands?|requirements?|deadlines?|criteria|standards?|needs|commitments|goals?"
    r"|conditions|costs|expectations))|emergency (?:talks|meeting|session)"
    r"|(?:talks|negotiations)\s+(?:[\w-]+\s+){0,3}?(?:to resume|will resume|resume[sd]?|to begin"
    r"|will begin|began|to open|opened|to be held|will be held)"
    r"|propos\w* (?:an? )?(?:[\w-]+ ){0,2}?(?:ceasefire|truce)"
    # A plan tabled: "mediators put forward a three-month humanitarian truce".
    r"|(?:put forward|tabled|present\w*|handed|submitted|unveil\w*) (?:[\w'’-]+ ){0,5}?(?:a |an )?"
    r"(?:plan for (?:a |an )?)?(?:[\w-]+ ){0,3}?(?:ceasefire|truce)"
    r"|accept\w* (?:an? |the )?(?:[\w-]+ )?(?:proposal|plan|offer)\b"
    r"|agree\w*\b[^.;]{0,40}?\b(?:halt|stop|cease) (?:all )?(?:firing|hostilities|fighting"
    r"|military action)"
    r"|(?:reach\w*|sign\w*) (?:an? )?['‘’\"]?(?:provisional |interim |temporary )?(?:agreement"
    r"|arrangement|accord)"
    r"|(?:reach\w*|agree\w*|confirm\w*|announc\w*) (?:an? )?(?:agreement|deal) (?:for|on) (?:an? )?"
    r"(?:ceasefire|truce)|confirm\w* (?:[\w-]+ ){0,2}(?:ceasefire|truce) deal"
    r"|(?:sign|initial|agree|reach|conclud|finali[sz])\w* (?:on )?(?:the )?(?:text of )?(?:an? )?"
    r"(?:[\w-]+ )?(?:peace|ceasefire|truce) (?:deal|agreement|treaty|accord|framework)"
    # A delegation travelling for talks announces them ("heads to Cairo for a new round of talks").
    r"|(?:arriv\w*|heads?|headed|heading|travel\w*|fly|flies|flew|sen[dt]s?|dispatch\w*|goes"
    r"|went|delegations?)\b[^.;]{0,60}?\bfor (?:[\w-]+ ){0,4}?(?:talks|negotiations)"
    r"|held (?:a |an )?(?:[\w-]+ ){0,2}?meeting"
    r"|(?:new|next|fresh|another|second|third|latest) round of (?:[\w-]+ ){0,2}?(?:talks"
    r"|negotiations)"
    # "signed a declaration of principles", "will bring the two sides together in Nairobi".
    r"|sign\w* (?:an? |the )?(?:[\w-]+ )?(?:declaration|memorandum|protocol|framework)"
    r"|(?:bring|brings|bringing|brought) (?:[\w'’-]+ ){1,10}?together"
    r"|(?:deliver\w*|table\w*|present\w*|submit\w*|put forward|unveil\w*|hand\w*)"
    r" (?:an? |the )?(?:[\w-]+ ){0,2}?(?:ceasefire|truce|peace) (?:proposal|plan|deal)"
    r"|(?:suspend\w*|call\w* off|halt\w*|break\w* off|broke off|pull\w* out of) (?:the )?"
    r"(?:[\w-]+ ){0,2}?(?:talks|negotiations|dialogue)"
    r"|(?:secur(?:ed|es)|broker(?:ed|s)|clinch(?:ed|es)) (?:an? |the )?(?:[\w-]+ ){0,2}?"
    r"(?:ceasefire|truce)"
    r"|to observe (?:an? |the )?(?:[\w-]+ ){0,2}?(?:ceasefire|truce)"
    r"|(?:meeting|round|session) (?:[\w-]+ ){0,2}?(?:will be held|is to be held|is scheduled))\b"
)
_NEGATED = low_re(r"\b(?:not|no|never|n't|refus\w*|reject\w*|rul\w* out)\s+(?:\w+\s+){0,2}$")
# "ready to meet", "open to talks": an offer; "committed to the agreed ceasefire": one in force,
# unlike "the talks will resume".
_OFFERED = low_re(
    r"\b(?:ready|willing|open|prepared|wants?|wanted|offered|offers|hopes?|hoped)\s+$"
)
_STANDING = low_re(r"\b(?:the|its|existing|current)\s+$")
# "once a ceasefire is agreed": a condition, not an announcement.
_CONDITIONAL = low_re(r"\b(?:once|if|after|until|when|unless|before)\s+(?:\w+\s+){0,2}$")
_DEATHS_NO_NUMBER = low_rule(
    r"\b(?:killing (?:soldiers|servicemen|troops|civilians|people|residents|fighters|militants"
    r"|police(?:men| officers)?|officers)|bodies (?:were|have been) found"
    r"|(?:leaving|left) behind (?:[\w-]+ )?bodies"
    r"|bodies (?:\w+ ){0,2}?(?:lay|lie|lying|recovered|retrieved|pulled|strewn|littered)"
    r"|(?:recovered|retrieved|pulled out|found) (?:the |several |more )?bodies"
    r"|(?:human|charred|skeletal|burned|burnt) remains|bone fragments|mass graves?"
    r"|(?:were|was) killed|deaths|died|dead"
    r"|kill(?:ed|ing) (?:multiple|several|a number of|many|dozens of|scores of)"
    r"|(?:multiple|several|many) (?:[\w-]+ )?(?:people|civilians|fighters|militants|operatives"
    r"|soldiers) (?:were )?killed)\b"
)


@dataclass(slots=True)
class Signals:
    """Severity cues found in the text."""

    capture_size: PlaceSize | None = None
    capture_place: str | None = None
    capture_strategic: bool = False
    capture_partial: bool = False
    energy_hit: bool = False
    region_blackout: bool = False
    offsite_power_lost: bool = False
    nuclear_harm: bool = False
    chemical_use: bool = False
    head_of_state_nuclear_threat: bool = False
    first_combat: bool = False
    new_foreign_troops: bool = False
    troops_withdrawn: bool = False
    nato_state: bool = False
    new_sanctions: bool = False
    aid_billions: float = 0.0
    ceasefire_or_talks: bool = False
    deaths_unnumbered: bool = False


# Troops counted as they leave are not newly deployed: "pulls several thousand troops back".
_LEAVING = low_re(
    r"\b(?:withdr\w*|pull(?:s|ed|ing)?(?: [\w,.-]+){0,3} (?:back|out)|pull-?out|drawdown"
    r"|draw(?:s|ing)? down|crossed back|(?:go|goes|went|going|return\w*|head\w*) home"
    r"|leav(?:e|es|ing)|left)\b"
    # Leaving home for a mission is an arrival elsewhere: "left the base this morning for Haiti".
    r"(?!(?: [\w'’-]+){0,6}? for (?-i:[A-Z]))"
)


_FORMER_PRESENCE = re.compile(
    r"\bhad been (?:stationed|deployed|based)\b|\bat (?:its|their) peak\b"
)


def troops_withdrawn(ctx: TextContext, count_start: int) -> bool:
    """Whether the troop count is of forces leaving, in its own clause: "Israel would withdraw,
    while the army deploys 5,000 troops" counts arrivals."""
    clause = ctx.clause_at(count_start)
    if _FORMER_PRESENCE.search(ctx.low, clause.start, clause.end):
        return True  # "1,000 troops had been stationed there": the presence that is ending
    return any(
        not ctx.low.endswith("to ", 0, m.start())  # "urged to withdraw": not done
        for m in _LEAVING.finditer(ctx.low, clause.start, clause.end)
    )


def _population(match: re.Match[str]) -> int:
    for n, scale in (("n", "scale"), ("n3", "scale3"), ("n4", "scale4")):
        raw = match.group(n)
        if raw:
            value = float(raw.rstrip(".,").replace(",", ""))
            factor = {"million": 1e6, "thousand": 1e3}.get((match.group(scale) or "").lower(), 1)
            return int(value * factor)
    return 0


def size_from_population(population: int) -> PlaceSize:
    """Size class of a place from its population (100k+ city, 10k+ town, else village)."""
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "village"


def capture_partial(ctx: TextContext, evidence_starts: list[int]) -> bool:
    """Whether the first capture named only part of a place: districts, quarters, outskirts."""
    low = ctx.low
    for start in sorted(evidence_starts):
        verb = _CAPTURE_VERB.match(low, start) or _HOLD_VERB.match(low, start)
        if verb:
            return bool(_PARTIAL_OBJECT.match(low, verb.end()))
    return False


def capture_size(
    ctx: TextContext,
    evidence_starts: list[int],
    gazetteer_population: int | None,
    *,
    unknown_object: bool = False,
) -> tuple[PlaceSize | None, bool]:
    """Size class of the place that changed hands, and whether it is called strategic.

    `unknown_object`: the capture verb names a place the gazetteer does not know; it holds every
    settlement of 500 people or more in the countries at war, so that is a village.
    """
    low = ctx.low
    sentences = sorted({ctx.sentence_at(s) for s in evidence_starts}, key=lambda s: s.start)
    scope = " ".join(low[s.start : s.end] for s in sentences)
    strategic = bool(_STRATEGIC.search(scope))
    first = min(evidence_starts, default=None)
    if first is not None:
        verb = _CAPTURE_VERB.match(low, first)
        if verb and _FACILITY_OBJECT.match(low, verb.end()):
            # A site changing hands is a strategic place, whatever the size of its city.
            return None, True
    pop = _POPULATION.search(ctx.scan)
    if pop:
        return size_from_population(_population(pop)), strategic
    if _VILLAGE.search(scope):
        return "village", strategic
    if _CAPITAL.search(ctx.scan):
        return "capital", strategic
    if gazetteer_population:
        size = size_from_population(gazetteer_population)
        # The text calling it a town outweighs a census just under the line, or a census of a
        # whole township.
        if (size == "village" and _TOWN.search(scope)) or (
            size == "city" and _A_TOWN.search(scope)
        ):
            return "town", strategic
        return size, strategic
    if _CITY.search(scope):
        return "city", strategic
    if _TOWN.search(scope):
        return "town", strategic
    if unknown_object:
        return "village", strategic
    return None, strategic


def find_signals(
    ctx: TextContext,
    topics: Collection[Topic] | None = None,
    strike_starts: Collection[int] = (),
) -> Signals:
    """The text-level severity cues (capture size is set by the classifier).

    With `topics`, only the cues a severity rule of those topics reads are looked for (the
    rest stay False): the hot path skips patterns whose answer cannot matter.
    """
    scan = ctx.scan
    signals = Signals()

    topics_set = set(topics) if topics is not None else set()

    def wanted(*needed: Topic) -> bool:
        return topics is None or not topics_set.isdisjoint(needed)

    if wanted(HUMANITARIAN_INFRASTRUCTURE):
        signals.energy_hit = bool(_ENERGY.search(scan))
        signals.region_blackout = bool(_BLACKOUT_REGION.search(scan))
    if wanted(NUCLEAR_CBRN):
        signals.offsite_power_lost = bool(_OFFSITE_POWER.search(scan)) and not (
            _POWER_RESTORED.search_in(scan, 0, ctx.headline_end)
        )
        # "no radioactive contamination was detected" is no harm.
        signals.nuclear_harm = any(
            not _HARM_NEGATED.search(ctx.low, max(0, m.start() - 12), m.start())
            for m in _NUCLEAR_HARM.finditer(scan)
        )
        signals.chemical_use = any(
            not _CHEMICAL_NOT_USE.search(ctx.low, max(0, m.start() - 40), m.start())
            for m in _CHEMICAL_USE.finditer(scan)
        )
        signals.head_of_state_nuclear_threat = bool(
            _NUCLEAR_THREAT.search(scan) and _HEAD_OF_STATE.search(ctx.text, 0, ctx.headline_end)
        )
    if wanted(GROUND_COMBAT, TROOP_DEPLOYMENT):
        signals.first_combat = bool(_FIRST_COMBAT.search(scan)) or any(
            _FORCE_BEFORE.search(ctx.low, max(0, m.start() - 60), m.start())
            for m in _JOINED_WAR.finditer(scan)
        )
    if wanted(TROOP_DEPLOYMENT):
        signals.new_foreign_troops = bool(_NEW_FOREIGN_TROOPS.search(scan)) and not (
            _ALLIED_POSTING.search(scan)
        )
    if wanted(STRIKE):
        # The NATO state must be where the strike is reported, not named elsewhere (talks in
        # Turkey under another bullet of a round-up).
        sentences = {ctx.sentence_at(s) for s in strike_starts} if strike_starts else None
        hits = (
            [m for s in sentences for m in _NATO.finditer_in(scan, s.start, s.end)]
            if sentences is not None
            else list(_NATO.finditer(scan))
        )
        # "a Turkish drone strike": the NATO state attacked, it was not hit.
        signals.nato_state = any(not _ATTACKER_AFTER.match(ctx.low, m.end()) for m in hits)
    if wanted(DIPLOMACY_SANCTIONS):
        signals.new_sanctions = bool(_SANCTIONS_NEW.search(scan))
        signals.ceasefire_or_talks = any(
            not _NEGATED.search(ctx.low, max(0, m.start() - 30), m.start())
            and not _CONDITIONAL.search(ctx.low, max(0, m.start() - 30), m.start())
            and not _OFFERED.search(ctx.low, max(0, m.start() - 30), m.start())
            and not (
                ctx.low.startswith("agreed", m.start())
                and _STANDING.search(ctx.low, max(0, m.start() - 12), m.start())
            )
            for m in _CEASEFIRE_TALKS.finditer(scan)
        )
    if wanted(MILITARY_AID):
        best = 0.0
        for m in _BILLION.finditer(scan):
            sentence = ctx.sentence_at(m.start())
            if _AID_WITHHELD.search_in(scan, sentence.start, sentence.end) or ctx.tally_at(
                m.start()
            ):
                continue  # money blocked or frozen, or a running total, is not a new package
            raw = m.group("a") or m.group("b")
            if raw:
                best = max(best, float(raw.rstrip(".,").replace(",", "")))
            elif m.group("crowns") or m.group("kr"):
                crowns = float((m.group("crowns") or m.group("kr")).rstrip(".,").replace(",", ""))
                best = max(best, crowns * _DOLLARS_PER_CROWN)
            elif m.group("c"):
                best = max(best, 1000.0)
        signals.aid_billions = best
    if wanted(CASUALTIES):
        signals.deaths_unnumbered = bool(_DEATHS_NO_NUMBER.search(scan))
    return signals
