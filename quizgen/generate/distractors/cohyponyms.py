"""WordNet "sister terms" of an answer: other hyponyms of its hypernym, in the answer's form.

"vaccine" gives "antitoxin"; "Belarus" (an instance of European country)
gives "Latvia". Matched in number (singular/plural), capitalisation and rough
word frequency, closest frequency first.
"""

from __future__ import annotations

import functools
from typing import Any

from quizgen.generate import lexicon
from quizgen.generate.distractors.fallback import known_place_kind

_MAX_ZIPF_GAP = 1.5
# Two terms are of one kind when their nearest common category is this deep in WordNet
# ("internal organ": 6, "chemical agent": 5; "artifact": 4, "object": 2, "entity": 0).
_RELATED_DEPTH = 5
# Common words have many senses and WordNet's first is often not the article's
# ("governments" -> "population controls"); only rarer, more specific words are asked.
_MAX_ANSWER_ZIPF = 4.5
# Rarer than this, a word is technical ("photosynthesis") and has one sense: any kind will do.
_TECHNICAL_ZIPF = 3.0
# Kinds of things whose sisters make fair distractors: chemical elements, organs, animals,
# jobs. Artifacts, abstractions and common-noun locations have sisters like "dolly" for
# "tram" or "bush" for "frontier"; named places (instances) are handled apart.
_CONCRETE = frozenset(
    {
        "noun.substance",
        "noun.plant",
        "noun.animal",
        "noun.body",
        "noun.food",
        "noun.object",
        "noun.phenomenon",
        "noun.process",
        "noun.person",
    }
)


def cohyponyms(answer: str, *, limit: int = 12) -> list[str]:
    """Return sister terms of the whole answer as WordNet knows it ([] if it does not).

    Only the whole answer is looked up: swapping the head of a longer phrase
    ("vaccine production" -> "vaccine action") reads as nonsense.
    """
    return list(_cohyponyms(answer, limit))


@functools.lru_cache(maxsize=4096)
def _cohyponyms(answer: str, limit: int) -> tuple[str, ...]:
    words = answer.split()
    if not words or (answer[:1].islower() and lexicon.zipf(answer) > _MAX_ANSWER_ZIPF):
        return ()
    return tuple(_sisters("_".join(words), answer, limit=limit))


def _sisters(lemma: str, surface: str, *, limit: int) -> list[str]:
    plural = lexicon.is_plural(surface.split()[-1])
    base = lexicon.noun_lemma(lemma) if plural else lemma
    capital = surface[:1].isupper()
    target_zipf = lexicon.zipf(surface.replace("_", " "))
    seen = {base.casefold().replace("_", " ")}
    scored: list[tuple[int, float, int, str]] = []
    order = 0
    for synset in _first(base):
        if (
            synset.lexname() not in _CONCRETE
            and not synset.instance_hypernyms()
            and (target_zipf > _TECHNICAL_ZIPF)
        ):
            continue
        # An instance (Belarus) has instance sisters (Latvia); a class (vaccine) has classes.
        instance = bool(synset.instance_hypernyms())
        # NLTK returns related synsets in hash order: sort them, or runs would differ.
        hypernyms = synset.instance_hypernyms() if instance else synset.hypernyms()
        for hypernym in sorted(hypernyms, key=_name):
            sisters = hypernym.instance_hyponyms() if instance else hypernym.hyponyms()
            for sister in sorted(sisters, key=_name):
                if sister == synset:
                    continue
                name = sister.lemmas()[0].name().replace("_", " ")
                if name.casefold() in seen or name[:1].isupper() != capital:
                    continue
                if not capital and " " in name and " " not in surface:
                    continue  # "ski tow" beside "tram": a phrase stands out among words
                seen.add(name.casefold())
                if plural:
                    name = lexicon.pluralize(name)
                gap = abs(lexicon.zipf(name) - target_zipf) if target_zipf else 0.0
                if gap > _MAX_ZIPF_GAP and target_zipf:
                    continue
                order += 1
                # Well-known places first: "Latvia" before "Flanders".
                known = 0 if known_place_kind(name) else 1
                scored.append((known, round(gap, 1), order, name))
    scored.sort()
    return [name for *_, name in scored[:limit]]


def related_terms(answer: str, other: str) -> bool:
    """Return True if WordNet puts the two terms' head nouns in one specific category.

    "batteries" and "cells" meet at "electrical device"; "batteries" and
    "car makers" only at "entity". Unknown words are not related.
    """
    return _related(_head(answer), _head(other))


def _head(term: str) -> str:
    words = term.split()
    return lexicon.noun_lemma(words[-1]) if words else ""


def _related(a: str, b: str) -> bool:
    if not a or not b or a == b:
        return False
    first, second = _categories(a), _categories(b)
    # "vehicle" is not a wrong answer beside "tram": it is the tram's own category.
    if _names(a) & second or _names(b) & first:
        return False
    return bool(first & second)


@functools.lru_cache(maxsize=16384)
def _names(lemma: str) -> frozenset[str]:
    return frozenset(s.name() for s in _first(lemma))


@functools.lru_cache(maxsize=16384)
def _categories(lemma: str) -> frozenset[str]:
    """Return the specific categories (ancestors at least _RELATED_DEPTH deep) of a noun."""
    found: set[str] = set()
    for synset in _first(lemma):
        for path in synset.hypernym_paths():
            # path runs from the root ("entity") down to the synset itself.
            found.update(s.name() for s in path[_RELATED_DEPTH:-1])
    return frozenset(found)


def _first(lemma: str) -> list[Any]:
    """Return the word's most common noun sense, as a list of none or one."""
    sense = lexicon.first_sense(lemma)
    return [sense] if sense is not None else []


def _name(synset: Any) -> str:
    return str(synset.name())
