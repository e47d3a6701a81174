"""When two answers are the same: folding text, and reading numbers written in digits or words."""

from __future__ import annotations

import itertools

import pytest

from quizgen.answers import (
    edit_distance,
    normalize,
    number_unit,
    parse_number,
    same_answer,
    within_edits,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("The Kremlin", "kremlin"),
        ("  São   Paulo! ", "sao paulo"),
        ("an Apple", "apple"),
        ("3.5 million", "3.5 million"),
        ("U.S.", "u s"),
        ("1,234.5 km, 2, 3", "1234.5 km 2 3"),
        ("Café Ōkubo", "cafe okubo"),
    ],
)
def test_normalize_folds_case_accents_punctuation_and_articles(typed: str, expected: str) -> None:
    assert normalize(typed) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("50%", 50),
        ("about 50 percent", 50),
        ("50 per cent", 50),
        ("$4 billion", 4e9),
        ("over $4 billion", 4e9),
        ("4,000,000,000", 4e9),
        ("3.5 million", 3.5e6),
        ("six", 6),
        ("twenty-one", 21),
        ("31 roadmaps", 31),
        ("2019", 2019),
    ],
)
def test_parse_number_reads_digits_words_and_scales(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["Sochi", "the Kremlin", "", "per cent"])
def test_parse_number_says_none_for_words_that_are_not_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [("about 50%", "%"), ("50 percent", "%"), ("$4 billion", "usd"), ("€3 million", "eur"),
     ("31 roadmaps", "roadmaps"), ("more than 20 ships", "ships"), ("2019", "")],
)
def test_number_unit_names_what_is_counted(text: str, unit: str) -> None:
    assert number_unit(text) == unit


@pytest.mark.parametrize(
    ("a", "b"),
    [("50%", "50 percent"), ("4 billion", "4,000,000,000"), ("the Kremlin", "Kremlin"),
     ("six roadmaps", "6 roadmaps")],
)
def test_same_answer_accepts_the_same_fact_written_differently(a: str, b: str) -> None:
    assert same_answer(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("50%", "50 roadmaps"), ("$4 billion", "€4 billion"), ("1985", "1986"), ("Minsk", "Moscow")],
)
def test_same_answer_refuses_different_facts(a: str, b: str) -> None:
    assert not same_answer(a, b)


@pytest.mark.parametrize(
    ("a", "b", "limit", "within"),
    [
        ("gabagbo", "gbagbo", 1, True),
        ("kremlin", "kremiln", 1, True),  # a swap is one edit
        ("kitten", "sitting", 3, True),
        ("kitten", "sitting", 2, False),
        ("abc", "abc", 0, True),
        ("", "abc", 2, False),
    ],
)
def test_within_edits_tells_whether_a_typo_is_close_enough(
    a: str, b: str, limit: int, within: bool
) -> None:
    assert within_edits(a, b, limit) is within


def test_within_edits_agrees_with_the_edit_distance_on_every_short_pair() -> None:
    words = ["".join(letters) for n in range(6) for letters in itertools.product("abc", repeat=n)]
    for a, b in itertools.product(words[:121], words):
        distance = edit_distance(a, b)
        for limit in range(4):
            assert within_edits(a, b, limit) is (distance <= limit), (a, b, limit)
