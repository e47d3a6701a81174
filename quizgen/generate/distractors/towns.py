"""Towns in WordNet: which names are towns, and the other towns of a town's state or country.

"Nanchang" gives "Shanghai", "Wuhan" (China's), not "Novosibirsk": a wrong
place a reader could believe is one of the same country. A name that several
towns share ("Portsmouth": England's, Virginia's, New Hampshire's) is the one
whose state or country the article's other places name (`settled_towns`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from quizgen.generate import lexicon
from quizgen.generate.caches import word_cache
from quizgen.generate.distractors.categories import ancestors, heads

if TYPE_CHECKING:
    from quizgen.nlp.wordnet_index import SynsetHead


def neighbour_towns(offset: int, *, capital: bool = False) -> list[SynsetHead]:
    """Return the other towns of a town's state or country: "Nanchang" -> "Wuhan", "Shanghai".

    WordNet makes a town part of its state or country ("San Francisco" of
    California, "Nanchang" of China); the state's towns come before its
    country's. A national capital is left to the other capitals ("Tokyo" ->
    "Madrid") unless `capital`, and anything but a town gets none.
    """
    reader = lexicon.wordnet()
    kinds = reader.pointers("n", offset).get("@i", ())
    if not any(_is_town_kind(k) for k in kinds) or (_capital_kind() in kinds and not capital):
        return []
    regions = list(reader.pointers("n", offset).get("#p", ()))
    # A state's or province's country; not a continent, which holds too many countries.
    regions += [
        country
        for region in regions
        for country in reader.pointers("n", region).get("#p", ())
        if is_country(country)
    ]
    return [
        town
        for region in dict.fromkeys(regions)
        for town in heads(reader.pointers("n", region).get("%p", ()))
        if town.offset != offset
        and any(_is_town_kind(k) for k in reader.pointers("n", town.offset).get("@i", ()))
    ]


# How far up a place's "part of" links its state and country are: town, county, country.
_REGION_LEVELS = 3


def settled_towns(name: str, places: Iterable[str]) -> list[str] | None:
    """Return the other towns of the town `name` the article's other `places` point to, or None.

    "Portsmouth" beside "Bristol" or "England" is England's, and gives
    England's towns, however WordNet orders its senses; beside "Richmond" and
    "Virginia", Virginia's (the sense sharing the most regions with them). None
    when the name is no town of several places, when the places point to none
    of them or to two alike, or when the one they point to is a national
    capital (whose options are other capitals).
    Towns are offered best known first, each one whose first sense is a town.
    """
    key = "_".join(name.split())
    senses = _town_senses(key)
    if len(senses) < 2:
        return None
    around: set[int] = set()
    for place in places:
        # A place as the article most likely means it, its first sense, and only if that is
        # land: Lake Ontario lies in Canada and the United States alike, and beside
        # "Ontario, Canada" would make Oxford Georgia's. (Its first land sense would not
        # do: "Victoria" beside Melbourne would be the town in Texas.)
        lemma = "_".join(place.split())
        offset = lexicon.first_sense_offset(lemma)
        if offset is not None and offset not in senses and _is_land(lemma):
            around |= _regions(offset) | {offset}
    # The sense sharing the most regions: "Virginia" and "the United States" beat "the
    # United States" alone.
    shared = sorted(((len(_regions(sense) & around), sense) for sense in senses), reverse=True)
    if shared[0][0] == 0 or shared[0][0] == shared[1][0]:
        return None
    towns = {
        town.first_lemma.replace("_", " ")
        for town in neighbour_towns(shared[0][1])
        if is_town_name(town.first_lemma)
    }
    if not towns:
        return None
    return sorted(towns, key=lambda town: (-lexicon.zipf(town), town))


def home_towns_of_capital(name: str, places: Iterable[str]) -> list[str] | None:
    """Return the other towns of a national capital's country when another of the article's
    places lies inside that country, or None.

    An article on a Cornish town asks about London among England's towns
    ("Bristol", "Birmingham"), not among Paris and Moscow.
    """
    reader = lexicon.wordnet()
    offset = lexicon.first_sense_offset("_".join(name.split()))
    if offset is None or _capital_kind() not in reader.pointers("n", offset).get("@i", ()):
        return None
    home = _regions(offset)
    inside = (
        lexicon.first_sense_offset("_".join(place.split())) for place in places if place != name
    )
    if not home or not any(o is not None and o != offset and _regions(o) & home for o in inside):
        return None
    towns = {
        town.first_lemma.replace("_", " ")
        for town in neighbour_towns(offset, capital=True)
        if is_town_name(town.first_lemma)
    }
    return sorted(towns, key=lambda town: (-lexicon.zipf(town), town)) or None


def in_another_country(option: str, answer: str) -> bool:
    """Return True when WordNet puts two towns in different countries, by any of their
    senses: "Boston" is no fair option for "Sydney", although both are state capitals;
    "Melbourne" is one (Victoria's, not only Florida's)."""
    countries = []
    for name in (option, answer):
        senses = _town_senses("_".join(name.split()))
        found = {region for sense in senses for region in _regions(sense) if is_country(region)}
        if not found:
            return False
        countries.append(found)
    return not countries[0] & countries[1]


@word_cache
def _town_senses(lemma: str) -> tuple[int, ...]:
    """Return the senses of a name that are towns, in WordNet's order."""
    reader = lexicon.wordnet()
    return tuple(
        offset
        for offset in reader.sense_offsets(lemma, "n")
        if any(_is_town_kind(k) for k in reader.pointers("n", offset).get("@i", ()))
    )


