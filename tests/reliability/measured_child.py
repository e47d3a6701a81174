"""Run a command as a grandchild and write its own peak RSS to $QUIZGEN_TEST_RUSAGE_FILE.

A child started straight from the test process inherits that process's peak RSS
(Linux carries the high-water mark across exec, and pytest grows large over a
suite), so its ru_maxrss says nothing about the child. This small process forks
the real command, so the command starts from this process's few megabytes. The
command dies with this process (PR_SET_PDEATHSIG), so killing this one kills it.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def main(argv: list[str]) -> None:
    pid = os.fork()
    if pid == 0:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        os.execv(argv[0], argv)
    _, status, usage = os.wait4(pid, 0)
    with open(os.environ["QUIZGEN_TEST_RUSAGE_FILE"], "w") as out:
        out.write(str(usage.ru_maxrss))
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        signal.signal(number, signal.SIG_DFL)
        os.kill(os.getpid(), number)
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main(sys.argv[1:])
