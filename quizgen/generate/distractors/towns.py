"""Towns in WordNet: which names are towns, and the other towns of a town's state or country.

"Nanchang" gives "Shanghai", "Wuhan" (China's), not "Novosibirsk": a wrong
place a reader could believe is one of the same country.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from quizgen.generate import lexicon
from quizgen.generate.caches import word_cache
from quizgen.generate.distractors.categories import ancestors, heads

if TYPE_CHECKING:
    from quizgen.nlp.wordnet_index import SynsetHead


def neighbour_towns(offset: int) -> list[SynsetHead]:
    """Return the other towns of a town's state or country: "Nanchang" -> "Wuhan", "Shanghai".

    WordNet makes a town part of its state or country ("San Francisco" of
    California, "Nanchang" of China); the state's towns come before its
    country's. A national capital is left to the other capitals ("Tokyo" ->
    "Madrid"), and anything but a town gets none.
    """
    reader = lexicon.wordnet()
    kinds = reader.pointers("n", offset).get("@i", ())
    if not any(_is_town_kind(k) for k in kinds) or _capital_kind() in kinds:
        return []
    regions = list(reader.pointers("n", offset).get("#p", ()))
    # A state's or province's country; not a continent, which holds too many countries.
    regions += [
        country
        for region in regions
        for country in reader.pointers("n", region).get("#p", ())
        if _is_country(country)
    ]
    return [
        town
        for region in dict.fromkeys(regions)
        for town in heads(reader.pointers("n", region).get("%p", ()))
        if town.offset != offset
        and any(_is_town_kind(k) for k in reader.pointers("n", town.offset).get("@i", ()))
    ]


@word_cache
def is_town_name(lemma: str) -> bool:
    """Return True if the name's first sense in WordNet is a town: "Cairo", "Manchester"."""
    first = lexicon.first_sense_offset(lemma)
    kinds = lexicon.wordnet().pointers("n", first).get("@i", ()) if first is not None else ()
    return any(_is_town_kind(kind) for kind in kinds)


@word_cache
def _is_town_kind(offset: int) -> bool:
    """Return True for the category "city" or "town" and their kinds ("state capital")."""
    return bool({offset, *ancestors(offset)} & _town_kinds())


@word_cache
def _is_country(offset: int) -> bool:
    """Return True for a country (an instance of a kind of "country"): "China", "France"."""
    reader = lexicon.wordnet()
    country = reader.lookup("country", "n")[1]  # country.n.02, "a politically organized body"
    return any(country in {k, *ancestors(k)} for k in reader.pointers("n", offset).get("@i", ()))


@functools.cache
def _town_kinds() -> frozenset[int]:
    """Return the offsets of "city" and "town" (their first senses), read once."""
    reader = lexicon.wordnet()
    return frozenset({reader.lookup("city", "n")[0], reader.lookup("town", "n")[0]})


@functools.cache
def _capital_kind() -> int:
    """Return the offset of "national capital", read once."""
    return lexicon.wordnet().lookup("national_capital", "n")[0]
