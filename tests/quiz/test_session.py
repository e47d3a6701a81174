"""Sessions: which prompts are asked, in what order, and what the score and retry hold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizgen.quiz.grading import Verdict
from quizgen.quiz.sample import sample_set
from quizgen.quiz.session import PlayOptions, Session, select_prompts, start_session
from quizgen.quiz.store import ProgressStore

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self) -> None:
        self.seconds = 100.0

    def __call__(self) -> float:
        return self.seconds


def ids(prompts) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{p.question.id}{p.key.card}" for p in prompts]


def test_default_order_is_file_order_with_one_prompt_per_cloze_deletion() -> None:
    prompts = select_prompts(sample_set(), PlayOptions())
    assert ids(prompts) == ["q1", "q2c1", "q3", "q4c1", "q4c2", "q5", "q6c1"]


def test_cloze_with_two_deletions_blanks_one_and_shows_the_other() -> None:
    prompts = select_prompts(sample_set(), PlayOptions())
    first, second = prompts[3], prompts[4]
    assert first.text == "The breakwater, finished in _____, is built of granite."
    assert first.answers == ["1887"]
    assert second.text == "The breakwater, finished in 1887, is built of _____."
    assert second.answers == ["granite"]


def test_cloze_with_author_hint_shows_it_in_the_blank() -> None:
    prompt = select_prompts(sample_set(), PlayOptions())[-1]
    assert prompt.text == "About [a share] of the town works at the port."


def test_same_seed_gives_same_order_and_differs_from_file_order() -> None:
    first = ids(select_prompts(sample_set(), PlayOptions(shuffle=True, seed=7)))
    again = ids(select_prompts(sample_set(), PlayOptions(shuffle=True, seed=7)))
    assert first == again
    assert sorted(first) == sorted(ids(select_prompts(sample_set(), PlayOptions())))
    orders = {tuple(ids(select_prompts(sample_set(), PlayOptions(seed=s)))) for s in range(5)}
    assert len(orders) > 1


def test_limit_keeps_the_first_n() -> None:
    assert ids(select_prompts(sample_set(), PlayOptions(limit=2))) == ["q1", "q2c1"]


def test_type_filter_keeps_one_kind() -> None:
    assert ids(select_prompts(sample_set(), PlayOptions(kind="mcq"))) == ["q1", "q3", "q5"]
    assert all(p.kind == "cloze" for p in select_prompts(sample_set(), PlayOptions(kind="cloze")))


def test_due_keeps_new_and_overdue_prompts_only() -> None:
    due_times = {
        ("q1", ""): NOW - timedelta(minutes=1),   # overdue
        ("q3", ""): NOW + timedelta(days=3),      # not yet
        ("q4", "c2"): NOW + timedelta(hours=1),   # not yet
    }
    prompts = select_prompts(sample_set(), PlayOptions(due_only=True), due_times, NOW)
    assert ids(prompts) == ["q1", "q2c1", "q4c1", "q5", "q6c1"]


def make_session(tmp_path: Path, clock: FakeClock, **options: object) -> Session:
    store = ProgressStore(tmp_path / "progress.sqlite3")
    return start_session(sample_set(), PlayOptions(**options), store,  # type: ignore[arg-type]
                         clock=clock, now=lambda: NOW)


def test_score_counts_right_answers_and_missed_lists_the_rest(tmp_path: Path) -> None:
    clock = FakeClock()
    session = make_session(tmp_path, clock, limit=4)
    assert session.answer_choice(1).correct          # q1: The Vesna
    session.advance()
    assert session.answer_text("Marta").grade.verdict is Verdict.ALMOST
    session.advance()
    assert not session.answer_choice(2).correct      # q3: nine
    session.advance()
    assert session.answer_text("1887").correct
    assert session.advance() is None
    assert session.is_over
    assert session.score == 2
    assert [r.prompt.question.id for r in session.missed()] == ["q2", "q3"]


def test_retry_missed_asks_only_the_missed_prompts(tmp_path: Path) -> None:
    session = make_session(tmp_path, FakeClock(), limit=3)
    session.answer_choice(0)
    session.advance()
    session.answer_text("Marta Ilves")
    session.advance()
    session.answer_choice(3)
    session.advance()
    retry = session.retry_missed()
    assert ids(retry.prompts) == ["q1", "q3"]
    assert retry.results == []
    assert retry.session_id != session.session_id


def test_override_turns_a_wrong_answer_right(tmp_path: Path) -> None:
    session = make_session(tmp_path, FakeClock(), limit=2)
    session.answer_choice(1)
    session.advance()
    session.answer_text("Ilves")
    result = session.override()
    assert result.correct and result.overridden
    assert session.score == 2
    with pytest.raises(ValueError):
        session.override()


def test_elapsed_time_runs_from_start_to_the_last_answer(tmp_path: Path) -> None:
    clock = FakeClock()
    session = make_session(tmp_path, clock, limit=1)
    clock.seconds += 42
    result = session.answer_choice(1)
    assert result.seconds == 42
    session.advance()
    clock.seconds += 1000
    assert session.elapsed == 42


def test_hint_marks_the_prompt_and_gives_first_letters(tmp_path: Path) -> None:
    session = make_session(tmp_path, FakeClock(), kind="cloze", limit=1)
    assert session.show_hint().startswith("M… I…")
    assert session.answer_text("Marta Ilves").hinted


def test_answering_twice_or_after_the_end_is_refused(tmp_path: Path) -> None:
    session = make_session(tmp_path, FakeClock(), limit=1)
    session.answer_choice(0)
    with pytest.raises(ValueError):
        session.answer_choice(1)
    session.advance()
    with pytest.raises(ValueError):
        session.answer_text("x")
