"""Two processes at once: players sharing one progress file, and builders of the NLTK data cache.

No answer is lost, no "database is locked" crash, and the data cache comes out whole.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizgen.quiz.sample import sample_set
from quizgen.quiz.store import ProgressStore
from quizgen.sets import write_set
from tests.reliability.data_folders import data_files, staging_folders, with_empty_cache
from tests.reliability.kill_points import start_workers
from tests.reliability.quizgen_process import assert_succeeded, start_quizgen
from tests.tui.pty_terminal import Terminal

ANSWERS_EACH = 150
HANG_GUARD_SECONDS = 240


def acks(stdout: bytes) -> dict[int, str]:
    found = {}
    for line in stdout.decode().splitlines():
        if line.startswith("ack "):
            _, answer_id, given = line.split(" ", 2)
            found[int(answer_id)] = json.loads(given)
    return found


@pytest.mark.slow
def test_two_players_answering_at_once_lose_no_answer_and_no_review(
    child_env: dict[str, str], tmp_path: Path
) -> None:
    db = tmp_path / "progress.sqlite3"
    players = start_workers([["answer", str(db), tag, str(ANSWERS_EACH)] for tag in ("p1", "p2")],
                            child_env, tmp_path)
    acked: dict[int, str] = {}
    for player in players:
        out, err = player.communicate(timeout=HANG_GUARD_SECONDS)
        assert player.returncode == 0, err.decode()
        assert b"locked" not in err and b"Traceback" not in err, err.decode()
        mine = acks(out)
        assert len(mine) == ANSWERS_EACH
        acked |= mine
    assert len(acked) == 2 * ANSWERS_EACH  # answer ids are unique across both players
    with ProgressStore(db) as store:
        stored = {row.answer_id: row.given for row in store.answers()}
    assert stored == acked
    with sqlite3.connect(db) as connection:
        # Each card's review count matches its answers: no FSRS update overwrote another's.
        mismatched = connection.execute(
            "SELECT c.question_id, c.card, c.reviews, COUNT(a.id) FROM cards c"
            " JOIN answers a USING (set_id, question_id, card)"
            " GROUP BY c.set_id, c.question_id, c.card HAVING c.reviews != COUNT(a.id)"
        ).fetchall()
        assert mismatched == []
        answered = connection.execute("SELECT SUM(answered) FROM sessions").fetchone()[0]
        assert answered == 2 * ANSWERS_EACH


# For each prompt of the sample set, in order: the keys to answer it.
PLAY_KEYS = ["2", "Marta Ilves\r", "1", "1887\r", "granite\r", "4", "40%\r"]


@pytest.mark.slow
def test_two_quizgen_play_processes_on_one_progress_file_keep_both_sessions(
    child_env: dict[str, str], tmp_path: Path
) -> None:
    deck = tmp_path / "harbour.yaml"
    write_set(deck, sample_set())
    env = {**child_env, "QUIZGEN_DATA_DIR": str(tmp_path / "data")}
    command = [sys.executable, "-m", "quizgen", "play", str(deck)]
    players = [Terminal(command, env=env), Terminal(command, env=env)]
    try:
        for player in players:
            player.wait_for("Which river")
        # In lockstep, so both hold the file open and write between each other's answers.
        for number, keys in enumerate(PLAY_KEYS, start=1):
            for player in players:
                player.forget()
                player.type(keys)
            for player in players:
                player.wait_for("Next")  # offered once the answer is saved and shown
                player.forget()
                player.type("\r")
            for player in players:
                player.wait_for(f"{number + 1}/{len(PLAY_KEYS)}" if number < len(PLAY_KEYS)
                                else "Finished")
    finally:
        for player in players:
            player.kill()
    with ProgressStore(tmp_path / "data" / "progress.sqlite3") as store:
        given = [row.given for row in store.answers()]
        figures = store.deck_figures(datetime.now(UTC))
    assert sorted(given) == sorted(["The Vesna", "Marta Ilves", "seven", "1887", "granite",
                                    "timber", "40%"] * 2)
    (deck_figures,) = figures
    assert deck_figures.sessions == 2 and deck_figures.answers == 2 * len(PLAY_KEYS)


@pytest.mark.slow
def test_two_generate_runs_building_the_nltk_data_at_once_both_succeed_with_whole_data(
    child_env: dict[str, str], tmp_path: Path, news_article: Path
) -> None:
    racing = with_empty_cache(child_env, tmp_path / "racing-cache")
    # Both also write the same set file: each write is atomic, so it ends up whole.
    out = tmp_path / "news.yaml"
    runs = [start_quizgen(["generate", str(news_article), "-o", str(out)], env=racing,
                          cwd=tmp_path) for _ in range(2)]
    for run in runs:
        assert_succeeded(run.finish())
    # A third run on a cache built by one process alone gives the same set and data.
    alone = with_empty_cache(child_env, tmp_path / "alone-cache")
    reference = start_quizgen(["generate", str(news_article)], env=alone, cwd=tmp_path).finish()
    assert_succeeded(reference)
    assert out.read_text(encoding="utf-8") == reference.stdout
    raced_data = tmp_path / "racing-cache" / "nltk_data"
    assert data_files(raced_data) == data_files(tmp_path / "alone-cache" / "nltk_data")
    assert staging_folders(raced_data) == set()
    assert os.listdir(raced_data)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".news")) == []
