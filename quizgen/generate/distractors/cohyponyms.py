"""WordNet "sister terms" of an answer: other hyponyms of its hypernym, in the answer's form.

"vaccine" gives "antitoxin"; "Belarus" (an instance of European country)
gives "Latvia"; "Nanchang" gives China's towns. Matched in number
(singular/plural), capitalisation and rough word frequency, closest frequency
first. Only sisters a teacher would keep: under a specific category (not
"traveler" for "astronaut"), each read in its usual sense (not "peanut" for a
young child), and the answer in a sense the passage makes plain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from quizgen.generate import lexicon
from quizgen.generate.caches import WORD_CACHE_SIZE, word_cache
from quizgen.generate.distractors.categories import ancestors, heads
from quizgen.generate.distractors.fallback import known_place_kind
from quizgen.generate.distractors.towns import is_town_name, neighbour_towns

if TYPE_CHECKING:
    from quizgen.nlp.wordnet_index import SynsetBrief, SynsetHead

# Categories of settlements in WordNet's names: "national_capital", "city", "town".
_SETTLEMENT = re.compile(r"capital|city|town|port|village|municipality")
_MAX_ZIPF_GAP = 1.5
# Heads whose compounds share a word and nothing else ("volcanic" / "sensory activity").
_VAGUE_HEADS = frozenset(
    {"noun.act", "noun.cognition", "noun.communication", "noun.feeling", "noun.motive", "noun.time"}
)
# Kinds whose cousins (two levels up) are still of one kind: animals, organs, substances.
_TAXONOMIC = frozenset({"noun.animal", "noun.plant", "noun.body", "noun.substance", "noun.food"})
# Senses of a word weighed against the context: the rest are too rare to matter.
_MAX_SENSES = 6
# Context words a sense other than the commonest must share with the passage to be taken.
_MIN_SENSE_OVERLAP = 2
# Sisters whose names join a sense's words; a larger family says little of any one member.
_MAX_SIGNATURE_SISTERS = 40
# Words commoner than this ("much", "used", "part") are in any passage: they pick no sense.
_MAX_TELLING_ZIPF = 5.7
# A sister is taken only under a category this deep in WordNet ("nerve fiber": 6,
# "protein": 6, "duct": 7). In a teacher's review every term whose category was
# shallower ("traveler": 4 for "astronaut", "natural object": 4 for "nest", "child": 5
# for "toddler", "matter": 2 for "solute") got options no teacher would keep.
_SISTER_DEPTH = 6
# ...except kinds that science files shallower: "chemical element" (4) for "oxygen" ->
# "carbon", "macromolecule" (5) for "proteins" -> "lipids", "system" (5) for "digestive
# system" -> "skeletal system", "heating" (5) for "melting" -> "boiling". On the SciQ and
# DGen gold sets these keep the options that match the human ones most often.
_KIND_DEPTH = {"noun.substance": 4, "noun.body": 5, "noun.process": 5}
# A category one level shallower still holds sisters when it is a small closed family of
# things or processes: "cell division" (4 kinds) for "meiosis" -> "mitosis", "extraterrestrial
# object" (2) for "comets" -> "meteoroids", "phase change" for "freezing". A category of that
# depth with many kinds is a grab bag ("organic process": 83, "natural object": 20), and
# states and attributes ("dryness" for "drought": "aridity") hold near-synonyms: not these.
_SMALL_FAMILY_KINDS = frozenset(
    {"noun.process", "noun.object", "noun.plant", "noun.animal", "noun.phenomenon"}
)
_SMALL_FAMILY = 12
# Cousins (two levels up) come only through a grandparent this deep: "organism" (5) or
# "natural object" (4) would join anything.
_COUSIN_DEPTH = 5
# A category of more kinds than this is a grab bag unless its kinds are alike: "material"
# (51) files "abrasive" and "undercut" beside "insulator", "chemical" (22) "softener" beside
# "reactant", "cavity" (38) "vacuole" beside "cloaca". In one, only the kinds whose
# definition shares a telling word with the answer's are its sisters: the chemical elements
# (48) that are "nonmetallic" and "abundant" like oxygen, the "ductile" metals like iron.
_LARGE_FAMILY = 20
# ...but WordNet files animals by the zoologist's taxonomy, whose large families are still
# of one kind: "placental" (28) holds the orders of mammals, bats beside rodents.
_TAXA = frozenset({"noun.animal"})
# A cousin is further off. Through a grandparent of a small family ("mammal", 6 kinds:
# monotremes beside marsupials) any will do; through a larger one ("organ", 24: organelles
# beside nipples; "organism", 48: viruses beside pets; "oxide", 17: carbon dioxide beside
# rust) it must share this many telling words with the answer. And it is read in its word's
# first sense only: "rod" is a stick before it is a bacterium.
_COUSIN_KINSHIP = 2
# Common words have many senses and WordNet's first is often not the article's
# ("governments" -> "population controls"); only rarer, more specific words are asked.
_MAX_ANSWER_ZIPF = 4.5
# ...unless the passage makes the sense plain; even then not the commonest words ("water").
_MAX_COMMON_ZIPF = 5.3
# ...or the word has one sense in ordinary use: WordNet's sense-tagged corpus gives its first
# sense this share of the word's uses at least ("bird": 29 of 30, the animal), and that often.
_DOMINANT_SHARE = 0.75
_DOMINANT_USES = 10
# Rarer than this, a word is technical ("photosynthesis") and has one sense: any kind will do.
_TECHNICAL_ZIPF = 3.0
# Kinds WordNet keeps apart that a passage's list may join: "conduction, convection and
# radiation" are a phenomenon, a process and a phenomenon.
_HAPPENINGS = frozenset({"noun.process", "noun.phenomenon", "noun.event"})
# Kinds of things whose WordNet opposites are rivals: "anode" / "cathode", "host" / "parasite",
# "eukaryotes" / "prokaryotes", "conductor" / "insulator".
_OPPOSED_KINDS = frozenset(
    {"noun.artifact", "noun.animal", "noun.person", "noun.object", "noun.substance",
     "noun.process", "noun.body", "noun.phenomenon"}
)  # fmt: skip
# Kinds of things whose fellow parts of one whole make fair distractors: organs, plant parts.
_PART_KINDS = frozenset({"noun.body", "noun.plant"})
# Natural objects too, when their whole is divided into several named parts: the layers of
# the atmosphere ("troposphere" -> "stratosphere", "mesosphere"); not a whole of two parts,
# whose other part is often the same thing seen otherwise ("beach" beside "shoreline").
_LISTED_PART_KINDS = frozenset({"noun.object"})
_LISTED_PARTS = 3
# Heads whose compounds belong to one field each ("chemistry department", "fuel injection
# system"): another compound is a rival only where the passage speaks of its field.
_FIELD_BOUND = frozenset({"noun.group", "noun.artifact"})
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


def cohyponyms(answer: str, *, context: frozenset[str] = frozenset(), limit: int = 12) -> list[str]:
    """Return sister terms of the answer as WordNet knows it ([] if it does not).

    `context` (content words of the passage and stem) picks the answer's
    sense: "pupil" beside "iris" and "light" is the eye's. The whole answer
    is looked up first; a phrase WordNet does not know keeps its head noun and
    changes its modifier ("thermal energy" -> "mechanical energy"); a lone
    adjective gets its antonym family ("deciduous" -> "evergreen").
    """
    words = answer.split()
    if not words:
        return []
    if len(words) > 1 and words[0].casefold() in {"a", "an", "the"}:
        # "a marsupial" -> "a monotreme": the sisters of the noun phrase, with an article.
        rest = cohyponyms(" ".join(words[1:]), context=context, limit=limit)
        return [_with_article(words[0], w) for w in rest]
    if len(words) == 3 and words[1] == "and":
        return _coordinated(words[0], words[2], context)[:limit]
    if _capitalised_common_noun(answer):
        # "Colds are caused by...": capitalised only as the sentence's first word.
        lower = cohyponyms(answer[:1].lower() + answer[1:], context=context, limit=limit)
        return [w[:1].upper() + w[1:] for w in lower]
    # Opposites first: "asexual reproduction" beside "sexual reproduction" is the rival a
    # learner must rule out, and an antonym is never also true in the answer's place.
    found = list(_opposites(answer))
    found += [w for w in _cohyponyms(answer, _telling(answer, context), limit) if w not in found]
    if len(found) < 3 and len(words) > 1:
        found += [
            w for w in _compound_sisters(answer, _relevant(answer, context)) if w not in found
        ]
    if not found and len(words) == 1:
        found = _adjective_family(answer)
    return found[:limit]


@word_cache
def _opposites(answer: str) -> tuple[str, ...]:
    """Return the answer with a word changed for its WordNet antonym: a modifier of a phrase
    ("sexual reproduction" -> "asexual reproduction", "positive charge" -> "negative charge")
    or a lone noun ("anode" -> "cathode"). Lower-case words only; none for unknown words."""
    words = answer.split()
    if not words or not all(w.isalpha() and w.islower() for w in words):
        return ()
    if len(words) == 1:
        plural = lexicon.is_plural(words[0])
        base = lexicon.noun_lemma(words[0]) if plural else words[0]
        if lexicon.first_sense_lexname(base) not in _OPPOSED_KINDS:
            return ()  # "front" / "rear", "sound" / "silence": a place or a quality, no rival
        # The first sense's only: "levity" is the opposite of gravity as solemnity, not force.
        found = [lexicon.pluralize(w) if plural else w for w in _antonyms(base, "n", senses=1)]
        return tuple(found)
    if any(lexicon.is_stopword(w) for w in words):
        return ()  # "between atoms", "to attract pollinators": not a modifier and a noun
    plural = lexicon.is_plural(words[-1])
    head = lexicon.noun_lemma(words[-1]) if plural else words[-1]
    found = []
    for i, word in enumerate(words[:-1]):
        for other in _antonyms(word, "a"):
            # Only a phrase WordNet knows: an adjective has many senses, and the antonym of
            # another ("heavy" for the "light" of "light years") makes nonsense.
            if lexicon.first_sense_offset("_".join([*words[:i], other, *words[i + 1 : -1], head])):
                found.append(" ".join([*words[:i], other, *words[i + 1 :]]))
    return tuple(dict.fromkeys(found))


@word_cache
def _antonyms(word: str, pos: str, senses: int = _MAX_SENSES) -> tuple[str, ...]:
    """Return the one-word antonyms WordNet gives the word's own first `senses` senses of this
    part of speech; for adjectives only those that can stand before a noun ("live", not
    "alive")."""
    found: list[str] = []
    for sense in lexicon.wordnet().synsets(word, pos)[:senses]:
        for lemma in sense.lemmas():
            if lemma.name().casefold() != word.casefold():
                continue
            found += [
                other.name()
                for other in lemma.antonyms()
                if other.name().isalpha()
                and other.name().islower()
                and other.syntactic_marker() != "(p)"  # predicative only: "alive"
            ]
    return tuple(dict.fromkeys(found))


def _with_article(article: str, phrase: str) -> str:
    if article.casefold() == "the":
        return f"{article} {phrase}"
    an = phrase[:1].casefold() in "aeiou"
    word = ("an" if an else "a") if article.islower() else ("An" if an else "A")
    return f"{word} {phrase}"


def _coordinated(left: str, right: str, context: frozenset[str]) -> list[str]:
    """Return "A and B" answers with one part, then both, changed: "protons and neutrons"."""
    senses = [_sense(lexicon.noun_lemma(part), context)[0] for part in (left, right)]
    if None in senses or senses[0].lexname() != senses[1].lexname():
        return []  # "sperm and eggs": the eggs of WordNet's first sense are food
    others = {left.casefold(), right.casefold()}
    lefts = [w for w in cohyponyms(left, context=context) if w.casefold() not in others]
    rights = [w for w in cohyponyms(right, context=context) if w.casefold() not in others]
    found = [f"{a} and {right}" for a in lefts[:2]] + [f"{left} and {b}" for b in rights[:2]]
    found += [f"{a} and {b}" for a, b in zip(lefts[2:], rights[2:], strict=False) if a != b]
    return found


def _capitalised_common_noun(answer: str) -> bool:
    """Return True for "Colds", "Allergies": a common noun written with a capital, not a name."""
    first = answer.split()[0]
    if not (first[:1].isupper() and first[1:].islower()):
        return False
    sense = lexicon.first_sense(first.casefold())
    return (
        sense is not None
        and not sense.instance_hypernyms()
        and lexicon.first_sense(first) == sense  # no capitalised name of its own
        and lexicon.zipf(first.casefold()) > 0
    )


def _telling(answer: str, context: frozenset[str]) -> frozenset[str]:
    """Return the context words found in some gloss of the answer's senses.

    Only these can tell its senses apart; keeping just them makes one answer
    asked in several sentences of an article hit the same cached result.
    """
    words = answer.split()
    if not context:
        return frozenset()
    lemma = "_".join(words)
    base = lexicon.noun_lemma(lemma) if lexicon.is_plural(words[-1]) else lemma
    if _sense_count(base) < 2:
        return frozenset()  # nothing to choose between: skip reading glosses
    if answer[:1].isupper() and not is_town_name(base):
        # A name's first sense is the one that matters ("Egypt" the country, not the
        # ancient empire); but towns share names: "Cairo" is first a town of Illinois.
        return frozenset()
    return _relevant(answer, context) & _vocabulary(base)


@word_cache
def _sense_count(lemma: str) -> int:
    """Return how many noun senses the word has, from the index alone (no synset is read)."""
    from quizgen.generate.distractors.filters import noun_sense_offsets

    return len(noun_sense_offsets(lemma))


@word_cache
def _vocabulary(lemma: str) -> frozenset[str]:
    """Return the gloss and sister words of the word's first _MAX_SENSES noun senses."""
    found: set[str] = set()
    for sense in _noun_senses(lemma)[:_MAX_SENSES]:
        found |= _gloss_words(sense.name) | _sister_words(sense.name)
    return frozenset(found)


