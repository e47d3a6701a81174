"""Numeric entities: money, percentages, quantities, dates and times, with hedges and units."""

from __future__ import annotations

import pytest

from quizgen.nlp.pipeline import analyse_text


def _entities(text: str) -> list[tuple[str, str, float | None, str]]:
    return [
        (e.label, e.text, e.value, e.unit) for s in analyse_text(text).sentences for e in s.entities
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Investors put over $4 billion into it.", ("MONEY", "over $4 billion", 4e9, "$")),
        ("The club paid €3.5m for the striker.", ("MONEY", "€3.5m", 3.5e6, "€")),
        ("It will cost 4 billion dollars.", ("MONEY", "4 billion dollars", 4e9, "dollars")),
        ("The city spent 2 million rubles on it.", ("MONEY", "2 million rubles", 2e6, "rubles")),
        ("The fund raised US$20bn last year.", ("MONEY", "US$20bn", 2e10, "$")),
        ("A good tip is HK $20 at most.", ("MONEY", "HK $20", 20.0, "$")),
        ("Sales in the US $20 billion market grew.", ("MONEY", "$20 billion", 2e10, "$")),
        ("Sales grew by about 50% in a year.", ("PERCENT", "about 50%", 50.0, "%")),
        ("Turnout was 61.2 per cent.", ("PERCENT", "61.2 per cent", 61.2, "%")),
        ("Rates rose by more than 3 percent.", ("PERCENT", "more than 3 percent", 3.0, "%")),
        (
            "The parties drafted 31 integration roadmaps.",
            ("QUANTITY", "31 integration roadmaps", 31.0, "integration roadmaps"),
        ),
        (
            "The ferry carried nearly 1,200 passengers.",
            ("QUANTITY", "nearly 1,200 passengers", 1200.0, "passengers"),
        ),
        ("The road is 12 kilometres long.", ("QUANTITY", "12 kilometres", 12.0, "kilometres")),
        (
            "There are six or seven roadmaps left.",
            ("QUANTITY", "six or seven roadmaps", 6.0, "roadmaps"),
        ),
        ("The index closed at 7,412.", ("NUMBER", "7,412", 7412.0, "")),
        ("The bag weighed 5.5kg in all.", ("QUANTITY", "5.5kg", 5.5, "kg")),
        ("Gloves average 226 to 340g.", ("QUANTITY", "226 to 340g", 226.0, "g")),
        # A bare number with "m" glued on is metres, not a year or millions...
        ("Lena Dahl won the 1500m in Bergen.", ("QUANTITY", "1500m", 1500.0, "m")),
        ("She is the world 800m champion.", ("QUANTITY", "800m", 800.0, "m")),
        ("He won titles over 5,000m and 10,000m.", ("QUANTITY", "10,000m", 10000.0, "m")),
        ("He won the gold over 1500m in Athens.", ("QUANTITY", "1500m", 1500.0, "m")),
        ("The tower is over 100m tall.", ("QUANTITY", "over 100m", 100.0, "m")),
        # ...but millions after a currency ("€3.5m" above) or before what is counted.
        ("About 5m people watched the final.", ("QUANTITY", "About 5m people", 5e6, "people")),
        ("The population grew to 60m.", ("NUMBER", "60m", 6e7, "")),
        ("The town had 5,000 people (2010 est.).", ("DATE", "2010", 2010.0, "")),
        # A number in a year's range before a unit of measure is the measure.
        ("The lake covers 1000 km2 of land.", ("QUANTITY", "1000 km2", 1000.0, "km2")),
        (
            "The reserve covers 2000 square kilometres.",
            ("QUANTITY", "2000 square kilometres", 2000.0, "square kilometres"),
        ),
    ],
)
def test_numbers_carry_hedge_value_and_unit(
    text: str, expected: tuple[str, str, float, str]
) -> None:
    assert expected in _entities(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Talks began on 22 February in the capital.", "22 February"),
        ("The law took effect on February 22, 2021.", "February 22, 2021"),
        ("Production will start in March.", "March"),
        ("At the end of 2019, both sides signed.", "2019"),
        ("The vote was held last Tuesday.", "last Tuesday"),
        ("The bridge opened in June 1889.", "June 1889"),
        ("Growth was strong in the 1990s.", "1990s"),
        ("The treaty dates from the 18th century.", "18th century"),
        ("Vikings settled there in the 9th and 10th centuries.", "9th and 10th centuries"),
        ("The word was used in the 15th–17th centuries.", "15th–17th centuries"),
        ("Ministers meet in Riga on April 7-9.", "April 7-9"),
        ("The fair runs from 12-14 June in Ghent.", "12-14 June"),
        ("The summit is set for March 3–5, 2024, in Porto.", "March 3–5, 2024"),
        ("It ran from 3 to 5 May 2021 in Turin.", "3 to 5 May 2021"),
        # A part of a month is part of its date; late on a given day is not.
        ("The bill passed in late March.", "late March"),
        ("The bill was released late Dec. 9 in Riga.", "Dec. 9"),
    ],
)
def test_dates_in_common_news_forms(text: str, date: str) -> None:
    assert [e[1] for e in _entities(text) if e[0] == "DATE"] == [date]


