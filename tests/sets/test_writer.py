"""Writing question sets: canonical, deterministic YAML that loads back to the same set."""

from __future__ import annotations

import dataclasses

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.answers import normalize
from quizgen.cloze import make_deletion
from quizgen.model import (
    Cloze,
    Distractor,
    Generated,
    MultipleChoice,
    QuestionSet,
    SetSource,
    SourceRef,
)
from quizgen.sets import dump_set, loads_set
from quizgen.sets.fields import ID_PATTERN

_CHARS = st.characters(blacklist_categories=("Cs",))
text = st.text(_CHARS, min_size=1, max_size=40).filter(lambda s: s.strip())
braceless = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="{}"),
                    max_size=40)
answer_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="{}:"),
                      min_size=1, max_size=30).filter(lambda s: s.strip())
ids = st.from_regex(ID_PATTERN, fullmatch=True)
tags = st.lists(st.from_regex(r"\A\S{1,12}\Z"), max_size=3).map(tuple)
sources = st.none() | st.builds(
    lambda sentence, start, length: SourceRef(sentence=sentence, start=start,
                                              end=None if start is None else start + length),
    text, st.none() | st.integers(0, 10_000), st.integers(0, 500),
)
generated = st.none() | st.builds(
    Generated, method=text, version=text,
    score=st.floats(allow_nan=False, allow_infinity=False, width=64),
    reasons=st.lists(text, max_size=3).map(tuple), fingerprint=st.just("") | text,
)
common = {"explanation": st.just("") | text, "tags": tags, "source": sources,
          "generated": generated, "reviewed": st.booleans()}


@st.composite
def clozes(draw: st.DrawFn, question_id: str) -> Cloze:
    deletion = make_deletion(draw(answer_text), 1, draw(st.none() | answer_text))
    body = draw(braceless) + deletion + draw(braceless)
    return Cloze(id=question_id, text=body, **{k: draw(v) for k, v in common.items()})


@st.composite
def multiple_choices(draw: st.DrawFn, question_id: str) -> MultipleChoice:
    options = draw(st.lists(text, min_size=2, max_size=5,
                            unique_by=lambda s: normalize(s) or s))
    answer, wrong = options[0], options[1:]
    choices = draw(st.permutations(options))
    if draw(st.booleans()):
        distractors = tuple(Distractor(text=c) for c in choices if c != answer)
    else:
        distractors = tuple(Distractor(text=w, method=draw(text)) for w in wrong)
    return MultipleChoice(id=question_id, question=draw(text), answer=answer,
                          choices=tuple(choices), distractors=distractors,
                          **{k: draw(v) for k, v in common.items()})


def _explained(question: Cloze | MultipleChoice) -> Cloze | MultipleChoice:
    """Return the question as a file can hold it: an MCQ with a source has an explanation.

    The format gives a multiple-choice question with a source and no explanation
    its source sentence.
    """
    if isinstance(question, MultipleChoice) and question.source and not question.explanation:
        return dataclasses.replace(question, explanation=question.source.sentence.strip())
    return question


@st.composite
def question_sets(draw: st.DrawFn) -> QuestionSet:
    question_ids = draw(st.lists(ids, max_size=5, unique=True))
    questions = tuple(_explained(draw(st.one_of(clozes(i), multiple_choices(i))))
                      for i in question_ids)
    return QuestionSet(
        id=draw(ids), title=draw(text), questions=questions,
        description=draw(st.just("") | text),
        source=draw(st.none() | st.builds(SetSource, title=st.just("") | text,
                                          url=st.just("") | text, file=st.just("") | text)),
        language=draw(st.from_regex(r"\A[a-z]{2}(-[A-Z]{2})?\Z")), tags=draw(tags),
    )


@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(question_sets())
def test_load_after_write_gives_back_an_equal_set(question_set: QuestionSet) -> None:
    written = dump_set(question_set)
    assert loads_set(written) == question_set
    assert dump_set(loads_set(written)) == written


def test_output_starts_with_the_schema_line_and_keeps_canonical_key_order() -> None:
    question_set = QuestionSet(id="geo", title="Geography", questions=(
        MultipleChoice(id="m1", question="Capital of Peru?", answer="Lima",
                       choices=("Quito", "Lima"), distractors=(Distractor(text="Quito"),),
                       tags=("capitals",)),
    ))
    lines = dump_set(question_set).splitlines()
    assert lines[0] == "# yaml-language-server: $schema=question-set.schema.json"
    assert lines[1:] == [
        "id: geo", "title: Geography", "language: en", "questions:",
        "  - id: m1", "    type: mcq", "    question: Capital of Peru?", "    answer: Lima",
        "    choices: [Quito, Lima]", "    tags: [capitals]",
    ]