def _relevant(answer: str, context: frozenset[str]) -> frozenset[str]:
    """Return the context words that can tell senses apart (not the answer's own words)."""
    # A set difference: `context` may be large, and this runs once per answer.
    return context - {lexicon.noun_lemma(w) for w in answer.split()}


@word_cache
def _cohyponyms(answer: str, context: frozenset[str], limit: int) -> tuple[str, ...]:
    words = answer.split()
    lemma = "_".join(words)
    plural = lexicon.is_plural(words[-1])
    base = lexicon.noun_lemma(lemma) if plural else lemma
    sense, overlap = _sense(base, context)
    if sense is None:
        return ()
    zipf = lexicon.zipf(answer)
    # A common word has many senses; only a living thing, organ or substance that the
    # passage clearly speaks of ("teeth" beside "jaw" and "enamel") is trusted.
    trusted = zipf <= _MAX_COMMON_ZIPF and (
        (overlap >= 2 and sense.lexname() in _TAXONOMIC)
        # A concrete thing in its one everyday sense, which the passage speaks of.
        or (
            overlap >= 1
            and sense.lexname() in _CONCRETE
            and sense.offset() == lexicon.first_sense_offset(base)
            and _dominant_first_sense(base)
        )
    )
    if answer[:1].islower() and zipf > _MAX_ANSWER_ZIPF and not trusted:
        return ()
    return tuple(_sisters(sense, answer, supported=overlap >= 1, limit=limit))


