"""Combat words where no one fights: drills that 'advance' and 'repel', fires beaten back,
diseases battled, takeover 'assaults', inmates clashing with guards, people who fled an
advance, a rugby or football report, gains in markets, combat footage cited as evidence; and
the real clashes beside them: attacks beaten off, attackers pushed back, ground gained,
advances told in words, patrols engaged."""

from __future__ import annotations

import pytest

from shared.models import Topic
from tests.unit.classify.tagging import topics_of

G = Topic.GROUND_COMBAT


@pytest.mark.parametrize(
    "text",
    [
        "Allied units 'advance' in Baltic drill\nDutch and Estonian units advanced 30 kilometres "
        "and repelled a simulated counterattack during the annual Hedgehog exercise.",
        "Marines practise storming a beach\nMarines practised storming a defended beach at the "
        "Ustka training ground, the navy said.",
        "Crews beat back blaze near Split\nFirefighters beat back a wildfire that had advanced "
        "towards the village overnight.",
        "Medics battle cholera surge in camps\nHealth workers are battling a cholera surge in "
        "camps for families who fled rebel advances, the ministry said.",
        "Lender steps up takeover assault\nThe bank raised its stake, stepping up a takeover "
        "assault its rival's board called a hostile attack.",
        "Inmates clash with guards in jail riot\nInmates clashed with guards at the city jail "
        "before police restored order, officials said.",
        "Leinster hold off Munster surge\nLeinster repelled wave after wave of Munster attacks "
        "in the second half, winning at the line-out and in the scrum.",
        "Derby ends level\nThe sides drew 2-2 in a fierce derby and share the points after a "
        "late attack was repelled.",
        "Markets\nAsian shares made small gains on Tuesday as oil prices steadied.",
        "Analysts confirm capture\nAnalysts said combat footage showed troops inside the town "
        "hall of Kurakhove.",
    ],
)
def test_combat_words_where_no_one_fights(text: str) -> None:
    assert G not in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Army repels attack on Menaka camp\nSoldiers repelled an attack by jihadists on the "
        "Menaka camp at dawn, the army said.",
        "Clashes near Kupiansk\nUkrainian units clashed with Russian assault groups north of "
        "Kupiansk, the General Staff said, and urged officials to exercise restraint.",
        "Army holds the line\nThe ministry said its troops had beaten off four attacks near "
        "the village overnight.",
        "Police hold the road\nSpecial units pushed the attackers back from the main road, a "
        "spokesman said.",
        "Front line update\nRussian forces made small gains of up to two kilometres west of "
        "the town, analysts said.",
        "Rebels push closer to Baraka\nRebels advanced three kilometres along the lake road "
        "towards Baraka overnight, an army spokesman said.",
        "Militants say they hit patrol\nThe group said its fighters engaged an army patrol at "
        "close range near the border post.",
    ],
)
def test_real_clashes_stay_combat(text: str) -> None:
    assert G in topics_of(text)


def test_firefighters_caught_in_an_ambush_are_in_a_clash() -> None:
    text = (
        "Gunmen ambush rescue crew\nGunmen ambushed firefighters and soldiers escorting them "
        "near Sake, the army said."
    )
    assert G in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police raid leaves four suspects dead in Salvador\nA police operation against drug "
        "traffickers in the Calabar district turned into a shootout, the state said.",
        "Rival cartel factions battle in Tijuana\nGunmen of two cartel factions fought running "
        "gun battles across the east of the city overnight.",
        "Standoff ends in Graz\nPolice special forces stormed the flat; the gunman died in the "
        "exchange of fire.",
        "Guards push back migrants at Ceuta fence\nAbout 300 migrants tried to climb the fence. "
        "Security forces pushed them back before dawn.",
        "Gunmen kill 14 in attack on Kaduna village\nArmed men attacked the village at night, "
        "killing 14, police said.",
        "Opposition's assault on the budget fails\nThe motion fell after an assault from the "
        "opposition benches.",
        "Budget chains advance as price war bites\nDiscounters kept up their advance on the big "
        "grocers' market share.",
    ],
)
def test_police_gangs_massacres_and_metaphors_are_not_combat(text: str) -> None:
    assert G not in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Brigade repels attack near Toretsk\nThe 24th Mechanized Brigade said it repelled an "
        "assault by infantry and armoured vehicles.",
        "Gang ambush kills Kenyan officer in Haiti\nGang members ambushed a patrol of the "
        "multinational mission near Pont-Sondé.",
        "Soldiers and cartel gunmen trade fire near Culiacán\nTroops came under fire on a rural "
        "road and returned fire, the army said.",
        "Police said fighting went on\nFighting between the army and rebels continued near the "
        "town, police said.",
    ],
)
def test_fights_beside_unit_names_police_or_gangs_stay_combat(text: str) -> None:
    assert G in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv: counterattack thrown back near Sudzha\nUkrainian units threw back a Russian "
        "counterattack near Sudzha on Monday, the president said.",
        "Two militants killed in Uri\nAn encounter broke out in the forest after troops "
        "intercepted a group crossing the Line of Control.",
        "Jihadists storm army camp at Dioura\nFighters forced their way into parts of the camp "
        "before being driven out, the army said.",
        "Gangs and police trade fire in Croix-des-Bouquets\nGang members clashed for hours with "
        "police and officers of the Kenyan-led mission, residents said.",
    ],
)
def test_attacks_thrown_back_encounters_and_camps_stormed_are_combat(text: str) -> None:
    assert G in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Deputies storm the budget\nOpposition deputies launched a fresh assault on the draft "
        "budget as the chamber's battle over spending ran past midnight.",
        "UN: fighting has driven 40,000 from their homes\nClashes have driven 40,000 people from "
        "their homes this month, the agency said.",
        "Troops leave Avdiivka\nCommanders ended a defence that had held off Russian assaults "
        "since 2014.",
    ],
)
def test_parliaments_flight_and_a_long_defence_are_not_combat_news(text: str) -> None:
    assert G not in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Militia fighters cross into Syria\nAbout 200 fighters from Iraqi militias crossed into "
        "Syria overnight to back government forces, a monitor said.",
        "Aid convoy reaches the north\nFifteen trucks of flour crossed into the northern strip "
        "through the western crossing on Sunday.",
    ],
)
def test_crossing_a_border_is_no_fight_by_itself(text: str) -> None:
    assert G not in topics_of(text)


def test_raiders_who_crossed_and_fought_are_combat() -> None:
    text = (
        "Raiders cross into border village\nAn armed group crossed into the village of Tyotkino "
        "and fought border guards for two hours before pulling back, the governor said."
    )
    assert G in topics_of(text)
