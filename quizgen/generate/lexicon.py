"""What the generator knows about words: stopwords, word frequency, WordNet; loaded lazily."""

from __future__ import annotations

import functools
from typing import Any

from quizgen.generate.caches import word_cache
from quizgen.nlp.lexicon import zipf_frequency
from quizgen.nlp.numeric import MEASURE_UNITS

# Words never worth blanking, beyond the stopword list: pronouns and vague nouns.
# fmt: off
PRONOUNS = frozenset((
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
    "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
    "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "this",
    "that", "these", "those", "who", "whom", "whose", "which", "what", "one", "ones", "someone",
    "something", "anyone", "anything", "everyone", "everything", "nobody", "nothing",
))
# fmt: on
# fmt: off
VAGUE_NOUNS = frozenset((
    "thing", "things", "way", "ways", "lot", "lots", "part", "parts", "kind", "kinds", "time",
    "times", "day", "days", "year", "years", "people", "man", "men", "woman", "women", "side",
    "sides", "number", "numbers", "level", "levels", "fact", "facts", "case", "cases", "point",
    "points", "area", "areas", "example", "end", "beginning", "issue", "issues", "matter",
    "matters", "place", "places",
))
# Nouns that classify, count or relate another noun ("the use of", "a type of", "the
# effect of"): never a key term alone, however the sentence frames them; heads of a
# compound ("greenhouse effect", "blood type") they may be.
GENERAL_NOUNS = frozenset((
    "use", "uses", "way", "ways", "part", "parts", "kind", "kinds", "sort", "sorts", "type",
    "types", "form", "forms", "number", "numbers", "lot", "lots", "amount", "amounts", "deal",
    "level", "levels", "result", "results", "effect", "effects", "variety", "varieties",
    "range", "series", "piece", "pieces", "bit", "bits", "majority", "rest", "couple",
    "portion", "portions", "section", "sections", "aspect", "aspects", "extent", "degree",
    "degrees", "role", "roles", "means", "manner", "instance", "instances", "group", "groups",
    "set", "sets", "member", "members", "quality", "qualities", "feature", "features",
    "change", "changes", "factor", "factors", "source", "sources", "cause", "causes",
))
# fmt: on


@functools.cache
def stopwords() -> frozenset[str]:
    """Return the English stopword list (lower case), with pronouns added."""
    from quizgen.nlp.lexicon import stopwords as nlp_stopwords

    return frozenset(w.casefold() for w in nlp_stopwords()) | PRONOUNS


def is_stopword(word: str) -> bool:
    """Return True for a stopword or pronoun (any case)."""
    return word.casefold() in stopwords()


def zipf(word: str) -> float:
    """Return the word's Zipf frequency in general English (0 = unseen, 7 = "the")."""
    return zipf_frequency(word)


# Cached here too: asked hundreds of times an article, and the import statement alone
# costs more than the look-up it leads to.
@functools.cache
def wordnet() -> Any:
    """Return the lazily indexed WordNet reader (`quizgen.nlp.lexicon.lazy_wordnet`).

    The generator asks about nouns and verbs only, where it is NLTK's reader exactly.
    """
    from quizgen.nlp.lexicon import lazy_wordnet

    return lazy_wordnet()


def noun_lemma(word: str) -> str:
    """Return the singular form of a noun as WordNet knows it (the word itself if unknown)."""
    return _noun_lemma(word.casefold())


@word_cache
def _noun_lemma(word: str) -> str:
    return wordnet().lemma_or_form(word, "n")


def verb_lemma(word: str) -> str:
    """Return a verb's base form ("began" -> "begin"), or the word itself if unknown."""
    return _verb_lemma(word.casefold())


@word_cache
def _verb_lemma(word: str) -> str:
    return wordnet().lemma_or_form(word, "v")


@word_cache
def past_verb_lemma(word: str) -> str:
    """Return the base form of a verb in the past tense: "found" -> "find", "saw" -> "see".

    `verb_lemma` gives "found" (to found a city), whose past is "founded"; a
    past-tense word is the base form of another verb only by chance.
    """
    lower = word.casefold()
    forms = wordnet()._morphy(lower, "v")  # NLTK's own inflection rules, every match
    return next((form for form in forms if form != lower), forms[0] if forms else lower)


@word_cache
def is_noun(word: str) -> bool:
    """Return True if WordNet knows the word (or its singular) as a noun."""
    return bool(wordnet().morphy(word.casefold(), "n"))


@word_cache
def first_sense_offset(word: str, pos: str = "n") -> int | None:
    """Return where WordNet's most common sense of a word (any inflection) is, or None."""
    reader = wordnet()
    # The first form NLTK's inflection rules find: every lemma in WordNet has a sense.
    form = reader.morphy(word.casefold(), pos)
    return None if form is None else int(reader._lemma_pos_offset_map[form][pos][0])


@word_cache
def first_sense(word: str, pos: str = "n") -> Any:
    """Return WordNet's most common sense of a word (any inflection), or None.

    Reads one synset, where `synsets(word)[0]` would read every sense.
    """
    offset = first_sense_offset(word, pos)
    return None if offset is None else wordnet().synset_from_pos_and_offset(pos, offset)


@word_cache
def first_sense_lexname(word: str, pos: str = "n") -> str:
    """Return the lexicographer file ("noun.person") of `first_sense(word, pos)`, or "".

    Reads only the head of the sense's line: asking a word's kind costs no full synset.
    """
    offset = first_sense_offset(word, pos)
    return "" if offset is None else str(wordnet().lexname_at(pos, offset))


