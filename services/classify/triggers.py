"""The topic trigger table and the context words that cancel or qualify triggers."""

from __future__ import annotations

from services.classify.patterns import Rule, low_re, low_rule
from shared.models import Topic

# What a state sends another as military aid, by kind and by name.
_AID_WEAPONS = (
    r"(?:weapons|arms|ammunition|artillery shells|shells|tanks"
    r"|fighter jets|jets|F-16s?|air[- ]defen[cs]es?|Patriots?|HIMARS|drones|missiles"
    # Landmines, not the mines of a mining ministry.
    r"|interceptors|mines(?! (?:ministry|minister|department|sector|industry|operators?))"
    r"|munitions|howitzers|armou?red vehicles|IRIS-T|NASAMS|ATACMS"
    r"|(?:guided )?bombs|guidance kits|JDAMs?|Hellfires?"
    r"|Storm Shadows?|Taurus|Leopards?|Abrams|Bradleys?|Gripens?|Mirages?"
    r"|(?:air[- ]defen[cs]e|anti-aircraft|missile|rocket|artillery|radar) systems"
    r"|(?:attack|military|combat) helicopters"
    r"|(?:armou?red )?personnel carriers|APCs|anti-aircraft (?:[\w-]+ )?(?:guns|turrets)"
    r"|(?:truck-mounted |self-propelled |towed )guns|Gepards?|Caesars?|Strykers?|Marders?"
    r"|(?:artillery|large-calibre|large-caliber|tank|mortar) rounds|small arms"
    r"|(?:counter-battery |air[- ]surveillance )radars|(?:demining|mine-clearing) (?:vehicles"
    r"|machines|equipment))"
)

# A state's forces and irregular armed groups, as the subject of a capture: "rebels take Goma".
_STATE_FORCE_NOUNS = ("forces", "troops", "army", "soldiers", "units")
_IRREGULAR_NOUNS = (
    "rebels", "fighters", "militants", "insurgents", "jihadists", "gangs", "gang", "militias",
    "militia", "militiamen", "paramilitaries", "factions",
)  # fmt: skip
STATE_FORCES = "(?:" + "|".join(_STATE_FORCE_NOUNS) + ")"
IRREGULARS = "(?:" + "|".join(_IRREGULAR_NOUNS) + ")"
# The same subjects just before a verb, as lookbehinds: rules anchored on the verb.
_ARMED_SUBJECT_BEFORE = (
    "(?:" + "|".join(f"(?<={noun} )" for noun in (*_STATE_FORCE_NOUNS, *_IRREGULAR_NOUNS)) + ")"
)
# Who a place is left "in the hands" of.
_HOLDERS = (
    r"(?:russian|ukrainian|rebel|gang|militant|jihadist|insurgent|separatist|islamist|enemy"
    r"|taliban|houthi|m23|rsf|junta|israeli|hamas|hezbollah|kurdish|turkish|syrian)"
)