@word_cache
def _dominant_first_sense(lemma: str) -> bool:
    """Return True if the sense-tagged corpus gives the word's first noun sense nearly all its
    uses (`_DOMINANT_SHARE`, `_DOMINANT_USES`): "bird" the animal, not "gas" (fuel or vapour)."""
    counts = [
        lemma_.count()
        for lemma_ in lexicon.wordnet().lemmas(lemma, "n")
        if lemma_.name().casefold() == lemma.casefold()
    ]
    if not counts:
        return False
    return counts[0] >= _DOMINANT_USES and counts[0] >= _DOMINANT_SHARE * sum(counts)


def _sense(lemma: str, context: frozenset[str]) -> tuple[Any, int]:
    """Return (the word's noun sense that best fits `context`, how many context words it shares).

    A simplified Lesk: the sense whose gloss, names and category names share
    the most words with the context (two at least, unless it is the most
    common sense); the most common sense when none does; None when only one
    word points away from the most common sense.
    """
    first = lexicon.first_sense(lemma)
    if first is None or not context:
        return first, 0
    senses = _noun_senses(lemma)[:_MAX_SENSES]
    if not senses:
        return first, 0
    overlaps = [len(_gloss_words(sense.name) & context) for sense in senses]
    # The passage naming a sense's sisters ("amphibians, reptiles and birds") tells senses
    # apart too, but is no evidence of how well the passage speaks of the word itself.
    telling = [
        overlap + len(_sister_words(sense.name) & context)
        for overlap, sense in zip(overlaps, senses, strict=True)
    ]
    # The most shared words wins, the commoner sense on a tie.
    best = max(range(len(senses)), key=lambda i: (telling[i], -i))
    if best == 0:
        return first, overlaps[0]
    # One shared word is chance ("animal" beside "prey", "security" beside "protections"):
    # a rarer sense is taken when the passage shares two words or more with it. With one,
    # the passage hints at it and the first sense is no safer: neither is taken.
    if telling[best] < _MIN_SENSE_OVERLAP:
        return None, 0
    return lexicon.wordnet().synset_from_pos_and_offset("n", senses[best].offset), overlaps[best]


