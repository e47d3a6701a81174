"""Tour dates and release credits run into a review round-up are cut; sentences are not."""

from __future__ import annotations

import pytest

from quizgen.article import article_from_text


def _listings(text: str) -> list[str]:
    article = article_from_text(text)
    return [
        article.text[item.start : item.end] for item in article.excluded if item.reason == "listing"
    ]


def test_tour_dates_between_two_reviews_are_cut() -> None:
    text = (
        "Her songs about the sea are the best part of the night. Harbour Theatre, Hull, Mon; "
        "Corn Hall, Diss, Wed; Town Hall, Leeds, Fri Tom Berg, On tour Tom Berg is a juggler.\n"
    )
    assert _listings(text) == [
        "Harbour Theatre, Hull, Mon; Corn Hall, Diss, Wed; Town Hall, Leeds, Fri"
    ]
    assert "Fri Tom Berg" not in article_from_text(text).prose_text()


def test_one_venue_and_day_that_ends_the_text_is_cut() -> None:
    text = "The show is warm, daft and over too soon. Old Vic Studio, SE1, Thu\n"
    assert _listings(text) == ["Old Vic Studio, SE1, Thu"]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "A nurse finds a map in the attic. DVD & Blu-ray, Northlight Jane Moss plays the "
            "nurse with great care.\n",
            "DVD & Blu-ray, Northlight",
        ),
        (
            "Kestrel DVD, Fjord Films, released 3 May Why watch it? Because it is short.\n",
            "Kestrel DVD, Fjord Films, released 3 May",
        ),
        ("The last film of the series is the best. Blu-ray, Northlight\n", "Blu-ray, Northlight"),
    ],
)
def test_a_release_credit_before_the_next_review_is_cut(text: str, credit: str) -> None:
    assert _listings(text) == [credit]


@pytest.mark.parametrize(
    "text",
    [
        "CD, DVD and vinyl sales fell sharply in 2010 across Europe.\n",
        "Digital, Sony said on Monday, is the future of the firm.\n",
        "The band ends its tour soon. Leeds Arena, Sat; the last show is in May in Oslo.\n",
        "He will visit Leeds, Mon; Hull, Tue and then fly home.\n",
    ],
)
def test_sentences_that_name_formats_towns_or_days_are_kept(text: str) -> None:
    assert _listings(text) == []