TRIGGERS: dict[Topic, str] = {
    Topic.CASUALTIES: (
        r"\b(?:killed|killing|kills?|dead|deaths?|died|dies|death toll|wounded|wounding|wounds"
        r"|injured|injuring|injures|injuries|hurt|casualties|missing|bodies|body of"
        # Enemies "neutralised" in army statements are dead; a threat neutralised is not.
        r"|(?:neutrali[sz]|eliminat)(?:ed|es|ing) (?:more than |about |some |over |at least )?"
        r"[\d,]+"
        r" (?:[\w-]+ )?(?:terrorists|militants|fighters|insurgents|gunmen|bandits|soldiers|troops"
        r"|attackers|rebels|jihadists|khawarij|khwarij)|sent to hell"
        # "the remains of a grenade" are debris, not a body.
        r"|remains of(?! (?:an? |the )?(?:[\w-]+ )?(?:grenades?|missiles?|drones?|rockets?|shells?"
        r"|munitions?|projectiles?|bombs?|aircraft|planes?|helicopters?|vehicles?|buildings?|tanks?"
        r"|ships?|boats?|cars?|bus|wreckage|debris|warheads?))"
        r"|lost their lives|fatalities|poison(?:ed|ing)|unaccounted for|trapped under"
        r"|personnel\s*(?:[—–‒−:-]\s*)?(?:about |approximately |around )?\d[\d,]*"
        r"|losses\b[^.;\n]{0,60}?\b(?:up to |about |around |over )?\d[\d,]* (?:servicemen|personnel"
        r"|soldiers|troops|fighters)"
        # South Asian and Arabic-press wording for soldiers and civilians killed.
        r"|martyred|embraced martyrdom|martyrdom"
        r"|shot dead|shooting dead|killed or wounded|toll(?! road)|perish\w*|slain|behead\w*"
        r"|homicides|murders|drowned"
        # Maimed now: "a soldier loses a leg to a landmine" (not "who lost both legs in 2023").
        r"|los(?:es|ing) (?:a |his |her |their |both )?(?:legs?|arms?|limbs?|hands?|feet|foot"
        r"|eyes?)"
        # Bodies found burned or buried: "charred remains and bone fragments", "a mass grave".
        r"|(?:human|charred|skeletal|burned|burnt) remains|bone fragments|mass graves?"
        r"|(?:sought|seeking|needed|received) medical (?:help|aid|attention|treatment)"
        r"|lost (?:more than |about |around |some |over |nearly |up to |as many as |at least )?"
        r"[\d,]+ (?:[\w-]+ ){0,2}(?:troops"
        r"|soldiers|servicemen|personnel|fighters|men)|(?:troop|personnel|manpower) losses)\b"
    ),
    Topic.STRIKE: (
        r"\b(?:air ?strikes?|airstrikes?|missile strikes?|drone strikes?|(?:missile|drone|rocket"
        r"|artillery|air|aerial|bomb|glide[- ]bomb|ballistic|cruise|MLRS|mortar|Shahed)s?"
        r" (?:attacks?|strikes?|barrages?|raids?|fire|hit|bombardments?)"
        r"|shelling|shelled|bombard\w*|bombing|bombed|barrage"
        # Drones flown at places: "the army flew some 300 drones at 36 locations".
        r"|(?:flew|flown|sent) (?:some |about |around |more than |over )?(?:[\d,]+(?:[ -](?:to"
        r" )?[\d,]+)? )?(?:attack |armed |kamikaze |suicide )?drones (?:at|into|across|against)\b"
        # Boats packed with explosives: "an uncrewed surface vessel rammed the carrier".
        r"|(?:explosive|explosives-laden|uncrewed|unmanned|sea) (?:[\w-]+ )?(?:boats?"
        r"|surface vessels?|drones?)\b[^.;]{0,30}?\b(?:hit|struck|rammed|slammed|exploded)"
        r"|(?:hit|struck|destroyed|damaged|killed|wounded|injured|brought down)(?: \w+)? by"
        r" (?:an? |the )?"
        r"[^.;\n]{0,50}?(?:missiles?|drones?"
        r"|rockets?"
        r"|bombs?|shells|strikes?|airstrikes?)"
        r"|(?:drones?|missiles?|rockets?|bombs?|shells|munitions|jets?|aircraft|artillery|UAVs?"
        r"|mortar rounds|mortars|air force"
        r"|warplanes?|helicopters?|Shaheds?|projectiles?"
        # One shell, not the oil company: "a shell tore through the roof".
        r"|(?<=\ba )shell|(?<=\bthe )shell|(?<=artillery )shell|(?<=mortar )shell|(?<=tank )shell)"
        r"\b[^.;\n]{0,50}?\b(?:hit|hits|struck|strikes?|(?:tore|tears|ripped|rips) through"
        r"|(?:smashed|smashes) into"
        r"|striking|splash(?:es|ed)? down"
        r"|attacked|attacking|dropped|drops?|fell|exploded|set fire|damag\w*|slammed|launched"
        r"|set (?:[\w'’-]+ ){1,4}?(?:ablaze|alight|on fire)"
        r"|brought down"
        r"|fired|killed|killing|targeted|(?<!-)pound(?:s|ed|ing)?|rained|bomb(?:s|ed|ing)|crashe[sd]"
        r"|landed"
        r"|lands? (?:near|on|in|inside)"
        r"|carr(?:y|ies|ied|ying) out (?:[\w-]+ ){0,3}?(?:raids|strikes|sorties))"
        # Projectiles sent at a region: "sent 40 attack drones toward the Odesa region".
        r"|sen(?:t|ds|ding) (?:[\d,]+|\w+) (?:[\w-]+ )?(?:drones|missiles|rockets|UAVs)"
        r" (?:toward|towards|at|against|over)"
        # Passive with 'in': "destroyed in Israeli strikes", "damaged in a drone attack".
        # \s, not a space, around "in": the literal " in " would gate every sentence.
        r"|(?:destroyed|damaged|hit|flattened|levelled|leveled|razed)\sin\s(?:an? |the )?"
        r"(?:[\w-]+ ){0,2}?"
        r"(?:air ?strikes?|airstrikes?|strikes|bombardments?|shelling|(?:drone|missile|rocket|air)"
        r" (?:attacks?|raids?))"
        # Singular too: "fired a ballistic missile at Tel Aviv".
        r"|(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing)|drop(?:ped|s)?)\b[^.;\n]{0,40}?\b(?:drones?|missiles?"
        r"|rockets?|bombs?|shells|munitions|grenades|(?:heavy )?artillery (?:into|at|on)|mortars"
        r"|mortar (?:rounds|shells|bombs))"
        r"|rain(?:ed|ing|s)? (?:down )?(?:[\w-]+ ){0,2}(?:shells|rockets|bombs|missiles|drones)"
        # Statements: "air operations in the Gara region", "an operation targeting the carrier ...
        # with 18 ballistic and cruise missiles".
        r"|striking (?:[\w-]+ ){0,3}?(?:sites|targets|positions|locations|bases|camps)"
        r"|aggression (?:that )?(?:hit|struck|targeted) (?:an? |the )?(?:[\w-]+ ){0,3}?"
        r"(?:building|port|house|home|city|town|village|neighbou?rhood|district|camp|hospital|school"
        r"|(?-i:[A-Z])\w+)"
        r"|air operations?|targeting (?:[\w'’.-]+ ){1,10}?with (?:[\w,-]+ ){0,4}?(?:missiles?"
        r"|drones?|rockets?)"
        # Wording of alerts and posts: "a rocket impact", "a tank fired at our position",
        # "15 projectiles were detected crossing from Lebanon".
        r"|(?:rocket|missile|drone|mortar|shell) impacts?|impact sites?"
        r"|(?:tanks?|gunboats?|warships?) (?:[\w-]+ ){0,2}?(?:fired|opened fire) (?:at|on|into"
        r"|toward|towards)"
        r"|(?:projectiles|rockets|missiles|drones|uavs) (?:[\w-]+ ){0,3}?(?:crossing|crossed) from"
        r"|(?:shot down|downed|destroyed|intercepted) (?:[\w,-]+ ){0,3}?unmanned aerial vehicles?"
        r"|dropped by (?:an? |the )?(?:[\w-]+ )?(?:helicopters?|aircraft|planes?|warplanes?|jets?"
        r"|drones?)"
        r"|(?:attack\w*|target\w*|hit|hits|hitting|strikes|pound(?:s|ed|ing)"
        r"|struck)\b[^.;\n]{0,50}?\bwith\b[^.;\n]{0,30}?"
        r"\b(?:drones?"
        r"|missiles?|rockets?|bombs?|shells|artillery|mortars)"
        r"|(?:shot down|shooting down|shoot down|downed|downing|intercept(?!or)\w*|destroy\w*)"
        r"\b[^.;\n]{0,50}?\b(?:drones?|missiles?|rockets?|UAVs?|Shaheds?|quadcopters?)"
        r"|(?:drones?|missiles?|rockets?|UAVs?|Shaheds?|Iskanders?|Kalibrs?|Kinzhals?)\b"
        r"[^.;\n]{0,40}?\b(?:shot down|downed|intercepted|destroyed)|aerial attack|air attack"
        r"|strike on|struck"
        # Guided aerial bombs are only ever news as strikes: "KABs on Saltivka again".
        r"|KABs?|glide[- ]bombs?"
        # One attack, not "attacks on the grid" told as a cause of prices.
        r"|(?:strikes|attack) on (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:energy|power"
        r"|infrastructure"
        r"|facilities|plants?|substations?|grid|ports?|cities|towns|villages|positions|targets"
        r"|bases)\b"
        r"|attacks? on (?:the )?(?:(?:city|town|village) of )?(?!(?:monday|tuesday|wednesday"
        r"|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august"
        r"|september|october|november|december)\b)(?-i:[A-Z])\w*"
        r"|strikes? (?:in|against|at) (?-i:[A-Z])\w*"
        # A large attack is an air attack: ground attacks are named by who attacks.
        r"|(?:massive|massed|combined|overnight|large-scale|mass) (?:[\w-]+ ){0,2}?(?:attacks?"
        r"|strikes?)"
        # Explosions heard during an alert: "explosions rang out as the air force warned of a
        # missile threat".
        r"|explosions? (?:were |was )?(?:heard|rang out|rocked|thundered|reported)\b[^.;\n]{0,80}?"
        r"\b(?:missiles?|drones?|air raid|alert|air defen[cs]es?|attack|threat)"
        # Air defences at work mean an attack is under way: "air defences engaged targets".
        r"|air[- ]defen[cs]es?(?: units?| systems?| forces)? (?:(?:were|was|are|is|have been"
        r"|has been) )?(?:engaged|engaging|repelling|in action|active|activated|working|at work"
        r"|responding))\b"
    ),
    Topic.TROOP_DEPLOYMENT: (
        r"\b(?:(?:troops?|soldiers|forces|units|brigades?|battalions?|contingents?|reservists"
        r"|conscripts|servicemen|reinforcements|fighters|personnel|special forces|battlegroups?"
        r"|divisions?|regiments?|paratroopers|marines|military aircraft|warships|navy ships"
        r"|aircraft carriers?|carrier (?:strike )?groups?|amphibious (?:ready )?groups?"
        r"|amphibious (?:assault )?ships|destroyers|frigates|submarines|squadrons"
        r"|(?:PLA|PLAN) (?:aircraft|vessels)|sorties of (?:PLA|Chinese|Russian) aircraft"
        r"|(?:platoons?|columns?|convoys?) of (?:[\w-]+ )?tanks|military vehicles"
        r"|police officers|military (?:instructors|trainers|advis[eo]rs)"
        r"|(?:army |military )?sappers|peacekeepers"
        r"|destroyer|frigate|warship|aircraft carrier|submarine"
        r"|members of the (?:[\w-]+ ){0,2}(?:Defen[cs]e Force|armed forces|army"
        r"|National Guard)|guardsmen|commandos|(?:militia|troop) convoys?|armou?r)\b"
        r"[^.;\n]{0,60}?\b(?:sent|sending|deploy(?:ed|ing|s)?|dispatched|stationed|arriv\w*"
        r"|massed|massing|gathered(?! for)|moved|moving|moves? (?:to|into|toward)|transferred"
        r"|redeploy\w*|mobili[sz]ed|withdr[ae]w\w*"
        # Seen, not seeing: "warships spotted near the strait", not "troops spotted intruders".
        r"|(?:detected|spotted|tracked)(?! (?:\d|(?:an?|the|two|three|several|some|intruders"
        r"|infiltrators|movement|suspicious|militants|gunmen)\b))"
        r"|lands? (?:in|at)|landed(?! on)|fl(?:ew|own|ies|ying) (?:in|into|to)|airlift\w*"
        r"|left (?:[\w'’-]+ ){0,6}?for (?-i:[A-Z])\w*|set off for|depart(?:s|ed)? for"
        r"|(?:are|were|is|was) (?:now )?operating (?:alongside|inside)"
        r"|(?:leave|leaves|left|leaving|vacat\w*) (?:[\w-]+ ){0,3}?(?:bases|camps|outposts)"
        r"|pull(?:ed|s|ing)? back to (?-i:[A-Z])\w*"
        r"|rotation (?:in|into|to)|rotated (?:in|into)|took up (?:positions|posts)"
        r"|sail(?:s|ed|ing)? (?:for|to|toward|towards|into|between|through)|roll(?:s|ed|ing)? into"
        r"|pull\w* out|regroup\w*|transported|crossed into|amassed|build-?up|reinforce[sd]"
        r"|crossed from|tak(?:en|es|ing) up positions|dug (?:in|new)"
        r"|(?:set up|established) (?:new )?(?:[\w-]+ )?positions|sail\w* back (?:to|into)"
        r"|present|leav(?:e|es|ing) (?-i:[A-Z])\w*|fl(?:ew|own) out of"
        # "700 extra troops reach Kosovo", "convoys cross into Syria", "a battalion rotates in",
        # "began taking over positions", "columns of tanks heading east".
        r"|reach(?:es|ed)? (?-i:[A-Z])\w*|(?<!to )cross(?:es|ing)? into|mov\w* closer to"
        r"|(?:called|brought) into|(?:have been |has been |were |was )ordered to"
        r"|rotat(?:es|ing) in|(?:took|tak(?:es|ing|en)) over (?:positions|posts|duties)"
        r"|head(?:s|ed|ing)? (?:north|south|east|west|toward|towards|for (?-i:[A-Z])\w*"
        r"|to (?:the )?(?:front|border))|roll(?:s|ed|ing)? (?:toward|towards))"
        # A battery sent with its crew: "a Patriot battery and its crew have been deployed".
        r"|(?:Patriot|THAAD|NASAMS|SAMP/T|missile|artillery|air[- ]defen[cs]e)(?: [\w-]+)?"
        r" batter(?:y|ies)"
        r"\b[^.;\n]{0,30}?\b(?:deployed|arrived|landed)"
        r"|(?:send(?:s|ing)?|sent|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?"
        r"|mass(?:es|ed|ing)|gather(?:s|ed|ing)|mov(?:e|es|ed|ing)|redeploy\w*|mobili[sz]\w*"
        r"|rush(?:es|ed|ing)?|enlist(?:s|ed|ing)?"
        r"|to station|station(?:ed|ing)|fl(?:ew|own|ies|y|ying)|airlift\w*"
        r"|withdr[ae]w\w*|pull(?:s|ed|ing)?|regroup\w*|amass\w*|reinforc(?:e|es|ed|ing)"
        r"|call(?:s|ed|ing)? up|call-up orders?|draft|grow|increase|expand|detected|tracked|spotted"
        r"|recruit(?:s|ed|ing)?|post(?:s|ed|ing)? (?:extra|more|additional|fresh))\b[^.;\n]{0,50}?"
        r"\b(?:troops|soldiers|forces|units|brigades?|battalions?|contingents?|reservists"
        r"|conscripts|servicemen|reinforcements|fighters|personnel|special forces|paratroopers"
        r"|military aircraft|warships|navy ships|(?:PLA\)?|Chinese|Russian) (?:military )?aircraft"
        r"|aircraft carriers?|carrier strike groups?|destroyers|frigates|submarines|squadrons"
        r"|naval vessels|PLA Navy ships|militia(?:men)?|National Guard (?:members|troops|units)"
        r"|(?:Chinese|Russian|PLA) (?:navy |naval )?(?:vessels|ships|warships)"
        r"|divisions?|regiments?|paratroop\w*|commandos|peacekeepers"
        r"|military (?:instructors|trainers|advis[eo]rs)|(?:army |military )?sappers"
        r"|volunteer fighters|volunteers for the defen[cs]e|destroyer|frigate|warship|corvette"
        r"|submarine|(?:infantry|tank|rifle) compan(?:y|ies))"
        # Ordered to a place: "ordered a second carrier strike group to the eastern Mediterranean".
        r"|order(?:s|ed|ing)? (?:[\w-]+ ){0,5}?(?:aircraft carriers?|carrier strike groups?"
        r"|warships|destroyers|frigates|submarines|squadrons|troops|battalions|brigades"
        r"|amphibious (?:ready )?groups?)"
        r" (?:[\w,-]+ ){0,6}?(?:to|toward|towards) (?:the )?(?:[\w-]+ )?(?-i:[A-Z])\w*"
        # Forces seen on the move: "army convoys streamed west", "trucks loaded with soldiers",
        # "the Lebanese army moves into Kfar Kila".
        r"|(?:army|military) (?:convoys?|columns?)\b[^.;\n]{0,40}?\b(?:stream\w*|head\w*|drove"
        r"|driving|travel\w*)"
        r"|(?:loaded with|packed with|carrying) (?:[\w-]+ )?(?:soldiers|troops|fighters)"
        r"|(?:army|military) (?:moves?|moved|moving) (?:[\w-]+ ){0,3}?(?:into|toward|towards"
        r"|closer to)"
        # Ships and aircraft sent on a mission: "frigate enters Red Sea for EU escort mission".
        r"|(?:arriv\w*|enter\w*|sail\w*|head\w*|deploy\w*|sent|sends|land\w*|fl(?:ew|own|ies))"
        r" (?:[\w'’.-]+ ){0,6}?for (?:an? |the |its |their )?(?:[\w'’-]+ ){0,2}?(?:air[- ]policing"
        r"|escort|patrol|peacekeeping|naval|maritime|counter-piracy) (?:mission|stint|rotation"
        r"|operation|deployment|duty|duties)"
        # Forces massed: "a build-up near Essequibo", "a build-up of troops along the border".
        r"|build-?ups? (?:of (?:[\w-]+ )?(?:troops|forces|armou?r|tanks|warships|soldiers)"
        r"|(?:near|along|on|at) (?:the )?(?:[\w-]+ )?(?:border|frontier|(?-i:[A-Z])\w*))"
        # A presence ending: "peacekeepers had left South Kivu", "ending its 30-year posting".
        r"|(?:peacekeepers|blue helmets) (?:had |have |has )?(?:left|depart\w*)"
        r"|end(?:s|ed|ing)? (?:[\w'’-]+ ){0,3}?(?:military presence|troop presence|posting"
        r"|deployment|mission) (?:in|at|on)"
        # Troops ordered out for manoeuvres: "Maduro orders 5,600 troops into drills".
        r"|order(?:s|ed)? [\d,]+ (?:troops|soldiers|servicemen) into (?:[\w'’-]+ ){0,2}?(?:drills"
        r"|exercises|manoeuvres|maneuvers)"
        # Forces flown in: "a transport plane landed in Niamey carrying military instructors".
        r"|(?:planes?|aircraft|flights?|airlifts?)\b[^.;\n]{0,50}?\b(?:landed|arrived)\b[^.;\n]{0,50}?"
        r"\bcarrying (?:[\w-]+ )?(?:troops|soldiers|instructors|personnel|paratroopers|commandos)"
        # Police contingents abroad: "another 200 Kenyan police land in Port-au-Prince".
        r"|police (?:officers )?land(?:s|ed)? (?:in|at)"
        # People and men are troops only when called up: "mobilise 300,000 men".
        r"|(?:call(?:s|ed|ing)? up|mobili[sz]\w*|draft(?:s|ed|ing)?|conscript(?:s|ed|ing)?"
        r"|recruit(?:s|ed|ing)?)\b[^.;\n]{0,50}?\b(?:people|men)"
        r"|(?:general |partial )?mobili[sz]ation|conscription|call-up|deployment|redeployment"
        r"|tanks (?:[\w-]+ ){0,2}?(?:roll(?:s|ed|ing)? into|entered|moved into)"
        # Conscripts called in: "a new batch of about 5,000 conscripts had reported to training
        # camps", "begins training 5,000 new conscripts".
        r"|(?:conscripts|recruits|reservists)\b[^.;\n]{0,40}?\breport(?:ed|s)? (?:to|for)"
        r" (?:training|barracks|duty|service|units|camps|bases|enlistment)"
        r"|(?:begins?|began|started|starts) training (?:[\w,-]+ ){0,3}?(?:conscripts|recruits"
        r"|reservists)"
        r"|(?:troops|soldiers) (?:(?:are|were|now|currently|still|already) )*(?:(?:stationed"
        r"|operating|based) )?(?:in|on|near|at|inside) (?:(?:eastern|western|northern|southern"
        r"|central|north-eastern|north-western|south-eastern|south-western) )?(?-i:[A-Z])\w*"
        r"|(?:troops|soldiers|forces) (?:\w+ ){0,3}?(?:engaged in combat|in combat"
        r"|fighting alongside))\b"
    ),
    Topic.TERRITORIAL_CHANGE: (
        r"\b(?:captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|(?:took|taken|take|taking|seized|gained)"
        r" (?:full |complete |effective )?control|control(?:s|led)? (?:\d+|[\w-]+) settlements"
        r"|(?:forces|troops|rebels|fighters|militants|insurgents|jihadists|army) (?:now )?"
        r"control(?:s|led)?|liberat(?:e|ed|es|ing)|retak(?:e|en|es|ing)"
        r"|retook|recaptur\w+|(?:have|has|had|were|was) occupied"
        r"|(?:reoccup|re-occup)(?:y|ied|ies|ying)"
        r"|(?:enemy|occupiers|russians|forces|troops) (?:has |have )?occupied (?-i:[A-Z])\w*"
        r"|(?:completed?|complete[sd]|announced) the (?:liberation|capture|seizure) of"
        # Taken back, assumed, or seen to change hands: "troops took back the palace", "assumed
        # control over two villages", "confirming the base had changed hands".
        r"|(?:took|take|takes|taking|taken) back (?:control of |the (?:[\w-]+ ){0,2}?(?:town|city"
        r"|village|palace|airport|base|district|hill|bridge|port)\b)"
        r"|regain\w* (?:full )?control|regain\w* (?:the )?(?:[\w-]+ ){0,2}?(?:town|city|village"
        r"|palace|airport|base|district)\b"
        r"|assum\w* (?:full |complete |effective )?control (?:of|over)|chang(?:e|ed|es|ing) hands"
        # A side's claim to a place rejected: "rejects Russian claim on Maliivka".
        r"|(?:reject\w*|den(?:y|ies|ied)|dismiss\w*|refut\w*) (?:[\w'’-]+ ){0,3}?claims? on"
        r" (?-i:[A-Z])\w*"
        r"|(?:is|are|was|were) (?:now )?(?:fully |completely |entirely )?under (?:the )?(?:full "
        r"|complete )?control of"
        # Land handed over in a deal: "handing control of four villages to Azerbaijan", and
        # forces repositioned out of a town.
        r"|hand(?:ed|ing|s)? (?:over )?control of"
        r"|reposition\w*['’]? (?:its |their )?(?:forces |troops |units |fighters )?(?:out of|from)"
        # Maps that shade a place: "DeepState shaded the whole of Toretsk as Russian-occupied".
        r"|(?:mark\w*|shad\w*|show\w*|list\w*|mapped) (?:the )?(?:whole of |all of |entire )?"
        r"(?:[\w'’-]+ ){0,3}?as (?:fully |completely |entirely )?(?:occupied|controlled|captured)"
        # Places fall "to" someone or end the clause; stocks and prices fall "too low", "by 5%".
        # Anchored on "fallen" (lookbehinds): "ha" as a start word would be tried too often.
        r"|(?:(?<=had )|(?<=has )|(?<=have ))fallen"
        r"(?=[,.;:]|\s*$|\s*\n|\s+[—–-]\s|\s+(?:to (?!\d)|into the hands|under))"
        # A capital letter is checked after the match: capitalised alternatives go last, or
        # they would take "rebels" and then fail the check.
        r"|fell to (?:the )?(?:rebels|militants|insurgents|(?:\w+ )?(?:forces|troops|army)"
        r"|(?-i:[A-Z])\w*)"
        # Not a driver's: "the tanker lost control on a bend".
        r"|fall of|lost control(?! (?:of )?(?:the |a |his |her |their |its )?(?:vehicle|car|truck"
        r"|tanker|bus|lorry|plane|aircraft|helicopter|boat|ship|motorcycle|wheel|bike)| on )"
        r"|loss of (?-i:[A-Z])\w*|los(?:e|es|ing|t) (?-i:[A-Z])\w*"
        # Before the parts of a town held (next), which would take the words up to "over":
        # "rebels have taken over Rubaya".
        r"|" + _ARMED_SUBJECT_BEFORE + r"(?:have|has|had) taken over (?-i:[A-Z])\w*"
        # Part of a town held: "now hold northern quarters of Kupiansk", "had taken several
        # neighbourhoods of Kupiansk".
        r"|(?:(?:now )?(?:hold|holds|control|controls)|(?:had|has|have) taken)"
        r" (?:the )?(?:[\w-]+ ){0,2}?(?:districts|neighbou?rhoods|quarters|parts|suburbs) of"
        r" (?-i:[A-Z])\w*"
        # Control held now: "M23 now controls Goma", "fighters were in control of most of Goma",
        # "leaving the town in gang hands".
        r"|(?:town|city|village|area|district|base|port|camp) in (?:the )?(?:[\w-]+ )?hands"
        r"|now (?:fully )?(?:control(?:s|led)?|hold|holds|held) (?:most of |all of |the (?:town"
        r"|city|village) of )?(?-i:[A-Z])\w*"
        # Holding on, said against a claim (rules keep it only beside one): "Uvira still in
        # government hands", "the villages remain under the control of the army".
        r"|(?:still|remains?|remained) (?:(?:firmly |fully )?(?:in|under) (?:the )?"
        r"(?:[\w'’-]+ ){1,2}?(?:hands|control)\b(?! of (?:the )?(?:situation|events|their|its|his"
        r"|her))|present in (?-i:[A-Z])\w*)"
        r"|still (?:hold|holds|held|holding|control|controls) (?:the (?:town|city|village) of )?"
        r"(?-i:[A-Z])\w*"
        # The losing side conceding who holds a place: "concedes Ukrainian marines hold Krynky".
        r"|(?:conced\w*|admit\w*|acknowledg\w*) (?:that )?(?:the )?(?:[\w'’-]+ ){0,3}?(?:now )?"
        r"(?:hold|holds|held|control|controls|controlled) (?:the (?:town|city|village) of )?"
        r"(?-i:[A-Z])\w*"
        # A headquarters or base taken: "has taken the army's Western Command headquarters".
        r"|(?:had|has|have) taken (?:the )?(?:[\w'’-]+ ){0,5}?(?:headquarters|base|garrison"
        r"|barracks|airport)\b"
        r"|(?:is|are|was|were) (?:now )?(?:fully |firmly )?in (?:full |complete )?control of"
        # Most of a place taken, before a place taken whole (which would take "have taken most"
        # and then fail its capital): "insurgents have taken most of Aleppo".
        r"|(?:have|has|had) taken (?:control of )?(?:most|all|much|half) of (?:the (?:town|city"
        r"|village) of )?(?-i:[A-Z])\w*\b(?!['’]s)"
        # A named place taken or entered by fighters: "its fighters had taken Walikale".
        r"|(?:had|has|have) taken (?:(?:the )?(?:town|city|village) of )?(?-i:[A-Z])\w*"
        r"|liberation of (?:the )?(?:city|town|village|(?-i:[A-Z])\w+(?!['’]s))"
        # "were occupying Bukavu"; not "the Russian-occupied city" (a standing fact).
        r"|(?:were|are|is|was|now|had been) occupying (?:the (?:town|city|village) of )?"
        r"(?-i:[A-Z])\w*"
        # Armed groups "of" an alliance; a state's units entering a country are a deployment.
        r"|(?:fighters|rebels|militants|insurgents|jihadists) (?:of|from) (?:the )?"
        r"(?:[\w/'’-]+ ){0,3}?[\w/'’-]+ (?:have |had |has )?entered (?:the (?:town|city|village"
        r"|centre|center) of )?(?-i:[A-Z])\w*"
        r"|(?:fighters|rebels|militants|insurgents|jihadists|units|troops|soldiers)"
        r" (?:have |had |has )?entered (?:the (?:town|city|village|centre|center) of |(?:large"
        r" |most |several |some |many )?(?:parts|districts|neighbou?rhoods|areas) of )?"
        r"(?-i:[A-Z])\w*"
        r"|withdr(?:ew"
        r"|awn|awal|aws?"
        r"|awing)['’\"”]? (?:of [^.;\n]{0,40}?)?from|pull(?:ed|s|ing)? (?:\w+ |(?:their|its)"
        # Not a vague "pulled out of the area": no place is named as changing hands.
        r" (?:fighters|men) )?out of(?! the (?:area|region|vicinity)\b)"
        r"|pull(?:ed|s|ing)? back from (?-i:[A-Z])\w*|pull-?(?:out|back)['’\"”]? from"
        r"|retreat(?:ed|s|ing)? from"
        r" (?-i:[A-Z])\w*"
        # A place abandoned, not a ship, a car or a plan.
        r"|abandon(?:ed|s|ing)? (?:their |its |the )?(?:positions|town|city|village|base"
        r"|settlement|stronghold|bridgehead|(?-i:[A-Z])\w*)"
        r"|swept into|regroup\w*['’\"”]? (?:troops |forces )?from"
        r"|(?:left|leave) (?-i:[A-Z])\w+ Island"
        r"|withdraws? from|withdr\w* (?:its |their |the )?(?:troops|forces|units|soldiers) from"
        # Places taken over, overrun, flagged or left under pressure.
        r"|(?:took|take|takes|taking|taken) over (?:the |a )?(?:[\w-]+ ){0,3}?(?:towns?|city"
        r"|villages?|base|garrison|headquarters|camp|districts?|capital|airport|localities"
        r"|locality|neighbou?rhoods?|quarters?)"
        # Given up on orders, or taken back by troops moving in again: "allowed units to leave
        # Marinka", "army units moved back into the city".
        r"|(?:order(?:s|ed)?|authori[sz]e[sd]?|allow(?:s|ed)?|permit(?:s|ted)?) (?:[\w'’-]+ ){0,3}?"
        r"(?:troops|units|forces|soldiers|garrison) (?:to leave|out of|to withdraw from|to pull out"
        r" of|to retreat from) (?:the )?(?:[\w-]+ ){0,3}?(?:town|city|village|(?-i:[A-Z])\w+)"
        r"|(?:troops|units|forces|soldiers|army|police) (?:[\w-]+ ){0,3}?(?:re-?enter(?:s|ed|ing)?"
        r"|moved back into|move back into|moving back into) (?:the )?(?:city|town|village"
        r"|(?-i:[A-Z])\w+)"
        # The place's name after the nouns: the capital is checked after the match.
        r"|overr(?:an|un|unning|uns) (?:the |a )?(?:[\w'-]+ ){0,4}?(?:towns?|city|cities"
        r"|villages?|bases?|garrison|headquarters|camps?|airport|dam|bridge|border crossing"
        r"|checkpoints?|barracks)"
        r"|overr(?:an|un|unning|uns) (?-i:[A-Z])\w+"
        r"|(?:pushed|push|pushes|pushing|driven|drove|drive|drives|forced|kicked|ousted)"
        r" (?:\w+ ){0,2}?out of (?:(?:the |a )?(?:[\w-]+ )?"
        r"(?:town|city|village|base|settlement)|(?-i:[A-Z])\w*)"
        r"|(?:raised|hoisted|planted) (?:the |a |their |its )?(?:[\w-]+ ){0,2}?flags? (?:over|above"
        r"|at|on|in)\b"
        r"|(?:flags?|banners?) (?:was |were |has been |have been |had been )?(?:raised|hoisted"
        r"|planted) (?:over|above|in|on)|(?:full|complete|total) control (?:of|over)"
        r"|(?<!still )(?:is|was|were|are|came|now|fell|as) under (?:the )?(?:full )?"
        r"(?:[\w'’-]+ ){0,2}?"
        r"control"
        r"|(?:regain(?:s|ed|ing)?|restor(?:e|es|ed|ing)|reassert\w*|re-establish\w*|reestablish\w*)"
        r" (?:full |complete |total )?control"
        # A place held now, as a map or a report shows it: "the map shows Siversk in Russian
        # hands". Not "the decision is in their hands", nor prisoners held.
        r"|(?:shows?|showed|shown|marks?|marked|leaves?|left|leaving|puts?) (?:the (?:town|city"
        r"|village) of )?(?-i:[A-Z])[\w'’-]*(?: (?!now |firmly |fully )(?-i:[A-Z])[\w'’-]*)?"
        rf" in (?:the )?{_HOLDERS} hands"
        rf"|now (?:firmly |fully |entirely )?in (?:the )?{_HOLDERS} hands"
        # Armed groups that take, enter or say they control a named place: "Rebels take Goma",
        # "M23 says it controls Walikale", "Russian forces take northern districts of Kupiansk".
        # A state's troops entering a town may be passing through or sent there; irregulars
        # who enter it have taken it.
        # Anchored on the verb; the armed subject just before it (lookbehinds).
        r"|" + _ARMED_SUBJECT_BEFORE + r"(?:broke|break|breaks) into (?:the (?:town|city|village)"
        r" of )?(?-i:[A-Z])\w*"
        r"|" + _ARMED_SUBJECT_BEFORE + r"(?:took|take|takes) over (?-i:[A-Z])\w*"
        rf"|(?:{STATE_FORCES} (?:take|takes|took)|{IRREGULARS} (?:take|takes|took|enter|enters))"
        r" (?:the (?:town|city|village) of |(?:[\w-]+ )?(?:districts|neighbou?rhoods|quarters"
        r"|parts|areas|suburbs) of )?(?-i:[A-Z])\w*"
        rf"|{IRREGULARS} (?:occupy|occupies|occupied) (?:the )?"
        r"(?:(?:[\w-]+ ){0,2}?(?:town|city|village)\b|(?-i:[A-Z])\w*)"
        r"|(?:it|they) (?:now |fully )?control(?:s|led)? (?:the (?:town|city|village) of )?"
        r"(?-i:[A-Z])\w*|(?:entered|captured|taken) and (?:secured|cleared)"
        # A claim to have entered or taken a place: "the RSF claim to have entered El Obeid".
        r"|claim(?:s|ed)? to (?:have )?(?:entered|taken|captured|seized) (?:the (?:town|city"
        r"|village) of )?(?-i:[A-Z])\w*"
        # A side saying it took a named place: "Russia says it took Synkivka".
        r"|(?:says?|said|claims?|claimed) (?:it|they) (?:had |has |have )?(?:took|taken) (?:the "
        r"(?:town|city|village) of )?(?-i:[A-Z])\w*"
        # A place entered as its holders leave or with no fight: "entered Tarhuna, meeting no
        # resistance", "entered Khankendi, raising the flag over parliament".
        r"|entered (?:the (?:town|city|village) of )?(?-i:[A-Z])\w*(?=[^.;]{0,90}?\b(?:meeting no"
        r" resistance|without (?:a fight|a shot|resistance|firing)|unopposed|raising (?:the |their"
        r" |its )?(?:[\w'’-]+ ){0,2}?flag|after (?:[\w'’-]+ ){1,10}?(?:left|withdrew|pulled out"
        r"|fled|abandoned|retreated)\b))"
        r"|declared (?:the )?(?:town|city|village|(?-i:[A-Z])\w+) (?:taken|captured|liberated)"
        # Places whose occupiers were driven out: "drove M23 out of Lumbishi", "chased the
        # rebels from the mining village of Lumbishi".
        r"|(?:drove|chased|expelled|ejected|routed) (?:the )?(?:[\w-]+ ){0,2}?(?:rebels|militants"
        r"|fighters|jihadists|insurgents|troops|forces|soldiers|enemy|occupiers|invaders|gangs?"
        r"|militias?|(?-i:[A-Z])\w*) (?:out of|from) (?:the )?"
        r"(?:(?:[\w-]+ ){0,2}?(?:town|city|village|base|settlement)\b|(?-i:[A-Z])\w*)"
        r"|(?:reposition|redeploy)\w* (?:its |their )?(?:forces |troops |units )?outside"
        r" (?:the )?(?:city|town|village|(?-i:[A-Z])\w*)"
        r"|regroup\w* to (?:more )?(?:advantageous|favou?rable|better) (?:lines|positions)"
        r"|(?:flags?|banners?|tricolou?rs?) (?:flying |raised |hoisted )?over (?:the )?"
        r"(?-i:[A-Z])\w*(?: (?-i:[A-Z])\w*)? (?:town hall|city hall|administration)"
        r"|tricolou?rs? (?:was |were |has been |had been )?(?:raised|hoisted|planted)"
        # A capture denied is still news of one: "police deny gangs hold Petion-Ville", "Kyiv
        # rejects Russian claim over Kostiantynivka".
        r"|(?:deny|denies|denied|denying|reject\w*|dismiss\w*|refut\w*) (?:that |reports that"
        r" |claims that )?(?:the |its |their )?(?:[\w'’-]+ ){0,2}?(?:hold|holds|control|controls"
        r"|have taken|has taken|had taken|captured|seized|overran) (?:the (?:town|city|village)"
        r" of )?(?-i:[A-Z])\w*"
        r"|(?:reject\w*|dismiss\w*|refut\w*|den(?:y|ies|ied)) (?:the |a |an )?(?:[\w'’-]+ ){0,2}?"
        r"claims? (?:over|to) (?:(?:the )?(?:capture|fall|seizure|control) of )?(?-i:[A-Z])\w*"
        r"(?![\w'’-]* (?:deal|takeover|merger|contract|bid|stake|shares|case|lawsuit|report|story"
        r"|affair|scandal|payments?|funds|money))"
        # State media's idiom for a place retaken: "cleansed the town of Umm Rawaba of RSF
        # fighters". Not a village cleared of mines.
        r"|(?:cleansed|cleared|purged|freed)['’\"”]? (?:the )?(?:[\w'’-]+ ){0,7}?of (?:the )?"
        r"(?:[\w-]+ )?(?:fighters|militants|terrorists|rebels|insurgents|jihadists|militias?|gangs"
        r"|occupiers|invaders|enemy)\b"
        # Concessions: "no longer holding Sudzha", "handed Nawnghkio back to the military",
        # "fully under Russian control", "shaded Siversk as occupied".
        r"|no longer (?:holding|hold|holds|in control of|controls?) (?-i:[A-Z])\w*"
        r"|hand(?:ed|s|ing)? (?-i:[A-Z])\w*(?: (?!back |over )(?-i:[A-Z])\w*)? (?:back |over )?to"
        rf"|(?:fully |completely |now |firmly )?under (?:the )?{_HOLDERS} control"
        r"|(?:shaded|marked|marks|shades) (?-i:[A-Z])\w*(?: (?-i:[A-Z])\w*)? as (?:occupied"
        r"|captured|lost|russian-controlled|russian-held|enemy-held)"
        r"|(?:defenders|garrison) (?:had |have |has )?left (?-i:[A-Z])\w*"
        # Troops that left a place lost it: "their troops had left the ruins of Chasiv Yar".
        r"|(?:(?:their|its|our) (?:last )?(?:troops|forces|units|soldiers)|the (?:garrison"
        r"|defenders)) (?:had |have |has )?left"
        r" (?:the (?:ruins|remains|town|city|village) of )?(?-i:[A-Z])\w*"
        r")\b"
    ),
    Topic.GROUND_COMBAT: (
        r"\b(?:clash\w*|fighting|fought|battles?|battled|battling|assaults?|offensive"
        r"|advanc(?:e|es|ing)"
        r"|advanced(?= (?:toward|towards|on|into|to|in|near|along|further|deeper|several|about"
        r"|up to|from|past|through|beyond|around|slightly|north|south|east|west|\d|(?:one|two"
        r"|three|four|five|six|seven|eight|nine|ten|a few) (?:kilomet|km|miles?))|[,.;]|$)"
        r"|repel\w*|repuls\w*|incursion|combat|firefights?|encircl\w*|infiltrat\w*|stormed"
        r"|(?:enter\w*|reached|reach) (?:the )?(?:\w+ )?outskirts"
        r"|storming|ambush\w*|skirmish\w*|gun ?battles?|gunfights?|encounter (?:with|along|in)"
        r"|(?:came|come|comes|coming) under (?:heavy )?(?:fire|attack)"
        r"|overr(?:an|un|unning|uns)(?! (?:the |a )?(?:[\w'-]+ ){0,4}?(?:towns?|city|cities"
        r"|villages?|bases?|garrison|headquarters|camps?|airport|dam|bridge|border crossing"
        r"|checkpoints?|barracks))"
        # Fire at positions: "units fired small arms at its positions".
        r"|small-arms fire|(?:cross-border|unprovoked) (?:(?!mortar|artillery|rocket)[\w-]+ )?"
        r"(?:firing|fire|shelling)"
        r"|violat\w* (?:the |a )?ceasefire|warning shots"
        r"|engaged (?:the )?(?:attackers|militants|terrorists|insurgents|gunmen|enemy|intruders)"
        r"|engaged (?:an? |the )?(?:[\w-]+ ){0,2}?(?:infantry|troops|soldiers|patrols?|convoys?"
        r"|units?) (?:at close range|in|near|on|with)"
        r"|ceasefire violations?|firing (?:along|across) the"
        r"|fir(?:ed|ing|es) (?:small arms |mortars |machine guns )?(?:at|on) (?:its |their |the"
        r" |our |enemy )?(?:[\w-]+ )?(?:positions|posts|troops|soldiers|border guards)"
        r"|(?:push(?:ed|es|ing)?|drove|driven|beat(?:en)?|thr(?:ew|own|ow|ows|owing)) back"
        r"|open(?:ed|s|ing)? fire|encounters? (?:broke out|erupted|began|started|took place|ensued)"
        r"|storms? (?:an? |the )?(?:[\w-]+ ){0,2}?(?:camp|base|post|barracks|checkpoint|outpost)s?"
        r"|forced (?:their|its) way into"
        # Attacks fought off, attackers pushed back: "had beaten off three attacks".
        r"|(?:beat(?:en)?|fought|fend(?:ed)?|driven|drove) off (?:[\w-]+ ){0,2}?(?:attacks?"
        r"|assaults?|attackers|raids?|offensives?)"
        r"|pushed (?:the )?(?:attackers|enemy|militants|rebels|gangs?|insurgents|assailants) back"
        # Ground gained by armed forces, not by markets: "Russian forces made small gains".
        r"|" + _ARMED_SUBJECT_BEFORE + r"(?:made|make|makes|making) (?:[\w-]+ ){0,2}?gains\b"
        r"|(?:exchang|trad)(?:e|ed|es|ing) (?:heavy |small-arms |artillery |cross-border )?fire"
        r"|(?<!artillery )(?:returned|return|returning) fire(?! at (?:the )?(?:rocket )?launch)"
        r"|attacked (?:[\w-]+ ){0,2}?(?:border )?(?:posts"
        r"|outposts|checkpoints)"
        r"|(?:moved|pushed|edged|gained|progressed) (?:forward )?(?:roughly |about |some |up to"
        r" |nearly |almost |another |a further )?(?:\d+(?:\.\d+)?|one|two|three|four|five|six"
        r"|seven|eight|nine|ten|several|a few)(?: |-)(?:kilometres|kilometers|km|miles|metres"
        r"|meters)|(?:forces|troops|units|soldiers|army|rebels|fighters|militants|jihadists)"
        r" (?:have |had |has )?(?:edg(?:e|es|ed|ing) (?:closer )?(?:toward|towards|to|nearer)"
        r"|pushed to within)"
        r"|exchanges? of (?:heavy )?fire|gunfire|shoot-?outs?|(?:jihadist|militant|insurgent|rebel"
        r"|gunmen|armed men|fighters)\w*\b[^.;,\n]{0,40}?\battack\w*)\b"
    ),
    Topic.MILITARY_AID: (
        r"\b(?:(?:military|security|defen[cs]e|weapons?|arms) (?:aid|assistance|package|support"
        r"|deliveries|supplies|shipments|sales?|help)|aid package|arms sale|F-16s?|(?:send|sent"
        r"|supply|supplied|supplies|deliver\w*|provid\w*|donat\w*|pledg\w*|shipped|shipping"
        r"|(?<=will )ship|(?<=to )ship|transfer\w*|unload\w*|offload\w*|commit(?:s|ted|ting)?"
        r"|hand(?:s|ed|ing)? over|gift\w*|approv\w*|leas(?:e|es|ed|ing))\b[^.;\n]{0,40}?\b"
        + _AID_WEAPONS
        # Soldiers trained and armed by another state: "will train 2,000 commandos and equip
        # them with drones".
        + r"|(?:train|trains|trained|training) (?:an? )?(?:additional |further |more )?(?:[\d,]+ )?"
        r"(?:more )?(?:[\w'’-]+ ){0,3}?(?:soldiers|troops|commandos|special forces|pilots|marines"
        r"|servicemen)\b[^.;\n]{0,20}?\band (?:to )?(?:equip|arm)\b"
        # Given to a state or its army: "will give Ukraine £150m of drones", "gave the Lebanese
        # army $60 million".
        r"|(?:give|gives|giving|gave) (?:the (?:[\w'’-]+ )?(?:army|armed forces|military|forces"
        r"|rebels|militias?|fighters)"
        r"|(?-i:[A-Z])[\w'’-]+) (?:[\w'’-]+ ){0,3}?(?:[$€£]?[\d.,]+ ?(?:bn|billion|m|million)\b"
        r"|[^.;\n]{0,30}?\b" + _AID_WEAPONS + r")"
        # Arms arriving from abroad: "Mirage jets have arrived in Ukraine", "Gepards that arrived
        # from Germany". Not drones or missiles, which arrive to strike.
        r"|(?<!nuclear )(?<!their )(?<!its )(?:jets|fighters|tanks|howitzers|guns|vehicles"
        r"|carriers|systems|batteries|ammunition|rounds|weapons|arms|F-16s?|Mirages?|Gepards?"
        r"|Caesars?|Strykers?|Abrams|Leopards?)"
        r"\b[^.;,\n]{0,40}?\b(?:(?:have|has|had) )?(?:arrived|landed) (?:in|from) (?-i:[A-Z])\w*"
        r"|(?:jets|tanks|howitzers|guns|vehicles|carriers|batteries|ammunition|rounds|weapons"
        r"|arms) (?:(?:have|has|had) been |were |was )?delivered\b"
        # Packages that name their weapons: "a A$245m package including 49 Abrams tanks".
        r"|package\b[^.;\n]{0,40}?\b(?:includ\w*|compris\w*|contain\w*) (?:[\w,-]+ ){0,4}?"
        + _AID_WEAPONS
        + r""
        # Funds and instruments that only pay for another state's forces.
        # Anchored on their last words (lookbehinds): the first ones are common in war news.
        r"|European Peace Facility|(?:(?<=defence )|(?<=defense ))(?:line of credit|credit line"
        r"|loans?|grants?|credits?)|(?<=military )(?:loans?|grants?|credits?)"
        r"|(?:(?<=latest )|(?<=recent )|(?<=new )|(?<=next )|(?<=first )|(?<=us )|(?<=u\.s\. )"
        r"|(?<=american )|(?<=presidential ))drawdown(?: package| authority)?"
        r"|(?:(?<=ukraine )|(?<=israel )|(?<=taiwan )|(?<=foreign )|(?<=security )"
        r"|(?<=supplemental ))aid (?:bill|legislation|measure)"
        r"|(?:(?<=recruit )|(?<=pilot )|(?<=troop ))training (?:programme|program|mission|scheme)"
        # Weapons in transit to another state's forces: "missile parts bound for the Houthis".
        # Anchored on "bound for" (lookbehinds): "missile" is in every other war story.
        r"|(?:(?<=weapons )|(?<=arms )|(?<=bombs )|(?<=missiles )|(?<=munitions )"
        r"|(?<=ammunition )|(?<=components )|(?<=parts )|(?<=shells ))(?:bound|destined) for"
        # Paid for, or received from another state: "will finance another 18 howitzers",
        # "police received 24 armoured vehicles from the US".
        r"|(?:financ\w*|pay(?:s|ing)? for|paid for) (?:[\w$€£.,-]+ ){0,6}?" + _AID_WEAPONS + r""
        # An arms sale cleared: "Washington clears $7.4bn sale of guided bombs to Israel".
        r"|(?:clear\w*|approv\w*) (?:an? |the )?(?:potential )?(?:[$€£]?[\d.,]+ ?(?:bn|billion|m"
        r"|million) )?(?:potential )?(?:arms |weapons )?sales? of"
        r"|receiv\w* (?:[\w$€£.,-]+ ){0,6}?(?:" + _AID_WEAPONS + r"|(?:patrol )?(?:boats|vessels)"
        r"|helicopters|aircraft)\b[^.;\n]{0,30}?\bfrom|foreign military financing"
        # Support to an army paused: "suspended food and fuel assistance to several units".
        r"|(?:paus|suspend|halt|cut)\w* (?:[\w-]+ ){0,3}?(?:support|assistance|aid) to"
        r" (?:[\w'-]+ ){0,3}?(?:army|military|forces|troops|units)"
        # Bought for another state's army: "ordered launchers that will be handed to Ukraine".
        r"|(?:handed|hand(?:s|ing)?) (?:over )?to (?:Ukraine|Kyiv|the Ukrainian|Ukraine's)"
        r"|(?:carrying|loaded with|delivering|delivery of|shipments? of|consignment of)"
        r" (?:[\w-]+ )?"
        r"(?:weapons|arms|ammunition|munitions|military equipment)"
        r"|training\b[^.;\n]{0,30}?\brecruits|train\w* [\d,]+ \w* ?(?:troops|soldiers|recruits)"
        r"|(?:paus|held back|hold(?:s|ing)? back)\w* (?:a |the |one |another )?(?:weapons |arms )?"
        r"(?:shipment|delivery|consignment) of"
        r"|paus\w* (?:all |some )?(?:weapons|military aid|shipments|(?:arms |weapons )"
        r"(?:shipments|deliveries))|military (?:aid )?deliveries"
        r"|(?:shipments?|consignments?) of (?:[\w,-]+ ){0,3}?" + _AID_WEAPONS + r""
        r"|(?:donated|supplied|provided|delivered|pledged|sent) by (?-i:[A-Z])\w*"
        r"|(?:support|financial|assistance|macro-financial|loan|funding) (?:package|tranche)"
        r"|tranche of (?:military |financial )?(?:aid|support|assistance)"
        # Money put into weapons for another state: "will spend €30 million on FPV drones for
        # Ukrainian units", "to finance the production of long-range drones".
        r"|(?:spen[dt]|allocate|earmark)\w* (?:[\w€$£.,]+ ){0,4}?on (?:[\w-]+ ){0,3}?"
        r"(?:drones|weapons|ammunition|shells|missiles|air defen[cs]es?)"
        r"|(?:financ|fund)\w* (?:the )?(?:production|purchase|procurement) of"
        r"|donation package|(?:weapons|arms|equipment) donations?"
        r"|allow\w* (?:Ukraine|Kyiv|Taiwan|Israel) to (?:buy|purchase|acquire)"
        r"|(?:buy|purchase) (?:military equipment|weapons|arms|ammunition)"
        r"|(?:buy|purchase) (?:[\w-]+ ){0,2}?(?:air[- ]defen[cs]e|interceptors?|drones|missiles"
        r"|shells) (?:[\w,-]+ ){0,4}?for (?-i:[A-Z])\w+"
        r"|(?:fund|finance|pay for)\w* (?:a |an |the )?(?:[$€£]?[\d.,]+ (?:million|billion|bn|m"
        r"|mln|bln)(?: (?:euros?|dollars?|pounds?|kroner|crowns))? )?(?:package|purchase"
        r"|delivery) of"
        # "will pay 1.6 billion pounds for 5,000 missiles", "a $1.25bn weapons drawdown".
        r"|pay (?:[\w$€£.,]+ ){1,4}?for (?:[\w,-]+ ){0,5}?(?:missiles|drones|shells|weapons"
        r"|air defen[cs]es?)"
        r"|(?:weapons|arms|military) drawdowns?|drawdown (?:package|authority)"
        # Arms exports stopped or licences suspended.
        r"|(?:halt|stop|ban|suspend|block|freez)\w* (?:all |further |new )?(?:arms|weapons"
        r"|military) (?:exports?|sales|deliveries|shipments)"
        r"|no (?:further |new )?exports of (?:[\w-]+ ){0,3}?(?:arms|weapons|military equipment)"
        r"|arms export licen[cs]es?|(?:F-35|fighter jet) (?:components|parts)"
        r"|support (?:Ukraine's |Kyiv's )?defen[cs]e\b"
        r"|for (?:Ukraine|Kyiv|Taiwan|Israel)['’]s defen[cs]e\b"
        r"|(?:weapons|arms|ammunition|munitions|air defen[cs]es?) (?:sent|supplied|delivered"
        r"|donated|shipped) to|arms fund|pay (?:for|towards) (?:[\w-]+ ){0,2}(?:ammunition"
        r"|weapons|air defen[cs]e)"
        r"|(?:weapons|arms|ammunition|cartridges?|shells) from (?:its |their |our )?(?:own )?"
        r"(?:army|military) stocks|from (?:its |their |our )?(?:army|military) stocks to"
        # "a $725 million package of weapons for Ukraine", "$400m in new arms for Kyiv".
        r"|(?:package|tranche|batch|consignment)s? of (?:[\w-]+ ){0,3}?(?:weapons|arms|ammunition"
        r"|munitions|(?:military|defen[cs]e) equipment|air[- ]defen[cs]e (?:equipment|systems))"
        r"|(?:new|more|additional|further) (?:arms|weapons|ammunition) for (?-i:[A-Z])\w+"
        # Arms exports stopped: "ordered a halt to all exports of F-35 parts to Israel".
        r"|(?:halt|stop|ban|suspend|block|freez)\w*\b[^.;]{0,20}?\b(?:exports?|deliveries|shipments"
        r"|sales) of (?:[\w-]+ ){0,3}?(?:arms|weapons|parts|jets|ammunition|munitions)"
        r"|(?:loans?|funding|financial aid|financial support|budget support|grants?) (?:for|to)"
        r" (?:Ukraine|Kyiv|Ukraine's)"
        # A sum drawn from a donor's stocks or put into arms for a recipient: "a $425m drawdown",
        # "a drawdown of $571 million", "$400m in arms for Taiwan". Anchored on the last words.
        r"|(?:(?<=m )|(?<=million )|(?<=bn )|(?<=billion ))drawdown|drawdown of [$€£]?\d+"
        r"|(?:(?<=m )|(?<=million )|(?<=bn )|(?<=billion ))(?:in|worth of) (?:new |additional )?"
        r"(?:arms|weapons|ammunition|munitions|military (?:aid|equipment|hardware)) for"
        r" (?-i:[A-Z])\w*|defen[cs]e articles|military financing (?:for|to)|train[- ]and[- ]equip"
        # Another state's forces trained: "train Chadian forces", "courses for Kurdish
        # Peshmerga units", "instructors resume training of".
        r"|(?:instructors|trainers|advisers|advisors) \w+ (?:[\w-]+ )?"
        r"(?:training|courses?)|(?:(?<!-)train(?:s|ed|ing)? (?:of )?|(?:training|courses?)"
        r" (?:programmes?|programs?|missions?)? ?for )(?:the )?(?-i:[A-Z])[\w'’-]+"
        r" (?:[\w'’-]+ )?(?:forces|troops|soldiers|commandos|pilots|recruits|units|cadets"
        r"|army|military|special forces)"
        # Arms handed to a state or its army, passed on or re-exported: "hands the Colombian army
        # four Black Hawk helicopters", "re-export 12,400 rounds".
        r"|(?:hands|handed|handing) (?:the )?(?-i:[A-Z])[\w'’-]+ (?:[\w'’-]+ ){0,3}?"
        r"(?:[\w-]+ )?(?:helicopters|" + _AID_WEAPONS + r")"
        r"|(?:re-export|reexport)\w* (?:of )?(?:[\w,.'’-]+ ){0,4}?(?:rounds|" + _AID_WEAPONS + r")"
        # Deliveries of any arms to a state: "missiles delivered to Russia", "a consignment of
        # Fath-360 missiles".
        r"|(?:missiles|drones|rockets|shells) (?:have been |had been |were |was )?delivered to"
        r" (?-i:[A-Z])\w*|consignments? of (?:[\w-]+ ){0,3}?" + _AID_WEAPONS + r""
        # Joint instruments that buy arms for another state: "the Czech ammunition initiative",
        # "a drone coalition", "paid Ukrainian arms makers".
        r"|(?:ammunition|shells?|munitions|artillery|drones?) (?:initiative|drive|coalition)"
        r"|pa(?:y|ys|id|ying) (?-i:[A-Z])[\w'’-]+ (?:arms|defen[cs]e|weapons) (?:makers"
        r"|manufacturers|producers|firms|companies|industry)"
        r"|pa(?:ys|id|ying) (?:[\w$€£.,]+ ){1,4}?for (?:[\w,-]+ ){0,5}?" + _AID_WEAPONS + r""
        r"\b[^.;]{0,30}?\bfor (?-i:[A-Z])\w*"
        # An aid package numbered or a bill named for its recipient: "approves 47th package for
        # Ukraine", "the $48.3bn Ukraine bill".
        r"|(?<=\d(?:st|nd|rd|th) )package for (?-i:[A-Z])\w*"
        r"|(?:(?<=ukraine )|(?<=taiwan )|(?<=israel ))bill)\b"
    ),
    Topic.DIPLOMACY_SANCTIONS: (
        r"\b(?:talks|negotiat\w*|treaty|ceasefire|cease-fire|truce|consultations under"
        r"|invok\w* (?:NATO['’]s )?Article [45]"
        # A mediator convening the parties: "will bring the government and the rebels together".
        r"|(?:bring|brings|bringing|brought) (?:the )?(?:[\w'’-]+ ){0,3}?(?:government|sides"
        r"|parties|rivals|leaders|delegations|factions|rebels) (?:[\w'’-]+ ){0,6}?together"
        r"|peace (?:deal|plan|process"
        r"|summit|talks)|(?:halt|stop|cease|end)(?:s|ed|ing)? (?:all )?(?:firing|hostilities"
        r"|military action|fighting)|cessation of hostilities"
        r"|summit|sanction\w*|embargo|blacklist\w*|ambassadors?|envoys?|foreign minist\w*"
        r"|(?<!Russia's )(?<!national )(?<!Ukraine's )(?<!Russian )(?<!Ukrainian )Security Council"
        r"(?! secretary)(?! of (?:Ukraine|Russia|Belarus))|General Assembly"
        # Before the appeal to a named party below, whose capital check would reject "urged calm".
        r"|(?:call(?:s|ed|ing)? for|urg\w*) (?:an? )?(?:immediate |urgent )?(?:halt|end|calm"
        r"|restraint|de-?escalation)"
        r"|urge[sd]? (?:both sides|all sides|the West|allies|(?-i:[A-Z])\w*)"
        r"|call(?:s|ed)? on (?:all parties|both sides|(?-i:[A-Z])\w*) to"
        r"|demand(?:s|ed)? (?:that|the)"
        r"|prisoner (?:exchange|swap)s?|swap|exchang\w* (?:\w+ )?(?:bodies|prisoners|POWs)"
        # Prisoners of war coming home: "the repatriation of 150 Ukrainian and 150 Russian POWs".
        r"|(?:releas|repatriat|return|exchang|swapp?|hand)\w* (?:over )?(?:of )?(?:[\w-]+ ){0,6}?"
        r"(?:prisoners of war|POWs)|(?:prisoners of war|POWs)\b[^.;]{0,40}?\b(?:exchang|swapp?"
        r"|releas|repatriat|return)\w*"
        # Go-betweens, votes and vetoes of international bodies, complaints to the UN.
        r"|mediat\w*|censur\w*|veto\w*|(?:pass|adopt|approv|vot)\w* (?:on )?(?:a |the )?"
        r"(?:[\w-]+ ){0,2}?resolution"
        r"|(?:letter|wrote|complain\w*|appeal\w*) to (?:the )?(?:UN|U\.N\.|United Nations"
        r"|Security Council|Secretary-General)"
        # Releases in a deal: "freed four hostages in exchange for 200 prisoners".
        r"|in exchange for (?:[\w-]+ ){0,3}(?:prisoners|detainees|hostages|POWs)"
        r"|transfer of (?:[\w-]+ ){0,3}(?:detainees|prisoners|POWs)"
        r"|released (?:detainees|prisoners)"
        r"|(?:releas\w*|fre(?:e|es|ed|eing)) (?:of )?(?:[\w-]+ ){0,3}hostages"
        r"|peace (?:agreement|accord)|diplomat\w*|condemn\w*|minerals deal|decertif\w*"
        # Courts between states, remains handed back, and goods barred from a state at war.
        r"|(?:ICC|International Criminal Court|ICJ|International Court of Justice)\b[^.;]{0,60}?"
        r"\b(?:warrants?|rul\w*|case|prosecutor|judges|indict\w*|hearings?|orders?)"
        r"|(?:receiv\w*|repatriat\w*) (?:the )?(?:remains|bodies) of"
        r"|export (?:bans?|controls?|restrictions?|curbs?)\b[^.;]{0,40}?\b(?:Russia|Belarus|Iran"
        r"|North Korea)"
        # Envoys summoned, not reservists: "summoned Russia's charge d'affaires".
        r"|summon\w* (?:[\w'’-]+ ){0,4}?(?:ambassador|envoy|charg[eé]|diplomat|representative"
        r"|head of mission)"
        r"|hostage (?:release )?deal|(?:lodg|fil|issu|deliver)\w* (?:an? )?"
        r"(?:formal |strong |official )?protests?|protested (?:to|against)"
        r"|(?:to|will|would) meet (?:with|in|on|next|for|again|(?-i:[A-Z])\w*)|met with"
        r"|(?:officials|ministers|leaders|envoys|delegations|diplomats) (?:[\w-]+ ){0,2}?"
        r"(?:meet|met)\b"
        r"|(?:held|hold|holds|holding) (?:a |an )?(?:[\w-]+ ){0,2}?meeting"
        r"|meeting with"
        r"|reaction of the West|West's reaction"
        r"|countermeasures|peacekeeping (?:force|mission|operation|mandate|plan|proposal)s?"
        r"|resolution \d{3,4}\b|reassurance force|frozen (?:Russian )?assets"
        r"|secondary (?:tariffs|sanctions)|(?:phone|telephone) (?:call|conversation)s?"
        r"|spoke (?:by|on the) (?:phone|telephone)"
        r"|(?:froze|freezes|freeze|freezing) (?:[\w-]+ ){0,6}?assets|price cap"
        # "Russia calls UN meeting", "requested an emergency session of the Security Council".
        r"|(?:call(?:s|ed|ing)?|request(?:s|ed|ing)?|convene[sd]?|convening) (?:for )?(?:an? )?"
        r"(?:urgent |emergency )?(?:UN |U\.N\. |United Nations )?(?:meeting|session))\b"
    ),
    Topic.HUMANITARIAN_INFRASTRUCTURE: (
        r"\b(?:cut(?:ting|s)? off (?:the )?(?:water|power|electricity|gas|heating)"
        # Aid on the move or blocked, hunger, and people still out of their homes.
        r"|(?:relief|humanitarian|food) (?:aid )?(?:convoys?|deliveries|trucks)"
        r"|aid (?:convoys?|trucks)"
        r"|(?:WFP|World Food Programme|UN|UNICEF|UNRWA|ICRC|Red Cross|Red Crescent) (?:convoys?"
        r"|trucks|lorries|warehouses?)"
        # Food dropped, handed out or looted: "planes airdrop 25 tonnes of food", "killed near an
        # aid distribution point", "gunmen loot WFP trucks", "closed the crossing to goods".
        r"|air-?drop\w*|(?:food|aid) distribution (?:sites?|points?|cent(?:re|er)s?|hubs?)"
        r"|loot\w* (?:[\w-]+ ){0,3}?(?:aid|trucks|convoys?|warehouses?)"
        r"|crossings? to (?:[\w-]+ ){0,2}?(?:goods|aid|trucks|supplies)"
        # Supplies cut off: "a blockade on fuel bound for the capital", "torches fuel convoy".
        r"|blockade (?:on|of) (?:[\w-]+ ){0,2}?(?:fuel|food|aid|supplies|medicines?)"
        r"|fuel (?:convoys?|shortages?)"
        r"|famine|(?:remain|remains|remained|still) displaced"
        # People fleeing, and aid kept out: "forcing 5,000 people to flee", "civilians were
        # fleeing toward Tawila", "halts entry of all goods and aid", "suspends its activities at
        # the hospital".
        r"|(?:civilians|people|residents|families|villagers|thousands|households)\b[^.;\n]{0,40}?"
        r"\b(?:were fleeing|are fleeing|began fleeing|forced to flee)"
        r"|forc\w* (?:[\w,]+ ){0,5}?to flee"
        r"|(?:halt|stop|block|suspend|bar)\w* (?:the )?(?:entry|delivery|deliveries|access) of"
        r" (?:all )?(?:goods|aid|supplies|fuel|food|humanitarian)"
        r"|(?:aid|fuel|food|humanitarian) (?:[\w-]+ ){0,2}?(?:deliver\w*|access|entry|convoys?"
        r"|trucks?) (?:[\w-]+ ){0,3}?(?:was |were |remains? |has been )?(?:blocked|denied|halted"
        r"|suspended|stopped|cut off)"
        r"|(?:suspend\w*|halt\w*) (?:all |its |their )?(?:medical )?(?:activities|operations"
        r"|services) (?:at|in)"
        r"|(?:lost|loses|losing) (?:all )?(?:power|electricity|heating|water supply)"
        # Power cut or restored: "the attack blacked out White Nile state", "electricity partly
        # back in Kosti"; people fleeing raids: "arrived after fleeing raids on villages".
        r"|blacked out|black-?out|(?:power|electricity) (?:(?:partly|partially|fully|largely) )?"
        r"(?:back|restored|returns?|returned)(?! to (?:the )?(?:[\w-]+ ){0,2}?(?:nuclear|plant"
        r"|reactor))|(?:restor\w*|brought back) (?:the )?(?:power|electricity)"
        r"|fleeing (?:the )?(?:[\w-]+ ){0,2}?(?:raids|attacks|violence|shelling|bombardments?)"
        # People expelled across a border: "80,000 Afghans returned or were expelled this week".
        r"|(?:forced out|expelled|deported)\b[^.;\n]{0,20}?\b(?:[\d,]+|thousands|hundreds)"
        r"|(?:were|been) (?:expelled|deported) from"
        # Cables and links cut: "the Estlink 2 power cable abruptly went offline".
        r"|(?:undersea|subsea|power|electricity) (?:cables?|links?|interconnectors?)\b"
        r"[^.;\n]{0,50}?\b(?:fail\w*|went offline|goes offline|go offline|damaged|severed|cut"
        r"|ruptured|broken|broke)"
        # Aid stopped or started by an agency: "suspend general food distributions", "pausing
        # deliveries to the north", "eight of 21 humanitarian missions facilitated".
        r"|(?:suspend\w*|paus\w*|halt\w*|stop\w*|resum\w*|cut\w*) (?:its |their |all |general )?"
        r"(?!(?:[\w-]+ ){0,2}?(?:weapons|arms|military|ammunition)\b)(?:[\w-]+ ){0,2}?"
        r"(?:food (?:aid|distributions?|deliveries|rations|assistance)"
        r"|aid (?:deliveries|distributions?|operations|flights)|(?:humanitarian|aid) (?:operations"
        r"|missions"
        r"|deliveries)|deliveries to|rations)"
        r"|humanitarian missions?"
        # Corridors agreed, people newly displaced, and plants stopped for want of fuel: "a safe
        # corridor out of Laukkai", "48,000 newly displaced", "the desalination plant stops
        # pumping as fuel runs out". Not "a clinic sheltering 160 displaced".
        r"|(?:safe|humanitarian|evacuation) corridors?"
        r"|(?:(?<=newly )|(?<=have been )|(?<=were )|(?<=had been )|(?<=thousands )|(?<=hundreds )"
        r"|(?<=dozens ))displaced(?! (?:people|villagers|families|persons|civilians|residents))"
        r"|(?:water|pumping|desalination|power|treatment) (?:plant|station)s? (?:stop\w*|shut\w*"
        r"|halt\w*|went offline|failed)|(?:fuel|diesel) (?:runs|ran|running) out"
        r"|(?:ran|run|runs|running) out of (?:fuel|diesel)"
        r"|(?:severed|cut|damaged|destroyed|ripped up|burst)\w* (?:the )?(?:[\w-]+ ){0,2}?(?:water"
        r" (?:mains|pipes?|networks?|lines?)|sewage (?:lines?|networks?)|power lines)"
        r"|(?:left|leave|leaving|return\w* from|closures? of|shut\w*|clos\w*) (?:[\w-]+ ){0,3}?"
        r"displacement (?:camps|sites)|camp closures|camps (?:are|were|being) (?:closed|shut"
        r"|dismantled|cleared)"
        r"|(?:reopen\w*|resum\w*) (?:[\w-]+ ){0,3}?(?:clinic|field hospital|consultations)"
        # People sent to shelters: "40,000 residents of border villages were moved to shelters".
        r"|(?:moved|taken|sent|ordered|ushered|evacuated|fled)\b[^.;\n]{0,50}?\b(?:in)?to"
        r" (?:bomb |air-raid |temporary |emergency |evacuation )?shelters"
        r"|blackouts?|power (?:outages?|cuts?)|outages?|without (?:power|electricity|water|shelter"
        r"|heating|running water|gas)|(?:lack\w*|cut\w*) (?:\w+ ){0,2}(?:water|electricity"
        r"|power|heating) supply|no (?:(?:running|drinking|mains|piped|regular) )?(?:water"
        r"|electricity|power|heating) supply|lack\w* (?:drinking )?water|cutting electricity"
        r"|evacuation of|mandatory evacuation|evacuation routes?|(?:residents|families|civilians"
        r"|people|children|villages?|districts?|city|town|thousands|hundreds)\b[^.;\n]{0,40}?\b"
        r"(?:were being |be )?"
        r"evacuat\w*(?! unharmed)|evacuat\w* (?:[\w,]+ ){0,3}(?:residents|families|civilians"
        r"|children"
        r"|people|from|town|city|village|district|area|neighbou?rhood)s?\b|evacuees|refugees"
        # A siege lifted so that aid can reach people: "let aid reach the city".
        r"|(?:let|allow\w*|enable\w*) (?:humanitarian )?aid (?:to )?(?:reach|in|through|enter)"
        r"|displacement(?! (?:camps?|sites?|cent(?:re|er)s?|shelters?))"
        r"|(?:were|been|was) displaced"
        r"|internally displaced|displaced (?:people |persons )?(?:now )?number"
        r"|(?:(?:has|have|had) displaced|displacing|displaces) (?:[\w.,]+ ){0,3}(?:people|residents"
        r"|civilians|families)"
        r"|evacuation (?:orders?|warnings?|notices?)|(?:order(?:s|ed|ing)?|tell(?:s|ing)?|told"
        r"|warn(?:s|ed|ing)?) (?:the )?"
        r"(?:residents|civilians|people|inhabitants|families|Palestinians|Gazans|villagers)\b"
        r"[^.;\n]{0,90}?\bto (?:leave|flee|move|evacuate|head)"
        # Forced out, or out of shelter: "32,000 forced from the camps", "families lost their
        # shelter".
        # "32,000 displaced from the camps", not "150 displaced villagers were sheltering".
        r"|(?<=\d )displaced(?! (?:people|villagers|families|persons|civilians|residents|children"
        r"|women|men|households|Palestinians)\b)"
        r"|forced (?:out )?(?:from|out of) (?:the |their )?(?:[\w,-]+ ){0,6}?(?:homes?|camps?"
        r"|villages?|towns?|neighbou?rhoods?|areas?|districts?)"
        r"|lost (?:their |his |her )?(?:homes?|shelters?)"
        # Anchored on "their homes" (lookbehinds): "left" alone is too frequent a start word.
        r"|(?:(?<=leave )|(?<=left )|(?<=flee )|(?<=fled )|(?<=fleeing )|(?<=leaving )"
        r"|(?<=forced from )|(?<=driven from )|(?<=forced out of )|(?<=abandoned ))their homes"
        # "floods displace 38,000", "the offensive has displaced over 64,000".
        r"|displac(?:e|es|ed|ing) (?:(?:over|more than|about|some|nearly|almost|at least|around"
        r"|roughly|an estimated) )?[\d,.]+\b"
        # People still out of their homes: "3,000 families remained in temporary housing".
        r"|(?:remain\w*|still) (?:living )?in (?:temporary|transitory|makeshift|emergency)"
        r" (?:housing|shelters?|camps?|accommodation)"
        r"|(?<!military )(?<!weapons )aid (?:trucks|deliveries|convoys?|shipments|lorries)"
        r"|trucks (?:carrying|loaded with)"
        r" (?:food|flour|aid|medical|medicine|fuel|humanitarian)"
        r"|(?:(?<=\d )|(?<=hundreds )|(?<=thousands ))(?:people |refugees |civilians )?(?:flee"
        r"|fled|have fled)"
        r"|(?:people|refugees|civilians) (?:have )?crossed (?:from|into)"
        r"|crossed into\b[^.;]{0,80}?\b(?:fleeing|to escape|seeking (?:refuge|safety|shelter))"
        r"|(?:fuel|aid|medical|food) (?:deliver(?:y|ies)|convoys?|shipments?|supplies)"
        r" (?:[\w-]+ ){0,4}?(?:was |were |had been |has been )?(?:denied|blocked|refused"
        r"|turned back)"
        r"|forced to flee|humanitarian (?:aid|access|corridor"
        r"|convoy|situation)|aid workers(?! (?:said|say|says|told|reported|estimated|described))"
        r"|(?:families|residents|people|households)\b[^.;,]{0,30}?"
        r"\b(?:leaving|fled|fleeing|flee|left (?:for|toward|towards|on foot))\b(?! for work)"
        r"|water supply"
        # A number displaced is the news; "displaced families" sheltering somewhere is not.
        # The number is read behind (fixed-width lookbehinds) so the nouns anchor the pattern.
        r"|(?:(?<=\d )|(?<=\d more )|(?<=thousands )|(?<=hundreds )|(?<=millions )|(?<=dozens )"
        r"|(?<= million )|(?<= thousand ))(?:people|residents|civilians|families|persons"
        r"|individuals|households)\s(?:(?:were|have been|had been|newly|now|been)\s)*displaced)\b"
    ),
    Topic.NUCLEAR_CBRN: (
        r"\b(?:nuclear|radiation|radioactive|reactors?|IAEA|chemical (?:weapons?|munitions|agents?"
        r"|attacks?)|toxic (?:chemicals|gas)|chloropicrin|sarin|chlorine|tear gas|nerve agent"
        r"|riot[- ]control agents?|CS gas|positive for CS"
        r"|dirty bomb|nuclear-capable|(?:nuclear|atomic) warheads?|(?-i:NPP)s?)\b"
    ),
    Topic.ECONOMY: (
        r"\b(?:budgets?|GDP|inflation|interest rates?|key rate|benchmark rate|central bank"
        r"|(?<!\d )(?<!\d-)(?:rubles?|roubles?|hryvnias?)|currency|oil prices?|crude|Brent"
        r"|gas prices|stock markets?"
        r"|markets|exports?|imports?|tariffs?|economy|economic|finance ministry|defen[cs]e spending"
        r"|military spending|bonds?|futures|recession|to spend [$€£]|grain (?:trucks|imports"
        r"|exports|shipments"
        r"|corridor)"
        r"|trade (?:deal|war|talks|surplus|deficit|volumes?|routes?|flows?|balance|with)"
        r"|foreign trade|prices|tonnes of grain|credit ratings?|sovereign ratings?|rating agenc\w*"
        r"|downgrad(?:e|ed|es|ing) (?:\w+ ){0,3}?(?:rating|outlook|debt)|public finances"
        r"|(?:budget|fiscal) deficit|sovereign debt|bond yields?|revenues?|insurance premiums"
        r"|(?:shipping|freight) (?:costs|rates)|container rates|IMF|International Monetary Fund"
        r"|World Bank|disbursements?|loan program(?:me)?s?|economic growth|financing needs"
        # Company results and share prices: "shares in the arms maker rose 6%".
        r"|shares (?:in|of) |(?:shares|stocks) (?:ris\w*|rose|jump\w*|fell|fall\w*|drop\w*"
        r"|slump\w*|surg\w*|climb\w*|gain\w*|tumbl\w*|soar\w*)|(?:defen[cs]e|arms|energy|bank)"
        r" stocks|share price|order backlog"
        r"|backlog|market (?:value|capitali[sz]ation)|quarterly (?:results|profits?|earnings)"
        # Money raised, currencies traded, energy bought and sold, projects stalled.
        r"|funding round|venture capital|valuation|per (?:US )?dollar|against the (?:US )?dollar"
        r"|rais(?:es|ed|ing) (?:US)?[$€£][\d.,]+ ?(?:million|billion|bn|m)\b"
        r"|exporters?|importers?|lost (?:sales|revenue|income|output)|royalt(?:y|ies)"
        r"|net (?:income|profit|loss)|record (?:profits?|revenue|earnings)"
        r"|shipping (?:groups?|lines?|compan\w*|firms?|giants?)"
        # Mines and the state: "junta nationalises uranium mine", "exploration permits".
        r"|nationali[sz]\w*|mining (?:sector|compan\w*|permits?|licen[cs]es?|rights|cadastre|code)"
        r"|exploration (?:rights|permits?|licen[cs]es?)"
        # Labour disputes: "the union walks out in its first strike in seven years".
        # Not "three aid workers killed as a drone strikes".
        r"|(?:union|workers|dockworkers|miners)\b(?![^.;\n]{0,20}?\b(?:killed|wounded|injured|dead"
        r"|hit|hurt)\b)[^.;\n]{0,20}?\b(?:walk(?:s|ed)? out|strike"
        r"|strikes|stoppage)|walkouts?|downed tools|labou?r (?:strike|dispute)"
        r"|(?:gold|oil|gas|grain|mining|mine|coal|copper|crop|farm|factory|industrial) (?:output"
        r"|production)(?! (?:sites?|facilit\w*|plants?|fields?|wells?))"
        r"|exchange rates?|parallel market|force majeure|LNG|liquefied natural gas"
        r"|gas (?:supplies|deliveries|transit)|energy sector|industrial (?:enterprises|output"
        r"|production)|(?:electricity|power) imports?"
        # Contracts of the arms industry: "a framework order", "an arms export contract".
        r"|framework (?:order|agreement|contract)|(?:arms|defen[cs]e|export) contracts?)\b"
    ),
}

