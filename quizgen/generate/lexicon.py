"""Word knowledge the generator asks about: stopwords, word frequency, WordNet; loaded once, lazily."""

from __future__ import annotations

import functools
import warnings
from typing import Any

# Words never worth blanking, beyond the stopword list: pronouns and vague nouns.
PRONOUNS = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his "
    "himself she her hers herself it its itself they them their theirs themselves this that these "
    "those who whom whose which what one ones someone something anyone anything everyone "
    "everything nobody nothing".split()
)
VAGUE_NOUNS = frozenset(
    "thing things way ways lot lots part parts kind kinds time times day days year years people "
    "man men woman women side sides number numbers level levels fact facts case cases point "
    "points area areas example end beginning issue issues matter matters place places".split()
)


@functools.cache
def stopwords() -> frozenset[str]:
    """Return the English stopword list (lower case), with pronouns added."""
    from nltk.corpus import stopwords as corpus

    from quizgen.nlp.resources import ensure

    ensure("stopwords")
    return frozenset(w.casefold() for w in corpus.words("english")) | PRONOUNS


def is_stopword(word: str) -> bool:
    """Return True for a stopword or pronoun (any case)."""
    return word.casefold() in stopwords()


@functools.cache
def zipf(word: str) -> float:
    """Return the word's Zipf frequency in general English (0 = unseen, 7 = "the")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


@functools.cache
def wordnet() -> Any:
    """Return a WordNet reader that reads lemmas and synsets on demand (see wordnet_index)."""
    from nltk.data import find

    from quizgen.generate.wordnet_index import LazyWordNet
    from quizgen.nlp.resources import ensure

    ensure("wordnet")
    with warnings.catch_warnings():
        # "multilingual functions are not available": we read English WordNet only.
        warnings.simplefilter("ignore", UserWarning)
        return LazyWordNet(find("corpora/wordnet"))


def noun_lemma(word: str) -> str:
    """Return the singular form of a noun as WordNet knows it (the word itself if unknown)."""
    return _noun_lemma(word.casefold())


@functools.cache
def _noun_lemma(word: str) -> str:
    found = wordnet().morphy(word, "n")
    return found or word


def verb_lemma(word: str) -> str:
    """Return a verb's base form ("began" -> "begin"), or the word itself if unknown."""
    return _verb_lemma(word.casefold())


@functools.cache
def _verb_lemma(word: str) -> str:
    return wordnet().morphy(word, "v") or word


def is_plural(noun: str) -> bool:
    """Return True when the noun is a plural form ("roadmaps", "children")."""
    lower = noun.casefold()
    lemma = noun_lemma(noun)
    if lemma == lower and not wordnet().synsets(lower, "n"):
        # Unknown to WordNet ("roadmaps"): judge by the ending.
        return lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
    return lemma != lower


def pluralize(noun: str) -> str:
    """Return a plausible English plural of a singular noun."""
    lower = noun.casefold()
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if lower.endswith("y") and lower[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"
