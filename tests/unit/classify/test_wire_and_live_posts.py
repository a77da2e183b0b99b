"""Wire copy and live-blog posts: named weapon systems sent as aid, air defences at work,
background paragraphs that recall or tally, and words in other senses."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Severity, Topic
from tests.unit.classify.tagging import topics_of, value_of

C, S, G, T = Topic.CASUALTIES, Topic.STRIKE, Topic.GROUND_COMBAT, Topic.TERRITORIAL_CHANGE
D, A, H = Topic.TROOP_DEPLOYMENT, Topic.MILITARY_AID, Topic.HUMANITARIAN_INFRASTRUCTURE
DIP, N, E = Topic.DIPLOMACY_SANCTIONS, Topic.NUCLEAR_CBRN, Topic.ECONOMY


@pytest.mark.parametrize(
    "text",
    [
        "Norway to ship more NASAMS\nOslo will ship two more NASAMS batteries to Kyiv in spring.",
        "Howitzers arrive\nThe Czech government delivered 18 howitzers to the front-line brigades.",
        "Air-defence boost\nThe Netherlands pledged three air-defence systems to Ukraine.",
        "Armour for Kyiv\nSweden will supply 50 armoured vehicles to Ukraine's army.",
    ],
)
def test_named_weapon_systems_sent_to_a_state_are_aid(text: str) -> None:
    assert A in topics_of(text)


@pytest.mark.parametrize(
    ("text", "strike"),
    [
        ("Blasts in Lviv\nAir defences were engaged over the city before dawn.", True),
        ("Night in Dnipro\nAir defence units were in action over the region for two hours.", True),
        ("Drill in Riga\nLatvian air-defence crews trained on a new radar on Tuesday.", False),
    ],
)
def test_air_defences_at_work_mean_an_attack(text: str, strike: bool) -> None:
    assert (S in topics_of(text)) is strike


def test_a_pledge_of_systems_worth_billions_is_a_package() -> None:
    result = tag_text(
        "Berlin to send more IRIS-T\nGermany will send three more IRIS-T air-defence systems "
        "to Ukraine, part of a 2.1bn euro package, the ministry said."
    )
    assert A in {t.topic for t in result.topics}
    assert result.severity is Severity.MEDIUM


_NEW_ATTACK = (
    "Car bomb kills four at Mogadishu checkpoint\n"
    "A car bomb exploded at a checkpoint in Mogadishu on Thursday, killing four soldiers and "
    "wounding six civilians, police said. "
)


@pytest.mark.parametrize(
    "background",
    [
        "In March 2019, a truck bomb at the same junction killed more than 80 people.",
        "The October 14, 2017 bombing, which killed 587 people, remains the deadliest.",
        "Its 2009 offensive against the militants killed about 1,000 fighters.",
        "The 2006 war between the army and the militia killed about 1,000 people.",
    ],
)
def test_a_dated_event_opening_a_sentence_is_recalled(background: str) -> None:
    result = tag_text(_NEW_ATTACK + background)
    assert value_of(result.facts.killed) == 4
    assert result.severity is Severity.MEDIUM


def test_a_recalled_event_named_again_stays_in_the_past() -> None:
    result = tag_text(
        "Refinery reopens in Cabo Delgado\n"
        "The refinery near Palma resumed work on Friday, four years after an insurgent attack on "
        "the town in 2021. The Palma attack killed dozens of workers."
    )
    assert C not in {t.topic for t in result.topics}
    assert result.facts.killed is None


def test_an_event_named_again_with_a_day_is_the_news() -> None:
    result = tag_text(
        "Gunmen attack Palma again\n"
        "Gunmen raided Palma, four years after an insurgent attack on the town in 2021. "
        "The attack on Friday killed three workers."
    )
    assert value_of(result.facts.killed) == 3


def test_a_conflicts_whole_toll_is_background() -> None:
    result = tag_text(
        "Market bomb wounds nine in Narathiwat\n"
        "A bomb hidden in a motorbike exploded at a market in Narathiwat on Sunday, wounding "
        "nine people, police said, blaming insurgents in a conflict that has killed more than "
        "7,000 people."
    )
    assert result.facts.killed is None
    assert result.severity is Severity.MEDIUM


def test_a_deployment_in_the_headline_is_not_capped_by_a_tally_in_the_body() -> None:
    result = tag_text(
        "Ecuador sends 1,500 soldiers to Guayaquil\n"
        "Ecuador is deploying 1,500 soldiers to Guayaquil, where gang violence has left more "
        "than 900 people dead since January, the defence ministry said."
    )
    assert result.severity is Severity.HIGH


def test_a_daily_tally_under_a_tally_headline_stays_low() -> None:
    result = tag_text(
        "Front line: 140 clashes over the past day\n"
        "Over the past day, 140 clashes took place and 1,200 troops were moved to the east, "
        "the general staff said."
    )
    assert result.severity is Severity.LOW


@pytest.mark.parametrize(
    ("text", "combat"),
    [
        ("Cafe\nA gunman opened fire inside a crowded cafe in Kandy, killing two.", False),
        ("Bus\nMilitants opened fire on a bus of pilgrims in Reasi, killing nine.", False),
        ("Raid\nArmed men attacked herders near Gao, killing 12 people.", False),
        ("Post\nMilitants opened fire on an army post near Gao, killing two soldiers.", True),
        ("Refuge\nThe families had taken refuge there from fighting in the hills.", False),
        ("Troops\nThe deployment followed clashes in the north last month.", False),
        ("Deal signed\nBoth sides agreed an end to the fighting from Sunday noon.", False),
        ("Deal signed\nUnder the plan, the fighting will stop within a day.", False),
        ("Hub falls\nThe town had been the main target of Moscow's offensive since spring.", False),
        ("Minister\nThe minister has come under fire from lawmakers over the losses.", False),
        ("Derby\nThe hosts, fighting for a play-off place, fought like lions.", False),
        ("Unit news\nThe 47th assault regiment rotated to the rear, its spokesman said.", False),
        ("Front\nUkrainian troops repelled an assault on their positions near Siversk.", True),
    ],
)
def test_combat_words_in_other_senses(text: str, combat: bool) -> None:
    assert (G in topics_of(text)) is combat


def test_beheadings_are_killings() -> None:
    result = tag_text(
        "Militants behead five in Ituri\nMilitants beheaded five farmers near Komanda overnight."
    )
    assert C in {t.topic for t in result.topics}
    assert value_of(result.facts.killed) == 5
    assert result.severity is Severity.HIGH


def test_a_figure_of_killed_or_wounded_is_neither() -> None:
    result = tag_text(
        "Pyongyang sends more troops\nNorth Korea has sent 2,000 more soldiers to Russia. "
        "Seoul estimates that about 3,000 North Korean soldiers have been killed or wounded."
    )
    assert result.facts.killed is None
    assert result.facts.injured is None


def test_a_commander_killed_in_a_strike_is_not_a_claim_of_losses() -> None:
    result = tag_text(
        "Army says it killed militia brigade commander in Tyre strike\n"
        "The army said it killed a militia brigade commander in a strike on a flat in Tyre. "
        "Rescuers said six people in total, including the commander and a child, were killed."
    )
    assert value_of(result.facts.killed) == 6
    assert not result.facts.aggregate
    assert result.severity is Severity.HIGH


def test_children_among_the_dead_make_a_loss_claim_a_toll() -> None:
    result = tag_text(
        "Army says it killed 12 militants in raid\n"
        "The army said it killed 12 militants in a raid on a village; local medics said three "
        "children were among the dead."
    )
    assert result.severity is Severity.CRITICAL


def test_no_one_killed_or_injured_records_zero_of_both() -> None:
    result = tag_text(
        "Drones hit substation near Lutsk\n"
        "Drones hit a substation near Lutsk overnight. Officials said no one had been killed or "
        "injured."
    )
    assert C not in {t.topic for t in result.topics}
    assert value_of(result.facts.killed) == 0
    assert value_of(result.facts.injured) == 0


def test_wounded_prisoners_coming_home_are_not_new_casualties() -> None:
    result = tag_text(
        "Kyiv and Moscow swap 90 prisoners each\n"
        "Each side handed over 90 prisoners of war. Among those returning were 12 badly wounded "
        "marines, the ombudsman said."
    )
    assert C not in {t.topic for t in result.topics}
    assert result.facts.injured is None


def test_a_months_total_is_a_tally() -> None:
    result = tag_text(
        "Kyiv: Russia fired 3,100 drones in May\n"
        "Russia launched more than 3,100 drones and 90 missiles at Ukraine in May alone, the "
        "president said."
    )
    assert result.facts.aggregate
    assert result.severity is Severity.LOW


def test_the_second_attack_this_year_is_one_event() -> None:
    result = tag_text(
        "Barrage of 150 missiles\nThe state fired about 150 ballistic missiles overnight in its "
        "second direct attack this year; most were intercepted."
    )
    assert not result.facts.aggregate
    assert result.severity is Severity.HIGH


def test_a_daily_report_keeps_its_own_figures_not_the_running_total() -> None:
    result = tag_text(
        "Ministry: 44 killed in past day\n"
        "At least 44 people were killed and 120 wounded in the past 24 hours, the ministry said. "
        "The toll since the war began has reached 31,200 dead and 70,400 wounded."
    )
    assert value_of(result.facts.killed) == 44
    assert value_of(result.facts.injured) == 120
    assert result.severity is Severity.LOW


def test_a_weapon_after_a_line_break_is_not_the_headlines_count() -> None:
    result = tag_text(
        "Drone attack on Omdurman market kills 40\n"
        "A drone attack on a market in Omdurman killed at least 40 people."
    )
    assert result.facts.drones_launched is None


def test_one_of_two_rockets_intercepted_in_the_next_sentence() -> None:
    result = tag_text(
        "Rockets at Metula\nTwo rockets were fired from Lebanon toward Metula on Sunday. One was "
        "intercepted and the other fell in an open field, the army said."
    )
    assert value_of(result.facts.missiles_launched) == 2
    assert value_of(result.facts.missiles_downed) == 1
    assert result.facts.outcome == "intercepted"


def test_debris_of_a_downed_missile_is_one_downed() -> None:
    result = tag_text(
        "Debris hits Kyiv suburb\nDebris from a downed missile fell on a house in Irpin, "
        "injuring two."
    )
    assert value_of(result.facts.missiles_downed) == 1
    assert result.facts.outcome == "intercepted"


@pytest.mark.parametrize(
    "background",
    [
        "The rebels captured Uvira in January and Baraka in March.",
        "Both depots were struck by the same brigade in June.",
    ],
)
def test_events_dated_by_a_month_alone_are_recalled(background: str) -> None:
    result = tag_text(
        "Rebels seize lakeside town of Fizi\nThe rebels took control of the town of Fizi on "
        "Wednesday, residents said. " + background
    )
    assert result.severity is Severity.HIGH
    assert S not in {t.topic for t in result.topics}


def test_explosions_heard_during_a_missile_alert_are_a_strike() -> None:
    assert S in topics_of(
        "Blasts in Odesa\nExplosions were heard in Odesa minutes after the air force warned of "
        "a missile threat."
    )


def test_explosions_at_a_factory_are_not_a_strike() -> None:
    assert S not in topics_of(
        "Blast at plant\nExplosions were heard at a fertiliser plant after a gas leak."
    )


def test_a_ceasefire_agreed_after_deadly_fighting_is_still_news() -> None:
    result = tag_text(
        "Armenia and Azerbaijan agree border ceasefire after talks in Abu Dhabi\n"
        "The two governments agreed an immediate ceasefire on Sunday. The deal comes two years "
        "after a border war in which 300 soldiers were killed."
    )
    assert result.severity is Severity.MEDIUM


def test_agreeing_a_phase_of_a_ceasefire_deal_is_an_announcement() -> None:
    result = tag_text(
        "Sides agree first phase of ceasefire deal\n"
        "Both sides signed the first phase of the agreement, the mediators said."
    )
    assert result.severity is Severity.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        "Oslo funds drones\nNorway will spend $40 million on Ukrainian-made interceptor drones.",
        "Copenhagen pays\nDenmark gave $200 million to finance the production of artillery for "
        "Ukraine's army.",
        "Howitzers funded\nThe ministry will finance the production of 12 howitzers under its "
        "21st donation package.",
    ],
)
def test_money_put_into_weapons_for_another_state_is_aid(text: str) -> None:
    assert A in topics_of(text)


def test_foreign_made_drones_in_an_attack_are_not_aid() -> None:
    assert A not in topics_of(
        "Drones hit port\nIranian-made drones launched by the militia hit the port overnight."
    )


def test_a_units_count_is_not_a_troop_count() -> None:
    result = tag_text(
        "Army calls up three reserve brigades\nThe army is mobilising three reserve brigades "
        "for the northern front."
    )
    assert D in {t.topic for t in result.topics}
    assert result.facts.troops is None


def test_a_paramilitary_assault_is_combat_and_its_drone_attack_a_strike() -> None:
    assault = topics_of(
        "Army repels RSF attack on Kadugli\nThe army said it repelled an RSF assault on the "
        "town's eastern edge."
    )
    assert G in assault
    assert S not in assault
    assert S in topics_of("RSF drone attack on Kosti\nAn RSF drone attack hit Kosti's depot.")


def test_the_exact_toll_over_a_round_threshold() -> None:
    result = tag_text(
        "Toll passes 30,000\nAt least 30,112 people have been killed since the war began, "
        "the ministry said."
    )
    assert value_of(result.facts.killed) == 30112


@pytest.mark.parametrize(
    ("text", "diplomacy"),
    [
        (
            "Drone debris found in Galati\nFragments of a drone were found near Galati after an "
            "attack on Reni. Bucharest summoned Russia's ambassador.",
            True,
        ),
        (
            "Exports fall\nOil export revenues fell in May, citing lower prices and sanctions on "
            "tankers.",
            False,
        ),
        (
            "Tariff threat\nThe president threatened secondary tariffs on buyers of Iranian oil.",
            True,
        ),
    ],
)
def test_diplomatic_acts_mentioned_once(text: str, diplomacy: bool) -> None:
    assert (DIP in topics_of(text)) is diplomacy


@pytest.mark.parametrize(
    ("text", "infrastructure"),
    [
        ("Talks set\nEnvoys will discuss a halt to strikes on energy infrastructure.", False),
        (
            "Rate held\nThe bank cited risks to growth, including more attacks on the power grid.",
            False,
        ),
        ("Grid hit\nRussian strikes caused further damage to the power grid overnight.", True),
    ],
)
def test_damage_not_done_is_not_infrastructure_news(text: str, infrastructure: bool) -> None:
    assert (H in topics_of(text)) is infrastructure


def test_a_state_named_only_by_its_name_owns_the_troops() -> None:
    result = tag_text(
        "Uganda deploys troops to Juba as South Sudan tension rises\n"
        "Uganda has deployed troops to Juba, the army chief said."
    )
    assert result.facts.troop_nationality == "Uganda"


def test_teenagers_with_their_ages_among_the_wounded_are_children() -> None:
    result = tag_text(
        "Bombs hit Kherson factory\nGuided bombs hit a factory in Kherson, injuring 15 people. "
        "Two teenagers, aged 15 and 16, were among the wounded."
    )
    assert value_of(result.facts.children_injured) == 2


def test_soldiers_listed_among_the_wounded_are_not_a_troop_count() -> None:
    result = tag_text(
        "Market bomb wounds 11\nA bomb exploded at a market, wounding 11 people, including "
        "three soldiers on patrol, police said."
    )
    assert result.facts.troops is None


def test_one_missile_launched_told_verb_first() -> None:
    result = tag_text(
        "Missile fired at Eilat\nThe militia said it launched a new long-range ballistic missile "
        "at Eilat; the army said it was intercepted."
    )
    assert value_of(result.facts.missiles_launched) == 1


@pytest.mark.parametrize(
    ("text", "combat"),
    [
        (
            "Border town\nThe town of Graivoron came under fire overnight, the governor said.",
            False,
        ),
        ("Patrol\nUnits came under fire from enemy infantry near the bridge.", True),
        ("Missile\nThe missile was intercepted before it crossed into Israeli territory.", False),
        ("Jets\nThe ministry dispatched combat air patrol aircraft in response.", False),
        (
            "Call-up\nThe minister approved 40,000 reservists ahead of the offensive on the city.",
            False,
        ),
        ("Budget\nMoscow pours resources into its offensive, the ministry's figures show.", False),
        ("Warning\nOfficials fear the troops will be used to support combat operations.", False),
        ("Toll\nHe did not say how many men had been lost in the battle.", False),
        ("Operation\nThe gunmen were killed in an encounter near Sopore in July.", False),
    ],
)
def test_combat_words_as_background(text: str, combat: bool) -> None:
    assert (G in topics_of(text)) is combat


@pytest.mark.parametrize(
    ("text", "topic", "present"),
    [
        (
            "Post attacked\nTerrorists attempted to storm a border post; troops engaged the "
            "attackers.",
            G,
            True,
        ),
        ("LoC\nTroops resorted to unprovoked small-arms firing on forward posts.", G, True),
        ("LoC\nThe army said the other side had violated the ceasefire overnight.", DIP, False),
        ("LoC\nThe army said the other side had violated the ceasefire overnight.", G, True),
        ("Shots at the line\nSoldiers fired warning shots at men crossing the line.", G, True),
        ("Smuggling\nHeroin and a pistol dropped by a drone were found in a field.", S, False),
        ("Seizure\nBorder guards seized more than 200 drones near Tarn Taran this year.", T, False),
        ("Launch\nThe North fired a ballistic missile toward the East Sea on Monday.", S, False),
        ("Border clash\nTroops fired mortar rounds into residential areas, killing one.", S, True),
    ],
)
def test_border_and_security_phrasings(text: str, topic: Topic, present: bool) -> None:
    assert (topic in topics_of(text)) is present


def test_bodies_handed_back_are_not_new_deaths() -> None:
    assert C not in topics_of(
        "Truce agreed\nThe tribes agreed to hand back bodies held since last week's ambush."
    )


def test_a_leaders_nuclear_threat_by_name() -> None:
    result = tag_text(
        "Kim Jong-un says he will use nuclear weapons if attacked\n"
        "The leader said nuclear weapons would be used without hesitation."
    )
    assert result.severity is Severity.HIGH


def test_a_conscript_batch_beside_the_total_since_the_law() -> None:
    result = tag_text(
        "Junta trains new batch of conscripts\nAbout 4,000 conscripts began training this week. "
        "Since the law took effect, the junta has called up more than 60,000 people, many of "
        "whom were sent to the front."
    )
    assert value_of(result.facts.troops) == 4000


def test_a_toll_since_a_named_war_broke_out_is_a_tally() -> None:
    result = tag_text(
        "Cartel war toll\nSince the war between the two factions broke out in May, the state "
        "has recorded more than 900 homicides."
    )
    assert result.facts.aggregate
    assert result.severity is Severity.LOW


def test_members_of_the_national_guard_are_troops() -> None:
    result = tag_text(
        "Reinforcements arrive\nSome 1,800 members of the National Guard arrived in Tijuana on "
        "Tuesday to reinforce security."
    )
    assert value_of(result.facts.troops) == 1800


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        ("Riot ends\nSoldiers entered the prison to retake control after hours of gunfire.", False),
        ("Emergency\nThe army was ordered to take over security in the port city.", False),
        (
            "Border deal\nThe guards withdrew, handing control of three villages to the neighbour.",
            True,
        ),
    ],
)
def test_control_of_prisons_policing_and_land_handed_over(text: str, captured: bool) -> None:
    assert (T in topics_of(text)) is captured


def test_a_claim_rejected_in_another_sentence_is_denied() -> None:
    result = tag_text(
        "Gang says it controls Mirebalais\nThe gang leader said his fighters had taken control "
        "of Mirebalais. The police rejected the claim on Monday."
    )
    assert result.facts.status == "denied"


def test_drones_brought_down_are_downed() -> None:
    result = tag_text(
        "Drone attack on police post\nRebels launched six explosive drones at the post. Two of "
        "the drones were brought down by jammers."
    )
    assert value_of(result.facts.drones_downed) == 2


@pytest.mark.parametrize(
    ("text", "infrastructure"),
    [
        ("Cable cut\nThe subsea power cable between the two countries was damaged.", True),
        ("Canal blast\nAn explosion at the canal is cutting off water to the north.", True),
    ],
)
def test_cables_and_water_cut_off_are_infrastructure(text: str, infrastructure: bool) -> None:
    assert (H in topics_of(text)) is infrastructure


def test_a_provisional_arrangement_reached_is_a_talks_outcome() -> None:
    result = tag_text(
        "Manila and Beijing reach arrangement on resupply\nThe two governments reached a "
        "'provisional arrangement' after talks, the foreign ministry said."
    )
    assert result.severity is Severity.MEDIUM


def test_preparing_to_send_troops_is_a_plan() -> None:
    result = tag_text(
        "Pyongyang preparing to send 4,000 more troops\nThe North is preparing to send 4,000 "
        "more soldiers to the front, intelligence officials said."
    )
    assert result.facts.modality == "future"
    assert result.severity is Severity.MEDIUM


def test_troops_that_move_or_are_transferred_are_deployed() -> None:
    result = tag_text(
        "Marines move to the border\nAbout 2,000 soldiers have been transferred from the east "
        "to the border region, the ministry said."
    )
    assert D in {t.topic for t in result.topics}
    assert value_of(result.facts.troops) == 2000
    assert result.severity is Severity.HIGH


@pytest.mark.parametrize(
    ("text", "deployment"),
    [
        (
            "Base attacked\nThe assault lasted hours before reinforcements arrived from Jowhar.",
            False,
        ),
        ("Camp shelled\nShells fired by the Rapid Support Forces landed on the camp.", False),
        ("Raid\nSoldiers stationed at a nearby base came under attack overnight.", False),
        ("Gas\nDrones dropped grenades with irritant gas on troops near Siversk.", False),
        (
            "Protest\nThe strikes were a warning over the deployment of its forces to the south.",
            False,
        ),
        ("Force planned\nNo country has committed troops yet, and none will be sent soon.", False),
        ("Memorial\nResidents marked two years since the troops withdrew from the town.", False),
        ("MoD\nStrikes hit temporary deployment points of the enemy's forces in 40 areas.", False),
        ("Arrival\nFrench troops landed in Tallinn on Monday to join the NATO battlegroup.", True),
    ],
)
def test_forces_in_the_story_but_not_moved_by_it(text: str, deployment: bool) -> None:
    assert (D in topics_of(text)) is deployment


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        (
            "Kremlin orders autumn call-up of 130,000 conscripts\nThe decree was published today.",
            Severity.MEDIUM,
        ),
        (
            "Cabinet approves call-up of 40,000 reservists\nThe reservists report next month.",
            Severity.MEDIUM,
        ),
        (
            "Army calls up 40,000 reservists\nThe reservists reported to their units on Sunday.",
            Severity.HIGH,
        ),
    ],
)
def test_a_call_up_ordered_is_a_plan_a_call_up_made_is_news(text: str, severity: Severity) -> None:
    assert tag_text(text).severity is severity


def test_money_paid_from_an_existing_budget_is_not_a_new_package() -> None:
    result = tag_text(
        "Training extended\nThe training programme for recruits will run another year, funded "
        "from the £2 billion the government has committed to Ukraine."
    )
    assert result.severity is not Severity.MEDIUM


def test_a_toll_brought_up_for_a_dated_attack_is_not_fresh_news() -> None:
    result = tag_text(
        "Prosecutors raise toll of May 2022 Chuhuiv bombing to 31\n"
        "Investigators identified four more people who died when a bomb hit a block in May "
        "2022, bringing the toll of that attack to 31."
    )
    assert result.severity in {Severity.LOW, Severity.INFO}


@pytest.mark.parametrize(
    ("text", "infrastructure"),
    [
        ("Raid\nGunmen attacked the district, forcing more than 3,000 people to flee.", True),
        ("Town falls\nAid groups said civilians were fleeing toward the border.", True),
        (
            "Crossing shut\nThe government will halt the entry of all goods and aid from Sunday.",
            True,
        ),
        ("Clinic closes\nThe charity suspended its activities at the district hospital.", True),
        ("Shelter hit\nThe school sheltered displaced families when it was shelled.", False),
    ],
)
def test_people_fleeing_and_aid_kept_out(text: str, infrastructure: bool) -> None:
    assert (H in topics_of(text)) is infrastructure


@pytest.mark.parametrize(
    ("text", "topic", "present"),
    [
        ("Siege\nThe RSF, which have encircled the city for a year, shelled the market.", G, False),
        ("Exit\nThe rebels left the town to spare civilians from further fighting.", G, False),
        ("Famine\nFamine is spreading in two towns cut off by fighting for months.", G, False),
        ("Plan\nThe president launched an agricultural offensive to feed the army.", G, False),
        ("Famine\nFamine is spreading in two towns cut off by fighting for months.", H, True),
        ("Convoy\nA WFP convoy of 20 trucks reached the town after weeks at the border.", H, True),
        ("Camps\nAbout a million people remain displaced three years after the war.", H, True),
        ("Base\nMortar rounds fired from the outskirts landed inside the base.", S, True),
        ("Garrison\nThe militia pounded the garrison with artillery and drones.", S, True),
        (
            "Power struggle\nFighters took control of the mayor's office and the broadcaster.",
            T,
            False,
        ),
        (
            "Pull-out\nThe rebels said they were repositioning their forces out of the town.",
            T,
            True,
        ),
    ],
)
def test_african_conflict_phrasings(text: str, topic: Topic, present: bool) -> None:
    assert (topic in topics_of(text)) is present


def test_the_first_soldiers_of_a_contingent_landing_are_a_new_force() -> None:
    result = tag_text(
        "First Kenyan troops for the mission land in Port-au-Prince\nThe first 200 soldiers of "
        "the contingent landed on Tuesday."
    )
    assert result.severity is Severity.HIGH


def test_accepting_a_truce_proposal_is_an_announcement() -> None:
    result = tag_text(
        "Militia accepts mediators' proposal for a humanitarian truce\n"
        "The militia said it had accepted a proposal by Qatar, Turkey, Egypt and the African "
        "Union for a three-month humanitarian truce."
    )
    assert result.severity is Severity.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        "Map updated\nThe enemy occupied Stupochky and advanced near Bila Hora, analysts said.",
        "MoD\nUnits have completed the liberation of the village of Orikhove, the ministry said.",
        "Kremlin\nThe town is fully under the control of Russian troops, the president said.",
    ],
)
def test_more_ways_to_say_a_place_changed_hands(text: str) -> None:
    assert T in topics_of(text)


@pytest.mark.parametrize(
    "tally",
    [
        "Since the operation began, the enemy has lost 900 killed and 700 wounded.",
        "About 600 of its soldiers have been killed since they entered combat in the region.",
    ],
)
def test_tolls_since_an_operation_or_entry_into_combat_are_tallies(tally: str) -> None:
    result = tag_text("Commander's update\n" + tally)
    assert result.facts.aggregate
    assert result.severity is Severity.LOW


def test_a_days_round_up_keeps_its_headline_totals() -> None:
    result = tag_text(
        "Russian attacks kill five, injure 27 across Ukraine during the day\n"
        "In Kherson, a drone killed two men. In Sumy, shelling injured nine people."
    )
    assert value_of(result.facts.killed) == 5
    assert value_of(result.facts.injured) == 27


def test_a_list_after_one_shot_down_verb() -> None:
    result = tag_text(
        "Daily summary\nAir defences shot down three guided bombs, four HIMARS rockets and 120 "
        "unmanned aerial vehicles."
    )
    assert value_of(result.facts.missiles_downed) == 4
    assert value_of(result.facts.drones_downed) == 120
    assert result.facts.troops is None


def test_personnel_losses_in_a_general_staff_table_are_casualties() -> None:
    result = tag_text(
        "Enemy losses as of today\nPersonnel about 1,020,300 (+940), tanks 10,900 (+4)."
    )
    assert C in {t.topic for t in result.topics}
    assert result.severity is Severity.LOW


def test_a_place_whose_name_holds_a_weapon_word_does_not_make_a_strike() -> None:
    # "Cairo" holds "air": the weapon words are whole words.
    assert S not in topics_of(
        "Army repels RSF attack on Cairo road\nThe army said it repelled an RSF assault on its "
        "positions along the Cairo road."
    )
