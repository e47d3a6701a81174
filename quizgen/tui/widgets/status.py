"""The always-visible strip at the top of a question: deck title, progress bar, score."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from quizgen.tui.literal import literal


class QuizStatus(Horizontal):
    """Deck title, "question N/total", a progress bar of answers given, and the score."""

    def __init__(self, title: str, position: int, total: int) -> None:
        super().__init__(id="status")
        self.deck_title = title
        self.position = position
        self.total = total

    def compose(self) -> ComposeResult:
        yield Label(
            literal(self.deck_title, no_wrap=True, overflow="ellipsis"), id="status-title"
        )
        yield Label(Text(f"{self.position}/{self.total}"), id="status-count")
        yield ProgressBar(
            total=max(self.total, 1), show_eta=False, show_percentage=False, id="status-progress"
        )
        yield Label(id="status-score")

    def show_score(self, done: int, score: int) -> None:
        """Show how many prompts are done and how many of them were right."""
        self.query_one(ProgressBar).update(progress=done)
        self.query_one("#status-score", Label).update(Text(f"Score {score}/{done}"))
