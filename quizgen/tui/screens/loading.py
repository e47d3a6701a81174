"""Shown while a question set is made from an article (in a worker thread)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Label, LoadingIndicator

from quizgen.tui.literal import literal


class LoadingScreen(Screen[None]):
    """A spinner and what is being done ("Generating questions from x.txt…")."""

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical(id="loading"):
            yield Label(literal(self.what), id="loading-what")
            yield LoadingIndicator()
        yield Footer()
