"""Military aid through the channels it travels: given to a state or its army, committed in a
package that names its weapons, arriving from abroad, paid from a fund that only arms another
state, held back in transit; and the look-alikes that stay out (airliners, a state's own
purchases, vehicles that are not troops, a deal that is not a strike)."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Severity, Topic
from tests.unit.classify.tagging import topics_of

A = Topic.MILITARY_AID


@pytest.mark.parametrize(
    "text",
    [
        "Rome to give Kyiv €90m of radars and spare parts\nItaly will give Ukraine €90m of "
        "counter-battery radars and spare parts, the defence minister said.",
        "Gulf donor backs Beirut's soldiers\nKuwait will give the Lebanese army $45 million "
        "to pay for fuel and salaries.",
        "Canberra commits fresh package\nAustralia committed a package including 30 "
        "decommissioned Bushmaster armoured vehicles.",
        "First Gripens land in Ukraine\nThe first Swedish Gripen jets have landed in Ukraine, "
        "the air force said.",
        "Shells arrive\nSome 80,000 artillery rounds delivered to the front came through the "
        "Czech-led scheme, officials said.",
        "Brussels adds €35m for Mauritanian army\nThe EU approved €35 million under the "
        "European Peace Facility for Mauritania's armed forces.",
        "New Delhi extends defence line of credit to Manila\nIndia opened a defence line of "
        "credit worth $100 million for the Philippine navy.",
        "Estonia sets aside share of budget for military help\nLawmakers set aside 0.3% of GDP "
        "for military help to Ukraine.",
        "Strykers from latest drawdown reach units\nVehicles from the latest US drawdown reached "
        "brigades in the south.",
        "Senators pass Ukraine aid bill\nThe Senate passed the Ukraine aid bill 70-29.",
        "Coastguard intercepts cargo\nThe coastguard stopped a boat carrying rocket parts "
        "destined for the militia.",
        "Washington holds back bomb shipment\nThe administration held back a shipment of 900 "
        "2,000-pound bombs bound for the Gulf.",
    ],
)
def test_aid_travels_through_many_channels(text: str) -> None:
    assert A in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lessor hands over jets\nThe leasing firm handed over 40 commercial jets to Gulf "
        "carriers this year.",
        "Warsaw takes delivery\nA batch of K9 howitzers ordered by Poland's army left the "
        "Changwon plant.",
        "Drills in the north\nA transport plane carrying 150 soldiers and their vehicles landed "
        "in Tromso, the army said.",
        "Nuclear arms in Belarus\nMinsk says Russian nuclear weapons have arrived in Belarus.",
        "Budget accord\nParliament's committees said the shells of two old barracks would be sold.",
        "Copper deal\nThe $900m purchase of the copper mine still needs approval from the mines "
        "ministry.",
    ],
)
def test_lookalikes_of_aid_stay_out(text: str) -> None:
    assert A not in topics_of(text)


def test_armoured_personnel_carriers_arriving_are_not_troops() -> None:
    text = (
        "Carriers reach Port-au-Prince\nA shipment of armoured personnel carriers paid for by "
        "Canada arrived in Port-au-Prince for the police."
    )
    topics = topics_of(text)
    assert A in topics
    assert Topic.TROOP_DEPLOYMENT not in topics


def test_a_patriot_battery_deployed_with_its_crew_is_a_deployment() -> None:
    text = (
        "Patriot battery moved to Polish airport\nA German Patriot battery and its crew have "
        "been deployed to guard the airport at Lublin, NATO said."
    )
    assert Topic.TROOP_DEPLOYMENT in topics_of(text)


def test_troops_named_as_the_aid_they_get_are_not_a_clash() -> None:
    text = (
        "EU adds €15m for Kenyan troops fighting gangs in Haiti\nEU governments approved a "
        "further €15 million in military assistance for the Kenyan-led force."
    )
    topics = topics_of(text)
    assert A in topics
    assert Topic.GROUND_COMBAT not in topics


@pytest.mark.parametrize(
    "text",
    [
        "Coalition struck a deal on the budget\nThe ruling party struck a deal with two "
        "opposition groups on next year's spending.",
        "Navy seizes rocket components\nSailors seized rocket components and drones from a "
        "fishing boat, the navy said.",
    ],
)
def test_a_deal_struck_and_cargo_seized_are_no_war_events(text: str) -> None:
    topics = topics_of(text)
    assert Topic.STRIKE not in topics
    assert Topic.TERRITORIAL_CHANGE not in topics


def test_budget_negotiators_are_not_diplomacy() -> None:
    text = (
        "Spending bill agreed\nBudget negotiators in Congress agreed a $300m line for the "
        "Ukraine Security Assistance Initiative."
    )
    assert Topic.DIPLOMACY_SANCTIONS not in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pentagon unveils $300m drawdown\nThe $300m drawdown includes Javelins and mortar "
        "rounds from US stocks.",
        "Memo signed\nThe president approved a drawdown of $250 million for the island.",
        "Washington sends $180 million in arms for Manila\nThe State Department said the money "
        "pays for patrol boats and radars.",
        "Budget law keeps fund for Iraqi partners\nThe bill renews the train-and-equip fund for "
        "vetted Iraqi units.",
        "French instructors restart courses\nFrench instructors began new courses for Beninese "
        "special forces near Parakou.",
        "Lithuania to train Moldovan soldiers\nVilnius will train Moldovan soldiers in mine "
        "clearance from March.",
        "Seoul hands Manila corvette\nSouth Korea handed the Philippine navy two howitzers and a "
        "decommissioned corvette.",
        "Drones delivered to Caracas\nIranian-designed drones were delivered to Venezuela last "
        "month, officials said.",
        "Danes fund Ukrainian factories\nCopenhagen will pay Ukrainian arms makers for 20 more "
        "self-propelled guns.",
        "Oslo pays for Patriots\nNorway paid NOK 4bn for American interceptors for Ukraine this "
        "spring.",
        "Warsaw signs 48th package for Kyiv\nThe defence minister signed the 48th package for "
        "Ukraine on Monday.",
        "House passes $61bn Ukraine bill\nThe vote sends the bill to the Senate.",
        "Shells arrive through Czech initiative\nAnother 40,000 rounds from the ammunition "
        "initiative reached brigades in the east.",
    ],
)
def test_aid_named_by_its_instrument(text: str) -> None:
    assert A in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Export curbs widened\nThe ministry widened curbs on chip shipments bound for Russia "
        "through Central Asia.",
        "Bomber kills four at camp\nA bomber struck outside a camp where Turkish-trained Somali "
        "units live, killing four.",
        "Peacekeepers leave\nThe drawdown of the mission continued in Ituri, the UN said.",
        "Airline takes delivery\nThe carrier received its first Airbus jets for its Asian routes.",
    ],
)
def test_instruments_of_aid_have_lookalikes(text: str) -> None:
    assert A not in topics_of(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Crowns written as a currency code are about a tenth of a dollar: 14bn is a $1bn package.
        (
            "Stockholm adds SEK 14bn military package for Kyiv\nThe package includes artillery "
            "systems and air defences.",
            Severity.MEDIUM,
        ),
        (
            "Oslo adds NOK 3bn military package for Kyiv\nThe package includes artillery "
            "systems and air defences.",
            Severity.LOW,
        ),
        # The proceeds of frozen assets are new money; money frozen is not.
        (
            "EU pays out €2bn from frozen Russian asset profits for Ukraine's defence\nThe money "
            "will buy shells and air defences through the European Peace Facility.",
            Severity.MEDIUM,
        ),
        (
            "Budapest keeps €5bn of military aid frozen\nHungary kept €5bn of military aid for "
            "Ukraine frozen for a third month.",
            Severity.LOW,
        ),
    ],
)
def test_size_of_an_aid_package_in_codes_and_from_frozen_assets(text: str, level: Severity) -> None:
    assert tag_text(text).severity is level


def test_aid_suspended_after_a_coup_takes_no_place() -> None:
    text = (
        "Paris suspends military cooperation after soldiers seize power in Conakry\nFrance halted "
        "training programmes for Guinean forces."
    )
    topics = topics_of(text)
    assert A in topics
    assert Topic.TERRITORIAL_CHANGE not in topics
