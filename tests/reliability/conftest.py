"""Fixtures for the reliability suite: `python -m quizgen` children with an empty home."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# A real Anki collection and its importer, as the export tests use them.
from tests.export.conftest import collection, import_apkg  # noqa: F401 - fixtures
from tests.reliability.hostile_texts import NEWS
from tests.reliability.quizgen_process import Finished, QuizgenRunner, start_quizgen

# Settings from the developer's shell that would change what a child does. The
# suite-wide conftest has already pointed QUIZGEN_NLTK_DATA, QUIZGEN_CACHE_DIR and
# QUIZGEN_DATA_DIR at temporary folders; children inherit those.
_CLEARED = ("QUIZGEN_BUNDLED_DECKS", "QUIZGEN_MAX_SET_BYTES", "NLTK_DATA", "XDG_CACHE_HOME",
            "XDG_DATA_HOME")


@pytest.fixture(scope="session")
def child_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment every child runs in: the session's private folders and an empty home."""
    env = {key: value for key, value in os.environ.items() if key not in _CLEARED}
    env.update(HOME=str(tmp_path_factory.mktemp("home")), PYTHONIOENCODING="utf-8")
    return env


@pytest.fixture
def quizgen(child_env: dict[str, str], tmp_path: Path) -> QuizgenRunner:
    """Run `python -m quizgen ARGS...` in tmp_path and return how it ended."""
    def run(*args: str, stdin: bytes | None = None) -> Finished:
        return start_quizgen(args, env=child_env, cwd=tmp_path, stdin=stdin).finish()

    return run


@pytest.fixture
def big_files(tmp_path: Path) -> Iterator[Path]:
    """A folder for files of tens of megabytes, deleted after the test (pytest keeps tmp_path)."""
    folder = tmp_path / "big"
    folder.mkdir()
    yield folder
    shutil.rmtree(folder)


@pytest.fixture
def news_article(tmp_path: Path) -> Path:
    """A plain news article (hostile_texts.NEWS) saved as news.txt in tmp_path."""
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    return path
