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