@word_cache
def _regions(offset: int) -> frozenset[int]:
    """Return the places a place is part of, up to its country: "Leeds" -> West Yorkshire,
    England. Not a continent or anything past the country: every town of Europe shares it."""
    reader = lexicon.wordnet()
    found: set[int] = set()
    level = [offset]
    for _ in range(_REGION_LEVELS):
        above = [
            region
            for place in level
            if not is_country(place)
            for region in reader.pointers("n", place).get("#p", ())
            if not _is_continent(region)
        ]
        found.update(above)
        level = above
    return frozenset(found)


def _is_land(lemma: str) -> bool:
    """Return True when a name's first sense is a place people live in, not water or hills."""
    return lexicon.first_sense_lexname(lemma) == "noun.location"


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
def is_country(offset: int) -> bool:
    """Return True for a country (an instance of a kind of "country"): "China", "France"."""
    reader = lexicon.wordnet()
    country = reader.lookup("country", "n")[1]  # country.n.02, "a politically organized body"
    return any(country in {k, *ancestors(k)} for k in reader.pointers("n", offset).get("@i", ()))


@word_cache
def _is_continent(offset: int) -> bool:
    """Return True for a continent or a part of the world above countries ("Europe", "the
    West"): no instance of a kind of state, region or town."""
    reader = lexicon.wordnet()
    continent = reader.lookup("continent", "n")[0]
    kinds = reader.pointers("n", offset).get("@i", ())
    return not kinds or any(continent in {k, *ancestors(k)} for k in kinds)


@functools.cache
def _town_kinds() -> frozenset[int]:
    """Return the offsets of "city" and "town" (their first senses), read once."""
    reader = lexicon.wordnet()
    return frozenset({reader.lookup("city", "n")[0], reader.lookup("town", "n")[0]})


@functools.cache
def _capital_kind() -> int:
    """Return the offset of "national capital", read once."""
    return lexicon.wordnet().lookup("national_capital", "n")[0]


@word_cache
def nearby_capitals(name: str) -> tuple[str, ...]:
    """Return, for a national capital, the capitals of its country's subregion, then of its
    region, best known country first: "Damascus" -> "Beirut", "Amman", "Baghdad"...; () for
    any other name. A capital of the other side of the world is never a believable option."""
    from quizgen.generate.distractors.countries import country, nearby_countries

    reader = lexicon.wordnet()
    offset = lexicon.first_sense_offset("_".join(name.split()))
    if offset is None or _capital_kind() not in reader.pointers("n", offset).get("@i", ()):
        return ()
    home = next(
        (
            found.name
            for region in reader.pointers("n", offset).get("#p", ())
            if is_country(region)
            for lemma in reader.lemma_names_at("n", region)
            if (found := country(lemma.replace("_", " "))) is not None
        ),
        "",
    )
    capitals = (capital_of(other) for other in nearby_countries(home)) if home else ()
    return tuple(capital for capital in capitals if capital and capital != name)


@word_cache
def capital_of(country_name: str) -> str:
    """Return a country's national capital by its best known name in WordNet, or ""."""
    reader = lexicon.wordnet()
    offset = lexicon.first_sense_offset("_".join(country_name.split()))
    if offset is None or not is_country(offset):
        return ""
    for part in reader.pointers("n", offset).get("%p", ()):
        if _capital_kind() in reader.pointers("n", part).get("@i", ()):
            return _usual_name(reader.lemma_names_at("n", part))
    return ""


def _usual_name(lemmas: Iterable[str]) -> str:
    """Return the name a place is usually called by among its WordNet lemmas: the first that
    is a name, not a description ("capital of Lebanon", "Dutch capital"), unless a later name
    of one word is commoner ("Beirut" after "Bayrut"; not "New Flower" after "Addis Ababa")."""
    names = [
        lemma.replace("_", " ")
        for lemma in lemmas
        if all(word[:1].isupper() for word in lemma.split("_"))
    ]
    best = names[0] if names else ""
    for name in names[1:]:
        if " " not in name and lexicon.zipf(name) > lexicon.zipf(best):
            best = name
    return best
