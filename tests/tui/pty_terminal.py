"""Run a command in a real pseudo-terminal (80x24) and read its screen output as plain text."""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import termios
import time
from collections.abc import Mapping, Sequence

ANSI = re.compile(r"\x1b\[[0-9;?<>]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]")


class Terminal:
    """A process attached to an 80x24 pty; `wait_for` reads until some text has been drawn."""

    def __init__(self, argv: Sequence[str], env: Mapping[str, str] | None = None) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        full_env = {**os.environ, **(env or {}), "TERM": "xterm-256color"}
        self.process = subprocess.Popen(
            list(argv), stdin=slave, stdout=slave, stderr=slave, env=full_env,
            start_new_session=True,
        )
        os.close(slave)
        self.seen = ""

    def wait_for(self, text: str, timeout: float = 30.0) -> None:
        """Read output until `text` appears; raise AssertionError on timeout or exit."""
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or (not self._read(min(remaining, 0.5)) and self.exited):
                raise AssertionError(f"never saw {text!r}; last output: {self.seen[-400:]!r}")

    def forget(self) -> None:
        """Drop what was read so far, so the next `wait_for` only sees new output."""
        self.seen = ""

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def quit_and_confirm(self, question: str = "Quit") -> int:
        """Press q, answer the quit dialog (whose text holds `question`) with y, and return
        the exit status."""
        self.type("q")
        self.wait_for(question)
        self.type("y")
        return self.wait_exit()

    @property
    def exited(self) -> bool:
        return self.process.poll() is not None

    def wait_exit(self, timeout: float = 30.0) -> int:
        """Drain the output until the process ends; return its exit code."""
        deadline = time.monotonic() + timeout
        while not self.exited and time.monotonic() < deadline:
            self._read(0.2)
        return self.process.wait(timeout=max(0.1, deadline - time.monotonic()))

    def kill(self) -> None:
        """SIGKILL the process group (no chance to clean up) and close the terminal."""
        if not self.exited:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        os.close(self.master)

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # the other side closed: the process has exited
            return False
        self.seen += ANSI.sub("", chunk.decode("utf-8", "replace"))
        return bool(chunk)
