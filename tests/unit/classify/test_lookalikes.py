"""Conflict news told next to its lookalikes: a bombing outside a court is news, a court striking
down a law is not; drills, weapons tests, arms-industry sales and commemorations are not war."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import assert_counts, topics_of


@pytest.mark.parametrize(
    "text",
    [
        "Bomber kills nine outside provincial court\nA suicide bomber blew himself up outside a "
        "provincial court on Monday, killing nine people, police said.",
        "Drone hits film crew\nTwo journalists were killed when a drone hit the car of a film "
        "crew near the front.",
    ],
)
def test_deaths_near_a_court_or_a_film_crew_are_news(text: str) -> None:
    assert Topic.CASUALTIES in topics_of(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Vote delayed again\nThe election will not go ahead after the top court struck down "
            "the law on seats.",
            Topic.STRIKE,
        ),
        (
            "Marines 'repel invasion' in northern drill\nAllied marines beat back a mock landing "
            "on the coast during the exercise.",
            Topic.GROUND_COMBAT,
        ),
        (
            "North fires cruise missiles in test\nThe North fired three cruise missiles over the "
            "Yellow Sea in what state media called a test.",
            Topic.STRIKE,
        ),
        (
            "Blast at munitions plant\nAn explosion killed two workers; the factory supplies "
            "shells to foreign buyers.",
            Topic.MILITARY_AID,
        ),
        (
            "Ambush kills 14 soldiers in the north\nFighters ambushed an army convoy, killing 14 "
            "soldiers in the border district.",
            Topic.TROOP_DEPLOYMENT,
        ),
        (
            "Mourners mark 25 years since massacre\nThousands gathered at the memorial; the "
            "remains of six victims were buried.",
            Topic.CASUALTIES,
        ),
    ],
)
def test_lookalikes_are_not_that_topic(text: str, topic: Topic) -> None:
    assert topic not in topics_of(text)


def test_a_plane_brought_down_by_a_missile_is_a_strike_with_its_dead() -> None:
    text = (
        "Transport plane downed\nA missile brought down a military transport plane, killing all "
        "52 people on board, the ministry said."
    )
    assert Topic.STRIKE in topics_of(text)
    assert_counts(text, {"killed": 52})
    assert tag_text(text).severity == "critical"


def test_the_maker_of_a_downed_drone_is_not_a_nato_state_under_attack() -> None:
    result = tag_text(
        "Army says airstrikes killed 12 fighters\nThe army said air force strikes killed about "
        "12 fighters; the rebels said they shot down a Turkish-made drone."
    )
    assert result.severity == "high"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Training jet crashes into market\nAn air force training jet crashed into a market "
            "after take-off, killing six people; officials blamed a mechanical fault.",
            Topic.STRIKE,
        ),
        (
            "Opposition's 'offensive' fails in vote\nThe party's no-confidence motion won only 150 "
            "votes.",
            Topic.GROUND_COMBAT,
        ),
        (
            "Fans clash after the derby\nRival supporters clashed outside the stadium; three "
            "officers were lightly hurt.",
            Topic.GROUND_COMBAT,
        ),
        (
            "Council demands end to siege\nThe council demanded that the militia lift its siege "
            "and let aid reach the city, where about 200,000 people are trapped.",
            Topic.CASUALTIES,
        ),
    ],
)
def test_crashes_politics_riots_and_sieges_are_not_that_topic(text: str, topic: Topic) -> None:
    assert topic not in topics_of(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Drones hit arsenal\nDrones hit an ammunition depot overnight; officials evacuated "
            "part of the town.",
            Topic.HUMANITARIAN_INFRASTRUCTURE,
        ),
        (
            "Council demands end to siege\nThe council demanded that the militia lift its siege "
            "and let aid reach the city.",
            Topic.HUMANITARIAN_INFRASTRUCTURE,
        ),
        (
            "Court halts jet parts exports\nA court ordered the government to stop all exports of "
            "F-35 fighter jet parts to Israel.",
            Topic.MILITARY_AID,
        ),
        (
            "Experts: 3,000 foreign troops in the east\nAbout 3,000 foreign soldiers are operating "
            "alongside the rebels in the east, UN experts said.",
            Topic.TROOP_DEPLOYMENT,
        ),
    ],
)
def test_evacuations_sieges_exports_halted_and_foreign_troops(text: str, topic: Topic) -> None:
    assert topic in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Missile hits opera house, injuring five\nA missile struck the opera house overnight, "
        "injuring five people.",
        "Strike on drama theatre kills seven\nA missile hit the drama theatre in the centre, "
        "killing seven people.",
        "Missile hits exhibition centre, killing three\nThe missile hit the exhibition centre at "
        "noon.",
    ],
)
def test_a_strike_on_a_cultural_venue_is_news(text: str) -> None:
    assert Topic.CASUALTIES in topics_of(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Missile hits stadium during league match, killing four fans\nThe missile struck the "
            "stadium in the second half of the match, the coach said; 30 fans were hurt.",
            Topic.STRIKE,
        ),
        (
            "Drone strike kills documentary crew\nTwo journalists of a documentary crew were "
            "killed when a drone hit their car.",
            Topic.CASUALTIES,
        ),
    ],
)
def test_strikes_on_sport_and_film_crews_are_news(text: str, topic: Topic) -> None:
    assert topic in topics_of(text)


def test_an_explainer_about_todays_strike_is_not_a_tally() -> None:
    result = tag_text(
        "Explainer: what we know about the strike that killed 20\nA missile hit the city centre "
        "on Sunday, killing 20 people."
    )
    assert result.severity == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "Judges strike down curfew order\nThe constitutional court ruled the order unlawful.",
        "Top court strikes down governor's decree on rallies",
        "Phone maker opens new assault on budget handset market share",
        "Minister accused of assault on press freedom after raid on broadcaster's licence",
        "Critics call the bill an assault on the judiciary",
    ],
)
def test_courts_striking_down_laws_and_assaults_in_words_are_no_war(text: str) -> None:
    assert not topics_of(text) & {Topic.STRIKE, Topic.GROUND_COMBAT}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen storm weekly market\nThe assault on the crowded cattle market left three dead.",
        "Rebels mount assault on the market town of Rutshuru",
        "Militants launch assault on army posts near the border",
    ],
)
def test_assaults_on_places_and_positions_stay_combat(text: str) -> None:
    assert Topic.GROUND_COMBAT in topics_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Utility takes full control of grid operator after buying out minority holders",
        "Ruling bloc retakes control of the upper chamber in by-elections",
        "Phone maker captures a quarter of the European market",
        "Firefighters gain control of the blaze that had advanced on the village overnight",
        "Central bank says it has regained control of the shilling",
    ],
)
def test_control_of_firms_chambers_fires_and_currencies_is_no_capture(text: str) -> None:
    assert not topics_of(text) & {Topic.TERRITORIAL_CHANGE, Topic.GROUND_COMBAT}


def test_a_museum_exhibition_about_a_siege_is_no_news_but_a_museum_struck_is() -> None:
    assert (
        topics_of(
            "Museum opens a hall on the wartime siege\nThe display marks the blockade in which "
            "hundreds of thousands starved."
        )
        == set()
    )
    assert Topic.STRIKE in topics_of("Drone strike damages regional museum in Sumy")


def test_people_still_missing_since_a_commemorated_massacre_are_no_news() -> None:
    text = (
        "Survivors gather to mark anniversary of the massacres\nCommunity leaders said more than "
        "2,000 people are still missing."
    )
    assert topics_of(text) == set()