def _position(name: str) -> tuple[str, int]:
    """Return the part of speech and data-file offset of a sense named "lemma.pos.nn"."""
    lemma, pos, number = name.rsplit(".", 2)
    return pos, lexicon.wordnet()._lemma_pos_offset_map[lemma][pos][int(number) - 1]  # as NLTK


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _sister_words(name: str) -> frozenset[str]:
    """Return the names of a sense's sisters (other members of its categories), when its
    categories are small enough to say something of it."""
    from quizgen.generate.distractors.filters import content_words

    reader = lexicon.wordnet()
    pos, offset = _position(name)
    names: list[str] = []
    for above in reader.pointers(pos, offset).get("@", ()):
        sisters = reader.pointers(pos, above).get("~", ())
        if len(sisters) <= _MAX_SIGNATURE_SISTERS:
            names += (reader.lemma_names_at(pos, s)[0] for s in sisters if s != offset)
    words = content_words(" ".join(n.replace("_", " ") for n in names))
    return frozenset(w for w in words if lexicon.zipf(w) < _MAX_TELLING_ZIPF)


@word_cache
def _noun_senses(lemma: str) -> tuple[SynsetBrief, ...]:
    """Return the briefs of `synsets(lemma, "n")`, in its order, without parsing them."""
    reader = lexicon.wordnet()
    index = reader._lemma_pos_offset_map
    return tuple(
        reader.brief("n", offset)
        for form in reader._morphy(lemma.lower(), "n", True)
        for offset in index[form].get("n", [])
    )


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _gloss_words(name: str) -> frozenset[str]:
    """Return the content words of a sense's definition, names and hypernyms' names."""
    from quizgen.generate.distractors.filters import content_words

    # Read from the lines' heads and glosses: senses are weighed by the dozen per answer.
    reader = lexicon.wordnet()
    pos, offset = _position(name)
    definition, examples = reader.gloss_at(pos, offset)
    names = list(reader.lemma_names_at(pos, offset))
    for above in reader.pointers(pos, offset).get("@", ()):
        names += reader.lemma_names_at(pos, above)
    text = " ".join([definition, *examples[:1]] + [n.replace("_", " ") for n in names])
    # Words as common as "much" or "used" are in every passage: they tell no sense apart.
    return frozenset(w for w in content_words(text) if lexicon.zipf(w) < _MAX_TELLING_ZIPF)


def _sisters(synset: Any, surface: str, *, supported: bool, limit: int) -> list[str]:
    words = surface.split()
    plural = lexicon.is_plural(words[-1])
    capital = surface[:1].isupper()
    target_zipf = lexicon.zipf(surface)
    technical = target_zipf <= _TECHNICAL_ZIPF
    # An instance (Belarus) has instance sisters (Latvia); a class (vaccine) has classes.
    instance = bool(synset.instance_hypernyms())
    # Abstract kinds ("humidity", a state) only in a sense the passage speaks of.
    abstract_ok = supported and synset.lexname() not in _VAGUE_HEADS
    if not (instance or technical or abstract_ok or synset.lexname() in _CONCRETE):
        return []
    if synset.lexname() == "noun.person" and not (instance or supported):
        # Words for people have uses WordNet lacks: an "early adopter" of a technology is
        # no adoptive parent. Only in a sense the passage speaks of.
        return []
    seen = {lemma.casefold().replace("_", " ") for lemma in synset.lemma_names()}
    # The answer's own categories are true of it: "allergy" beside "allergic rhinitis".
    above = ancestors(synset.offset())
    own, kind = synset.offset(), synset.lexname()
    scored: list[tuple[int, int, float, int, str]] = []
    # NLTK returns related synsets in hash order: sort them, or runs would differ.
    reader = lexicon.wordnet()
    hypernyms = heads(reader.pointers("n", synset.offset()).get("@i" if instance else "@", ()))
    if not instance:
        # Only categories deep enough to be of one kind, and of several only the most
        # specific: "filtrate" is a reaction product (6) and a fluid (4), "ichor" a fluid.
        deep = _category_depth(synset.lexname())
        depths = {h.offset: reader.min_depth_at("n", h.offset) for h in hypernyms}
        deepest = max(depths.values(), default=0)
        hypernyms = [
            h
            for h in hypernyms
            if depths[h.offset] >= deepest
            and (depths[h.offset] >= deep or _small_family(h.offset, synset.lexname()))
        ]
        shallow = any(depths[h.offset] < deep for h in hypernyms)
    else:
        shallow = False
    order = 0
    # A region that is part of a whole ("Yunnan" of China): no sister of another whole. (A
    # town's sisters are settled in towns.py; a capital keeps the world's capitals.)
    wholes = (
        set(reader.pointers("n", own).get("#p", ()))
        if instance and not any(_SETTLEMENT.search(h.name()) for h in synset.instance_hypernyms())
        else set()
    )
    for tier, sisters in enumerate(_tiers(synset, hypernyms, instance)):
        for sister in sisters:
            if sister.offset == own or sister.offset in above or sister.lexname != kind:
                continue  # "string" is WordNet's sister of "gene", but not of its kind
            if wholes and _part_of_another(reader, sister.offset, wholes):
                continue  # "Lower Saxony" (of Germany) beside "Yunnan"
            name = _in_answer_form(sister, words) if instance else _lemma(sister.first_lemma)
            if not name or name.casefold() in seen or name[:1].isupper() != capital:
                continue
            if not capital and " " in name and len(words) == 1:
                continue  # "ski tow" beside "tram": a phrase stands out among words
            if (
                shallow
                and tier == 0
                and kind == "noun.process"
                and _process_form(name) != _process_form(words[-1])
            ):
                continue  # "heating" or "thaw" beside "convection": not of its form
            seen.add(name.casefold())
            if " " not in name and _shares_stem(name, words):
                continue  # "allergy" beside "allergic rhinitis": a hint, and often true
            if plural:
                singular, name = name, lexicon.pluralize(name)
                if lexicon.zipf(name) == 0 and lexicon.zipf(singular) > 0:
                    continue  # "bronchitises": a word nobody counts has no plural
            gap = abs(lexicon.zipf(name) - target_zipf) if target_zipf else 0.0
            # Science words are rare and their sisters rarer still: allow a wider gap there.
            if target_zipf and gap > (_MAX_ZIPF_GAP if not technical else 2 * _MAX_ZIPF_GAP):
                continue
            # "peanut" (first a legume) as a young child: a word is read in its usual sense.
            # A name of the answer's own region too ("Athens" of Georgia), not one among
            # the world's capitals or countries, whose other senses are far less known.
            if (not instance or tier == 0) and not _usual_sense(sister, name=instance):
                continue
            if not instance and tier == 1 and not _first_sense(sister):
                continue  # "rod" beside "algae": a cousin is far; only its word's first sense
            order += 1
            # Well-known places first: "Latvia" before "Flanders".
            known = 0 if known_place_kind(name) else 1
            scored.append((tier, known, round(gap, 1), order, name))
        if len(scored) >= 3:
            break
    scored.sort()
    return [name for *_, name in scored[:limit]]