# Infrastructure nouns count only with damage in the same clause (a station named in passing
# is not news about infrastructure).
# Fuel and gas sites: infrastructure when damaged, and energy for the severity rule.
FUEL_SITES = (
    r"gas (?:pipelines?|facilit\w*|infrastructure|storage|plants?|processing"
    r"|(?:production|extraction) (?:sites?|facilit\w*)"
    r"|compressor(?: stations?)?)|(?:gas|oil) ?fields?"
    r"|fuel (?:depots?|storage|facilit\w*|tanks?|terminals?)"
    r"|oil (?:storage |export |loading )?(?:depots?|refinery|terminals?|tanks?|facilit\w*)|refinery"
)
# Water sites: infrastructure when damaged, and critical for the severity rule.
WATER_SITES = (
    r"dams?|water (?:pumping|station|mains?|treatment|supplies|supply|plants?|works)"
    r"|(?:filtration|purification|sewage|wastewater) (?:stations?|plants?|works|facilit\w*)"
    r"|desalination (?:plants?|facilit\w*)|pumping station"
)
INFRA_NOUN = low_rule(
    r"\b(?:power (?:plants?|stations?|grid|lines?|units?|supply|cables?)|high-voltage (?:lines?"
    r"|cables?)|(?:subsea|undersea)"
    r" cables?|interconnectors?|pipelines?"
    r"|energy (?:facilit\w*|infrastructure|grid|system|sites?)|electricity|substations?"
    r"|transformers?|thermal power|hydroelectric"
    r"|"
    + WATER_SITES
    + r"|heating|"
    + FUEL_SITES
    + r"|railway|rail (?:lines?|stations?|infrastructure)|passenger trains?"
    r"|trains?|bridges?|port infrastructure|port facilit\w*|(?:fuel|oil|grain|river) ports?"
    r"|seaports?|(?:commercial|container|cargo|main|busiest|biggest|largest) port"
    r"|container (?:yards?|terminals?)"
    r"|harbou?rs?|grain (?:warehouses?|terminals?"
    r"|silos?)|energy grid|grid(?! operators?))\b"
)
DAMAGE = low_rule(
    r"\b(?:hit|hits|struck|strikes?|attack\w*|damag\w*|destroy\w*|set fire|fire|blaze|shell\w*"
    r"|cut\w*|knock\w* out|disrupt\w*|suspended|explod\w*|target\w*|drone|missile"
    # Wrecked by floods and quakes too: "the old bridge over the river collapsed".
    r"|collaps\w*|buckl\w*|washed away|swept away|explosions?|blasts?|bomb(?:s|ed)"
    r"|(?:brought|bring\w*) down|fell on)\b"
)
NUCLEAR_SITE = low_rule(r"\bnuclear (?:power )?(?:plant|station)\b")

