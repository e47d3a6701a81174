"""Normalising decoded text: one kind of newline, Unicode NFC, no terminal escapes or controls.

A dash lost in conversion leaves its two spaces and one more ("Pernod   at
7.5bn euros   is"): three spaces inside a sentence become " – " again, or
the sentence would run its aside into its words.

Modifier letters that stand for an apostrophe between letters ("Swedenˈs")
become the apostrophe ’, so that possessives and contractions read as words,
and a pair of them around words ("he said, ˈyes.ˈ") becomes the quotation
marks ‘ ’, so that the sentence ends where the quotation does.
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
# stress mark) typed for an apostrophe ("Swedenˈs", "donʼt") or for quotation marks
# ("said, ˈyes.ˈ"). One character for one, so offsets taken later are unaffected.
_LOOKALIKE = re.compile(r"[\u02bc\u02c8]")
# Where a look-alike opens a quotation (after a space or an opening mark, before a letter)
# and where it closes one (after a letter or a full stop, before a space or punctuation).
_OPENS_AFTER = frozenset(' \t\n([{“"‘—–-')
_CLOSES_BEFORE = frozenset(' \t\n)]}”"’.,;:!?—–-')
# Exactly three spaces between words, not after a sentence's end: a dash and its spaces
# once stood there. The same length, so offsets stay true.
_LOST_DASH = re.compile(r"(?<=[\w)%]) {3}(?=[\w($£€])")
# A line of prose, not a table's "Name   Age   Town": a dozen words at least.
_PROSE_WORDS = 12
# Phonetic letters: a stress mark among them is one ("/tᵻˈnɒfərə/"), never an apostrophe.
_PHONETIC = re.compile(r"[\u0250-\u02af\u1d00-\u1dbf\u02d0\u02d1]")


def normalise_text(text: str) -> str:
    """Return `text` with "\\n" newlines, in NFC, without escape sequences or control characters.

    Apostrophe look-alikes between letters become ’.
    """
    text = _ANSI.sub("", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if "   " in text:
        text = "\n".join(
            _LOST_DASH.sub(" – ", line) if len(line.split()) >= _PROSE_WORDS else line
            for line in text.split("\n")
        )
    if _LOOKALIKE.search(text) is None:
        return text
    return _replace_lookalikes(text)


def _replace_lookalikes(text: str) -> str:
    """Return `text` with apostrophe look-alikes read as apostrophes or paired quotation marks."""
    chars = list(text)
    opened: int | None = None  # an opening look-alike waiting for its partner
    for match in _LOOKALIKE.finditer(text):
        at = match.start()
        before = text[at - 1] if at else "\n"
        after = text[at + 1] if at + 1 < len(text) else "\n"
        if opened is not None and "\n" in text[opened:at]:
            opened = None  # a quotation does not run across lines
        if _PHONETIC.search(_word_around(text, at)):
            continue
        if before.isalpha() and after.isalpha():
            chars[at] = "\u2019"  # "Swedenˈs", "donʼt"
        elif (
            opened is not None
            and (before.isalnum() or before in ".,!?;:")
            and after in _CLOSES_BEFORE
        ):
            chars[opened], chars[at] = "\u2018", "\u2019"  # "said, ˈyes.ˈ"
            opened = None
        elif before in _OPENS_AFTER and after.isalpha():
            opened = at
    return "".join(chars)


def _word_around(text: str, at: int) -> str:
    """Return the characters around `at` up to the nearest spaces (at most 40 each way)."""
    low, high = max(0, at - 40), min(len(text), at + 40)
    start = max(text.rfind(" ", low, at), text.rfind("\n", low, at), low - 1) + 1
    ends = [end for end in (text.find(" ", at, high), text.find("\n", at, high)) if end != -1]
    return text[start : min(ends) if ends else high]


def strip_terminal_controls(text: str) -> str:
    """Return `text` without escape sequences and control characters (newlines become spaces)."""
    text = _LINE_BREAKS.sub(" ", _ANSI.sub("", text))
    return _CONTROL.sub("", text.replace("\n", " ").replace("\t", " "))
