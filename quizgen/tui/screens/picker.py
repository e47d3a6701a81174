"""The deck picker: every deck with its question count, how many are new and due, the last score."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from quizgen.quiz.decks import DeckEntry
from quizgen.tui.literal import clean, literal


class DeckPickerScreen(Screen[None]):
    """Pick a deck with the arrows and Enter (or a click); a broken deck shows its error."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,escape", "app.request_quit", "Quit", key_display="q/esc")
    ]

    class Picked(Message):
        """The player chose a deck to play."""

        def __init__(self, entry: DeckEntry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, entries: list[DeckEntry]) -> None:
        super().__init__()
        self.entries = entries

    def compose(self) -> ComposeResult:
        yield Static(
            Text.assemble(("Pick a deck", "bold"), "   ↑↓ to choose, Enter or click to play"),
            id="picker-title",
        )
        table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True, id="decks")
        yield table
        yield Static("", id="deck-detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Deck", key="deck")
        table.add_column(Text("Questions", justify="right"), key="count")
        table.add_column(Text("New", justify="right"), key="new")
        table.add_column(Text("Due", justify="right"), key="due")
        table.add_column(Text("Last score", justify="right"), key="last")
        for index, entry in enumerate(self.entries):
            table.add_row(*self._cells(entry), key=str(index))
        if not self.entries:
            self.query_one("#deck-detail", Static).update(
                Text("No decks found. Put .yaml question sets in the decks folder, "
                     "or run `quizgen play ARTICLE.txt`.")
            )
        table.focus()

    def _cells(self, entry: DeckEntry) -> tuple[Text, Text, Text, Text, Text]:
        if entry.error:
            return (
                literal("⚠ " + entry.title, style="bold"),
                Text("error", justify="right"),
                Text("", justify="right"),
                Text("", justify="right"),
                Text("", justify="right"),
            )
        last = entry.last_score
        return (
            literal(entry.title),
            Text(str(entry.prompts), justify="right"),
            Text(str(entry.new), justify="right"),
            Text(str(entry.due), justify="right"),
            Text(f"{last[0]}/{last[1]}" if last else "–", justify="right"),
        )

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        entry = self.entries[int(event.row_key.value or 0)]
        detail = literal(str(entry.path), style="dim")
        if entry.error:
            detail.append("\n")
            detail.append(clean(entry.error))
            self.query_one("#deck-detail").add_class("-error")
        else:
            self.query_one("#deck-detail").remove_class("-error")
            if entry.description:
                detail.append("\n")
                detail.append(clean(entry.description))
        self.query_one("#deck-detail", Static).update(detail)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        entry = self.entries[int(event.row_key.value or 0)]
        if entry.error:
            self.notify(clean(f"{entry.title}: {entry.error}"), severity="error", markup=False)
            return
        self.post_message(self.Picked(entry))