def _part_of_another(reader: Any, offset: int, wholes: set[int]) -> bool:
    """Return True when WordNet makes the synset at `offset` part of wholes other than
    `wholes` (and of none of them)."""
    theirs = set(reader.pointers("n", offset).get("#p", ()))
    return bool(theirs) and not theirs & wholes


def _process_form(word: str) -> str:
    """Return how a process noun is formed: "ion" ("erosion", "subduction", "mitosis"), "ing"
    ("melting") or "" (a bare word: "thaw"). Sisters of a small shallow family must share it."""
    word = word.casefold()
    if word.endswith("ing"):
        return "ing"
    return "ion" if word.endswith(("ion", "sis", "ism", "ment", "ance", "ence")) else ""


def _lemma(name: str) -> str:
    return name.replace("_", " ")


def _in_answer_form(sister: SynsetHead, words: list[str]) -> str:
    """Return a named sister's name in the answer's form: with the answer's kind word or
    without it ("Pacific Ocean": "Atlantic Ocean", not "Atlantic"); "" if it has none such."""
    from quizgen.nlp import gazetteer

    last = words[-1].casefold()
    kind_word = len(words) > 1 and last in gazetteer.FEATURE_WORDS
    if not kind_word and "_" not in sister.first_lemma:
        return _lemma(sister.first_lemma)  # most names: no kind word either side
    names = lexicon.wordnet().lemma_names_at("n", sister.offset)
    if kind_word:
        return next((_lemma(n) for n in names if n.casefold().endswith(f"_{last}")), "")
    # The same name without its kind word, never another language's ("Huang Hai" for the
    # Yellow Sea): its first word is the first lemma's.
    first_word = sister.first_lemma.partition("_")[0].casefold()
    return next(
        (
            _lemma(n)
            for n in names
            if n.rpartition("_")[2].casefold() not in gazetteer.FEATURE_WORDS
            and n.partition("_")[0].casefold() == first_word
        ),
        "",
    )


def _usual_sense(sister: SynsetHead, *, name: bool) -> bool:
    """Return True if a reader takes the sister's name in the sister's sense.

    A word in its first sense or one attested in WordNet's sense-tagged corpus
    ("rib" the bone, second after the ship's rib); not in a sense never met
    there ("peanut" as a young child, "trachea" as an insect's air tube). A
    name in its first sense of the sister's kind ("Jordan", a country after the
    river); not "Athens" of Georgia.
    """
    offsets, tagged = _index_senses(sister.first_lemma.lower())
    if sister.offset not in offsets:
        return False
    if name:
        reader = lexicon.wordnet()
        same_kind = (o for o in offsets if reader.head("n", o).lexname == sister.lexname)
        return next(same_kind, None) == sister.offset
    return offsets.index(sister.offset) < max(1, tagged)


def _first_sense(sister: SynsetHead) -> bool:
    """Return True if the sister is its word's first noun sense."""
    offsets, _ = _index_senses(sister.first_lemma.lower())
    return bool(offsets) and offsets[0] == sister.offset


@word_cache
def _index_senses(lemma: str) -> tuple[tuple[int, ...], int]:
    """Return the noun senses of a lemma (as offsets, in WordNet's order) and how many of
    them the sense-tagged corpus attests (those come first), from its index line alone."""
    found = lexicon.wordnet().senses(lemma, "n")
    return ((), 0) if found is None else (tuple(found[0]), found[1])


def _tiers(synset: Any, hypernyms: list[SynsetHead], instance: bool) -> Iterator[list[SynsetHead]]:
    """Yield the answer's sisters by tier, nearest first; later tiers are read only if needed.

    A town's first are the towns of its own country or state; a name's, the
    other instances of its categories. A term's first are the other kinds of
    its categories, then (for living things, organs, substances) its cousins
    two levels up, then (for organs and plant parts) the other parts of its whole.
    """
    reader = lexicon.wordnet()
    if instance:
        yield neighbour_towns(synset.offset())
        yield [s for h in hypernyms for s in heads(reader.pointers("n", h.offset).get("~i", ()))]
        return
    lexname = synset.lexname()
    sisters: list[SynsetHead] = []
    for h in hypernyms:
        kinds = heads(reader.pointers("n", h.offset).get("~", ()))
        sisters += kinds if lexname in _TAXA else _kin(synset.offset(), h.offset, kinds)
    yield sisters
    # Cousins of a state or an event are anything: "pips" beside "colds".
    yield _cousins(synset.offset(), hypernyms) if lexname in _TAXONOMIC else []
    if lexname in _PART_KINDS:
        yield _part_sisters(synset)
    elif lexname in _LISTED_PART_KINDS:
        yield _part_sisters(synset, listed=True)


