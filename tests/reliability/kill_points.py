"""Start worker children through a zygote and SIGKILL them at chosen moments (see crash_workers)."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

WORKERS = Path(__file__).with_name("crash_workers.py")
# A hang guard, not a speed test: no child line for this long means something is stuck.
QUIET_LIMIT_SECONDS = 120.0


@dataclass(frozen=True)
class Killed:
    """What a killed child printed before it died, and how it ended."""

    lines: tuple[str, ...]
    exit_code: int

    def values(self, kind: str) -> list[str]:
        """Return the rest of each line that starts with `kind` ("ack", "begin", "done")."""
        return [line.split(" ", 1)[1] for line in self.lines if line.startswith(kind + " ")]


class LineReader:
    """Read whole lines from a pipe without blocking past a deadline."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._pending = b""

    def next_line(self, deadline: float) -> str | None:
        """Return the next line, or None if none came before `deadline` (time.monotonic)."""
        while b"\n" not in self._pending:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if ready:
                chunk = os.read(self.fd, 65536)
                if not chunk:
                    raise AssertionError("the worker zygote died")
                self._pending += chunk
        line, self._pending = self._pending.split(b"\n", 1)
        return line.decode("utf-8")


class Zygote:
    """A worker process that forks a child per request; the test kills the children."""

    def __init__(self, env: Mapping[str, str], cwd: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WORKERS), "zygote"], env=dict(env), cwd=cwd,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self._stdin = self.process.stdin
        self._reader = LineReader(self.process.stdout.fileno())

    def run_and_kill(self, role: str, *args: str, after: float = QUIET_LIMIT_SECONDS,
                     when: Callable[[], bool] | None = None) -> Killed:
        """Run a role in a fresh child and SIGKILL it `after` seconds after it started,
        or as soon as `when()` is true (polled about every millisecond), if sooner."""
        self._stdin.write((json.dumps([role, *args]) + "\n").encode())
        self._stdin.flush()
        first = self._line()
        assert first.startswith("started "), first
        pid = int(first.split()[1])
        lines: list[str] = []
        kill_at = time.monotonic() + after
        while time.monotonic() < kill_at and not (when and when()):
            step = min(kill_at, time.monotonic() + (0.001 if when else after))
            while (line := self._reader.next_line(step)) is not None:
                lines.append(self._check(line))
        os.kill(pid, signal.SIGKILL)
        while not (line := self._line()).startswith(f"exited {pid} "):
            lines.append(self._check(line))
        return Killed(tuple(lines), int(line.split()[2]))

    def close(self) -> None:
        self._stdin.close()
        self.process.wait(timeout=QUIET_LIMIT_SECONDS)

    def _line(self) -> str:
        line = self._reader.next_line(time.monotonic() + QUIET_LIMIT_SECONDS)
        if line is None:
            raise AssertionError(f"hung: no word from the worker for {QUIET_LIMIT_SECONDS:.0f} s")
        return line

    @staticmethod
    def _check(line: str) -> str:
        assert not line.startswith("error "), line
        return line


def start_workers(role_args: list[list[str]], env: Mapping[str, str],
                  cwd: Path) -> list[subprocess.Popen[bytes]]:
    """Start one plain (not forked) worker process per argument list, all at once."""
    return [
        subprocess.Popen([sys.executable, str(WORKERS), *args], env=dict(env), cwd=cwd,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for args in role_args
    ]
