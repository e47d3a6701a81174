"""`quizgen play` and `quizgen stats` as a user runs them, in a real 80x24 terminal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.quiz.sample import sample_set
from quizgen.quiz.store import ProgressStore
from quizgen.sets import dump_set
from tests.tui.pty_terminal import Terminal

QUIZGEN = [sys.executable, "-m", "quizgen"]


@pytest.fixture
def user_env(tmp_path: Path) -> dict[str, str]:
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    (bundled / "harbour.yaml").write_text(dump_set(sample_set()), encoding="utf-8")
    (bundled / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    return {
        "QUIZGEN_BUNDLED_DECKS": str(bundled),
        "QUIZGEN_DATA_DIR": str(tmp_path / "data"),
        "QUIZGEN_CACHE_DIR": str(tmp_path / "cache"),
    }


def run_quizgen(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run([*QUIZGEN, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **env})


@pytest.mark.slow
def test_play_without_arguments_lists_bundled_decks_and_broken_ones(
    user_env: dict[str, str],
) -> None:
    terminal = Terminal([*QUIZGEN, "play"], env=user_env)
    try:
        terminal.wait_for("The Old Harbour")
        terminal.wait_for("broken.yaml")
        assert terminal.quit_and_confirm("Quit quizgen?") == 0
    finally:
        terminal.kill()


@pytest.mark.slow
def test_play_a_deck_through_with_keys_then_nothing_is_due(
    user_env: dict[str, str], tmp_path: Path
) -> None:
    deck = str(Path(user_env["QUIZGEN_BUNDLED_DECKS"]) / "harbour.yaml")
    terminal = Terminal([*QUIZGEN, "play", deck, "--type", "mcq"], env=user_env)
    try:
        terminal.wait_for("Which river")
        for keys, next_text in (("b", "piers"), ("a", "export"), ("d", "Finished")):
            terminal.type(keys)
            terminal.wait_for("Next")
            terminal.forget()
            terminal.type("\r")
            terminal.wait_for(next_text)
        terminal.wait_for("Score 3/3 (100%)")
        terminal.type("\x1b")                   # Escape: no deck picker behind, so quit
        terminal.wait_for("Quit quizgen?")
        terminal.type("y")
        assert terminal.wait_exit() == 0
    finally:
        terminal.kill()
    again = run_quizgen(user_env, "play", deck, "--type", "mcq", "--due")
    assert again.returncode == 0
    assert "nothing is due" in again.stdout
    with ProgressStore(Path(user_env["QUIZGEN_DATA_DIR"]) / "progress.sqlite3") as store:
        assert [r.given for r in store.answers()] == ["The Vesna", "seven", "timber"]
    stats = run_quizgen(user_env, "stats")
    assert stats.returncode == 0
    assert "The Old Harbour" in stats.stdout
    assert "3/3" in stats.stdout


def test_playing_a_missing_file_is_a_one_line_error(user_env: dict[str, str]) -> None:
    result = run_quizgen(user_env, "play", "no-such-deck.yaml")
    assert result.returncode == 1
    assert result.stderr.strip() == "quizgen: error: no-such-deck.yaml: no such file"


def test_playing_a_broken_deck_is_a_one_line_error(user_env: dict[str, str]) -> None:
    deck = str(Path(user_env["QUIZGEN_BUNDLED_DECKS"]) / "broken.yaml")
    result = run_quizgen(user_env, "play", deck)
    assert result.returncode == 1
    assert result.stderr.startswith("quizgen: error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_stats_without_progress_says_so(user_env: dict[str, str]) -> None:
    result = run_quizgen(user_env, "stats")
    assert result.returncode == 0
    assert "No progress yet" in result.stdout
