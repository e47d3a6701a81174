"""Grading of typed and picked answers: what a player would call right, almost, or wrong."""

from __future__ import annotations

import pytest

from quizgen.quiz.grading import (
    Verdict,
    edit_distance,
    grade_choice,
    grade_cloze,
    grade_text,
    typo_allowance,
)

ACCEPTED = [
    ("Marta Ilves", "Marta Ilves"),
    ("marta ilves", "Marta Ilves"),          # case
    ("  Marta   Ilves ", "Marta Ilves"),     # spaces
    ("Marta Ilves.", "Marta Ilves"),         # punctuation
    ("Kremlin", "the Kremlin"),              # missing article
    ("the Kremlin", "Kremlin"),              # extra article
    ("an apple", "apple"),
    ("Kremiln", "Kremlin"),                  # swapped letters: one edit
    ("Marta Ilvs", "Marta Ilves"),           # one letter missing
    ("newyork", "New York"),                 # missing space
    ("Saint-Petersburg", "Saint Petersburg"),
    ("Zürich", "Zurich"),                    # accents
    ("50 percent", "50%"),                   # numbers as numbers
    ("50 per cent", "50%"),
    ("4 billion", "4,000,000,000"),
    ("4,000,000,000", "4 billion"),
    ("six", "6"),
    ("twenty-one", "21"),
    ("$4 billion", "$4bn"),
    ("February 22", "22 February"),          # a date in either order
    ("22 Febuary", "22 February"),           # a typo in the month
    ("3 mililon people", "3 million people"),
]

ALMOST = [
    ("Putin", "Vladimir Putin"),             # part of the name
    ("1986", "1985"),                        # a number close to the right one
    ("50", "50%"),                           # the right number without its unit
    ("Genoa", "Geneva"),                     # two edits in six letters
    ("cat", "bat"),                          # short words allow no typo
    ("23 February", "22 February"),          # a close number
]

REJECTED = [
    ("Moscow", "St Petersburg"),
    ("", "granite"),
    ("   ", "granite"),
    ("1900", "1887"),                        # numbers never pass as typos
    ("5 billion", "4 billion"),
    ("1887 km", "1887 miles"),
    ("granite", "marble"),
    ("50 dollars", "50%"),
    ("22 March", "22 February"),
]


@pytest.mark.parametrize(("typed", "answer"), ACCEPTED)
def test_tolerant_answers_are_accepted(typed: str, answer: str) -> None:
    assert grade_text(typed, answer).verdict is Verdict.RIGHT


@pytest.mark.parametrize(("typed", "answer"), ALMOST)
def test_near_misses_are_almost(typed: str, answer: str) -> None:
    grade = grade_text(typed, answer)
    assert grade.verdict is Verdict.ALMOST
    assert not grade.correct


@pytest.mark.parametrize(("typed", "answer"), REJECTED)
def test_wrong_answers_are_rejected(typed: str, answer: str) -> None:
    assert grade_text(typed, answer).verdict is Verdict.WRONG


def test_a_typo_is_accepted_with_a_note_so_the_player_sees_the_spelling() -> None:
    grade = grade_text("Kremiln", "Kremlin")
    assert grade.correct
    assert "typo" in grade.note


def test_typo_allowance_grows_with_the_answer_length() -> None:
    assert typo_allowance("cat") == 0
    assert typo_allowance("Kremlin") == 1
    assert typo_allowance("Marta Ilves") == 2
    assert typo_allowance("International Committee") > 2


def test_edit_distance_counts_a_swap_as_one_edit() -> None:
    assert edit_distance("kremlin", "kremiln") == 1
    assert edit_distance("abc", "abc") == 0
    assert edit_distance("", "abc") == 3
    assert edit_distance("kitten", "sitting") == 3


def test_cloze_with_repeated_same_answer_expects_it_once() -> None:
    assert grade_cloze("granite", ["granite", "Granite"]).correct


def test_cloze_with_different_answers_expects_each_in_order() -> None:
    answers = ["Tallinn", "Riga"]
    assert grade_cloze("Tallinn; Riga", answers).correct
    assert grade_cloze("tallinn / riga", answers).correct
    assert not grade_cloze("Riga; Tallinn", answers).correct
    wrong = grade_cloze("Tallinn", answers)
    assert wrong.verdict is Verdict.WRONG
    assert ";" in wrong.note


def test_choice_is_right_only_at_the_answer_position() -> None:
    assert grade_choice(1, 1).correct
    assert grade_choice(0, 1).verdict is Verdict.WRONG
