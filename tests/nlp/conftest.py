"""Shared set-up for the NLP tests: a private NLTK data folder, never the real home."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True, scope="session")
def private_nltk_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point quizgen's NLTK data folder at a temporary folder for the whole session."""
    folder = tmp_path_factory.mktemp("nltk_data_home") / "nltk_data"
    previous = os.environ.get("QUIZGEN_NLTK_DATA")
    os.environ["QUIZGEN_NLTK_DATA"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("QUIZGEN_NLTK_DATA", None)
    else:
        os.environ["QUIZGEN_NLTK_DATA"] = previous
