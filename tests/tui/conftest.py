"""Fixtures for the quiz app tests: a real progress file in tmp_path and a frozen clock."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizgen.model import QuestionSet
from quizgen.quiz.sample import sample_set
from quizgen.quiz.session import PlayOptions, Session, start_session
from quizgen.quiz.store import ProgressStore
from quizgen.tui.app import QuizApp

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class FrozenClock:
    """A monotonic clock that advances a fixed step on every reading (stable times in snapshots)."""

    def __init__(self, step: float = 5.0) -> None:
        self.seconds = 0.0
        self.step = step

    def __call__(self) -> float:
        self.seconds += self.step
        return self.seconds


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests (Pilot needs an event loop) without an async plugin."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


@pytest.fixture
def now() -> datetime:
    """The wall-clock time every test answer is stored at."""
    return NOW


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProgressStore]:
    opened = ProgressStore(tmp_path / "progress.sqlite3")
    yield opened
    opened.close()


AppMaker = Callable[..., QuizApp]


@pytest.fixture
def make_app(store: ProgressStore) -> AppMaker:
    def make(question_set: QuestionSet | None = None, **options: object) -> QuizApp:
        session: Session = start_session(
            question_set or sample_set(), PlayOptions(**options), store,  # type: ignore[arg-type]
            clock=FrozenClock(), now=lambda: NOW,
        )
        return QuizApp(session, store, cursor_blink=False)

    return make
