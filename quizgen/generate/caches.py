"""The generator's word caches: each bounded, and all emptied at once between batch runs.

Memos keyed by words (lemmas, senses, zipf values, forms) make one article
fast, since it asks about the same words again and again; over a batch of
hundreds of articles they would grow without end. Every one is an LRU of at
most WORD_CACHE_SIZE entries, and `clear_word_caches()` empties them together
with the WordNet reader's own caches.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

# Entries of each word cache: the distinct words of a long article (a 60,000-word text has
# some 30,000), so one article rarely evicts its own words; a batch empties them every run.
WORD_CACHE_SIZE = 16_384
# Synsets NLTK's reader may keep before `trim_word_caches` empties them: a few articles' worth.
MAX_CACHED_SYNSETS = 20_000
_registered: list[Any] = []


def word_cache(function: F | None = None, *, maxsize: int = WORD_CACHE_SIZE) -> Any:
    """Decorate a function with a bounded LRU memo that `clear_word_caches` empties."""

    def decorate(inner: F) -> F:
        cached = functools.lru_cache(maxsize=maxsize)(inner)
        _registered.append(cached)
        return cached  # type: ignore[return-value]

    return decorate(function) if function is not None else decorate


def cache_sizes() -> dict[str, tuple[int, int]]:
    """Return each word cache's (entries, bound), by its function's qualified name."""
    found = {}
    for cached in _registered:
        info = cached.cache_info()
        found[f"{cached.__module__}.{cached.__qualname__}"] = (info.currsize, info.maxsize)
    return found


def clear_word_caches() -> None:
    """Empty every word cache of the generator, the word-frequency memo and WordNet's caches."""
    from quizgen.nlp.lexicon import forget_words

    for cached in _registered:
        cached.cache_clear()
    forget_words()


def trim_word_caches() -> None:
    """Empty the caches once WordNet's reader holds more than MAX_CACHED_SYNSETS synsets.

    For a long-lived process that calls the generator article after article.
    """
    from quizgen.nlp.lexicon import cached_synsets

    if cached_synsets() > MAX_CACHED_SYNSETS:
        clear_word_caches()