def test_long_and_multi_line_texts_are_block_strings_and_unicode_stays_readable() -> None:
    long_text = "Der Fluss {{c1::Dnipro}} fließt durch Kyjiw " + "und weiter " * 10 + "ins Meer."
    question_set = QuestionSet(id="s", title="Ünïcode ✓", questions=(
        Cloze(id="c1", text=long_text, explanation="Line one.\nLine two.\n"),
    ))
    written = dump_set(question_set)
    assert "title: Ünïcode ✓" in written
    assert "    text: >-\n      Der Fluss {{c1::Dnipro}} fließt" in written
    assert "    explanation: |\n      Line one.\n      Line two.\n" in written
    assert all(len(line) <= 100 for line in written.splitlines())


def test_text_that_yaml_would_read_as_another_type_is_quoted() -> None:
    question_set = QuestionSet(id="s", title="yes", questions=(
        MultipleChoice(id="m", question="null", answer="1945", choices=("1945", "true"),
                       distractors=(Distractor(text="true"),)),
    ))
    written = dump_set(question_set)
    assert "title: 'yes'" in written and "answer: '1945'" in written
    assert loads_set(written) == question_set


def _generated_mcq(explanation: str) -> MultipleChoice:
    sentence = "The lighthouse on Vardø was lit for the first time in 1896."
    return MultipleChoice(
        id="m1", question="When was the lighthouse on Vardø first lit?", answer="1896",
        choices=("1896", "1902"), distractors=(Distractor(text="1902", method="number"),),
        explanation=explanation, source=SourceRef(sentence=sentence + " ", start=0, end=59),
        generated=Generated(method="mcq/number", version="1", score=0.5,
                            reasons=("place", "lead of the article", "specific value",
                                     "mentioned 2x in the article")))


def test_an_explanation_that_repeats_the_source_sentence_is_left_out_and_read_back() -> None:
    question = _generated_mcq("The lighthouse on Vardø was lit for the first time in 1896.")
    written = dump_set(QuestionSet(id="s", title="Lights", questions=(question,)))
    assert "explanation" not in written
    assert written.count("was lit for the first time in 1896.") == 1
    assert loads_set(written).questions[0] == question


def test_an_explanation_of_its_own_is_written_beside_the_source() -> None:
    question = _generated_mcq("Vardø is the easternmost town of Norway.")
    written = dump_set(QuestionSet(id="s", title="Lights", questions=(question,)))
    assert "    explanation: Vardø is the easternmost town of Norway.\n" in written
    assert loads_set(written).questions[0] == question


def test_a_cloze_without_an_explanation_stays_without_one() -> None:
    # A cloze is its source sentence with blanks: the sentence would explain nothing.
    question = Cloze(id="c1", text="The lighthouse on {{c1::Vardø}} was lit in 1896.",
                     source=SourceRef(sentence="The lighthouse on Vardø was lit in 1896."))
    written = dump_set(QuestionSet(id="s", title="Lights", questions=(question,)))
    assert loads_set(written).questions[0].explanation == ""


def test_a_file_that_spells_out_the_sentence_as_explanation_loads_as_before() -> None:
    old_style = """id: s
title: Lights
questions:
  - id: m1
    type: mcq
    question: When was the lighthouse on Vardø first lit?
    answer: '1896'
    choices: ['1896', '1902']
    distractors:
      - text: '1902'
        method: number
    explanation: The lighthouse on Vardø was lit for the first time in 1896.
    source:
      sentence: 'The lighthouse on Vardø was lit for the first time in 1896. '
      start: 0
      end: 59
    generated:
      method: mcq/number
      version: '1'
      score: 0.5
      reasons:
        - place
        - lead of the article
        - specific value
        - mentioned 2x in the article
"""
    question = _generated_mcq("The lighthouse on Vardø was lit for the first time in 1896.")
    assert loads_set(old_style).questions[0] == question


def test_generation_reasons_and_distractors_are_written_one_line_each() -> None:
    question = _generated_mcq("")
    written = dump_set(QuestionSet(id="s", title="Lights", questions=(question,)))
    assert "      reasons: [place, lead of the article, specific value, mentioned 2x in the" \
           " article]\n" in written
    assert "      - {text: '1902', method: number}\n" in written
    loaded = yaml.safe_load(written)["questions"][0]
    assert loaded["generated"]["reasons"] == list(question.generated.reasons)  # type: ignore
    assert loaded["distractors"] == [{"text": "1902", "method": "number"}]