# Bodies handed over in an exchange are a tally of many past deaths, not one event.
BODIES_EXCHANGE_SOURCE = (
    r"\b(?:exchang\w*|repatriat\w*|hand(?:ed|ing|s)? (?:over|back)|returned|swap\w*)\b"
    r"[^.;]{0,40}?\bbodies"
    r"|\bbodies\b[^.;]{0,40}?\b(?:exchang\w*|repatriat\w*|handed over|handed back|returned)"
)
BODIES_EXCHANGE = low_rule(BODIES_EXCHANGE_SOURCE)
# Prisoners coming home from an exchange: "among those returning were 20 wounded" tells who
# came back, not who was hurt.
RETURNING_PRISONERS_SOURCE = (
    r"\bamong (?:those|the (?:prisoners|soldiers|captives|POWs|men)) (?:[\w-]+ ){0,2}?"
    r"(?:returning|returned|released|freed|exchanged|repatriated|handed over|swapped)"
)
RETURNING_PRISONERS = low_rule(RETURNING_PRISONERS_SOURCE)

# Context words that cancel a trigger.
# A company leaving a market, not forces leaving a place: "the brewer completes its withdrawal from
# Russia".
_CORPORATE_EXIT = (
    r"(?:company|companies|brewer|firm|group|carmaker|automaker|bank|lender|retailer|maker|chain"
    r"|insurer|operator)\b[^.;]{0,30}?\b(?:withdrawal|exit|pull-?out|departure)\b"
)
EXCLUDE: dict[Topic, Rule] = {
    # Diplomats quoted as sources make a report, not diplomacy.
    Topic.DIPLOMACY_SANCTIONS: low_rule(
        # Truces in politics and sport, sanctions by judges and leagues, wage talks.
        r"\b(?:call\w*|agree\w*) (?:a )?truce in|\btruce (?:in|over) (?:the |their |a )?"
        r"(?:[\w-]+ ){0,3}?(?:row|feud|dispute|fight|battle|spat|war of words|rules)"
        r"|christmas truce"
        r"|\b(?:judges?|court|league|federation|uefa|fifa|committee|regulators?|watchdog"
        r"|arbitration|referee)\b[^.;]{0,40}?\bsanction\w*"
        r"|\b(?:truce|ceasefire) with (?:the |an |a |its )?(?:[\w-]+ )?(?:investors?|hedge funds?"
        r"|shareholders?|board|activists?|creditors|bondholders)"
        r"|\b(?:unions?|workers|employers|strikers|drivers)\b[^.;]{0,60}?\b(?:talks|negotiat\w*"
        r"|mediators?|truce|ceasefire)|(?:ceasefire|truce)['’\"”]? in (?:the |a |their )?"
        r"(?:[\w-]+ )?(?:pay|wage|price|fares|trade|turf|tariff) (?:war|dispute|row)"
        r"|\b(?:wage|pay|contract|labou?r|coalition|merger|takeover|buyout|acquisition|budget"
        r"|transfer|leadership|sponsorship|licensing) (?:talks|negotiations)"
        # Ambassadors of brands and charities; clubs docked points; teachers ending a strike.
        r"|\b(?:goodwill|brand|club|tourism|cultural) ambassadors?"
        r"|\bsanction\w*\b[^.;]{0,40}?\b(?:points|transfer window|doping|spending rules)"
        r"|\b(?:teachers|doctors|nurses|dockworkers|dockers)\b[^.;]{0,60}?\b(?:talks|truce"
        r"|negotiat\w*|mediators?)"
        r"|\b(?:budget|spending|appropriations|coalition|congressional) (?:talks|negotiat\w*)"
        # Trade, treaties on other matters and companies' talks: "Mercosur and the UAE wrap up
        # trade talks", "plastics treaty talks", "Saab and Airbus in talks on a joint venture".
        r"|\b(?:trade|free[- ]trade|economic partnership|investment|tax|pension|plastics|climate"
        r"|pandemic) (?:treaty )?(?:talks|negotiations)|\b(?:plastics|climate|pandemic|tax|trade"
        r"|investment) treaty|\btalks to avert (?:a |the )?(?:[\w-]+ )?"
        r"strike|\btalks on (?:a |an )?(?:[\w-]+ )?(?:joint venture|merger|deal to buy|takeover)"
        r"|\b(?:talks|negotiat\w*|mediators?)\b[^.;]{0,60}?\b(?:unions?|walkouts?|wages?|pay deal"
        r"|pay rise)\b|"
        # Breaking a truce is fighting news: "violates ceasefire", "ceasefire violations".
        r"\bviolat\w* (?:the |a |its )?(?:ceasefire|truce)|\b(?:ceasefire|truce) violations?"
        # Envoys at a ceremony: "foreign envoys laid wreaths at the cemetery".
        r"|\b(?:envoys?|ambassadors?|diplomats?)\b[^.;]{0,40}?\b(?:laid|lay|placed|attended)"
        r" (?:wreaths?|flowers|a ceremony|the ceremony|a memorial|the memorial)"
        r"|\bdiplomatic sources?"
        # Protesters demanding a deal of their own government.
        r"|\b(?:protesters|demonstrators|rally|rallies|crowds?|marchers)\b[^.;]{0,60}?\bdemand\w*"
        r"|\b(?:rally|rallies|protest\w*|march\w*) (?:[\w-]+ ){0,4}?for (?:an? )?(?:[\w-]+ )?"
        r"(?:deal|ceasefire|truce|peace)"
        r"|\b(?:senior |western |european )?diplomats? (?:said|told|say|says)\b"
        # A truce as a point in time or a condition: "the deadliest since the ceasefire took
        # effect", "if the truce collapses".
        r"|\b(?:since|despite|before|until) (?:the |a )?(?:[\w-]+ )?(?:ceasefire|truce|cease-fire)"
        r"(?! talks)\b|\b(?:if|should|unless) (?:the |a )?(?:[\w-]+ )?"
        r"(?:ceasefire|truce|cease-fire)"
        r" (?:in [\w-]+ )?(?:collaps\w*|breaks? down|fails?|ends?)"
        # Wage talks: "the union warned of walkouts if talks do not resume".
        r"|\b(?:walkouts?|unions?|wage|pay|pension|collective bargaining)\b[^.;]{0,40}?\btalks\b"
        # Penalties at home: "sanctions for draft evaders".
        r"|\bsanctions (?:for|against) (?:[\w-]+ ){0,2}?(?:evaders|deserters|employers|violators"
        r"|offenders|those who|anyone|citizens|companies that)"
    ),
    # "Casualties unknown" records nothing and is not casualty news.
    Topic.CASUALTIES: low_rule(
        # Drones and missiles are neutralised too: "air defence neutralised 71 drones".
        r"\bneutrali[sz]\w* (?:[\w,]+ ){0,2}?(?:drones|missiles|uavs|shaheds|targets|rockets"
        r"|boats)\b|"
        # Drones lost from radar are no people missing: "the remaining three disappeared from
        # radar".
        r"\bdisappeared (?:from|off) (?:the )?radars?\b|"
        # Business wars claim casualties too: "the price war claimed its first casualties".
        r"\b(?:price|trade|tariff|ratings|streaming|bidding|fare|format|console|browser|talent)"
        r" wars?\b|"
        # Machines go dead too: "leaving traffic lights dead", "a dead battery".
        r"\b(?:traffic lights|lights|phones?|batteries|battery|screens?|engines?|radios?)"
        r" (?:[\w-]+ ){0,2}?dead\b|\bdead (?:batteries|battery|phones?|zones?|ends?|heat)\b|"
        # Councils and agencies are bodies too: "chosen by regional electoral bodies".
        r"\b(?:electoral|regional|government|governing|official|advisory|legislative|professional"
        r"|international|public|administrative|local|state|federal|expert|oversight|sporting)"
        r" bodies|"
        # Firms left "as casualties" of a price war.
        r"\b(?:leave|leaves|left|leaving) (?:[\w-]+ ){0,3}?as casualties|"
        # Shooting that "died down" killed no one.
        r"\b(?:died|dies|dying) down|"
        # Casualties not yet known: "information on casualties is still being gathered".
        r"\b(?:information|details|data|figures) (?:on|about|of) (?:the )?(?:possible )?"
        r"(?:casualties|victims|injuries) (?:is|are|was|were) (?:still )?(?:being )?(?:gathered"
        r"|collected|clarified|established|verified|unavailable|unknown)|"
        # A walker lost in the mountains is a search, not a casualty of war.
        r"\b(?:tourist|hiker|climber|skier|swimmer|walker|mushroom picker|mountaineer)s?\b"
        r"[^.;]{0,60}?\b(?:missing|found alive)|"
        # A strike "in response to the killing of" a commander recalls that death.
        r"\b(?:in response to|in retaliation for|to avenge|revenge for) (?:the )?"
        r"(?:[\w'’-]+ ){0,2}?(?:killing|death|assassination)|"
        r"\b(?:rehabilitat\w*|treatment|care|support|prosthe\w*) (?:of|for) (?:the )?(?:[\w-]+ )?"
        r"wounded|\bwounded (?:veterans|warriors|servicemen's)"
        r"|\bkill(?:ed|s|ing)?['’\"”]? (?:the |a |any |all |this )?(?:[\w-]+ )?(?:deal|bill|plan"
        r"|proposal|talks|agreement|idea|project|momentum|chances?|hopes?|mood|motion|measure)\b"
        # Animals: "millions of bees were killed".
        r"|\b(?:bees|hives|bee colonies|cattle|livestock|sheep|goats|cows|fish|birds|animals|dogs"
        r"|horses|poultry|chickens|pigs|camels)\b(?:,| home to| of)?[^.;]{0,40}?\b(?:were |was "
        r"|have been |had been )?(?:killed|died|dead)\b"
        r"|\b(?:information|details|data) (?:on|about) (?:the )?(?:casualties|victims|injuries)"
        r" (?:is|are) (?:still )?being (?:clarified|established|verified|specified)"
        r"|\b(?:toll|death toll)\b[^.;\n]{0,40}?\bcould not be (?:independently )?(?:verified"
        r"|confirmed)"
        r"|\b(?:casualties|injuries|deaths|victims|fatalities|death toll|casualty (?:figures"
        r"|numbers|count)|numbers? of (?:the )?(?:dead|killed|wounded|injured|casualties|victims))"
        r"\b[^.;\n]{0,25}?"
        r"\b(?:unknown|unclear|not (?:yet |immediately )?(?:known|clear)|yet to be (?:determined"
        r"|confirmed|established))"
        r"|\bno (?:immediate )?(?:information|word|details) (?:on|about|of) (?:any )?"
        r"(?:casualties|injuries|deaths)|\b(?:unclear|unknown|not (?:immediately )?(?:known|clear))"
        r" (?:whether|if) (?:there"
        r" were )?(?:any )?(?:casualties|injuries|deaths|anyone was (?:hurt|injured|killed)"
        r"|(?:[\w-]+ ){0,3}?(?:were|was) (?:hurt|injured|killed|wounded))"
        # A natural death (an obituary) and a sea's name.
        r"|\b(?:dies|died) at (?:the age of )?\d+|\b(?:has |have )?died at (?:his|her|their) home"
        r"|\bafter an? (?:long |short |brief )?illness|\bof natural causes|\bdied peacefully"
        r"|\bdead sea\b"
        r"|" + RETURNING_PRISONERS_SOURCE + r"|" + BODIES_EXCHANGE_SOURCE
    ),
    Topic.STRIKE: low_rule(
        # Aircraft fighting fires, and plans voted down: "water-bombing aircraft", "councillors
        # shoot down plan for drone hub".
        # Weapons named by how they are fired, deals struck, signals intercepted.
        r"shoulder-fired|(?:deal|agreement|compromise|bargain|balance) (?:was )?struck"
        r"|signals? intercepts|intercepts from|"
        r"water[- ]?bomb\w*|(?:shoot(?:s|ing)?|shot) down (?:the |a |an |their |his |her )?"
        r"(?:[\w-]+ ){0,2}?"
        r"(?:plans?|proposals?|ideas?|bills?|motions?|applications?|bids?|schemes?)\b|"
        # Drones of a light show.
        r"(?:light|drone|laser) (?:shows?|displays?)|"
        # Games: "the new shooter lets players call in missile strikes".
        r"(?:video|mobile|computer|online) games?|shooter (?:game|series|franchise)|lets players"
        r"|in-game|(?:drones|fireworks) launched for (?:the |a )?"
        r"(?:[\w-]+ )?(?:show|display|festival|celebrations?)|"
        # Quakes and storms strike too, and hackers attack: "an aftershock struck near Mandalay",
        # "a ransomware attack on the check-in supplier".
        r"(?:earthquake|quake|aftershock|tremor|storm|cyclone|typhoon|hurricane|tornado|lightning)s?"
        r"\b[^.;]{0,20}?\b(?:struck|strikes|hit|hits)|(?:cyber|ransomware|hack\w*|phishing|ddos)"
        r"[\w-]* attacks? on|lightning strikes?|"
        # Pitchers strike batters out; crews practise strikes in an exercise.
        r"(?:strikes?|struck|striking) (?:[\w-]+ ){0,2}?out\b"
        r"|practi[sc]\w* (?:[\w-]+ ){0,2}?strikes?|"
        # Drones that smuggle, and missile tests fired into the sea.
        r"(?:heroin|drugs|narcotics|contraband|cigarettes|pistols?)\b[^.;]{0,40}?\bdropped by"
        r"|(?:toward|towards|into|over) (?:the )?(?:east sea|sea of japan|yellow sea|west sea|sea\b"
        r"|waters off)|missile tests?|test-fir\w*|test launch\w*"
        r"|nuclear strike|air raid (?:siren|alert)"
        r"|(?:strikes?|struck|striking) (?:a|an) (?:[\w-]+ )?(?:deal|agreement|compromise"
        r"|bargain|balance|chord|note|tone|pose)"
        r"|hunger strike|labou?r strike"
        # Industrial action: "went on strike", "a strike by ground staff", "general strike".
        # "on strike" spelled out: a two-letter start word would be tried at every "on".
        r"|on strikes?\b|(?:general|nationwide|national|rail|transport|union|wildcat|warning"
        r"|indefinite"
        r"|24-hour|48-hour|72-hour|one-day|two-day|day-long|pay) strikes?|strike action|strikers"
        r"|strike by (?:[\w'-]+ ){0,3}?"
        r"(?:workers|unions?|employees|staff|doctors|teachers|pilots|dockers|drivers|miners|crews)"
        r"|(?:workers|unions?|doctors|teachers|pilots|dockers|miners)'? strikes?"
        r"|(?:go|goes|went|gone|going) on strike|strikes? (?:grounds?|grounded) (?:[\w-]+ )?flights"
        r"|pay dispute|over pay\b|strike (?:group|force)s?\b"
        # Weapons tests are not attacks: "fires cruise missiles in test". A test of defences is.
        r"|test-?fir\w*|test[- ]launch\w*|(?:missile|weapons?|rocket) tests?\b"
        r"|\btests?\b(?! of (?:(?:the|its|their|[\w-]+['’]s) )?(?:[\w-]+ )?(?:defen[cs]es?|resolve"
        r"|wills?|strength))"
        r"|(?:struck|hit|ran over|drove over|stepped on) (?:an? )?(?:improvised explosive"
        r" device|IED|roadside bomb|landmine|land mine|mine)\b"
        r"|tested (?:an? )?(?:new )?(?:[\w-]+ )?(?:missile|rocket)"
        r"|(?:jihadist|militant|insurgent|gunmen|armed men|rebel)\w* attacks? on"
        # An attack ruled out, and aid or leaflets dropped from aircraft.
        r"|ruled out (?:a |an |any )?(?:[\w-]+ )?(?:attack|strike|bomb\w*|sabotage)"
        r"|dropped (?:[\w,.-]+ ){0,3}?(?:tonnes?|tons|pallets|parcels|packages|leaflets)\b"
        # Weapons shipped or held back: "paused a shipment of 1,800 2,000-pound bombs".
        r"|(?:shipments?|deliver(?:y|ies)|consignments?|sales?|supplies|stockpiles?) of"
        r" (?:[\w,-]+ ){0,6}?(?:bombs|missiles|shells|drones|rockets)\b"
        # Courts strike down laws.
        r"|(?:struck|strikes?|striking) down (?:the |a |an |[\w-]+['’]s )?(?:[\w-]+ ){0,3}?"
        r"(?:laws?|bans?|rules?|decrees?|measures?|rulings?|bills?|polic(?:y|ies)|provisions?|orders?|regulations?|tariffs?|sanctions)\b"
        # Weather and words come in barrages too.
        r"|(?:hail|hailstones?|rain|thunder|storms?|snow)\w* ['‘\"“]?barrages?"
        r"|barrages? of (?:[\w-]+ )?(?:hail|thunderstorms?|storms?|rain|showers|snow|criticism"
        r"|questions|complaints|insults|abuse|calls"
        r"|messages|emails|letters|lawsuits|jokes|posts|boos|whistles|goals|shots|punches|praise)"
    ),
    Topic.TERRITORIAL_CHANGE: low_rule(
        # Aid teams pulled out: "MSF pulls its team out of the hospital".
        r"\bpull\w* (?:its |their |the )?(?:teams?|staff|workers|personnel|doctors|medics"
        r"|volunteers) out\b|"
        # "no settlements had changed hands", "the town has not changed hands".
        r"\bno (?:[\w-]+ ){0,2}?(?:had |has |have )?chang\w* hands|\bnot chang\w* hands|"
        # Ground held as the subject of talks: "negotiating over the areas captured during the
        # fighting".
        r"(?:areas|territory|territories|land|lands|towns|villages|places) (?:it |they |that )?"
        r"(?:had |has |have )?(?:captured|seized|taken|occupied|gained) (?:during|in|since|over)|"
        r"(?:cities|towns|areas|territory|places|villages) (?:it|they) (?:has|have|had) (?:seized"
        r"|captured|taken|occupied)|"
        # Control of a company, a market, a chamber, a fire or a currency: "Orlen takes full
        # control of the refinery operator", "opposition retook control of the Senate".
        r"(?:took|taken|takes?|taking|gain\w*|regain\w*|retook|retak\w*|captur\w*|seiz\w*"
        r"|wrest\w*)(?: (?:full |complete |effective |majority |100% )?control)?(?: of| over)?"
        r" (?:the |a |an |its |their )?(?:[\w'’%-]+ ){0,4}?(?:operator|company|companies|firm"
        r"|maker|makers|manufacturer|producer|management|arm|subsidiary|subsidiaries|brewer"
        r"|brewery|breweries|assets|business|businesses"
        r"|stake|shares|market share|(?:commercial|global|world|domestic|european|stock|bond"
        r"|consumer|retail|smartphone|car|drone|chip|export|housing) markets?|senate|parliament"
        r"|chamber|assembly|congress|majority|blaze"
        r"|fire|wildfire|flames|currency|pound|shilling|naira|inflation|board|brand|league|title"
        r"|championship)\b|"
        # A foreign force ending its presence: "Russian border guards pulled out of the crossing".
        r"border guards (?:have |had |has )?(?:pulled out|withdr\w*|left)|"
        # A situation under control is no place: "the governor said the situation was under
        # control".
        r"situation (?:is |was |remains? |remained )?(?:now )?(?:fully |completely )?under control|"
        # People or property seized, not places: "25 students seized from a school", "the state
        # seized the gold complex".
        r"(?:pupils|students|schoolgirls|schoolchildren|children|people|passengers|villagers"
        r"|hostages|women|men|workers|worshippers) (?:who were )?(?:seized|abducted|kidnapped)"
        r"|(?:the )?(?:state|government|authorities|junta|tax authorities) (?:had |has )?seized|"
        # People held, not places: "the 8,000 prisoners of war now in Russian hands".
        r"(?:pows|prisoners(?: of war)?|captives|hostages|soldiers|servicemen|bodies|remains)"
        r" (?:[\w-]+ ){0,2}?in (?:the )?(?:[\w-]+ )?hands|"
        # People taken, not places: "killed more than 300 fighters and captured 120", "gunmen
        # seized more than 130 pupils".
        r"(?:captur|seiz|abduct|kidnapp?|liberat|freed|rescu)\w* (?:more than |about |some |over "
        r"|at least )?[\d,]+ (?:[\w'-]+ ){0,2}?(?:pupils|students|schoolgirls|schoolchildren"
        r"|children|people|passengers|villagers|hostages|women|men|workers|worshippers"
        r"|travell?ers|captives|abductees|civilians)\b|"
        r"captur\w* (?:more than |about |some |over |at least )?[\d,]+(?: (?:[\w'-]+ ){0,2}?"
        r"(?:fighters|militants|soldiers|rebels|troops|people|prisoners|members|suspects"
        r"|insurgents|combatants|servicemen))?\b(?! (?:square|sq|km|villages?|towns?"
        r"|settlements?|positions?|localities|hectares))|"
        # Vehicles leaving a place: "buses carrying prisoners pulled out of Ofer prison".
        r"(?:buses|trucks|lorries|cars|convoys?|vehicles|ambulances|ships?|trains?)"
        r" (?:[\w-]+ ){0,4}?pulled out of|" + _CORPORATE_EXIT + "|"
        # A withdrawal talked of, not made: "talks on the withdrawal of foreign forces from".
        r"(?:talks|negotiations|agreement|deal|plan|timetable|demands?|calls?) (?:on|for|over"
        r"|about) (?:the )?(?:[\w-]+ ){0,2}?withdrawal|"
        # A unit relieved by another of its side: "the brigade was withdrawn from the Kurakhove
        # sector for rest and refitting".
        r"(?:withdrawn|pulled out|pulled back|rotated out) (?:of|from) (?:the )?(?:[\w'’-]+ )?"
        r"(?:sector|direction|axis|front)\b|for (?:rest|rotation|refitting)\b|rotated out|"
        # Votes won: "the opposition party captured the metropolitan municipalities".
        r"captur\w* (?:the )?(?:[\w-]+ ){0,3}?(?:municipalit\w*|mayoralt\w*|seats?|votes?|majority"
        r"|city halls?|councils?)\b|"
        r"(?:party|parties|opposition|coalition|candidates?)\b[^.;]{0,30}?\bcaptur\w*|"
        # Police raids: "Karachi police 'capture' gang hideout".
        r"(?:police|officers|detectives|investigators|agents|carabinieri|gendarmes|gendarmerie)\b"
        r"[^.;]{0,20}?['‘\"“]?(?:captur|seiz)\w*|"
        # Offices taken in a power struggle, a prison retaken after a riot, and policing taken
        # over are not changes of control.
        r"(?:took|take|taken|taking|seized|seize) (?:control of |over )?(?:the )?"
        r"(?:[\w'’-]+ ){0,3}?(?:office|offices|broadcaster|television|radio station|parliament"
        r"|ministry|state tv|national tv|tv station)\b|"
        r"(?:prison|jail|penitentiar\w*|facility|detention cent(?:re|er))\b[^.;]{0,60}?"
        r"\b(?:retake|regain|retook|regained|took back|take back) control"
        r"|(?:inmates|prisoners|rioters)\b[^.;]{0,90}?\b(?:retake|regain|retook|regained|took back"
        r"|take back|restored?) control|police (?:\w+ )?(?:retook|regained|restored) control"
        r"|(?:retake|regain|retook|regained) control of (?:the )?(?:prison|jail|facility|wing"
        r"|cell ?blocks?|compound"
        r"|penitentiary)|(?:take|took|taken|taking) over security|"
        # A coup takes power, not a place: "after the army seized power".
        r"(?:seiz\w*|took|taken|tak(?:e|es|ing)|grab\w*|captur\w*) power\b|"
        r"seized (?:more than |over |about |some )?(?:[\d,.]+ )?(?:kg of )?(?:[\w-]+ )?(?:drones"
        r"|weapons|arms|heroin|drugs|narcotics|cash|goods|tankers?|vessels?|ships?|cargo|components"
        r"|parts|engines|guidance|kits|missiles?|warheads"
        r"|consignments?|pickups|vehicles|trucks|cars|motorcycles|ammunition)|"
        r"captur\w* (?:the )?(?:[\w-]+ )*?(?:title|trophy|cup|championship|medal|league|imagination"
        r"|attention|footage|images?|moment)|captured alive"
        r"|captur(?:e|es|ed|ing) (?:\w+ ){0,3}(?:soldiers"
        r"|troops|prisoners|attackers?|gunmen|militants?|suspects?|assailants?"
        r"|servicemen|fighters|marines|commanders?|leaders?|chiefs?|kingpins?|bosses|fugitives?"
        r"|figures?|mobsters?)"
        # Prisoners counted in words: "killing six soldiers and capturing two".
        r"|captur\w* (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
        r"|dozens|scores)\b(?! (?:[\w-]+ )?(?:villages?|towns?|settlements?|positions?|localities"
        r"|districts|hamlets|cities|bases|hills|heights))"
        r"|(?:soldiers|troops|prisoners|servicemen|fighters|marines)"
        r" (?:(?:were |was |had been |have been )captured"
        # Not fighters who captured a place: "fighters captured the town of Mogok", "troops
        # captured Vuhledar"; headline-ese "two soldiers captured near Bakhmut" is passive.
        r"|captured(?= (?:in|near|by|at|during|after|while|and|on|alive)\b|\s*[,.;:—–-]|\s*$))"
        r"|(?:weapons|arms|vehicles|ammunition|equipment|drugs|cash|documents) (?:and (?:[\w-]+ )?"
        r"(?:weapons|arms|vehicles|ammunition|equipment|drugs|cash|documents) )?(?:(?:it|they|he"
        r"|she) said )?(?:were |was |have been |had been )?seized"
        r"|seiz\w* (?:[\w'’,.-]+ ){0,3}(?:trains?|express|bus(?:es)?|planes?|aircraft|flights?"
        r"|pistols?|kalashnikovs?|grenades?|ballot boxes"
        r"|hostages|jewels|jewel+ery|jewelry|cocaine|heroin|fentanyl"
        r"|cannabis|marijuana|methamphetamine|contraband|artworks?|paintings?|gold|diamonds"
        r"|assets|funds|shipments?|ships?|tankers?|cargo|property"
        r"|weapons|arms|phones|belongings|money|cash|valuables|livestock|cattle|rifles?|guns?"
        r"|firearms|cartridges|rounds|explosives|kilos?|kilograms?|tonnes?|tons?"
        r"|ammunition|equipment|documents|drugs|vehicles|vessels?|boats?|goods|passports"
        # Not "the remaining parts of Toretsk".
        r"|missiles?|rockets?|munitions|drones|components|parts(?! of\b)|dhows?|carriers?"
        # Money: "seized $7 million in cash".
        r"|[$€£]\d"
        r"|freighters?)"
        # Prices and rates fall: "inflation has fallen to 7.7%".
        r"|(?:fell|fallen|falls|fall|falling) (?:to|by) (?:about |around |just |nearly |below "
        r"|under |a |an |its )?(?:\d|record|lowest|low|highest|multi)"
        r"|captur\w* (?:[\w-]+ ){0,2}?(?:trucks|pick-ups?|vehicles|tanks|weapons|equipment"
        r"|ammunition|documents|drones)"
        r"|(?:withdr\w* from|pull\w* out of) (?:the )?(?:[\w-]+ ){0,5}?(?:Community|Union"
        r"|Organi[sz]ation|treaty"
        r"|agreement|accord|deal|talks|alliance|bloc|pact|convention|court|council|race|election"
        r"|ECOWAS|NATO|OPEC|CSTO|ICC|OSCE|BRICS|SADC|IGAD|EU|AU)"
        r"|loss of (?:life|lives|power|contact|control of (?:the )?(?:plant|reactor))"
        r"|control of the (?:building|hotel|compound|premises|school|hospital|mall|restaurant)"
        r"|(?:still|remain\w*|firmly) under (?:the )?(?:[\w'’-]+ ){0,2}control"
        r"|-occupied|withdraw\w* (?:its |their )?(?:troops|forces) (?:out )?(?:of|from) (?:Russia"
        r"|Niger|Mali|Afghanistan|Iraq|Syria|Belarus)"
    ),
    Topic.TROOP_DEPLOYMENT: low_rule(
        # Vehicles and launchers, not people: "armoured personnel carriers arrived", "two launch
        # units have arrived", "the first F-16 fighters had arrived".
        r"personnel carriers|(?:launch|launcher|fire|firing|radar) units|"
        r"(?:f-\d+|su-\d+|mig-\d+|jet) fighters|"
        # Who a call-up spares or misses, a parade, and forces who are only where the news happened:
        # "lowering the mobilisation age", "joined 10,000 troops on Red Square", "none of the
        # 1,000 soldiers stationed there was hurt".
        r"(?:mobili[sz]ation|call-up|conscription|draft) (?:age|exemptions?|dodg\w*|evad\w*"
        r"|evasion)|"
        r"(?:victory day|military|national day|independence day|anniversary) parade|"
        r"(?:troops|soldiers|peacekeepers|personnel|forces) stationed (?:there|at the base"
        r"|at the camp)\b(?! (?:had |have )?(?:left|withdr))|"
        # "forces" as a verb: "a blaze forces evacuations".
        r"forces (?:evacuations?|the (?:evacuation|closure)|closures?|residents|people|families"
        r"|thousands|hundreds|schools|airports?|flights|delays?|cancellations?)|"
        # Troops named as the setting: "near the base where several hundred US troops are
        # stationed".
        r"where (?:[\w,'’-]+ ){0,4}?(?:troops|soldiers|forces|personnel) (?:are|were|is|was|have"
        r" been|had been) (?:stationed|based|deployed)|"
        # A standing presence: "around 10,000 peacekeepers are stationed in southern Lebanon".
        r"(?<!more )(?<!additional )(?:troops|soldiers|peacekeepers|personnel|forces) (?:are|is)"
        r" (?:currently |permanently |already )?(?:stationed|based)\b|"
        r"(?:troops|soldiers|peacekeepers|personnel|forces|units) already (?:stationed|based"
        r"|deployed)\b|"
        # Police on duty at an event, and systems rolled out.
        r"(?:deployed|on duty)\b[^.;]{0,60}?\b(?:for|around|during|at) (?:the |a |[\w'’-]+['’]s )?"
        r"(?:[\w-]+ ){0,2}?(?:match|game|derby|final|stadium|tournament|concert|festival|marathon"
        r"|parade|ceremony|inauguration|celebrations?|rally|protests?|march|summit)\b|"
        r"deployment (?:of|to) (?:the |a |an |its |new )?(?:[\w-]+ ){0,3}?(?:system|software"
        r"|platform|app|network|update|technology|tools?|records|servers?|cloud|chargers?"
        r"|broadband)|phased deployment|(?:software|system|platform|cloud|network) deployment|"
        # Forces in the story but not moved by it: reinforcements that ended a fight, soldiers at
        # a base that was attacked, troops that were the target, a deployment protested.
        r"(?:before|after|until|when|once) (?:[\w-]+ )?reinforcements arrived"
        r"|(?:target\w*|struck|hit|strikes? on) (?:[\w-]+ ){0,2}?(?:troops|soldiers|forces)"
        r" (?:at|in|near|stationed|based)"
        r"|(?:target\w*|attack\w*|struck|hit|shell\w*|bomb\w*) (?:a |an |the )?(?:gathering"
        r"|concentration|group|column|convoy)s? of"
        r"|stationed (?:near|in|at|along) (?:[\w'’-]+ ){1,3}?(?:fired|opened fire|subjected|shelled"
        r"|attacked)|sent to hell"
        r"|(?:kill\w*|wound\w*|injur\w*|ambush\w*) (?:[\w-]+ ){0,3}?(?:soldiers|troops)\b"
        r"|(?:attacks?|assaults?|raids?) (?:on|against) (?:[\w-]+ ){0,2}?(?:troops|soldiers|forces)"
        r" (?:stationed|deployed|based|posted)"
        # Forces in a fight, not sent: "moved two kilometres along a tree line", "the road still
        # supplying the troops in Myrnohrad".
        r"|(?:moved|pushed|edged) (?:forward )?(?:roughly |about |some |up to |nearly |almost )?"
        r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)(?: |-)"
        r"(?:kilometres|kilometers|km|miles|metres|meters)"
        r"|(?:supply\w*|supplies|resuppl\w*|encircl\w*|surround\w*|trapped|besieged) (?:the )?"
        r"(?:[\w-]+ ){0,2}?(?:troops|soldiers|forces|garrison|units|defenders)"
        # A drone flown by an army, reinforcements that ended a fight, and a garrison that left
        # a place now taken: "soldiers stationed there left".
        r"|(?:drones?|aircraft|jets?|planes?|helicopters?|UAVs?) (?:\w+ )?(?:flown|operated"
        r"|piloted) by"
        r"|reinforcements (?:were )?(?:sent|dispatched|rushed)\b[^.;]{0,40}?\b(?:drove|pushed"
        r"|repelled|repulsed|forced|beat)"
        r"|stationed there (?:had )?(?:left|withdr\w*|fled|pulled out)"
        # Things sent to units, a call-up as background, and a withdrawal demanded: "sent 3,000
        # drones to units", "the call-up of reservists since October", "commitments including
        # the withdrawal of foreign forces".
        r"|sen(?:t|ds|ding) (?:[\w,-]+ ){0,4}?(?:drones|weapons|ammunition|shells|supplies"
        r"|equipment|aid|food|kits|parcels|tanks|vehicles|howitzers|guns|shells|rounds)"
        r"(?: back)? to (?:[\w'’-]+ ){0,2}?(?:units|troops|soldiers|forces)"
        # Medics, rescuers and riot police sent are no forces: "a contingent of 40 doctors and
        # nurses arrived", "sent riot units ahead of the rally".
        r"|(?:medical|relief|rescue|humanitarian|aid|observer) contingents?"
        r"|contingents? of (?:[\d,]+ )?(?:doctors|nurses|medics|aid workers|volunteers|rescuers"
        r"|firefighters|observers)"
        r"|riot (?:police )?units|police units"
        # People recruited for sabotage, and fighter jets delivered: "helped recruit people to set
        # fire to buses", "the Rafale fighters ordered from France landed".
        r"|recruit\w* (?:[\w-]+ ){0,2}?(?:people|men|youths|agents) to (?:set|carry|commit|spy"
        r"|sabotage|plant|burn|attack)"
        r"|(?:rafale|gripen|typhoon|eurofighter|mirage|f-16|f-35|su-\d+|j-\d+)s? (?:[\w-]+ ){0,2}?"
        r"fighters|fighters ordered"
        r"|call-?up (?:of )?(?:[\w-]+ ){0,2}?since"
        r"|"
        + _CORPORATE_EXIT
        # A pull-out as the time of the news: "bodies found after the fighters pulled out".
        + r"|after (?:the )?(?:[\w'’-]+ ){0,4}?(?:forces|fighters|troops|soldiers|units) (?:had )?"
        r"(?:pulled out|withdrew|left)\b"
        r"|(?:including|demand\w*|calls? for|called for|commit\w* to|commitments?|talks on"
        r"|negotiations on|agreement on|deal on|plan for|timetable for)"
        r" (?:[\w-]+ ){0,3}?(?:the )?withdrawal of"
        # Aircraft crossing into airspace are an incursion, not forces sent.
        r"|(?:fl(?:ew|own|ying|ies)|entered|enter(?:s|ing)?) (?:into )?(?:[\w'’-]+ ){0,2}airspace"
        # Forces visited or thanked where they already are: "to visit troops stationed abroad".
        r"|(?:visit\w*|thank\w*|greet\w*|address\w*|meets?|meeting|met) (?:with )?(?:the |our )?"
        r"(?:[\w-]+ ){0,2}?(?:troops|soldiers|forces|servicemen|personnel) (?:stationed|deployed"
        r"|based|posted|serving)"
        # An arrival that starts a count: "the second death since the first contingent arrived".
        r"|since (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:contingent|troops|forces|soldiers|mission"
        r"|deployment)s? (?:first )?(?:arrived|deployed|landed|began)"
        r"|stationed (?:at|in) (?:a |the )?(?:[\w-]+ )?(?:base|camp|post|barracks|checkpoint)\b"
        r"[^.;]{0,30}?\b(?:came under|were attacked|were killed|were wounded)"
        r"|(?:dropped|fired|used)\b[^.;]{0,40}?\bon (?:[\w-]+ )?(?:troops|soldiers|positions)"
        r"|(?:condemn\w*|protest\w*) (?:the )?deployment|over the deployment|over deployment"
        r"|against the deployment|against deployment"
        r"|deployment (?:points|areas|sites|locations)|points of (?:temporary )?deployment"
        r"|troops of (?:\w+ )?(?:fans|supporters|tourists)|reassurance"
        r"|peacekeep\w*\b(?! had| have| has| accompanied| escorted| were| are)"
        # Police sent to streets at home are policing; a police contingent abroad is not.
        r"|(?:riot |local |traffic )?police(?: officers)? (?:were |was |have been |had been )?"
        r"(?:deployed|sent|dispatched|out) (?:to|in|at|across|on) (?:the )?(?:[\w-]+ )?(?:streets"
        r"|protests?|rally|rallies|cities|city|area|scene|stadium|square|border crossing)"
        r"|(?:deployed|deploy) to protect cities|aid workers"
        r"|deploy\w* (?:of )?(?:[\w-]+ ){0,3}?(?:nuclear weapons|missiles|weapons|warheads)"
        r"|(?:killed|killing|wounded|wounding"
        r"|injured|injuring|lost|losing|loses) (?:[\w,.-]+ ){0,5}(?:soldiers|troops|marines"
        r"|servicemen|fighters)"
        # Forces fought back are the enemy in combat, not a deployment.
        r"|(?:pushed back|push back|pushing back|drove back|driven back|repelled|repulsed"
        r"|encircled|clashed with) (?:\w+ ){0,3}(?:soldiers|troops|units|forces)"
        r"|sen(?:t|ds|ding) (?:[\w,-]+ ){0,5}?(?:people|residents|civilians|families) (?:fleeing"
        r"|running|scrambling)"
        # Prisoners of war handed back, and air-defence systems counted in units.
        r"|(?:soldiers|servicemen|prisoners|pows|captives)\b[^.;]{0,20}?\bhanded over"
        # Forces named as what something is for or against: "the town held by Ukrainian troops in
        # Russia", "EUR20m for Rwandan troops in Mozambique", "the upkeep of US troops in Korea".
        r"|(?:held by|(?<!call )(?<!calls )(?<!called )for|fund(?:s|ed|ing)?|fought|fight(?:s|ing)?"
        r"|clash(?:es|ed|ing)? with|visit(?:s|ed|ing)?"
        r"|battl(?:e|es|ed|ing)|upkeep of|costs? of) (?:the )?(?:[\w,'’-]+ ){0,3}?"
        r"(?:troops|soldiers|forces) (?:stationed )?(?:in|inside|on|near)\b"
        r"|(?:released|freed|returned|exchanged|repatriated|swapped) (?:[\w-]+ )?(?:servicemen"
        r"|soldiers|troops|prisoners|pows|fighters)"
        # A patrol breaking off a firefight: "returned fire before withdrawing".
        r"|(?:returned fire|under fire|fired upon|firefight)\b[^.;]{0,20}?\b(?:before|then|and)"
        r" (?:withdr\w*|pull\w* back|retreat\w*)"
        r"|(?:fire|launcher|radar|air defen[cs]e|air-defen[cs]e|IRIS-T|Patriot|NASAMS|HIMARS"
        r"|SAMP/T|Gepard"
        r"|Skynex)(?: SLM| SLS)? units?\b"
    ),
    Topic.GROUND_COMBAT: low_rule(
        # Footage of fighting is evidence for another claim: "citing combat footage".
        r"combat (?:footage|videos?|imagery|images)|"
        # Who aid is for, not a clash: "€20m for Rwandan troops fighting insurgents", "a gift to
        # forces fighting al-Shabaab".
        r"(?:for|to) (?:the )?(?:[\w'’-]+ ){0,3}?(?:forces|troops|army|soldiers|units|militias?)"
        r" fighting\b|"
        r"after (?:more than )?(?:a|an|one|two|three|\w+)[ -](?:\w+[ -])?(?:years?|months?|weeks?)"
        r"[ -](?:long )?(?:of )?(?:fighting|battle|assaults|attacks|clashes)|held out against"
        r"|had been under"
        r"|(?:League|Cup|Trophy|derby|match|final|semi-final|quarter-final|fixture|series)\s+clash"
        r"|(?:drone|airspace|air) incursion"
        r"|(?:killed|died|dead|deaths|displaced|lost|cut off|isolated|ravaged|devastated|affected"
        r"|uprooted|damaged|destroyed|wrecked|razed)"
        r" (?:in|during|by) (?:[\w'-]+ ){0,3}(?:fighting"
        r"|battle"
        r"|clashes|war)"
        # People fleeing fighting: the fighting is why they left, not the reported event.
        r"|(?:flee(?:s|ing)?|fled|escap(?:e|es|ed|ing)|(?:refuge|shelter(?:ing)?)(?: there)? from)"
        r" (?:from )?"
        r"(?:the )?(?:[\w'-]+ ){0,2}?(?:fighting|clashes|war|violence|advances?|offensives?)"
        # The cause of the news, or its end: "the deployment followed clashes", "an end to the
        # fighting", "the fighting will stop".
        r"|(?:followed|in the wake of|sparked by|triggered by|in response to) (?:the )?(?:[\w-]+ )?"
        r"(?:fighting|clashes|offensive)"
        r"|(?:end|halt|pause)['’\"”]? to (?:the )?(?:[\w-]+ )?(?:fighting|clashes|hostilities)"
        # Fighting as the cause of flight: "fighting has driven 52,000 from their homes".
        r"|(?:fighting|clashes|violence) (?:has |have |had )?(?:driven|displaced|forced|uprooted)"
        # Parliaments: "the opposition mounts an assault on the budget in a Rada battle".
        r"|(?:mount|launch)\w* (?:an? )?(?:fresh |new )?assault on (?:the )?(?:[\w-]+ ){0,2}?"
        r"(?:budget|bill|law|government|reform|plan|cabinet)"
        r"|(?:rada|knesset|duma|parliament|assembly|bundestag|sejm|chamber)(?:['’]s)? battle"
        # A defence recalled as the frame: "a defence that had held off assaults since 2022".
        r"|held off (?:[\w-]+ ){0,2}?(?:assaults|attacks)\b[^.;]{0,20}?\bsince"
        r"|(?:fighting|clashes) (?:will|would|is to|are to) (?:stop|end|cease|halt)"
        # An offensive named as the frame of the news: "the main target of Moscow's offensive".
        r"|(?:target|focus) of (?:[\w'’-]+ ){0,2}offensive|point in (?:[\w'’-]+ ){0,2}offensive"
        r"|(?:which|who|that) (?:is|are|has been|have been|had been) (?:fighting|battling)"
        # A siege or a rise in attacks as the setting: "the RSF, which have encircled the city",
        # "as insurgents step up attacks", and fighting to be spared.
        r"|(?:which|who|that) (?:have |has |had )?(?:encircled|besieged|surrounded)"
        r"|as (?:[\w-]+ ){0,2}(?:step|stepped|steps|ramp\w*) up (?:their )?attacks"
        r"|(?:spare|protect|shield)\w* (?:[\w-]+ ){0,3}(?:from )?(?:further )?(?:fighting|clashes)"
        # Fighting as the setting ("where gangs have fought over routes for months"), fighting
        # judged unlikely, and plans pushed back.
        r"|(?:have|has|had) (?:been )?(?:fought|fighting|battled|battling|clashed)\b[^.;]{0,40}?"
        r"\b(?:for (?:months|years|decades|weeks)|since (?:19|20)\d\d)"
        r"|(?:incursion|offensive|invasion|attack|assault)s? (?:[\w-]+ )?(?:unlikely|likely"
        r"|possible|improbable|imminent)"
        r"|(?:elections?|vote|polls?|deadline|date|meeting|talks|summit|launch|hearing|trial"
        r"|decision|drills|exercises?|games?|match|opening)s? (?:(?:has|have|had) been |was |were "
        r"|is |are )?(?:again )?pushed back"
        r"|pushed back (?:to|until|till|by) (?:next |later |early |late |mid-|a |an |one |two )?"
        r"(?:january|february|march|april|may|june|july|august|september|october|november"
        r"|december|spring|summer|autumn|fall|winter|days?|weeks?|months?|years?|tomorrow"
        r"|the (?:end|start|autumn|spring|summer|winter))\b"
        # Drills: "beat back a mock landing", "'repel invasion' in northern drill".
        r"|mock (?:[\w-]+ ){0,2}?(?:landings?|attacks?|assaults?|invasions?|battles?|raids?)"
        r"|(?:repel\w*|beat back|beats back|fought off)\b[^.;]{0,40}?\b(?:in|during) (?:an? |the )?"
        r"(?:[\w-]+ ){0,3}?(?:drills?|exercises?|war games?|manoeuvres|maneuvers)\b"
        r"|(?:agricultural|diplomatic|charm|legal|media|economic|political|legislative|snow"
        r"|winter|cold|weather|marketing|sales|advertising) offensive"
        r"|(?:opposition|party|government|parliamentary)['’]?s? ['‘\"“]?(?:offensive|assault"
        r"|onslaught)"
        r"|hard[- ]fought|battle scenes?|on (?:two|several|many|multiple|all) fronts"
        # Weather fronts advance, parliaments battle, units train for combat.
        r"|(?:cold|warm|storm|weather|rain|snow|arctic|polar|tropical)\w* (?:fronts?|systems?"
        r"|air mass\w*|depressions?|waves?)\b"
        r"|(?:senate|parliamentary|congressional|legislative|political|electoral|budget|legal"
        r"|boardroom|takeover|price|trade|tariff|custody) (?:battle|fight)s?"
        r"|behind (?:[\w'’-]+ ){0,3}?(?:attacks|assaults|ambushes)"
        r"|(?:support|help|assistance)\b[^.;]{0,20}?\b(?:in|for) (?:repelling|resisting|countering)"
        r"|(?:police|officers|detectives|agents|investigators)\b[^.;]{0,30}?['‘\"“]?storm(?:ed|s|ing)"
        r"|(?:fans|supporters|hooligans|protesters|demonstrators|rioters|students|inmates"
        r"|prisoners|strikers|mourners|marchers)\b[^.;]{0,20}?\bclash\w*"
        r"|clash\w* between (?:rival )?(?:fans|supporters|protesters|demonstrators|inmates|gangs)"
        r"|clash\w* (?:[\w-]+ ){0,2}?with (?:the )?(?:[\w-]+ )?(?:guards|wardens|protesters"
        r"|demonstrators|rioters|fans|inmates|prisoners|strikers)"
        # Fires, floods and diseases are beaten back and battled too; a takeover is an assault.
        r"|beat(?:en|s)? back (?:a |the )?(?:[\w-]+ ){0,2}?(?:blaze|fire|wildfire|flames|floods?"
        r"|floodwaters?|outbreak|epidemic)"
        r"|battl\w* (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:surge|outbreak|epidemic|pandemic|virus"
        r"|disease|cholera|mpox|measles|malaria|fires?|blaze|wildfires?|flames|floods?|drought"
        r"|inflation|corruption|cancer|addiction|obesity)"
        r"|takeover (?:assault|attack|offensive|battle)|hostile (?:attack|assault|bid)"
        r"|(?:barista|rap|dance|dj|cooking|talent|custody|court|legal|bidding|ratings|price"
        r"|chess|pillow|snowball|water|paintball|robot) battles?|battle of the bands"
        r"|claim\w* (?:responsibility for )?(?:the |an |this )?attack"
        r"|attacks? on (?:commercial )?(?:shipping|vessels|ships|merchant)"
        # A patrol's name, and places shelled: "combat air patrol", "the town came under fire".
        r"|combat air patrols?"
        r"|(?:towns?|city|cities|villages?|settlements?|districts?|communit(?:y|ies)|quarters"
        r"|neighbou?rhoods?|suburbs?"
        r"|houses|homes|buildings|areas)\b[^.;]{0,40}?\b(?:came|come|comes|coming) under (?:heavy "
        r"|intense |renewed )?(?:fire|shelling|attack)"
        r"|as (?:[\w-]+ ){0,2}(?:fire|fighting|clashes) (?:intensified|continued|escalated"
        r"|increased|raged)"
        r"|advance (?:command|team|party|guard|units?|notice|warning|booking|payment)"
        # Armed men attacking civilians is a massacre or a raid, not combat between forces.
        r"|stormed (?:a|an|the) (?:[\w'’-]+ ){0,3}?(?:church|mosque|school|market|hospital|prison"
        r"|home|house|bus|wedding|camp for)"
        r"|open(?:ed|s)? fire (?:on|at|inside|in) (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:residents"
        r"|civilians|worshippers|villagers|passengers|protesters|crowds?|mourners|shoppers"
        r"|tourists|pilgrims|students|guests|customers|diners|bar|restaurant|nightclub|party"
        r"|wedding|market|festival|concert|church|mosque|school|bus)"
        r"|attack\w* (?:on )?(?:[\w-]+ ){0,2}?(?:villages|villagers|farmers|herders|worshippers"
        r"|communities|community)"
        # Criticism: "came under fire from lawmakers over the losses".
        r"|(?:came|come|comes|coming|been) under (?:heavy |growing |intense )?fire"
        r" (?:from (?:[\w-]+ ){0,3}?(?:lawmakers|critics|politicians|opposition|MPs|parliament"
        r"|media|fans|activists|campaigners|voters|groups|soldiers and lawmakers)|for|over)"
        # Sport: "fighting for a play-off place", "they fought like soldiers".
        r"|fighting for (?:a |the |their |its )?(?:[\w-]+ )?(?:place|spot|title|promotion|survival"
        r"|points|play-offs?|playoffs?)|fought like"
        r"|(?:mission|coalition|operation) (?:\w+ )?fighting|combat losses"
        r"|(?:armou?red |infantry )?fighting vehicles?|fighting (?:season|chance|fit|spirit)"
        r"|(?:while|as long as|every day that|so long as) (?:the )?fighting continues"
        r"|air defen[cs]es? (?:forces |units |systems )?repel\w*"
        # Air defences repel air attacks.
        r"|repel\w* (?:an? |the )?(?:[\w-]+ )?(?:attack|raid|strike)s? (?:of|by) (?:[\d,]+ |\w+ )?"
        r"(?:[\w-]+ )?(?:drones|missiles|rockets|UAVs)"
        r"|repel\w* (?:an? |the )?(?:[\w-]+ )?(?:drone|missile|air|aerial|rocket|UAV) (?:attacks?"
        r"|strikes?|raids?)"
        r"|in advance\b|advance (?:notice|warning|booking|tickets|copies|payments?|team|party)"
        # Bases for attacks alleged, not attacks: "fighters use its territory to stage attacks".
        r"|(?:to|can|could) (?:stage|launch|plan|mount) (?:cross-border )?attacks"
        # A war named as the cause of a measure or as a standing condition: "sanctions over the
        # eastern Congo offensive", "have been fighting for control of Sudan since April 2023".
        r"|\bover (?:the |its |their )?(?:[\w'’-]+ ){0,3}?offensive"
        r"|(?:have|has) been fighting\b[^.;]{0,40}?\bsince\b"
        # A siege as a condition, and drills around an island: "the city has been encircled for
        # more than a year", "drills encircling Taiwan".
        r"|(?:has|have|had) been (?:encircled|besieged|surrounded) (?:for|since)"
        r"|(?:drills?|exercises?|war games)\b[^.;]{0,20}?\bencircl\w*"
        # A threat of action, not action: "could respond with 'offensive action'".
        r"|(?:warn\w*|threat\w*|could|would|may|might|vow\w*)\b[^.;]{0,40}?offensive action"
        # Fires and floods advance too: "the blaze that had advanced on the town".
        r"|(?:fire|blaze|wildfire|flame|flood|lava|storm)\w*(?: ?waters?)? (?:that |which )?"
        r"(?:had |has |have )?advanc\w*"
        # Fighting fires or crime, advancing a bill, offensive as an adjective, and the "assault"
        # of an air attack's brunt.
        r"|(?:fight|fighting|fought|battl\w+) (?:the |a |to contain )?(?:[\w-]+ )?(?:fires?|blazes?"
        r"|flames|wildfires?|corruption|inflation|poverty|disease|crime|cancer|drought|floods?)"
        r"|advanc\w* (?:a |the |its |their )?(?:[\w-]+ )?(?:bill|law|legislation|proposal|motion"
        r"|agenda|talks|negotiations|interests|nomination|nominee|candidate|appointment|budget)s?\b"
        # Exercises: "units rehearsed repelling an invader"; and tanks of a kind.
        r"|rehears\w*|simulat\w* (?:[\w-]+ )?(?:attacks?|assaults?|combat|battles?|strikes?)"
        r"|main battle tanks?"
        r"|offensive (?:forces|weapons|capabilit\w*|arms|posture|doctrine|cyber|remarks?|language"
        r"|comments?|content|posts?|tweets?)|brunt of the (?:[\w-]+ )?(?:assault|attack|onslaught)"
        # An assault on a market, a record or rights is a figure of speech.
        r"|(?:assaults?|offensives?) on (?:the |its |their |our )?(?:[\w'’-]+ ){0,2}?"
        r"(?:market share"
        r"|(?:smartphone|phone|car|chip|stock|bond|housing|property|retail|consumer|global"
        r"|domestic|export|streaming|advertising) markets?"
        r"|prices|lenders|rivals?|competitors?|records?|reputations?|rights|freedoms?"
        r"|democracy|press|media|truth|science|judiciary|courts?|constitution|institutions"
        r"|values|privacy|consumers|charts|box office|fares)\b(?! (?:town|city|village|square"
        r"|district))"
        # Parliaments, shops and games: "an assault from the opposition benches", "the
        # discounters' advance as the price war intensifies", "the open beta's assault class".
        r"|(?:opposition|government) benches|price war|market share|(?:shooter|video) games?"
        r"|open beta|esports"
        r"|battle for (?:the )?(?:customers|holidaymakers|passengers|market share|subscribers"
        r"|viewers|votes|voters|white house|presidency|nomination|title)"
    ),
    # An evacuation rehearsed moves no one.
    Topic.HUMANITARIAN_INFRASTRUCTURE: low_rule(
        r"\b(?:mock|simulated|practice|trial) evacuations?|\bevacuation (?:drills?|exercises?"
        r"|rehearsals?)"
        # Residents led out of a building that was hit: "firefighters evacuated residents from
        # the building".
        r"|\bevacuated (?:[\w-]+ ){0,3}?(?:from|out of) (?:the|a|an|their) (?:[\w-]+ ){0,2}?"
        r"(?:building|house|block|tower|apartment|home|flat)s?\b"
        # Services stopped by their own staff: "no trains as rail staff strike".
        r"|\b(?:staff|workers|unions?|dockers|drivers|pilots|crews|employees)['’]? (?:strikes?"
        r"|walk(?:s|ed)? out|walkout|stoppage)\b|\bwalkouts?\b|\bindustrial action"
        # Blackouts of news and data, and a club moved out of its stadium.
        r"|\b(?:news|media|data|information|press|reporting) blackout"
        r"|\bblackout on (?:[\w-]+ ){0,3}?(?:data|figures|statistics|news|information|reporting)"
        r"|\bdisplacement from (?:its|their|the) (?:[\w-]+ ){0,2}?(?:stadium|ground|arena|pitch)"
        # Victims described by an earlier flight: "families who had fled their homes were staying".
        r"|\bwho (?:had|have) (?:fled|been displaced|taken shelter|sought shelter)"
        # Running for cover during an alert is no displacement: "millions fled to shelters".
        r"|\b(?:fled|ran|rushed|headed|went|hurried|flocked) (?:in)?to (?:bomb |air[- ]raid )?"
        r"shelters"
    ),
    # Tear gas fired at protesters is policing, and chlorine that purifies water is no weapon.
    Topic.NUCLEAR_CBRN: low_rule(
        r"\b(?:police|riot police|security forces|officers)\b[^.;]{0,40}?\btear gas"
        r"|\btear gas\b[^.;]{0,40}?\b(?:protest\w*|demonstrat\w*|crowds?|rall(?:y|ies)|dispers\w*"
        r"|riot\w*|students)"
        r"|\bchlorine (?:tablets|shortages?|supplies|for water)|\bshortages? of chlorine"
        r"|\bwater (?:treatment|purification|networks?)\b[^.;]{0,40}?\bchlorine"
    ),
    # Weapons sold abroad are aid or arms control, and a trade route names where a place is.
    Topic.ECONOMY: low_rule(
        r"\b(?:arms|weapons?) (?:exports?|sales)\b(?! (?:contracts?|deals?|orders?))"
        r"|\bexports? of (?:[\w-]+ ){0,2}?(?:military|arms|weapons)"
        r"|\bon (?:the |a )?(?:[\w-]+ ){0,2}?trade route"
        # Cheap, not public money: "budget carriers", "budget fares".
        r"|\bbudget (?:carriers?|airlines?|hotels?|flights?|fares?|travel|brands?|retailers?"
        r"|chains?|phones?|options?)\b"
    ),
    Topic.MILITARY_AID: low_rule(
        # A company's contract is business: "won a framework agreement worth 8.5 billion euros to
        # supply 155mm ammunition".
        r"(?:worth|valued at) (?:[\w$€£.,]+ ){1,6}?to (?:supply|deliver|build|produce|make)|"
        # Drones sent at a place attack it: "sent 300 drones across 36 locations".
        r"sen(?:t|ds|ding) (?:[\w,-]+ ){0,5}?(?:drones|missiles|rockets|uavs)\b (?:at|across|over"
        r"|into|toward|towards|against)\b|"
        # Weapons carried off in a raid are loot: "carrying off weapons".
        r"(?:carr(?:y|ies|ied|ying) off|loot\w*|stole|stolen|seiz\w*|captur\w*) (?:[\w-]+ )?"
        r"(?:weapons|arms|ammunition)|"
        # Squadrons sent with a state's own troops are a deployment.
        r"(?:F-16|F-35|fighter|jet) squadrons?|"
        # A state's own defence budget is economy: "a special defence budget to pay for air
        # defences"; sanctions in retaliation for an arms sale answer it.
        r"(?:defen[cs]e|military) (?:budget|spending)\b[^.;]{0,80}?\bpay for|"
        r"(?:in retaliation for|in response to|over) (?:[\w'’-]+ ){0,3}?(?:arms|weapons) sales?|"
        # Airliners delivered to airlines are no aid.
        r"(?:airbus|boeing|embraer|comac|airlines?)\b[^.;]{0,40}?\b(?:deliver\w*|handed over)|"
        r"(?:commercial|passenger|civilian|business) (?:jets|aircraft|planes|airliners)|"
        # An arms maker's sales: "the factory supplies shells to foreign buyers".
        r"(?:company|firm|factory|plant|maker|manufacturer)\b[^.;]{0,20}?\b(?:supplies|supplied"
        r"|sells|sold|exports?|exported|makes|produces)\b|"
        # Drones sent to attack: "sent 29 drones against Ukraine".
        r"(?:sent|sends|send|sending) (?:[\w,-]+ ){0,4}?(?:drones|missiles|rockets|UAVs)"
        r" (?:against|at|toward|towards|into|over|on)\b|"
        r"hub for (?:[\w-]+ ){0,2}?(?:military aid|weapons|arms)"
        r"|multinational security support"
        r"|(?:missiles?|drones?|bombs?|rockets?|shells?|warheads?) (?:[\w-]+ ){0,2}?(?:loaded"
        r"|armed|fitted|packed) with|(?:missiles?|rockets?|shells?|bombs?|drones?)"
        r" (?:[\w-]+ ){0,2}?carrying"
        # Drones launched at a country: "Russia sent 45 attack drones overnight".
        r"|(?:sent|sends|send|sending|launched) (?:[\w,-]+ ){0,3}?(?:attack|strike|kamikaze"
        r"|shahed|decoy)(?:-type)? drones"
        # Information someone provided, and jets flying a mission, are not aid.
        r"|(?:information|data|details|footage|images?|imagery|figures|evidence|documents?"
        r"|access) (?:[\w-]+ )?provided by"
        r"|(?:squadrons?|flights?|pairs?) of F-16s?"
        # Export controls on what is bound for a state at war are sanctions, not aid.
        r"|(?:curbs|restrictions|controls|bans?|embargo|sanctions) on\b[^.;]{0,40}?\bbound for"
        r"|F-16s? (?:[\w-]+ ){0,3}?(?:scrambled|took off|intercepted|shot down|crashed|patrol\w*"
        r"|hit|struck|strike|bomb\w*|attack\w*|pound\w*"
        r"|fl(?:ew|ying|ies)|(?:was|were) lost)|scrambl\w* (?:[\w-]+ ){0,3}?F-16s?"
    ),
}
# Exclusions that no literal opens, kept apart from the anchored ones above: only these scan
# every position of their window, not the whole list of alternatives.
EXCLUDE_UNANCHORED: dict[Topic, Rule] = {
    # "Iranian-made drones" hit a city; money spent "on Ukrainian-made drones", to buy "12 more
    # Ukrainian-built howitzers", or allies who "pay for American-made interceptors" are still
    # aid. The word boundary comes first so that the look-behinds run only at word starts, and
    # the word is taken whole (`++`): the hyphen after it is no word character.
    Topic.MILITARY_AID: low_rule(
        r"\b(?<!\bon )(?<!\bmore )(?<!\bof )(?<!\bfor )(?<!\bbuy )\w++-(?:supplied|made|provided"
        r"|donated|built)"
    ),
}

