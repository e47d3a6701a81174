"""The generator's distractor rules on hand-written options: kinds, messages, what is left alone."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.sets.option_rules import kind_of_answer, option_warnings
from quizgen.sets.reader import parse_text

HEADER = "id: demo\ntitle: Demo\nquestions:\n"


def warnings_of(questions: str) -> list[tuple[int, int, str]]:
    parsed = parse_text(HEADER + questions, "t.yaml")
    found = option_warnings(parsed)
    assert all(p.severity == "warning" for p in found)
    return [(p.line, p.column, p.message) for p in found]


@pytest.mark.parametrize(("answer", "tags", "kind"), [
    ("Paris", (), "place"),
    ("Germany", (), "place"),
    ("1989", (), "year"),
    ("9 November 1989", (), "date"),
    ("about 20%", (), "percent"),
    ("William Shakespeare", (), "name"),
    ("William Shakespeare", ("literature", "person"), "person"),
    ("photosynthesis", (), "term"),
])
def test_the_answers_kind_comes_from_a_tag_naming_one_or_else_from_its_text(
    answer: str, tags: tuple[str, ...], kind: str
) -> None:
    assert kind_of_answer(answer, tags) == kind


def test_a_surname_beside_a_full_name_is_reported_when_the_question_says_it_is_about_a_person(
) -> None:
    question = ("  - q: Who wrote Hamlet?\n    a: William Shakespeare\n"
                "    wrong: [Marlowe, Ben Jonson, Thomas Kyd]\n")
    assert warnings_of(question) == []  # no tag: a name of unknown kind
    assert warnings_of(question + "    tags: [person]\n") == [
        (6, 13, "'Marlowe' is one name, the answer 'William Shakespeare' a full name"
                " [different-form]")]


def test_an_option_of_another_number_of_date_parts_is_reported() -> None:
    assert warnings_of("  - q: When did the Berlin Wall fall?\n    a: 9 November 1989\n"
                       "    wrong: ['1991', 3 October 1990, 12 June 1987]\n") == [
        (6, 13, "'1991' gives the year only, the answer '9 November 1989' the day, month and"
                " year [different-form]")]


def test_an_option_with_another_unit_is_reported() -> None:
    assert warnings_of("  - q: How long is the Nile?\n    a: 6650 km\n"
                       "    wrong: [4000 km, 5500 miles, 7100 km]\n") == [
        (6, 22, "'5500 miles' says 'mile', the answer '6650 km' says 'km' [different-form]")]


def test_a_plural_beside_a_singular_term_is_reported_but_not_beside_a_name() -> None:
    assert warnings_of("  - q: Which part of a cell makes its energy?\n    a: mitochondria\n"
                       "    wrong: [ribosomes, nucleus, chloroplasts]\n") == [
        (6, 24, "'nucleus' is singular, the answer 'mitochondria' plural [different-form]")]
    assert warnings_of("  - q: Which agency landed people on the Moon?\n    a: NASA\n"
                       "    wrong: [Roscosmos, CNSA, ISRO]\n") == []


def test_a_second_spelling_of_one_option_names_the_option_it_repeats() -> None:
    assert warnings_of("  - q: What is carved by moving ice?\n    a: glacial valley\n"
                       "    wrong: [river valley, river valleys, rift valley]\n") == [
        (6, 27, "'river valleys' may be the same option as 'river valley' [duplicate]")]


def test_a_place_whose_kind_nothing_knows_is_not_reported_beside_a_city() -> None:
    # "Wrexford" is in no place list and not in WordNet: its kind cannot be told.
    assert warnings_of("  - q: Where is the Louvre?\n    a: Paris\n"
                       "    wrong: [Lyon, Wrexford, Bavaria]\n") == [
        (6, 29, "'Bavaria' is a region, the answer 'Paris' a city [different-form]")]


def test_an_option_the_question_names_is_reported() -> None:
    assert warnings_of("  - q: Which city is the capital of France?\n    a: Paris\n"
                       "    wrong: [Lyon, France, Nice]\n") == [
        (6, 19, "'France' appears in the question [in-stem]")]


def test_generated_questions_are_judged_with_the_kind_they_were_made_for() -> None:
    assert warnings_of(
        "  - type: mcq\n    question: The tunnel runs for _____ kilometres.\n"
        "    answer: about 50\n    choices: [about 80, '20', about 50, about 40]\n"
        "    distractors:\n      - {text: about 80, method: number-perturbation}\n"
        "      - {text: '20', method: number-perturbation}\n"
        "      - {text: about 40, method: number-perturbation}\n"
        "    tags: [quantity]\n"
    ) == [(10, 16, "'20' is written without 'about', unlike the answer 'about 50'"
                   " [different-form]")]


_OPTION = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1,
                  max_size=20).filter(str.strip)


@settings(max_examples=60, deadline=None)
@given(answer=_OPTION, wrong=st.lists(_OPTION, min_size=1, max_size=4))
def test_rule_findings_never_fail_and_each_points_at_a_wrong_options_line(
    answer: str, wrong: list[str]
) -> None:
    import json

    # JSON strings are YAML double-quoted scalars: any text reads back as itself.
    lines = [f"    - {json.dumps(text)}" for text in wrong]
    text = (HEADER + f"  - q: Which one?\n    a: {json.dumps(answer)}\n    wrong:\n"
            + "\n".join(lines) + "\n")
    parsed = parse_text(text, "t.yaml")
    option_lines = set(range(7, 7 + len(wrong)))
    assert all(p.line in option_lines for p in option_warnings(parsed))


def test_loading_a_set_does_not_load_the_generators_rules() -> None:
    # Playing or exporting a deck never pays for the rules, WordNet or the word lists.
    code = ("import sys; from quizgen.sets import loads_set; loads_set("
            "'id: d\\ntitle: D\\nquestions:\\n  - q: Q?\\n    a: A\\n    wrong: [B]\\n');"
            "print(sorted(m for m in sys.modules if m.startswith(('quizgen.generate', 'nltk'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == "[]"
