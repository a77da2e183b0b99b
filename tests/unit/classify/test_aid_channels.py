"""Military aid through the channels it travels: given to a state or its army, committed in a
package that names its weapons, arriving from abroad, paid from a fund that only arms another
state, held back in transit; and the look-alikes that stay out (airliners, a state's own
purchases, vehicles that are not troops, a deal that is not a strike)."""

from __future__ import annotations

import pytest

from shared.models import Topic
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
