"""Normalising decoded text: one kind of newline, Unicode NFC, no terminal escapes or controls.

Modifier letters that stand for an apostrophe between letters ("Swedenˈs")
become the apostrophe ’, so that possessives and contractions read as words.
"""

from __future__ import annotations

import re
import unicodedata

# Terminal escape sequences: CSI (`ESC [ ... final`), OSC (`ESC ] ... BEL` or `ESC \`),
# other `ESC x` pairs, and the 8-bit CSI/OSC introducers. They must never reach a terminal.
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
# Line separators of other systems and of Unicode become "\n".
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# Remaining C0 and C1 controls (but not "\n" and "\t"), the soft hyphen, which
# splits words invisibly, and stray byte-order marks.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\ufeff]")
# U+02BC (modifier letter apostrophe) and U+02C8 (modifier letter vertical line, a
# stress mark) typed for an apostrophe: "Swedenˈs", "donʼt". One character for one,
# so offsets taken later are unaffected.
_APOSTROPHE_LOOKALIKES = re.compile(r"(?<=[^\W\d_])[\u02bc\u02c8](?=[^\W\d_])")


def normalise_text(text: str) -> str:
    """Return `text` with "\\n" newlines, in NFC, without escape sequences or control characters.

    Apostrophe look-alikes between letters become ’.
    """
    text = _ANSI.sub("", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return _APOSTROPHE_LOOKALIKES.sub("\u2019", text)


def strip_terminal_controls(text: str) -> str:
    """Return `text` without escape sequences and control characters (newlines become spaces)."""
    text = _LINE_BREAKS.sub(" ", _ANSI.sub("", text))
    return _CONTROL.sub("", text.replace("\n", " ").replace("\t", " "))
