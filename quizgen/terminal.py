"""Text from articles and deck files made safe for a terminal: control codes become visible symbols.

An ANSI escape sequence in an article or a deck must never restyle the screen or
send commands to the terminal, in the TUI or in plain command output.
"""

from __future__ import annotations

import re

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
