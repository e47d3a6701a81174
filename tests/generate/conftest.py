"""Shared set-up for the generator tests: private data folders, and sets generated once per session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(autouse=True, scope="session")
def private_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point quizgen's NLTK data, cache and data folders at temporary folders for the session."""
    home = tmp_path_factory.mktemp("quizgen_home")
    names = {
        "QUIZGEN_NLTK_DATA": home / "nltk_data",
        "QUIZGEN_CACHE_DIR": home / "cache",
        "QUIZGEN_DATA_DIR": home / "data",
    }
    previous = {name: os.environ.get(name) for name in names}
    os.environ.update({name: str(path) for name, path in names.items()})
    yield home
    for name, value in previous.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@dataclass(frozen=True)
class Generated:
    """One test article: its reading, analysis and generated set."""

    path: Path
    article: object
    document: object
    question_set: object


@pytest.fixture(scope="session")
def generated(private_folders: Path) -> dict[str, Generated]:
    """The question set of every test article, by file name, generated with seed 0."""
    from quizgen.article import read_article
    from quizgen.generate import generate_set
    from quizgen.nlp.pipeline import analyse

    found = {}
    for path in sorted(ARTICLES.iterdir()):
        article = read_article(path)
        document = analyse(article)
        found[path.name] = Generated(path, article, document,
                                     generate_set(article, document=document, seed=0))
    return found