@word_cache
def definitions(word: str) -> tuple[str, ...]:
    """Return the definitions of `wordnet().synsets(word)`, in its order, reading only glosses."""
    from nltk.corpus.reader.wordnet import POS_LIST

    reader = wordnet()
    index = reader._lemma_pos_offset_map
    lemma = word.lower()  # as NLTK's synsets()
    return tuple(
        reader.definition_at(pos, offset)
        for pos in POS_LIST
        for form in reader._morphy(lemma, pos, True)
        for offset in index[form].get(pos, [])
    )


@word_cache
def regions_of(place: str, senses: int | None = None) -> frozenset[str]:
    """Return the places WordNet says `place` lies in, two levels up, lower case:
    "Cairo" -> {"egypt", "africa", ...}, "San Francisco" -> {"california", "united states"}.
    `senses`: only the place's first senses ("Paris" the capital of France, not the town in
    Texas); None: all of them.

    Each sense's part holonyms ("#p", always nouns) and their names are read from the
    synsets' line heads: no synset is parsed in full.
    """
    reader = wordnet()
    found: set[str] = set()
    level = reader.sense_offsets(place.replace(" ", "_"), "n")[:senses]
    for _ in range(2):
        level = [whole for offset in level for whole in reader.pointers("n", offset).get("#p", ())]
        found.update(
            name.replace("_", " ").casefold()
            for offset in level
            for name in reader.lemma_names_at("n", offset)
        )
    return frozenset(found)


@word_cache
def places_named_by(adjective: str) -> frozenset[str]:
    """Return the lower-case nouns WordNet says an adjective pertains to: "French" ->
    {"france"}, "Israeli" -> {"israel"} (its first two senses)."""
    found: set[str] = set()
    for sense in wordnet().synsets(adjective, "a")[:2]:
        for lemma in sense.lemmas():
            if lemma.name().casefold() == adjective.casefold():
                found.update(p.name().replace("_", " ").casefold() for p in lemma.pertainyms())
    return frozenset(found)


@word_cache
def is_english_word(word: str) -> bool:
    """Return True if WordNet knows the lower-case word as any part of speech ("halfway"):
    as a noun, written in lower case in one of its senses, so that "Greece" and "Norway",
    which it knows only as names, are none."""
    reader = wordnet()
    lower = word.casefold()
    if any(reader.morphy(lower, pos) for pos in ("v", "a", "r")):
        return True
    lemma = reader.morphy(lower, "n")
    return bool(lemma) and any(
        name == lemma
        for offset in reader.lookup(lemma, "n") or ()
        for name in reader.lemma_names_at("n", offset)
    )


@word_cache
def is_unit(word: str) -> bool:
    """Return True for a unit of measure ("tonnes", "kilometres"): WordNet's noun.quantity,
    or one of the units a number's reader knows that WordNet lacks ("terawatts", "km2")."""
    return word.casefold() in _OTHER_UNITS or first_sense_lexname(word) == "noun.quantity"


# Of those units, the words that also name other things: "a town square", "degrees" earned.
_OTHER_UNITS = MEASURE_UNITS - {"square", "sq", "degrees"}


@functools.cache
def _irregular_plurals() -> dict[str, str]:
    """Return WordNet's irregular noun plurals by their singular (its exception list read
    backwards); the first plural listed for a singular wins."""
    found: dict[str, str] = {}
    for plural, singulars in sorted(wordnet()._exception_map["n"].items()):
        for singular in singulars:
            if " " not in plural and "_" not in plural:
                found.setdefault(singular, plural)
    return found


@word_cache
def is_plural(noun: str) -> bool:
    """Return True when the noun is a plural form ("roadmaps", "children")."""
    lower = noun.casefold()
    lemma = noun_lemma(noun)
    if lemma == lower and not is_noun(lower):
        # Unknown to WordNet ("roadmaps"): judge by the ending.
        return lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
    return lemma != lower


def pluralize(noun: str) -> str:
    """Return a plausible English plural of a singular noun: WordNet's irregular one where
    it lists one and it is the commoner ("leaf" -> "leaves", not "leafs"; "bus" -> "buses",
    not "busses"), else by the spelling rules."""
    if noun.islower() and _classical_plural(noun):
        return noun  # "bacteria", "fungi", "algae": plural already
    regular = _regular_plural(noun)
    irregular = _irregular_plurals().get(noun.casefold()) if noun.islower() else None
    if irregular and zipf(irregular) > zipf(regular):
        return irregular
    return regular


def _classical_plural(noun: str) -> bool:
    """Return True for a Latin or Greek plural whose singular WordNet knows: "bacteria"
    (bacterium), "criteria" (criterion), "fungi" (fungus), "algae" (alga), or one its
    exception list gives ("data")."""
    reader = wordnet()
    if noun in reader._exception_map["n"]:
        return True
    singulars = {
        "a": (noun[:-1] + "um", noun[:-1] + "on"),
        "i": (noun[:-1] + "us",),
        "e": (noun[:-1],) if noun.endswith("ae") else (),
    }.get(noun[-1:], ())
    own = reader.lookup(noun, "n")
    for singular in singulars:
        if not reader.lookup(singular, "n"):
            continue
        # A noun of its own ("taxi", not a plural of "taxus") unless WordNet lists both
        # forms as one sense ("bacteria, bacterium").
        if not own or any(singular in reader.lemma_names_at("n", offset) for offset in own):
            return True
    return False


def _regular_plural(noun: str) -> str:
    lower = noun.casefold()
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if lower.endswith("y") and lower[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"
