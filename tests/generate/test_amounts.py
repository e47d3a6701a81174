"""Ranges and compound amounts are one answer, never half of one."""

from __future__ import annotations

import pytest

from quizgen.generate.amounts import is_compound_amount

pytestmark = pytest.mark.usefixtures("private_folders")


def _numbers(text: str) -> set[str]:
    """Return the numbers and dates the generator would blank in `text`."""
    from collections import Counter

    from quizgen.article import article_from_text
    from quizgen.generate.candidates import find_candidates
    from quizgen.generate.context import article_context, sentence_view
    from quizgen.generate.kinds import DATE_KINDS, NUMERIC_KINDS
    from quizgen.nlp.pipeline import analyse

    document = analyse(article_from_text(text))
    context = article_context(document)
    views = [v for v, _ in (sentence_view(document, i, context) for i in range(1)) if v]
    found = find_candidates(document, views, Counter())
    return {c.text for c in found if c.kind in NUMERIC_KINDS | DATE_KINDS}


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        ("The winner ran the course in about 2 hours and 16 minutes last spring.",
         "about 2 hours and 16 minutes"),
        ("The new bridge took 3 years and 4 months to build.", "3 years and 4 months"),
        ("Adult herons weigh between 8 and 12 pounds in the wild.", "8 and 12"),
        ("The birds have a wingspan of 6 to 7 feet when grown.", "6 to 7"),
        ("The scholar Ibrahim Khalil lived 1008–1074 in the city of Cordoba.", "1008–1074"),
        ("The war in the colonies lasted from 1756 to 1763 and drained the treasury.",
         "1756 to 1763"),
    ],
)  # fmt: skip
def test_a_range_or_a_compound_amount_is_one_blank(sentence: str, blank: str) -> None:
    found = _numbers(sentence)
    assert blank in found
    # Never one end of it, or its minutes alone.
    assert not found - {blank}


@pytest.mark.parametrize(
    "sentence",
    [
        "Carvings were found on farmland dating between AD 0–1250 in the valley.",
        "The painted pots of the valley people, made 500–1250, were found near the river.",
    ],
)
def test_the_end_of_a_range_whose_start_is_no_year_is_no_blank(sentence: str) -> None:
    assert "1250" not in _numbers(sentence)


def test_a_span_between_two_full_dates_keeps_each_date() -> None:
    found = _numbers("The painter Anna Berg (10 November 1883 – 18 February 1946) lived in Oslo.")
    assert "18 February 1946" in found


def test_a_change_from_one_value_to_another_is_two_facts() -> None:
    found = _numbers("Unemployment in the region rose from 5% to 8% over the year.")
    assert found == {"5%", "8%"}


def test_a_compound_amount_gets_no_options_made_by_changing_its_numbers() -> None:
    from quizgen.generate import distractors_for

    assert is_compound_amount("about 2 hours and 16 minutes")
    assert not is_compound_amount("8 and 12")
    _, chosen = distractors_for(
        "about 2 hours and 16 minutes", "She ran it in _____.", "She ran it in about 2 hours."
    )
    assert chosen == []
