"""Turn question text into Anki field HTML: everything escaped, only our own markup live."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from quizgen.cloze import Deletion, deletions
from quizgen.export.note_types import CORRECT_CLASS

_SPECIAL = re.compile("[&<>\"'{}\r\n]")


def escape_text(text: str) -> str:
    """Return `text` as HTML that shows it literally in an Anki field.

    html.escape plus braces, so that a literal `{{c1::` from an article is neither
    a cloze to Anki nor a template reference; a newline becomes <br>, since Anki
    would keep it as mere whitespace. (Chained replace is ~3x faster than
    str.translate here, which matters for 10,000-question exports.)
    """
    if _SPECIAL.search(text) is None:
        return text  # most text needs nothing, and one search is cheaper than nine replaces
    return (
        html.escape(text)
        .replace("{", "&#123;")
        .replace("}", "&#125;")
        .replace("\r", "")
        .replace("\n", "<br>")
    )


def _escape_deletion_part(text: str) -> str:
    # Also the colon: Anki splits answer and hint at the first `::` it meets, so a
    # `::` inside a hint, or a colon beside the separator, must not look like one.
    return escape_text(text).replace(":", "&#58;")


def cloze_text(text: str, found: Sequence[Deletion] | None = None) -> str:
    """Return a cloze text as a Text field: deletions live, every other character literal.

    Deletions are read the way quizgen.cloze reads them (pass `found`, its
    `deletions(text)`, to skip reading again); their answers and hints are
    escaped, `::`, `{{` and `}}` included, so Anki shows them as written.
    """
    parts: list[str] = []
    position = 0
    for deletion in deletions(text) if found is None else found:
        parts.append(escape_text(text[position : deletion.start]))
        parts.append(f"{{{{c{deletion.index}::{_escape_deletion_part(deletion.answer)}")
        if deletion.hint:
            parts.append("::" + _escape_deletion_part(deletion.hint))
        parts.append("}}")
        position = deletion.end
    parts.append(escape_text(text[position:]))
    return "".join(parts)


def choices_list(choices: Sequence[str], answer_index: int) -> str:
    """Return the Choices field: an <ol> of escaped choices, the right one classed for the back."""
    items = [
        f'<li class="{CORRECT_CLASS}">{escape_text(choice)}</li>'
        if index == answer_index
        else f"<li>{escape_text(choice)}</li>"
        for index, choice in enumerate(choices)
    ]
    return '<ol class="qz-choices">' + "".join(items) + "</ol>"


def source_text(escaped_title: str, sentence: str) -> str:
    """Return the Source field: the (already escaped) article title, then the sentence."""
    if not sentence:
        return escaped_title
    return f"{escaped_title}<br>{escape_text(sentence)}" if escaped_title else escape_text(sentence)
