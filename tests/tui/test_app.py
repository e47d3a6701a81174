"""The quiz app driven with keys and clicks, as a player would, down to the summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static

from quizgen.errors import FormatError
from quizgen.model import QuestionSet
from quizgen.quiz.decks import deck_entries
from quizgen.quiz.sample import sample_set
from quizgen.quiz.session import PlayOptions, start_session
from quizgen.quiz.store import ProgressStore
from quizgen.tui.app import QuizApp
from quizgen.tui.dialogs.confirm import ConfirmDialog
from quizgen.tui.screens.cloze import ClozeScreen
from quizgen.tui.screens.mcq import McqScreen
from quizgen.tui.screens.picker import DeckPickerScreen
from quizgen.tui.screens.summary import SummaryScreen
from quizgen.tui.widgets.choice import ChoiceOption

AppMaker = Callable[..., QuizApp]


def feedback_text(app: QuizApp) -> str:
    return str(app.screen.query_one("#feedback", Static).render())


def screen_text(app: QuizApp) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(Static))


async def test_full_mcq_session_with_keys_reaches_the_summary(make_app: AppMaker,
                                                              store: ProgressStore) -> None:
    app = make_app(kind="mcq")
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, McqScreen)
        await pilot.press("2")                      # q1: The Vesna, right
        assert "Right" in feedback_text(app)
        assert app.screen.query_one("#choice-1").has_class("-right")
        await pilot.press("enter")
        await pilot.press("c")                      # q3: "nine", wrong (answer "seven")
        assert "Wrong" in feedback_text(app)
        assert "seven" in feedback_text(app)
        assert app.screen.query_one("#choice-2").has_class("-wrong")
        assert app.screen.query_one("#choice-0").has_class("-right")
        await pilot.press("enter")
        await pilot.press("4")                      # q5: timber, right
        await pilot.press("enter")
        assert isinstance(app.screen, SummaryScreen)
        summary = screen_text(app)
        assert "Score 2/3 (67%)" in summary
        assert "How many piers does the harbour have?" in summary
        assert "Answer: seven" in summary
    assert [(r.key.question_id, r.correct) for r in store.answers()] == [
        ("q1", True), ("q3", False), ("q5", True)]


async def test_full_cloze_session_with_keys_reaches_the_summary(make_app: AppMaker,
                                                                store: ProgressStore) -> None:
    app = make_app(kind="cloze")
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, ClozeScreen)
        await pilot.press(*"marta ilvs", "enter")   # typo accepted
        assert "Right" in feedback_text(app)
        await pilot.press("enter")
        await pilot.press(*"1886", "enter")         # close number: almost
        assert "Almost" in feedback_text(app)
        await pilot.press("enter")
        await pilot.press(*"Granite", "enter")
        await pilot.press("enter")
        await pilot.press("ctrl+t")                 # hint: first letter
        assert "4" in str(app.screen.query_one("#hint", Static).render())
        await pilot.press(*"40 percent", "enter")
        assert "Right" in feedback_text(app)
        await pilot.press("enter")
        assert isinstance(app.screen, SummaryScreen)
        assert "Score 3/4 (75%)" in screen_text(app)
        assert "Answer: 1887" in screen_text(app)
    rows = store.answers()
    assert [(r.key.card, r.given, r.correct) for r in rows] == [
        ("c1", "marta ilvs", True), ("c1", "1886", False), ("c2", "Granite", True),
        ("c1", "40 percent", True)]
    assert rows[-1].hinted and rows[-1].rating == 2     # hinted right answer: Hard


async def test_override_key_counts_an_almost_as_right(make_app: AppMaker,
                                                      store: ProgressStore) -> None:
    app = make_app(kind="cloze", limit=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"Ilves", "enter")
        assert "Almost" in feedback_text(app)
        await pilot.press("o")
        assert "Accepted: you overrode the grader" in feedback_text(app)
        assert "Score 1/1" in str(app.screen.query_one("#status-score", Static).render())
    assert store.answers()[0].overridden


async def test_clicking_an_option_answers_it(make_app: AppMaker, store: ProgressStore) -> None:
    app = make_app(kind="mcq", limit=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#choice-1")
        assert "Right" in feedback_text(app)
        assert all(isinstance(o, ChoiceOption) for o in app.screen.query(".choice"))
    assert store.answers()[0].given == "The Vesna"


async def test_retry_key_replays_only_the_missed_questions(make_app: AppMaker) -> None:
    app = make_app(kind="mcq")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "enter", "1", "enter", "1", "enter")   # only q3 right
        assert "Score 1/3" in screen_text(app)
        await pilot.press("r")
        assert isinstance(app.screen, McqScreen)
        assert "river" in str(app.screen.query_one("#question-text", Static).render())
        await pilot.press("2", "enter", "4", "enter")
        assert isinstance(app.screen, SummaryScreen)
        assert "Score 2/2" in screen_text(app)


async def test_q_asks_before_quitting_and_no_keeps_playing(make_app: AppMaker) -> None:
    app = make_app(kind="mcq")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await pilot.press("q")
        assert isinstance(app.screen, ConfirmDialog)
        assert "1 answer given so far, all saved." in screen_text(app)
        await pilot.press("n")
        assert isinstance(app.screen, McqScreen)
        await pilot.press("q", "y")
        await pilot.pause()
    assert app.return_code == 0


async def test_escape_asks_before_quitting_while_typing(make_app: AppMaker) -> None:
    app = make_app(kind="cloze")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"q", "escape")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        assert isinstance(app.screen, ClozeScreen)
        assert app.screen.query_one(Input).value == "q"   # q typed into the answer, no quit


@pytest.mark.parametrize(("kind", "answer"), [("mcq", ["2"]), ("cloze", [*"Vesna", "enter"])])
async def test_escape_asks_before_quitting_after_an_answer_too(make_app: AppMaker, kind: str,
                                                               answer: list[str]) -> None:
    app = make_app(kind=kind)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*answer)
        assert app.screen.answered                            # feedback is showing
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await pilot.pause()
    assert app.return_code == 0


@pytest.mark.parametrize(("kind", "key", "flagged_id"), [
    ("mcq", "f", "q1"),            # plain f on a multiple-choice question
    ("cloze", "ctrl+f", "q2"),     # while typing, f is a letter: Ctrl+F flags
])
async def test_flag_key_saves_the_flag_in_the_store(make_app: AppMaker, store: ProgressStore,
                                                    kind: str, key: str, flagged_id: str) -> None:
    app = make_app(kind=kind)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(key)
        await pilot.pause()
    assert [(f.set_id, f.question_id) for f in store.flagged()] == [("harbour-demo", flagged_id)]


def broken_or_sample(path: Path) -> QuestionSet:
    if path.name == "broken.yaml":
        raise FormatError("broken.yaml:1: not a question set [bold]")
    return sample_set()


async def test_picker_lists_decks_with_errors_and_plays_the_chosen_one(
    tmp_path: Path, store: ProgressStore, now: datetime
) -> None:
    paths = [tmp_path / "broken.yaml", tmp_path / "harbour.yaml"]
    entries = deck_entries(paths, broken_or_sample, store, now)

    def open_deck(path: Path):  # type: ignore[no-untyped-def]
        return start_session(broken_or_sample(path), PlayOptions(kind="mcq", limit=1), store)

    app = QuizApp(store=store, decks=lambda: deck_entries(paths, broken_or_sample, store, now),
                  open_deck=open_deck, cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, DeckPickerScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 2
        assert "not a question set [bold]" in screen_text(app)     # error of the first row
        await pilot.press("enter")                                 # broken: stays
        assert isinstance(app.screen, DeckPickerScreen)
        await pilot.press("down", "enter")
        assert isinstance(app.screen, McqScreen)
        await pilot.press("2", "enter")
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("escape")                                # back to the decks
        assert isinstance(app.screen, DeckPickerScreen)
        assert "1/1" in str(app.screen.query_one(DataTable).get_row_at(1)[4])
    assert entries[1].last_score is None
