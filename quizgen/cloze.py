"""Anki's cloze syntax: parse `{{c1::answer::hint}}` deletions, check them, and render blanks."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Anki reads the first `::` after the answer as the hint separator, and an answer
# cannot contain `}}`; we refuse both rather than produce a card that renders wrong.
_DELETION = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_SHORT = re.compile(r"\{\{(?!c\d+::)(.+?)(?:::(.*?))?\}\}", re.DOTALL)


@dataclass(frozen=True)
class Deletion:
    """One `{{cN::answer::hint}}` in a cloze text, with its character span."""

    index: int
    answer: str
    hint: str | None
    start: int
    end: int


def deletions(text: str) -> list[Deletion]:
    """Return the deletions of a cloze text in reading order."""
    return [
        Deletion(int(m.group(1)), m.group(2), m.group(3), m.start(), m.end())
        for m in _DELETION.finditer(text)
    ]


def card_indexes(text: str) -> list[int]:
    """Return the distinct cN numbers, sorted: Anki makes one card for each."""
    return sorted({d.index for d in deletions(text)})


def make_deletion(answer: str, index: int = 1, hint: str | None = None) -> str:
    """Return `{{cN::answer}}` or `{{cN::answer::hint}}`.

    Raises ValueError for text that Anki would misread (`::`, `{{`, `}}`).
    """
    for part in (answer, hint or ""):
        if any(bad in part for bad in ("::", "{{", "}}")):
            raise ValueError(f"cloze text cannot contain '::', '{{{{' or '}}}}': {part!r}")
    if not answer.strip():
        raise ValueError("a cloze answer cannot be empty")
    return f"{{{{c{index}::{answer}{'::' + hint if hint else ''}}}}}"


def syntax_problems(text: str) -> list[tuple[int, str]]:
    """Return (character offset, message) for each syntax problem in a cloze text.

    Finds: no deletion at all, `{{` or `}}` left unbalanced, an empty answer,
    and a c0 number (Anki counts from 1).
    """
    problems: list[tuple[int, str]] = []
    found = deletions(text)
    covered = [(d.start, d.end) for d in found]
    for d in found:
        if not d.answer.strip():
            problems.append((d.start, "a cloze deletion has an empty answer"))
        if d.index < 1:
            problems.append((d.start, f"cloze numbers start at c1, not c{d.index}"))
        if "{{" in d.answer or "{{" in (d.hint or ""):
            problems.append((d.start, "a cloze deletion contains another '{{'"))

    def outside(pos: int) -> bool:
        return not any(start <= pos < end for start, end in covered)

    empty = {m.start() for m in re.finditer(r"\{\{\s*\}\}", text) if outside(m.start())}
    problems += [(at, "a cloze deletion has an empty answer") for at in sorted(empty)]
    for match in re.finditer(r"\{\{|\}\}", text):
        if outside(match.start()) and not _in_empty(match.start(), text, empty):
            kind = "unclosed '{{'" if match.group() == "{{" else "'}}' without a matching '{{'"
            problems.append((match.start(), kind))
    if not found and not problems:
        problems.append((0, "a cloze needs at least one deletion such as {{c1::answer}}"))
    return sorted(problems)


def _in_empty(at: int, text: str, empty: set[int]) -> bool:
    """Return True when the braces at `at` are those of an empty deletion "{{}}" (or "{{ }}")."""
    return at in empty or any(start < at and not text[start + 2 : at].strip() for start in empty)


def expand_short_form(text: str) -> str:
    """Number bare `{{answer}}` and `{{answer::hint}}` deletions after any existing cN."""
    taken = {d.index for d in deletions(text)}
    counter = max(taken, default=0)

    def number(match: re.Match[str]) -> str:
        nonlocal counter
        counter += 1
        hint = match.group(2)
        return f"{{{{c{counter}::{match.group(1)}{'::' + hint if hint else ''}}}}}"

    return _SHORT.sub(number, text)


def render(text: str, hide: int | None = None, blank: str = "[...]") -> str:
    """Return the text as a reader sees it: deletion `hide` blanked, every other one shown.

    With `hide=None` every deletion is shown (the back of the card). A hint, if
    any, replaces the blank: `[place]`.
    """

    def show(match: re.Match[str]) -> str:
        index, answer, hint = int(match.group(1)), match.group(2), match.group(3)
        if hide is not None and index == hide:
            return f"[{hint}]" if hint else blank
        return answer

    return _DELETION.sub(show, text)


def answers_for(text: str, index: int) -> list[str]:
    """Return the answers of deletion number `index` (several if cN repeats)."""
    return [d.answer for d in deletions(text) if d.index == index]
