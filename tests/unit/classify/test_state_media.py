"""State and official media in translation: "unmanned aerial vehicles", "sent to hell",
"martyring", "liberation of the city", enemies "eliminated" since an operation began, enemy
gatherings targeted, running totals beside the night's count, and their sport and culture."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import assert_counts, topics_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ministry summary\nAir defence means shot down 44 fixed-wing unmanned aerial vehicles "
            "over the border regions.",
            {"drones_downed": 44},
        ),
        (
            "Army statement\nAbout 40 projectiles were identified crossing from the north; most "
            "were intercepted.",
            {"missiles_launched": 40},
        ),
        (
            "Army press service\nIn the operation six of them were sent to hell, the army said.",
            {"killed": 6},
        ),
        (
            "Press briefing\nThe enemy's missile strikes hit four towns, martyring 19 civilians "
            "and injuring 40.",
            {"killed": 19, "injured": 40},
        ),
        (
            "Daily summary\nOver the past 24 hours air defence systems shot down 150 unmanned "
            "aerial vehicles. In total, since the start of the special military operation, 80,500 "
            "unmanned aerial vehicles have been destroyed.",
            {"drones_downed": 150},
        ),
    ],
)
def test_state_media_counts(text: str, expected: dict[str, int | None]) -> None:
    assert_counts(text, expected)


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        (
            "Army statement\nAbout 40 projectiles were identified crossing from the north; most "
            "were intercepted.",
            "medium",
        ),
        (
            "Ministry: night attack repelled\nOver the past night air defences destroyed 110 "
            "unmanned aerial vehicles over five regions.",
            "high",
        ),
        (
            "Army summary\nSince the start of the ground operation, troops have eliminated more "
            "than 900 terrorists.",
            "low",
        ),
        (
            "Army newspaper\nThe columns returned fire; the attackers fled, leaving behind bodies "
            "and rifles.",
            "medium",
        ),
        (
            "Agency: strike near the enrichment site\nTwo guards were killed; no radioactive "
            "contamination was detected, the agency said.",
            "medium",
        ),
        (
            "Berlin delivers air defence in new EUR 1.5 bln package\nThe package of military "
            "assistance includes two launchers for Ukraine.",
            "medium",
        ),
    ],
)
def test_state_media_severity(text: str, severity: str) -> None:
    assert tag_text(text).severity == severity


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Army announces liberation of Kassala\nArmy units entered Kassala on Saturday; crowds "
            "celebrated the liberation of the city.",
            Topic.TERRITORIAL_CHANGE,
        ),
        (
            "Army: Operation Dawn hit camps\nThe forces launched the operation, striking nine "
            "sites across the border.",
            Topic.STRIKE,
        ),
    ],
)
def test_state_media_topics(text: str, topic: Topic) -> None:
    assert topic in topics_of(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Group statement\nOur fighters targeted a gathering of enemy soldiers near the border "
            "post with a rocket barrage.",
            Topic.TROOP_DEPLOYMENT,
        ),
        (
            "Defence ministry\nUnits of the enemy stationed near the ridge subjected our positions "
            "to fire from small arms.",
            Topic.TROOP_DEPLOYMENT,
        ),
        (
            "Army club crush rivals 4-0 to top the league\nThe hockey side won in front of 9,000 "
            "spectators.",
            Topic.GROUND_COMBAT,
        ),
        (
            "Army chief hails 'hard-fought victory'\nThe national team won the trophy 3-2.",
            Topic.GROUND_COMBAT,
        ),
        (
            "Opera sells out\nThe new production has a cast of 100 and a battle scene with 200 "
            "extras.",
            Topic.GROUND_COMBAT,
        ),
        (
            "President at memorial\nHe honoured those who gave their lives for the liberation of "
            "the country's lands in the war of 2020.",
            Topic.TERRITORIAL_CHANGE,
        ),
    ],
)
def test_state_media_not_that_topic(text: str, topic: Topic) -> None:
    assert topic not in topics_of(text)
