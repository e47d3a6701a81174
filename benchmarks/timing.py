"""Timing in this process and in child processes, floors measured in turn beside figures."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any


class BenchmarkFailure(RuntimeError):
    """A measured command failed: the benchmark cannot give a figure, and smoke must fail."""


def time_call(function: Callable[[], Any]) -> float:
    """Return the wall-clock seconds `function()` takes."""
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def samples(
    measures: Sequence[Callable[[], float]], repeats: int, budget_s: float = float("inf")
) -> list[list[float]]:
    """Return up to `repeats` results of each measure, taken in turn.

    In turn, so that a burst of load from other processes on the machine
    falls on every side rather than on one. After the first round, another
    is started only while the time spent stays within `budget_s`.
    """
    results: list[list[float]] = [[] for _ in measures]
    started = time.perf_counter()
    for round_number in range(max(1, repeats)):
        spent = time.perf_counter() - started
        if round_number and spent + spent / round_number > budget_s:
            break
        for measure, taken in zip(measures, results, strict=True):
            taken.append(measure())
    return results


def interleaved(measures: Sequence[Callable[[], float]], repeats: int) -> list[float]:
    """Return the median of `repeats` results of each measure, taken in turn (see `samples`)."""
    return [statistics.median(taken) for taken in samples(measures, repeats)]


def alternate(
    figure: Callable[[], float], floor: Callable[[], float], repeats: int
) -> tuple[float, float]:
    """Return the medians of `repeats` measurements of a figure and of its floor, taken in turn."""
    floor_s, figure_s = interleaved([floor, figure], repeats)
    return figure_s, floor_s


@dataclass(frozen=True)
class ChildRun:
    """What one child process cost: wall time, CPU time and the peak RSS of its largest process."""

    wall_s: float
    cpu_s: float
    peak_rss_kb: int
    stdout: str
    stderr: str


# Runs in a fresh interpreter, so RUSAGE_CHILDREN covers only the measured command
# (and its own children, once they are waited for): our own process's children
# would otherwise carry their earlier peaks into every later measurement.
_WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
                  "rss": usage.ru_maxrss, "code": done.returncode,
                  "stdout": done.stdout[-4000:], "stderr": done.stderr[-4000:]}))
"""


def run_child(
    command: Sequence[str], env: Mapping[str, str] | None = None, cwd: str | None = None,
    timeout: float = 3600,
) -> ChildRun:
    """Run `command` in a fresh wrapper process and return what it cost.

    Raises BenchmarkFailure when the command exits non-zero.
    """
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True,
        env=dict(env) if env is not None else None, cwd=cwd, timeout=timeout,
    )
    if done.returncode != 0:
        raise BenchmarkFailure(f"measuring wrapper failed: {done.stderr.strip()[-2000:]}")
    measured = json.loads(done.stdout)
    if measured["code"] != 0:
        raise BenchmarkFailure(
            f"{' '.join(command)} exited with {measured['code']}: "
            f"{measured['stderr'].strip()[-2000:]}"
        )
    return ChildRun(measured["wall"], measured["cpu"], measured["rss"],
                    measured["stdout"], measured["stderr"])


def run_timed(
    command: Sequence[str], env: Mapping[str, str] | None = None, timeout: float = 600
) -> float:
    """Return the wall-clock seconds `command` takes, from our side of fork and exec.

    Raises BenchmarkFailure when it exits non-zero.
    """
    start = time.perf_counter()
    done = subprocess.run(
        list(command), capture_output=True, text=True, timeout=timeout,
        env=dict(env) if env is not None else None,
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise BenchmarkFailure(
            f"{' '.join(command)} exited with {done.returncode}: {done.stderr.strip()[-2000:]}"
        )
    return wall


def environment(**overrides: str | None) -> dict[str, str]:
    """Return a copy of os.environ with `overrides` set (None removes a variable)."""
    env = dict(os.environ)
    for name, value in overrides.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env
