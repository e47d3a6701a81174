"""The countries a learner could take for a country: its neighbours in the UN geoscheme first.

"Russia" gives "Ukraine", "Poland" (Eastern Europe), then the rest of Europe;
never "Australia" or "New Zealand", which WordNet files beside it only as
countries. The table is `regions.txt`, read once.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import NamedTuple


class Country(NamedTuple):
    """A country's name as offered, its subregion and region, how well known it is in its
    subregion (0 for the best known), and whether a sentence gives it "the"."""

    name: str
    subregion: str
    region: str
    rank: int
    article: bool


@functools.cache
def _table() -> tuple[tuple[Country, ...], dict[str, Country]]:
    """Return every country in table order, and each by every name it goes by (folded)."""
    text = resources.files(__package__).joinpath("regions.txt").read_text(encoding="utf-8")
    countries: list[Country] = []
    by_name: dict[str, Country] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        place, _, names = line.partition(":")
        region, _, subregion = (part.strip() for part in place.partition("/"))
        for rank, entry in enumerate(names.split(";")):
            aliases = [alias.strip() for alias in entry.split("=") if alias.strip()]
            article = aliases[0].startswith("the ")
            found = Country(aliases[0].removeprefix("the "), subregion, region, rank, article)
            countries.append(found)
            for alias in aliases:
                by_name[_key(alias)] = found
    return tuple(countries), by_name


def _key(name: str) -> str:
    folded = " ".join(name.split()).casefold()
    return folded.removeprefix("the ")


def country(name: str) -> Country | None:
    """Return the country a name stands for ("the UK" -> United Kingdom), or None."""
    return _table()[1].get(_key(name))


@functools.lru_cache(maxsize=1024)
def countries_named_in(text: str) -> frozenset[str]:
    """Return the countries a text names by any of their names: "a former U.S. ambassador"
    names the United States (nationality words are `placed.named_in_an_adjective`'s). The
    longest name at each word wins, and a country's name inside a region's is none: "South
    Korea" is not Korea, "South America" not America."""
    found: set[str] = set()
    for run in _CAPITALISED_RUN.findall(text):
        words = [w.removesuffix("'s").removesuffix("’s").rstrip(",;:") for w in run.split()]
        first = 0
        while first < len(words):
            named, size = _longest_country(words, first)
            if named and not (first and words[first - 1].casefold() in _REGION_OPENERS):
                found.add(named)
            first += size or 1
    return frozenset(found)


def _longest_country(words: list[str], first: int) -> tuple[str, int]:
    """Return the country the longest run of words from `first` names, and its length."""
    for last in range(min(first + _COUNTRY_WORDS, len(words)), first, -1):
        joined = " ".join(words[first:last])
        # A full stop ends "U.S." and may end the sentence: "hosts Denmark."
        named = country(joined) or country(joined.removesuffix("."))
        if named is not None:
            return named.name, last - first
    return "", 0


# Words that make a region of a country's name: "South America", "Central Asia".
_REGION_OPENERS = frozenset(
    {"north", "south", "east", "west", "central", "latin", "northern", "southern", "eastern",
     "western"}
)  # fmt: skip


# Capitalised words in a row, with "of" inside: "United States", "U.S.", "Republic of Korea".
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*")
# Words of the longest country name looked for.
_COUNTRY_WORDS = 5


@functools.lru_cache(maxsize=512)
def nearby_countries(name: str, *, article: bool = False) -> tuple[str, ...]:
    """Return the other countries of a country's subregion, then of its region; () if unknown.

    Each group best known first: "Belarus" gives "Russia", "Ukraine", "Poland",
    then "United Kingdom", "Germany", "Italy"... With `article`, only those a
    sentence gives "the" ("after the _____": "Netherlands", not "Canada").
    """
    found = country(name)
    if found is None:
        return ()
    countries = [c for c in _table()[0] if c.article or not article]
    same = [c for c in countries if c.subregion == found.subregion]
    if article:
        # Too few in a region: the best known of the world's.
        wider = sorted((c for c in countries if c not in same), key=lambda c: _fame(c.name))
    else:
        wider = sorted(
            (c for c in countries if c.region == found.region and c not in same),
            key=lambda other: other.rank,  # stable: subregions in table order at each rank
        )
    return tuple(c.name for c in (*same, *wider) if c.name != found.name)


# The countries that take "the", best known first: too few in each region to fill a question.
_KNOWN_WITH_THE = (
    "United States", "United Kingdom", "Netherlands", "Philippines", "United Arab Emirates",
    "Czech Republic", "Dominican Republic", "Bahamas", "Maldives",
    "Democratic Republic of the Congo", "Central African Republic", "Gambia",
)  # fmt: skip


def _fame(name: str) -> int:
    return _KNOWN_WITH_THE.index(name) if name in _KNOWN_WITH_THE else len(_KNOWN_WITH_THE)


def takes_the(name: str) -> bool:
    """Return True for a country a sentence gives "the": "the Netherlands", "the US"."""
    found = country(name)
    return found is not None and found.article


# What a title calls a country's people ("French President", "British Prime Minister"): the
# nationality adjectives of the countries whose statesmen the pool holds, and a few more.
_ADJECTIVES = {
    "american": "United States", "british": "United Kingdom", "english": "United Kingdom",
    "french": "France", "german": "Germany", "russian": "Russia", "soviet": "Russia",
    "chinese": "China", "japanese": "Japan", "indian": "India", "canadian": "Canada",
    "italian": "Italy", "brazilian": "Brazil", "australian": "Australia", "turkish": "Turkey",
    "ukrainian": "Ukraine", "south african": "South Africa", "israeli": "Israel",
    "spanish": "Spain", "mexican": "Mexico", "south korean": "South Korea",
    "korean": "South Korea", "north korean": "North Korea", "indonesian": "Indonesia",
    "egyptian": "Egypt", "iranian": "Iran", "polish": "Poland", "dutch": "Netherlands",
    "belarusian": "Belarus", "kazakh": "Kazakhstan", "hungarian": "Hungary", "greek": "Greece",
    "serbian": "Serbia", "norwegian": "Norway", "syrian": "Syria", "iraqi": "Iraq",
    "saudi": "Saudi Arabia", "libyan": "Libya", "zimbabwean": "Zimbabwe",
    "nigerian": "Nigeria", "kenyan": "Kenya", "ethiopian": "Ethiopia", "ghanaian": "Ghana",
    "argentine": "Argentina", "argentinian": "Argentina", "venezuelan": "Venezuela",
    "cuban": "Cuba", "pakistani": "Pakistan", "filipino": "Philippines",
    "philippine": "Philippines", "portuguese": "Portugal", "swedish": "Sweden",
    "danish": "Denmark", "finnish": "Finland", "austrian": "Austria", "belgian": "Belgium",
    "swiss": "Switzerland", "irish": "Ireland", "czech": "Czech Republic",
    "romanian": "Romania", "bulgarian": "Bulgaria", "croatian": "Croatia",
    "chilean": "Chile", "colombian": "Colombia", "peruvian": "Peru", "thai": "Thailand",
    "vietnamese": "Vietnam", "malaysian": "Malaysia", "afghan": "Afghanistan",
    "lebanese": "Lebanon", "jordanian": "Jordan", "moroccan": "Morocco", "algerian": "Algeria",
    "tunisian": "Tunisia", "georgian": "Georgia", "armenian": "Armenia",
    "azerbaijani": "Azerbaijan", "lithuanian": "Lithuania", "latvian": "Latvia",
    "estonian": "Estonia", "moldovan": "Moldova", "uzbek": "Uzbekistan", "mongolian": "Mongolia",
    "new zealand": "New Zealand",
}  # fmt: skip


def country_called(words: str) -> str:
    """Return the country a title's words name ("French", "U.S.", "Germany's"), or ""."""
    folded = " ".join(words.split()).casefold().removesuffix("'s").removesuffix("’s")
    found = country(folded)
    return found.name if found is not None else _ADJECTIVES.get(folded, "")


# "Britain and other European countries" right after the blank: the region they are of.
_OTHERS_OF_A_REGION = re.compile(
    r"\s*(?:,\s*)?(?:and|or|like|as)\s+(?:many\s+|most\s+|several\s+|some\s+)?other\s+"
    r"(European|Asian|African|American|South American|Latin American|Central American|"
    r"Caribbean|Scandinavian|Nordic|Baltic|Balkan|Arab|Middle Eastern|Pacific)\s+"
    r"(?:countries|nations|states)\b",
    re.IGNORECASE,
)
_REGION_WORDS = {
    "european": {"Europe"}, "asian": {"Asia"}, "african": {"Africa"},
    "american": {"Americas"}, "south american": {"South America"},
    "latin american": {"South America", "Central America", "Caribbean"},
    "central american": {"Central America"}, "caribbean": {"Caribbean"},
    "scandinavian": {"Northern Europe"}, "nordic": {"Northern Europe"},
    "baltic": {"Northern Europe"}, "balkan": {"Southern Europe", "Eastern Europe"},
    "arab": {"Western Asia", "Northern Africa"},
    "middle eastern": {"Western Asia", "Northern Africa"}, "pacific": {"Oceania"},
}  # fmt: skip
# "outside of Europe, such as _____": none of the region's countries.
_OUTSIDE_A_REGION = re.compile(
    r"\boutside (?:of )?(Europe|Asia|Africa|the Americas|South America|Oceania)"
    r"\W+(?:such as|like|including)\b[^.;]*$"
)


def outside_the_region_named(option: str, before: str, after: str) -> bool:
    """Return True when the stem (its words `before` and `after` the blank) counts the
    answer among a region's countries ("In _____ and many other European countries") and
    the option is a country of elsewhere, or gives the answer as an example outside a
    region ("outside of Europe, such as … in the _____") and the option is in it. The
    sentence's own words rule such an option out."""
    found = country(option)
    if found is None:
        return False
    own = {found.region, found.subregion}
    others = _OTHERS_OF_A_REGION.match(after)
    if others is not None:
        return not own & _REGION_WORDS[" ".join(others.group(1).split()).casefold()]
    outside = _OUTSIDE_A_REGION.search(before)
    return outside is not None and outside.group(1).removeprefix("the ") in own