# Power cuts with a natural or technical cause and no hostile one are not war damage: "Storm
# Eowyn left 700,000 homes without power", "a line fault blacked out the coast".
OUTAGE = low_re(r"power|blackout|blacked out|outage|electricity|grid")
# Plain regexes, not literal-gated rules: they run only on the rare update whose one topic is an
# outage, and their common words would cost every other update a literal hit.
NATURAL_CAUSE = low_re(
    r"\b(?:storms?|gusts|hurricane|typhoon|cyclone|tornado|blizzard|snowfall|ice storm|heatwave"
    r"|heat wave|wildfires?|bushfires?|forest fires?|floods?|flooding|earthquake|quake|landslides?"
    r"|line fault|technical (?:failure|fault|problem)|loss of generation|demand soared)\b"
)
HOSTILE_CAUSE = low_re(
    r"\b(?:attack\w*|strikes?|struck|shell\w*|drones?|missiles?|rockets?|bomb\w*|sabotage\w*"
    r"|war|fighting|clashes|troops|rebels|militants|gangs?|occupation|occupied|invasion|siege"
    r"|blockade|conflict|armed|explosions?|blown up|detonat\w*|destruction|destroyed|intercept\w*"
    r"|shrapnel)\b"
)

# Holding on to a place is capture news only beside the claim it answers.
HOLDING_ON = ("still", "remain")
REBUTTAL = low_rule(
    r"\b(?:claims?|claimed|propaganda|premature|false|fake|lies|untrue|rumou?rs?|den(?:y|ies"
    r"|ied)|reject\w*|dismiss\w*|refut\w*)\b"
)

