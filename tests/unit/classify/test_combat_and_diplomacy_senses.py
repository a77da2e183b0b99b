"""Combat and diplomacy words in other senses (weather fronts, parliament battles, combat
readiness, truces between parties and clubs, sanctions by judges, wage talks) and the aid
wording of defence ministries and arms-sale notices."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import topics_of


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Cold front advances on the capital\nNight temperatures will fall to -15C.", None),
        (
            "Allies regroup for Senate battle over tax reform\nThe committee shelved the bill by "
            "eight votes to six.",
            None,
        ),
        (
            "Snap drills near the border\nThe army began combat-readiness drills, moving armoured "
            "units to training ranges.",
            Topic.TROOP_DEPLOYMENT,
        ),
        ("Coalition parties call truce in row over asylum bill\nA vote is due in June.", None),
        ("Judge sanctions law firm over fake citations\nThe firm must pay $10,000.", None),
        (
            "Rail union and operator resume talks\nThe union returned to the negotiating table "
            "after a mediator proposed a pay deal.",
            None,
        ),
    ],
)
def test_words_in_other_senses(text: str, topic: Topic | None) -> None:
    topics = topics_of(text)
    assert Topic.GROUND_COMBAT not in topics
    assert Topic.DIPLOMACY_SANCTIONS not in topics
    assert topics == ({topic} if topic else set())


@pytest.mark.parametrize(
    "text",
    [
        "Sale cleared\nWashington cleared a potential $700 million sale of air-defence missiles "
        "to Ukraine.",
        "Oslo to fund weapons package\nThe government said it would fund a 400 million euro "
        "package of American-made weapons for Ukraine.",
        "Drawdown announced\nThe US announced a $600 million weapons drawdown for Kyiv.",
        "London to pay for missiles\nBritain will pay 1.2 billion pounds for 4,000 missiles and "
        "send them to Ukraine.",
        "Berlin halts arms exports to Israel\nNo further licences will be approved.",
    ],
)
def test_aid_in_the_words_of_ministries_and_sale_notices(text: str) -> None:
    assert Topic.MILITARY_AID in topics_of(text)


def test_an_arms_makers_contract_is_business_not_aid() -> None:
    result = tag_text(
        "Arms maker's shares climb on record order\nThe company won an agreement worth up to 6 "
        "billion euros to supply artillery shells to the national army."
    )
    assert Topic.MILITARY_AID not in {t.topic for t in result.topics}


def test_a_nominee_advanced_by_a_panel_is_no_combat() -> None:
    assert Topic.GROUND_COMBAT not in topics_of(
        "Panel advances ambassador nominee\nThe committee voted 12 to 9 to send the nomination to "
        "the full Senate."
    )


def test_peacekeepers_in_the_news_are_not_diplomacy() -> None:
    topics = topics_of(
        "Peacekeepers hurt\nTwo peacekeepers were injured when a tank fired at their tower."
    )
    assert Topic.DIPLOMACY_SANCTIONS not in topics


@pytest.mark.parametrize(
    ("text", "combat"),
    [
        ("Rival armies trade fire across the river border", True),
        ("Border guards traded small-arms fire with smugglers overnight", True),
        ("Store announces fire sale as trade slows", False),
    ],
)
def test_trading_fire_is_an_exchange_of_fire(text: str, combat: bool) -> None:
    assert (Topic.GROUND_COMBAT in topics_of(text)) is combat
