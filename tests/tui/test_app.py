"""The quiz app driven with keys and clicks, as a player would, down to the summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Button, DataTable, Footer, Input, Static

from quizgen.errors import FormatError
from quizgen.model import Distractor, MultipleChoice, QuestionSet
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


def screen_text(app: App[None]) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(Static))


async def footer_keys(pilot: Pilot[None]) -> list[str]:
    """Return the footer's entries, e.g. ["^f Flag", "1-4/a-d Answer"], once it has caught up."""
    await pilot.pause()
    footer = pilot.app.screen.query_one(Footer)
    return [" ".join(str(key.render()).split()) for key in footer.children]


def option_labels(app: QuizApp) -> list[str]:
    """Return each option's key label as drawn, e.g. "1 a" ("  j" for a tenth option)."""
    return [str(option.render())[1:4] for option in app.screen.query(ChoiceOption)]


OUTSIDE_A_QUIZ = "Quit quizgen?\nYour progress is saved."   # the quit dialog off a question


async def quit_asks_first(pilot: Pilot[None], key: str, *, stay: str, asks: str) -> None:
    """Press `key`: the quit dialog shows `asks`; `stay` goes back; `key` then `y` quits."""
    screen = pilot.app.screen
    await pilot.press(key)
    assert isinstance(pilot.app.screen, ConfirmDialog)
    assert asks in screen_text(pilot.app)
    await pilot.press(stay)
    assert pilot.app.screen is screen
    await pilot.press(key, "y")
    await pilot.pause()


PLANETS = ("Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune",
           "Pluto", "Ceres", "Eris", "Haumea", "Makemake", "Sedna", "Quaoar", "Orcus",
           "Gonggong")


def planets_set(*counts: int) -> QuestionSet:
    """Return one multiple-choice question per count, with that many options, the answer last."""
    return QuestionSet(id="planets", title="Planets and dwarf planets", questions=tuple(
        MultipleChoice(
            id=f"p{count}", question=f"Which is body number {count} of this list?",
            answer=PLANETS[count - 1], choices=PLANETS[:count],
            distractors=tuple(Distractor(text=text) for text in PLANETS[:count - 1]),
        )
        for count in counts
    ))


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
    ("mcq", "ctrl+f", "q1"),       # before the answer, letters answer: Ctrl+F flags
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


# Keys of multiple-choice options


@pytest.mark.parametrize("key", ["6", "f"])
async def test_six_options_each_show_a_number_and_a_letter_and_both_pick(
    make_app: AppMaker, store: ProgressStore, key: str
) -> None:
    app = make_app(planets_set(6))
    async with app.run_test(size=(80, 30)) as pilot:
        assert option_labels(app) == ["1 a", "2 b", "3 c", "4 d", "5 e", "6 f"]
        assert "1-6/a-f Answer" in await footer_keys(pilot)
        await pilot.press(key)
        assert "Right" in feedback_text(app)
        assert app.screen.query_one("#choice-5").has_class("-right")
    assert [r.given for r in store.answers()] == ["Saturn"]
    assert store.flagged() == []


async def test_four_options_name_four_keys_and_f_flags_only_after_the_answer(
    make_app: AppMaker, store: ProgressStore
) -> None:
    app = make_app(kind="mcq")
    async with app.run_test(size=(80, 24)) as pilot:
        assert option_labels(app) == ["1 a", "2 b", "3 c", "4 d"]
        footer = await footer_keys(pilot)
        assert "1-4/a-d Answer" in footer
        assert "^f Flag" in footer
        await pilot.press("f", "e")                 # no option f or e: nothing happens
        assert not app.screen.answered
        assert store.flagged() == []
        await pilot.press("2")
        assert (footer := await footer_keys(pilot))[:3] == ["⏎ Next", "f Flag", "q Quit"]
        assert "1-4/a-d Answer" not in footer
        await pilot.press("f")
        assert [f.question_id for f in store.flagged()] == ["q1"]


