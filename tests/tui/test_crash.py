"""Killing the app mid-session (SIGKILL, in a real terminal) loses no answer shown on screen."""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from quizgen.quiz.store import ProgressStore

PLAYER = """
import sys
from quizgen.quiz.sample import sample_set
from quizgen.quiz.session import PlayOptions, start_session
from quizgen.quiz.store import ProgressStore
from quizgen.tui.app import QuizApp
store = ProgressStore(sys.argv[1])
QuizApp(start_session(sample_set(), PlayOptions(), store), store).run()
"""

# What to type for each prompt of the sample set, in file order.
ANSWERS = ["2", "Marta Ilves\r", "1", "1887\r", "marble\r", "4", "40%\r"]
ANSI = re.compile(r"\x1b\[[0-9;?<>]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]")


class Terminal:
    """The app running in a pseudo-terminal of 80x24, read as plain text."""

    def __init__(self, store_path: Path) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
        self.process = subprocess.Popen(
            [sys.executable, "-c", PLAYER, str(store_path)],
            stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
        )
        os.close(slave)
        self.seen = ""

    def wait_for(self, text: str, timeout: float = 30.0) -> None:
        """Read the screen output until `text` appears (a hang fails, it never passes)."""
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self.process.poll() is not None:
                raise AssertionError(f"never saw {text!r}; last output: {self.seen[-400:]!r}")
            ready, _, _ = select.select([self.master], [], [], min(remaining, 0.5))
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    chunk = b""
                self.seen += ANSI.sub("", chunk.decode("utf-8", "replace"))

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        os.close(self.master)


@pytest.mark.slow
@pytest.mark.parametrize("answers_before_kill", [1, 4, 6])
def test_sigkill_mid_session_keeps_every_answer_shown(tmp_path: Path,
                                                       answers_before_kill: int) -> None:
    store_path = tmp_path / "progress.sqlite3"
    terminal = Terminal(store_path)
    try:
        terminal.wait_for("Which river")
        for number, keys in enumerate(ANSWERS[:answers_before_kill], start=1):
            terminal.type(keys)
            # The status strip shows "Score right/answered" only after the answer is handled.
            terminal.wait_for(f"/{number} ")
            terminal.seen = terminal.seen[-200:]
            if number < answers_before_kill:
                terminal.type("\r")
                terminal.wait_for(f"{number + 1}/7")
    finally:
        terminal.kill()
    assert terminal.process.returncode == -signal.SIGKILL
    with ProgressStore(store_path) as store:
        given = [row.given for row in store.answers()]
    typed = [keys.rstrip("\r") for keys in ANSWERS[:answers_before_kill]]
    choices = {"2": "The Vesna", "1": "seven", "4": "timber"}
    assert given == [choices.get(keys, keys) for keys in typed]
