"""Killing the app mid-session (SIGKILL, in a real terminal) loses no answer shown on screen."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

from quizgen.quiz.store import ProgressStore
from tests.tui.pty_terminal import Terminal

PLAYER = """
import sys
from quizgen.quiz.sample import sample_set
from quizgen.quiz.session import PlayOptions, start_session
from quizgen.quiz.store import ProgressStore
from quizgen.tui.app import QuizApp
store = ProgressStore(sys.argv[1])
QuizApp(start_session(sample_set(), PlayOptions(), store), store).run()
"""

# What to type for each prompt of the sample set, in file order, and what the store keeps.
ANSWERS = ["2", "Marta Ilves\r", "1", "1887\r", "marble\r", "4", "40%\r"]
STORED = ["The Vesna", "Marta Ilves", "seven", "1887", "marble", "timber", "40%"]


@pytest.mark.slow
@pytest.mark.parametrize("answers_before_kill", [1, 4, 6])
def test_sigkill_mid_session_keeps_every_answer_shown(tmp_path: Path,
                                                       answers_before_kill: int) -> None:
    store_path = tmp_path / "progress.sqlite3"
    terminal = Terminal([sys.executable, "-c", PLAYER, str(store_path)])
    try:
        terminal.wait_for("Which river")
        for number, keys in enumerate(ANSWERS[:answers_before_kill], start=1):
            terminal.forget()
            terminal.type(keys)
            # The status strip shows "Score right/answered" only once the answer is handled.
            terminal.wait_for(f"/{number} ")
            if number < answers_before_kill:
                terminal.type("\r")
                terminal.wait_for(f"{number + 1}/7")
    finally:
        terminal.kill()
    assert terminal.process.returncode == -signal.SIGKILL
    with ProgressStore(store_path) as store:
        assert [row.given for row in store.answers()] == STORED[:answers_before_kill]