async def test_past_nine_options_letters_go_on_without_numbers(make_app: AppMaker,
                                                                store: ProgressStore) -> None:
    app = make_app(planets_set(12))
    async with app.run_test(size=(80, 40)) as pilot:
        assert option_labels(app)[8:] == ["9 i", "  j", "  k", "  l"]
        assert "1-9/a-l Answer" in await footer_keys(pilot)
        await pilot.press("l")
        assert "Right" in feedback_text(app)
    assert [r.given for r in store.answers()] == ["Haumea"]


async def test_past_sixteen_options_all_show_and_q_still_quits(make_app: AppMaker,
                                                                store: ProgressStore) -> None:
    app = make_app(planets_set(17))
    async with app.run_test(size=(80, 50)) as pilot:
        assert len(option_labels(app)) == 17                     # none dropped
        assert option_labels(app)[15:] == ["  p", "   "]
        assert "1-9/a-p Answer" in await footer_keys(pilot)
        await pilot.press("q")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.click("#choice-16")                          # no key left: a click
        assert "Right" in feedback_text(app)
    assert [r.given for r in store.answers()] == ["Gonggong"]


# Quitting and going back


async def test_quit_dialog_shows_its_keys_and_only_y_quits(make_app: AppMaker) -> None:
    app = make_app(kind="mcq")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "q")
        assert isinstance(app.screen, ConfirmDialog)
        assert [str(b.label) for b in app.screen.query(Button)] == [
            "Quit (y)", "Keep playing (n)"]
        assert "Enter or Esc: keep playing" in screen_text(app)
        await pilot.press("tab", "enter")              # the quit button never takes Enter
        assert isinstance(app.screen, McqScreen)
        await quit_asks_first(pilot, "q", stay="n",
                              asks="Quit this quiz?\n1 answer given so far, all saved.")
    assert app.return_code == 0


async def test_summary_of_a_deck_played_from_its_file_quits_with_q_or_escape(
    make_app: AppMaker,
) -> None:
    app = make_app(kind="mcq", limit=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "enter")
        assert isinstance(app.screen, SummaryScreen)
        footer = await footer_keys(pilot)
        assert "q/esc Quit" in footer
        assert "esc/b Decks" not in footer             # no deck picker to go back to
        await pilot.press("b")
        assert isinstance(app.screen, SummaryScreen)
        await quit_asks_first(pilot, "escape", stay="enter", asks=OUTSIDE_A_QUIZ)
    assert app.return_code == 0


def picker_app(tmp_path: Path, store: ProgressStore, now: datetime) -> QuizApp:
    """Return the app as `quizgen play` starts it without a file: on the deck picker."""
    paths = [tmp_path / "harbour.yaml"]

    def open_deck(path: Path):  # type: ignore[no-untyped-def]
        return start_session(sample_set(), PlayOptions(kind="mcq", limit=1), store)

    return QuizApp(store=store, decks=lambda: deck_entries(paths, lambda _: sample_set(), store,
                                                           now),
                   open_deck=open_deck, cursor_blink=False)


async def test_summary_of_a_deck_from_the_picker_shows_b_back_to_the_decks(
    tmp_path: Path, store: ProgressStore, now: datetime
) -> None:
    app = picker_app(tmp_path, store, now)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "2", "enter")
        assert isinstance(app.screen, SummaryScreen)
        footer = await footer_keys(pilot)
        assert "esc/b Decks" in footer
        assert "q Quit" in footer
        await pilot.press("b")
        assert isinstance(app.screen, DeckPickerScreen)


@pytest.mark.parametrize("key", ["escape", "q"])
async def test_deck_picker_asks_before_quitting(tmp_path: Path, store: ProgressStore,
                                                now: datetime, key: str) -> None:
    app = picker_app(tmp_path, store, now)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "q/esc Quit" in await footer_keys(pilot)
        await quit_asks_first(pilot, key, stay="enter", asks=OUTSIDE_A_QUIZ)
    assert app.return_code == 0
