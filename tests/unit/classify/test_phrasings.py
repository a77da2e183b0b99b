"""Phrasing families beyond the dev corpus's house style: passive voice, wire attributions,
British spelling, doctrine clauses and offers. Each family has positive and negative cases."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Facts, Severity, Topic
from tests.unit.classify.tagging import assert_counts, counts_of, topics_of, value_of

C, S, G, T = Topic.CASUALTIES, Topic.STRIKE, Topic.GROUND_COMBAT, Topic.TERRITORIAL_CHANGE
D, A, H = Topic.TROOP_DEPLOYMENT, Topic.MILITARY_AID, Topic.HUMANITARIAN_INFRASTRUCTURE
DIP, N, E = Topic.DIPLOMACY_SANCTIONS, Topic.NUCLEAR_CBRN, Topic.ECONOMY


def _assert_topics(text: str, present: set[Topic], absent: set[Topic]) -> None:
    topics = topics_of(text)
    assert present <= topics
    assert not absent & topics


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # Passive strikes with "in": the weapon follows the damage.
        ("Depot burns\nA fuel depot was destroyed in Russian strikes overnight.", {S}, set()),
        ("School ruined\nThe school was damaged in a drone attack on Sunday.", {S}, set()),
        ("Barn burns\nA barn was destroyed in a fire on Sunday, firefighters said.", set(), {S}),
        # Aircraft verbs in the present and "carried out raids".
        ("Jets pound rebel-held hills\nResidents heard explosions all night.", {S}, set()),
        (
            "Raids near Idlib\nGovernment warplanes carried out a dozen raids on the hills.",
            {S},
            set(),
        ),
        # Aircraft that land are not a strike; munitions that land are.
        ("Cargo planes land in Juba\nTwo aircraft carrying flour landed at dawn.", set(), {S}),
        ("Rockets land near Metula\nThree rockets landed in open fields.", {S}, set()),
    ],
)
def test_strike_phrasings(text: str, present: set[Topic], absent: set[Topic]) -> None:
    _assert_topics(text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Militants overrun outpost\nThe outpost was overrun before dawn.", {G}, set()),
        ("Guards open fire at checkpoint\nSoldiers opened fire on a patrol.", {G}, set()),
        ("Border incident\nTroops exchanged fire with smugglers near the post.", {G}, set()),
        (
            "Defence ministry says attacks repelled\nUnits repelled four enemy counterattacks.",
            {G},
            set(),
        ),
        # Fighting as the reason people fled is background, not the reported event.
        (
            "Ferry sinks on lake\nThe ferry carried families fleeing the fighting in the east.",
            set(),
            {G},
        ),
        # A battle recalled in a past clause is background.
        (
            "Market reopens\nThe market was burned two years ago during fighting between "
            "two militias. Stalls reopened on Monday.",
            set(),
            {G},
        ),
    ],
)
def test_ground_combat_phrasings(text: str, present: set[Topic], absent: set[Topic]) -> None:
    _assert_topics(text, present, absent)


def test_enemy_losses_with_up_to_are_casualties_not_deployment() -> None:
    text = (
        "Ministry says enemy lost up to 150 soldiers near Bakhmut\n"
        "The ministry said the enemy had lost as many as 150 soldiers in the past day."
    )
    topics = topics_of(text)
    assert C in topics
    assert D not in topics


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        (
            "Town has fallen\nOfficials said the town of Kreminna has fallen to Russian troops.",
            True,
        ),
        ("Rebels say Kidal has fallen\nThe rebels said Kidal has fallen.", True),
        ("Stocks low\nArmy stockpiles had fallen too low, the ministry said.", False),
        ("Prices ease\nFuel prices have fallen by 5% since May.", False),
        ("Grain exports\nGrain exports have fallen to 2 million tonnes.", False),
    ],
)
def test_has_fallen_is_a_capture_only_for_places(text: str, captured: bool) -> None:
    assert (T in topics_of(text)) is captured


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        ("Kreminna falls\nThe last defenders left the town overnight.", True),
        ("Kidal falls to rebels after three-day siege", True),
        ("Rebels take over border town of Tessalit\nThe army garrison surrendered.", True),
        ("Militia overruns army base near Gao\nThe base housed 300 soldiers.", True),
        ("Marines pushed out of Krynky\nThe bridgehead is lost, officers say.", True),
        ("Flag raised over Toretsk\nSoldiers filmed a flag hoisted over the town hall.", True),
        ("Army claims full control of Wad Madani\nThe army said the city is secure.", True),
        # Not places changing hands.
        ("Inflation falls to 6%\nThe central bank welcomed the figure.", False),
        ("Kyiv falls silent\nThe city marks a minute of silence.", False),
        ("New chief takes over the ministry\nShe replaces the retiring minister.", False),
        ("Minister takes over as party leader\nThe vote was unanimous.", False),
    ],
)
def test_captures_in_other_phrasings(text: str, captured: bool) -> None:
    assert (T in topics_of(text)) is captured


@pytest.mark.parametrize(
    ("text", "strike"),
    [
        ("Israeli strikes hit Rafah overnight\nResidents reported heavy explosions.", True),
        ("Massive attack on the grid\nPower was cut in five regions after the attack.", True),
        ("Unions stage strikes\nDockers walked out in three ports.", False),
        ("Kyiv strikes a deal with lenders\nBondholders agreed to a haircut.", False),
    ],
)
def test_strikes_named_by_who_strikes(text: str, strike: bool) -> None:
    assert (S in topics_of(text)) is strike


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Toll rises\nDeaths from the attack on the market rose to 16.", 16),
        ("Update\nFatalities in the Sumy strike climbed to 35, officials said.", 35),
        ("Toll\nThe number of dead now stands at nine.", 9),
    ],
)
def test_tolls_named_by_their_dead(text: str, killed: int) -> None:
    assert counts_of(text)["killed"] == killed


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Airlift\nTwo planes carrying ammunition landed in Kinshasa.", {A}, set()),
        ("Ship docks\nA freighter loaded with weapons arrived in the port.", {A}, set()),
        ("Ship docks\nA freighter loaded with grain arrived in the port.", set(), {A}),
    ],
)
def test_deliveries_carrying_weapons_are_aid(
    text: str, present: set[Topic], absent: set[Topic]
) -> None:
    _assert_topics(text, present, absent)


@pytest.mark.parametrize(
    ("text", "diplomacy"),
    [
        ("Security council secretary resigns\nHe said nothing about the front.", False),
        ("Ukraine's Security Council meets\nIt discussed the draft law.", False),
        ("UN Security Council meets on Gaza\nMembers discussed the crisis.", True),
    ],
)
def test_national_security_councils_are_not_diplomacy(text: str, diplomacy: bool) -> None:
    assert (DIP in topics_of(text)) is diplomacy


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "Army orders residents to leave\nThe army ordered residents of 12 villages to leave.",
            True,
        ),
        ("Warning issued\nAuthorities issued evacuation orders for three districts.", True),
        ("Families flee\nThousands left their homes as the river rose.", True),
        ("Commander orders troops forward\nThe general ordered units to advance.", False),
    ],
)
def test_evacuation_orders_are_humanitarian(text: str, present: bool) -> None:
    assert (H in topics_of(text)) is present


@pytest.mark.parametrize(
    ("text", "economy"),
    [
        ("Fitch cuts Hungary's credit rating\nThe agency cited the deficit.", True),
        ("Agency downgrades Kenya's sovereign rating\nThe outlook is negative.", True),
        ("Storm downgraded\nForecasters downgraded the storm to a depression.", False),
    ],
)
def test_credit_ratings_are_economy(text: str, economy: bool) -> None:
    assert (E in topics_of(text)) is economy


@pytest.mark.parametrize(
    ("text", "strike"),
    [
        (
            "Minsk adopts new doctrine\nAn attack on an ally would be treated as an attack on "
            "Belarus, the decree says.",
            False,
        ),
        ("Treaty clause\nAggression against one member is regarded as an attack on all.", False),
        ("Drone attack on Odesa\nA drone attack on Odesa damaged a warehouse.", True),
    ],
)
def test_doctrine_definitions_are_not_strikes(text: str, strike: bool) -> None:
    assert (S in topics_of(text)) is strike


def test_an_award_for_nuclear_disarmament_is_info() -> None:
    text = (
        "Campaigners win Nobel Peace Prize\n"
        "The committee awarded the Nobel Peace Prize to a group working against nuclear weapons."
    )
    assert tag_text(text).severity is Severity.INFO


@pytest.mark.parametrize(
    "text",
    [
        "Kenya offers troops for Haiti mission\nKenya has offered to deploy 1,000 police officers "
        "and soldiers to Haiti, the foreign ministry said.",
        "Turkey proposes to send troops\nAnkara proposed sending 500 soldiers to monitor the "
        "border.",
    ],
)
def test_offered_troops_are_diplomacy_not_deployment(text: str) -> None:
    topics = topics_of(text)
    assert D not in topics
    assert DIP in topics


def test_troops_arriving_are_still_a_deployment() -> None:
    text = "Kenyan troops arrive in Haiti\nThe first 400 Kenyan soldiers arrived in Port-au-Prince."
    assert D in topics_of(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Delegation flies to Doha for truce talks\nNegotiators will arrive on Sunday for "
            "talks with mediators on a truce, an official said.",
            Severity.MEDIUM,
        ),
        (
            "Sides agree new round of negotiations\nA new round of negotiations on the border "
            "dispute was set for March, diplomats said.",
            Severity.MEDIUM,
        ),
        (
            "Minister calls for talks\nThe foreign minister called for talks between the sides.",
            Severity.LOW,
        ),
    ],
)
def test_travelling_for_talks_announces_talks(text: str, level: Severity) -> None:
    assert tag_text(text).severity is level


def test_radiological_contamination_is_nuclear_harm() -> None:
    text = (
        "Watchdog reports contamination at reactor site\nThe IAEA said there was radiological "
        "contamination inside the damaged building after the strikes."
    )
    assert tag_text(text).severity is Severity.CRITICAL


def test_nuclear_doctrine_is_not_harm() -> None:
    text = "Parliament debates nuclear doctrine\nLawmakers discussed the nuclear doctrine."
    assert tag_text(text).severity is Severity.LOW


@pytest.mark.parametrize(
    "text",
    [
        "Bodies in the streets of the town\nBodies lay in the streets after the clashes.",
        "Rescuers recover bodies\nRescuers recovered bodies from the rubble, officials said.",
        "Dead found after raid\nBodies were strewn across the square, witnesses said.",
    ],
)
def test_bodies_without_a_number_are_medium(text: str) -> None:
    assert tag_text(text).severity is Severity.MEDIUM


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Witnesses and reporters are neither side.
        (
            "Rebels take Bunia, residents say\nRebel fighters took control of Bunia overnight, "
            "two residents told Reuters.",
            "reported",
        ),
        (
            "Army retakes Kidal\nThe army retook Kidal on Sunday, according to local sources.",
            "reported",
        ),
        # The losing side saying so confirms it.
        (
            "Israeli troops seize hilltop village\nIsraeli troops took control of the village "
            "of Kfar Kila, Lebanese officials said.",
            "confirmed",
        ),
        (
            "Ukraine says Russian forces captured Velyka Novosilka\nUkraine's army said Russian "
            "forces had captured Velyka Novosilka.",
            "confirmed",
        ),
        # The gaining side, or an unnamed speaker, claims it.
        (
            "Russia says its forces captured Kurakhove\nRussia's defence ministry said its "
            "forces had taken control of Kurakhove.",
            "claimed",
        ),
        ("Rebels say they hold Kidal\nThe group said its fighters had seized Kidal.", "claimed"),
    ],
)
def test_claim_status_follows_the_speaker(text: str, status: str) -> None:
    assert tag_text(text).facts.status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Ukraine says troops still hold Siversk\nRussia said it had captured Siversk; Kyiv "
            "said its forces still hold Siversk.",
            "denied",
        ),
        (
            "Army says it is still holding the town\nRebels said they had seized Kalehe; the "
            "army said it was still holding the town.",
            "denied",
        ),
        # Holding a part of the place is not a denial of the capture.
        (
            "Rebels say they captured Bukavu; army says it still holds airport\nThe rebels said "
            "they had captured Bukavu.",
            "claimed",
        ),
    ],
)
def test_still_holding_denies_only_for_the_place(text: str, status: str) -> None:
    assert tag_text(text).facts.status == status


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A site inside a big city is a strategic place, not the city.
        (
            "Army retakes government building in Khartoum\nThe army "
            "recaptured the presidential palace in central Khartoum, the RSF acknowledged.",
            Severity.HIGH,
        ),
        (
            "Troops seize border crossing\nSoldiers took control of the Kerem side of the "
            "border crossing near Kharkiv, officials conceded.",
            Severity.HIGH,
        ),
        # The city itself is still a city.
        (
            "Ukraine confirms loss of Kharkiv\nUkraine conceded its troops withdrew from Kharkiv.",
            Severity.CRITICAL,
        ),
    ],
)
def test_a_captured_site_is_strategic_not_its_city(text: str, level: Severity) -> None:
    assert tag_text(text).severity is level


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling in Nikopol\nA 70-year-old man was seriously injured, the governor said.", 1),
        ("Rocket fire\nA woman was lightly hurt by shrapnel in Kiryat Shmona.", 1),
        ("Drone strike on bus\nSix passengers were critically wounded.", 6),
        ("Blast at depot\nFour workers were slightly injured.", 4),
    ],
)
def test_injury_adverbs_keep_the_count(text: str, expected: int) -> None:
    assert counts_of(text)["injured"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Night attack\nRussia launched 70 drones; air defences shot down 52 of them.",
            {"drones_launched": 70, "drones_downed": 52},
        ),
        (
            "Missiles at Kharkiv\nThree missiles were fired at Kharkiv; none of them was "
            "intercepted.",
            {"missiles_launched": 3, "missiles_downed": 0},
        ),
        (
            "Barrage\nRussia launched 40 drones and two missiles; none of the missiles was "
            "shot down.",
            {"drones_launched": 40, "missiles_launched": 2, "missiles_downed": 0},
        ),
        (
            "Drone hits Haifa\nA drone launched from Iraq hit a building in Haifa; the army "
            "said it had failed to intercept it.",
            {"drones_launched": 1, "drones_downed": 0},
        ),
        (
            # A projectile that only "struck" is the strike, not a count of how many were sent.
            "Missile hits port\nA ballistic missile struck the port of Odesa.",
            {"missiles_launched": None},
        ),
        (
            "Missile hits port\nA single ballistic missile struck the port of Odesa.",
            {"missiles_launched": 1},
        ),
        (
            "Overnight barrage\nRussia fired 6 Kh-101 cruise missiles and 80 Shahed-136 drones; "
            "air defences destroyed 5 missiles and 61 drones.",
            {
                "missiles_launched": 6,
                "drones_launched": 80,
                "missiles_downed": 5,
                "drones_downed": 61,
            },
        ),
    ],
)
def test_projectile_counts_in_other_phrasings(text: str, expected: dict[str, int]) -> None:
    assert_counts(text, expected)


def test_zero_downed_is_a_hit_not_an_interception() -> None:
    text = "Missile hits Sumy\nA missile struck Sumy; air defences failed to intercept it."
    assert tag_text(text).facts.outcome == "hit"


def test_a_lone_drone_does_not_replace_a_stated_count() -> None:
    text = (
        "Overnight attack\nRussia launched 48 drones overnight. A drone hit a house in Sumy, "
        "officials said."
    )
    assert counts_of(text)["drones_launched"] == 48


@pytest.mark.parametrize(
    ("text", "strike"),
    [
        ("ALERT: Militia says it fired a cruise missile at Eilat\nNo details were given.", True),
        ("Helicopter drop\nA barrel bomb was dropped by a helicopter on the market.", True),
        ("Minister fired\nThe defence minister was fired on Monday.", False),
    ],
)
def test_single_projectile_launches_are_strikes(text: str, strike: bool) -> None:
    assert (S in topics_of(text)) is strike


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Troops report gas attack\nSoldiers said drones dropped grenades containing tear "
            "gas on their trenches.",
            Severity.CRITICAL,
        ),
        (
            "Inspectors blame air force\nA cylinder filled with chlorine was dropped by a "
            "helicopter on a housing block.",
            Severity.CRITICAL,
        ),
        # Police tear gas at a protest is not chemical warfare, nor any other topic.
        (
            "Police disperse protest\nPolice used tear gas on protesters in the capital.",
            Severity.INFO,
        ),
    ],
)
def test_chemical_use_as_a_munition(text: str, level: Severity) -> None:
    assert tag_text(text).severity is level


def test_pushed_back_troops_are_combat_not_deployment() -> None:
    topics = topics_of(
        "Army says it pushed back enemy troops near Vovchansk\n"
        "Ukrainian units drove back Russian troops from a forest north of Vovchansk."
    )
    assert G in topics
    assert D not in topics


@pytest.mark.parametrize(
    "text",
    [
        "Strike killed commander\nA drone strike killed a senior militia commander in Idlib.",
        "Airstrike kills official\nAn air strike on a car killed a local official near Tyre.",
        "Sniper fire\nA journalist was killed by sniper fire in the old town.",
    ],
)
def test_one_named_victim_is_one_killed(text: str) -> None:
    assert counts_of(text)["killed"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "Tanker hit\nA tanker was struck by a drone boat; the crew were unharmed.",
        "Depot hit\nA drone hit a depot in Lviv; there were no reports of casualties.",
        "Bus hit\nA rocket landed near a bus; all passengers escaped unhurt.",
    ],
)
def test_unharmed_phrasings_record_zero(text: str) -> None:
    counts = counts_of(text)
    assert counts["killed"] == 0
    assert counts["injured"] == 0


@pytest.mark.parametrize(
    ("text", "high"),
    [
        (
            "Blackout after strike\nPower was cut across the entire Odesa region after a "
            "missile hit a substation.",
            True,
        ),
        (
            "Outage after strike\nPower was cut in three villages after a missile hit a "
            "substation.",
            False,
        ),
        ("Sumy region in total blackout\nDrones hit two substations before dawn.", True),
        ("Dark night\nAll of the Poltava region lost power after a missile strike.", True),
        ("Dark night\nAll of the street lost power after a missile strike nearby.", False),
    ],
)
def test_region_wide_blackout_with_a_region_name(text: str, high: bool) -> None:
    assert (tag_text(text).severity is Severity.HIGH) is high


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Barrage\nIran fired 150 missiles, most of which were intercepted.", "intercepted"),
        ("Rockets\nAbout 30 rockets were fired; some of them were shot down.", "intercepted"),
        ("Rockets\nAbout 30 rockets were fired at Sderot.", "hit"),
    ],
)
def test_interceptions_without_a_number(text: str, outcome: str) -> None:
    assert tag_text(text).facts.outcome == outcome


@pytest.mark.parametrize(
    ("text", "casualties"),
    [
        ("Blast in Izium\nAn explosion hit a depot; the number of casualties is unknown.", False),
        (
            "Missile hits school\nA missile hit a school. It was not immediately clear whether "
            "there were any casualties.",
            False,
        ),
        ("Drone hits Lviv\nThere was no information on casualties, the mayor said.", False),
        # A known count next to an unknown one is still casualty news.
        ("Strike on Odesa\nTwo people were killed; the number of injured is not yet known.", True),
    ],
)
def test_unknown_casualties_are_not_casualties(text: str, casualties: bool) -> None:
    assert (C in topics_of(text)) is casualties


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        # A foreign force leaving a whole country ends a deployment.
        ("US to pull troops out of Chad\nAbout 75 US soldiers will leave Chad.", False),
        ("France completes withdrawal from Mali\nThe last French troops left Mali.", False),
        ("Germany withdraws its forces from the country\nThe last unit left on Friday.", False),
        # Leaving a town or a region of a country is a change of control.
        ("Ukraine withdraws from Vuhledar\nThe army said its units had withdrawn.", True),
        (
            "Ukrainian troops withdraw from parts of Russia's Kursk region\nThe army said "
            "its units had pulled out of several villages.",
            True,
        ),
    ],
)
def test_leaving_a_country_is_a_deployment_not_a_capture(text: str, captured: bool) -> None:
    topics = topics_of(text)
    assert (T in topics) is captured
    if not captured:
        assert D in topics


@pytest.mark.parametrize(
    ("text", "diplomacy"),
    [
        ("Militants free three hostages\nThe group released three hostages on Sunday.", True),
        (
            "Swap at border\nFive soldiers were freed in exchange for eight detainees.",
            True,
        ),
        ("Dog freed from rubble\nRescuers freed a dog trapped in rubble.", False),
    ],
)
def test_hostage_releases_are_diplomacy(text: str, diplomacy: bool) -> None:
    assert (DIP in topics_of(text)) is diplomacy


@pytest.mark.parametrize(
    ("text", "strike"),
    [
        ("Airline strike grounds flights\nA strike by cabin crew grounded 300 flights.", False),
        ("Dockers walk out\nDock workers went on strike over pay at the port.", False),
        ("Rail unions call general strike\nA 24-hour strike halted trains nationwide.", False),
        # Military strikes that disrupt services stay strikes.
        ("Missile strikes disrupt power in Kyiv\nRussian strikes disrupted power supply.", True),
    ],
)
def test_industrial_strikes_are_not_strikes(text: str, strike: bool) -> None:
    assert (S in topics_of(text)) is strike


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Medics report gas attack\nDoctors said a toxic gas attack on the town left dozens "
            "struggling to breathe.",
            Severity.CRITICAL,
        ),
        (
            "Patients treated\nDoctors said 12 patients showed symptoms of chlorine exposure "
            "after a bombardment.",
            Severity.CRITICAL,
        ),
        # Warnings and accusations of a planned attack are not use.
        (
            "Ministry warns of provocation\nThe ministry warned of a possible chemical attack "
            "being staged in the region.",
            Severity.LOW,
        ),
    ],
)
def test_reported_chemical_use(text: str, level: Severity) -> None:
    assert tag_text(text).severity is level


@pytest.mark.parametrize(
    "text",
    [
        "Plant cut off\nThe nuclear plant was cut off from the power grid and is running on "
        "emergency diesel generators, the IAEA said.",
        "Reactor site on generators\nThe nuclear power plant switched to backup diesel "
        "generators after the last line was cut.",
    ],
)
def test_nuclear_plant_power_loss_phrasings_are_high(text: str) -> None:
    assert tag_text(text).severity is Severity.HIGH


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Sides initial peace deal\nThe two sides initialled a peace agreement.", Severity.MEDIUM),
        ("Truce signed\nThe army and rebels signed a ceasefire agreement.", Severity.MEDIUM),
        ("Treasury sanctions 9 firms\nThe Treasury sanctioned nine firms.", Severity.MEDIUM),
        ("Sanctions debated\nLawmakers debated the effect of sanctions.", Severity.LOW),
    ],
)
def test_treaties_and_sanction_verbs(text: str, level: Severity) -> None:
    assert tag_text(text).severity is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Aid pledged\nNorway will provide 2 billion US dollars in military aid.", Severity.MEDIUM),
        ("Aid pledged\nNorway will provide 200 million US dollars in military aid.", Severity.LOW),
    ],
)
def test_aid_amounts_in_words_with_currency(text: str, level: Severity) -> None:
    assert tag_text(text).severity is level


def test_foreign_troops_operating_in_a_region() -> None:
    text = "Report on border\nAbout 2,000 Burundian troops are operating in eastern Congo."
    assert D in topics_of(text)


def test_some_intercepted_is_an_interception() -> None:
    text = "Rockets at Nahariya\nTwelve rockets were fired; some were intercepted."
    assert tag_text(text).facts.outcome == "intercepted"


@pytest.mark.parametrize(
    ("text", "killed", "children"),
    [
        ("Strike on Izium\nA strike killed three people; a child was among the dead.", 3, 1),
        ("Strike on Sloviansk\nEight people were killed. Four of the dead were children.", 8, 4),
        ("Shelling of Nikopol\nA 12-year-old was killed when a shell hit the yard.", 1, 1),
        ("Drone attack\nThe drone hit a car, killing a nine-year-old, police said.", 1, 1),
        ("Shelling\nA 67-year-old was killed in the shelling.", 1, 0),
    ],
)
def test_children_phrasings(text: str, killed: int, children: int) -> None:
    facts = tag_text(text).facts
    assert value_of(facts.killed) == killed
    got = facts.children_killed.value if facts.children_killed else 0
    assert got == children


@pytest.mark.parametrize(
    ("text", "critical"),
    [
        ("Foreign troops join war\nBurundian troops have joined the fighting in Kivu.", True),
        ("Volunteers\nA few volunteers said they wanted to join the fighting.", False),
    ],
)
def test_troops_joining_a_war(text: str, critical: bool) -> None:
    assert (tag_text(text).severity is Severity.CRITICAL) is critical


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Pyongyang test-fires missile\nNorth Korea test-fired a cruise missile that fell "
            "into the sea; Tokyo lodged a formal protest.",
            {DIP},
            {S},
        ),
        ("Missile test\nIran conducted a missile test in the desert.", set(), {S}),
        ("Missile hits Dnipro\nA missile hit a warehouse in Dnipro on Monday.", {S}, set()),
    ],
)
def test_weapons_tests_are_not_strikes(text: str, present: set[Topic], absent: set[Topic]) -> None:
    _assert_topics(text, present, absent)


def test_capture_reason_without_a_known_place() -> None:
    reason = tag_text(
        "Troops withdraw from border villages\nThe army withdrew from two border villages."
    ).severity_reason
    assert "a place" not in reason


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Rebels seize Walikale\nM23 rebels seized the town of Walikale, Congolese officials "
            "said.",
            "confirmed",
        ),
        ("Militants take Djibo\nMilitants seized Djibo, the government said.", "confirmed"),
        (
            "Rebels seize Walikale\nM23 rebels seized the town of Walikale, a rebel spokesman "
            "said.",
            "claimed",
        ),
        ("Army retakes Kidal\nThe army said it had retaken Kidal from the rebels.", "claimed"),
    ],
)
def test_armed_group_captures_conceded_by_the_state(text: str, status: str) -> None:
    assert tag_text(text).facts.status == status


@pytest.mark.parametrize(
    "headline",
    [
        "BREAKING: Man killed in Odesa drone attack",
        "URGENT - Man killed in Odesa drone attack",
        "UPDATE 3-Man killed in Odesa drone attack",
        "21:15 — Man killed in Odesa drone attack",
        "Man killed in Odesa drone attack",
    ],
)
def test_alert_prefixes_do_not_hide_the_headline(headline: str) -> None:
    facts = tag_text(f"{headline}\nA drone hit a house overnight.").facts
    assert value_of(facts.killed) == 1


def test_alert_prefix_is_not_the_claimant() -> None:
    text = "BREAKING: Rebels say they captured Kalehe\nThe group said it had seized the town."
    assert tag_text(text).facts.claimed_by == "Rebels"


@pytest.mark.parametrize(
    ("text", "killed", "children"),
    [
        ("Shelter hit\nAmong the 12 dead were four children, rescuers said.", 12, 4),
        ("Night strike\nA baby and his father were among those killed in the strike.", 2, 1),
        ("Drone attack\nTwo teenagers, aged 14 and 17, died when the drone hit their car.", 2, 2),
        ("Tent hit\nThree cousins, aged 5, 8 and 11, were killed in the strike.", 3, 3),
        # Ages of adults do not make children.
        ("Car hit\nTwo brothers, aged 31 and 35, were killed when a shell hit their car.", 2, 0),
    ],
)
def test_children_counted_by_subset_and_age(text: str, killed: int, children: int) -> None:
    counts = counts_of(text)
    assert counts["killed"] == killed
    assert counts.get("children_killed", 0) == children


def test_enemy_losses_in_a_repelled_attack_are_a_claim() -> None:
    result = tag_text(
        "Army says it beat off nine assaults, killing up to 150 enemy soldiers\n"
        "The defence ministry gave no evidence for the figure."
    )
    assert result.facts.status == "claimed"
    assert result.severity is Severity.LOW


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Fighting in Ituri\nMore than 4,000 people were displaced in two days, OCHA said.", True),
        ("Camp hit\nThe strike hit a school where displaced families were sheltering.", False),
    ],
)
def test_a_number_displaced_is_humanitarian(text: str, present: bool) -> None:
    assert (H in topics_of(text)) is present


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Lenders agree package\nThe EU approved a €18bn support package for Ukraine.", True),
        ("New tranche\nJapan released a tranche of financial support to Kyiv.", True),
    ],
)
def test_financial_packages_are_aid(text: str, aid: bool) -> None:
    assert (A in topics_of(text)) is aid


def test_regained_control_is_a_change_of_control() -> None:
    assert T in topics_of(
        "Army says it regained control of the refinery\nThe site was held a year."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hospital update\nMore than a hundred people were hurt in the blast.", {"injured": 100}),
        ("Village shelled\nThe shelling killed six and wounded two dozen others.", {"injured": 24}),
        ("Lgov attack\nTwo people perished; seven more sought medical help.", {"killed": 2}),
        ("Lgov attack\nTwo people perished; seven more sought medical help.", {"injured": 7}),
        ("Ambush\nAt least 12 soldiers were slain near the border post.", {"killed": 12}),
        ("Infant killed as drone hits house\nRescuers worked through the night.", {"killed": 1}),
        (
            "Kherson\nA pensioner lost his life when a shell hit his garden.",
            {"killed": 1},
        ),
        (
            "Odesa\nA missile packed with cluster munitions was fired at a street in Odesa.",
            {"missiles_launched": 1},
        ),
        (
            "Eilat\nThe army intercepted a cruise missile launched from Yemen over the sea.",
            {"missiles_downed": 1, "missiles_launched": 1},
        ),
    ],
)
def test_counts_in_wire_and_translated_phrasings(text: str, expected: dict[str, int]) -> None:
    assert_counts(text, expected)


def test_call_up_of_a_number_is_troops() -> None:
    facts = tag_text("Decree signed\nThe president ordered the call-up of 130,000 men.").facts
    assert value_of(facts.troops) == 130_000


@pytest.mark.parametrize(
    "text",
    [
        # Appositive and comparative recalls of an earlier event.
        "Two years on, Bucha remembers\nMourners gathered at the site of the shelling two years "
        "ago, an attack that killed 19 people, including four children, and wounded 40.",
        "Calm in Sumy\nIt was quiet overnight. It was the deadliest attack on the city since a "
        "strike in April killed 35 people.",
    ],
)
def test_recalled_events_add_no_victims(text: str) -> None:
    facts = tag_text(text).facts
    assert facts.killed is None


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        ("Army confirms pullout from Krynky\nMarines pulled back from the village.", True),
        ("Units pulled back from Robotyne\nCommanders cited heavy losses.", True),
        ("Crew abandons burning tanker\nThe crew abandoned the vessel off Aden.", False),
        ("Ceasefire agreed\nUnder the deal, forces are to withdraw from the south.", False),
    ],
)
def test_withdrawals_in_other_phrasings(text: str, captured: bool) -> None:
    assert (T in topics_of(text)) is captured


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Shipments halted\nThe US paused shipments of 155mm shells to Kyiv.", {A}, {S}),
        ("Patriot request\nKyiv asked for more Patriot interceptor missiles.", set(), {S}),
        ("Aid trucks enter Gaza\nForty aid trucks crossed at Kerem Shalom.", {H}, {A}),
        (
            "Families evacuated\nAuthorities evacuated families because of intensifying shelling.",
            {H},
            {S},
        ),
        ("Night raid\nAir defences repelled a drone attack on the city.", {S}, {G}),
    ],
)
def test_aid_evacuation_and_air_defence_phrasings(
    text: str, present: set[Topic], absent: set[Topic]
) -> None:
    _assert_topics(text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Camp shelled\nShells hit a displacement camp outside the city.", {S}, {H}),
        ("Raid on base\nFighters stormed the base and captured pick-up trucks.", {G}, {T}),
        ("Sahel exit\nThe three states completed their withdrawal from the bloc.", set(), {T}),
        ("Patrol hit\nFour soldiers were wounded when their truck struck a landmine.", {C}, {S}),
        (
            "Talks call\nThe army, which is fighting rebels in the north, called for talks.",
            set(),
            {G},
        ),
        ("Mirebalais taken\nGangs overran the town of Mirebalais on Monday.", {T}, {G}),
        ("Border fire\nUnits fired small arms at its positions overnight.", {G}, set()),
        ("Guns fall silent\nBoth sides agreed to halt firing from 5 p.m.", {DIP}, set()),
        ("Convoy ambush\nThe attack was followed by a mention of talks.", set(), {D}),
        ("Council vote\nThe council voted to demand that Rwanda pull troops out.", {DIP}, {D}),
    ],
)
def test_boundaries_of_combat_capture_and_deployment(
    text: str, present: set[Topic], absent: set[Topic]
) -> None:
    _assert_topics(text, present, absent)


def test_one_child_named_among_the_dead() -> None:
    counts = counts_of("Beach attack\nNine people died. Among the dead was a 12-year-old girl.")
    assert counts.get("children_killed") == 1


def test_the_disappeared_are_missing() -> None:
    facts = tag_text("Town seized\nDozens of residents disappeared during the assault.").facts
    assert value_of(facts.missing) == 12


def test_a_recall_counted_in_months_adds_no_victims() -> None:
    text = "Families wait\nTwelve months after fighters massacred hundreds near the town, no list."
    assert tag_text(text).facts.killed is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day of the month is not a count.
        (
            "Port toll rises\nThe number killed in the attack on the night of 12 March has risen "
            "to seven.",
            {"killed": 7},
        ),
        (
            "Flash update\nAs of 3 May, 25 people, including two children, had been killed.",
            {"killed": 25, "children_killed": 2},
        ),
        (
            "Gang raid\nGunmen killed at least 40 people, including 9 women and three infants.",
            {"killed": 40, "children_killed": 3},
        ),
        (
            "Glide bomb\nThe bomb injured 15 people, including a six-month-old baby and a "
            "14-year-old girl.",
            {"injured": 15, "children_injured": 2},
        ),
        ("Hospitals\nSome 90 people were admitted with injuries overnight.", {"injured": 90}),
    ],
)
def test_counts_past_dates_appositions_and_admissions(text: str, expected: dict[str, int]) -> None:
    assert_counts(text, expected)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Losses table\nEnemy losses: personnel — about 1,210 persons; tanks — 6.", {C}, set()),
        ("Rebels hold city\nThe government said rebels control most of Goma.", {T}, set()),
        ("Ship hit\nThe rebels claimed the attack in a televised statement.", set(), {G}),
        ("Sevastopol\nAir defence forces repelled an attack on the city overnight.", set(), {G}),
        ("Rebel push\nThe advance sent thousands of people fleeing to the border.", {G}, {D}),
        (
            "Charity run\nRunners raised money for the rehabilitation of wounded veterans.",
            set(),
            {C},
        ),
        ("Fuel port hit\nAirstrikes hit the fuel port of Ras Isa overnight.", {S, H}, set()),
        ("Canal revenue halves\nIncome fell as ships avoided the route.", {E}, set()),
    ],
)
def test_tallies_control_claims_and_economy(
    text: str, present: set[Topic], absent: set[Topic]
) -> None:
    _assert_topics(text, present, absent)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "First Egyptian contingent lands in Mogadishu\nThe soldiers join the AU mission.",
            Severity.HIGH,
        ),
        (
            "Watchdog confirms gas use\nSamples from the trenches tested positive for CS, a "
            "riot control agent, after a drone attack.",
            Severity.CRITICAL,
        ),
        (
            "Forces engage foreign troops in Kursk for first time\nThe units met in combat.",
            Severity.CRITICAL,
        ),
    ],
)
def test_new_foreign_troops_chemical_use_and_first_combat(text: str, level: Severity) -> None:
    assert tag_text(text).severity is level


def test_a_recall_to_the_day_adds_no_victims() -> None:
    text = (
        "Drone kills two in Kherson\nA drone killed two men. It came a year to the day after the "
        "dam breach, which killed at least 59 people."
    )
    assert counts_of(text)["killed"] == 2


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # An unknown village named as the object is not the known town mentioned after it.
        (
            "Ministry claims village\nThe ministry said its forces seized Kotliarivka (southwest "
            "of Pokrovsk), a claim no one could verify.",
            Severity.LOW,
        ),
        # A longer unknown name starting with a known one is not that city.
        (
            "Militants capture Adan Yabaal\nAl Shabaab captured Adan Yabaal after troops "
            "withdrew, residents said.",
            Severity.MEDIUM,
        ),
        # A possessive names an owner, not the captured place.
        (
            "Junta admits loss of port town\nTroops withdrew from the port, a linchpin of "
            "Beijing's investments, the junta said.",
            Severity.HIGH,
        ),
    ],
)
def test_the_captured_place_is_the_verbs_object(text: str, level: Severity) -> None:
    assert tag_text(text).severity is level


def _facts(text: str) -> Facts:
    return tag_text(text).facts


@pytest.mark.parametrize(
    "text",
    [
        "School strike kills 16\nThe airstrike killed at least 16 people, according to the "
        "hospital, which received the bodies.",
        "Toll rises to six\nThe strike killed six; 14 people were wounded in total, up from 11.",
        "Two events\nIsraeli strikes killed 11 in the south. The strikes came a day after "
        "Hezbollah fired scores of rockets at the north.",
    ],
)
def test_one_event_is_not_a_running_tally(text: str) -> None:
    assert _facts(text).aggregate is False


@pytest.mark.parametrize(
    "text",
    [
        "Daily summary\nIn the past 24 hours, air defences shot down 150 drones and 4 missiles.",
        "Daily summary\nTotal enemy losses amounted to up to 1,300 servicemen and 4 tanks.",
    ],
)
def test_daily_summaries_are_tallies(text: str) -> None:
    result = tag_text(text)
    assert result.severity is Severity.LOW


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Ceasefire talks to resume in Doha\nMediators said negotiations resume Monday.",
            Severity.MEDIUM,
        ),
        (
            "War film wins Oscar\nThe film shows the airstrike after which a mother and her baby "
            "died.",
            Severity.INFO,
        ),
        (
            "Army rejects claim town has fallen, sends reinforcements\nAdditional units were moved "
            "into the area, a spokesman said.",
            Severity.MEDIUM,
        ),
        (
            "Rebels seize Thandwe\nRebels seized Thandwe, home to an airport and about 40,000 "
            "residents, witnesses said.",
            Severity.HIGH,
        ),
        (
            "Analyst: fall of the town could come within weeks\nAssault groups fight on the "
            "outskirts.",
            Severity.LOW,
        ),
        (
            "RSF says it has 'taken control' of Zamzam camp\nThe group made the claim on Saturday.",
            Severity.MEDIUM,
        ),
    ],
)
def test_severity_in_wire_phrasings(text: str, level: Severity) -> None:
    assert tag_text(text).severity is level


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("IMF approves disbursement\nThe board approved a $2bn disbursement.", {E}, set()),
        ("Drones in Polish airspace\nNineteen drones crossed into Poland's airspace.", set(), {G}),
        (
            "Grain exports up\nExports continued after Russia pulled out of the grain deal.",
            {E},
            {T},
        ),
        ("Ministers speak\nBritain called on Moscow to account for the attack.", {DIP}, set()),
        ("Fire along the LoC\nIndian troops resorted to unprovoked small-arms fire.", {G}, set()),
        ("Plan for peace\nLeaders will work on a plan to end the fighting.", set(), {G}),
        (
            "Deal for missiles\nThe deal allows Ukraine to buy 5,000 air defence missiles.",
            {A},
            set(),
        ),
    ],
)
def test_topics_in_wire_phrasings(text: str, present: set[Topic], absent: set[Topic]) -> None:
    _assert_topics(text, present, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rockets at Galilee\nHezbollah fired some 40 rockets at the north. The army said 35 "
            "of the projectiles were intercepted.",
            {"missiles_launched": 40, "missiles_downed": 35},
        ),
        (
            "Strikes kill eight; Gaza toll tops 61,000\nStrikes killed eight people overnight. "
            "The ministry said 61,020 people had been killed since the war began.",
            {"killed": 8},
        ),
        ("Soldiers martyred\nSeven soldiers embraced martyrdom in the gun battle.", {"killed": 7}),
        (
            "Civilian martyred\nA 55-year-old civilian was martyred by cross-border fire.",
            {"killed": 1},
        ),
    ],
)
def test_counts_in_regional_and_summary_phrasings(text: str, expected: dict[str, int]) -> None:
    assert_counts(text, expected)


def test_a_safe_crew_records_no_casualties() -> None:
    facts = _facts("Tanker targeted\nA missile exploded near the tanker; the crew was safe.")
    assert value_of(facts.killed) == 0


def test_a_month_abbreviation_is_not_a_place() -> None:
    assert [p.name for p in _facts("Exports\nThe association reported on Nov. 4.").places] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A month closing a sentence does not date the number opening the next.
        (
            "Hospital hit\nShells hit the camp on 11 April. Five patients were wounded.",
            {"injured": 5},
        ),
        (
            "School hit\nThe strike killed 18 pupils aged between 7 and 15.",
            {"killed": 18, "children_killed": 18},
        ),
        (
            "Port hit\nRussia fired two missiles at the port; air defences had not been able to "
            "intercept either missile.",
            {"missiles_launched": 2, "missiles_downed": 0},
        ),
    ],
)
def test_counts_past_sentence_dates_age_ranges_and_failed_interceptions(
    text: str, expected: dict[str, int]
) -> None:
    assert_counts(text, expected)


def test_fire_without_causing_casualties_records_zero() -> None:
    facts = _facts("Border fire\nUnits fired at its positions without causing casualties.")
    assert value_of(facts.killed) == 0


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Doctors strike\nThe strike followed the failure to meet 19 demands.", set(), {DIP}),
        ("Envoys to meet\nThe two envoys will meet in Geneva next week.", {DIP}, set()),
        ("Brigade plans\nAn advance command of 20 officers begins work in Vilnius.", set(), {G}),
        ("Losses table\nRussia has lost 1,085,460 troops in Ukraine, Kyiv says.", {C}, {D}),
        (
            "Grain exports rise\nExports grew despite repeated strikes on port infrastructure.",
            {E},
            {S, H},
        ),
    ],
)
def test_background_and_false_friends(text: str, present: set[Topic], absent: set[Topic]) -> None:
    _assert_topics(text, present, absent)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Nuclear plant reconnected to grid after three days on diesel\nThe plant had been "
            "running on diesel generators, the agency said.",
            Severity.LOW,
        ),
        (
            "Village marks a year since the massacre\nHundreds gathered to mark one year since "
            "the attack, in which 101 people were killed. Speakers read out the names of the dead.",
            Severity.INFO,
        ),
    ],
)
def test_endings_and_anniversaries_are_not_new_harm(text: str, level: Severity) -> None:
    assert tag_text(text).severity is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Flash update\nAs of 3 May, 25 people had been killed in the course of the operation.",
            Severity.LOW,
        ),
        (
            "Rebels claim Kyaukphyu Township\nThe rebels said they seized Kyaukphyu Township, "
            "home to a deep-sea port.",
            Severity.MEDIUM,
        ),
        (
            "Airstrike kills militants\nThe command said the airstrike killed multiple militants "
            "in the hills.",
            Severity.MEDIUM,
        ),
        (
            "Gas attack\nDoctors treated 30 people; the symptoms were consistent with chlorine "
            "exposure.",
            Severity.CRITICAL,
        ),
        (
            "Dam hit\nDrones struck the dam's transformers, causing a power cut across Northern "
            "state, River Nile state and the capital.",
            Severity.HIGH,
        ),
        (
            "Warning\nAny deployment of foreign troops to the country could lead to war, the "
            "minister said.",
            Severity.INFO,
        ),
        (
            "Brigade\nAbout 400 soldiers are currently in Lithuania, the ministry said.",
            Severity.MEDIUM,
        ),
    ],
)
def test_tallies_sites_unnumbered_deaths_chemicals_blackouts_and_presence(
    text: str, level: Severity
) -> None:
    assert tag_text(text).severity is level


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Toll rises\nEleven people were killed. The number of wounded was revised up to 38, "
            "with 14 of them still in hospital.",
            {"killed": 11, "injured": 38},
        ),
        (
            "Four children among nine killed in strike on home\nRescuers searched the rubble.",
            {"killed": 9, "children_killed": 4},
        ),
        (
            "Missile intercepted\nA ballistic missile launched from Yemen toward the coast was "
            "shot down early on Thursday.",
            {"missiles_launched": 1, "missiles_downed": 1},
        ),
    ],
)
def test_counts_revised_up_among_and_shot_down(text: str, expected: dict[str, int]) -> None:
    assert_counts(text, expected)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Camp shelled\nThe militia rained artillery shells on the camp.", {S}, set()),
        (
            "Border build-up\nThe army moved rocket launchers and Iskander systems south.",
            set(),
            {S},
        ),
        ("Convoy attack\nThe group claimed the attack on Thursday.", set(), {S}),
        ("Fund topped up\nThe fund repays states for weapons sent to Ukraine.", {A}, set()),
        ("Unexploded drone\nA worker was hurt by an unexploded drone warhead.", set(), {N}),
        ("Treason case\nShe had sent 5,000 rubles to a foundation.", set(), {E}),
        ("Morning strike\nThe missile hit as residents were leaving for work.", {S}, {H}),
        ("Carrier sent\nA second carrier strike group is heading to the region.", set(), {S}),
        ("Travellers seized\nGunmen seized the travellers' phones at a checkpoint.", set(), {T}),
        ("Aid arrives\nSome 70 trucks carrying food crossed into Gaza.", {H}, {G}),
        ("Drills\nThe drills practise the deployment of tactical nuclear weapons.", {N}, {D}),
    ],
)
def test_weapons_systems_money_and_convoys(
    text: str, present: set[Topic], absent: set[Topic]
) -> None:
    _assert_topics(text, present, absent)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Daily summary: 48 drones destroyed in past 24 hours\nAir defences destroyed 48 "
            "drones over the regions, the ministry said.",
            Severity.LOW,
        ),
        (
            "Station hit again\nA missile struck near the station, injuring three. The station "
            "was the site of the April 2022 missile attack that killed 61 civilians.",
            Severity.LOW,
        ),
        (
            "Rebels overrun army headquarters in Ann\nThe rebels captured the army's regional "
            "headquarters in Ann, residents said.",
            Severity.HIGH,
        ),
        (
            "Bloggers claim village\nBloggers claimed that units seized Shevchenko, southeast "
            "of Pokrovsk; the claim is unconfirmed.",
            Severity.LOW,
        ),
        (
            "Round-up\nShelling wounded three people in Kherson. Turkey will host talks next "
            "week, with a prisoner exchange and the return of bodies on the agenda.",
            Severity.MEDIUM,
        ),
        (
            "Veto again\nHungary blocked the release of 6.6 billion euros in military aid "
            "reimbursements for Ukraine.",
            Severity.LOW,
        ),
        (
            "Talks agreed\nBoth sides agreed to send delegations to ceasefire talks in Jeddah.",
            Severity.MEDIUM,
        ),
    ],
)
def test_severity_of_summaries_recalls_sites_homonyms_roundups_and_vetoes(
    text: str, level: Severity
) -> None:
    assert tag_text(text).severity is level


def test_fire_at_named_positions_is_combat() -> None:
    assert G in topics_of("Border fire\nUnits fired at enemy forward positions overnight.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rocket intercepted\nA single rocket launched from southern Lebanon toward the "
            "Western Galilee was shot down on Sunday evening.",
            {"missiles_launched": 1, "missiles_downed": 1},
        ),
        (
            "75 of 99 drones and missiles downed\nRussia launched 93 drones and six missiles; "
            "air defences shot down 71 of the drones and four of the missiles.",
            {"drones_launched": 93, "drones_downed": 71, "missiles_launched": 6},
        ),
        (
            "Quadcopters downed\nPolice shot down five quadcopters over the station.",
            {"drones_downed": 5},
        ),
    ],
)
def test_projectiles_single_combined_and_quadcopters(text: str, expected: dict[str, int]) -> None:
    assert_counts(text, expected)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Kenya sends 200 more police officers to Haiti\nA further 200 Kenyan police officers "
            "landed in Port-au-Prince on Saturday.",
            Severity.MEDIUM,
        ),
        (
            "Riot police deployed\nPolice officers were sent to the protest in the capital.",
            Severity.INFO,
        ),
        (
            "First Guatemalan soldiers arrive in Haiti\nAn initial contingent of 75 soldiers "
            "landed at the airport.",
            Severity.HIGH,
        ),
        (
            "Government acknowledges rebel control of Goma\nThe minister said Goma was under "
            "rebel control.",
            Severity.CRITICAL,
        ),
        (
            "Gangs take town of Mirebalais\nGangs seized the central town of Mirebalais, the "
            "national police said. Officers withdrew.",
            Severity.HIGH,
        ),
        (
            "RSF chief concedes loss of Wad Madani\nThe commander acknowledged his fighters had "
            "lost the city.",
            Severity.CRITICAL,
        ),
    ],
)
def test_police_abroad_first_contingents_and_conceded_captures(text: str, level: Severity) -> None:
    assert tag_text(text).severity is level


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Bodies recovered\nSome 2,900 bodies were recovered after last week's fighting.",
            {C},
            {G},
        ),
        ("Residents missing\nDozens of residents disappeared during the assault.", {C}, {G}),
        ("Town captured\nRebels seized the town after a three-month offensive.", {T}, {G}),
        ("Church raid\nArmed bandits stormed a church and abducted 27 worshippers.", set(), {G}),
        ("Massacre\nGang members opened fire on residents, killing 70.", {C}, {G}),
        ("Mission\nPolice joined the mission fighting the gangs.", set(), {G}),
        ("Border clashes\nTroops clashed with militants near the border.", {G}, set()),
        (
            "Aid crossing\nTrucks carrying food, medical supplies and fuel crossed into Gaza.",
            {H},
            {G},
        ),
        ("Treason\nShe was jailed over a 5,000-ruble donation.", set(), {E}),
    ],
)
def test_fighting_as_background_and_attacks_on_civilians(
    text: str, present: set[Topic], absent: set[Topic]
) -> None:
    _assert_topics(text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Village taken\nUnits liberated the village through decisive offensive actions.",
            {T},
            {G},
        ),
        ("Beach attack\nGunmen stormed a restaurant; one attacker was captured alive.", set(), {T}),
        (
            "Police mission\nOfficers of the Multinational Security Support mission landed.",
            set(),
            {A},
        ),
        (
            "Strikes on port\nThe strikes killed 80, the rebels said Friday, the deadliest attack.",
            {S},
            {G},
        ),
        ("Appeal\nEvery day that the fighting continues, children pay the price.", set(), {G}),
        ("Losses table\nCombat losses of the enemy: personnel ‒ about 714,000 persons.", {C}, {G}),
        (
            "Reinforcements\nBurundi has flown 1,000 soldiers into South Kivu, diplomatic "
            "sources said.",
            {D},
            {DIP},
        ),
        ("Encounter\nTwo soldiers were killed in an encounter along the LoC.", {C, G}, set()),
    ],
)
def test_regional_wire_and_ministry_phrasings(
    text: str, present: set[Topic], absent: set[Topic]
) -> None:
    _assert_topics(text, present, absent)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Footage shows capture\nGeolocated footage indicates that forces seized the village. "
            "The forces did not make confirmed advances closer to the town.",
            "confirmed",
        ),
        (
            "Militia claims town\nThe militia said it had taken control of the town, claiming "
            "that army units withdrew overnight.",
            "claimed",
        ),
    ],
)
def test_status_reads_each_sentences_own_verdict(text: str, status: str) -> None:
    assert _facts(text).status == status


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Lebanon marks one year since pager blasts\nPeople gathered to mark one year since "
            "pagers exploded across the country, killing 12 and wounding nearly 3,000.",
            Severity.INFO,
        ),
        (
            "Border fire\nTroops opened fire on positions overnight; no casualties. Azerbaijan's "
            "2023 offensive in Karabakh killed about 200 fighters.",
            Severity.LOW,
        ),
        (
            "Troops come under fire for first time\nThe first foreign army units came under fire "
            "in the region.",
            Severity.CRITICAL,
        ),
        (
            "Toll rises to 11\nEleven people have died. Among the dead is a 12-year-old girl.",
            Severity.HIGH,
        ),
    ],
)
def test_anniversaries_dated_recalls_first_fire_and_a_child_among_the_dead(
    text: str, level: Severity
) -> None:
    assert tag_text(text).severity is level


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Army confirms withdrawal from village\nTroops pulled out of the village to avoid "
            "encirclement, a spokesman confirmed.",
            {T},
            {D},
        ),
        (
            "Russia regroups troops\nThe ministry said it would regroup troops from the area to "
            "the Donetsk direction, conceding the towns.",
            {D},
            set(),
        ),
        ("Refugees\nMore than 12,000 people have crossed from Nasir into Ethiopia.", {H}, {G}),
        ("Thousands flee\nSome 5,000 fled the fighting in Nasir, UNHCR said.", {H}, set()),
        (
            "Flash update\nSince the rebels took control of Bukavu, 10,000 people have crossed "
            "into Burundi.",
            {H},
            {T, G},
        ),
        (
            "Doctrine\nAn attack by a non-nuclear state would be treated as a joint attack.",
            set(),
            {C},
        ),
    ],
)
def test_withdrawals_refugee_flows_recalled_captures_and_doctrine(
    text: str, present: set[Topic], absent: set[Topic]
) -> None:
    _assert_topics(text, present, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Missile from Yemen\nA ballistic missile was launched from Yemen. The military said "
            "the missile was intercepted before it reached the coast.",
            {"missiles_launched": 1, "missiles_downed": 1},
        ),
        (
            "Drone strike\nThe drone killed a man and his son; a passer-by was also wounded.",
            {"killed": 2, "injured": 1},
        ),
    ],
)
def test_counts_of_one_missile_and_a_passer_by(text: str, expected: dict[str, int]) -> None:
    assert_counts(text, expected)


def test_a_running_aid_total_is_not_a_new_package() -> None:
    text = (
        "New $425 million military aid package\nThe package brings total assistance since "
        "February 2022 "
        "to more than $60 billion."
    )
    assert tag_text(text).severity is Severity.LOW


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Barrage\nHezbollah fired rockets in response to the killing of a commander.", {S}, {C}),
        (
            "Hotel siege\nSix died after gunmen stormed a hotel; special forces regained control "
            "of the building.",
            {C, G},
            {T},
        ),
        (
            "Swap\nThe ICRC oversaw the transfer of 95 released detainees from each side.",
            {DIP},
            set(),
        ),
        ("Funds\nThe EU transferred the funds to buy military equipment for Kyiv.", {A}, set()),
        ("Taiwan\nThe ministry detected 34 PLA aircraft and nine naval vessels.", {D}, set()),
        ("Treaty\nThe two neighbours fought wars over the region in the 1990s.", set(), {G}),
        ("IAEA rebukes Iran\nTehran said it would install advanced centrifuges.", {N}, {G}),
        ("Push\nRussian forces advanced toward the town.", {G}, set()),
        (
            "Gas attack\nTroops dropped munitions filled with chloropicrin on the positions.",
            {S, N},
            set(),
        ),
        ("Border\nTwo battalions were moved to the frontier to check infiltration.", {D}, {G}),
    ],
)
def test_retaliation_sieges_swaps_detections_and_adjectives(
    text: str, present: set[Topic], absent: set[Topic]
) -> None:
    _assert_topics(text, present, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drone down\nAt 00:10 a drone was shot down over the plant.", {"drones_downed": 1}),
        (
            "Base raid\nFive soldiers of the army's 25 Task Force Brigade were killed at about "
            "5 a.m.",
            {"killed": 5},
        ),
        (
            "Toll revised\n19 people were killed, revising down an earlier figure of 20.",
            {"killed": 19},
        ),
        (
            "Statement\nThe forces targeted the carrier with 18 ballistic and cruise missiles.",
            {"missiles_launched": 18},
        ),
    ],
)
def test_counts_past_clock_times_units_and_revisions(text: str, expected: dict[str, int]) -> None:
    assert_counts(text, expected)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Weekly overview\nIn the week of 9 to 15 November, ACLED recorded 187 fatalities.",
            Severity.LOW,
        ),
        (
            "Drone strike kills three fighters\nA Turkish drone struck a vehicle, killing three "
            "fighters.",
            Severity.MEDIUM,
        ),
        (
            "First foreign police arrive\nSome 400 police officers landed, the first foreign "
            "force to deploy in the country.",
            Severity.HIGH,
        ),
    ],
)
def test_weekly_tallies_attackers_and_first_forces(text: str, level: Severity) -> None:
    assert tag_text(text).severity is level


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Energy hit\nDrones struck the facility. No one was killed or injured.", {S}, {C}),
        (
            "Night attack\nRussia attacked with 72 drones. Information on casualties is still "
            "being clarified.",
            {S},
            {C},
        ),
        (
            "Clashes\nFighting broke out near the city. The toll of the clashes could not be "
            "independently verified.",
            {G},
            {C},
        ),
        ("Garrison holds\nThe garrison was still under army control by nightfall.", set(), {T}),
        ("Port city\nWarships struck targets in the Red Sea port city of Hodeida.", {S}, {H}),
        ("Shipping\nThe strikes aim to halt the rebels' attacks on shipping.", {S}, {G}),
        ("Taiwan\n153 sorties of PLA aircraft were detected around Taiwan.", {D}, set()),
        ("Mission\nThe mission has struggled to push back the gangs.", set(), {G}),
        (
            "Crossings\nOver 400,000 people have crossed from Lebanon into Syria since the "
            "escalation of Israeli airstrikes on 23 September.",
            {H},
            {S},
        ),
        (
            "Handover\nSome 200 soldiers deployed in the village; peacekeepers accompanied the "
            "deployment.",
            {D},
            set(),
        ),
    ],
)
def test_negations_sieges_ports_detections_and_background(
    text: str, present: set[Topic], absent: set[Topic]
) -> None:
    _assert_topics(text, present, absent)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Assessment\nThe ministry claimed that its forces seized Kurakhove, although "
            "analysts have not observed confirmation. Geolocated footage shows forces advanced "
            "near Shevchenko.",
            Severity.MEDIUM,
        ),
        (
            "North Korean troops fighting in Kursk\nNorth Korean soldiers have begun taking part "
            "in Russian assaults.",
            Severity.CRITICAL,
        ),
        (
            "Region: 486 attacks over the past day\nTwo people were killed and 14 injured.",
            Severity.LOW,
        ),
        ("Parts sale\nThe US approved a NT$12.5bn sale of F-16 parts to Taiwan.", Severity.LOW),
        (
            "Qatar confirms ceasefire deal\nThe sides reached an agreement for a ceasefire.",
            Severity.MEDIUM,
        ),
        (
            "Rebels claim control of Bukavu\nThe rebels said they had taken control of the city "
            "of 1.3 million people after government troops pulled out.",
            Severity.HIGH,
        ),
    ],
)
def test_recalled_tolls_claims_first_combat_summaries_currencies_and_deals(
    text: str, level: Severity
) -> None:
    assert tag_text(text).severity is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Russia launches record 800 drones in the largest attack this year\nAir defences "
            "shot down 747 drones.",
            Severity.HIGH,
        ),
        (
            "Daily summary\nOver the past day, air defences destroyed 120 drones over the regions.",
            Severity.LOW,
        ),
    ],
)
def test_a_record_is_one_event_and_a_daily_summary_a_tally(text: str, level: Severity) -> None:
    assert tag_text(text).severity is level


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Rates\nDamage to power plants from Russian strikes pushed up costs.", set(), {S}),
        ("Base attack\nTroops repel ISWAP attack on Marte base.", {G}, {S}),
        ("Politics\nThe bill 'killed the deal' on a state commission, Lapid said.", set(), {C}),
        (
            "Losses\nRussia also lost 11,136 tanks and 23,203 armoured fighting vehicles.",
            set(),
            {G},
        ),
        (
            "Freeze\nJapan froze the assets of 11 Russian entities and lowered the price cap.",
            {DIP},
            set(),
        ),
        ("Weapons\nThe Netherlands will finance a $500 million package of weapons.", {A}, set()),
        ("Taiwan\nThe ministry detected 32 People's Liberation Army (PLA) aircraft.", {D}, set()),
        ("Dnipro\n23 people were killed by the Russian missile.", {C, S}, set()),
    ],
)
def test_background_strikes_group_attacks_idioms_and_detections(
    text: str, present: set[Topic], absent: set[Topic]
) -> None:
    _assert_topics(text, present, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Woman dies\nA 74-year-old woman who was pulled from the rubble after Tuesday's "
            "guided-bomb attack on the district has died in hospital.",
            {"killed": 1},
        ),
        (
            "Odesa\nA three-year-old boy is among four people killed. Two other children are "
            "among the 14 injured.",
            {"killed": 4, "children_killed": 1, "injured": 14, "children_injured": 2},
        ),
    ],
)
def test_counts_of_a_victim_who_died_later_and_children_among(
    text: str, expected: dict[str, int]
) -> None:
    assert_counts(text, expected)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Memorial\nSix years ago, a suicide bomber rammed a car into a convoy, killing 40 "
            "personnel. Wreaths were laid at the memorial.",
            Severity.INFO,
        ),
        (
            "Regional overview\nACLED records over 1,250 political violence events in March, "
            "with more than 2,100 reported fatalities.",
            Severity.LOW,
        ),
        (
            "IDF says it killed senior commander in Beirut strike\nThe ministry said three "
            "people were killed and 15 wounded in the strike.",
            Severity.MEDIUM,
        ),
        (
            "Pentagon orders 2,000 troops to prepare for possible deployment\nThe secretary "
            "ordered 2,000 troops to prepare to deploy. No final decision has been made.",
            Severity.MEDIUM,
        ),
        (
            "Cabinet approves plan to take the city; army to call up 60,000 reservists\nOrders "
            "go out in the coming weeks.",
            Severity.MEDIUM,
        ),
        (
            "Ukrenergo: emergency blackouts in five oblasts after massive attack\nThermal plants "
            "were damaged.",
            Severity.HIGH,
        ),
        (
            "Sweden unveils aid package worth 13.5 billion crowns\nSweden will send military aid "
            "worth 13.5 billion Swedish crowns.",
            Severity.MEDIUM,
        ),
        (
            "Watchdog confirms use of CS in samples\nThe organisation confirmed the use of CS, a "
            "riot control agent, in samples from the front line.",
            Severity.CRITICAL,
        ),
    ],
)
def test_severity_of_recalls_overviews_targeted_killings_plans_blackouts_and_crowns(
    text: str, level: Severity
) -> None:
    assert tag_text(text).severity is level
