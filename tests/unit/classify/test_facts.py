"""Claim status, tallies, future modality and the nationality of moved forces."""

from __future__ import annotations

import pytest

from services.classify.classifier import tag_text


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Russia claims capture of Toretsk\nMoscow said its forces took the town.", "claimed"),
        (
            "Ukraine confirms withdrawal from Avdiivka\nThe army said units had pulled out.",
            "confirmed",
        ),
        (
            "Monitoring group says village has fallen\nGeolocated footage shows Russian troops "
            "occupied the village of Stepove, open-source analysts at DeepState said.",
            "confirmed",
        ),
        ("Kyiv denies losing Siversk\nThe army dismissed the claim as false.", "denied"),
        (
            "Russian forces captured the village of Stepove\nThe village lies near Avdiivka.",
            "reported",
        ),
    ],
)
def test_claim_status(text: str, status: str) -> None:
    """Only the gaining side saying so is 'claimed'; the losing side conceding is 'confirmed'."""
    assert tag_text(text).facts.status == status


def test_not_confirmed_independently_stays_claimed() -> None:
    text = "Russia says it liberated Novoselivka\nThe claim could not be independently verified."
    assert tag_text(text).facts.status == "claimed"


def test_tally_phrase_makes_the_update_aggregate() -> None:
    c = tag_text("UN says 9,000 civilians killed since February 2022\nThe toll keeps rising.")
    assert c.facts.aggregate


def test_overnight_attack_is_not_aggregate() -> None:
    c = tag_text("Drones kill two in Sumy overnight\nTwo people were killed, officials said.")
    assert not c.facts.aggregate


@pytest.mark.parametrize(
    "headline",
    [
        "Germany plans to station 4,000 troops in Lithuania",
        "Russia could launch offensive on Kharkiv, commander says",
        "Netherlands to send 200 soldiers to Poland",
        "Medvedev threatens strike on Kyiv",
    ],
)
def test_future_modality(headline: str) -> None:
    assert tag_text(headline).facts.modality == "future"


@pytest.mark.parametrize(
    "headline",
    [
        "Death toll in Dnipro strike rises to nine",
        "US urges North Korea to withdraw troops",
        "Britain sends 500 troops to Estonia to bolster NATO",
    ],
)
def test_not_future(headline: str) -> None:
    """Toll changes, demands on others and purpose clauses are not plans."""
    assert tag_text(headline).facts.modality == "actual"


@pytest.mark.parametrize(
    ("text", "nationality"),
    [
        ("Seoul says 3,000 North Korean troops in Russia", "North Korea"),
        ("Belarus moves troops toward Ukrainian border", "Belarus"),
        ("Russia completes withdrawal from Kherson as Ukrainian troops enter city", "Russia"),
    ],
)
def test_troop_nationality(text: str, nationality: str) -> None:
    assert tag_text(text).facts.troop_nationality == nationality


def test_claimed_by_names_the_claiming_state() -> None:
    c = tag_text("Russia claims capture of Toretsk\nThe ministry said its forces took the town.")
    assert c.facts.claimed_by == "Russia"


def test_weapons_most_specific_first() -> None:
    c = tag_text("Russia fires 6 ballistic missiles and 40 Shahed drones at Odesa")
    assert c.facts.weapons == ["ballistic missile", "drone"]


def test_background_tally_beside_a_fresh_event_is_not_aggregate() -> None:
    """The fresh count is kept and graded; the city's running total is background."""
    c = tag_text(
        "Strike kills five in Kharkiv\nA missile strike killed five people in Kharkiv on "
        "Monday. Since February 2022, more than 1,000 civilians have been killed in the city."
    )
    assert c.facts.killed is not None
    assert c.facts.killed.value == 5
    assert not c.facts.aggregate


def test_toll_restated_as_a_tally_is_aggregate() -> None:
    c = tag_text(
        "Sudan war toll passes 20,000, ministry says\n"
        "More than 20,000 people have been killed since April 2023, the ministry said."
    )
    assert c.facts.aggregate
