"""The article options commands share, as a user meets them: reading "-" from a terminal."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.tui.pty_terminal import Terminal

PROMPT = "quizgen: reading the article from standard input: type or paste it, then press Ctrl-D"


@pytest.mark.parametrize("command", ["nlp", "generate"])
def test_reading_standard_input_from_a_terminal_says_how_to_end_it(command: str) -> None:
    terminal = Terminal([sys.executable, "-m", "quizgen", command, "-"])
    try:
        terminal.wait_for(PROMPT)
        terminal.type("The ferry to Vell leaves at nine every morning.\n\x04")
        terminal.wait_for("ferry")
        assert terminal.wait_exit(timeout=120) == 0
    finally:
        terminal.kill()


def test_reading_standard_input_from_a_pipe_says_nothing() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "nlp", "-"], capture_output=True, text=True,
        input="The ferry to Vell leaves at nine every morning.\n", timeout=120,
    )
    assert result.returncode == 0
    assert result.stderr == ""
