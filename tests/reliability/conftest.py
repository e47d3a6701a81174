"""Fixtures for the reliability suite: child processes with their own home, data and cache."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from quizgen_process import Finished, Running, start_quizgen

# Settings from the developer's shell that would change what a child does.
_CLEARED = ("QUIZGEN_CACHE_DIR", "QUIZGEN_DATA_DIR", "QUIZGEN_NLTK_DATA", "QUIZGEN_BUNDLED_DECKS",
            "QUIZGEN_MAX_SET_BYTES", "NLTK_DATA", "XDG_CACHE_HOME", "XDG_DATA_HOME")


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One NLTK data cache for the whole suite (built once; the race test uses its own)."""
    return tmp_path_factory.mktemp("quizgen-cache")


@pytest.fixture(scope="session")
def child_env(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> dict[str, str]:
    """The environment every child runs in: an empty home, private data, the shared cache."""
    home = tmp_path_factory.mktemp("home")
    env = {key: value for key, value in os.environ.items() if key not in _CLEARED}
    env.update(HOME=str(home), QUIZGEN_CACHE_DIR=str(shared_cache),
               QUIZGEN_DATA_DIR=str(home / "data"), PYTHONIOENCODING="utf-8")
    return env


@pytest.fixture(autouse=True)
def private_paths(monkeypatch: pytest.MonkeyPatch, child_env: dict[str, str]) -> Iterator[None]:
    """In-process code uses the same private folders as the children, never the real home."""
    for key in _CLEARED:
        monkeypatch.delenv(key, raising=False)
    for key in ("HOME", "QUIZGEN_CACHE_DIR", "QUIZGEN_DATA_DIR"):
        monkeypatch.setenv(key, child_env[key])
    yield


QuizgenRunner = Callable[..., Finished]


@pytest.fixture
def quizgen(child_env: dict[str, str], tmp_path: Path) -> QuizgenRunner:
    """Run `python -m quizgen ARGS...` in tmp_path and return how it ended."""
    def run(*args: str, stdin: bytes | None = None) -> Finished:
        return start_quizgen(args, env=child_env, cwd=tmp_path, stdin=stdin).finish()

    return run


QuizgenStarter = Callable[..., Running]


@pytest.fixture
def start(child_env: dict[str, str], tmp_path: Path) -> QuizgenStarter:
    """Start `python -m quizgen ARGS...` in tmp_path without waiting (to run several at once)."""
    def begin(*args: str, stdin: bytes | None = None) -> Running:
        return start_quizgen(args, env=child_env, cwd=tmp_path, stdin=stdin)

    return begin
