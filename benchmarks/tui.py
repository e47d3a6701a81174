"""The quiz app: launch to first screen, and keypress to feedback, against a minimal Textual app."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator

from benchmarks.components import attribute
from benchmarks.context import REPO, Context
from benchmarks.report import Figure, timed
from benchmarks.timing import BenchmarkFailure, environment, interleaved

NAME = "tui"

LAUNCH_LIMIT_S = 1.0
KEY_LIMIT_S = 0.050
ANSWERS = 100
SMOKE_ANSWERS = 6


def _driver(mode: str, kind: str, value: str) -> dict:
    """Run benchmarks.tui_driver in a fresh process and return what it printed."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.tui_driver", mode, kind, value],
        capture_output=True, text=True, timeout=600, cwd=REPO,
        env=environment(PYTHONPATH=str(REPO)),
    )
    if done.returncode != 0:
        raise BenchmarkFailure(f"tui_driver {mode} {kind} failed: {done.stderr.strip()[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _launch(kind: str) -> float:
    return _driver("launch", kind, repr(time.time()))["seconds"]


def run(context: Context) -> Iterator[Figure]:
    attribute("quizgen.tui.app", "QuizApp")
    _launch("quizgen")  # the first run compiles bytecode; users pay that once, at install
    launch_s, floor_s = interleaved(
        [lambda: _launch("quizgen"), lambda: _launch("floor")], context.repeats(5))
    yield timed(NAME, "launch to first question screen (Pilot)", launch_s, floor_s,
                "minimal Textual app", max_s=LAUNCH_LIMIT_S,
                note="fresh process, imports included")
    answers = SMOKE_ANSWERS if context.smoke else ANSWERS
    quizgen = _driver("keys", "quizgen", str(answers))["latencies"]
    floor = _driver("keys", "floor", str(answers))["latencies"]
    slowest = sorted(quizgen)[int(0.9 * (len(quizgen) - 1))]
    yield timed(NAME, f"keypress to feedback, median of {answers} answers",
                statistics.median(quizgen), statistics.median(floor),
                "minimal Textual app, same keys", max_s=KEY_LIMIT_S,
                note=f"90th percentile {slowest * 1000:.1f} ms; half MCQ keys, half cloze Enter")
