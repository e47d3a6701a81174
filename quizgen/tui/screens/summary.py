"""The end of a session: score, time, the questions missed with their answers, and a retry key."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizgen.quiz.session import Session
from quizgen.tui.literal import clean


def format_duration(seconds: float) -> str:
    """Return seconds as "m:ss" (or "h:mm:ss" past an hour)."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


class SummaryScreen(Screen[None]):
    """Show how a session went; `r` retries the missed prompts, Escape goes back or quits.

    Back (Escape or `b`) leads to the deck picker when the quiz was picked there. A quiz
    started from a file has no picker behind it, so there Escape quits, as `q` does.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "retry", "Retry missed"),
        Binding("escape,b", "back", "Decks", key_display="esc/b"),
        Binding("q", "quit", "Quit"),
        Binding("q,escape", "leave", "Quit", key_display="q/esc"),
    ]

    class Retry(Message):
        """The player wants to replay the missed prompts."""

    class Back(Message):
        """The player wants the deck picker again."""

    def __init__(self, session: Session, *, can_go_back: bool = False) -> None:
        super().__init__()
        self.session = session
        self.can_go_back = can_go_back

    def compose(self) -> ComposeResult:
        session = self.session
        answered = len(session.results)
        percent = round(100 * session.score / answered) if answered else 0
        head = Text.assemble(
            ("Finished: ", "bold"),
            clean(session.question_set.title),
            "\n",
            ("Score ", "bold"),
            f"{session.score}/{answered} ({percent}%)",
            "    ",
            ("Time ", "bold"),
            format_duration(session.elapsed),
        )
        yield Static(head, id="summary-head")
        missed = session.missed()
        with VerticalScroll(id="summary-missed"):
            if not missed:
                yield Static(Text("No mistakes. Well done!"), classes="missed")
            for result in missed:
                line = Text("✗ ", style="bold")
                line.append(clean(result.prompt.text))
                line.append("\n  Answer: ")
                line.append(clean(result.prompt.answer_text), style="bold")
                if result.given:
                    line.append("   you: ")
                    line.append(clean(result.given))
                yield Static(line, classes="missed")
        yield Footer()

    def on_mount(self) -> None:
        # Focused, so the arrow and page keys scroll a long list of mistakes.
        self.query_one("#summary-missed").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retry":
            return bool(self.session.missed())
        if action in ("back", "quit"):
            return self.can_go_back
        if action == "leave":
            return not self.can_go_back
        return True

    def action_retry(self) -> None:
        if self.session.missed():
            self.post_message(self.Retry())

    def action_back(self) -> None:
        if self.can_go_back:
            self.post_message(self.Back())

    async def action_quit(self) -> None:
        await self.run_action("app.request_quit")

    async def action_leave(self) -> None:
        await self.run_action("app.request_quit")
