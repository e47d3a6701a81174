"""Choosing questions: the best ones, spread over the article."""

from __future__ import annotations

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
