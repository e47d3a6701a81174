"""The progress store on a real SQLite file: answers, due times, flags, reopening, two writers."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizgen.errors import QuizgenError
from quizgen.quiz.store import SCHEMA_VERSION, CardKey, ProgressStore, flagged_questions

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
KEY = CardKey("deck", "q1", "")


def answer(store: ProgressStore, session: int, correct: bool, *, key: CardKey = KEY,
           seconds: float = 3.0, hinted: bool = False, now: datetime = NOW):  # type: ignore[no-untyped-def]
    return store.record_answer(session, key, given="x", verdict="right" if correct else "wrong",
                               correct=correct, seconds=seconds, hinted=hinted, now=now)


def test_file_is_in_wal_mode_with_a_schema_version(tmp_path: Path) -> None:
    with ProgressStore(tmp_path / "p.sqlite3") as store:
        assert store.journal_mode == "wal"
        assert store.schema_version == SCHEMA_VERSION


def test_answers_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    with ProgressStore(path) as store:
        session = store.start_session("deck", "Deck", NOW)
        answer(store, session, True)
        answer(store, session, False, key=CardKey("deck", "q2", "c1"))
    with ProgressStore(path) as store:
        rows = store.answers("deck")
        assert [(r.key.question_id, r.key.card, r.correct) for r in rows] == [
            ("q1", "", True), ("q2", "c1", False)]
        assert store.last_score("deck") == (1, 2)


def test_answer_is_committed_before_record_answer_returns(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    store = ProgressStore(path)
    answer(store, store.start_session("deck", "Deck", NOW), True)
    # A second, independent connection sees it without the first closing or committing.
    other = sqlite3.connect(path)
    assert other.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 1
    other.close()
    store.close()


def test_ratings_follow_correctness_speed_and_hints(tmp_path: Path) -> None:
    with ProgressStore(tmp_path / "p.sqlite3") as store:
        session = store.start_session("deck", "Deck", NOW)
        assert answer(store, session, True, key=CardKey("d", "good")).rating == 3
        assert answer(store, session, False, key=CardKey("d", "again")).rating == 1
        assert answer(store, session, True, key=CardKey("d", "slow"), seconds=40).rating == 2
        assert answer(store, session, True, key=CardKey("d", "hint"), hinted=True).rating == 2


def test_right_answer_schedules_later_than_wrong_answer(tmp_path: Path) -> None:
    with ProgressStore(tmp_path / "p.sqlite3") as store:
        session = store.start_session("deck", "Deck", NOW)
        right = answer(store, session, True, key=CardKey("deck", "a"))
        wrong = answer(store, session, False, key=CardKey("deck", "b"))
        assert NOW < wrong.due_at < right.due_at
        due = store.due_times("deck")
        assert due[("a", "")] == right.due_at
        assert due[("b", "")] == wrong.due_at


def test_repeated_right_answers_push_the_card_further_out(tmp_path: Path) -> None:
    with ProgressStore(tmp_path / "p.sqlite3") as store:
        session = store.start_session("deck", "Deck", NOW)
        moment = NOW
        intervals = []
        for _ in range(4):
            saved = answer(store, session, True, now=moment)
            intervals.append(saved.due_at - moment)
            moment = saved.due_at
        assert intervals == sorted(intervals)
        assert intervals[-1] > timedelta(days=1)


def test_override_rates_the_answer_from_the_card_state_before_it(tmp_path: Path) -> None:
    with ProgressStore(tmp_path / "p.sqlite3") as store:
        session = store.start_session("deck", "Deck", NOW)
        wrong = answer(store, session, False)
        overridden = store.override_answer(wrong.answer_id, NOW)
        assert overridden.rating == 3
        assert overridden.due_at > wrong.due_at
        row = store.answers()[0]
        assert row.correct and row.overridden
        assert store.last_score("deck") == (1, 1)
        assert store.due_times("deck")[("q1", "")] == overridden.due_at


def test_flags_are_listed_per_set_and_flagging_twice_keeps_one(tmp_path: Path) -> None:
    with ProgressStore(tmp_path / "p.sqlite3") as store:
        store.flag("deck", "q2", NOW, "wrong answer")
        store.flag("deck", "q2", NOW, "still wrong")
        store.flag("other", "q9", NOW)
        assert [(f.set_id, f.question_id, f.reason) for f in store.flagged()] == [
            ("deck", "q2", "still wrong"), ("other", "q9", "")]
        assert [f.question_id for f in store.flagged("other")] == ["q9"]
        store.unflag("deck", "q2")
        assert store.flagged("deck") == []


def test_deck_figures_count_answers_seen_and_due(tmp_path: Path) -> None:
    with ProgressStore(tmp_path / "p.sqlite3") as store:
        session = store.start_session("deck", "My Deck", NOW)
        answer(store, session, True, key=CardKey("deck", "a"))
        answer(store, session, False, key=CardKey("deck", "b"))
        store.flag("deck", "a", NOW)
        [figures] = store.deck_figures(NOW + timedelta(minutes=5))
        assert (figures.title, figures.answers, figures.correct, figures.cards_seen) == (
            "My Deck", 2, 1, 2)
        assert figures.due_now == 1          # Again: due in 1 min; Good: in 10 min
        assert figures.flagged == 1
        assert figures.last_score == (1, 2)


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(QuizgenError, match="progress file"):
        ProgressStore(path)


def test_a_file_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(QuizgenError, match="newer"):
        ProgressStore(path)


WRITER = """
import sys
from datetime import UTC, datetime
from quizgen.quiz.store import CardKey, ProgressStore
store = ProgressStore(sys.argv[1])
session = store.start_session("deck", "Deck", datetime.now(UTC))
for n in range(60):
    store.record_answer(session, CardKey("deck", f"{sys.argv[2]}-{n}"), given="x", verdict="right",
                        correct=True, seconds=1.0, hinted=False, now=datetime.now(UTC))
"""


def test_two_processes_writing_at_once_lose_no_answer(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    ProgressStore(path).close()
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name])
               for name in ("one", "two")]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    with ProgressStore(path) as store:
        assert len(store.answers()) == 120
        assert len(store.due_times("deck")) == 120


def test_flagged_questions_reads_flags_without_creating_a_file(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    assert flagged_questions(path) == []
    assert not path.exists()
    with ProgressStore(path) as store:
        store.flag("deck", "q7", NOW, "answer is wrong")
    assert [(f.question_id, f.reason) for f in flagged_questions(path, "deck")] == [
        ("q7", "answer is wrong")]
    assert flagged_questions(path, "other") == []
