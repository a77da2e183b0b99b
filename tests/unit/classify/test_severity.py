"""The severity rule: one test per row of the taxonomy's table, and the modifiers."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text
from services.classify.severity import assess
from services.classify.signals import Signals
from shared.models import Count, Facts, Severity, Topic

C, S, T = Topic.CASUALTIES, Topic.STRIKE, Topic.TERRITORIAL_CHANGE


def _f(**counts: int) -> Facts:
    return Facts(**{k: Count(value=v) for k, v in counts.items()})


@pytest.mark.parametrize(
    ("topics", "facts", "level"),
    [
        ({C, S}, _f(killed=20), Severity.CRITICAL),
        ({C, S}, _f(injured=100), Severity.CRITICAL),
        ({C, S}, _f(killed=3, children_killed=3), Severity.CRITICAL),
        ({C, S}, _f(killed=5), Severity.HIGH),
        ({C, S}, _f(injured=25), Severity.HIGH),
        ({C, S}, _f(killed=1, children_killed=1), Severity.HIGH),
        ({C, S}, _f(killed=4, injured=26), Severity.HIGH),
        ({C, S}, _f(killed=4, injured=20), Severity.MEDIUM),
        ({C, S}, _f(killed=1), Severity.MEDIUM),
        ({C, S}, _f(injured=5), Severity.MEDIUM),
        ({C, S}, _f(injured=1, children_injured=1), Severity.MEDIUM),
        ({C, S}, _f(injured=4), Severity.LOW),
        ({S}, _f(drones_launched=100), Severity.HIGH),
        ({S}, _f(drones_downed=30), Severity.MEDIUM),
        ({S}, _f(drones_launched=29), Severity.LOW),
        ({Topic.TROOP_DEPLOYMENT}, _f(troops=1000), Severity.HIGH),
        ({Topic.TROOP_DEPLOYMENT}, _f(troops=999), Severity.MEDIUM),
        ({Topic.TROOP_DEPLOYMENT}, Facts(), Severity.MEDIUM),
        ({Topic.ECONOMY}, Facts(), Severity.LOW),
        (set(), Facts(), Severity.INFO),
    ],
)
def test_counts_rows(topics: set[Topic], facts: Facts, level: Severity) -> None:
    assert assess(topics, facts, Signals())[0] == level


@pytest.mark.parametrize(
    ("status", "size", "level"),
    [
        ("confirmed", "capital", Severity.CRITICAL),
        ("confirmed", "city", Severity.CRITICAL),
        ("reported", "town", Severity.HIGH),
        ("confirmed", "village", Severity.MEDIUM),
        ("claimed", "city", Severity.HIGH),
        ("claimed", "town", Severity.MEDIUM),
        ("claimed", "village", Severity.LOW),
        ("denied", "city", Severity.LOW),
    ],
)
def test_capture_rows(status: str, size: str, level: Severity) -> None:
    """Confirmed (or reported) captures grade one level above claimed ones."""
    facts = Facts(status=status)
    assert assess({T}, facts, Signals(capture_size=size))[0] == level  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("topics", "signals", "level"),
    [
        ({Topic.NUCLEAR_CBRN}, Signals(chemical_use=True), Severity.CRITICAL),
        ({Topic.NUCLEAR_CBRN}, Signals(nuclear_harm=True), Severity.CRITICAL),
        ({Topic.NUCLEAR_CBRN}, Signals(offsite_power_lost=True), Severity.HIGH),
        ({Topic.NUCLEAR_CBRN}, Signals(head_of_state_nuclear_threat=True), Severity.HIGH),
        ({Topic.HUMANITARIAN_INFRASTRUCTURE}, Signals(region_blackout=True), Severity.HIGH),
        ({S, Topic.HUMANITARIAN_INFRASTRUCTURE}, Signals(energy_hit=True), Severity.MEDIUM),
        ({Topic.DIPLOMACY_SANCTIONS}, Signals(new_sanctions=True), Severity.MEDIUM),
        ({Topic.DIPLOMACY_SANCTIONS}, Signals(ceasefire_or_talks=True), Severity.MEDIUM),
        ({Topic.DIPLOMACY_SANCTIONS}, Signals(), Severity.LOW),
        ({Topic.MILITARY_AID}, Signals(aid_billions=1.2), Severity.MEDIUM),
        ({Topic.MILITARY_AID}, Signals(aid_billions=0.4), Severity.LOW),
        ({Topic.GROUND_COMBAT}, Signals(first_combat=True), Severity.CRITICAL),
    ],
)
def test_signal_rows(topics: set[Topic], signals: Signals, level: Severity) -> None:
    assert assess(topics, Facts(), signals)[0] == level


def test_nato_state_hit_with_casualties_is_critical() -> None:
    assert assess({C, S}, _f(killed=2), Signals(nato_state=True))[0] == Severity.CRITICAL


def test_aggregate_caps_at_low() -> None:
    facts = _f(killed=60000)
    facts.aggregate = True
    level, reason = assess({C}, facts, Signals())
    assert level == Severity.LOW
    assert "tally" in reason


def test_historical_caps_at_low() -> None:
    facts = _f(killed=50)
    facts.historical = True
    assert assess({C}, facts, Signals())[0] == Severity.LOW


def test_future_caps_at_medium() -> None:
    facts = _f(troops=5000)
    facts.modality = "future"
    assert assess({Topic.TROOP_DEPLOYMENT}, facts, Signals())[0] == Severity.MEDIUM


def test_head_of_state_nuclear_threat_escapes_the_future_cap() -> None:
    facts = Facts(modality="future")
    signals = Signals(head_of_state_nuclear_threat=True)
    assert assess({Topic.NUCLEAR_CBRN}, facts, signals)[0] == Severity.HIGH


def test_economy_never_above_low() -> None:
    assert assess({Topic.ECONOMY}, Facts(), Signals(aid_billions=50))[0] == Severity.LOW


def test_enemy_loss_claims_are_low() -> None:
    assert assess({C}, _f(killed=40), Signals(), enemy_loss_claim=True)[0] == Severity.LOW


def test_reason_names_the_highest_rule_in_words() -> None:
    """'high: a child was killed; 34 injured'."""
    _, reason = assess({C, S}, _f(killed=2, injured=34, children_killed=1), Signals())
    assert reason == "high: a child was killed; 34 injured"


def test_head_of_state_threatening_strikes_with_nuclear_weapons_is_high() -> None:
    """Read end to end: the threat is named in the headline's subject and the body."""
    result = tag_text(
        "Putin threatens Western capitals\n"
        "President Vladimir Putin said Moscow could strike Western capitals with nuclear weapons."
    )
    assert result.severity == Severity.HIGH


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Kim vows to use nuclear weapons if attacked\nThe leader said his forces would use "
            "nuclear weapons against any invader.",
            Severity.HIGH,
        ),
        (
            "Kim vows to expand deterrent\nThe leader pledged to strengthen the country's nuclear "
            "war deterrent.",
            Severity.LOW,
        ),
    ],
)
def test_a_leader_named_by_surname_threatening_nuclear_use(text: str, level: Severity) -> None:
    assert tag_text(text).severity is level
