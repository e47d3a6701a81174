"""Text from articles and deck files made safe to show: no markup, no terminal control codes.

Rich/Textual markup is never parsed (a rich Text is built, not a markup string),
and control characters are replaced by visible symbols, so an article holding
"[bold]", "\\" or an ANSI escape sequence shows exactly what it holds and can
never restyle the screen or send commands to the terminal.
"""

from __future__ import annotations

import re

from rich.style import StyleType
from rich.text import Text

# C0 controls except tab and newline, DEL, and C1 controls (0x80-0x9f, e.g. CSI).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    # U+2400 "Control Pictures" has a symbol for each C0 code (␛ for ESC), U+2421 for DEL.
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"


def clean(text: str) -> str:
    """Return `text` with control characters replaced by visible symbols."""
    return _CONTROL.sub(_visible, text)


def literal(text: str, style: StyleType = "", **options: object) -> Text:
    """Return a rich Text showing `text` as written (markup-free, control codes made visible)."""
    return Text(clean(text), style=style, **options)  # type: ignore[arg-type]