# Aircraft land and crash without attacking; only munitions that land or crash are a strike.
AIRCRAFT = ("jet", "aircraft", "warplane", "helicopter", "air force", "plane")
LANDED = ("landed", "crashed", "crashes", "lands")
FALLS = (" falls", " has fallen")
# A capture named only to date something else: "30,000 fled after Uvira's capture".
CAPTURE_DATED = low_re(r"\b(?:after|since|following) (?:the |its |their |[\w-]+['’]s )$")
# Fighting named as the time or cause of something else: "bodies recovered after last week's
# fighting", "disappeared during the assault", "after a three-month offensive".
# Words that sport, politics and campaigns borrow ("won the battle in our heads", "an all-out
# offensive on knife crime", "a five-set ambush"): combat news only beside armed forces.
FIGURATIVE_COMBAT = ("battle", "fight ", "fights ", "fought", "offensive", "ambush")
ARMED_CONTEXT = low_rule(
    r"\b(?:troops?|forces|fighters|soldiers|army|armies|militants|militias?|militiamen|rebels"
    r"|insurgents|jihadists|gunmen|guerrillas?|paramilitar\w*|artillery|front ?lines?|frontline"
    r"|positions|brigades?|battalions?|units|military|armou?red|tanks|drones?|shelling|mortars?"
    r"|kill\w*|wound\w*|casualties|dead|died|combatants|marines|gangs?|bandits|jihadist|al-shabaab"
    r"|patrols?|convoys?|police|checkpoints?|bases?|posts?"
    r"|hamas|hezbollah|m23|rsf|wagner|taliban|isis|islamic state|armed|columns|counterattack\w*"
    r"|outskirts|assaults?|attacks?|raids? on|raided)\b"
)
COMBAT_NOUNS = (
    "fighting", "offensive", "battle", "assault", "clashes", "combat", "incursion", "skirmish"
)  # fmt: skip
BACKGROUND_COMBAT = low_re(
    r"\b(?:after|following|during|amid|since|before|through|thanks to|as a result of|ahead of"
    r"|in preparation for|base for|resources into|(?:troops|forces|reservists) for)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$"
    # "following a week of the deadliest fighting in years".
    r"|\b(?:after|following|amid|ending|follows?|followed)\s+(?:a\s+|an\s+|the\s+|two\s+|three\s+"
    r"|several\s+"
    r"|\d+\s+)?(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|nights?|hours)\s+of\s+"
    r"(?:[\w'’-]+\s+){0,3}$"
)
# A change of control spoken of as possible: "the fall of X could come within weeks".
MODAL_AFTER = low_re(r"[^.;,]{0,40}?\b(?:could|would|might|may)\b")

