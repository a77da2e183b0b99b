"""What a mission is for, offensives still planned, unit names, crimes and debates that borrow
combat words; troops named as what money or a fight is for; thousands grouped with dots and
spaces; "martyrs" counted; a defence ministry counting the other side's dead; a state's first
assaults; forces that "battled" today, offensives only expected and battles past; troops
fought or visited, medics and riot police sent; and a fight that began on a weekday, whose toll is
no running tally."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from services.classify.numbers import find_numbers
from shared.models import Topic
from tests.unit.classify.tagging import assert_counts, topics_of

G = Topic.GROUND_COMBAT
D = Topic.TROOP_DEPLOYMENT


@pytest.mark.parametrize(
    "text",
    [
        # What the mission does, not a fight told.
        "First Kenyan soldiers reach Haiti\nThree hundred Kenyan soldiers landed on Monday to join "
        "the multinational force fighting the capital's gangs, officials said.",
        # Offensives planned or widened, not fought yet.
        "Generals ready southern push\nCommanders are preparing a new offensive in the south, two "
        "officials said on Friday.",
        "Cabinet backs wider operation\nMinisters approved a plan to widen the offensive in the "
        "north, the prime minister's office said.",
        # A unit's name.
        "US armoured brigade rotates into Lithuania\nAbout 3,800 soldiers of the 2nd Armored "
        "Brigade Combat Team began arriving in Lithuania, the army said.",
        # Crimes and debates.
        "Man held after knife assault on tram\nPolice arrested a man on suspicion of assault "
        "after two passengers were hurt on Tuesday evening.",
        "Senators clash over defence bill\nLawmakers clashed in a heated debate over the defence "
        "budget before the vote was delayed.",
    ],
)
def test_combat_words_that_tell_no_fight(text: str) -> None:
    assert G not in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Army launches offensive toward Tokmak\nUkrainian troops launched an offensive toward "
        "Tokmak on Tuesday, the General Staff said.",
        "Rebels storm garrison\nRebel fighters stormed the army garrison in the hills overnight "
        "and fought soldiers until dawn, residents said.",
    ],
)
def test_fights_told_beside_those_words_are_still_combat(text: str) -> None:
    assert G in topics_of(text)


def test_a_mission_fighting_gangs_is_no_new_state_in_combat() -> None:
    text = (
        "First Beninese troops land in Port-au-Prince\nTwo hundred soldiers from Benin landed on "
        "Tuesday, the first contingent of the West African country to join the force fighting "
        "the gangs. It is the first time Benin has sent combat troops to the Caribbean."
    )
    assert tag_text(text).severity != "critical"


@pytest.mark.parametrize(
    "text",
    [
        "Parliament funds Estonian troops in Mali\nThe chamber approved 15 million euros for the "
        "Estonian troops in Mali on Wednesday.",
        "Seoul and Washington haggle over costs\nNegotiators met to discuss the cost of US "
        "troops in Japan and Korea for the next five years.",
    ],
)
def test_troops_named_as_what_money_is_for_are_no_deployment(text: str) -> None:
    assert D not in topics_of(text)


def test_troops_reported_in_a_place_are_still_a_deployment() -> None:
    assert D in topics_of("US says 6,000 North Korean troops in Kursk region")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("some 2.400 soldiers arrived", 2400),
        ("a contingent of 1 800 soldiers", 1800),
        ("a contingent of 12\u00a0500 soldiers", 12500),
        ("a 1.500 km border", 1),  # a decimal, not thousands: 1.5 km
        ("aid worth 2.5 million", 2_500_000),
    ],
)
def test_thousands_grouped_with_dots_or_spaces(text: str, value: int) -> None:
    assert find_numbers(text)[0].value == value


def test_troops_counted_in_a_continental_house_style() -> None:
    result = tag_text(
        "Some 2.400 Spanish soldiers arrive in Latvia\nAround 2.400 Spanish soldiers have arrived "
        "in Latvia, the defence ministry said."
    )
    assert result.facts.troops is not None
    assert result.facts.troops.value == 2400
    assert result.severity == "high"


def test_martyrs_right_after_a_number_are_the_dead() -> None:
    assert_counts(
        "Ministry: 23 martyrs in strike on camp\nTwenty-three martyrs and dozens of wounded were "
        "brought to the hospital after the camp was bombed overnight, the ministry said.",
        {"killed": 23},
    )


def test_a_stadium_named_for_martyrs_counts_no_one() -> None:
    assert_counts(
        "Cup: hosts win 2-1\nThe hosts won 2-1 at the Martyrs Stadium on Sunday night.",
        {"killed": None},
    )


def test_a_defence_ministry_counting_the_other_sides_dead_is_a_claim() -> None:
    result = tag_text(
        "Moscow says missile strike killed 60 soldiers at training ground\nRussia's defence "
        "ministry said an Iskander strike on a training ground had killed up to 60 Ukrainian "
        "servicemen. Kyiv did not comment."
    )
    assert result.facts.status == "claimed"
    assert result.severity == "low"


def test_a_defence_ministry_counting_the_other_sides_dead_after_the_count_is_a_claim() -> None:
    result = tag_text(
        "Strike on training camp\nA missile strike on a camp eliminated up to 90 foreign "
        "mercenaries, the Russian Defence Ministry said on Friday."
    )
    assert result.facts.status == "claimed"
    assert result.severity == "low"


def test_an_army_counting_its_own_dead_is_a_toll() -> None:
    result = tag_text(
        "Strike on training ground kills 12 soldiers\nUkraine's army said a Russian missile "
        "strike on a training ground killed 12 Ukrainian soldiers and wounded 20."
    )
    assert result.facts.status is None
    assert result.severity == "high"


def test_a_states_first_assaults_are_a_new_state_in_combat() -> None:
    text = (
        "Belarusian troops join assaults in Kherson for first time, Kyiv says\nBelarusian "
        "soldiers took part in ground assaults on Ukrainian positions for the first time, "
        "Ukraine's military intelligence said."
    )
    assert tag_text(text).severity == "critical"


def test_a_first_combat_role_is_a_new_state_in_combat() -> None:
    text = (
        "Chadian troops fighting beside Sudan's army, witnesses say\nChadian soldiers have "
        "joined Sudanese army units in battles near the border, residents said, in what "
        "would be the first direct combat role for N'Djamena's forces in the war."
    )
    assert tag_text(text).severity == "critical"


def test_the_toll_of_a_fight_that_began_on_a_weekday_is_no_running_tally() -> None:
    result = tag_text(
        "Clashes kill 25 in border province\nFighting between two armed groups has killed at "
        "least 25 people since the rebels launched their offensive on Monday, the governor said."
    )
    assert not result.facts.aggregate
    assert result.severity == "critical"


def test_a_first_time_since_the_invasion_is_no_running_tally() -> None:
    result = tag_text(
        "Border guards exchange fire with Belarusian unit\nUkraine's border service said a "
        "Belarusian unit crossed the border and exchanged fire with its guards, the first time "
        "Minsk's own soldiers were reported fighting since the full-scale invasion began."
    )
    assert not result.facts.aggregate
    assert result.severity == "critical"


def test_forces_that_battled_today_are_in_combat() -> None:
    assert G in topics_of(
        "Shelling damages port as rebels close in\nShells struck the port on Thursday, residents "
        "said. Rebel fighters and army troops battled on Thursday for hilltop positions near the "
        "town, the rebel group said."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Canada commits C$2bn in military aid\nThe money will help the armed forces withstand the "
        "new offensive that Russia is preparing in the south, the prime minister said.",
        "Region orders children out of border villages\nFamilies must leave within a week, the "
        "governor said, warning that Russia may try to open a new offensive toward the city.",
        "Landmine kills two shepherds\nTwo men were killed when a landmine exploded; unexploded "
        "ordnance left from those battles remains a danger, civil defence said.",
        "Refugees keep arriving\nMany said they had fled the battles between the two armies that "
        "ended with the fall of the town last year.",
    ],
)
def test_offensives_expected_and_battles_past_are_no_combat_today(text: str) -> None:
    assert G not in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels clash with army troops on Sittwe outskirts\nHeavy fighting broke out north of the "
        "town on Thursday, residents said.",
        "Prince visits British troops in Estonia\nThe prince fired a rifle on the range and ate "
        "with the battlegroup at its camp.",
        "Charity sends medical contingent to camps\nA contingent of 40 doctors and nurses arrived "
        "to run cholera units in the camps, the charity said.",
        "Police send riot units to city before rally\nThe interior ministry sent several riot "
        "police units to the city ahead of the students' rally.",
    ],
)
def test_troops_fought_or_visited_medics_and_riot_police_are_no_deployment(text: str) -> None:
    assert D not in topics_of(text)
