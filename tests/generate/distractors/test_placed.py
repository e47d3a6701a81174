"""Telling a name used as a place from a name used as a body, by the words around it."""

from __future__ import annotations

import pytest

from quizgen.generate.distractors.placed import named_as_place
from quizgen.nlp.document import Token


def _tokens(text: str) -> list[Token]:
    return [Token(word, "NNP" if word[:1].isupper() else "NN", 0, 0) for word in text.split()]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("the line runs between Dover and Wexhaven today", "Wexhaven"),
        ("the line runs between Dover and Wexhaven today", "Dover"),
        ("the trains met at Wexhaven on Monday", "Wexhaven"),
        ("a hotel near the Wexhaven docks", "Wexhaven"),
        ("the trains met at the Wexhaven terminal", "Wexhaven"),
        ("he lives in the Wexhaven neighbourhood", "Wexhaven"),
    ],
)
def test_a_name_where_places_go_is_used_as_a_place(sentence: str, name: str) -> None:
    tokens = _tokens(sentence)
    first = [t.text for t in tokens].index(name)
    assert named_as_place(tokens, first, first + 1)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("she works at the Wexhaven bank now", "Wexhaven"),  # "at the" + a body
        ("the boats were sold to Wexhaven last year", "Wexhaven"),
        ("a grant from Wexhaven paid for it", "Wexhaven"),
        ("Wexhaven bought two ferries", "Wexhaven"),
        ("viewers of the Wexhaven channel", "Wexhaven"),  # a broadcaster's channel
    ],
)
def test_a_name_where_bodies_go_is_not_used_as_a_place(sentence: str, name: str) -> None:
    tokens = _tokens(sentence)
    first = [t.text for t in tokens].index(name)
    assert not named_as_place(tokens, first, first + 1)