# A counteroffensive named nearby is background ("retaken in a rapid counteroffensive"), unless
# the trigger itself reports repelling it.
COUNTER_BACKGROUND = low_rule(r"counteroffensive|counterattack")
REPEL = low_re(
    r"repel|repuls|thr(?:ew|own|ow|ows|owing) back|beat(?:en|s)? back|fought off|drove back"
)
# An attempt is no capture: "fighters who tried to retake the hills".
ATTEMPT_BEFORE = low_re(r"\b(?:tried|trying|attempted|attempting|sought|seeking|failed) to $")
# A move demanded of someone, not made: "tells Rwanda to pull forces out of Congo".
DEMANDED_BEFORE = low_re(
    r"\b(?:tells?|told|urges?|urged|calls? on|called on|asks?|asked|demands?|demanded|press(?:es"
    r"|ed)?) (?:[\w'’-]+ ){0,3}?to $"
)
# Combat words in a name or in another sense, dropped only where the trigger is part of the match:
# "the 3rd Assault Brigade" (not the assault it repelled beside it), "assault rifles", "combat
# training", and attacks on a village or a church that no one fought back.
COMBAT_WORD_ELSEWHERE = low_rule(
    r"\b(?:(?:assault|combat|mechani[sz]ed|airborne) (?:brigades?|battalions?|regiments?|corps"
    r"|compan(?:y|ies)|units?|troops|rifles?|helicopters?|aircraft|jets|vehicles|readiness"
    r"|training|deployment|formations?|duty|alert|capabilit\w*|power|weapons?|class)"
    r"|combat[- ](?:readiness|ready|training|exercises?|drills?|units?|brigades?|vehicles?|medics?"
    r"|drones?|uavs?"
    r"|aircraft|troops|missions?|experience|veterans?|capabilit\w*|battalions?|teams?|role"
    r"|roles|engineers|zones?)"
    r"|(?:sexual|indecent|verbal|physical|aggravated|knife|stabbing) assault|assault (?:charges?"
    r"|case|allegations?|trial|conviction)"
    r"|(?:suspicion|accused|convicted|charged|arrested) (?:of|with|for) (?:\w+ )?assault"
    # What a mission is for, not a fight told: "the African Union force fighting al-Shabaab".
    r"|(?:force|mission|coalition|contingent) fighting"
    # An offensive planned: "prepares an offensive to take the city", "widen its offensive".
    r"|(?:prepar\w*|plan\w*|widen\w*|expand\w*|readying|gearing up for) (?:for |to launch |to"
    r" begin )?(?:an? |the |its |their )?(?:new |fresh |major |large-scale |possible |wider )?"
    r"(?:[\w-]+ )?offensive"
    # An offensive expected or prepared, not under way: "the new offensive Russia is preparing",
    # "may try to open a new offensive".
    r"|offensive (?:that |which )?(?:[\w'’-]+ ){0,3}?(?:is|are) (?:preparing|planning|expected)"
    r"|(?:may|might|could|would|will|plans? to|preparing to|prepares to|threatens? to|expected to)"
    r" (?:try to )?(?:open|launch|begin|start|mount|resume) (?:a |an |the |its |their )?(?:new"
    r" |fresh |major |spring |summer |winter |large-scale )?(?:[\w-]+ )?offensive"
    # Battles past, or their leavings: "ordnance left from those battles", "the battles that
    # ended with", "the weapons they have used in battles across Darfur", "French forces had
    # backed Chadian troops in battles against rebels".
    r"|(?:left (?:over )?from|remnants? of) (?:the |those |its |their )?(?:[\w-]+ )?(?:battles?"
    r"|fighting|clashes)|battles? (?:[\w'’-]+ ){0,5}?(?:that|which) (?:ended|followed)"
    r"|(?:used|backed (?:[\w'’-]+ ){0,3}?|supported (?:[\w'’-]+ ){0,3}?) in battles"
    # Debates: "lawmakers clashed in a heated debate".
    r"|(?:lawmakers|mps|deputies|senators|legislators|politicians|ministers|candidates"
    r"|delegates) clash\w*|clash\w* in (?:an? )?(?:heated |fierce |angry |bitter )?(?:debate"
    r"|exchange|session|hearing)"
    r"|(?:attacks? (?:on|against)|attacked|raids? on|raided|storm(?:ed|s|ing)?) (?:a |the )?"
    r"(?:[\w'’-]+ ){0,2}?(?:village"
    r"|villagers|civilians|worshippers|church|mosque|market|school|bus|farmers|herders|residents"
    r"|wedding|funeral|hospital|clinic|pharmacy|warehouse|bank|shop|home|house)s?"
    # Attacks from the air or sea repelled: "repelled an attack by uncrewed boats".
    r"|repel\w* (?:an? |the )?(?:\w+[ -]){0,2}?(?:drone|missile|air|aerial|rocket|boat"
    r"|sea drone|naval drone)s? (?:attacks?|strikes?|raids?)"
    r"|repel\w* (?:an? |the )?attacks? by (?:[\w-]+ ){0,2}?(?:drones|boats|missiles|rockets"
    r"|uavs))\b"
)
# Who fights: police and criminals, or people at a fence, are no armed conflict ("police
# shootouts with traffickers", "cartel factions fought running battles", "security forces drove
# the migrants back") unless a warring party is named too, or an armed group that ambushes police
# or a foreign mission fighting gangs. Police as a source are no party.
CRIME_PARTIES = low_rule(
    r"\b(?:(?<!according to )(?<!according to the )police(?! (?:said|say|says|spokes\w*|chief"
    r"|commissioner|officials? said))|policemen|swat|gendarmes?|cartels?|gangs?|gang members"
    r"|traffickers|drug lords?|inmates|robbers|criminals|suspects?|gunman|migrants"
    r"|protesters|demonstrators|rioters|hooligans)\b"
)
WAR_PARTIES = low_rule(
    r"\b(?:soldiers|troops|army|armed forces|military(?! police)|marines|rebels?|militants?"
    r"|jihadists?|insurgents?|militias?|militiamen|paramilitar\w*|fighters|guerrillas?"
    r"|separatists|national guard|commandos|al-shabaab|hamas|hezbollah|rsf|m23|wagner|taliban"
    r"|isis|islamic state|boko haram|enemy|front ?lines?|frontline"
    # Armed groups that ambush or besiege police, and foreign missions fighting gangs.
    r"|armed (?:groups?|men)|heavily armed|attackers|ambush\w*|security mission"
    r"|-led (?:mission|force)"
    r"|multinational (?:mission|force))\b"
)

