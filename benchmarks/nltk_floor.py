"""The floor generating is measured against: plain NLTK sentence splitting, tokenising, tagging.

Run as `python -m benchmarks.nltk_floor FILE` (with NLTK_DATA pointing at
quizgen's data folder), it is the cold-start floor: a fresh interpreter that
imports NLTK and tags the file, and nothing else.
"""

from __future__ import annotations

import sys
from typing import Any


def prepare() -> None:
    """Put quizgen's NLTK data folder on nltk.data.path, built if needed, as quizgen itself does."""
    from quizgen.nlp.resources import ensure

    ensure("punkt_tab")
    ensure("tagger")


def tag_text(text: str) -> list[list[tuple[str, Any]]]:
    """Return the text's sentences as tagged tokens, the least any generator must do."""
    import nltk

    sentences = nltk.sent_tokenize(text)
    # pos_tag_sents loads the tagger once for all sentences (pos_tag would too, cached).
    return nltk.pos_tag_sents(nltk.word_tokenize(s, preserve_line=True) for s in sentences)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as source:
        tag_text(source.read())
