"""A yes/no question in a modal dialog: dismisses True for yes, False for no."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

from quizgen.tui.literal import literal


class ConfirmDialog(ModalScreen[bool]):
    """Ask a yes/no question: `y` answers yes; `n`, Escape and Enter answer no.

    The safe answer is the default: the yes button never takes the focus, so Enter
    always presses no. Each button shows its key, and a line says what Enter does.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
        # The no button handles Enter while focused; this covers a click that took its focus.
        Binding("enter", "answer(False)", show=False),
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
                yes = Button(literal(f"{self.yes_label} (y)"), variant="error", id="yes")
                yes.can_focus = False
                yield yes
                yield Button(literal(f"{self.no_label} (n)"), variant="primary", id="no")
            yield Label(
                Text.assemble("Enter or Esc: ", literal(self.no_label.lower())),
                id="dialog-default",
            )

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
