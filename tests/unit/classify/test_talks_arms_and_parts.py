"""Talks that are no diplomacy (trade, treaties on other matters, talks to avert a strike,
companies' ventures), withdrawals only talked of, parts seized at sea, people recruited for
sabotage, tanks sent back after repair, fighter jets delivered, deals struck, weapons named by
how they are fired; and arms given to rebels, which is military aid."""

from __future__ import annotations

import pytest

from shared.models import Topic
from tests.unit.classify.tagging import topics_of


@pytest.mark.parametrize(
    "text",
    [
        "Bloc and Gulf state close trade talks\nNegotiators concluded trade talks in Montevideo on "
        "Friday; the deal is to be signed in spring.",
        "Port unions and employers resume talks to avert strike\nThe two sides met again on "
        "Tuesday, a union official said.",
        "Plastics treaty talks collapse\nTalks on a plastics treaty broke up in Nairobi without "
        "agreement, the chair said.",
        "Two planemakers in talks on a joint venture\nThe companies are in advanced talks on a "
        "joint venture for uncrewed aircraft, people familiar with the matter said.",
    ],
)
def test_talks_that_are_no_diplomacy(text: str) -> None:
    assert Topic.DIPLOMACY_SANCTIONS not in topics_of(text)


def test_talks_between_states_are_still_diplomacy() -> None:
    assert Topic.DIPLOMACY_SANCTIONS in topics_of(
        "Tokyo and Seoul to hold talks\nThe two foreign ministers will hold talks in Seoul next "
        "week, officials said."
    )


# A withdrawal only talked of: neither forces moved nor a place handed over.
_WITHDRAWAL_TALKED_OF = (
    "Mediator hosts new round\nDelegations will meet in Lome next week for talks on the "
    "withdrawal of foreign forces from the east."
)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            _WITHDRAWAL_TALKED_OF,
            Topic.TROOP_DEPLOYMENT,
        ),
        (
            _WITHDRAWAL_TALKED_OF,
            Topic.TERRITORIAL_CHANGE,
        ),
        (
            "Navy seizes missile parts at sea\nSailors boarded a dhow and seized cruise-missile "
            "guidance sets and drone engines bound for Yemen.",
            Topic.TERRITORIAL_CHANGE,
        ),
        (
            "Diplomat expelled over arson plot\nThe ministry said he had helped recruit people to "
            "set fire to buses in the capital.",
            Topic.TROOP_DEPLOYMENT,
        ),
        (
            "Repaired tanks return to the front\nA workshop abroad has sent 12 Leopard tanks back "
            "to the brigade's units after new engines were fitted.",
            Topic.TROOP_DEPLOYMENT,
        ),
        (
            "First Gripen jets arrive\nThe first Gripen fighters ordered from Sweden landed at the "
            "air base on Monday, the ministry said.",
            Topic.TROOP_DEPLOYMENT,
        ),
        (
            "Talks in Kunming\nActivists fear an agreement struck over their heads, a group said.",
            Topic.STRIKE,
        ),
        (
            "Report on rebel arms\nInvestigators said the rebels used shoulder-fired missiles "
            "taken from army stores.",
            Topic.STRIKE,
        ),
    ],
)
def test_words_of_other_topics_in_other_senses(text: str, topic: Topic) -> None:
    assert topic not in topics_of(text)


def test_arms_given_to_rebels_are_military_aid() -> None:
    assert Topic.MILITARY_AID in topics_of(
        "Experts say neighbour armed the rebels\nA UN panel said the neighbouring army gave the "
        "rebels jamming equipment and surface-to-air missiles this year."
    )
