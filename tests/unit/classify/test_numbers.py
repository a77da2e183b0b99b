"""Numbers with offsets: values, qualifiers, and quantities that are not counts."""

from __future__ import annotations

import pytest

from services.classify.numbers import find_numbers, parse_number, word_value


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("12,500 people", 12500, "exact"),
        ("thirty-five people", 35, "exact"),
        ("two hundred people", 200, "exact"),
        ("a dozen people", 12, "approx"),
        ("dozens of people", 12, "approx"),
        ("scores of people", 20, "approx"),
        ("hundreds of people", 100, "approx"),
        ("tens of people", 10, "approx"),
        ("several people", 3, "approx"),
        ("several hundred people", 300, "approx"),
        ("a few thousand people", 3000, "approx"),
        ("several dozen people", 36, "approx"),
        ("to hand over 18 people", 18, "exact"),
        ("took over 3 people", 3, "exact"),
        ("over 18 people", 18, "at_least"),
        ("at least 8 people", 8, "at_least"),
        ("more than 40 people", 40, "at_least"),
        ("up to 300 people", 300, "up_to"),
        ("about 70 people", 70, "approx"),
        ("7-9 people", 7, "at_least"),
        ("1.5 million people", 1_500_000, "exact"),
    ],
)
def test_value_and_qualifier(text: str, value: int, qualifier: str) -> None:
    """ACLED conventions: vague words map to fixed values; ranges keep the lower bound."""
    (number,) = find_numbers(text)
    assert (number.value, number.qualifier, number.kind) == (value, qualifier, "count")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a 15-year-old boy", "age"),
        ("a man aged 64", "age"),
        ("the 15-member council", "modifier"),
        ("a 500-kilogram bomb", "measure"),
        ("some 30 kilometers away", "measure"),
        ("about 26% of spending", "percent"),
        ("$4 billion in aid", "money"),
        ("7 billion euros", "money"),
        ("in 2024", "year"),
        ("by March 3", "year"),
    ],
)
def test_non_count_kinds(text: str, kind: str) -> None:
    """Ages, sizes, money, shares and dates never become counts of people."""
    (number,) = find_numbers(text)
    assert number.kind == kind


def test_offsets_point_into_the_text() -> None:
    """Each number's text is the slice of the input at its offsets, qualifier included."""
    text = "Officials said at least 35 were hurt and nine others died."
    for number in find_numbers(text):
        assert text[number.start : number.end] == number.text
    assert [n.value for n in find_numbers(text)] == [35, 9]


def test_words_inside_other_words_are_not_numbers() -> None:
    """'often' holds 'ten' and 'someone' holds 'one', but neither is a number."""
    assert find_numbers("Someone often said so.") == []


@pytest.mark.parametrize(
    ("words", "value"),
    [("seven", 7), ("forty-two", 42), ("three hundred", 300), ("two thousand five hundred", 2500)],
)
def test_word_value(words: str, value: int) -> None:
    assert word_value(words) == value


def test_parse_number_returns_the_first_value() -> None:
    assert parse_number("no numbers here") is None
    assert parse_number("eleven, then 4") == 11


@pytest.mark.parametrize("before", ["bus", "Belarus", "status", "campus"])
def test_a_word_ending_in_us_is_not_a_currency(before: str) -> None:
    numbers = find_numbers(f"On the {before}\nSix people were hurt.")
    assert [(n.value, n.kind) for n in numbers] == [(6, "count")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("between 3,000 and 4,000 soldiers", 3000),
        ("Between ten and twelve people", 10),
        ("between 5 and 7 civilians", 5),
    ],
)
def test_between_n_and_m_is_the_lower_bound(text: str, value: int) -> None:
    numbers = find_numbers(text)
    assert [(n.value, n.qualifier) for n in numbers] == [(value, "at_least")]


def test_between_names_is_not_a_number() -> None:
    assert find_numbers("talks between Russia and Ukraine") == []
