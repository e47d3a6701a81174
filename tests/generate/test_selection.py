"""Choosing questions: the best ones, spread over the article."""

from __future__ import annotations

import pytest

from quizgen.generate.selection import spread_select


def test_without_a_limit_everything_is_kept_best_first() -> None:
    items = [(0, 0.2), (1, 0.9), (2, 0.5)]
    chosen = spread_select(items, None, score=lambda i: i[1], position=lambda i: i[0], span=3)
    assert chosen == [(1, 0.9), (2, 0.5), (0, 0.2)]


def test_a_limit_takes_from_every_part_of_the_article() -> None:
    # The first sentences score best, but a limit of 3 still reaches the end of the article.
    items = [(i, 1.0 - i / 100) for i in range(30)]
    chosen = spread_select(items, 3, score=lambda i: i[1], position=lambda i: i[0], span=30)
    positions = sorted(i[0] for i in chosen)
    assert positions[0] < 10 and 10 <= positions[1] < 20 and positions[2] >= 20


def test_a_limit_of_zero_keeps_nothing() -> None:
    assert spread_select([(0, 1.0)], 0, score=lambda i: i[1], position=lambda i: i[0], span=1) == []


def _answer(text: str, kind: str, value: float | None = None, unit: str = ""):  # type: ignore[no-untyped-def]
    from quizgen.generate.candidates import Candidate

    return Candidate(0, text, kind, "", 0, 1, 0, len(text), 0, len(text), value, unit)


def test_two_ways_of_writing_one_answer_are_one_answer() -> None:
    from quizgen.generate.selection import answer_key

    assert answer_key(_answer("Vladimir Putin", "person")) == answer_key(_answer("Putin", "person"))
    assert answer_key(_answer("integration roadmaps", "term")) == answer_key(
        _answer("roadmap", "term")
    )
    assert answer_key(_answer("six-seven", "quantity", 6, "roadmaps")) == answer_key(
        _answer("six or seven", "quantity", 6, "roadmaps")
    )
    assert answer_key(_answer("six", "quantity", 6, "ferries")) != answer_key(
        _answer("six", "quantity", 6, "roadmaps")
    )
    assert answer_key(_answer("University of Oxford", "organisation")) == answer_key(
        _answer("Oxford University", "organisation")
    )
    assert answer_key(_answer("University of Oxford", "organisation")) != answer_key(
        _answer("University of Leeds", "organisation")
    )


def test_an_answer_without_a_rival_is_asked_once_per_question_type() -> None:
    from quizgen.generate.selection import AnswerLimits

    found = [_answer("Frank Woolworth", "person")] * 5 + [_answer("Ada Berg", "person")]
    limits = AnswerLimits.of(found)
    woolworth = found[0]
    assert (limits.total(woolworth), limits.mcqs(woolworth), limits.clozes(woolworth)) == (2, 1, 1)
    assert limits.mcqs(woolworth, second=True) == 1


def test_two_people_named_about_as_often_may_each_be_asked_more() -> None:
    from quizgen.generate.selection import AnswerLimits

    found = [_answer("Lukashenko", "person")] * 5 + [_answer("Putin", "person")] * 4
    found += [_answer("Semashko", "person"), _answer("roadmaps", "term")] * 1
    limits = AnswerLimits.of(found)
    putin, semashko, term = found[5], found[-2], found[-1]
    assert limits.total(putin) == 4 and limits.mcqs(putin, second=True) == 3
    assert limits.total(semashko) == 2  # named once: no rival of the two leaders
    assert limits.total(term) == 2 and limits.mcqs(term) == 1


_STORY = (
    "Nora Hale and Erik Berg drove home through the snow after the party. "
    "Hale was tired and wanted to sleep. Berg stopped the car at a petrol station. "
    "Hale waited in the car alone. A stranger knocked on the window. "
    "Hale screamed and locked the doors. Berg came running back with a torch. "
    "Hale laughed when she saw the stranger was her cousin Elsa Moen."
)


def _evidence(text: str, title: str = ""):  # type: ignore[no-untyped-def]
    from quizgen.generate.selection import PairEvidence
    from quizgen.nlp.pipeline import analyse_text

    return PairEvidence.of(analyse_text(text), title)


@pytest.mark.usefixtures("private_folders")
def test_two_characters_of_a_story_named_together_once_are_no_rivals() -> None:
    from quizgen.generate.selection import AnswerLimits

    found = [_answer("Hale", "person")] * 5 + [_answer("Berg", "person")] * 3
    limits = AnswerLimits.of(found, _evidence(_STORY))
    # Each is asked once per question type: "Hale" four times would be a drill.
    assert limits.total(found[0]) == 2 and limits.total(found[-1]) == 2


@pytest.mark.usefixtures("private_folders")
def test_two_people_the_title_names_are_rivals() -> None:
    from quizgen.generate.selection import AnswerLimits

    found = [_answer("Hale", "person")] * 5 + [_answer("Berg", "person")] * 3
    limits = AnswerLimits.of(found, _evidence(_STORY, "Hale and Berg meet a stranger"))
    assert limits.total(found[0]) == 4 and limits.total(found[-1]) == 4


@pytest.mark.usefixtures("private_folders")
def test_two_leaders_named_together_again_and_again_are_rivals() -> None:
    from quizgen.generate.selection import AnswerLimits

    news = (
        "Prime Minister Aro Lind met President Mira Kask in Tartu on Friday. "
        "Lind and Kask agreed on a new rail link. Lind said the line would open in 2027. "
        "Kask said her country would pay half. Lind thanked Kask for the offer. "
        "The talks were the first since 2019."
    )
    found = [_answer("Lind", "person")] * 4 + [_answer("Kask", "person")] * 3
    limits = AnswerLimits.of(found, _evidence(news))
    assert limits.total(found[0]) == 4 and limits.total(found[-1]) == 4


@pytest.mark.usefixtures("private_folders")
def test_a_person_the_article_calls_by_a_middle_surname_is_asked_as_one_person() -> None:
    # "Marta Ortega Ruiz", then "Ortega": one person, not two answers to ask about each.
    from quizgen.cloze import deletions
    from quizgen.generate import generate_set

    text = (
        "Prosecutors in Valencia charged the architect Marta Ortega Ruiz with fraud on Monday. "
        "The museum she designed opened in 2016 at a cost of 40 million euros. "
        "Auditors say the firm billed the city for 300 hours of work that nobody did. "
        "The city council later hired Ortega to plan a footbridge over the Turia. "
        "Her lawyer, Pablo Serrano, said the audit was politically motivated. "
        "The defence will not call Ortega as a witness, Serrano told reporters in Madrid. "
        "Judge Elena Varela will hear the case in March."
    )
    questions = generate_set(text, seed=3).questions
    her = {"marta ortega ruiz", "ortega"}
    cards = [d.answer for q in questions if q.type == "cloze" for d in deletions(q.text)]
    assert sum(answer.casefold() in her for answer in cards) <= 1
    assert sum(q.answer.casefold() in her for q in questions if q.type == "mcq") <= 1


def test_two_firms_named_about_as_often_are_still_asked_once_per_question_type() -> None:
    from quizgen.generate.selection import AnswerLimits

    # "The deal with _____", "_____'s engines", "supply _____ with vans": one fact asked
    # again and again. Unlike two leaders, two firms do not each say or do what is asked.
    found = [_answer("Brixa", "organisation")] * 5 + [_answer("Nordvik", "organisation")] * 4
    limits = AnswerLimits.of(found)
    assert limits.total(found[0]) == 2 and limits.total(found[-1]) == 2
    assert limits.mcqs(found[0], second=True) == 1
