"""Shared by the question-set tests: run the real `quizgen` command in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

RunQuizgen = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def quizgen(tmp_path: Path) -> RunQuizgen:
    """Return a function that runs `quizgen ARGS...` in tmp_path and returns the result."""

    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "quizgen", *args], capture_output=True,
                              text=True, timeout=120, cwd=tmp_path,
                              env={**os.environ, **(env or {})})

    return run
