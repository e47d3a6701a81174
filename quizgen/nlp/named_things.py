"""Names shaped like people's that name places of business, wines and cheeses, or works in a list.

"Harbour Grill", "Town Hall", "Beaujolais" and "Black Swan" (beside "Toy
Story 3") are written like a first name and a surname, or a surname alone;
the words they end in, WordNet, or the names listed with them say otherwise.
"""

from __future__ import annotations

import functools

from quizgen.nlp import gazetteer as gz

# WordNet's file of kinds of food and drink, some named after a place or a maker:
# "Beaujolais", "Brie" (WordNet writes them capitalised). Not noun.plant, whose
# capitalised lemmas are mostly genera ("Arabidopsis", "Thymus").
_PRODUCE_LEXNAME = "noun.food"


# Venue words that are also common surnames: "Town Hall", but "Rosa Hall said".
_SURNAME_VENUES = frozenset(("hall",))


def venue_name(lower: list[str], *, first_is_a_name: bool, first_is_common: bool) -> bool:
    """Return True for a name that ends in a place of business or a hall: "Harbour Grill".

    `first_is_a_name` and `first_is_common` say whether the first word is known
    as a name, or as a common word. "Stuart Hall" (a first name, then "Hall") is
    a person's name; so may "Rosa Hall" be: with a surname's word, the first
    word must be a common one ("Town Hall") or the name three words long.
    """
    if len(lower) < 2 or lower[-1] not in gz.VENUE_WORDS:
        return False
    if lower[-1] in _SURNAME_VENUES:
        return first_is_common or len(lower) > 2
    return not (len(lower) == 2 and first_is_a_name)


@functools.lru_cache(maxsize=4096)
def kind_of_produce(word: str) -> bool:
    """Return True when WordNet's first sense of the capitalised `word` is a kind of food
    or drink (not a named instance): "Beaujolais", "Gouda", "Cognac"."""
    from quizgen.nlp.lexicon import lazy_wordnet

    if not word[:1].isupper() or not word.isalpha():
        return False
    synsets = lazy_wordnet().synsets(word, pos="n")
    if not synsets:
        return False
    first = synsets[0]
    return (
        first.lexname() == _PRODUCE_LEXNAME
        and word in first.lemma_names()
        and not first.instance_hypernyms()
    )


def listed_together(words: list[str]) -> bool:
    """Return True when the words between two names only join items of a list: ",", "or"."""
    return 0 < len(words) <= 2 and all(word in (",", "and", "or", "&") for word in words)
