"""The kind of place a sentence names before the blank ("the island of _____"): its options.

"on the island of _____ in Italy" asks for an island: "Tuscany" (a region) or
"Ontario" (a province) gives itself away as wrong. Options are places WordNet
knows as that kind, those sharing a sea or country with the answer first
("Sicily": Sardinia, Crete, Malta); a question with too few gets none.
"""

from __future__ import annotations

import re

from quizgen.generate import lexicon
from quizgen.generate.caches import word_cache
from quizgen.generate.distractors.categories import ancestors
from quizgen.generate.distractors.towns import is_country

# "the island of", "the county of": a kind of place, then "of" and the blank.
_KIND_BEFORE = re.compile(
    r"\b(island|isle|city|town|village|county|state|province|region|republic|kingdom)\s+of\s*$",
    re.IGNORECASE,
)
# Kinds that name one another's places: "the city of Portsmouth" is a town in WordNet.
_ALIKE = {"isle": ("island",), "city": ("city", "town"), "town": ("city", "town")}
_ALIKE["village"] = ("village", *_ALIKE["town"])
# Kinds whose places are towns: their options come from the town's state or country.
TOWN_KINDS = frozenset({"city", "town", "village"})
_PLACE_LEXNAMES = frozenset({"noun.location", "noun.object"})


# "between _____ and the continent": the blank is set against the mainland, so it is an island.
_AGAINST_THE_MAINLAND = re.compile(r"^\s+and\s+the\s+(?:continent|mainland)\b", re.IGNORECASE)


def kind_named_before(before: str) -> str:
    """Return the kind of place named right before the blank ("the island of " -> "island")."""
    found = _KIND_BEFORE.search(before)
    return found.group(1).casefold() if found else ""


def kind_asked(before: str, after: str) -> str:
    """Return the kind of place the stem asks for around its blank, or "": the kind named
    before it, or "island" for a place set against the mainland ("between _____ and the
    continent": Denmark or Norway, on the continent, cannot be wrong options there)."""
    return kind_named_before(before) or ("island" if _AGAINST_THE_MAINLAND.match(after) else "")


@word_cache
def is_of_kind(name: str, kind: str) -> bool:
    """Return True when some sense of the name is a place of the kind: "Sardinia" an island."""
    return bool(_senses_of_kind(name, kind))


def sisters_of_kind(name: str, kind: str) -> list[str]:
    """Return the other places of the kind that share a "part of" place with the answer:
    "Sicily" (an island of the Mediterranean) gives "Sardinia", "Crete", "Malta".

    Those of the answer's country first, then best known first; [] when
    WordNet knows the name as no place of the kind.
    """
    reader = lexicon.wordnet()
    own = set(_senses_of_kind(name, kind))
    plural = lexicon.is_plural(name.split()[-1]) if name.split() else False
    found: dict[str, float] = {}
    for sense in own:
        for whole in reader.pointers("n", sense).get("#p", ()):
            for part in reader.pointers("n", whole).get("%p", ()):
                if part in own or not _of_kind(part, kind):
                    continue
                lemma = _best_known_name(reader.lemma_names_at("n", part), kind)
                if not lemma or lexicon.is_plural(lemma.split()[-1]) != plural:
                    continue  # "Egadi Islands" beside one island
                if _first_sense_is_a_place(lemma):  # not "Reading", "Bath"
                    found[lemma] = lexicon.zipf(lemma)
    found.pop(name, None)
    # Those of the answer's own country first: "Sardinia" (Italy's, like Sicily) before "Crete".
    wholes = _wholes(name)
    ranked = sorted(found, key=lambda text: (not wholes & _wholes(text), -found[text], text))
    # One of each family: "North Yorkshire" beside "West Yorkshire" leaves one odd option out.
    seen: set[str] = set()
    kept = []
    for text in ranked:
        family = text.split()[-1].casefold()
        if len(text.split()) == 1 or family not in seen:
            kept.append(text)
            seen.add(family)
    return kept


@word_cache
def _wholes(name: str) -> frozenset[int]:
    """Return the countries any sense of the name is part of: "Sicily" -> Italy."""
    reader = lexicon.wordnet()
    return frozenset(
        whole
        for offset in reader.sense_offsets("_".join(name.split()), "n")
        for whole in reader.pointers("n", offset).get("#p", ())
        if is_country(whole)
    )


def _best_known_name(lemmas: tuple[str, ...], kind: str) -> str:
    """Return the best known of a place's names ("Corsica", not "Corse"), each word
    capitalised (not "capital of Virginia" for Richmond), and one that names no place of
    another kind ("Leicestershire", not "Leicester", also a city, for a county)."""
    names = [
        lemma
        for at, lemma in enumerate(lemmas)
        if all(word[:1].isupper() for word in lemma.split("_"))
        # "OR", "ME": a state's postal code, no option beside names (and read as a word);
        # "First State", "Pelican State": a state's nickname, after its name.
        and not lemma.isupper()
        and not (at and lemma.endswith("_State"))
        # "Jersey" for New Jersey: a short form of the name, which names another place.
        and not (at and f"_{lemma}" in f"_{lemmas[0]}")
    ]
    only_of_kind = [name for name in names if _only_places_of_kind(name, kind)]
    best = max(only_of_kind or names, key=lambda name: lexicon.zipf(name.replace("_", " ")),
               default="")  # fmt: skip
    return best.replace("_", " ")


@word_cache
def _only_places_of_kind(name: str, kind: str) -> bool:
    """Return True when every place the name (WordNet's form) names is a place of the kind."""
    reader = lexicon.wordnet()
    return all(
        _of_kind(offset, kind)
        for offset in reader.sense_offsets(name, "n")
        if reader.lexname_at("n", offset) == "noun.location"
    )


@word_cache
def _first_sense_is_a_place(name: str) -> bool:
    offset = lexicon.first_sense_offset("_".join(name.split()))
    return offset is not None and lexicon.wordnet().lexname_at("n", offset) in _PLACE_LEXNAMES


@word_cache
def _senses_of_kind(name: str, kind: str) -> tuple[int, ...]:
    reader = lexicon.wordnet()
    return tuple(
        offset
        for offset in reader.sense_offsets("_".join(name.split()), "n")
        if _of_kind(offset, kind)
    )


@word_cache
def _of_kind(offset: int, kind: str) -> bool:
    """Return True when the synset is an instance of the kind of place (or of a kind below)."""
    wanted = _kind_offsets(kind)
    return any(
        wanted & {k, *ancestors(k)} for k in lexicon.wordnet().pointers("n", offset).get("@i", ())
    )


@word_cache
def _kind_offsets(kind: str) -> frozenset[int]:
    """Return the senses of the kind's nouns that are places: "island" the land mass."""
    reader = lexicon.wordnet()
    return frozenset(
        offset
        for noun in _ALIKE.get(kind, (kind,))
        for offset in reader.sense_offsets(noun, "n")
        if reader.lexname_at("n", offset) in _PLACE_LEXNAMES
    )
