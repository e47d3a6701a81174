"""Noun-phrase chunking with an `nltk.RegexpParser` grammar, without building trees.

`RegexpParser` writes a sentence's tags as "<DT><JJ><NN>", applies each rule's
regular expression to add chunk braces, checks the result and builds a Tree.
This applies the same rule expressions, in the same order, to the same string
with the standard library's `re` (NLTK 3.10 runs them through the slower
`regex` engine under a timeout, a guard against patterns a caller supplies),
and reads the chunks straight from the braces. Only chunk rules are supported,
the only kind our grammar uses; tests check the chunks equal RegexpParser's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.nlp.replacements import Replacement, prepared

_EMPTY_CHUNK = "{}"


class TagChunker:
    """Finds the chunks of one label that a one-stage RegexpParser grammar of chunk rules finds."""

    def __init__(self, grammar: str) -> None:
        from nltk.chunk import RegexpParser
        from nltk.chunk.regexp import ChunkRule

        (stage,) = RegexpParser(grammar)._stages
        rules = stage.rules()
        if not all(type(rule) is ChunkRule for rule in rules):
            raise ValueError("TagChunker supports chunk rules ({...}) only")
        self.label: str = stage._chunk_label
        self._rules: list[tuple[re.Pattern[str], Replacement]] = []
        for rule in rules:
            pattern = re.compile(rule._regexp.pattern)
            self._rules.append((pattern, prepared(pattern, rule._repl)))

    def chunks(self, tags: Sequence[str]) -> list[tuple[int, int]]:
        """Return the chunks of a sentence with these tags, as token ranges `[first, last)`."""
        if not tags:
            return []
        encoded = "<" + "><".join(tags) + ">"
        for pattern, replacement in self._rules:
            encoded = pattern.sub(replacement, encoded).replace(_EMPTY_CHUNK, "")
        # A chunk's tokens: those whose "<" stands between its "{" and its "}".
        # The "<" are counted once, left to right: counting from the start for each chunk
        # took quadratic time on a sentence of a megabyte.
        found: list[tuple[int, int]] = []
        counted, at = 0, 0  # the "<" in encoded[:at]
        close = encoded.find("}")
        while close >= 0:
            opening = encoded.rfind("{", 0, close)
            first = -1
            if opening >= 0:
                counted, at = counted + encoded.count("<", at, opening), opening
                first = counted
            counted, at = counted + encoded.count("<", at, close), close
            found.append((first, counted))
            close = encoded.find("}", close + 1)
        return found
