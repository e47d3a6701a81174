"""Sentences that lost their full stop are split there; titles of works are not."""

from __future__ import annotations

import pytest

from quizgen.article import article_from_text
from quizgen.article.lost_stops import lost_stops


def split_at(text: str) -> list[str]:
    return [text[at:] for at in lost_stops(text)]


def test_a_capitalised_pronoun_after_a_lower_case_word_starts_a_sentence() -> None:
    text = "The boars eat mushrooms from the soil They dig with their snouts."
    assert split_at(text) == ["They dig with their snouts."]


@pytest.mark.parametrize(
    "text",
    [
        "In 1910 she wrote The history of the harbour in two volumes.",
        "Before the war, the Norway Can Build It exhibition drew crowds.",
    ],
)
def test_a_title_of_a_work_is_not_split(text: str) -> None:
    assert split_at(text) == []


def test_a_heading_in_title_case_before_the_is_split_off() -> None:
    assert split_at("The Orbit The orbit is the socket that holds the eye.") == [
        "The orbit is the socket that holds the eye."
    ]


def test_a_headline_that_lost_its_line_break_is_left_out_as_a_heading() -> None:
    text = "Council plans cheaper fares for ferries and buses It could cost the town $2 million.\n"
    article = article_from_text(text)
    assert article.prose_text() == "It could cost the town $2 million."
    assert [(text[item.start : item.end], item.reason) for item in article.excluded] == [
        ("Council plans cheaper fares for ferries and buses", "heading")
    ]


def test_a_sentence_that_lost_its_stop_inside_a_paragraph_stays_prose_in_two_ranges() -> None:
    text = "The ferry is old. Its engine fails in cold weather They want a new one soon.\n"
    article = article_from_text(text)
    assert [text[start:end] for start, end in article.prose] == [
        "The ferry is old. Its engine fails in cold weather",
        "They want a new one soon.",
    ]
    assert article.excluded == ()
