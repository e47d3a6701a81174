"""Wrong numbers: same format, unit, hedge and scale; never the truth; believable in size."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.answers import number_unit, parse_number, same_answer
from quizgen.generate.distractors.numbers import perturb_number


def test_percentage_distractors_keep_the_percent_sign_and_the_hedge() -> None:
    found = perturb_number("about 50%")
    assert found[:3] == ["about 20%", "about 80%", "about 40%"]
    assert all(f.startswith("about ") and f.endswith("%") for f in found)


def test_money_distractors_keep_currency_hedge_and_scale_word() -> None:
    found = perturb_number("over $4 billion")
    assert found
    assert all(f.startswith("over $") and f.endswith(" billion") for f in found)


def test_decimals_stay_round_numbers() -> None:
    assert perturb_number("$2.75 billion")[:2] == ["$1.4 billion", "$4.1 billion"]


def test_numbers_in_words_stay_words_and_keep_capitals() -> None:
    assert perturb_number("six")[:3] == ["seven", "five", "eight"]
    assert perturb_number("Six")[0] == "Seven"


def test_a_range_moves_as_a_whole() -> None:
    assert perturb_number("six or seven")[:2] == ["seven or eight", "five or six"]


def test_thousands_separators_are_kept() -> None:
    assert all("," in f for f in perturb_number("350,000") if parse_number(f) >= 1000)


def test_text_without_a_number_gives_nothing() -> None:
    assert perturb_number("about an hour") == []


def test_percentages_stay_between_0_and_100() -> None:
    for found in perturb_number("90%") + perturb_number("5%"):
        assert 0 < parse_number(found) < 100


@given(
    value=st.integers(min_value=3, max_value=5_000_000),
    template=st.sampled_from(["{}", "about {}%", "${} million", "over {} people", "{} km"]),
)
def test_distractors_are_never_the_truth_and_stay_within_a_factor_of_four(
    value: int, template: str
) -> None:
    if "%" in template and value >= 100:
        value = value % 97 + 3
    answer = template.format(value)
    for found in perturb_number(answer):
        assert not same_answer(found, answer)
        assert number_unit(found) == number_unit(answer)
        ratio = parse_number(found) / parse_number(answer)
        assert 0.2 <= ratio <= 4.5, (answer, found)


@pytest.mark.parametrize("answer", ["2 pounds", "two children", "about 2 hours"])
def test_a_counted_plural_is_never_given_a_count_of_one(answer: str) -> None:
    found = perturb_number(answer)
    assert len(found) >= 3
    assert not any(option.split()[-2] in ("1", "one") for option in found)  # "1 pounds"


def test_a_percentage_may_still_be_one() -> None:
    assert "1 percent" in perturb_number("2 percent")


def test_a_number_in_capitals_stays_in_capitals() -> None:
    assert all(option.isupper() for option in perturb_number("FIVE CENTS"))
