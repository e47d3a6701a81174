"""`quizgen stats` as a user runs it: a real progress file, a real subprocess, 80 columns."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizgen.quiz.decks import deck_entries
from quizgen.quiz.sample import sample_set
from quizgen.quiz.store import CardKey, ProgressStore

LONG_TITLE = "Ministers From Nine Harbour Towns Meet In Vell, Discuss Ferries And Go Sailing"


def run_stats(data: Path, columns: int = 80) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QUIZGEN_DATA_DIR": str(data), "COLUMNS": str(columns)}
    return subprocess.run([sys.executable, "-m", "quizgen", "stats"], capture_output=True,
                          text=True, timeout=120, env=env)


def answer(store: ProgressStore, key: CardKey, title: str, when: datetime, times: int) -> None:
    session = store.start_session(key.set_id, title, when)
    for _ in range(times):
        store.record_answer(session, key, given="x", verdict="right", correct=True,
                            seconds=2, hinted=False, now=when)


def test_stats_fit_80_columns_with_every_number_column(tmp_path: Path) -> None:
    when = datetime.now(UTC) - timedelta(days=3)
    with ProgressStore(tmp_path / "progress.sqlite3") as store:
        for number in range(12):
            answer(store, CardKey("ferries", f"q{number}"), LONG_TITLE, when, 12)
        for number in range(3):
            store.flag("ferries", f"q{number}", when, "two right options")
    result = run_stats(tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines), result.stdout
    assert re.search(r"Deck +Answers +Right +Seen +Due +Last +Played +Flags$", result.stdout,
                     re.MULTILINE)
    # The row: 144 answers, all right, 12 seen, (due), last 12/12, played, and 3 flags.
    row = next(line for line in lines if line.startswith("Ministers")).split()[-7:]
    played = when.astimezone().strftime("%Y-%m-%d")
    assert row[:3] + row[4:] == ["144", "100%", "12", "12/12", played, "3"]
    words = result.stdout.split()
    assert all(word in words for word in LONG_TITLE.split())  # the title wraps, losing nothing


def test_stats_and_the_picker_count_the_same_cards_as_due(tmp_path: Path) -> None:
    question_set = sample_set()
    long_ago = datetime.now(UTC) - timedelta(days=400)
    with ProgressStore(tmp_path / "progress.sqlite3") as store:
        answer(store, CardKey(question_set.id, "q1"), question_set.title, long_ago, 1)
        answer(store, CardKey(question_set.id, "q3"), question_set.title, long_ago, 1)
        [entry] = deck_entries([tmp_path / "harbour.yaml"], lambda _path: question_set, store,
                               datetime.now(UTC))
    # Two answered questions are due again; the five cards never answered are new, not due.
    assert (entry.due, entry.new) == (2, 5)
    row = next(line for line in run_stats(tmp_path).stdout.splitlines()
               if line.startswith(question_set.title))
    seen, due = row.split()[-5:-3]
    assert (seen, due) == ("2", "2")
