"""The rule checker finds each broken rule in a hand-made question, and none in generated ones."""

from __future__ import annotations

import dataclasses

import pytest

from quizgen.generate.rules import rule_violations
from quizgen.model import Cloze, Distractor, Generated, MultipleChoice, SourceRef

TEXT = (
    "Photo: Harbour office\n\n"
    "The ferry company Baltic Lines carried 1.2 million passengers in 2023, about 15% more "
    "than a year before. Chief executive Maria Lindgren said the route to Tallinn was "
    "the busiest. She plans to buy two new ships by 2026."
)


@pytest.fixture(scope="module")
def document(private_folders):  # type: ignore[no-untyped-def]
    from quizgen.article import article_from_text
    from quizgen.nlp.pipeline import analyse

    return analyse(article_from_text(TEXT))


def _source(document, number: int) -> SourceRef:  # type: ignore[no-untyped-def]
    sentence = document.sentences[number]
    return SourceRef(sentence=sentence.text, start=sentence.start, end=sentence.end)


MADE = Generated(method="cloze", version="quizgen-generate test", score=0.8, reasons=("test",))


def _cloze(document, text: str, number: int = 0) -> Cloze:  # type: ignore[no-untyped-def]
    return Cloze(id="c-test", text=text, source=_source(document, number), generated=MADE)


def _mcq(document, answer: str, wrong: list[str], stem: str, kind: str = "city"):  # type: ignore[no-untyped-def]
    source = _source(document, 1)
    return MultipleChoice(
        id="m-test",
        question=stem,
        answer=answer,
        choices=(answer, *wrong),
        distractors=tuple(Distractor(text=w, method="fallback-pool") for w in wrong),
        explanation=source.sentence,
        tags=(kind,),
        source=source,
        generated=MADE,
    )


def test_a_good_cloze_and_a_good_mcq_break_no_rule(document) -> None:
    good = _cloze(document, document.sentences[0].text.replace("2023", "{{c1::2023::year}}"))
    assert rule_violations(good, document) == []
    mcq = _mcq(
        document,
        "Tallinn",
        ["Riga", "Helsinki", "Stockholm"],
        "Chief executive Maria Lindgren said the route to _____ was the busiest.",
    )
    assert rule_violations(mcq, document) == [], rule_violations(mcq, document)


def test_blanking_a_stopword_is_a_violation(document) -> None:
    text = document.sentences[0].text.replace("The ferry", "{{c1::The}} ferry")
    assert any("stopword" in p for p in rule_violations(_cloze(document, text), document))


def test_an_answer_left_visible_elsewhere_is_a_violation(document) -> None:
    text = "The ferry company {{c1::Baltic Lines}} carried Baltic Lines passengers."
    assert any("visible" in p for p in rule_violations(_cloze(document, text), document))


def test_blanking_part_of_a_name_is_a_violation(document) -> None:
    text = document.sentences[1].text.replace("Lindgren", "{{c1::Lindgren}}")
    problems = rule_violations(_cloze(document, text, 1), document)
    assert any("part of a name" in p for p in problems)


def test_an_unresolved_leading_pronoun_is_a_violation(document) -> None:
    text = document.sentences[2].text.replace("2026", "{{c1::2026}}")
    problems = rule_violations(_cloze(document, text, 2), document)
    assert any("pronoun" in p for p in problems)


def test_a_question_from_a_caption_is_a_violation(document) -> None:
    caption = SourceRef(sentence="Photo: Harbour office", start=0, end=21)
    cloze = Cloze(id="c-x", text="Photo: {{c1::Harbour}} office", source=caption, generated=MADE)
    problems = rule_violations(cloze, document)
    assert any("not prose" in p or "not a prose sentence" in p for p in problems)


def test_wrong_offsets_are_a_violation(document) -> None:
    good = _cloze(document, document.sentences[0].text.replace("2023", "{{c1::2023}}"))
    moved = dataclasses.replace(good, source=dataclasses.replace(good.source, start=3, end=40))
    assert any("offsets" in p for p in rule_violations(moved, document))


@pytest.mark.parametrize(
    ("wrong", "expected"),
    [
        (["Riga", "Helsinki"], "2 distractors, not 3"),
        (["tallinn", "Riga", "Helsinki"], "equals-answer"),
        (["Riga", "Riga", "Helsinki"], "duplicate"),
        (["Maria Lindgren", "Riga", "Helsinki"], "in-stem"),
        # A name whose own word the stem shows ("Lindgren") hints at the stem's person.
        (["Lindgren Harbour", "Riga", "Helsinki"], "in-stem"),
        (["Tallinn Bay", "Riga", "Helsinki"], "substring-of-answer"),
        (["Estonia", "Riga", "Helsinki"], "different-form"),
    ],
)
def test_each_bad_distractor_is_named(document, wrong: list[str], expected: str) -> None:
    stem = "Chief executive Maria Lindgren said the route to _____ was the busiest."
    problems = rule_violations(_mcq(document, "Tallinn", wrong, stem), document)
    assert any(expected in p for p in problems), problems


def test_two_distractors_that_name_one_thing_are_duplicates(document) -> None:
    from quizgen.generate.rules import distractor_set_problems

    problems = distractor_set_problems(
        "battery factory",
        ["auto factory", "automobile factory", "steel factory"],
        stem="The plant is the first large _____ in Europe.",
        kind="term",
    )
    assert any("'automobile factory': duplicate" in p for p in problems), problems
    # Sister terms with one head noun are not synonyms of the answer.
    assert not any("synonym" in p for p in problems)


def test_a_number_distractor_in_another_unit_is_a_violation(document) -> None:
    stem = "The ferry company Baltic Lines carried 1.2 million passengers in 2023, _____ more."
    mcq = _mcq(document, "about 15%", ["about 25%", "about 40 ships", "about 5%"], stem, "percent")
    assert any("different-form" in p for p in rule_violations(mcq, document))


def test_a_distractor_the_article_also_states_is_a_violation(private_folders) -> None:
    from quizgen.article import article_from_text
    from quizgen.nlp.pipeline import analyse

    text = (
        "Anna Berg went skiing in Davos on Monday. Later that day Lars Holm also went skiing "
        "in Davos with friends."
    )
    document = analyse(article_from_text(text))
    source = document.sentences[0]
    mcq = MultipleChoice(
        id="m-ski",
        question="_____ went skiing in Davos on Monday.",
        answer="Anna Berg",
        choices=("Anna Berg", "Lars Holm", "Eva Lund", "Karl Dahl"),
        distractors=tuple(
            Distractor(text=t, method="same-type-entity")
            for t in ("Lars Holm", "Eva Lund", "Karl Dahl")
        ),
        explanation=source.text,
        tags=("person",),
        source=SourceRef(sentence=source.text, start=source.start, end=source.end),
        generated=MADE,
    )
    problems = rule_violations(mcq, document)
    assert any("'Lars Holm': also-true" in p for p in problems), problems


def test_generated_questions_of_every_test_article_break_no_rule(generated) -> None:
    from quizgen.generate.distractors.filters import ArticleFacts

    for name, result in generated.items():
        facts = ArticleFacts.of(result.document)
        for question in result.question_set.questions:
            problems = rule_violations(question, result.document, facts=facts)
            assert problems == [], (name, question.id, problems)
