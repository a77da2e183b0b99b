"""Long-form reports: past events dated in passing, conditions, obituaries, debris and other
words that look like news but are background. Each family has a positive and a negative case."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Severity, Topic
from tests.unit.classify.tagging import assert_counts, topics_of, value_of

C, S, G, T = Topic.CASUALTIES, Topic.STRIKE, Topic.GROUND_COMBAT, Topic.TERRITORIAL_CHANGE
D, A, H = Topic.TROOP_DEPLOYMENT, Topic.MILITARY_AID, Topic.HUMANITARIAN_INFRASTRUCTURE
DIP, N, E = Topic.DIPLOMACY_SANCTIONS, Topic.NUCLEAR_CBRN, Topic.ECONOMY


def test_an_event_dated_in_a_past_month_and_year_is_recalled() -> None:
    text = (
        "Shelling wounds two in Izium\n"
        "Shelling wounded two men in Izium on Monday. The town, where a rocket killed 40 people "
        "in March 2022, lies close to the front."
    )
    result = tag_text(text)
    assert result.facts.killed is None
    assert value_of(result.facts.injured) == 2
    assert result.severity is Severity.LOW


def test_a_war_dated_by_its_years_is_background() -> None:
    text = (
        "Troops cross into the border district\n"
        "About 3,000 soldiers crossed the border this week. The same units fought in the "
        "2019-21 war in the region."
    )
    assert G not in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Toll passes 5,000\nAt least 5,000 people have been killed since the war began in May "
        "2023, the health ministry said.",
        "Losses mount\nMore than 900 soldiers have died since the invasion in February 2022.",
    ],
)
def test_a_tally_since_a_dated_start_is_still_casualties(text: str) -> None:
    result = tag_text(text)
    assert C in {t.topic for t in result.topics}
    assert result.facts.aggregate


def test_a_later_headline_part_about_talks_does_not_make_deaths_a_plan() -> None:
    text = (
        "Eight guards killed in border raid; envoys to meet on Monday\n"
        "Eight border guards were killed when gunmen attacked their post overnight."
    )
    result = tag_text(text)
    assert result.facts.modality != "future"
    assert result.severity is Severity.HIGH


def test_a_later_headline_part_still_plans_after_an_agreement() -> None:
    text = (
        "Truce agreed; army to send 6,000 troops to the border zone\n"
        "The army will send about 6,000 troops to the border zone next month, officials said."
    )
    assert tag_text(text).facts.modality == "future"


def test_a_vow_is_future() -> None:
    text = "Leader vows to strike back at the capital\nThe leader spoke at a rally."
    assert tag_text(text).facts.modality == "future"


def test_a_sentence_opened_by_if_is_a_condition() -> None:
    text = (
        "Leader warns rivals\n"
        "If the border is crossed, we will mobilise every division and send the army south, "
        "the leader said."
    )
    assert D not in topics_of(text)
    moved = "Army moves south\nThe army will deploy 2,000 troops to the south next week."
    assert D in topics_of(moved)


@pytest.mark.parametrize(
    ("text", "casualties"),
    [
        ("Veteran actor dies at 91\nThe actor died at his home in Leeds.", False),
        ("Poet dies\nThe poet died peacefully after a long illness, her family said.", False),
        ("Resort reopens on the Dead Sea\nHotels on the Dead Sea reopened on Monday.", False),
        ("Miner dies in collapse\nA miner died when a tunnel collapsed on Monday.", True),
    ],
)
def test_natural_deaths_and_names_are_not_casualties(text: str, casualties: bool) -> None:
    assert (C in topics_of(text)) is casualties


@pytest.mark.parametrize(
    ("text", "casualties"),
    [
        (
            "Inspectors visit trench\nThey collected the remains of a grenade near the trench.",
            False,
        ),
        ("Search goes on\nRescuers recovered the remains of three people from the rubble.", True),
    ],
)
def test_remains_of_munitions_are_not_bodies(text: str, casualties: bool) -> None:
    assert (C in topics_of(text)) is casualties


def test_a_chemical_agent_confirmed_present_in_samples_is_chemical_use() -> None:
    text = (
        "Watchdog confirms CS in soil samples from the front\n"
        "The watchdog said its laboratories confirmed the presence of the riot-control agent CS "
        "in soil taken from a trench."
    )
    result = tag_text(text)
    assert N in {t.topic for t in result.topics}
    assert result.severity is Severity.CRITICAL


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        ("Police raid farm\nOfficers seized 40 rifles and 2,000 rounds at the farm.", False),
        ("Rates fall\nInflation has fallen to 6.1%, the central bank said.", False),
        ("Rebels seize town\nRebels seized the town of Bunagana on Monday.", True),
    ],
)
def test_goods_seized_and_rates_falling_are_not_captures(text: str, captured: bool) -> None:
    assert (T in topics_of(text)) is captured


@pytest.mark.parametrize(
    ("text", "combat"),
    [
        ("Crews battle blaze\nFirefighters spent the night fighting the fire at the depot.", False),
        ("Senate advances bill\nThe senate advances a bill on conscription exemptions.", False),
        ("Leader speaks\nHe said the country would keep its offensive weapons.", False),
        (
            "Capital hit overnight\nDrones and missiles struck the capital, which bore the brunt "
            "of the assault.",
            False,
        ),
        ("Assault on the town\nInfantry launched an assault on the town at dawn.", True),
    ],
)
def test_fires_bills_and_adjectives_are_not_combat(text: str, combat: bool) -> None:
    assert (G in topics_of(text)) is combat


@pytest.mark.parametrize(
    ("text", "deployment"),
    [
        (
            "Sides swap prisoners\nBoth sides exchanged 50 prisoners; the released soldiers were "
            "flown to the capital for checks.",
            False,
        ),
        (
            "Air defence package\nThe first two IRIS-T units would arrive before winter, the "
            "minister said.",
            False,
        ),
        (
            "Mediators table plan\nUnder the proposal, a stabilisation force would deploy along "
            "the line and both armies would pull back.",
            False,
        ),
        ("Carrier sent east\nThe navy ordered two destroyers to the Red Sea on Friday.", True),
    ],
)
def test_prisoners_systems_and_proposals_are_not_deployments(text: str, deployment: bool) -> None:
    assert (D in topics_of(text)) is deployment


def test_troops_falling_back_after_losing_a_village_are_the_capture() -> None:
    text = (
        "Army leaves Hrabove\n"
        "Our units have withdrawn from the village of Hrabove, the brigade said. The troops "
        "have moved to prepared positions further west."
    )
    topics = topics_of(text)
    assert T in topics
    assert D not in topics


def test_soldiers_who_were_wounded_are_not_a_troop_count() -> None:
    text = (
        "Border clash\nThree soldiers of the border unit (BU) were wounded when a patrol came "
        "under fire."
    )
    assert tag_text(text).facts.troops is None
    sent = "Reinforcements\nThree battalions of soldiers were sent to the border on Monday."
    assert D in topics_of(sent)


def test_share_prices_are_economy() -> None:
    assert E in topics_of(
        "Arms maker shares jump\nShares in the arms maker rose 7% on a new order."
    )


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Drone sets gas field ablaze\nA drone struck a tank at the gas field at dawn.", "medium"),
        (
            "Strike leaves three regions without power\nA missile attack on substations left "
            "the Sumy, Chernihiv and Poltava regions without power.",
            "high",
        ),
    ],
)
def test_gas_fields_are_energy_and_regions_without_power_are_blackouts(
    text: str, level: str
) -> None:
    assert tag_text(text).severity.value == level


def test_the_fifth_attack_since_a_month_is_not_a_tally() -> None:
    text = (
        "Drones hit refinery again\nDrones hit the refinery overnight, the fifth attack on the "
        "site since June; two workers were injured."
    )
    assert not tag_text(text).facts.aggregate


def test_a_monthly_report_is_a_tally() -> None:
    text = (
        "Monitors: 150 civilians killed last month\nIn its monthly report, the mission said 150 "
        "civilians were killed and 600 injured."
    )
    result = tag_text(text)
    assert result.facts.aggregate
    assert result.severity is Severity.LOW


def test_the_nearer_toll_phrase_names_the_number() -> None:
    text = (
        "Ministry updates figures\nThe ministry said the number killed had risen to 4,100 and "
        "the number of injured to 9,800 since the war began."
    )
    assert_counts(text, {"killed": 4100, "injured": 9800})


def test_a_victim_shot_in_a_limb_is_injured() -> None:
    text = "Raid on school\nGunmen killed a guard; a teacher was shot in the arm."
    assert_counts(text, {"killed": 1, "injured": 1})


def test_killed_one_person_and_the_same_victim_named_are_one_death() -> None:
    text = (
        "Drone kills one in port\nA drone killed one person at the port overnight. A crane "
        "operator died at the scene."
    )
    assert_counts(text, {"killed": 1})


def test_a_bare_number_downed_after_a_launch_count() -> None:
    text = (
        "Overnight attack\nRussia attacked with 70 drones overnight, the air force said; 52 were "
        "shot down."
    )
    assert_counts(text, {"drones_launched": 70, "drones_downed": 52})


@pytest.mark.parametrize(
    ("sentence", "zero"),
    [
        ("There were no immediate reports of casualties.", False),
        ("There were no reports of casualties, the mayor said.", True),
    ],
)
def test_no_immediate_reports_of_casualties_is_unknown(sentence: str, zero: bool) -> None:
    facts = tag_text(f"Drone hits warehouse\nA drone hit a warehouse. {sentence}").facts
    assert (facts.killed is not None and facts.killed.value == 0) is zero


@pytest.mark.parametrize(
    ("text", "diplomacy"),
    [
        # One passing mention under a headline about something else is background.
        (
            "Shelling kills four in Kherson\nShelling killed four people in Kherson, the "
            "deadliest day since the truce in the south collapsed. The Security Council has not "
            "met on the war this month.",
            False,
        ),
        (
            "Central bank cuts key rate\nThe bank cut rates; sanctions on oil weigh on revenue.",
            False,
        ),
        ("Law passed\nThe bill sets sanctions for draft evaders.", False),
        # A headline about a meeting, an asset freeze or a ceasefire is diplomacy.
        ("Shelling kills four; Moscow calls UN meeting\nShelling killed four people.", True),
        ("Bern freezes another 300 million francs of Russian assets\nThe order took effect.", True),
        ("Guns fall silent\nBoth sides agreed to halt firing from midnight.", True),
    ],
)
def test_passing_diplomacy_mentions(text: str, diplomacy: bool) -> None:
    assert (DIP in topics_of(text)) is diplomacy


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Watchdog report\nIt relied on imagery provided by Iranian authorities.", False),
        ("Airspace violated\nTwo F-16 jets were scrambled but did not fire.", False),
        ("Jets for Kyiv\nNorway delivered six F-16s to Ukraine this week.", True),
    ],
)
def test_information_provided_and_jets_scrambled_are_not_aid(text: str, aid: bool) -> None:
    assert (A in topics_of(text)) is aid


def test_the_first_time_two_armies_exchange_fire_is_critical() -> None:
    text = (
        "Border clash\nSoldiers of the two states exchanged fire across the river on Monday, "
        "wounding two. It is the first time their armies have exchanged fire."
    )
    assert tag_text(text).severity is Severity.CRITICAL


def test_a_patrol_breaking_off_a_firefight_is_not_a_deployment() -> None:
    text = (
        "Patrol attacked\nSoldiers from the other bank fired on the patrol, which returned fire "
        "before withdrawing downstream."
    )
    assert D not in topics_of(text)


def test_people_who_lived_there_give_the_size() -> None:
    text = (
        "Army claims capture of Kalynove\nThe defence ministry said its forces had taken "
        "Kalynove, a city on the highway. Before the war about 40,000 people lived there."
    )
    result = tag_text(text)
    assert result.severity is Severity.MEDIUM
    assert "town" in result.severity_reason


def test_a_commands_name_does_not_make_a_place_strategic() -> None:
    text = (
        "Brigade leaves village\nThe brigade has withdrawn from the village of Sokil, the "
        "operational-strategic group said. The village had about 300 residents."
    )
    assert tag_text(text).severity is Severity.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        "Swap completed\nEighty soldiers returned home in a prisoner exchange on Friday.",
        "Front update\nAssault groups of two or three soldiers tried to slip into the town.",
        "Gas attacks\nNine soldiers sought medical help after a gas attack on their trench.",
        "Squad named\nThe national coach called up 24 players for the qualifiers.",
    ],
)
def test_soldiers_who_are_not_a_force_are_not_a_troop_count(text: str) -> None:
    assert tag_text(text).facts.troops is None


def test_a_revised_count_of_injured() -> None:
    text = (
        "Toll rises to four\nA fourth worker died in hospital, bringing the number killed to "
        "four. The count of injured has been revised up to 17."
    )
    assert_counts(text, {"killed": 4, "injured": 17})


def test_the_victim_named_with_the_counts_once() -> None:
    first = "Drone hits lorry\nA drone hit a lorry near the border. The driver was wounded."
    assert_counts(first, {"injured": 1})
    again = (
        "Boy killed in shelling\nShelling killed a 9-year-old boy in the village. The child died "
        "at the scene."
    )
    assert_counts(again, {"killed": 1})


def test_a_couple_is_two_people() -> None:
    text = "Drone crashes into house\nA drone crashed into a house, injuring an elderly couple."
    assert_counts(text, {"injured": 2})


def test_a_withdrawal_told_apart_from_the_loss_is_the_capture() -> None:
    text = (
        "Army admits loss of Hpakant\nA spokesman said troops had temporarily withdrawn from "
        "Hpakant after weeks of fighting."
    )
    assert D not in topics_of(text)


@pytest.mark.parametrize(
    ("text", "infrastructure"),
    [
        (
            "Drone hits shop near station\nA drone hit a shop 200 metres from the railway "
            "station. The station was not damaged.",
            False,
        ),
        (
            "Threat to aid\nThe group said it would attack ships if aid deliveries were not "
            "restored.",
            False,
        ),
        (
            "Strike on substation\nA missile struck a substation, cutting power to 5,000 homes.",
            True,
        ),
    ],
)
def test_landmarks_undamaged_sites_and_conditions_are_not_infrastructure(
    text: str, infrastructure: bool
) -> None:
    assert (H in topics_of(text)) is infrastructure


def test_a_leader_named_by_country_threatening_nuclear_use_is_high() -> None:
    text = (
        "Pyongyang's leader: nuclear weapons will be used if attacked\nThe leader spoke at a "
        "parade on Friday."
    )
    assert tag_text(text).severity is Severity.HIGH


def test_missiles_for_launchers_are_not_launched() -> None:
    text = (
        "Air-defence package approved\nThe package includes 200 missiles for launchers already "
        "in service, the ministry said."
    )
    assert tag_text(text).facts.missiles_launched is None


@pytest.mark.parametrize(
    ("text", "topic", "present"),
    [
        (
            "Aid halted\nThe country will not send one more shell from its army stocks to Kyiv.",
            A,
            True,
        ),
        (
            "Village raided\nAttackers with machetes killed 9 villagers in an overnight attack.",
            S,
            False,
        ),
        ("Last troops leave Mali\nThe final French soldiers flew out of the base.", D, True),
        ("Prices rise\nThe grid operator extended maintenance, cutting flows by 10%.", H, False),
        ("Bill killed\nLawmakers kill bill to lower the voting age to 16.", C, False),
        ("Race report\nThe headwind killed any hope of a record, the winner said.", C, False),
        (
            "Hives lost\nMore than 200 hives, home to millions of bees, were killed by spraying.",
            C,
            False,
        ),
        ("Pilots strike\nThe union warned of walkouts if talks do not resume.", DIP, False),
        ("Jets sent\nThe air force will deploy a squadron of F-16 jets to the region.", A, False),
    ],
)
def test_more_words_in_other_senses(text: str, topic: Topic, present: bool) -> None:
    assert (topic in topics_of(text)) is present


def test_a_combined_killed_and_wounded_figure_is_neither() -> None:
    text = (
        "Ministry: enemy lost up to 900 servicemen over the past day\nEnemy losses amounted to "
        "up to 900 servicemen killed and wounded, the ministry said."
    )
    assert_counts(text, {"killed": None, "injured": None})


def test_the_first_direct_fighting_between_two_armies_is_critical() -> None:
    text = (
        "Border clash\nThe two armies exchanged artillery fire near the border, the first "
        "direct fighting between them since the peace deal."
    )
    assert tag_text(text).severity is Severity.CRITICAL


def test_events_counted_over_a_week_are_a_tally() -> None:
    text = (
        "Army logs 30 gas attacks this week\nTroops were attacked with gas grenades 30 times "
        "this week. Six soldiers sought medical help."
    )
    result = tag_text(text)
    assert result.facts.aggregate
    assert result.severity is Severity.LOW


def test_a_match_report_with_war_metaphors_is_sport() -> None:
    text = (
        "Karpaty storm the fortress in 2-0 win\nKarpaty laid siege to the penalty area from the "
        "first whistle and broke through before half-time. 'We fought for every ball,' the coach "
        "said."
    )
    assert topics_of(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Delhi expels attachés\nThe cabinet announced the measures a day after gunmen killed 26 "
        "tourists in the valley.",
        "Hotline agreement\nThe generals agreed to observe the truce, two days after a civilian "
        "was killed in shelling.",
    ],
)
def test_a_response_days_after_an_attack_recalls_it(text: str) -> None:
    topics = {t.topic for t in tag_text(text).topics}
    assert Topic.CASUALTIES not in topics


def test_a_commemoration_reports_no_new_event() -> None:
    result = tag_text(
        "City marks anniversary of station attack\nResidents gathered at the station, where a "
        "missile killed 50 people. Bells rang at 10:30, the time the missile landed. Many "
        "survivors still live with injuries."
    )
    assert result.topics == []


def test_a_share_of_the_launched_drones_downed() -> None:
    result = tag_text(
        "Port attacked\nDrones hit the port overnight; most of the 47 drones launched at the "
        "region were downed, the air force said."
    )
    assert result.facts.drones_launched is not None
    assert result.facts.drones_launched.value == 47
    assert result.facts.outcome == "intercepted"


@pytest.mark.parametrize(
    ("text", "deployment"),
    [
        ("Chancellor to visit soldiers stationed in Lithuania before Christmas", False),
        ("Navy chief meets sailors and troops deployed on the eastern flank", False),
        ("Ministry sends 600 more soldiers to the Lithuanian border", True),
    ],
)
def test_troops_visited_where_they_serve_are_not_a_deployment(text: str, deployment: bool) -> None:
    assert (D in topics_of(text)) is deployment


@pytest.mark.parametrize(
    ("text", "topic", "tagged"),
    [
        ("Ceasefire signed\nThe deal follows months of fighting in the province.", G, False),
        (
            "Supplies stuck\nThe charity said its teams had run out of blood bags. The city has "
            "been encircled for more than a year.",
            G,
            False,
        ),
        ("China stages drills encircling the island, deploys warships", G, False),
        (
            "Volunteers\nThe group has sent more than 2,000 small drones to units on the front.",
            D,
            False,
        ),
        (
            "Rates held\nThe call-up of reservists since October has removed workers from the "
            "economy.",
            D,
            False,
        ),
        (
            "Presidents urge both states to honour commitments including the withdrawal of "
            "foreign forces",
            D,
            False,
        ),
        ("Retailer reaches truce with activist investor over board seats", DIP, False),
        (
            "Raid on post\nFighters attacked the post, killing soldiers and carrying off weapons.",
            A,
            False,
        ),
    ],
)
def test_fighting_forces_and_truces_named_in_passing(text: str, topic: Topic, tagged: bool) -> None:
    assert (topic in topics_of(text)) is tagged


@pytest.mark.parametrize(
    "text",
    [
        "Camp swells\nThe camp houses thousands uprooted by earlier rounds of fighting.",
        "Workers sent\nThe first group will rebuild roads damaged in last year's fighting.",
        "Famine declared\nThe army and the paramilitary have been fighting for control of the "
        "country since April 2023.",
        "Bloc sanctions commanders over eastern Congo offensive",
    ],
)
def test_fighting_as_a_cause_or_a_standing_condition_is_no_combat_news(text: str) -> None:
    assert G not in topics_of(text)