# Words that make an attack a strike whoever carries it out: "an RSF drone attack".
AIR_WEAPONS = low_re(
    r"\b(?:drones?|missiles?|rockets?|air|aerial|artillery|shell\w*|bomb\w*|mortars?)\b"
)
GROUND_ATTACKERS = low_rule(
    r"\b(?:jihadists?|militants?|insurgents?|gunmen|armed men|rebels?|fighters|bandits|RSF"
    r"|paramilitar\w*"
    r"|terrorists?|gangs?|gang members|militias?|ISWAP|JNIM|al-Shabaab|Shabaab|Boko Haram|M23"
    r"|Fano|White Army|ADF|Islamic State|ISIS|IS Sahel|machetes?|knives)\b"
)
SPORTS = low_rule(
    r"\b(?:League|Cup|striker|midfielder|goalkeeper|coach|match|knockout|knocks out|heavyweight"
    r"|boxer|boxing|titles?|tournament|Olympics?|Euro 20\d\d|kick-off|fans|stadium|season"
    r"|rounds?|championship|footballer|goals?|semi-final|final whistle|first whistle|half-time"
    r"|penalty area|qualifiers?|(?<=\d-\d )(?:win|rout|defeat|victory|draw|loss)|World Cup"
    r"|stoppage[- ]time|penalty|substitute|(?:went down|lost|won|drew|wins?|winning) \d+-\d+"
    r"|matches"
    r"|(?:beat|beats|defeated|drew with|lost to) (?:[\w'’-]+ ){1,3}?\d+-\d+"
    r"|wickets?|innings|batsman|batter|bowler|pitcher|home runs?|chess|olympiad|grandmasters?"
    r"|medals?|pennant|play-?offs?|derby|football club| fc|athletes?|marathon|sprint|hockey"
    r"|cricket|rugby|volleyball|basketball|handball|table tennis|trophy|championships|spectators"
    r"|(?:crush(?:es|ed)?|rout(?:s|ed)|thrash(?:es|ed)?|swept aside) (?:[\w'’-]+ ){1,3}?\d+-\d+"
    r"|finish line|photo finish|runners|(?:road|relay|horse|boat|bike|cycle) races?|finals|atp|wta"
    r"|grand slam|second half|first half|scrum|line-?outs?|charge-down|springboks|all blacks"
    r"|share (?:the )?points|crease|short balls|unbeaten \d+|batted"
    r"|races? through)\b"
)
SPORTS_MIN_CUES = 3
# Combat words in a drill: "units advanced 40 km and repelled a simulated counterattack during
# the exercise". Not "exercise restraint".
DRILL = low_rule(
    r"\b(?:exercises?|drills?|war games?|manoeuvres|maneuvers|simulated|practis(?:e|es|ed|ing)"
    r"|practic(?:e|ed|ing)|training (?:area|ground|range))\b"
    r"(?! (?:restraint|caution|(?:its|their|the|his|her) (?:rights?|powers?|authority|veto)))"
)

AS_BACKGROUND = low_rule(
    r"\bas\s+(?:[\w-]+\s+){0,2}(?:shelling|strikes|attacks|bombardment|fighting)\s+"
    r"(?:intensified|continued|increased|escalated)"
    # The reason for an evacuation or a closure: "because of intensifying Russian shelling".
    r"|\bsince\s+(?:the\s+)?(?:escalation|start|beginning|intensification)\s+of\s+(?:[\w-]+\s+)"
    r"{0,2}(?:airstrikes|strikes|attacks|shelling|bombardment)"
    r"|\b(?:damage|destruction|losses|disruption)\b[^.;]{0,40}?\bfrom\s+(?:[\w-]+\s+){0,2}"
    r"(?:strikes|attacks|shelling)"
    r"|\bdespite\s+(?:[\w-]+\s+){0,2}(?:strikes|attacks|shelling|bombardment|air raids)"
    r"(?:\s+(?:on|against|of)\s+(?:[\w-]+\s+){0,3}[\w-]+)?"
    r"|\b(?:because of|due to|as a result of)\s+(?:the\s+)?(?:consequences|aftermath|effects"
    r"|damage) of\s+(?:[\w-]+\s+){0,3}(?:attacks|strikes|shelling|bombardment)"
    r"|\b(?:because of|due to|citing|for fear of)\s+(?:the\s+)?(?:(?:intensifying|intensified"
    r"|increased|increasing|constant|continued|continuing|heavy|ongoing|daily|relentless|regular"
    r"|persistent|frequent)\s+)?(?:[\w-]+\s+)?(?:shelling|strikes|attacks|bombardment"
    r"|air raids|drone attacks)"
)


# Triggers that start with a capital letter cannot be anchored on a literal: kept apart so that
# the table's patterns are tried only where their first words occur. The name is taken whole
# (`++`): the space after it is no word character, and backtracking into it would only fail.
CAPITAL_TRIGGERS: dict[Topic, str] = {
    # "Vuhledar falls": kept only when the word before is a known place (rules._keep).
    Topic.TERRITORIAL_CHANGE: (
        r"\b(?-i:[A-Z])[\w'’-]++ (?:falls|has fallen)\b"
        r"(?=\s*[:,.;—–-]|\s*$|\s+(?:to (?!\d)|after|as|amid|following|into the hands))"
    ),
    Topic.STRIKE: (
        r"\b(?-i:[A-Z])\w++ (?:strikes?|air ?strikes?|bombing|bombardment|shelling)\b"
        r"(?! (?:a )?deal)"
    ),
}

# Triggers whose first characters cannot open the table's pattern (it starts at a word boundary):
# "a $6.5bn deal for 180 tanks" is anchored on the amount's unit, after a digit.
AMOUNT_TRIGGERS: dict[Topic, str] = {
    Topic.ECONOMY: r"(?<=[\d ])(?:bn|billion|million) (?:[\w-]+ ){0,2}?(?:deal|contract|order)s?\b",
}

TOPIC_RULES: dict[Topic, tuple[Rule, ...]] = {
    topic: (
        low_rule(source),
        *(
            low_rule(extra[topic])
            for extra in (CAPITAL_TRIGGERS, AMOUNT_TRIGGERS)
            if topic in extra
        ),
    )
    for topic, source in TRIGGERS.items()
}
