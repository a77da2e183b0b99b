"""Radio bulletins, forces' releases and local sites: a toll revised for last year's attack, an
army's count of attackers it killed, victims described in apposition, talks announced by their
host, water and oil sites hit, one shell, one quadcopter, and rebel armies by name."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Severity, Topic
from tests.unit.classify.tagging import assert_counts, topics_of


def test_a_toll_revised_for_last_years_attack_is_history_not_todays_toll() -> None:
    result = tag_text(
        "Toll of last year's rocket attack on Zaporizhzhia depot rises to 26\n"
        "Forensic teams named two more victims of last year's rocket attack on the bus depot "
        "in Zaporizhzhia, bringing the death toll to 26, investigators said."
    )
    assert result.facts.historical
    assert result.severity.rank <= Severity.LOW.rank


def test_todays_attack_beside_last_years_keeps_its_victims() -> None:
    result = tag_text(
        "Drone hits Zaporizhzhia depot on Monday, near site of last year's rocket attack\n"
        "A drone hit the bus depot in Zaporizhzhia on Monday, near the spot of last year's "
        "rocket attack, killing three people, the governor said."
    )
    assert result.facts.killed is not None
    assert result.facts.killed.value == 3
    assert Topic.STRIKE in {t.topic for t in result.topics}


@pytest.mark.parametrize(
    "text",
    [
        "Army says it repelled attack on Tessit base, killing 40 attackers\nThe armed forces "
        "said soldiers had repelled an assault on the Tessit camp, killing 40 attackers.",
        "Military says troops beat back raid on Diffa post, killing more than 25 assailants\n",
        "Army says it killed 18 bandits in ambush on its convoy\n",
    ],
)
def test_an_armys_count_of_the_attackers_it_killed_is_its_claim(text: str) -> None:
    result = tag_text(text)
    assert result.severity == Severity.LOW
    assert "enemy losses" in result.severity_reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Twelve people, four of them children, were killed when rockets hit a market in "
            "Mykolaiv, the governor said.\n",
            {"killed": 12, "children_killed": 4},
        ),
        (
            "A missile struck a block of flats in Dnipro, injuring six people, one of them a "
            "nine-year-old girl.\n",
            {"injured": 6, "children_injured": 1},
        ),
        (
            "Artillery fire killed seven people, two of them women, in the town centre.\n",
            {"killed": 7, "children_killed": None},
        ),
    ],
)
def test_victims_described_in_apposition_are_counted(
    text: str, expected: dict[str, int | None]
) -> None:
    assert_counts(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya to host Sudanese army and RSF envoys next month\nKenya will host a meeting of "
        "army and RSF negotiators in Nairobi next month to work on a truce, the foreign "
        "ministry said.",
        "Turkey invites both sides to peace talks in Istanbul\nAnkara has invited delegations "
        "from Kyiv and Moscow to peace talks in Istanbul, officials said.",
    ],
)
def test_talks_announced_by_their_host_are_medium(text: str) -> None:
    result = tag_text(text)
    assert Topic.DIPLOMACY_SANCTIONS in {t.topic for t in result.topics}
    assert result.severity == Severity.MEDIUM


def test_a_leader_only_open_to_meeting_announces_nothing() -> None:
    result = tag_text(
        "Minister: president open to meeting rival leader, but only at home\n"
        "The president is ready to meet his counterpart, but only in the capital, his "
        "spokesman said. Nothing is scheduled."
    )
    assert "talks" not in result.severity_reason


@pytest.mark.parametrize(
    "text",
    [
        "Drone damages water filtration station in Kherson\nA drone strike damaged the "
        "filtration station that supplies drinking water to the city, officials said.",
        "Drones hit oil export terminal at Tuapse\nDrones hit the oil export terminal at "
        "Tuapse overnight, setting two storage tanks on fire.",
        "Jets strike Red Sea port and fuel terminal\nWarplanes struck the port of Salif and "
        "the nearby fuel terminal this morning.",
    ],
)
def test_water_and_oil_sites_hit_are_critical_infrastructure(text: str) -> None:
    result = tag_text(text)
    assert Topic.HUMANITARIAN_INFRASTRUCTURE in {t.topic for t in result.topics}
    assert result.severity == Severity.MEDIUM


def test_thousands_evacuated_in_a_headline_is_humanitarian_news() -> None:
    assert Topic.HUMANITARIAN_INFRASTRUCTURE in topics_of(
        "Shelling kills farmer in border province, thousands evacuated\n"
        "Shells fired across the border killed a farmer on Tuesday."
    )


def test_one_shell_tearing_through_a_roof_is_a_strike() -> None:
    assert Topic.STRIKE in topics_of(
        "Shell tears through roof of children's clinic in Nikopol\nA shell tore through the "
        "roof of a children's clinic in Nikopol on Friday; no one was hurt."
    )


def test_a_minister_named_tore_strikes_nothing() -> None:
    assert Topic.STRIKE not in topics_of(
        "Norway pledges air defence package\nNorway will give Ukraine interceptor drones, "
        "Defence Minister Tore Lund said on Wednesday."
    )


def test_a_quadcopter_shot_down_is_one_drone_downed() -> None:
    assert_counts(
        "Army says it shot down quadcopter near the frontier\nTroops shot down a quadcopter "
        "that crossed the frontier, the military said.",
        {"drones_downed": 1},
    )


def test_un_sources_confirm_a_capture() -> None:
    result = tag_text(
        "Rebels seize Luofu, residents and UN sources say\nRebel fighters took control of "
        "Luofu on Saturday, residents and two UN sources said."
    )
    assert result.facts.status == "confirmed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Arakan Army claims control of Gwa\nThe Arakan Army said on its Telegram channel "
            "that its fighters had captured the town of Gwa. The junta did not respond.",
            "claimed",
        ),
        (
            "Liberation army fighters capture hill town of Mogok\nFighters of the Ta'ang "
            "National Liberation Army captured Mogok after two weeks of fighting.",
            "reported",
        ),
    ],
)
def test_a_rebel_army_named_army_is_still_the_rebels(text: str, status: str) -> None:
    assert tag_text(text).facts.status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Army regains presidential palace in the capital\nTroops took back the Republican "
            "Palace on Friday after two days of fighting.",
            "reported",
        ),
        (
            "Troops assume control of two border villages\nForces assumed control over Aghdam "
            "and Fuzuli villages on Friday.",
            "reported",
        ),
        (
            "Reporters see rebels in control of army base\nJournalists saw rebel fighters "
            "guarding the gates, confirming the base had changed hands.",
            "confirmed",
        ),
        (
            "Army rejects rebel claim on Velyka Novosilka\nThe statement has nothing to do with "
            "reality, a spokesman for the army said.",
            "denied",
        ),
    ],
)
def test_places_taken_back_assumed_changing_hands_or_claimed_in_vain(
    text: str, status: str
) -> None:
    result = tag_text(text)
    assert Topic.TERRITORIAL_CHANGE in {t.topic for t in result.topics}
    assert result.facts.status == status


@pytest.mark.parametrize(
    "text",
    [
        "Minister took back his remarks\nThe minister took back the comments he made on Monday.",
        "Singer regains consciousness\nThe singer regained consciousness in hospital.",
        "Troops push toward Pokrovsk\nUnits advanced along the railway, a spokesman said, adding "
        "that no settlements had changed hands over the past day.",
    ],
)
def test_words_of_taking_back_and_changing_hands_that_move_no_line(text: str) -> None:
    assert Topic.TERRITORIAL_CHANGE not in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Denmark adds DKK 900m to scheme buying US air defence for Ukraine\nCopenhagen will "
        "put the money into a fund under which allies pay for American-made interceptors that "
        "are then shipped to Ukraine.",
        "EU releases EUR 1.9bn tranche for Ukraine's defence\nThe money, from profits on "
        "immobilised assets, will go to ammunition and air defence.",
        "Ankara delivers three attack helicopters to Mogadishu\nThe aircraft will support "
        "Somali army operations, the defence ministry said.",
    ],
)
def test_aid_paid_through_a_scheme_or_flown_in_is_military_aid(text: str) -> None:
    assert Topic.MILITARY_AID in topics_of(text)


def test_a_donation_to_a_foundation_for_an_army_is_no_aid_package() -> None:
    assert Topic.MILITARY_AID not in topics_of(
        "Court jails teacher over donation\nShe had transferred 3,000 rubles to a foundation "
        "that buys equipment for Ukraine's armed forces, prosecutors said."
    )
