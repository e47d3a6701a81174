"""The quiz app: picks a deck (or takes a ready session), shows each prompt, then the summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import work
from textual.app import App
from textual.screen import Screen

from quizgen.errors import QuizgenError
from quizgen.quiz.decks import DeckEntry
from quizgen.quiz.session import Session
from quizgen.quiz.store import ProgressStore
from quizgen.tui.dialogs.confirm import ConfirmDialog
from quizgen.tui.literal import clean
from quizgen.tui.screens.cloze import ClozeScreen
from quizgen.tui.screens.loading import LoadingScreen
from quizgen.tui.screens.mcq import McqScreen
from quizgen.tui.screens.picker import DeckPickerScreen
from quizgen.tui.screens.question import QuestionScreen
from quizgen.tui.screens.summary import SummaryScreen

DeckLister = Callable[[], list[DeckEntry]]


class QuizApp(App[None]):
    """Play a quiz. Give it one of:

    - `session`: play it at once;
    - `build_session`: run it in a worker thread behind a spinner (article -> set), then play;
    - `decks` (a list, or a function returning one) and `open_deck`: show the deck picker.

    `store` is only used by the picker's caller; sessions carry their own store.
    `error` holds the QuizgenError that ended the app early, if any.
    """

    CSS_PATH = "quiz.tcss"
    TITLE = "quizgen"

    def __init__(
        self,
        session: Session | None = None,
        store: ProgressStore | None = None,
        *,
        decks: list[DeckEntry] | DeckLister | None = None,
        open_deck: Callable[[Path], Session] | None = None,
        build_session: Callable[[], Session] | None = None,
        loading_label: str = "Generating questions…",
        cursor_blink: bool = True,
    ) -> None:
        super().__init__()
        self.session = session
        self.store = store
        self._decks = decks
        self._open_deck = open_deck
        self._build_session = build_session
        self._loading_label = loading_label
        self._cursor_blink = cursor_blink
        self._from_picker = False
        self.error: QuizgenError | None = None

    def on_mount(self) -> None:
        if self.session is not None:
            self.push_screen(self.screen_for(self.session))
        elif self._build_session is not None:
            self.push_screen(LoadingScreen(self._loading_label))
            self._build()
        else:
            self._from_picker = True
            self.push_screen(DeckPickerScreen(self._deck_entries()))

    def _deck_entries(self) -> list[DeckEntry]:
        if callable(self._decks):
            return self._decks()
        return list(self._decks or [])

    def screen_for(self, session: Session) -> Screen[None]:
        """Return the screen for the session's current prompt, or its summary when it is over."""
        prompt = session.current
        if prompt is None:
            return SummaryScreen(session, can_go_back=self._from_picker)
        if prompt.kind == "mcq":
            return McqScreen(session)
        return ClozeScreen(session, cursor_blink=self._cursor_blink)

    # Quitting

    def action_request_quit(self) -> None:
        """Ask before quitting (every screen's quit key comes here); exit on yes.

        Nothing is lost either way, since each answer is saved as it is given: the
        question only guards against a stray key ending the app.
        """

        def exit_if_yes(answer: bool | None) -> None:
            if answer:
                self.exit()

        if isinstance(self.screen, QuestionScreen) and self.session is not None:
            done = len(self.session.results)
            question = "Quit this quiz?"
            detail = f"{done} answer{'s' if done != 1 else ''} given so far, all saved."
            no = "Keep playing"
        else:
            question, detail, no = "Quit quizgen?", "Your progress is saved.", "Cancel"
        self.push_screen(ConfirmDialog(question, detail, yes="Quit", no=no), exit_if_yes)

    # Building a session from an article

    @work(thread=True, exclusive=True)
    def _build(self) -> None:
        assert self._build_session is not None
        try:
            session = self._build_session()
        except QuizgenError as error:
            self.call_from_thread(self._fail, error)
            return
        self.call_from_thread(self._begin, session)

    def _fail(self, error: QuizgenError) -> None:
        self.error = error
        self.exit(return_code=error.exit_code)

    def _begin(self, session: Session) -> None:
        if session.total == 0:
            self._fail(QuizgenError("no questions to play"))
            return
        self.session = session
        self.switch_screen(self.screen_for(session))

    # Moving through a session

    def on_question_screen_advance(self, _message: QuestionScreen.Advance) -> None:
        assert self.session is not None
        # Keys typed ahead (Enter pressed twice) can post a second Advance before the
        # next screen shows: move on only past an answered prompt.
        if self.session.answered_current is None:
            return
        self.session.advance()
        self.switch_screen(self.screen_for(self.session))

    def on_summary_screen_retry(self, _message: SummaryScreen.Retry) -> None:
        assert self.session is not None
        self.session = self.session.retry_missed()
        self.switch_screen(self.screen_for(self.session))

    def on_summary_screen_back(self, _message: SummaryScreen.Back) -> None:
        self.pop_screen()
        # Fresh figures: the session just played changed the due counts and last score.
        self.switch_screen(DeckPickerScreen(self._deck_entries()))

    def on_deck_picker_screen_picked(self, message: DeckPickerScreen.Picked) -> None:
        if self._open_deck is None:
            return
        try:
            session = self._open_deck(message.entry.path)
        except QuizgenError as error:
            self.notify(clean(str(error)), severity="error", markup=False)
            return
        if session.total == 0:
            self.notify(clean(f"Nothing to play in {message.entry.title} now."), markup=False)
            return
        self.session = session
        self.push_screen(self.screen_for(session))
