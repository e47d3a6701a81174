"""Suite-wide set-up: quizgen's per-user folders point at temporary ones, not the real home."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

_ISOLATED = ("QUIZGEN_NLTK_DATA", "QUIZGEN_CACHE_DIR", "QUIZGEN_DATA_DIR")


@pytest.fixture(autouse=True, scope="session")
def private_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Give the session its own NLTK data, cache and data folders (subprocesses inherit them).

    The NLTK data folder is shared by the whole session so it is built once.
    """
    home = tmp_path_factory.mktemp("quizgen_home")
    previous = {name: os.environ.get(name) for name in _ISOLATED}
    os.environ["QUIZGEN_NLTK_DATA"] = str(home / "nltk_data")
    os.environ["QUIZGEN_CACHE_DIR"] = str(home / "cache")
    os.environ["QUIZGEN_DATA_DIR"] = str(home / "data")
    yield home
    for name, value in previous.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture
def private_nltk_data(private_user_folders: Path) -> Path:
    """Return the session's private NLTK data folder."""
    return Path(os.environ["QUIZGEN_NLTK_DATA"])
