"""Snapshots of every screen at 80x24 (Textual pinned; sample data, frozen clock, no cursor blink).

Update after an intended change with `pytest tests/tui/test_snapshots.py --snapshot-update`
and look at the SVGs in tests/tui/__snapshots__/ before committing them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from quizgen.errors import FormatError
from quizgen.model import Distractor, MultipleChoice, QuestionSet
from quizgen.quiz.decks import DeckEntry, deck_entries
from quizgen.quiz.sample import sample_set
from quizgen.quiz.store import CardKey, ProgressStore
from quizgen.tui.app import QuizApp

SIZE = (80, 24)
Snap = Callable[..., bool]


def test_deck_picker(snap_compare: Snap, store: ProgressStore, now: datetime) -> None:
    session = store.start_session("harbour-demo", "The Old Harbour", now)
    store.record_answer(session, CardKey("harbour-demo", "q1"), given="The Vesna",
                        verdict="right", correct=True, seconds=2, hinted=False, now=now)

    def load(path: Path) -> QuestionSet:
        if path.name == "broken.yaml":
            raise FormatError("broken.yaml:4: a cloze needs at least one deletion")
        return sample_set()

    entries: list[DeckEntry] = deck_entries(
        [Path("/decks/broken.yaml"), Path("/decks/harbour.yaml")], load, store, now)
    app = QuizApp(store=store, decks=entries, cursor_blink=False)
    assert snap_compare(app, terminal_size=SIZE)


def test_mcq_question(snap_compare: Snap, make_app: Callable[..., QuizApp]) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE)


def test_mcq_feedback_after_a_wrong_pick(snap_compare: Snap,
                                        make_app: Callable[..., QuizApp]) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, press=["3"])


def test_mcq_with_six_options(snap_compare: Snap, make_app: Callable[..., QuizApp]) -> None:
    options = ("Ganymede", "Titan", "Callisto", "Io", "Europa", "Triton")
    moons = QuestionSet(id="moons", title="Moons", questions=(MultipleChoice(
        id="m1", question="Which moon is the largest in the Solar System?", answer="Ganymede",
        choices=options, distractors=tuple(Distractor(text=t) for t in options[1:])),))
    assert snap_compare(make_app(moons), terminal_size=SIZE)


def test_cloze_question(snap_compare: Snap, make_app: Callable[..., QuizApp]) -> None:
    assert snap_compare(make_app(kind="cloze"), terminal_size=SIZE, press=[*"Marta"])


def test_cloze_feedback_almost(snap_compare: Snap, make_app: Callable[..., QuizApp]) -> None:
    assert snap_compare(make_app(kind="cloze"), terminal_size=SIZE,
                        press=[*"Ilves", "enter"])


def test_quit_dialog(snap_compare: Snap, make_app: Callable[..., QuizApp]) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, press=["2", "q"])


def test_quit_dialog_on_the_deck_picker(snap_compare: Snap, store: ProgressStore,
                                        now: datetime) -> None:
    entries = deck_entries([Path("/decks/harbour.yaml")], lambda _: sample_set(), store, now)
    app = QuizApp(store=store, decks=entries, cursor_blink=False)
    assert snap_compare(app, terminal_size=SIZE, press=["escape"])


def test_summary(snap_compare: Snap, make_app: Callable[..., QuizApp]) -> None:
    keys = ["2", "enter", *"Marta Ilves", "enter", "enter", "1", "enter",
            *"1887", "enter", "enter", *"marble", "enter", "enter", "4", "enter",
            *"40%", "enter", "enter"]
    assert snap_compare(make_app(), terminal_size=SIZE, press=keys)
