"""Reading question sets: both forms, and every rejection with its line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.errors import FormatError
from quizgen.model import Cloze, MultipleChoice
from quizgen.sets import Problem, check_file, check_text, load_set, loads_set, question_id_for
from quizgen.sets.reader import parse_text

HEADER = "id: demo\ntitle: Demo\nquestions:\n"


def problems_of(questions: str) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.message) for p in check_text(HEADER + questions, "t.yaml")]


def only_problem(questions: str) -> tuple[int, int, str]:
    found = problems_of(questions)
    assert len(found) == 1, found
    return found[0]


FIVE_MISTAKES = (Path(__file__).parent / "data" / "five-mistakes.yaml").read_text(encoding="utf-8")


def test_five_different_mistakes_are_all_reported_at_their_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "five.yaml"
    path.write_text(FIVE_MISTAKES, encoding="utf-8")
    found = check_file(path)
    assert [(p.line, p.column) for p in found] == [(6, 11), (10, 13), (12, 9), (18, 5), (22, 11)]
    messages = [p.message for p in found]
    assert "at least one deletion" in messages[0]
    assert "'Paris' is not among the choices" in messages[1]
    assert "duplicate id 'first'" in messages[2] and "line 4" in messages[2]
    assert "unknown key 'explnation'" in messages[3] and "did you mean 'explanation'" in messages[3]
    assert "must be a list" in messages[4]
    assert all(p.file == str(path) for p in found)
    assert str(found[0]) == f"{path}:6:11: {found[0].message}"


def test_load_set_raises_format_error_with_the_first_problem_and_all_of_them(
    tmp_path: Path,
) -> None:
    path = tmp_path / "five.yaml"
    path.write_text(FIVE_MISTAKES, encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        load_set(path)
    assert str(caught.value).startswith(f"{path}:6:11: ")
    assert len(caught.value.problems) == 5  # type: ignore[attr-defined]
    assert all(isinstance(p, Problem) for p in caught.value.problems)  # type: ignore[attr-defined]


def test_short_forms_become_full_questions_with_numbered_deletions() -> None:
    question_set = loads_set(HEADER + (
        '  - cloze: "{{Putin}} met {{Lukashenko::person}} in {{Sochi}}."\n'
        "  - q: What is the capital of Norway?\n"
        "    a: Oslo\n"
        "    wrong: [Bergen, Trondheim, Stavanger]\n"
    ))
    cloze, mcq = question_set.questions
    assert isinstance(cloze, Cloze) and isinstance(mcq, MultipleChoice)
    assert cloze.text == "{{c1::Putin}} met {{c2::Lukashenko::person}} in {{c3::Sochi}}."
    assert mcq.answer == "Oslo"
    assert sorted(mcq.choices) == ["Bergen", "Oslo", "Stavanger", "Trondheim"]
    assert [d.text for d in mcq.distractors] == ["Bergen", "Trondheim", "Stavanger"]


def test_short_form_ids_come_from_the_content_and_repeat_for_the_same_content() -> None:
    text = HEADER + '  - cloze: "The Nile flows into the {{Mediterranean}}."\n'
    first = loads_set(text).questions[0]
    again = loads_set(text.replace("Demo", "Another title")).questions[0]
    other = loads_set(text.replace("Nile", "Danube")).questions[0]
    assert first.id == again.id
    assert first.id != other.id
    assert first.id == question_id_for("cloze", "The Nile flows into the {{c1::Mediterranean}}.")


def test_answer_position_is_fixed_by_the_question_not_always_first() -> None:
    positions = set()
    for city in ("Oslo", "Rome", "Bern", "Riga", "Kyiv", "Baku", "Doha", "Lima"):
        text = HEADER + f"  - q: Capital of {city}?\n    a: {city}\n    wrong: [X, Y, Z]\n"
        mcq = loads_set(text).questions[0]
        assert isinstance(mcq, MultipleChoice)
        assert loads_set(text).questions[0] == mcq
        positions.add(mcq.answer_index)
    assert len(positions) > 1


def test_numbers_and_dates_written_without_quotes_are_read_as_the_text_typed() -> None:
    mcq = loads_set(HEADER + "  - q: When?\n    a: 1945\n    wrong: [1944, 2014-02-22]\n"
                    ).questions[0]
    assert isinstance(mcq, MultipleChoice)
    assert mcq.answer == "1945"
    assert "2014-02-22" in mcq.choices


def test_the_same_short_question_twice_is_reported_as_a_repeat() -> None:
    line, column, message = only_problem('  - cloze: "{{A}} b"\n  - cloze: "{{A}} b"\n')
    assert (line, column) == (5, 5)
    assert "repeats the one at line 4" in message


def test_unbalanced_braces_in_a_short_cloze_point_at_the_brace() -> None:
    line, column, message = only_problem('  - cloze: "{{Sochi}} and {{Minsk"\n')
    assert (line, column) == (4, 27)
    assert "unclosed '{{'" in message


def test_bare_deletion_in_the_long_form_suggests_the_short_form() -> None:
    line, column, message = problems_of("  - type: cloze\n    text: The {{Nile}} is long.\n")[0]
    assert (line, column) == (5, 15)
    assert "unclosed '{{'" in message and "short form" in message


def test_cloze_problem_inside_a_block_text_points_at_its_line() -> None:
    line, column, _ = only_problem("  - type: cloze\n    text: |\n      First line.\n"
                                   "      Second {{c0::x}} line.\n")
    assert (line, column) == (7, 14)


def test_cloze_problem_inside_a_folded_block_text_points_at_its_line() -> None:
    # The generator writes long texts folded (">-"): a line break there reads as a space.
    line, column, _ = only_problem("  - type: cloze\n    text: >-\n      The ferry to Vell\n"
                                   "      leaves at {{c0::nine}} sharp.\n")
    assert (line, column) == (7, 17)


@pytest.mark.parametrize(("questions", "position", "expected"), [
    ("  - q: Capital?\n    a: Paris\n    choices: [Paris, Rome, paris]\n",
     (6, 28), "'paris' repeats 'Paris'"),
    ("  - q: Capital?\n    a: Paris\n    wrong: [Rome, Rome]\n", (6, 19), "repeats"),
    ("  - q: Capital?\n    a: Paris\n    wrong: [Rome, Paris]\n", (6, 19), "is the answer"),
    ("  - q: Capital?\n    a: Paris\n    choices: [paris, Rome]\n", (5, 8), "did you mean 'paris'"),
    ("  - q: Capital?\n    a: Paris\n", (4, 5), "needs 'wrong' or 'choices'"),
    ("  - q: Capital?\n    a: Paris\n    wrong: [Rome]\n    choices: [Paris, Rome]\n",
     (6, 5), "either 'wrong' or 'choices'"),
    ("  - type: mcq\n    question: Capital?\n    answer: Paris\n    choices: [Paris, Rome]\n"
     "    distractors: [Oslo]\n", (8, 18), "exactly the choices other than the answer"),
    ("  - type: mcq\n    question: Capital?\n    anwser: Paris\n    choices: [Paris]\n",
     (6, 5), "did you mean 'answer'"),
    ("  - q: Capital?\n    answer: Paris\n    wrong: [Rome]\n", (5, 5), "here it is called 'a'"),
    ("  - type: clozed\n    text: x\n", (4, 11), "did you mean 'cloze'"),
    ("  - text: a {{c1::b}}\n", (4, 5), "needs 'type: cloze'"),
    ("  - cloze: ''\n", (4, 12), "the cloze text is empty"),
    ("  - cloze:\n", (4, 11), "the cloze text is empty"),
    ("  - cloze: [a]\n", (4, 12), "must be text, not a list"),
    ("  - cloze: x {{a}}\n    tags: [a b]\n", (5, 12), "contains a space"),
    ("  - cloze: x {{a}}\n    reviewed: maybe\n", (5, 15), "must be true or false"),
    ("  - cloze: x {{a}}\n    id: has space\n", (5, 9), "no spaces"),
    ("  - q: Sure?\n    a: yes\n    wrong: [maybe]\n", (5, 8), 'put it in quotes: "yes"'),
    ("  - q: Null\n    a: x\n    wrong: [y]\n", (4, 8), 'reads Null as nothing; put it in quotes'),
    ("  - cloze: x {{a}}\n    source: {sentence: s, start: 9, end: 3}\n", (5, 42),
     "comes before 'start'"),
    ("  - cloze: x {{a}}\n    generated: {method: m, version: '1'}\n", (5, 16),
     "needs 'score'"),
    ("  - cloze: x {{a}}\n    generated: {method: m, version: '1', score: high}\n", (5, 49),
     "must be a number"),
    ("  - cloze: x {{a}}\n    cloze: y {{b}}\n", (5, 5), "duplicate key 'cloze'"),
    ("  - just text\n", (4, 5), "each question must be a mapping"),
    ("  - cloze: x {{a}}\n    <<: {tags: [a]}\n", (5, 5), "merge keys"),
    ("  - cloze: !!binary aGVsbG8=\n", (4, 12), "unknown YAML tag !!binary"),
    ("  - cloze: !custom x {{a}}\n", (4, 12), "unknown YAML tag !custom"),
])
def test_each_kind_of_mistake_is_rejected_at_its_place(
    questions: str, position: tuple[int, int], expected: str
) -> None:
    line, column, message = only_problem(questions)
    assert expected in message
    assert (line, column) == position


def test_set_level_mistakes_are_reported() -> None:
    found = check_text("title: ''\nlanguage: English\ntags: x\nsurce: {}\n", "s.yaml")
    messages = " | ".join(p.message for p in found)
    assert "needs 'id'" in messages and "needs 'questions'" in messages
    assert "title is empty" in messages
    assert "code such as 'en'" in messages
    assert "unknown key 'surce'" in messages and "did you mean 'source'" in messages
    assert "tags must be a list" in messages


def test_syntax_errors_are_reported_with_their_position() -> None:
    found = check_text("id: x\ntitle: [unclosed\nquestions: []\n", "bad.yaml")
    assert len(found) == 1
    assert found[0].line == 3 and "YAML syntax error" in found[0].message


def test_duplicate_top_level_keys_are_rejected() -> None:
    found = check_text("id: x\ntitle: A\ntitle: B\nquestions: []\n", "d.yaml")
    assert [(p.line, p.column) for p in found] == [(3, 1)]
    assert "duplicate key 'title'" in found[0].message


@pytest.mark.parametrize("content", [b"", b"   \n", b"\x89PNG\r\n\x1a\n\x00\x00", b"\xff\xfe\xfa",
                                     b"- a\n- b\n", b"just words\n"])
def test_check_file_reports_junk_files_instead_of_raising(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "junk.yaml"
    path.write_bytes(content)
    found = check_file(path)
    assert found and all(p.file == str(path) and p.line >= 1 for p in found)


def test_check_file_reports_a_missing_file(tmp_path: Path) -> None:
    found = check_file(tmp_path / "missing.yaml")
    assert len(found) == 1 and "cannot read the file" in found[0].message


def test_utf16_files_with_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.yaml"
    path.write_text(HEADER + '  - cloze: "Zürich {{Kraków}}"\n', encoding="utf-16")
    assert load_set(path).questions[0].text == "Zürich {{c1::Kraków}}"  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "expected"), [
    ("id: a\x00b\n", (1, 6, "character YAML does not allow (U+0000)")),
    ("id: ab\udc80\n", (1, 7, "lone surrogate")),
])
def test_characters_yaml_cannot_hold_are_reported_not_raised(
    text: str, expected: tuple[int, int, str]
) -> None:
    found = check_text(text, "c.yaml")
    assert len(found) == 1
    assert (found[0].line, found[0].column) == expected[:2] and expected[2] in found[0].message


def test_loading_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    import gc

    path = tmp_path / "set.yaml"
    path.write_text("id: s\ntitle: T\nquestions:\n  - cloze: '{{Oslo}} is in Norway'\n",
                    encoding="utf-8")
    assert gc.isenabled()
    assert len(load_set(path).questions) == 1
    assert gc.isenabled()
    with pytest.raises(FormatError):
        loads_set("id: s\ntitle: T\nquestions: [{cloze: no deletion}]\n")
    assert gc.isenabled()
    gc.disable()
    try:
        load_set(path)
        assert not gc.isenabled()  # a caller that paused it keeps it paused
    finally:
        gc.enable()


def test_every_wrong_option_equal_to_the_answer_is_reported_and_not_again_as_a_repeat() -> None:
    found = problems_of("  - q: Which city has the Louvre?\n    a: Paris\n"
                        "    wrong: [Paris, France, The Paris]\n")
    assert found == [
        (6, 13, "the wrong choice 'Paris' is the answer"),
        (6, 28, "the wrong choice 'The Paris' is the answer 'Paris'"),
    ]


def test_a_wrong_option_with_the_answers_number_and_unit_is_the_answer() -> None:
    line, column, message = only_problem(
        "  - q: Share?\n    a: 50%\n    wrong: [40%, 50 percent, 60%]\n")
    assert (line, column) == (6, 18)
    assert message == "the wrong choice '50 percent' is the answer '50%'"


def test_options_with_one_number_in_two_spellings_repeat_each_other() -> None:
    line, column, message = only_problem(
        "  - q: How many?\n    a: '3'\n    wrong: [4 million, '4,000,000', '5']\n")
    assert (line, column) == (6, 24)
    assert message == "the wrong choice '4,000,000' repeats '4 million'"


def test_a_repeated_choice_and_a_missing_answer_are_both_reported() -> None:
    found = problems_of("  - type: mcq\n    question: Capital?\n    answer: Paris\n"
                        "    choices: [Rome, Oslo, rome]\n")
    assert [(line, column) for line, column, _ in found] == [(6, 13), (7, 27)]
    assert "'Paris' is not among the choices" in found[0][2]
    assert "'rome' repeats 'Rome'" in found[1][2]


def test_a_problem_with_a_distractor_mapping_points_at_its_text() -> None:
    line, column, _ = only_problem(
        "  - type: mcq\n    question: Capital?\n    answer: Paris\n"
        "    distractors:\n      - {text: Rome, method: manual}\n"
        "      - {text: Paris, method: manual}\n")
    assert (line, column) == (9, 16)


def test_the_wrong_options_of_each_question_are_kept_for_the_rules_without_reported_ones() -> None:
    parsed = parse_text(HEADER + "  - q: Which city has the Louvre?\n    a: Paris\n"
                                 "    wrong: [Paris, France, Lyon, lyon]\n    tags: [city]\n"
                                 "  - type: mcq\n    question: Capital?\n    answer: Oslo\n"
                                 "    choices: [Bergen, Oslo, Tromso]\n", "t.yaml")
    first, second = parsed.options_read
    assert (first.stem, first.answer, first.tags) == ("Which city has the Louvre?", "Paris",
                                                      ("city",))
    assert [(text, node.start_mark.column + 1) for text, node in first.wrong] == [
        ("France", 20), ("Lyon", 28)]
    assert [text for text, _ in second.wrong] == ["Bergen", "Tromso"]
