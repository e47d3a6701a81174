"""`quizgen play` as a user runs it: what it refuses, and where it reads its decks from."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizgen.quiz.sample import sample_set
from quizgen.quiz.store import CardKey, ProgressStore
from quizgen.sets import dump_set
from tests.tui.pty_terminal import Terminal

QUIZGEN = [sys.executable, "-m", "quizgen"]


@pytest.fixture
def user_env(tmp_path: Path) -> dict[str, str]:
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    return {
        "QUIZGEN_BUNDLED_DECKS": str(bundled),
        "QUIZGEN_DATA_DIR": str(tmp_path / "data"),
        "QUIZGEN_CACHE_DIR": str(tmp_path / "cache"),
    }


def run_play(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    # Standard input is no terminal, as in a pipe or a CI job.
    return subprocess.run([*QUIZGEN, "play", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **env}, stdin=subprocess.DEVNULL)


def write_deck(path: Path, title: str) -> Path:
    path.write_text(dump_set(dataclasses.replace(sample_set(), title=title)), encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "text"), [("empty.txt", ""), ("broken.yaml", "title: [\n")])
def test_a_play_that_fails_on_its_input_creates_no_progress_file(
    user_env: dict[str, str], tmp_path: Path, name: str, text: str
) -> None:
    (tmp_path / name).write_text(text)
    result = run_play(user_env, str(tmp_path / name))
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("quizgen: error: ")
    assert not Path(user_env["QUIZGEN_DATA_DIR"]).exists()


def test_a_set_without_questions_is_an_error_and_creates_no_progress_file(
    user_env: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "empty.yaml").write_text("id: empty\ntitle: Empty\nquestions: []\n")
    result = run_play(user_env, str(tmp_path / "empty.yaml"))
    assert result.returncode == 1
    assert result.stderr == f"quizgen: error: {tmp_path / 'empty.yaml'} has no questions to play\n"
    assert not Path(user_env["QUIZGEN_DATA_DIR"]).exists()


def test_play_without_a_terminal_says_so_instead_of_waiting_for_keys(
    user_env: dict[str, str], tmp_path: Path
) -> None:
    deck = write_deck(tmp_path / "harbour.yaml", "Harbour")
    result = run_play(user_env, str(deck))
    assert result.returncode == 1
    assert result.stderr == (
        "quizgen: error: play needs a terminal: its input or output is not one\n"
    )
    assert result.stdout == ""
    assert not Path(user_env["QUIZGEN_DATA_DIR"]).exists()


def test_a_folder_without_sets_is_named_a_folder_with_what_to_give(
    user_env: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "notes.txt").write_text("The ferry leaves at nine.\n")
    result = run_play(user_env, str(folder))
    assert result.returncode == 1
    assert result.stderr == (
        f"quizgen: error: {folder} is a folder with no question sets (.yaml) in it: give a set"
        " file, a folder of sets, or an article file (.txt, .md, .html)\n"
    )
    assert not Path(user_env["QUIZGEN_DATA_DIR"]).exists()


def test_play_has_the_article_reading_options(user_env: dict[str, str], tmp_path: Path) -> None:
    assert "--format {txt,md,html}" in run_play(user_env, "--help").stdout
    article = tmp_path / "ferry.txt"
    article.write_text("The ferry to Vell leaves at nine every morning.\n" * 20)
    result = run_play(user_env, str(article), "--max-size", "100")
    assert result.returncode == 1
    assert "is larger than the 100 bytes limit;" in result.stderr


@pytest.mark.slow
def test_a_folder_of_sets_is_offered_in_the_picker_and_a_shared_id_is_refused(
    user_env: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    write_deck(folder / "a-harbour.yaml", "The Old Harbour")
    write_deck(folder / "b-copy.yaml", "A Copy With The Same Id")
    terminal = Terminal([*QUIZGEN, "play", str(folder)], env=user_env)
    try:
        terminal.wait_for("The Old Harbour")
        terminal.wait_for("A Copy With The Same Id")
        terminal.type("\x1b[B")  # down to the copy: its error shows below the list
        terminal.wait_for("has the set id 'harbour-demo'")
        assert terminal.quit_and_confirm() == 0
    finally:
        terminal.kill()


@pytest.mark.slow
def test_playing_a_set_whose_id_holds_another_titles_progress_warns(
    user_env: dict[str, str], tmp_path: Path
) -> None:
    data = Path(user_env["QUIZGEN_DATA_DIR"])
    data.mkdir()
    with ProgressStore(data / "progress.sqlite3") as store:
        session = store.start_session("harbour-demo", "The Old Harbour", datetime.now(UTC))
        store.record_answer(session, CardKey("harbour-demo", "q1"), given="x", verdict="wrong",
                            correct=False, seconds=2, hinted=False, now=datetime.now(UTC))
    deck = write_deck(tmp_path / "copy.yaml", "Another Harbour")
    terminal = Terminal([*QUIZGEN, "play", str(deck)], env=user_env)
    try:
        terminal.wait_for("quizgen: warning: the progress of set id 'harbour-demo' was played")
        terminal.wait_for("Which river")
        assert terminal.quit_and_confirm() == 0
    finally:
        terminal.kill()
