"""What every question screen shares: the status strip, feedback, flagging, quitting, moving on."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizgen.quiz.session import Result, Session
from quizgen.tui.literal import literal
from quizgen.tui.widgets.feedback import Feedback
from quizgen.tui.widgets.status import QuizStatus


class QuestionScreen(Screen[None]):
    """Base of the MCQ and cloze screens; subclasses add the answer widgets."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "next", "Next"),
        # Until the answer is in, letters answer (typed, or an option's letter): flag with Ctrl+F.
        Binding("ctrl+f", "flag_before_answer", "Flag"),
        Binding("f", "flag", "Flag"),
        Binding("q", "quit_session", "Quit"),
    ]

    class Advance(Message):
        """The player is done with this prompt (the app shows the next screen)."""

    def __init__(self, session: Session) -> None:
        super().__init__(classes="question-screen")
        self.session = session
        prompt = session.current
        assert prompt is not None, "a question screen needs a prompt"
        self.prompt = prompt

    def compose(self) -> ComposeResult:
        yield QuizStatus(
            self.session.question_set.title, self.session.index + 1, self.session.total
        )
        with VerticalScroll(id="question-body"):
            # Article text goes in as rich Text, so "[bold]" or "\" shows as typed.
            yield Static(literal(self.prompt.text), id="question-text")
            yield from self.compose_answer()
            yield Feedback()
        yield Footer()

    def compose_answer(self) -> ComposeResult:
        """Yield the widgets the player answers with."""
        yield from ()

    def on_mount(self) -> None:
        self.query_one(QuizStatus).show_score(len(self.session.results), self.session.score)

    @property
    def answered(self) -> bool:
        return self.session.answered_current is not None

    def show_result(self, result: Result) -> None:
        """Show feedback for an answer that the session has already saved."""
        self.query_one(Feedback).show(result)
        self.query_one(QuizStatus).show_score(len(self.session.results), self.session.score)
        self.query_one(Feedback).scroll_visible(animate=False)
        # The footer rebuilds itself when bindings change (~30 ms): let the feedback paint first.
        self.call_after_refresh(self.refresh_bindings)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next", "flag"):
            return self.answered
        if action == "flag_before_answer":
            return not self.answered
        return True

    def action_next(self) -> None:
        if self.answered:
            self.post_message(self.Advance())

    def action_flag(self) -> None:
        store = self.session.store
        key = self.prompt.key
        if store is None:
            self.notify("No progress file: the flag is not saved.", severity="warning")
            return
        if any(f.question_id == key.question_id for f in store.flagged(key.set_id)):
            store.unflag(key.set_id, key.question_id)
            self.notify("Flag removed.", markup=False)
        else:
            store.flag(key.set_id, key.question_id, self.session.now(), reason="flagged in play")
            self.notify("Flagged: `quizgen check` will list this question.", markup=False)

    def action_flag_before_answer(self) -> None:
        self.action_flag()

    async def action_quit_session(self) -> None:
        await self.run_action("app.request_quit")
