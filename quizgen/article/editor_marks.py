"""An encyclopedia's marks for its editors, taken out of the text: "As of January 2016[update],",
"the largest city[3] in", "Yuan Ulus[a]", "[citation needed]".

Copied from a wiki page, they sit glued to the word before them, inside sentences
a question shows; they are no part of the prose.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# Glued to what comes before (never after a space: "[3]" alone may be a list's number):
# a footnote's number or letter, a note ("[note 2]", "[nb 1]"), and the maintenance tags
# ("[update]", "[citation needed]", "[when?]", "[not in citation given]", "[dubious – discuss]").
# A tag of one word only if it is one of theirs: "want[ed]" in a quotation is the quoter's.
_MARK = re.compile(
    r"(?<=[^\s\[])\[(\d{1,3}|[a-z]|(?:note|nb|n)\s?\d{1,3}|update|vague|specify|sic"
    r"|dubious[^\]\n]{0,16}|[a-z]+\?|[a-z]+(?: [a-z]+){1,5}\??)\]"
)
_OPENERS = "[(“‘"


def drop_editor_marks(text: str, *, skip_lines: Collection[int] = ()) -> str:
    """Return `text` without the editor's marks; lines whose index is in `skip_lines` (code,
    for instance) are left alone."""
    if "[" not in text:
        return text
    if not skip_lines:
        return _MARK.sub(_unless_text, text)
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if index not in skip_lines and "[" in line:
            lines[index] = _MARK.sub(_unless_text, line)
    return "\n".join(lines)


def _unless_text(match: re.Match[str]) -> str:
    """Return "" for an editor's mark, or the match itself where the brackets are the text's:
    a quoter's letter ('"[t]he compact"', '"[a] drought"') or a formula's index ("x[n]")."""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1]
    if before in _OPENERS or (before == '"' and (start < 2 or text[start - 2].isspace())):
        return match.group()  # right after an opening quotation mark or bracket
    if end < len(text) and text[end].isalpha():
        return match.group()  # "[t]he": the word goes on after it
    word = re.search(r"\w+$", text[:start])
    if match.group(1).isalpha() and len(match.group(1)) == 1 and word and len(word.group()) < 2:
        return match.group()  # "x[n]", "a[i]": an index
    return ""