def test_days_out_of_order_are_no_range() -> None:
    dates = [e[1] for e in _entities("Votes came on 12 and 5 March.") if e[0] == "DATE"]
    assert dates == ["5 March"]


def test_a_year_carries_its_value() -> None:
    assert ("DATE", "2019", 2019.0, "") in _entities("The plant opened in 2019.")


def test_may_and_march_are_dates_only_where_a_date_fits() -> None:
    assert [e[:2] for e in _entities("Prices may rise before the march begins.")] == []
    assert ("DATE", "May") in [e[:2] for e in _entities("The election is due in May.")]


def test_clock_times_are_time_entities() -> None:
    found = _entities("Rescuers arrived at 6:30 a.m. and left at 5 p.m.")
    assert [e[:2] for e in found] == [("TIME", "6:30 a.m."), ("TIME", "5 p.m.")]


def test_a_model_number_after_a_name_is_not_a_number() -> None:
    found = _entities("The airline ordered the Airbus A350 and the Boeing 787 jets.")
    assert not [e for e in found if e[0] == "NUMBER"]


def test_digits_that_label_are_no_numbers() -> None:
    assert _entities("The 007 star has been filming in Oslo.") == [("GPE", "Oslo", None, "")]
    assert [e[:2] for e in _entities("Copying stops at the 3' end of the strand.")] == []


def test_a_month_that_is_a_name_is_no_date() -> None:
    assert not any(e[0] == "DATE" for e in _entities("Her daughter, named April, is six."))
    assert not any(e[0] == "DATE" for e in _entities("Portraits by August Johns hung there."))


def test_a_year_written_short_is_no_number() -> None:
    found = _entities("Jobs grew in '83 and '84, and the rate fell to 7.2%.")
    assert [e[:2] for e in found] == [("PERCENT", "7.2%")]


def test_a_compound_number_written_without_its_hyphen_is_one_number() -> None:
    found = [e for e in _entities("The village has seventy five houses.") if e[0] == "QUANTITY"]
    assert [e[1] for e in found] == ["seventy five houses"]


def test_hundreds_and_thousands_in_words_keep_their_scale() -> None:
    from quizgen.answers import parse_number

    found = [e for e in _entities("The chain opened seven hundred stores.") if e[0] == "QUANTITY"]
    assert [e[1] for e in found] == ["seven hundred stores"]
    assert parse_number("two thousand staff") == 2000
    assert parse_number("3 hundred dollars") == 300



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares in Oslo rose 3% by 1400 GMT on Friday.", ("TIME", "1400 GMT")),
        ("The ferry left Bergen at 0930 UTC.", ("TIME", "0930 UTC")),
    ],
)
def test_a_24_hour_time_with_its_zone_is_a_time_not_a_year(
    text: str, expected: tuple[str, str]
) -> None:
    found = [(label, span) for label, span, _, _ in _entities(text)]
    assert expected in found
    assert not any(label == "DATE" and span[:1].isdigit() for label, span in found)


def test_two_days_before_a_month_whose_dash_was_lost_are_one_range() -> None:
    found = _entities("Pollsters asked 900 voters on 16 18 May.")
    assert ("DATE", "16 18 May") in [(label, span) for label, span, _, _ in found]


def test_a_year_that_ends_an_events_or_laws_name_is_no_date_to_ask() -> None:
    assert _entities("The fort fell during the War of 1812.") == []
    assert _entities("The Act of 1707 joined the two parliaments.") == [
        ("QUANTITY", "two parliaments", 2.0, "parliaments")
    ]
    # In lower case the words are no name: the year is a date.
    assert ("DATE", "1812", 1812.0, "") in _entities("The war of 1812 was long.")
    # A British statute's year after its "Act" is part of its name too.
    assert not any(e[0] == "DATE" for e in _entities("The Mines Act 1842 banned it."))


def test_a_year_before_a_capitalised_word_or_after_in_stays_a_year() -> None:
    assert ("DATE", "1959", 1959.0, "") in _entities("In 1959 Miles Davis recorded it.")
    assert ("DATE", "2020", 2020.0, "") in _entities("In 2020 degrees were awarded online.")
    assert ("DATE", "1914", 1914.0, "") in _entities("They stopped at Christmas of 1914.")


@pytest.mark.parametrize(
    "text",
    [
        "The probe sent data for 6 ½ minutes before it fell silent.",
        "About 20%-40% of the medusae became polyps.",
    ],
)
def test_the_first_part_of_a_number_written_on_is_no_value(text: str) -> None:
    # "6" of "6 ½", "20%" of "20%-40%": no entity claims a value the text doesn't give.
    assert not any(e[0] in {"NUMBER", "QUANTITY", "PERCENT"} for e in _entities(text))
