"""Run `python -m quizgen ...` as a real child process: its output, exit code and peak memory.

Each run has a hang guard: a child still running after `timeout` seconds is
killed and the test fails, saying it hung. The guard is generous because the
machine is shared; it catches hangs, it does not measure speed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

HANG_GUARD_SECONDS = 240.0
ERROR_PREFIX = "quizgen: error: "


@dataclass(frozen=True)
class Finished:
    """A child that ended: exit code, raw output, and its peak resident memory in bytes."""

    argv: tuple[str, ...]
    code: int
    stdout_bytes: bytes
    stderr_bytes: bytes
    peak_rss: int

    @property
    def stdout(self) -> str:
        return self.stdout_bytes.decode("utf-8", "replace")

    @property
    def stderr(self) -> str:
        return self.stderr_bytes.decode("utf-8", "replace")

    def describe(self) -> str:
        """Return what happened, for assertion messages."""
        return (f"{' '.join(self.argv[2:])!r} exited {self.code}\n"
                f"stderr: {self.stderr[-2000:]!r}\nstdout: {self.stdout[:500]!r}")


class Running:
    """A started child; `finish()` waits for it (within the hang guard) and returns Finished."""

    def __init__(self, argv: Sequence[str], *, env: Mapping[str, str], cwd: Path,
                 stdin: bytes | None = None, timeout: float = HANG_GUARD_SECONDS) -> None:
        self.argv = tuple(argv)
        self.timeout = timeout
        # Files, not pipes: a child printing megabytes must not block on a full pipe.
        self._out = tempfile.TemporaryFile()  # noqa: SIM115 - closed in finish()
        self._err = tempfile.TemporaryFile()  # noqa: SIM115 - closed in finish()
        stdin_file = None
        if stdin is not None:
            stdin_file = tempfile.TemporaryFile()  # noqa: SIM115 - closed once the child has it
            stdin_file.write(stdin)
            stdin_file.seek(0)
        self.started = time.monotonic()
        # The command runs as a grandchild under measured_child.py, which reports its own
        # peak RSS: a direct child would inherit the test process's high-water mark.
        self._rusage = Path(tempfile.mkstemp(prefix="quizgen-rusage-")[1])
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("measured_child.py")), *self.argv],
            env={**env, "QUIZGEN_TEST_RUSAGE_FILE": str(self._rusage)}, cwd=cwd,
            stdout=self._out, stderr=self._err,
            stdin=stdin_file if stdin_file is not None else subprocess.DEVNULL,
        )
        if stdin_file is not None:
            stdin_file.close()

    @property
    def exited(self) -> bool:
        """Return True once the child has ended (it stays waitable for `finish`)."""
        found = os.waitid(os.P_PID, self.process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        return found is not None

    def kill(self) -> None:
        """SIGKILL the child (collect it with `finish`)."""
        self.process.send_signal(signal.SIGKILL)

    def finish(self) -> Finished:
        """Wait for the child and return how it ended; fail the test if it hangs."""
        pid = self.process.pid
        while True:
            # wait4 gives this one child's own resource usage (peak RSS), unlike
            # RUSAGE_CHILDREN, which keeps the largest of every child ever waited for.
            waited, status, usage = os.wait4(pid, os.WNOHANG)
            if waited == pid:
                break
            if time.monotonic() - self.started > self.timeout:
                self.process.send_signal(signal.SIGKILL)
                os.wait4(pid, 0)
                self.process.returncode = -signal.SIGKILL
                raise AssertionError(f"hung: {' '.join(self.argv[2:])!r} still running after"
                                     f" {self.timeout:.0f} s, killed")
            time.sleep(0.02)
        code = os.waitstatus_to_exitcode(status)
        self.process.returncode = code  # so Popen does not wait for it again
        outputs = []
        for stream in (self._out, self._err):
            stream.seek(0)
            outputs.append(stream.read())
            stream.close()
        reported = self._rusage.read_text() if self._rusage.exists() else ""
        self._rusage.unlink(missing_ok=True)
        # ru_maxrss is in kilobytes on Linux; a killed command reports nothing.
        peak_kib = int(reported) if reported else usage.ru_maxrss
        return Finished(self.argv, code, outputs[0], outputs[1], peak_kib * 1024)


class QuizgenRunner(Protocol):
    """The `quizgen` fixture: run `python -m quizgen ARGS...` and return how it ended."""

    def __call__(self, *args: str, stdin: bytes | None = None) -> Finished: ...


def start_python(args: Sequence[str], *, env: Mapping[str, str], cwd: Path,
                 stdin: bytes | None = None, timeout: float = HANG_GUARD_SECONDS) -> Running:
    """Start `python ARGS...` with this interpreter."""
    return Running([sys.executable, *args], env=env, cwd=cwd, stdin=stdin, timeout=timeout)


def start_quizgen(args: Sequence[str], *, env: Mapping[str, str], cwd: Path,
                  stdin: bytes | None = None, timeout: float = HANG_GUARD_SECONDS) -> Running:
    """Start `python -m quizgen ARGS...`."""
    return start_python(["-m", "quizgen", *args], env=env, cwd=cwd, stdin=stdin, timeout=timeout)


def assert_one_line_error(result: Finished, *, mentions: Sequence[str] = ()) -> str:
    """Assert the child failed with one `quizgen: error: ...` line and no traceback; return it."""
    assert result.code != 0, result.describe()
    assert "Traceback" not in result.stderr + result.stdout, result.describe()
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.describe()
    assert lines[0].startswith(ERROR_PREFIX), result.describe()
    for word in mentions:
        assert word.lower() in lines[0].lower(), result.describe()
    return lines[0]


def assert_succeeded(result: Finished) -> None:
    """Assert the child exited 0 with no traceback."""
    assert result.code == 0, result.describe()
    assert "Traceback" not in result.stderr + result.stdout, result.describe()


def assert_no_terminal_controls(result: Finished) -> None:
    """Assert no escape sequence or control code from the input reached stdout or stderr."""
    for name, raw in (("stdout", result.stdout_bytes), ("stderr", result.stderr_bytes)):
        text = raw.decode("utf-8", "replace")
        # ESC starts every ANSI sequence; U+009B (CSI), U+009D (OSC) and BEL act alone.
        found = sorted({hex(ord(c)) for c in text if c in "\x1b\x07\x9b\x9d\x90"})
        assert not found, f"{name} holds terminal control codes {found}\n{result.describe()}"
