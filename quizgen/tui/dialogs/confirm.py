"""A yes/no question in a modal dialog: dismisses True for yes, False for no."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

from quizgen.tui.literal import literal


class ConfirmDialog(ModalScreen[bool]):
    """Ask a yes/no question; `y`/Enter on Yes answer yes, `n`/Escape answer no."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, detail: str = "", yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        self.yes_label = yes
        self.no_label = no

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(literal(self.question), id="dialog-question")
            yield Label(literal(self.detail), id="dialog-detail")
            with Horizontal(id="dialog-buttons"):
                yield Button(literal(self.yes_label), variant="error", id="yes")
                yield Button(literal(self.no_label), variant="primary", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
