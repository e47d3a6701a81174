"""Set-up for the generator tests: private data folders, and sets generated once per session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="session")
def private_folders(private_user_folders: Path) -> Path:
    """The session's private quizgen folders (tests/conftest.py points quizgen at them)."""
    return private_user_folders


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
        found[path.name] = Generated(
            path, article, document, generate_set(article, document=document, seed=0)
        )
    return found
