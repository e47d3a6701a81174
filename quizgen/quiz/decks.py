"""The decks a player can pick: set files found in folders, with counts, new, due and last score."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.model import QuestionSet
from quizgen.quiz.prompts import prompts_of
from quizgen.quiz.session import due_prompts
from quizgen.quiz.store import ProgressStore

DECK_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class DeckEntry:
    """One deck file as the picker lists it; `error` is set (one line) when it failed to load.

    As in Anki, `new` counts the questions never answered and `due` the
    answered ones whose review time has passed (what `quizgen stats` calls due).
    """

    path: Path
    title: str
    set_id: str = ""
    prompts: int = 0
    due: int = 0
    new: int = 0
    last_score: tuple[int, int] | None = None
    description: str = ""
    error: str = ""


def find_deck_files(folders: Iterable[Path]) -> list[Path]:
    """Return the deck files in `folders` (not recursive), sorted by name, folders in order."""
    found: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            found.extend(
                sorted(
                    (p for p in folder.iterdir() if p.suffix in DECK_SUFFIXES and p.is_file()),
                    key=lambda p: p.name.casefold(),
                )
            )
    return found


def deck_entries(
    paths: Iterable[Path],
    load: Callable[[Path], QuestionSet],
    store: ProgressStore | None,
    now: datetime,
) -> list[DeckEntry]:
    """Return a picker entry per file; a file that fails to load gets its error, not a raise."""
    entries = []
    for path in paths:
        try:
            question_set = load(path)
        except (QuizgenError, OSError, UnicodeDecodeError) as error:
            message = " ".join(str(error).split()) or type(error).__name__
            entries.append(DeckEntry(path=path, title=path.name, error=message))
            continue
        prompts = prompts_of(question_set)
        due_times = store.due_times(question_set.id) if store else {}
        new = sum((p.key.question_id, p.key.card) not in due_times for p in prompts)
        entries.append(
            DeckEntry(
                path=path,
                title=question_set.title or path.stem,
                set_id=question_set.id,
                prompts=len(prompts),
                due=len(due_prompts(prompts, due_times, now)) - new,
                new=new,
                last_score=store.last_score(question_set.id) if store else None,
                description=question_set.description,
            )
        )
    return entries
