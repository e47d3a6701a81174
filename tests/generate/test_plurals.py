"""Plurals of options: a wrong option in the answer's number must still be an English word."""

from __future__ import annotations

import pytest

from quizgen.generate.lexicon import pluralize


@pytest.mark.parametrize(
    ("singular", "plural"),
    [
        ("leaf", "leaves"),  # offered as "leafs" beside "stolons" in a review
        ("knife", "knives"),
        ("child", "children"),
        ("criterion", "criteria"),
        # Where WordNet lists a rarer spelling, the common one stays.
        ("bus", "buses"),
        ("roof", "roofs"),
        ("colony", "colonies"),
        ("stolon", "stolons"),
    ],
)
def test_plurals_are_the_ones_people_write(singular: str, plural: str) -> None:
    assert pluralize(singular) == plural


@pytest.mark.parametrize("plural", ["bacteria", "fungi", "algae", "phenomena", "data"])
def test_a_plural_already_is_not_made_plural_again(plural: str) -> None:
    # "bacterias" had been offered beside "protists".
    assert pluralize(plural) == plural


@pytest.mark.parametrize(("noun", "plural"), [("taxi", "taxis"), ("pizza", "pizzas")])
def test_a_noun_that_only_looks_latin_takes_an_s(noun: str, plural: str) -> None:
    assert pluralize(noun) == plural
