"""One option of a multiple-choice question: a key label and the text; a click picks it."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import Static

from quizgen.tui.literal import clean

# Letters stop at d: "f" flags and "q" quits. Numbers go up to 9.
LETTERS = "abcd"
MAX_CHOICES = 9


class ChoiceOption(Static):
    """An option labelled "1 a" (a number only past the fourth); a click posts `Picked`."""

    class Picked(Message):
        """The player clicked an option."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, index: int, text: str) -> None:
        letter = LETTERS[index] if index < len(LETTERS) else " "
        label = Text.assemble((f" {index + 1} {letter} ", "bold"), " ", clean(text))
        super().__init__(label, id=f"choice-{index}", classes="choice")
        self.index = index

    def on_click(self) -> None:
        self.post_message(self.Picked(self.index))

    def mark(self, *, right: bool, picked: bool) -> None:
        """Colour the option after an answer: the right one green, a wrong pick red."""
        self.set_class(right, "-right")
        self.set_class(picked and not right, "-wrong")
        self.set_class(not right and not picked, "-dim")
