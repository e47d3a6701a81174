"""Cloze syntax as Anki reads it: deletions, card numbers, hints, and broken syntax."""

from __future__ import annotations

import pytest

from quizgen import cloze


def test_deletions_are_read_in_order_with_hints() -> None:
    text = "The treaty was signed in {{c1::Vienna::city}} in {{c2::1815}}."
    found = cloze.deletions(text)
    assert [(d.index, d.answer, d.hint) for d in found] == [
        (1, "Vienna", "city"),
        (2, "1815", None),
    ]
    assert text[found[0].start : found[0].end] == "{{c1::Vienna::city}}"


def test_one_card_per_distinct_number() -> None:
    assert cloze.card_indexes("{{c1::a}} {{c1::b}} {{c2::c}}") == [1, 2]
    assert cloze.card_indexes("{{c3::only}}") == [3]


def test_render_blanks_the_asked_deletion_and_shows_the_others() -> None:
    text = "{{c1::Oslo::city}} is the capital of {{c2::Norway}}."
    assert cloze.render(text, hide=1) == "[city] is the capital of Norway."
    assert cloze.render(text, hide=2) == "Oslo is the capital of [...]."
    assert cloze.render(text) == "Oslo is the capital of Norway."


def test_make_deletion_round_trips_through_the_parser() -> None:
    made = cloze.make_deletion("31 March", 2, "date")
    assert made == "{{c2::31 March::date}}"
    assert cloze.answers_for(f"Due on {made}.", 2) == ["31 March"]


@pytest.mark.parametrize("answer", ["std::vector", "a {{b", "c }} d", "  "])
def test_make_deletion_refuses_text_anki_would_misread(answer: str) -> None:
    with pytest.raises(ValueError):
        cloze.make_deletion(answer)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("No deletion at all.", "at least one deletion"),
        ("Opened in {{c1::1998.", "unclosed '{{'"),
        ("Stray }} here {{c1::x}}.", "without a matching"),
        ("Empty {{c1::}} answer.", "empty answer"),
        ("Empty {{}} answer.", "empty answer"),
        ("Zero {{c0::x}}.", "start at c1"),
    ],
)
def test_syntax_problems_name_the_mistake(text: str, message: str) -> None:
    problems = cloze.syntax_problems(text)
    assert any(message in problem for _, problem in problems), problems


def test_syntax_problem_offsets_point_at_the_mistake() -> None:
    text = "Fine {{c1::x}} but then {{ broken"
    [(offset, _)] = cloze.syntax_problems(text)
    assert text[offset : offset + 2] == "{{"


def test_an_empty_deletion_is_one_problem_not_two_unmatched_braces() -> None:
    assert cloze.syntax_problems("The {{ }} is big {{c1::x}}.") == [
        (4, "a cloze deletion has an empty answer")
    ]


def test_valid_text_has_no_problems() -> None:
    assert cloze.syntax_problems("A {{c1::b::hint}} and {{c2::c}}.") == []


def test_short_form_is_numbered_after_existing_deletions() -> None:
    text = "{{c1::Paris}} hosted {{1900}} and {{1924::year}}."
    assert (
        cloze.expand_short_form(text) == "{{c1::Paris}} hosted {{c2::1900}} and {{c3::1924::year}}."
    )
