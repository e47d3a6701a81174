"""Wrong numbers: same format, unit, hedge and scale; never the truth; believable in size."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.answers import number_unit, parse_number, same_answer
from quizgen.generate.distractors.numbers import perturb_number


def test_percentage_distractors_keep_the_percent_sign_and_the_hedge() -> None:
    found = perturb_number("about 50%")
    assert all(f.startswith("about ") and f.endswith("%") for f in found)


def test_a_share_in_the_middle_moves_by_points_not_by_half() -> None:
    # "Just 64.2 percent of adults work": 32.2 or 96.2 would be absurd, 54.2 or 74.2 are not.
    values = [float(f.split()[0]) for f in perturb_number("64.2 percent")[:3]]
    assert all(abs(v - 64.2) <= 20.01 for v in values), values
    assert min(values) < 64.2 < max(values)


def test_money_distractors_keep_currency_hedge_and_scale_word() -> None:
    found = perturb_number("over $4 billion")
    assert found
    assert all(f.startswith("over $") and f.endswith(" billion") for f in found)


@pytest.mark.parametrize(
    ("answer", "options"),
    [
        ("$7.99", ["$3.99", "$11.99", "$5.99"]),  # a price keeps its cents
        ("1.19", ["0.59", "1.79", "0.89"]),
        (".39", [".19", ".59", ".29"]),  # no leading zero, as written
        ("$2.75 billion", ["$1.35 billion", "$4.15 billion", "$2.05 billion"]),
        ("1.50", ["0.80", "2.20", "1.10"]),  # a trailing zero is kept too
    ],
)
def test_decimals_keep_their_places_and_last_digit(answer: str, options: list[str]) -> None:
    assert perturb_number(answer)[:3] == options


def test_a_whole_price_keeps_its_price_ending() -> None:
    assert perturb_number("$349")[:3] == ["$179", "$519", "$259"]


def test_a_rough_figure_gets_options_a_reader_can_tell_apart() -> None:
    assert perturb_number("nearly 10")[:3] == ["nearly 5", "nearly 15", "nearly 20"]
    assert perturb_number("about seven")[:3] == ["about nine", "about five", "about ten"]
    assert perturb_number("seven")[:3] == ["eight", "six", "nine"]


def test_a_figure_ending_in_five_gets_options_rounded_to_fives() -> None:
    # "an extra 45 minutes a day": not "22" or "68" minutes.
    assert all(int(option) % 5 == 0 for option in perturb_number("45"))
    assert all(int(option.split()[0]) % 5 == 0 for option in perturb_number("35 minutes"))


def test_an_age_stays_within_half_of_itself_before_doubling() -> None:
    assert perturb_number("62")[:3] == ["31", "93", "46"]


def test_a_count_of_one_thing_gets_no_options() -> None:
    # "one mutated gene" -> "three mutated gene" is no English.
    assert perturb_number("one mutated gene") == []
    assert perturb_number("1 km")[:2] == ["2 km", "3 km"]


def test_numbers_in_words_stay_words_and_keep_capitals() -> None:
    assert perturb_number("six")[:3] == ["seven", "five", "eight"]
    assert perturb_number("Six")[0] == "Seven"


def test_a_range_moves_as_a_whole() -> None:
    # The nearest ranges that share no number with it: not "five or six".
    assert perturb_number("six or seven")[:2] == ["eight or nine", "four or five"]


@pytest.mark.parametrize("answer", ["more than 2000", "up to 1500", "$2000"])
def test_a_bounded_or_priced_figure_like_a_year_is_no_year(answer: str) -> None:
    # "liver cells can have more than 2000": a count, so no "more than 2001".
    value = parse_number(answer)
    assert value is not None
    options = [parse_number(option) for option in perturb_number(answer)]
    assert options and all(o is not None and abs(o - value) >= 0.2 * value for o in options)


def test_a_year_gets_years_nearby() -> None:
    assert perturb_number("1995")[:3] == ["1993", "1996", "1990"]


def test_thousands_separators_are_kept() -> None:
    assert all("," in f for f in perturb_number("350,000") if parse_number(f) >= 1000)


def test_text_without_a_number_gives_nothing() -> None:
    assert perturb_number("about the same") == []
    assert perturb_number("an hour hand") == []


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


@pytest.mark.parametrize(
    ("stem", "labels"),
    [
        ("Franco posed with _____ student Ana Berg.", True),  # "826 student": a name
        ("Some of _____'s pupils sang.", True),
        ("She bought an iPad _____ and a laptop.", True),  # a model number
        ("The study is shown in Figure _____.", True),
        ("The charity _____ Valencia Street opened.", True),
        ("He has _____ doctorate degrees.", False),  # a plural counts
        ("They fought _____ powerful diseases in the region.", False),
        ("The boat stopped _____ km away.", False),  # a unit
        ("_____ Chinese astronauts docked.", False),
        ("The team sent _____ police to the square.", False),  # a collective noun
        ("Insulin is made of _____ polypeptide chains.", False),
    ],
)
def test_a_number_that_labels_a_thing_is_told_from_a_count(stem: str, labels: bool) -> None:
    from quizgen.generate.distractors.numbers import numbers_a_thing

    assert numbers_a_thing("826", stem) == labels


def test_a_percentage_may_still_be_one() -> None:
    assert "1 percent" in perturb_number("2 percent")


def test_a_number_in_capitals_stays_in_capitals() -> None:
    assert all(option.isupper() for option in perturb_number("FIVE CENTS"))


@pytest.mark.parametrize(
    ("answer", "larger"),
    [
        ("over $4 billion", True),
        ("more than 300 people", True),
        ("at least 12", True),
        ("under 5%", False),
        ("fewer than 20 schools", False),
    ],
)
def test_a_bound_is_never_given_an_option_it_makes_true(answer: str, larger: bool) -> None:
    # "over $4 billion" makes "over $2 billion" true as well: only larger figures are wrong.
    found = perturb_number(answer)
    assert len(found) >= 2

    def figure(text: str) -> float:
        return float(re.search(r"\d+", text).group())

    assert all((figure(f) > figure(answer)) == larger for f in found)


@pytest.mark.parametrize(
    ("answer", "options"),
    [
        ("about an hour", ["about two hours", "about three hours", "about four hours"]),
        ("a decade", ["two decades", "three decades", "four decades"]),
        ("one year", ["two years", "three years", "four years"]),
        ("more than a century", ["more than two centuries", "more than three centuries"]),
    ],
)
def test_a_single_unit_of_time_gets_more_of_that_unit(answer: str, options: list[str]) -> None:
    assert perturb_number(answer)[: len(options)] == options


@pytest.mark.parametrize(
    "answer", ["half an hour", "less than an hour", "A Day in the Life", "one mutated allele"]
)
def test_no_options_where_counting_up_would_misread_the_answer(answer: str) -> None:
    assert perturb_number(answer) == []


def test_an_estimate_gets_options_clearly_apart_from_it() -> None:
    options = perturb_number("an estimated £12 million")
    assert options and all(o.startswith("an estimated £") for o in options)
    values = [parse_number(o.removeprefix("an estimated ")) for o in options]
    assert all(v is not None and abs(v - 12_000_000) >= 3_000_000 for v in values)  # no £11m


@pytest.mark.parametrize("answer", ["six or seven", "6-7", "between 40 and 50"])
def test_a_ranges_options_never_overlap_it(answer: str) -> None:
    def numbers(text: str) -> set[float]:
        from quizgen.generate.distractors.numbers import NUMBER_WORDS

        words = {word: i + 1 for i, word in enumerate(NUMBER_WORDS)}
        found = {float(n) for n in re.findall(r"\d+", text)}
        return found | {float(words[w]) for w in re.findall(r"[a-z]+", text) if w in words}

    truth = numbers(answer)
    low, high = min(truth), max(truth)
    options = perturb_number(answer)
    assert options
    for option in options:
        assert all(not low <= n <= high for n in numbers(option)), option


def test_a_sum_beyond_the_final_bill_of_an_overrun_is_no_option() -> None:
    from quizgen.generate.distractors import DistractorSources, choose_distractors

    stem = (
        "The first budget put the cost at _____, but the hall finally cost £45 million, "
        "an overrun of 50 per cent."
    )
    chosen = choose_distractors("£30 million", "money", stem, DistractorSources(), count=3)
    assert len(chosen) == 3
    assert all(parse_number(d.text) < 45_000_000 for d in chosen)


def test_a_scaled_sum_never_grows_past_its_scale_word() -> None:
    # "$1200 million" is no way to write $1.2 billion.
    for answer in ("$600 million", "about $750 million"):
        found = perturb_number(answer)
        assert found
        assert all(float(f.split("$")[1].split()[0]) < 1000 for f in found), found


def test_an_hour_before_am_or_pm_stays_on_the_clock() -> None:
    from quizgen.answers import parse_number
    from quizgen.generate import distractors_for

    sentence = "A resident said that at around 9 a.m. the shooting restarted in the town of Man."
    stem = sentence.replace("around 9", "_____")
    _, found = distractors_for("around 9", stem, sentence)
    assert found
    assert all(1 <= (parse_number(d.text) or 0) <= 12 for d in found), found


def test_a_time_of_day_moves_by_hours_and_stays_a_time() -> None:
    assert perturb_number("10:00", limit=3) == ["11:00", "9:00", "12:00"]
    options = perturb_number("9:45 am")
    assert options
    assert "9:45 am" not in options and len(set(options)) == len(options)
    for option in options:
        assert option.endswith(" am"), option  # a morning time stays one
        hour, minute = option.removesuffix(" am").split(":")
        assert 1 <= int(hour) <= 11 and minute in {"45", "15"}, option


def test_an_exact_figure_gets_options_as_exact() -> None:
    from quizgen.generate.distractors.numbers import perturb_number

    options = perturb_number("19,548")
    assert options and all(not option.endswith("000") for option in options)
    assert all(option.endswith("000") for option in perturb_number("15,000")[:3])


def test_an_exact_figures_options_are_no_simple_ratio_of_it() -> None:
    # Half, three quarters and half again of 14,736 would show which option the others
    # were made from.
    from quizgen.answers import parse_number
    from quizgen.generate.distractors.numbers import perturb_number

    value = 14_736
    simple = (0.25, 0.3, 0.4, 0.5, 0.6, 0.75, 1.25, 1.5, 2, 2.5, 3, 4)
    options = perturb_number("14,736")
    assert len(options) >= 3
    for option in options:
        number = parse_number(option)
        assert number is not None and number % 10, option  # as exact: not "7,400"
        assert all(abs(number / value - ratio) > 1e-9 for ratio in simple), option


def test_an_ordinal_keeps_its_suffix_spelt_right() -> None:
    from quizgen.generate.distractors.numbers import perturb_number

    options = perturb_number("1st century")
    assert options[:3] == ["2nd century", "3rd century", "4th century"]
    assert not any("st century" in o and not o.startswith(("1st", "21st")) for o in options)
