"""Text from articles and deck files made safe to show in the TUI: no markup, no control codes.

Rich/Textual markup is never parsed (a rich Text is built, not a markup string),
and control characters are replaced by visible symbols, so an article holding
"[bold]", "\\" or an ANSI escape sequence shows exactly what it holds and can
never restyle the screen or send commands to the terminal.
"""

from __future__ import annotations

from rich.style import StyleType
from rich.text import Text

from quizgen.terminal import clean

__all__ = ["clean", "literal"]


def literal(text: str, style: StyleType = "", **options: object) -> Text:
    """Return a rich Text showing `text` as written (markup-free, control codes made visible)."""
    return Text(clean(text), style=style, **options)  # type: ignore[arg-type]
