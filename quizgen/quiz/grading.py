"""Grading typed and picked answers: right, almost (a near miss), or wrong.

Tolerant by design (users complain about strict grading): case, spaces,
punctuation and a leading article never matter, numbers are compared as
numbers, and small typos are accepted in proportion to the answer's length.
A near miss beyond that is "almost": wrong unless the player overrides it.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from quizgen.answers import (
    edit_distance,
    normalize,
    number_unit,
    parse_number,
    same_answer,
    typo_allowance,
)


class Verdict(enum.Enum):
    """How an answer was judged."""

    RIGHT = "right"
    ALMOST = "almost"
    WRONG = "wrong"


@dataclass(frozen=True)
class Grade:
    """The verdict on one answer, and a short note for the player ("typo accepted")."""

    verdict: Verdict
    note: str = ""

    @property
    def correct(self) -> bool:
        return self.verdict is Verdict.RIGHT


# A number near the right one is a near miss, never a typo: 1985 is not 1986.
_NUMBER_NEAR = 0.1
_YEAR_NEAR = 2
# Separators a player types between the answers of a cloze that blanks several different words.
_SPLIT_ANSWERS = re.compile(r"\s*(?:;|/|\|)\s*")
_LEADING_NUMBER = re.compile(r"^\s*(?:about |around |some |over )?[$€£¥₽]?\s*\d")


def near_miss_allowance(answer: str) -> int:
    """Return how many edits still make a typed answer "almost" rather than plainly wrong."""
    length = len(normalize(answer).replace(" ", ""))
    return max(1, round(length * 0.4))


def grade_text(typed: str, answer: str) -> Grade:
    """Return the grade of a typed answer against one right answer."""
    if not normalize(typed):
        return Grade(Verdict.WRONG, "no answer")
    if same_answer(typed, answer):
        return Grade(Verdict.RIGHT)
    right_number = parse_number(answer)
    if right_number is not None and _is_number_answer(answer):
        return _grade_number(typed, answer, right_number)
    typed_n, answer_n = normalize(typed), normalize(answer)
    # Spaces are where people slip most ("New York" / "newyork"): compare without them too.
    distance = min(
        edit_distance(typed_n, answer_n),
        edit_distance(typed_n.replace(" ", ""), answer_n.replace(" ", "")),
    )
    if distance <= typo_allowance(answer):
        return Grade(Verdict.RIGHT, "typo accepted")
    if distance <= near_miss_allowance(answer) or _contains_words(typed_n, answer_n):
        return Grade(Verdict.ALMOST, "close")
    return Grade(Verdict.WRONG)


def grade_cloze(typed: str, answers: list[str]) -> Grade:
    """Return the grade of a typed answer for one cloze prompt.

    `answers` are the texts hidden by this prompt (one per repeated cN). When they
    all say the same thing, one answer is expected; when they differ, the player
    types them in reading order separated by `;` or `/`, and the worst part counts.
    """
    distinct: list[str] = []
    for answer in answers:
        if not any(same_answer(answer, seen) for seen in distinct):
            distinct.append(answer)
    if len(distinct) <= 1:
        return grade_text(typed, distinct[0] if distinct else "")
    parts = _SPLIT_ANSWERS.split(typed.strip())
    if len(parts) != len(distinct):
        joined = grade_text(typed, " ".join(distinct))
        if joined.correct:
            return joined
        return Grade(Verdict.WRONG, f"type {len(distinct)} answers separated by ';'")
    grades = [grade_text(part, answer) for part, answer in zip(parts, distinct, strict=True)]
    worst = max(grades, key=lambda g: _SEVERITY[g.verdict])
    return worst


def grade_choice(picked: int, answer_index: int) -> Grade:
    """Return the grade of a multiple-choice pick (positions in display order)."""
    return Grade(Verdict.RIGHT if picked == answer_index else Verdict.WRONG)


_SEVERITY = {Verdict.RIGHT: 0, Verdict.ALMOST: 1, Verdict.WRONG: 2}


def _is_number_answer(answer: str) -> bool:
    # "3M" or "Route 66" hold numbers but are names: only a leading number makes a numeric answer.
    if _LEADING_NUMBER.match(answer.casefold()):
        return True
    return parse_number(answer) is not None and not re.search(r"\d", answer)


def _grade_number(typed: str, answer: str, right: float) -> Grade:
    # Dates and counted things: "February 22" for "22 February", "3 mililon" for "3 million".
    typed_numbers, typed_words = _numbers_and_words(typed)
    answer_numbers, answer_words = _numbers_and_words(answer)
    if typed_numbers == answer_numbers:
        distance = edit_distance(typed_words, answer_words)
        if distance <= typo_allowance(answer_words):
            return Grade(Verdict.RIGHT, "typo accepted" if distance else "")
    given = parse_number(typed)
    if given is None:
        return Grade(Verdict.WRONG)
    if given == right:
        # The right number without its unit ("50" for "50%") is close; another unit is wrong.
        if not number_unit(typed) or not number_unit(answer):
            return Grade(Verdict.ALMOST, "unit missing")
        return Grade(Verdict.WRONG, "different unit")
    if _is_near(given, right, year=_looks_like_year(answer)):
        return Grade(Verdict.ALMOST, "close number")
    return Grade(Verdict.WRONG)


def _looks_like_year(answer: str) -> bool:
    return bool(re.fullmatch(r"\s*(1\d{3}|20\d{2})\s*", answer))


def _is_near(given: float, right: float, *, year: bool) -> bool:
    # 10% is far for a year: 1900 is not nearly 1887, 1886 is.
    if year:
        return abs(given - right) <= _YEAR_NEAR
    return bool(right) and abs(given - right) / abs(right) <= _NUMBER_NEAR


def _numbers_and_words(text: str) -> tuple[list[str], str]:
    """Return the number tokens (sorted) and the other words (sorted, joined) of an answer."""
    tokens = normalize(text).replace(",", "").split()
    numbers = sorted(t for t in tokens if any(ch.isdigit() for ch in t))
    words = " ".join(sorted(t for t in tokens if not any(ch.isdigit() for ch in t)))
    return numbers, words


def _contains_words(typed: str, answer: str) -> bool:
    """Return True when one side holds the other's words ("Putin" for "Vladimir Putin")."""
    typed_words, answer_words = set(typed.split()), set(answer.split())
    if not typed_words or not answer_words:
        return False
    short, long = sorted((typed_words, answer_words), key=len)
    return len(long) > 1 and short <= long
