"""Posts of officials, militaries, armed groups and services as an aggregator republishes them:
the account's name as headline, a terse or lower-case post as body."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import assert_counts, topics_of


def test_a_post_opening_with_the_day_counted_is_a_summary() -> None:
    result = tag_text(
        "Regional military administration\nOver the past day the enemy shelled the city and 14 "
        "villages. 2 people killed, 7 wounded. Houses and a school damaged."
    )
    assert result.facts.aggregate
    assert result.severity == "low"


def test_a_lower_case_post_is_read_like_any_other() -> None:
    result = tag_text(
        "Front-line monitor\nmap updated. the enemy occupied novoselivka and advanced near siversk."
    )
    assert Topic.TERRITORIAL_CHANGE in {t.topic for t in result.topics}
    assert "village" in result.severity_reason


def test_a_capitalised_text_still_needs_its_capitals() -> None:
    assert Topic.TERRITORIAL_CHANGE not in topics_of(
        "Mayor's note\nThe council has taken questions from residents all week. It will "
        "answer them on Friday."
    )


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Army statement\nThe troops raised the national flag over the district headquarters "
            "in Hpakant this morning.",
            Topic.TERRITORIAL_CHANGE,
        ),
        (
            "Defence ministry\nA contingent of 120 marines left the naval base this morning for "
            "Port-au-Prince to join the mission.",
            Topic.TROOP_DEPLOYMENT,
        ),
        (
            "Defence minister\nWe will fund a EUR 300 mln package of German-made air defence "
            "equipment for Ukraine.",
            Topic.MILITARY_AID,
        ),
        (
            "Peacekeeping mission\nA tank fired at one of our positions near the border, hitting "
            "a watchtower. No peacekeepers were hurt.",
            Topic.STRIKE,
        ),
        (
            "Army spokesman\nAbout 15 projectiles were detected crossing from the north into the "
            "valley; most were intercepted.",
            Topic.STRIKE,
        ),
        (
            "Rescue service\nParamedics pronounced dead a man of about 50 at the site of a rocket "
            "impact in the town.",
            Topic.STRIKE,
        ),
        (
            "Nuclear operator\nThe NPP lost connection to its last 750 kV line and switched to "
            "diesel generators.",
            Topic.NUCLEAR_CBRN,
        ),
    ],
)
def test_what_posts_report(text: str, topic: Topic) -> None:
    assert topic in topics_of(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Army statement\nThe operation killed 30 militants. Weapons and vehicles seized.",
            Topic.TERRITORIAL_CHANGE,
        ),
        (
            "Rebel spokesman\nOur missiles struck the port and thousands fled to shelters.",
            Topic.HUMANITARIAN_INFRASTRUCTURE,
        ),
        (
            "Drones over the border\nSeveral UAVs launched from the north crossed into our "
            "airspace; 2 were intercepted.",
            Topic.GROUND_COMBAT,
        ),
        ("Weather service\nThe snow offensive will last until Friday.", Topic.GROUND_COMBAT),
        (
            "City mayor\nCoffee festival this weekend: 30 roasters and a barista battle.",
            Topic.GROUND_COMBAT,
        ),
        (
            "Mountain rescue\nA hiker went missing on the ridge trail on Sunday; rescuers are "
            "searching the slopes.",
            Topic.CASUALTIES,
        ),
        (
            "City FC\nThe club condemns the chants heard at the derby. The next match will be "
            "played without fans this season.",
            Topic.DIPLOMACY_SANCTIONS,
        ),
    ],
)
def test_what_posts_do_not_report(text: str, topic: Topic) -> None:
    assert topic not in topics_of(text)


def test_a_force_claiming_the_enemy_it_killed_is_a_claim() -> None:
    result = tag_text(
        "Militia statement\nOur forces repelled an attack west of the town, killing dozens of "
        "the attackers."
    )
    assert result.severity == "low"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Monitor\nWe documented the deaths of 640 people across the country since the "
            "beginning of 2025, incl. 70 children.",
            {"killed": 640, "children_killed": 70},
        ),
        ("Rescue service\nParamedics pronounced dead a man of about 50.", {"killed": 1}),
        (
            "Peacekeepers\nA tank fired at a watchtower. No peacekeepers were hurt.",
            {"killed": 0, "injured": 0},
        ),
    ],
)
def test_post_counts(text: str, expected: dict[str, int | None]) -> None:
    assert_counts(text, expected)


def test_deaths_counted_since_the_start_of_a_year_are_a_tally() -> None:
    result = tag_text(
        "Monitor\nWe documented the deaths of 640 people across the country since the "
        "beginning of 2025."
    )
    assert result.facts.aggregate


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Northern Army Command (statement)\nOur units liberated the village of Hlinka and "
            "raised the flag over the school.",
            "claimed",
        ),
        (
            "Rebel alliance information team\nAlliance fighters captured the town of Mogok after "
            "three days of fighting.",
            "claimed",
        ),
        ("DeepState\nmap updated. the enemy occupied sukhyi yar.", "confirmed"),
    ],
)
def test_a_post_by_a_party_claims_and_by_a_monitor_confirms(text: str, status: str) -> None:
    assert tag_text(text).facts.status == status


def test_a_party_posting_the_enemy_it_killed_is_a_claim() -> None:
    result = tag_text(
        "National news agency (state)\nThe army conducted an operation in the valley, killing 38 "
        "militants, including two commanders."
    )
    assert result.facts.status == "claimed"
    assert result.severity == "low"


def test_a_health_ministry_post_is_no_claim() -> None:
    result = tag_text(
        "Ministry of Public Health\nThe enemy strike on a house in the town killed 6 people, "
        "including 2 children."
    )
    assert result.facts.status is None
    assert result.severity == "high"


def test_a_headline_that_tells_news_is_no_author_label() -> None:
    result = tag_text(
        "Army units take village near the river\nThe troops captured the village of Zelene on "
        "Monday and pushed on toward the highway."
    )
    assert result.facts.status == "reported"


def test_a_flag_raised_at_a_headquarters_takes_the_city_named() -> None:
    result = tag_text(
        "Army information team\nArmy troops entered Lashio today and raised the state flag at "
        "the regional command headquarters."
    )
    assert result.facts.status == "claimed"
    assert "city" in result.severity_reason


@pytest.mark.parametrize(
    "text",
    [
        "Briefing\nThe mayor had taken questions until 10 p.m. on the day.",
        "Update\nTroops had entered the area around 6 a.m. local time, the ministry said.",
    ],
)
def test_times_of_day_do_not_make_a_text_lower_case(text: str) -> None:
    assert Topic.TERRITORIAL_CHANGE not in topics_of(text)