def _kin(
    answer: int, category: int, kinds: list[SynsetHead], *, family: int | None = None
) -> list[SynsetHead]:
    """Return the kinds of a category that are the answer's sisters: all of a family of
    `_LARGE_FAMILY` kinds or fewer; of a larger one, those sharing a telling word with it.
    `family` is the size of the family they are judged by, if not theirs (cousins: their
    grandparent's)."""
    if family is None:
        if len(kinds) <= _LARGE_FAMILY:
            return kinds
        needed = 1
    else:
        if family <= _SMALL_FAMILY:
            return kinds
        needed = _COUSIN_KINSHIP
    telling = _telling_words(answer, category)
    return [
        kind for kind in kinds if len(_telling_words(kind.offset, category) & telling) >= needed
    ]


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _telling_words(offset: int, category: int) -> frozenset[str]:
    """Return the gloss words of a noun sense (see `_gloss_words`) less the category's names:
    every kind of "chemical element" says "element"."""
    reader = lexicon.wordnet()
    names = {w for n in reader.lemma_names_at("n", category) for w in n.casefold().split("_")}
    return _gloss_words(reader.brief("n", offset).name) - names


def _part_sisters(synset: Any, *, listed: bool = False) -> list[SynsetHead]:
    """Return the other parts of the whole the answer is part of: "pupil" -> "iris", "retina".

    WordNet's categories put an organ among odd company ("pupil" is an
    "aperture"); the parts of one whole are what a learner must tell apart.
    A part that is its whole's only one (the pupil of the iris) takes the
    parts of the whole above (the eye). With `listed`, only a whole of
    `_LISTED_PARTS` parts or more gives its parts, and no whole above does.
    """
    reader = lexicon.wordnet()
    found: list[SynsetHead] = []
    for whole in sorted(synset.part_holonyms(), key=_name):
        parts = [p for p in sorted(whole.part_meronyms(), key=_name) if p != synset]
        if listed:
            if len(parts) + 1 >= _LISTED_PARTS:
                found += [reader.head("n", p.offset()) for p in parts]
            continue
        if not parts:
            parts = [
                p
                for above in sorted(whole.part_holonyms(), key=_name)
                for p in sorted(above.part_meronyms(), key=_name)
                if p != whole
            ]
        found += [reader.head("n", p.offset()) for p in parts]
    return found


def _sister_adjectives(noun: Any) -> list[str]:
    """Return the adjectives of a body part's or object's sisters: "lunar" -> "solar".

    Only organs and heavenly bodies and the like: the adjectives of kinds of
    creature ("eukaryotic" beside "parasitic") are too often also true.
    """
    if noun.lexname() not in {"noun.body", "noun.object"}:
        return []
    found: list[str] = []
    for hypernym in sorted(noun.hypernyms(), key=_name):
        for sister in sorted(hypernym.hyponyms(), key=_name):
            if sister == noun or sister.lexname() != noun.lexname():
                continue
            for lemma in sister.lemmas():
                # Only an adjective that means "of the <sister>": "testicular" of "testis".
                found += [
                    form.name()
                    for form in lemma.derivationally_related_forms()
                    if form.synset().pos() in {"a", "s"}
                    and form.name().islower()
                    and lemma.name() in {p.name() for p in form.pertainyms()}
                ]
    return found


def _shares_stem(word: str, answer_words: list[str]) -> bool:
    stem = word.casefold()[:5]
    return len(stem) == 5 and any(w.casefold().startswith(stem) for w in answer_words)


def _cousins(answer: int, hypernyms: list[SynsetHead]) -> list[SynsetHead]:
    """Return the hyponyms of the hypernyms' sisters, through a grandparent this deep (not
    "natural object"); through one of many kinds ("organ", "organism"), only those akin to
    the answer (see `_kin`)."""
    # Walked by pointers read from line heads: the uncles are many, and only their kinds'
    # names and categories are used.
    reader = lexicon.wordnet()
    own = {h.offset for h in hypernyms}
    return [
        cousin
        for h in hypernyms
        for grand in heads(reader.pointers("n", h.offset).get("@", ()))
        if reader.min_depth_at("n", grand.offset) >= _COUSIN_DEPTH
        for uncle in heads(reader.pointers("n", grand.offset).get("~", ()))
        if uncle.offset not in own
        for cousin in _kin(
            answer,
            grand.offset,
            heads(reader.pointers("n", uncle.offset).get("~", ())),
            family=len(reader.pointers("n", grand.offset).get("~", ())),
        )
    ]


def _compound_sisters(answer: str, context: frozenset[str]) -> tuple[str, ...]:
    """Return the head noun with other modifiers WordNet knows: "kinetic energy" -> "heat energy".

    Hyponyms of the head's sense (two levels down) written "<modifier> <head>",
    in the answer's number: they keep the answer's form and are of its kind.
    WordNet's sisters of a compound it knows first, then nearest the passage's topic,
    then nearest the answer's modifier in use.
    """
    words = answer.split()
    if (
        not all(w.isalpha() for w in words)
        or answer[:1].isupper()
        or any(lexicon.is_stopword(w) for w in words)  # "between atoms": not a compound
    ):
        return ()
    head = lexicon.noun_lemma(words[-1])
    whole = lexicon.first_sense_lexname("_".join([*words[:-1], head]))
    if whole and whole != lexicon.first_sense_lexname(head):
        # "capillary bed" is WordNet's own term for body tissue: beds to sleep on ("twin
        # bed", "camp bed") are compounds of another sense of "bed".
        return ()
    modifiers = frozenset(lexicon.noun_lemma(w) for w in words[:-1])
    # Only words of some gloss of the head's senses can pick one: with just those, every
    # passage that asks the answer finds the compounds worked out once.
    compounds = _compounds(answer, (context | modifiers) & _vocabulary(head))
    # Bodies and made things come in every field: a wildlife service's "conservation
    # department" has no rival in "chemistry department" unless the passage speaks of
    # what that one's gloss does (teaching), nor a "voting system" in "fuel injection system".
    of_a_field = lexicon.first_sense_lexname(head) in _FIELD_BOUND
    # WordNet's own sisters of the compound first ("kinetic" beside "potential energy").
    ranked = sorted(
        (not sister, -len(gloss & context), gap, order, phrase)
        for order, (gloss, gap, phrase, sister) in enumerate(compounds)
        if sister or not of_a_field or gloss & context
    )
    return tuple(dict.fromkeys(phrase for *_, phrase in ranked))


