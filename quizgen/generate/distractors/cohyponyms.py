"""WordNet "sister terms" of an answer: other hyponyms of its hypernym, in the answer's form.

"vaccine" gives "antitoxin"; "Belarus" (an instance of European country)
gives "Latvia". Matched in number (singular/plural), capitalisation and rough
word frequency, closest frequency first.
"""

from __future__ import annotations

from typing import Any

from quizgen.generate import lexicon
from quizgen.generate.distractors.fallback import known_place_kind

_MAX_ZIPF_GAP = 1.5
# Common words have many senses and WordNet's first is often not the article's
# ("governments" -> "population controls"); only rarer, more specific words are asked.
_MAX_ANSWER_ZIPF = 4.0
_SENSES = 1  # only the most common sense: rarer ones give odd sisters
# Kinds of things whose sisters make fair distractors: chemical elements, organs, animals,
# jobs, rivers. Artifacts and abstractions have sisters like "dolly" for "tram".
_CONCRETE = frozenset({
    "noun.substance", "noun.plant", "noun.animal", "noun.body", "noun.food", "noun.object",
    "noun.phenomenon", "noun.process", "noun.location", "noun.person",
})


def cohyponyms(answer: str, *, limit: int = 12) -> list[str]:
    """Return sister terms of the whole answer as WordNet knows it ([] if it does not).

    Only the whole answer is looked up: swapping the head of a longer phrase
    ("vaccine production" -> "vaccine action") reads as nonsense.
    """
    words = answer.split()
    if not words or (answer[:1].islower() and lexicon.zipf(answer) > _MAX_ANSWER_ZIPF):
        return []
    return _sisters("_".join(words), answer, limit=limit)


def _sisters(lemma: str, surface: str, *, limit: int) -> list[str]:
    wordnet = lexicon.wordnet()
    plural = lexicon.is_plural(surface.split()[-1])
    base = lexicon.noun_lemma(lemma) if plural else lemma
    capital = surface[:1].isupper()
    target_zipf = lexicon.zipf(surface.replace("_", " "))
    seen = {base.casefold().replace("_", " ")}
    scored: list[tuple[int, float, int, str]] = []
    order = 0
    for synset in wordnet.synsets(base, "n")[:_SENSES]:
        if synset.lexname() not in _CONCRETE and not synset.instance_hypernyms():
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


def _name(synset: Any) -> str:
    return str(synset.name())
