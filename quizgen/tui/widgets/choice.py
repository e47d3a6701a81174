"""One option of a multiple-choice question: a key label and the text; a click picks it."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import Static

from quizgen.tui.literal import clean

# Letters stop before "q", which quits (flagging an unanswered question is Ctrl+F, so "f"
# can be a choice). Numbers are single keys, so they stop at 9.
LETTERS = "abcdefghijklmnop"
NUMBERED = 9


def choice_keys(index: int) -> tuple[str, ...]:
    """Return the keys that pick the option at `index`: its number and letter, if it has them."""
    number = (str(index + 1),) if index < NUMBERED else ()
    letter = (LETTERS[index],) if index < len(LETTERS) else ()
    return number + letter


def keys_range(count: int) -> str:
    """Return how the footer names the keys of `count` options: "1-4/a-d", "1-9/a-l"."""
    numbers = min(count, NUMBERED)
    letters = min(count, len(LETTERS))
    return f"1-{numbers}/a-{LETTERS[letters - 1]}" if count > 1 else "1/a"


class ChoiceOption(Static):
    """An option labelled with its keys ("1 a"); a click posts `Picked`."""

    class Picked(Message):
        """The player clicked an option."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, index: int, text: str) -> None:
        # A blank stands for a key the option lacks, so the texts stay lined up.
        number = str(index + 1) if index < NUMBERED else " "
        letter = LETTERS[index] if index < len(LETTERS) else " "
        label = Text.assemble((f" {number} {letter} ", "bold"), " ", clean(text))
        super().__init__(label, id=f"choice-{index}", classes="choice")
        self.index = index

    def on_click(self) -> None:
        self.post_message(self.Picked(self.index))

    def mark(self, *, right: bool, picked: bool) -> None:
        """Colour the option after an answer: the right one green, a wrong pick red."""
        self.set_class(right, "-right")
        self.set_class(picked and not right, "-wrong")
        self.set_class(not right and not picked, "-dim")
