"""Sentences that lost their full stop: "…in chain restaurants, coffee shops It could get harder…".

Inside a sentence, "It", "They", "You" or "The" written with a capital after
a lower-case word start a new one: a headline or a sentence lost its final
mark there (often with its line break). Titles of works are the exception
("he wrote The Foundations of…"), so a word that introduces one ("wrote",
"novel", "called") rules the place out, and so do "He" (helium's symbol) and
"I".
"""

from __future__ import annotations

import re

# A lower-case word, then a capitalised opener, then a lower-case word: "shops It could".
# A capitalised opener and a lower-case word after a space: where to look more closely.
_OPENER = re.compile(
    r"[ \t](?=(?P<opener>It|You|We|They|She|There|This|These|Those|Its|Our|Their|The)\s+[a-z])"
)
# The word before it: lower case, or after a capitalised word only "The" counts ("…the
# Head The head is…" is a heading, but "the Britain Can Make It exhibition" is a title).
_LOWER_BEFORE = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*[a-z][ \t]*$")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][a-z’'-]*[a-z][ \t]*$")
_LOOK_BACK = 40
# fmt: off
# Words after which a capitalised "The" opens a title: "wrote The Foundations of…".
_TITLE_INTRODUCER_LIST = (
    "wrote written write writes writing read reads reading called titled entitled named "
    "dubbed book books novel novels film films movie movies song songs album albums play "
    "plays poem poems show shows series magazine newspaper paper game games opera painting "
    "story stories starred stars directed sang sings played watched published publish "
    "released release edited produced hosted presented see seen saw"
)
_TITLE_INTRODUCERS = frozenset(_TITLE_INTRODUCER_LIST.split())
# fmt: on


def lost_stops(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Return where sentences start in `text[start:end]` after a sentence that lost its stop."""
    end = len(text) if end is None else end
    found: list[int] = []
    for match in _OPENER.finditer(text, start, end):
        window = max(start, match.start() - _LOOK_BACK)
        before = _LOWER_BEFORE.search(text, window, match.start() + 1)
        if before is None and match.group("opener") == "The":
            before = _CAPITALISED_BEFORE.search(text, window, match.start() + 1)
        if before is not None and before.group().strip().lower() not in _TITLE_INTRODUCERS:
            found.append(match.end())
    return found
