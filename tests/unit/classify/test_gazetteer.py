"""Places from the gazetteer: homonyms, transliterations, word boundaries, names of people."""

from __future__ import annotations

import pytest

from services.classify.gazetteer import find_places
from shared.models import Place


def _place(text: str, name: str) -> Place:
    return next(p for p in find_places(text) if p.name == name)


def test_donetsk_is_the_ukrainian_city_by_default() -> None:
    place = _place("Shelling hit a market in Donetsk on Sunday.", "Donetsk")
    assert (place.country, place.kind) == ("Ukraine", "city")


def test_donetsk_in_rostov_region_is_the_russian_town() -> None:
    """Homonyms: region context wins over population."""
    place = _place(
        "A fire broke out near the town of Donetsk in Russia's Rostov region.", "Donetsk"
    )
    assert place.country == "Russia"
    assert place.population is not None
    assert place.population < 100_000


def test_pokrovsk_in_yakutia_is_the_russian_town() -> None:
    place = _place("Frost hit Pokrovsk, a town in Russia's Yakutia region.", "Pokrovsk")
    assert place.country == "Russia"


def test_pokrovsk_alone_is_the_ukrainian_city() -> None:
    assert _place("Russian forces are advancing on Pokrovsk.", "Pokrovsk").country == "Ukraine"


@pytest.mark.parametrize(
    ("spelling", "geonames_name_country"),
    [("Kupiansk", "Ukraine"), ("Kupyansk", "Ukraine"), ("Kiev", "Ukraine"), ("Kharkov", "Ukraine"),
     ("Zaporozhye", "Ukraine"), ("Odessa", "Ukraine")],
)  # fmt: skip
def test_transliterations(spelling: str, geonames_name_country: str) -> None:
    place = _place(f"Explosions were heard in {spelling} overnight.", spelling)
    assert place.country == geonames_name_country


def test_region_after_a_name_makes_a_region() -> None:
    place = _place("Drones struck targets in the Kharkiv region.", "Kharkiv")
    assert place.kind == "region"


def test_word_boundaries_are_respected() -> None:
    """'Kyivstar' is a company, not Kyiv."""
    assert not [p for p in find_places("Kyivstar restored its network.") if p.name == "Kyiv"]


def test_names_of_people_are_not_places() -> None:
    """'Lloyd Austin' and 'Dynamo Kyiv' are not Austin, Texas, or the city of Kyiv."""
    names = {p.name for p in find_places("Lloyd Austin met fans of Dynamo Kyiv.")}
    assert "Austin" not in names
    assert "Kyiv" not in names


def test_countries_and_aliases() -> None:
    names = {p.name for p in find_places("The US and North Korea traded warnings.")}
    assert {"United States", "North Korea"} <= names


def test_place_evidence_slices_the_text() -> None:
    text = "Strikes on Kharkiv and Dnipro overnight."
    for place in find_places(text):
        assert place.evidence is not None
        assert text[place.evidence.start : place.evidence.end] == place.evidence.text
