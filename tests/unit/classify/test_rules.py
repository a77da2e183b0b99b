"""Topic evidence and the taxonomy's boundary rules, one test per rule."""

from __future__ import annotations

import pytest

from services.classify.context import build_context
from services.classify.rules import topic_evidence
from shared.models import Topic


def _topics(headline: str, body: str = "") -> set[Topic]:
    text = f"{headline}\n\n{body}"
    return set(topic_evidence(build_context(text, len(headline))).spans)


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Shelling kills three in Kherson", "", {Topic.CASUALTIES, Topic.STRIKE}),
        ("Rebels seize border town of Kidal", "", {Topic.TERRITORIAL_CHANGE}),
        ("Britain deploys 800 troops to Estonia", "", {Topic.TROOP_DEPLOYMENT}),
        ("Heavy clashes near Toretsk as assaults repelled", "", {Topic.GROUND_COMBAT}),
        ("Spain pledges air defense missiles to Ukraine", "", {Topic.MILITARY_AID}),
        ("Envoys resume peace talks in Geneva", "", {Topic.DIPLOMACY_SANCTIONS}),
        ("IAEA inspectors report radiation levels at plant", "", {Topic.NUCLEAR_CBRN}),
        ("Central bank raises key rate to fight inflation", "", {Topic.ECONOMY}),
        (
            "Missile strike on power plant leaves city without electricity",
            "",
            {Topic.STRIKE, Topic.HUMANITARIAN_INFRASTRUCTURE},
        ),
    ],
)
def test_each_topic_has_a_trigger(headline: str, body: str, expected: set[Topic]) -> None:
    assert _topics(headline, body) == expected


def test_no_one_hurt_is_not_casualties() -> None:
    """Negation: 'no one was hurt' records zero on the strike, not casualties."""
    assert _topics("Drone hits garage in Lviv", "No one was hurt.") == {Topic.STRIKE}


def test_recalled_past_event_is_not_casualties() -> None:
    """Historical: 'two years after the strike that killed 50' is not a new casualty report."""
    topics = _topics(
        "Town remembers the dead",
        "Residents laid flowers on Sunday, two years after a missile strike killed 50 people.",
    )
    assert Topic.CASUALTIES not in topics
    assert Topic.STRIKE not in topics


def test_interceptions_are_strikes() -> None:
    """'17 of 43 drones downed' is a strike, outcome intercepted."""
    assert Topic.STRIKE in _topics("Ukraine says 17 of 43 drones downed overnight")


def test_advancing_toward_is_combat_not_capture() -> None:
    topics = _topics("Russian troops advancing toward Pokrovsk, commander says")
    assert topics == {Topic.GROUND_COMBAT}


def test_weapons_delivery_is_aid_not_deployment() -> None:
    topics = _topics("First batch of Gripen jets arrives in Ukraine from Sweden, donated by Sweden")
    assert Topic.TROOP_DEPLOYMENT not in topics
    assert Topic.MILITARY_AID in topics


def test_conditional_supply_is_not_aid() -> None:
    topics = _topics("Kremlin warns of response if allies supplied Kyiv with long-range missiles")
    assert Topic.MILITARY_AID not in topics


def test_losses_alone_are_not_casualties() -> None:
    assert Topic.CASUALTIES not in _topics("Army reports heavy equipment losses near Vuhledar")


def test_sports_report_has_no_topics() -> None:
    """A football match 'clash' or a boxer's 'barrage' is not war news."""
    topics = _topics(
        "Shakhtar clash with Barcelona ends in draw",
        "The striker scored twice in the Champions League match before fans at the stadium.",
    )
    assert topics == set()


def test_one_mention_of_trade_is_not_economy() -> None:
    topics = _topics(
        "Drones hit Odesa port", "The strike damaged grain terminals used for exports."
    )
    assert Topic.ECONOMY not in topics


def test_police_deployment_is_not_troops() -> None:
    assert Topic.TROOP_DEPLOYMENT not in _topics("City deploys 2,000 police officers for parade")


def test_evidence_spans_slice_the_text() -> None:
    headline = "Missile kills two in Kramatorsk"
    text = f"{headline}\n\nA missile hit a cafe, killing two and wounding five."
    spans = topic_evidence(build_context(text, len(headline))).spans
    for found in spans.values():
        for span in found:
            assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("headline", "body", "absent"),
    [
        (
            "Two soldiers captured near Kupiansk",
            "State TV showed the men.",
            Topic.TERRITORIAL_CHANGE,
        ),
        ("Both sides trade blame over shelling", "Each accused the other.", Topic.ECONOMY),
        (
            "Shelling near nuclear power plant",
            "Shells landed near the nuclear power plant, the agency said.",
            Topic.HUMANITARIAN_INFRASTRUCTURE,
        ),
        ("Group denies its fighters attacked the hospital", "", Topic.GROUND_COMBAT),
        ("Rebels targeted a cargo ship with missiles", "", Topic.MILITARY_AID),
        ("Drone crossed into Latvian airspace", "It crashed in a field.", Topic.GROUND_COMBAT),
        ("Strike on transformer near nuclear site", "", Topic.ECONOMY),
    ],
)
def test_words_that_look_like_a_topic_but_are_not(headline: str, body: str, absent: Topic) -> None:
    """Captured people are not captured places; 'trade blame' is not trade."""
    assert absent not in _topics(headline, body)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Toll from Dnipro strike climbs to 14", {Topic.CASUALTIES, Topic.STRIKE}),
        ("Ukraine hits refinery in Saratov with drones", {Topic.STRIKE}),
        ("Russia has lost more than 400,000 troops since 2022", {Topic.CASUALTIES}),
        (
            "Officials evacuate 900 children from border villages",
            {Topic.HUMANITARIAN_INFRASTRUCTURE},
        ),
        ("Russian troops reach outskirts of Siversk", {Topic.GROUND_COMBAT}),
        ("Russian drone crashed in a Moldovan village", {Topic.STRIKE}),
    ],
)
def test_headline_shorthand(headline: str, expected: set[Topic]) -> None:
    """Wire headlines: 'toll climbs', 'hits ... with drones', 'lost N troops'."""
    assert expected <= _topics(headline)


def test_possible_attack_warning_is_not_a_strike() -> None:
    topics = _topics("Air force warns of a possible missile attack tonight")
    assert Topic.STRIKE not in topics


def test_a_sports_paragraph_in_a_long_update_keeps_the_war_topics() -> None:
    """Sports words only silence an update that is about sports from its first lines."""
    topics = _topics(
        "Missile strike kills four in Dnipro",
        "A missile hit a tower block, killing four people. Later, the city's football club "
        "won its league match as fans filled the stadium for the season opener.",
    )
    assert {Topic.CASUALTIES, Topic.STRIKE} <= topics
