"""A wire week: hostages seized, a truce's running toll, commemorations and trials of old
killings, a denial made days before, soldiers as victims, sport, airliners and storm warnings."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from shared.models import Topic
from tests.unit.classify.tagging import assert_counts, topics_of


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Pupils abducted\nGunmen raided the school; it was the largest kidnapping since "
            "gunmen seized more than 80 pupils in the same state last year.",
            Topic.TERRITORIAL_CHANGE,
        ),
        (
            "City marks 20 years since bombings\nThe mayor laid a wreath for the attacks on the "
            "transport network, which killed 52 people.",
            Topic.CASUALTIES,
        ),
        (
            "Court keeps ex-leader in custody\nHe is charged with crimes against humanity over a "
            "campaign of killings in which up to 20,000 people died.",
            Topic.CASUALTIES,
        ),
        (
            "Rebels kill five soldiers in border district\nThe army said the patrol was ambushed "
            "at dawn.",
            Topic.TROOP_DEPLOYMENT,
        ),
        (
            "Champion sees off rival to keep title\nHe fought off a late counter-attack to win "
            "the ATP Finals 7-6, 7-5 and defend his title.",
            Topic.GROUND_COMBAT,
        ),
        (
            "Jets strike hideouts\nThe military said it hit hideouts of militants behind recent "
            "attacks on the border.",
            Topic.GROUND_COMBAT,
        ),
        (
            "Planemaker delivers 70 jets in October\nAirbus handed over 70 aircraft to customers "
            "last month.",
            Topic.MILITARY_AID,
        ),
        (
            "Storm warning\nGusts of up to 90 mph are expected on Sunday, threatening ferry "
            "cancellations and power cuts.",
            Topic.HUMANITARIAN_INFRASTRUCTURE,
        ),
    ],
)
def test_not_that_topic(text: str, topic: Topic) -> None:
    assert topic not in topics_of(text)


def test_a_truces_running_toll_gives_way_to_the_days() -> None:
    assert_counts(
        "Strikes kill six\nAir strikes killed six people on Monday. The truce that took effect in "
        "May has mostly held, but more than 150 people have been killed since it began.",
        {"killed": 6},
    )


def test_a_denial_made_days_before_does_not_deny_the_capture_now() -> None:
    result = tag_text(
        "Rebels in control of the port city\nRebels were in control of the city on Saturday after "
        "troops withdrew overnight, three days after the army denied the city had fallen."
    )
    assert result.facts.status != "denied"
