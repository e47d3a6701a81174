"""Our own news-like text and NLTK's own components, to compare our faster ones with."""

from __future__ import annotations

import random

from .entity_gold import HELDOUT_FILE, load_gold


def news_paragraphs() -> list[str]:
    """Return paragraphs of news-style text: the gold sentences, then shuffled copies of them.

    Shuffled word order puts words in contexts the originals never had, so the
    tagger's context features and the chunker's rules meet many more cases
    (several thousand words in all).
    """
    sentences = [item.text for item in (*load_gold(), *load_gold(HELDOUT_FILE))]
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    shuffler = random.Random(7)
    for _ in range(4):
        for sentence in sentences:
            words = sentence.split()
            shuffler.shuffle(words)
            paragraphs.append(" ".join(words) + ".")
    return paragraphs


def nltk_punkt_params() -> object:
    """Return the English Punkt parameters quizgen's data folder provides."""
    from nltk.data import find
    from nltk.tokenize.punkt import load_punkt_params

    from quizgen.nlp.resources import ensure

    ensure("punkt_tab")
    return load_punkt_params(find("tokenizers/punkt_tab/english/"))
