"""Wrong dates keep the answer's format: "22 February" becomes "12 February"."""

from __future__ import annotations

from quizgen.generate.distractors.dates import perturb_date


def test_the_day_changes_and_the_month_stays() -> None:
    found = perturb_date("22 February")
    assert found[0] == "12 February"
    assert all(f.endswith(" February") and f != "22 February" for f in found)


def test_a_range_of_days_moves_whole_and_shares_no_day_with_the_truth() -> None:
    found = perturb_date("April 7-9")
    assert found
    for option in found:
        month, days = option.split()
        start, end = (int(d) for d in days.split("-"))
        assert month == "April" and end - start == 2
        assert not {start, start + 1, end} & {7, 8, 9}


def test_a_range_too_long_to_move_changes_month() -> None:
    found = perturb_date("May 1-20")
    assert found and all(f.endswith(" 1-20") and not f.startswith("May") for f in found)


def test_american_order_and_year_are_kept() -> None:
    found = perturb_date("February 7, 2016")
    assert all(f.startswith("February ") and f.endswith(", 2016") for f in found)


def test_a_month_alone_becomes_another_month() -> None:
    assert perturb_date("in March")[:2] == ["in May", "in January"]


def test_years_decades_and_centuries_move_near_the_truth() -> None:
    assert perturb_date("2019")[:3] == ["2017", "2020", "2014"]
    assert "1980s" in perturb_date("1990s")
    assert perturb_date("19th century")[:2] == ["18th century", "20th century"]


def test_the_1800s_are_a_century_and_get_centuries() -> None:
    # "1810s" would fall inside "the 1800s"; "the 1990s" stays a decade.
    assert perturb_date("the 1800s")[:3] == ["the 1700s", "the 1900s", "the 1600s"]
    assert "the 1980s" in perturb_date("the 1990s")
    # ...so "the 1900s" is no option beside "the 1910s": read as a century, it holds it.
    options = perturb_date("the 1910s")
    assert "the 1920s" in options and "the 1900s" not in options


def test_a_span_of_centuries_moves_whole_with_ordinals_spelt_right() -> None:
    assert perturb_date("10th and 11th centuries")[:2] == [
        "8th and 9th centuries",
        "12th and 13th centuries",
    ]
    # A span of three moves past itself: "13th–15th" would share the 15th.
    assert perturb_date("15th–17th centuries")[:2] == ["12th–14th centuries", "18th–20th centuries"]
    # None after the 21st century, and no "21th".
    assert perturb_date("19th and 20th centuries") == [
        "17th and 18th centuries",
        "16th and 17th centuries",
        "15th and 16th centuries",
    ]


def test_seasons_and_weekdays_are_swapped_for_others() -> None:
    assert set(perturb_date("autumn")) == {"spring", "summer", "winter"}
    assert "Tuesday" in perturb_date("Monday")


def test_ordinal_days_keep_a_correct_suffix() -> None:
    assert all(f.split()[0][-2:] in {"st", "nd", "rd", "th"} for f in perturb_date("3rd May"))
    assert "1st May" in perturb_date("3rd May") or "8th May" in perturb_date("3rd May")


def test_text_that_is_no_date_gives_nothing() -> None:
    assert perturb_date("the committee") == []


def test_a_season_with_a_year_becomes_another_season_of_that_year() -> None:
    assert perturb_date("spring of 2019") == [
        "summer of 2019",
        "autumn of 2019",
        "winter of 2019",
    ]


def test_fall_is_never_offered_autumn_its_other_name() -> None:
    assert set(perturb_date("fall")) == {"spring", "summer", "winter"}
    assert perturb_date("the fall of Rome") == []


def test_a_range_of_years_moves_whole_and_keeps_its_length() -> None:
    found = perturb_date("1756 to 1763")
    assert found[:3] == ["1754 to 1761", "1757 to 1764", "1751 to 1758"]
    assert perturb_date("1008–1074")[0] == "1006–1072"  # an en dash, and years before 1500


def test_a_medieval_year_moves_by_years_not_by_centuries() -> None:
    # Not "800" or "1400" for 1132: a reader tells those from the truth by the era alone.
    found = perturb_date("1132")
    assert found and all(1100 <= int(f) <= 1150 and f != "1132" for f in found)


def test_by_year_a_full_date_keeps_its_day_and_month_and_a_range_still_moves_whole() -> None:
    assert perturb_date("October 8, 2015", by_year=True)[:3] == [
        "October 8, 2013",
        "October 8, 2016",
        "October 8, 2010",
    ]
    by_year = perturb_date("May 2002", by_year=True)
    assert by_year and all(f.startswith("May ") and f != "May 2002" for f in by_year)
    # Without a year there is no year to move; a range of years moves whole as before.
    assert perturb_date("22 February", by_year=True) == perturb_date("22 February")
    assert perturb_date("1963 to 1989", by_year=True) == perturb_date("1963 to 1989")
    # No year of its own to change: a leap day, a weekday, a span of two dates.
    for answer in ("February 29, 2016", "Monday, October 8, 2015", "March 3, 2020 to May 1, 2021"):
        assert perturb_date(answer, by_year=True) == perturb_date(answer)


def test_another_day_of_a_dated_weekday_gets_the_weekday_it_fell_on() -> None:
    found = perturb_date("Thursday, October 8, 2015")
    assert found[0] == "Tuesday, October 13, 2015"  # 13 October 2015 was a Tuesday
    assert "Sunday, October 4, 2015" in found
    # Without a year there is no calendar to ask: the weekday stays.
    assert perturb_date("Friday, 3 May")[0] == "Friday, 8 May"


def test_a_rough_year_gets_options_a_decade_or_more_away() -> None:
    from quizgen.generate.distractors.dates import perturb_date

    options = perturb_date("c. 1040")
    assert len(options) >= 3 and all(o.startswith("c. ") for o in options)
    assert all(abs(int(o.removeprefix("c. ")) - 1040) >= 10 for o in options)
    assert "1039" in perturb_date("1040")  # an exact year's options stay near it
