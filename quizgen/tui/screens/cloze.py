"""The cloze screen: type the blanked words; tolerant grading, a hint key, and "accept mine"."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input, Static

from quizgen.quiz.session import Session
from quizgen.tui.literal import clean
from quizgen.tui.screens.question import QuestionScreen


class ClozeScreen(QuestionScreen):
    """Ask one cloze prompt. Letters go to the input while typing: Ctrl+T hints, Escape quits."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+t", "hint", "Hint"),
        Binding("escape", "quit_typing", "Quit"),
        Binding("escape", "quit_session", "Quit", show=False),  # after answering too
        Binding("o", "override", "I was right"),
    ]

    def __init__(self, session: Session, *, cursor_blink: bool = True) -> None:
        super().__init__(session)
        self.cursor_blink = cursor_blink

    def compose_answer(self) -> ComposeResult:
        many = len(set(self.prompt.answers)) > 1
        placeholder = "type the answers, separated by ;" if many else "type the missing words"
        yield Input(placeholder=placeholder, id="answer", select_on_focus=False)
        yield Static("", id="hint")

    def on_mount(self) -> None:
        super().on_mount()
        answer_input = self.query_one(Input)
        answer_input.cursor_blink = self.cursor_blink
        answer_input.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        typing = not self.answered
        if action == "hint":
            return typing
        # While typing, letters belong to the input: quit moves to Escape.
        if action == "quit_typing":
            return typing
        if action == "quit_session":
            return not typing
        if action == "override":
            result = self.session.answered_current
            return result is not None and not result.correct
        return super().check_action(action, parameters)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.answered:
            return
        result = self.session.answer_text(event.value)
        answer_input = self.query_one(Input)
        answer_input.disabled = True
        self.set_focus(None)
        self.show_result(result)

    def action_hint(self) -> None:
        if self.answered:
            return
        hint = self.session.show_hint()
        self.query_one("#hint", Static).update(Text.assemble(("Hint: ", "bold"), clean(hint)))

    async def action_quit_typing(self) -> None:
        await self.action_quit_session()

    def action_override(self) -> None:
        result = self.session.answered_current
        if result is None or result.correct:
            return
        self.show_result(self.session.override())