@word_cache
def _compounds(
    answer: str, sense_context: frozenset[str]
) -> tuple[tuple[frozenset[str], float, str, bool], ...]:
    """Return (gloss words, zipf gap to the answer's modifier, phrase, WordNet's sister of the
    answer?) of the head's compounds."""
    words = answer.split()
    head = lexicon.noun_lemma(words[-1])
    plural = lexicon.is_plural(words[-1])
    sense, _ = _sense(head, sense_context)
    known = _known_compound(words, head)
    sisters = _known_compound_sisters(known, words, plural) if known is not None else ()
    if len(sisters) >= 3:
        # "percussion instrument" is WordNet's own kind of musical instrument: its sisters
        # are the other kinds of that ("wind instrument"), not of another sense of the head
        # ("measuring instrument"). With fewer, the head's other compounds come after them.
        return sisters
    found: list[tuple[frozenset[str], float, str, bool]] = list(sisters)
    if sense is None or sense.lexname() in _VAGUE_HEADS | {"noun.person"}:
        # "volcanic activity" -> "sensory activity": same word, nothing alike; "security
        # experts" -> "computer experts": people of two fields may say the same.
        return tuple(found)
    # "tumor cells" -> "solar cells", "mercury cells": another head sense's compounds, and
    # modifiers of other kinds; only modifiers of the answer's modifier's kind are alike.
    modifier_kind = _modifier_kinds(words[-2].casefold())
    if not modifier_kind:
        return tuple(found)  # "microfluidic device": nothing tells what is like the modifier
    reader = lexicon.wordnet()
    # Kinds two levels down, read from their lines' heads (kinds and lemmas only), in
    # the order of NLTK's synset names: only a matching compound's gloss is read in full.
    for child in heads(reader.pointers("n", sense.offset()).get("~", ())):
        grandchildren = heads(reader.pointers("n", child.offset).get("~", ()))
        for hyponym in [child, *grandchildren]:
            for lemma in reader.lemma_names_at("n", hyponym.offset):
                if _other_compound(lemma, words, head) and (
                    _modifier_kinds(lemma.split("_")[-2]) & modifier_kind
                ):
                    found.append(_compound_entry(hyponym.offset, lemma, words, plural, False))
    return tuple(found)


def _compound_key(words: list[str], head: str) -> str:
    """Return WordNet's lemma for the answer as one compound: "percussion_instrument"."""
    return "_".join([*(w.casefold() for w in words[:-1]), head])


def _other_compound(lemma: str, words: list[str], head: str) -> bool:
    """Return True for a lemma written "<modifier> <head>" like the answer, but not it."""
    return (
        lemma.casefold().endswith(f"_{head}")
        and lemma.count("_") == len(words) - 1
        and lemma.casefold() != _compound_key(words, head)
        and lemma.islower()
    )


def _compound_entry(
    offset: int, lemma: str, words: list[str], plural: bool, sister: bool
) -> tuple[frozenset[str], float, str, bool]:
    """Return (gloss words, zipf gap to the answer's modifier, phrase, sister) of a compound;
    the answer's own head word keeps its number ("energies", "systems")."""
    others = lemma.split("_")[:-1]
    gap = abs(lexicon.zipf(" ".join(others)) - lexicon.zipf(" ".join(words[:-1])))
    head = lexicon.noun_lemma(words[-1])
    phrase = " ".join([*others, words[-1] if plural else head])
    name = lexicon.wordnet().brief("n", offset).name
    return _gloss_words(name), round(gap, 1), phrase, sister


def _known_compound(words: list[str], head: str) -> int | None:
    """Return the offset of the compound's first noun sense when WordNet has it as one word."""
    offsets = lexicon.wordnet().sense_offsets(_compound_key(words, head), "n")
    return offsets[0] if offsets else None


def _known_compound_sisters(
    offset: int, words: list[str], plural: bool
) -> tuple[tuple[frozenset[str], float, str, bool], ...]:
    """Return (gloss words, zipf gap, phrase, True) of the compound's WordNet sisters written
    "<modifier> <head>": "wind instrument" beside "percussion instrument"."""
    reader = lexicon.wordnet()
    head = lexicon.noun_lemma(words[-1])
    found: list[tuple[frozenset[str], float, str, bool]] = []
    for parent in heads(reader.pointers("n", offset).get("@", ())):
        for sister in heads(reader.pointers("n", parent.offset).get("~", ())):
            if sister.offset == offset:
                continue  # "percussive instrument" is "percussion instrument" itself
            lemma = next(
                (
                    lemma
                    for lemma in reader.lemma_names_at("n", sister.offset)
                    if _other_compound(lemma, words, head)
                ),
                None,
            )
            if lemma is None:
                continue  # one name for each kind: not "percussive" beside "percussion"
            found.append(_compound_entry(sister.offset, lemma, words, plural, True))
    return tuple(found)


@word_cache
def _modifier_kinds(word: str) -> frozenset[str]:
    """Return the kinds a modifier can be: {"adj"} if it can be an adjective, else the
    lexicographer files of its noun senses ("noun.substance"...); empty if unknown."""
    from quizgen.generate.distractors.filters import noun_sense_offsets

    reader = lexicon.wordnet()
    if reader.morphy(word, "a"):
        return frozenset({"adj"})
    return frozenset(reader.lexname_at("n", offset) for offset in noun_sense_offsets(word))


def _adjective_family(answer: str) -> list[str]:
    """Return the adjectives opposed to the answer: its antonyms, its noun's sisters' adjectives.

    "deciduous" gives "evergreen", "reduced" gives "increased", "lunar" gives
    "solar". Never the
    answer's own near synonyms ("clear" beside "transparent" would also be
    true), nor the adjectives of its noun's sisters ("eukaryotic" beside
    "parasitic" often is). A word that is also a noun is left alone (its noun
    sense is the likelier one).
    """
    word = answer.casefold()
    if not word.isalpha() or answer[:1].isupper() or lexicon.is_noun(word):
        return []
    family: list[str] = []
    for sense in lexicon.wordnet().synsets(word, "a")[:_MAX_SENSES]:
        for lemma in sense.lemmas():
            for noun in lemma.pertainyms():
                family += _sister_adjectives(noun.synset())
            # The antonym alone: its near synonyms ("same", "comparable", "cookie-cutter"
            # beside "different") are three ways of one answer, and the odd one out is right.
            family += [antonym.name() for antonym in lemma.antonyms()]
    target = lexicon.zipf(word)
    return [
        w.replace("_", " ")
        for w in dict.fromkeys(family)
        if "_" not in w and w != word and abs(lexicon.zipf(w) - target) <= 2 * _MAX_ZIPF_GAP
    ]


def related_terms(answer: str, other: str) -> bool:
    """Return True if WordNet puts the two terms' head nouns in one specific category.

    "trams" and "trolleybuses" meet at "public transport"; "batteries" and
    "car makers" only at "entity", and kinds of people ("toddlers", "ecologists")
    only at "person". A category must be as deep as one sisters are taken
    under. A much more general word ("vehicles" beside "trolleybuses") is not a
    sister. Unknown words are not related.
    """
    return _related(_head(answer), _head(other))


def listed_rival(answer: str, other: str) -> bool:
    """Return True if a term the passage lists beside the answer is a fair rival to it: WordNet
    knows both head nouns, as words of one kind ("lungs" and "kidneys", organs), and neither
    is a category of the other ("organs" beside "lungs") nor another name of it.

    The list is the evidence the two are alike, so no shared category is asked for.
    """
    a, b = _head(answer), _head(other)
    if not a or not b or a == b:
        return False
    kind = _listed_kind(lexicon.first_sense_lexname(a))
    if not kind or kind != _listed_kind(lexicon.first_sense_lexname(b)):
        return False  # "fossils, rocks and dating": a list may join things of several kinds
    first, second = lexicon.first_sense_offset(a), lexicon.first_sense_offset(b)
    return first != second and first not in ancestors_of(b) and second not in ancestors_of(a)


def _listed_kind(lexname: str) -> str:
    """Return the kind a listed word must share with the answer: WordNet files heat transfer
    by "convection" as a process and by "conduction" as a phenomenon, happenings both."""
    return "happening" if lexname in _HAPPENINGS else lexname


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def ancestors_of(lemma: str) -> frozenset[int]:
    """Return every category above the word's first noun sense, as offsets (none if unknown)."""
    first = lexicon.first_sense_offset(lemma)
    return frozenset(ancestors(first)) if first is not None else frozenset()


def _head(term: str) -> str:
    words = term.split()
    return lexicon.noun_lemma(words[-1]) if words else ""


def _related(a: str, b: str) -> bool:
    if not a or not b or a == b:
        return False
    # Of one kind first (one line head read each): a plant family is no sister of a sea
    # cow's, whatever category they meet in; and their ancestors need not be read.
    kind_a = lexicon.first_sense_lexname(a)
    if not kind_a or kind_a != lexicon.first_sense_lexname(b):
        return False
    first, second = _categories(a), _categories(b)
    # "vehicle" is not a wrong answer beside "tram": it is the tram's own category.
    if lexicon.first_sense_offset(a) in second or lexicon.first_sense_offset(b) in first:
        return False
    if not first & second:
        return False
    # Nor beside "trolleybus", two levels more general: a wider word is often also true.
    return _depth(b) > _depth(a) - 2


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _depth(lemma: str) -> int:
    """Return how deep the word's first sense is in WordNet (0 for unknown words)."""
    first = lexicon.first_sense_offset(lemma)
    return lexicon.wordnet().min_depth_at("n", first) if first is not None else 0


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _categories(lemma: str) -> frozenset[int]:
    """Return the specific categories of a noun (ancestors as deep as those a sister is taken
    under), as offsets: one synset has one offset as it has one name, and naming it costs two
    reads. "person" (3, though 6 by way of "organism") joins no two kinds of people."""
    first = lexicon.first_sense_offset(lemma)
    if first is None:
        return frozenset()
    reader = lexicon.wordnet()
    lexname = reader.head("n", first).lexname
    deep = _category_depth(lexname)
    return frozenset(
        a
        for a in ancestors(first)
        if reader.min_depth_at("n", a) >= deep or _small_family(a, lexname)
    )


def _category_depth(lexname: str) -> int:
    """Return how deep in WordNet a category of things of this kind must be to hold sisters."""
    return _KIND_DEPTH.get(lexname, _SISTER_DEPTH)


@word_cache
def _small_family(offset: int, lexname: str) -> bool:
    """Return True for a category one level shallower than `_category_depth` that is a small
    closed family of kinds (`_SMALL_FAMILY_KINDS`): "cell division" (mitosis, meiosis...)."""
    if lexname not in _SMALL_FAMILY_KINDS:
        return False
    reader = lexicon.wordnet()
    if reader.min_depth_at("n", offset) != _category_depth(lexname) - 1:
        return False
    return len(reader.pointers("n", offset).get("~", ())) <= _SMALL_FAMILY


def _name(synset: Any) -> str:
    return str(synset.name())
