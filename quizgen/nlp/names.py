"""Rule-based names (PERSON, ORG, GPE, LOC, PRODUCT) over Penn tags, without trained NER data.

Capitalised runs are found first, then typed by the strongest evidence:
gazetteers, organisation words, acronyms, titles, product nouns, cue words, name
shapes. A run typed only by weak evidence takes the type of the same name
elsewhere in the document ("Putin" after "Vladimir Putin").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from quizgen.nlp import gazetteer as gz
from quizgen.nlp.document import Token
from quizgen.nlp.named_things import kind_of_produce, listed_together, venue_name
from quizgen.nlp.numeric import (
    MONTHS,
    WEEKDAYS,
    first_name_of_a_month,
    is_year,
    starts_score_or_range,
)

# Lowercase words that may join two capitalised parts of one name.
_CONNECTORS = gz.word_set("of|for|and|&|on|in|or|de|del|der|la|du|von|van|bin|al|da|y")
# "y" joins a Spanish person's two surnames: "Santiago Ramón y Cajal".
_PERSON_PARTICLES = frozenset(
    ("de", "del", "der", "la", "du", "von", "van", "bin", "al", "da", "y")
)
# The second of two particles: "van der", "van den", "de la", "de los".
_SECOND_PARTICLES = frozenset(("der", "den", "de", "la", "las", "los", "le", "ter"))
# A lower-case particle glued to the capital of the word it is part of: "al-Haytham".
_GLUED_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin|abu|ben)-[A-Z]")
# Particles of surnames, capitalised or not: "Le Pen", "Di Maio", "Van Gogh".
SURNAME_PARTICLES = _PERSON_PARTICLES | frozenset(("le", "di", "des", "dos", "ibn", "abu"))
# A numeral after a name, "II" to "XXXIX": "Henry VIII", "Pope John XXIII", "Saturn V".
_ROMAN = re.compile(r"^(?=[IVX]{2}|V$|X$)X{0,3}(IX|IV|V?I{0,3})$")
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z&.]{1,8}$")
# Codes for a disease, virus strain, model or flight ("COVID-19", "SARS-CoV-2", "H1N1",
# "F-16"): names, but of none of our types unless a product noun follows.
# Surnames with a capital inside ("McSweeney", "MacArthur") are no acronyms.
_CODE_LIKE = re.compile(r"^(?:[A-Za-z]+-)+\d+[A-Za-z]?$|^[A-Z]+\d+[A-Z]+\d+$")
# Verbs that introduce a name whose kind the noun before them gives: "a firm called X".
_NAMING_VERBS = frozenset(("called", "named", "dubbed", "nicknamed", "christened"))
# A name right after "the" and one of these is a publication's: "the journal Nature" (not
# "In her magazine Oprah Winfrey praised…").
_PUBLICATION_NOUNS = frozenset(("journal", "magazine", "newspaper", "tabloid", "weekly"))
_SURNAME_ENDINGS = tuple(
    gz.word_set(
        "ov|ova|ev|eva|enko|sky|ski|ska|skaya|vich|ovic|evic|shvili|yan|chuk|czyk|escu|opoulos"
    )
)
_PLACE_ENDINGS = ("stan", "grad", "burg", "ville", "polis", "abad", "pur", "sk", "shire")
_DERIVED_ADJECTIVE_ENDINGS = tuple(
    gz.word_set("-based|-born|-led|-backed|-owned|-made|-bound|-funded|-run|-style|-era|-linked")
)
# Places that are also first names: "Victoria Beckham" is a person, "Real Madrid" a club.
_FIRST_NAME_PLACES = gz.word_set(
    "victoria|georgia|florence|jordan|chad|sydney|paris|austin|madison|charlotte|"
    "adelaide|lincoln|regina|israel|india|kenya|columbia|dallas"
)
# Nouns for a place people live: "X is a resort town" makes X a GPE.
_SETTLEMENTS = gz.word_set("town|city|village|port|resort|municipality|capital|suburb|spa")
_STRONG, _WEAK = 2, 1
# WordNet synsets above a natural feature's own: the Vistula, Etna, Crete.
_NATURAL_SYNSETS = frozenset(
    ("body_of_water.n.01", "geological_formation.n.01", "island.n.01", "land.n.04")
)
_CLOSED_CLASS = frozenset(
    ("DT", "IN", "PRP", "PRP$", "CC", "WDT", "WP", "WRB", "MD", "TO", "EX", "PDT", "RB", "UH")
)
# Punkt's orthographic-context flags (nltk.tokenize.punkt): seen capitalised mid-sentence,
# seen lower case anywhere.
_ORTHO_MID_UC = 1 << 2
_ORTHO_LC = (1 << 4) | (1 << 5) | (1 << 6)


@dataclass
class NameRun:
    """A capitalised run in one sentence and its current typing."""

    sentence: int
    first: int
    last: int
    label: str = ""
    strength: int = 0
    key: str = ""


@dataclass(frozen=True)
class WordKnowledge:
    """What the loaded models know about a lower-case word, to tell names from common words.

    `case_flags(word)`: Punkt's orthographic flags (how the word was capitalised in
    its training text); `known_tag(word)`: the tagger's fixed tag for a frequent
    unambiguous word ("officials" -> "NNS"), or "".
    """

    case_flags: Callable[[str], int]
    known_tag: Callable[[str], str]


def find_names(
    sentences: Sequence[Sequence[Token]], taken: Sequence[set[int]], words: WordKnowledge
) -> list[NameRun]:
    """Return the typed name runs of a document; `taken[i]` are token indexes already claimed."""
    runs: list[NameRun] = []
    for index, tokens in enumerate(sentences):
        for first, last in _runs(tokens, taken[index], words):
            run = _type(tokens, index, first, last, words)
            if run:
                runs.append(run)
    _things_named_like_people(runs, sentences)
    _teams_named_like_people(runs, sentences, words)
    _works_listed_with_works(runs, sentences, words)
    _companies_named_like_people(runs, sentences, words)
    _short_names_of_bodies(runs, words)
    _share_types(runs, words)
    _surnames_that_speak(runs, sentences)
    _products_named_like_people(runs)
    _events_named_like_people(runs, sentences)
    return [run for run in runs if run.label]


def _teams_named_like_people(
    runs: list[NameRun], sentences: Sequence[Sequence[Token]], knowledge: WordKnowledge
) -> None:
    """Retype as ORG a "person" guessed from shape alone, or a city, that plays in a scored match.

    "a 4-2 victory over West Ham", "Aston Villa drew 2-2", "Borussia Dortmund
    rallied to beat Hannover 4-1": a name of two or more words beside a verb
    of winning or losing, in a sentence with a score, is a team when it is
    named like a club (`_named_like_a_club`). A player is named the same way
    ("Novak Djokovic beat ... 6-4"), so a name that opens with a first name,
    or whose last word the article uses alone for someone who speaks
    ("Djokovic said"), stays a person. A city that plays is its club
    ("Birmingham defeated Bolton 2-1"); a country's team keeps the country's name.
    """
    speakers = {
        run.key
        for run in runs
        if run.label == "PERSON"
        and run.last < len(sentences[run.sentence])
        and sentences[run.sentence][run.last].text.lower() in gz.PERSON_CUES_AFTER
    }
    # Each sentence that names a person or a place is looked at once for a score.
    named = {run.sentence for run in runs if run.label in ("PERSON", "GPE")}
    scored = {index for index in named if _has_score(sentences[index])}
    people = {
        run.key
        for run in runs
        if run.label == "PERSON"
        and run.sentence in scored
        and run.strength < _STRONG
        and run.last - run.first > 1
        and not known_first_name(run.key.split()[0], knowledge)
        and run.key.split()[-1] not in speakers
        and _named_like_a_club(sentences[run.sentence][run.first : run.last])
        and _plays(sentences[run.sentence], run.first, run.last)
    }
    towns = {
        run.key
        for run in runs
        if run.label == "GPE"
        and run.sentence in scored
        and run.key in gz.CITIES
        and run.key not in gz.COUNTRIES
        and _plays(sentences[run.sentence], run.first, run.last)
    }
    for run in runs:
        if (run.key in people and run.strength < _STRONG) or run.key in towns:
            run.label = "ORG"


_MATCH_BEFORE = frozenset(
    ("beat", "beats", "beating", "defeated", "defeating", "over", "against", "between", "edged",
     "thrashed", "routed", "hosts", "hosted", "hosting")
)  # fmt: skip
_MATCH_AFTER = frozenset(
    ("beat", "beats", "defeated", "drew", "draw", "lost", "won", "wins", "rallied", "edged",
     "thrashed", "routed", "trailed", "team", "side", "squad", "fans", "manager", "coach",
     "striker", "goalkeeper", "defender", "midfielder", "captain")
)  # fmt: skip
_SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")


# First words of clubs' names that are no first names: "Real Madrid", "Werder Bremen".
_CLUB_OPENERS = frozenset(
    ("real", "borussia", "werder", "bayer", "atletico", "athletic", "inter", "sporting",
     "olympique", "dynamo", "dinamo", "lokomotiv", "spartak", "aston", "crystal", "queens",
     "hertha", "eintracht", "fortuna", "hapoel", "maccabi", "partizan", "racing", "deportivo",
     "union", "red", "young", "stade", "paris", "club", "fc", "ac", "as", "sv", "vfl", "vfb")
)  # fmt: skip


def _named_like_a_club(tokens: Sequence[Token]) -> bool:
    """Return True for a name a club would have and a player would not: a place in it
    ("Borussia Dortmund", "West Bromwich Albion"), a compass word first ("West Ham"), or a
    club's first word ("Aston Villa"). "Marta Kowalczyk" has none of these."""
    first = tokens[0].text.lower()
    return (
        first in _CLUB_OPENERS
        or first in gz.COMPASS_WORDS
        or any(t.text.lower() in gz.CITIES or _place_in_wordnet(t.text) for t in tokens[1:])
    )


def _has_score(tokens: Sequence[Token]) -> bool:
    """Return True when the sentence gives a score: "4-1", "24 – 10"."""
    return any(
        t.text[:1].isdigit() and (_SCORE.match(t.text) or starts_score_or_range(tokens, k))
        for k, t in enumerate(tokens)
    )


def _plays(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when the name at [first, last) is beside a word of a match: "beat X"."""
    before = tokens[first - 1].text.lower() if first > 0 else ""
    after = tokens[last].text.lower() if last < len(tokens) else ""
    return before in _MATCH_BEFORE or after in _MATCH_AFTER


_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Verbs a place does as often as a person: "Lancashire is a county", "Lima has a port".
_PLACE_VERBS = frozenset({
    "is", "was", "are", "were", "has", "had", "have", "lies", "lay", "borders", "bordered",
    "hosts", "hosted", "remains", "remained", "became", "becomes", "covers", "covered",
    "grew", "grows", "expanded", "declined", "flourished", "prospered", "suffered",
})


def _surnames_that_speak(runs: list[NameRun], sentences: Sequence[Sequence[Token]]) -> None:
    """Retype as PERSON a place's name that is the surname of a person the article names and
    that does what only people do ("says", "died"): "Ian Lancashire ... Lancashire says
    email…" is the professor; or that is the subject of a verb a place seldom has, where
    the article never writes the name as a place ("Ana Lima … Lima sold the studio")."""
    surnames = {
        run.key.split()[-1] for run in runs if run.label == "PERSON" and " " in run.key
    }
    # A name the article also writes as a place ("in Lima") may be the place anywhere.
    places = {
        run.key
        for run in runs
        if run.first > 0
        and sentences[run.sentence][run.first - 1].text.lower() in gz.PLACE_CUES_BEFORE
    }
    for run in runs:
        if run.label not in {"GPE", "LOC"} or run.key not in surnames:
            continue
        tokens = sentences[run.sentence]
        following = tokens[run.last] if run.last < len(tokens) else None
        if following is None:
            continue
        if following.text.lower() in gz.PERSON_CUES_AFTER or (
            # "Rosa Lima … Lima sold the studio": the subject of a verb, never a place here.
            run.key not in places
            and following.tag in _FINITE_VERB_TAGS
            and following.text.lower() not in _PLACE_VERBS
        ):
            run.label, run.strength = "PERSON", _STRONG


# Nouns a competition's name comes before: "the Roland Garros champion", "Grand Slam titles".
_WON_AT = frozenset(
    {"champion", "champions", "championship", "title", "titles", "crown", "crowns", "trophy",
     "final", "finals", "semi-final", "semi-finals", "semifinal", "semifinals",
     "quarter-final", "quarter-finals", "quarterfinal", "quarterfinals", "winner", "winners",
     "runner-up", "debut"}
)  # fmt: skip


def _events_named_like_people(runs: list[NameRun], sentences: Sequence[Sequence[Token]]) -> None:
    """Retype as EVENT a "person" whose name comes between a count and what is won there:
    "the 13-time Roland Garros champion", "20 Grand Slam titles"; then everywhere."""
    events = set()
    for run in runs:
        tokens = sentences[run.sentence]
        following = tokens[run.last].text.lower() if run.last < len(tokens) else ""
        before = tokens[run.first - 1] if run.first else None
        # Counted: "the 13-time … champion", "20 … titles" ("the Andy Murray final" is his).
        counted = before is not None and (before.tag == "CD" or before.text.endswith("-time"))
        if run.label == "PERSON" and run.strength < _STRONG and following in _WON_AT and counted:
            events.add(run.key)
    for run in runs:
        if run.key in events and run.label == "PERSON" and run.strength < _STRONG:
            run.label = "EVENT"


def _products_named_like_people(runs: list[NameRun]) -> None:
    """Retype as PRODUCT a "person" of two words whose first word is a company's or a brand's.

    "Nintendo Wii", "Samsung Galaxy": a brand the world knows, or a word this
    article types as an organisation on good evidence ("Kvik Runner" beside
    "Kvik said on Monday that its…"). A title or a cue that makes the run a
    person ("Mr", "who") is stronger evidence, and is kept.
    """
    surnames = {run.key.split()[-1] for run in runs if run.label == "PERSON" and " " in run.key}
    companies = {
        run.key
        for run in runs
        if run.label == "ORG"
        and run.strength >= _STRONG
        and " " not in run.key
        and run.key not in surnames  # "Ivan Berg" makes "Berg Jr." no product of a "Berg"
    }
    for run in runs:
        parts = run.key.split()
        if (
            run.label == "PERSON"
            and run.strength < _STRONG
            and len(parts) == 2
            and (parts[0].lower() in gz.BRANDS or parts[0] in companies)
        ):
            run.label = "PRODUCT"


def _short_names_of_bodies(runs: list[NameRun], knowledge: WordKnowledge) -> None:
    """Retype as ORG a "person" guessed from shape alone that opens a body's full name.

    "Conde Nast" beside "Conde Nast Publications", "Halvorsen Brothers" beside
    "Halvorsen Brothers Inc.": the article names the body in full once and
    shortly after. A title or a cue is stronger evidence and is kept, and so is
    a name whose first word is a known first name ("Walt Disney" beside "Walt
    Disney Co." may be the man).
    """
    bodies = {
        run.key
        for run in runs
        if run.label == "ORG" and run.key.split()[-1].rstrip(".") in gz.ORG_WORDS
    }
    openings = {
        " ".join(words[:size])
        for words in (key.split() for key in bodies)
        for size in range(1, len(words))
    }
    for run in runs:
        if (
            run.label == "PERSON"
            and run.strength < _STRONG
            and run.key in openings
            and not known_first_name(run.key.split()[0], knowledge)
        ):
            run.label, run.strength = "ORG", _STRONG


def _works_listed_with_works(
    runs: list[NameRun], sentences: Sequence[Sequence[Token]], knowledge: WordKnowledge
) -> None:
    """Retype as PRODUCT a "person" or place guessed weakly and listed beside a title of a work.

    "Inception, Toy Story 3 or Black Swan": the items of one list are of one
    kind, and "Toy Story 3" is a work on strong evidence. A name that opens
    with a first name ("Tom Hanks") is a person even in such a list.
    """
    for before, after in itertools.pairwise(runs):
        if before.sentence != after.sentence:
            continue
        between = [t.text for t in sentences[before.sentence][before.last : after.first]]
        if not listed_together(between):
            continue
        for run, other in ((before, after), (after, before)):
            if (
                other.label == "PRODUCT"
                and other.strength >= _STRONG
                and run.label in ("PERSON", "GPE", "LOC")
                and run.strength <= _WEAK
                and not known_first_name(run.key.split()[0], knowledge)
            ):
                run.label, run.strength = "PRODUCT", _WEAK


# WordNet files for things people make or do (first sense of a word).
_THING_LEXNAMES = frozenset({"noun.artifact", "noun.act", "noun.event", "noun.process"})


def _things_named_like_people(runs: list[NameRun], sentences: Sequence[Sequence[Token]]) -> None:
    """Retype as ORG a "person" whose last word the article also uses as a common noun for a thing.

    "Channel Tunnel" beside "the tunnel", or "Le Shuttle" beside "a lorry
    shuttle", names a thing; "Donald Trump" in an article that never says
    "a trump" stays a person. A title ("President ...") is stronger evidence
    and is kept.
    """
    from quizgen.nlp.lexicon import lexname

    common = {
        token.text
        for tokens in sentences
        for token in tokens
        if token.tag in ("NN", "NNS") and token.text.islower()
    }
    for run in runs:
        if run.label != "PERSON" or run.strength >= _STRONG or run.last - run.first < 2:
            continue
        head = sentences[run.sentence][run.last - 1].text.lower()
        if head in common and lexname(head) in _THING_LEXNAMES:
            run.label = "ORG"


# Tags of the words between a possessive and the noun it owns: "X's $5bn direct equity stake".
_MODIFIER_TAGS = frozenset(("$", "CD", "JJ", "NN", "NNS", "VBG", "VBN"))
_PERSONAL_PRONOUNS = gz.word_set("he|she|his|her|him|they|their|them|i|we")
# WordNet files of a named thing that is no person: "Google" (a search engine), "Dow Jones".
_NAMED_THING_LEXNAMES = frozenset({"noun.communication", "noun.artifact", "noun.group"})


def _companies_named_like_people(
    runs: list[NameRun], sentences: Sequence[Sequence[Token]], knowledge: WordKnowledge
) -> None:
    """Retype as ORG a name the article uses as a company's, or a "full name" made from one.

    Usage over the whole article is the evidence: "X's stake", "X chief executive
    Y", "X, which", "the X rose" and, weaker, "X ... its". A title before the
    name, or a first name with it, counts against. A two-word "person" whose
    first word is used so ("X Y" beside "X's shares") is no person's name, and
    so lends PERSON to neither of its words.
    """
    # Each kind of use counts once: "X's stake" twice is one cue, as a person holds stakes too.
    cues: dict[str, dict[str, int]] = {}
    opening: dict[int, int] = {}  # where each sentence's first name starts
    for run in runs:
        opening[run.sentence] = min(run.first, opening.get(run.sentence, run.first))
    for run in runs:
        if run.label:
            cue, weight = _company_usage(sentences[run.sentence], run, opening)
            if cue:
                cues.setdefault(run.key, {})[cue] = weight
    usage = Counter({key: sum(found.values()) for key, found in cues.items()})
    votes = usage.copy()
    not_people = _typed_strongly_as_not_people(runs)
    for run in runs:
        parts = run.key.split()
        if run.label != "PERSON" or run.key in not_people:
            continue
        if len(parts) > 1 and max(usage[run.key], usage[parts[0]]) >= _STRONG:
            continue  # "the X Y rose", "X Y" beside "X's shares": a doubtful full name
        if run.strength >= _STRONG or len(parts) > 1:
            # The full name and the words that _share_types lets it lend its type to.
            weight = 2 * _STRONG if run.strength >= _STRONG else _STRONG
            lent = {run.key, parts[-1]}
            if _lends_first_word(run, knowledge):
                lent.add(parts[0])
            for key in lent:
                votes[key] -= weight
    named_things: dict[str, bool] = {}
    for run in runs:
        if run.label not in ("PERSON", "ORG", "GPE") or run.strength >= _STRONG:
            continue
        parts = run.key.split()
        doubtful = len(parts) > 1 and (
            max(usage[run.key], usage[parts[0]]) >= _STRONG
            or any(votes[part] > 0 for part in parts)
        )
        if run.label != "ORG" and run.key not in named_things:
            # Once per name: "in Google" must not make a place of what WordNet calls software.
            named_things[run.key] = _named_thing(run.key)
        if (
            named_things.get(run.key, False)
            or (run.label != "GPE" and votes[run.key] > 0)
            or (run.label == "PERSON" and doubtful)
        ):
            run.label, run.strength = "ORG", _STRONG


def _company_usage(
    tokens: Sequence[Token], run: NameRun, opening: Mapping[int, int]
) -> tuple[str, int]:
    """Return the cue by which this mention uses the name as a company's, and its weight.

    A negative weight is a person's use ("X, who"); ("", 0) is no cue.
    """
    after = tokens[run.last] if run.last < len(tokens) else None
    before = tokens[run.first - 1].text if run.first > 0 else ""
    if after is None:
        return ("the", _STRONG) if before == "the" else ("", 0)
    if after.tag == "POS":
        # "X's stake", "X's $5bn direct equity stake": the noun the name owns decides.
        for token in tokens[run.last + 1 : run.last + 6]:
            if token.text.lower() in gz.COMPANY_POSSESSIONS:
                return "owns", _STRONG
            if token.tag not in _MODIFIER_TAGS:
                break
        return "", 0
    if after.text in gz.COMPANY_ROLES:
        # "X chief executive Y", "X chief financial officer Y": a body's officer, named after it.
        for token in tokens[run.last + 1 : run.last + 4]:
            if token.text[:1].isupper():
                return "role", _STRONG
            if not token.text.islower() or token.tag not in ("JJ", "NN", "NNS"):
                break
        return "", 0
    if after.text == "," and run.last + 1 < len(tokens):
        relative = tokens[run.last + 1].text.lower()
        if relative in ("which", "who"):
            return "relative", _STRONG if relative == "which" else -_STRONG
        if relative in _APPOSITION_DETERMINERS and _apposition_head(tokens, run.last + 2) in (
            gz.NAMED_ORG_NOUNS
        ):
            return "apposition", _STRONG  # "X, a firm based in Leeds", "X, a Swedish company"
    if before == "the" and after.tag not in ("NN", "NNS", "NNP", "NNPS", "CD", "JJ"):
        return "the", _STRONG  # "the X rose": with a determiner, a name alone is rarely a person's
    if (after.tag.startswith("VB") or after.tag == "MD") and _its_refers_back(tokens, run, opening):
        return "its", _WEAK
    return "", 0


_APPOSITION_DETERMINERS = frozenset(("a", "an", "the"))
# Words of a noun phrase before its head: "a Swedish engineering company".
_NOUN_PHRASE_TAGS = frozenset(("JJ", "NN", "NNS", "NNP", "NNPS", "VBG", "CD", "HYPH"))


def _apposition_head(tokens: Sequence[Token], start: int) -> str:
    """Return the head noun (lower case) of the noun phrase that starts at `start`, or "".

    "a construction company based in..." -> "company"; "a company director" ->
    "director"; "the firm's founder" -> "" (the phrase names its founder, not a firm).
    """
    end = start
    while end < len(tokens) and tokens[end].tag in _NOUN_PHRASE_TAGS:
        end += 1
    if end == start or (end < len(tokens) and tokens[end].tag == "POS"):
        return ""
    return tokens[end - 1].text.lower()


def _its_refers_back(tokens: Sequence[Token], run: NameRun, opening: Mapping[int, int]) -> bool:
    """Return True when the sentence's first name is the subject and "its" soon refers to it.

    "X will buy a stake in its venture"; a personal pronoun or another name on
    the way makes the reference unclear.
    """
    if opening[run.sentence] < run.first:
        return False
    for token in tokens[run.last : run.last + 12]:
        lower = token.text.lower()
        if lower == "its":
            return True
        if lower in _PERSONAL_PRONOUNS or token.text[:1].isupper():
            return False
    return False


def _named_thing(key: str) -> bool:
    """Return True when WordNet's first sense of the name, or of its first word, is a named thing.

    "Google" (and so "Google Lens") is a search engine, "Dow Jones" a stock
    index; a first word that names a place ("Washington Irving") or a person is
    no evidence.
    """
    from quizgen.nlp.lexicon import lazy_wordnet

    reader = lazy_wordnet()
    parts = key.split()
    for lemma in dict.fromkeys(("_".join(parts), parts[0])):
        if not lemma.replace("_", "").replace("-", "").isalpha():
            continue
        # The first sense's line head tells both (instance hypernyms "@i" are all nouns):
        # the name's other senses need not be read.
        offsets = reader.sense_offsets(lemma, "n")
        if offsets and reader.pointers("n", offsets[0]).get("@i"):
            return reader.lexname_at("n", offsets[0]) in _NAMED_THING_LEXNAMES
    return False


def _month_as_first_name(tokens: Sequence[Token], index: int, taken: set[int]) -> bool:
    """Return True for a month's name the date rules left as a first name: "August Johns"."""
    if index in taken or tokens[index].text.lower() not in MONTHS:
        return False  # most words: no list built for them
    return first_name_of_a_month(tokens, [t.text.lower() for t in tokens], index)


def _namelike(token: Token, index: int, taken: set[int]) -> bool:
    text = token.text
    if index in taken or not text[:1].isupper() or text == "I":
        return False
    if text.lower() in MONTHS or text.lower() in WEEKDAYS:
        return False
    if text.lower().endswith(_DERIVED_ADJECTIVE_ENDINGS):
        return False  # "Seattle-based", "Kremlin-backed": an adjective, not a name
    if index == 0 and token.tag in _CLOSED_CLASS:
        return False
    # Mid-sentence capitals mark names even when the tagger calls them NN or JJ; at the
    # start of a sentence, _skip_common_start tells names from common words.
    return token.tag in ("NNP", "NNPS") or any(c.isalpha() for c in text)


def _runs(tokens: Sequence[Token], taken: set[int], words: WordKnowledge) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    i = 0
    n = len(tokens)
    while i < n:
        if not (
            _namelike(tokens[i], i, taken) or _month_as_first_name(tokens, i, taken)
        ) or _season_of_a_year(tokens, i):
            i += 1
            continue
        first = i
        i += 1
        while i < n:
            if tokens[i].text == "The" and tokens[i - 1].text != "of":
                break  # "New York, US The New York City Subway runs": a heading ran on
            if _TICKER.fullmatch(tokens[i].text):
                break  # "Glencore International AG GLEN.UL": a share's code after the name
            if (
                (_namelike(tokens[i], i, taken) and tokens[i].tag != "POS")
                or (
                    tokens[i].text.isdigit()
                    and (i not in taken or _numbered(tokens, i))
                    and not starts_score_or_range(tokens, i)
                    and not _counts_time(tokens, i)
                )
                or _regnal_one(tokens, first, i)
            ):
                i += 1  # "Boeing 737 MAX", "Union Local 1021"
            elif (
                tokens[i].text in _CONNECTORS
                and i + 1 < n
                and _namelike(tokens[i + 1], i + 1, taken)
                and _may_connect(tokens, first, i, words)
            ):
                i += 2
            elif _GLUED_PARTICLE.match(tokens[i].text):
                i += 1  # "Ibn al-Haytham", "Abdel Fattah el-Sisi": the particle is the name's
            elif (
                tokens[i].text in _PERSON_PARTICLES
                and i + 2 < n
                and tokens[i + 1].text in _SECOND_PARTICLES
                and _namelike(tokens[i + 2], i + 2, taken)
            ):
                i += 3  # "Rogier van der Weyden", "Mies van der Rohe", "Bartolomé de las Casas"
            elif (
                tokens[i].text in _VERSUS
                and i + 1 < n
                and _namelike(tokens[i + 1], i + 1, taken)
                and tokens[i - 1].text[:1].isupper()
            ):
                i += 2  # a court case: "Abbott v. Burke", "Brown v. Board of Education"
            elif _joined_over_the(tokens, first, i, taken):
                i += 3  # "Center for Science in the Public Interest", "Bank of the West"
            elif _quoted_nickname(tokens, first, i, taken, words):
                i += 3  # 'Clinton Williams "Clint" Murchison': one person, called by a nickname
            elif (
                _elided_g(tokens, i) or _plural_owner_inside(tokens, i, words)
            ) and _namelike(tokens[i + 1], i + 1, taken):
                i += 2  # "Dunkin' Donuts", "the Seven Years' War": the mark is inside the name
            else:
                break
        title_end = _quoted_title_end(tokens, first, i, taken, words)
        if title_end:
            found.append((first, title_end))  # "the show "Freaks & Geeks"": one title
            i = title_end
            continue
        if i < n and _glued_to_adjective(tokens[i]):
            continue  # "San" of "San Francisco-based": half a name, whose rest is an adjective
        first = _skip_common_start(tokens, first, i, words)
        end = i
        while end - first > 1 and _headline_verb(tokens[end - 1], words):
            end -= 1  # "Netflix Adds more shows": a headline's verb ends no name
        while end - first > 2 and tokens[end - 1].text in _POSTNOMINALS:
            end -= 1  # "Michael Faraday FRS", "Tim Berners-Lee OM KBE": honours, no name
        found.extend(_split_at_titles(tokens, first, end, words))
    return found


def _quoted_nickname(
    tokens: Sequence[Token], first: int, at: int, taken: set[int], words: WordKnowledge
) -> bool:
    """Return True at the opening quote of a one-word nickname between a first name and a
    surname: 'Clinton Williams "Clint" Murchison', 'Earvin "Magic" Johnson'."""
    return (
        at + 3 < len(tokens)
        and _is_quote(tokens[at], _OPENING_QUOTES)
        and _namelike(tokens[at + 1], at + 1, taken)
        and _is_quote(tokens[at + 2], _CLOSING_QUOTES)
        and _namelike(tokens[at + 3], at + 3, taken)
        # A person's names before it, not a show's or a firm's words: 'The show "Friends"'.
        and at - first <= _NAMES_BEFORE_A_NICKNAME
        and all(_name_word(t.text) for t in tokens[first:at])
        and not any(_common_word(t.text.lower(), words) for t in tokens[first : at + 4])
        # A title before the names is set apart elsewhere: "General Thomas "Stonewall" Jackson".
        and not any(t.text.lower() in gz.TITLES for t in tokens[first:at])
    )


# Given names before a nickname: "Clinton Williams".
_NAMES_BEFORE_A_NICKNAME = 3


def _season_of_a_year(tokens: Sequence[Token], at: int) -> bool:
    """Return True for a capitalised season before its year: "by Spring 2005" is no name."""
    return (
        tokens[at].text.casefold() in _SEASONS
        and at + 1 < len(tokens)
        and is_year(tokens[at + 1].text)
    )


_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})


def _elided_g(tokens: Sequence[Token], at: int) -> bool:
    """Return True for an apostrophe glued to a word in "-in" that stands for its "g", with
    a word after it: "Dunkin' Donuts", "Rockin' Robin" (not "the Joneses' house")."""
    return (
        0 < at < len(tokens) - 1
        and tokens[at].text in ("'", "’")
        and tokens[at].start == tokens[at - 1].end
        and tokens[at - 1].text.endswith("in")
        and tokens[at + 1].start > tokens[at].end
        # not the mark that closes "'a new Stalin' Biden said"
        and not any(t.text in _SINGLE_OPENING for t in tokens[:at])
    )


_SINGLE_OPENING = frozenset({"'", "‘", "`"})
# Letters of honours and fellowships written after a person's name (not "PC" or "MC",
# which also end names of things; not "Jr", which tells a son from his father).
_POSTNOMINALS = frozenset(
    {"FRS", "FRSA", "FRSE", "FRSC", "FBA", "FREng", "FRCP", "FRCS", "FMedSci", "FRAS",
     "KBE", "OBE", "CBE", "MBE", "DBE", "GBE", "KCB", "GCB", "KCMG", "GCMG", "KCVO", "GCVO",
     "CVO", "LVO", "OM", "QC", "KC", "DSO", "MP", "MEP", "MSP", "MLA"}
)  # fmt: skip
_VERSUS = frozenset({"v.", "v", "vs.", "vs"})
# What a name's last word may be without being the family name: "Caesar Goodson Jr.".
GENERATIONS = frozenset({"Jr", "Sr", "Jnr", "Snr"})
# Degrees, honours and generations written after a person's name and a comma, by their
# letters: "Ph.D.", "OBE", "Jr.".
_HONOURS = frozenset(
    {"PHD", "DPHIL", "MD", "MBA", "BA", "MA", "BSC", "MSC", "LLB", "LLM", "JD", "DDS", "RN",
     "DVM", "MPH", "EDD", "PSYD", "ESQ"}
    | {word.upper() for word in _POSTNOMINALS | GENERATIONS}
)  # fmt: skip


def _plural_owner_inside(tokens: Sequence[Token], at: int, words: WordKnowledge) -> bool:
    """Return True for the apostrophe of a capitalised plural common noun inside a name:
    "the Seven Years' War", "the Workers' Party" (not "the Beatles' Abbey Road")."""
    if not 0 < at < len(tokens) - 1 or tokens[at].text not in ("'", "’"):
        return False
    owner = tokens[at - 1].text
    return (
        tokens[at].start == tokens[at - 1].end
        and owner[:1].isupper()
        and owner.endswith("s")
        and bool(words.case_flags(owner.lower()) & _ORTHO_LC)
        and not any(t.text in _SINGLE_OPENING for t in tokens[:at])
        # "The Giants' Eli Manning": a person's name after a team's is no part of it
        and not known_first_name(tokens[at + 1].text.lower(), words)
    )


def _joined_over_the(tokens: Sequence[Token], first: int, at: int, taken: set[int]) -> bool:
    """Return True when "of/for/in/on the" at `at` goes on with the name of a body begun at
    `first`: "Church of the Holy Sepulchre", not "Museum of Modern Art in the United States"."""
    if (
        at + 2 >= len(tokens)
        or tokens[at].text not in ("of", "for", "in", "on")
        or tokens[at + 1].text != "the"
        or not _namelike(tokens[at + 2], at + 2, taken)
        or not any(t.text.lower() in gz.ORG_WORDS for t in tokens[first:at])
    ):
        return False
    end = at + 2
    while end < len(tokens) and _namelike(tokens[end], end, taken):
        end += 1
    name = " ".join(t.text.lower() for t in tokens[at + 2 : end])
    if end < len(tokens) and tokens[end].tag in ("NN", "NNS") and tokens[end].text.islower():
        return False  # "in the Carter administration": the name describes what follows
    return not (_place_label(name) or _place_label(f"the {name}"))  # "in the Hague"


def _headline_verb(token: Token, words: WordKnowledge) -> bool:
    """Return True for a capitalised verb of a headline: "Adds" in "Netflix Adds more shows"."""
    return token.tag == "VBZ" and _seen_lowercase(token.text.lower(), words)


def _counts_time(tokens: Sequence[Token], index: int) -> bool:
    """Return True for a number before a unit of time: "the General Assembly 18 months ago"
    names no "General Assembly 18"."""
    return index + 1 < len(tokens) and tokens[index + 1].text.lower() in _TIME_UNITS


_TIME_UNITS = frozenset(
    {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
     "month", "months", "year", "years", "decade", "decades", "century", "centuries"}
)  # fmt: skip


def _numbered(tokens: Sequence[Token], index: int) -> bool:
    """Return True when the number at `index` belongs to the name: "Union Local 1021"."""
    before = tokens[index - 1].text if index > 0 else ""
    return before[:1].isupper() and before.lower() in gz.NUMBERED_NAME_WORDS


def _glued_to_adjective(token: Token) -> bool:
    """Return True for a hyphenated adjective that holds a name's last word: "Francisco-based"."""
    return token.text[:1].isupper() and token.text.lower().endswith(_DERIVED_ADJECTIVE_ENDINGS)


# Quotation marks as the tokenizer leaves them: curly ones (a closing one sometimes
# written as two apostrophes), or straight ones that the tagger marks as opening (``)
# or closing ('').
_OPENING_QUOTES = frozenset(("“", "``", "‘"))
_CLOSING_QUOTES = frozenset(("”", "''", "’", "’’"))
# Lower-case words and marks that a title of a work may hold: "Sons of Anarchy".
_TITLE_JOINERS = frozenset(
    ("of", "the", "a", "an", "and", "&", "in", "on", "at", "to", "for", "with", "from", "by",
     "or", "'s", "’s", ":", "-", "–", "'", "’")
)  # fmt: skip
# A share's code as news wires give it after a name: "GLEN.UL", "VOD.L", "7203.T".
_TICKER = re.compile(r"[A-Z0-9]{2,6}\.[A-Z]{1,3}")
# Names that are firms or news agencies however their words look ("Goldman Sachs").
_KNOWN_BODIES = gz.FIRMS_NAMED_LIKE_PEOPLE | gz.NEWS_AGENCIES
_TITLE_END_MARKS = frozenset((",", ".", "!", "?"))
_LONGEST_TITLE = 10


def _is_quote(token: Token, marks: frozenset[str]) -> bool:
    if token.text in ('"', "''"):
        return token.tag in marks
    return token.text in marks


def _quoted_title_end(
    tokens: Sequence[Token], first: int, last: int, taken: set[int], words: WordKnowledge
) -> int:
    """Return where a quoted title of a work that starts at `first` ends, or 0.

    A capitalised run that fills a pair of quotation marks, with only a title's
    small words and a closing comma or stop beside it, names a work: "the show
    "Freaks & Geeks,"", "a role in "The Wizard of Oz"". A quoted sentence ("He
    is right") has lower-case words and is no title.
    """
    if first == 0 or not _is_quote(tokens[first - 1], _OPENING_QUOTES):
        return 0
    end = first
    while end < len(tokens) and end - first <= _LONGEST_TITLE:
        token = tokens[end]
        if _is_quote(token, _CLOSING_QUOTES) and end > first:
            break
        if end in taken and not token.text.isdigit():
            return 0
        if not (token.text[:1].isupper() or token.text.isdigit() or token.text in _TITLE_JOINERS):
            closing = end + 1 < len(tokens) and _is_quote(tokens[end + 1], _CLOSING_QUOTES)
            if token.text in _TITLE_END_MARKS and closing:
                break  # "Freaks & Geeks,": the comma inside the quotes
            return 0
        end += 1
    else:
        return 0
    # The title ends at its last capitalised word or number ("Sons of Anarchy").
    while end > first and not (
        tokens[end - 1].text[:1].isupper() or tokens[end - 1].text.isdigit()
    ):
        end -= 1
    own = [t.text.lower() for t in tokens[first:end] if t.text[:1].isupper()]
    if end < last or not [w for w in own if w not in ("the", "a", "an")]:
        return 0
    if end - first == 1 and words.case_flags(own[0]) & _ORTHO_LC:
        return 0  # a common word in quotes ("a "Yes" vote") is no title
    return end


def _regnal_one(tokens: Sequence[Token], first: int, index: int) -> bool:
    """Return True when "I" at `index` is a numeral: "Queen Elizabeth I", "Charles I of Spain".

    Only after a regnal name, and only with a title before it or a word after it
    that never follows the pronoun ("of", "to", a comma: "the union of Mary I to
    Philip II"), since "I" is otherwise the pronoun ("When Anna I met...").
    """
    if tokens[index].text != "I" or index == first:
        return False
    if tokens[index - 1].text.lower() not in gz.REGNAL_NAMES:
        return False
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return tokens[first].text.lower() in gz.RUN_TITLES or after in _AFTER_A_NUMERAL_ONE


# Words after "I" that make it a numeral, not the pronoun: "Mary I to Philip", "Charles I's".
_AFTER_A_NUMERAL_ONE = frozenset(("of", "(", "to", "and", ",", ";", ")", "'s", "’s", "who"))


# Offices of a chamber's floor: "Majority Leader", "Minority Whip", "Deputy Speaker".
_LEGISLATIVE_TITLES = frozenset({"leader", "whip", "speaker"})
_LEGISLATIVE_RANKS = frozenset({"majority", "minority", "deputy", "opposition", "party"})


def _split_at_titles(
    tokens: Sequence[Token], first: int, last: int, words: WordKnowledge
) -> list[tuple[int, int]]:
    """Split "Apple Chief Executive Tim Cook" before the title: an owner, then a person; and
    "Secretary of Defense Clark Clifford" after the office: an office, then a person."""
    person = _person_after_an_office(tokens, first, last, words)
    if person:
        return [(first, person), (person, last)]
    pieces: list[tuple[int, int]] = []
    start = first
    for k in range(first + 1, last - 1):
        lower, previous = tokens[k].text.lower(), tokens[k - 1].text.lower()
        if (
            lower in gz.RUN_TITLES
            and previous not in gz.RUN_TITLES
            and previous not in _CONNECTORS
            and tokens[k - 1].text not in _CONNECTORS
            and not _office_goes_on(tokens, k, words)
            and not _only_a_generation_after(tokens, k, last)
            # "Ohio State University": a body's name holding a title's word
            and tokens[last - 1].text.lower() not in gz.ORG_WORDS
        ):
            pieces.append((start, k))
            start = k
        elif lower in _LEGISLATIVE_TITLES and previous in _LEGISLATIVE_RANKS and k + 1 < last:
            # "House Majority Leader Eric Cantor": the chamber's office names nobody; the
            # person follows.
            start = k + 1
    if start < last:
        pieces.append((start, last))
    return pieces


def _only_a_generation_after(tokens: Sequence[Token], title: int, last: int) -> bool:
    """Return True when only a generation follows a title word, which is then a surname:
    "King" of "Martin Luther King Jr."."""
    return title + 2 == last and tokens[title + 1].text.rstrip(".") in GENERATIONS


def _person_after_an_office(
    tokens: Sequence[Token], first: int, last: int, words: WordKnowledge
) -> int:
    """Return where the person starts in "Secretary of Defense Clark Clifford", "Minister of
    Finance Ola Berg": a title, "of" or "for" and a field, then a first name Punkt knows and
    a surname; else 0."""
    if last - first < _OFFICE_AND_PERSON or tokens[first].text.lower() not in gz.RUN_TITLES:
        return 0
    if tokens[first + 1].text not in ("of", "for"):
        return 0
    for k in range(first + 3, last - 1):
        if known_first_name(tokens[k].text.lower(), words):
            return k
    return 0


# A title, "of", a field, a first name and a surname at the least.
_OFFICE_AND_PERSON = 5


def _after_a_name(tokens: Sequence[Token], at: int) -> bool:
    """Return True when a comma after a capitalised word comes right before `at`."""
    return at >= 2 and tokens[at - 1].text == "," and tokens[at - 2].text[:1].isupper()


def _letters(word: str) -> str:
    return "".join(ch for ch in word if ch.isalpha()).upper()


def _office_goes_on(tokens: Sequence[Token], title: int, words: WordKnowledge) -> bool:
    """Return True for "High Representative for…", "Chief Secretary of…": a common word
    before the title and its field after it make one office, which no owner opens."""
    before = tokens[title - 1].text
    return (
        title + 1 < len(tokens)
        and tokens[title + 1].text in ("of", "for")
        and before.istitle()
        and _seen_lowercase(before.lower(), words)
    )


def _may_connect(tokens: Sequence[Token], first: int, connector: int, words: WordKnowledge) -> bool:
    """Return True when "X of Y" / "X and Y" is one name: "Bank of England", "Gulf of Mexico"."""
    word = tokens[connector].text
    before = [t.text.lower() for t in tokens[first:connector]]
    if word in _PERSON_PARTICLES:
        return True
    after = tokens[connector + 1].text.lower()
    if word == "in":
        # "Nobel Prize in Physics", but "the Championships in France" is the event and where
        following = [t.text.lower() for t in tokens[connector + 1 : connector + 4]]
        return any(w in gz.MISC_WORDS for w in before) and not any(
            _place_label(" ".join(following[:size])) for size in range(1, len(following) + 1)
        )
    if word == "or":
        # "Nobel Prize in Physiology or Medicine": a prize's field may be two.
        return "in" in before and any(w in gz.MISC_WORDS for w in before[: before.index("in")])
    if word == "and" or word == "&":
        # "Food and Drug Administration", "Procter & Gamble", "Bosnia and Herzegovina"
        joined = " ".join([*before, word, after])
        # The organisation word may come a word or two later: "Drug Administration".
        rest = [
            t.text.lower() for t in tokens[connector + 1 : connector + 4] if t.text[:1].isupper()
        ]
        return (
            word == "&"
            or joined in gz.COUNTRIES
            # "Foreign and Security Policy", "Economic and Social Council": an adjective
            # ends no name, so it shares the noun after "and".
            or words.known_tag(before[-1]) == "JJ"
            or (any(w in gz.ORG_WORDS for w in rest) and before[-1] not in gz.COUNTRIES)
            # "Institute of Aeronautics and Space": a field's common word, not a name
            or (_names_a_field(before) and _seen_lowercase(after, words))
        )
    if word == "of" and (before[-1] in gz.NATURAL_HEADS_OF or before[-1] in gz.POLITICAL_HEADS_OF):
        return True  # "Isle of Man", "Principality of Monaco"
    if _same_head_after(tokens, connector, before[-1]):
        return False  # "left Port Royal School for Dunoon High School": two schools
    if word == "of" and _person_after_the_title(before, words):
        return False  # "Majority Leader Mitch McConnell of Kentucky": where he is from
    return _plural_body(before[-1]) or any(
        w in gz.ORG_WORDS or w in gz.FEATURE_WORDS or w in gz.RUN_TITLES or w in gz.MISC_WORDS
        for w in before
    )


def _plural_body(word: str) -> bool:
    """Return True for a body word in the plural, as it names a body before "of": "the
    British Chambers of Commerce" (alone, "Chambers" is as often a surname)."""
    return word.endswith("s") and word[:-1] in gz.ORG_WORDS


def _person_after_the_title(before: list[str], words: WordKnowledge) -> bool:
    """Return True when a person's name follows the last title or body word of the name so
    far: a first name Punkt knows, or two words with no "of" or "and" between ("Leader Mitch
    McConnell"; not "Church of Jesus Christ")."""
    marks = [k for k, w in enumerate(before) if w in gz.RUN_TITLES or w in gz.ORG_WORDS]
    if not marks or marks[-1] + 1 >= len(before):
        return False
    after = before[marks[-1] + 1 :]
    return known_first_name(after[0], words) or (
        len(after) >= 2 and not any(w in _CONNECTORS for w in after)
    )


def _same_head_after(tokens: Sequence[Token], connector: int, head: str) -> bool:
    """Return True when the capitalised words after `connector` end with the body word that
    ends the name before it: a second name of the same kind, not the first's field."""
    end = connector + 1
    while end < len(tokens) and tokens[end].text[:1].isupper():
        end += 1
    return head in gz.ORG_WORDS and end > connector + 1 and tokens[end - 1].text.lower() == head


def _names_a_field(before: list[str]) -> bool:
    """Return True for "Institute of X", "Center for X", "Committee on X": a body named after
    a field.

    Its name goes on over "and" and a common word: "Institute of Aeronautics and
    Space", "Center for Disease Control and Prevention", "Joint Committee on
    Intelligence and Security".
    """
    # The field is one or two words: "Federation of Quebec Maple Syrup Producers and
    # Agriculture ..." joins two bodies.
    return any(
        before[k] in gz.ORG_WORDS and before[k + 1] in ("of", "for", "on")
        for k in range(max(len(before) - 4, 0), len(before) - 2)
    )


def _common_word(lower: str, words: WordKnowledge) -> bool:
    """Return True for a word that Punkt saw in lower case and never capitalised mid-sentence.

    "cloud", "supervisor", "space": common words, where "Frank" or "Mark" were
    also seen as names.
    """
    flags = words.case_flags(lower)
    return bool(flags & _ORTHO_LC) and not flags & _ORTHO_MID_UC


def _seen_lowercase(lower: str, words: WordKnowledge) -> bool:
    """Return True for a word Punkt saw in lower case somewhere: "space", "mark" (not "Avalos")."""
    return bool(words.case_flags(lower) & _ORTHO_LC)


def _plural_of_people_or_animals(word: str) -> bool:
    """Return True for a capitalised plural of a WordNet noun for people or animals, as teams
    and bands are named: "Packers", "Gulls", "Cardinals" (not "Beaches")."""
    from quizgen.nlp.lexicon import lazy_wordnet

    lower = word.lower()
    if len(lower) < 4 or not lower.endswith("s") or not lower.isalpha():
        return False
    wordnet = lazy_wordnet()
    singular = wordnet.morphy(lower, "n")
    if singular is None or singular == lower:
        return False
    senses = wordnet.synsets(singular, pos="n")
    return bool(senses) and senses[0].lexname() in ("noun.person", "noun.animal")


def family_word(name: str) -> str:
    """Return the last word of a person's name that is no generation: "Goodson" of
    "Caesar Goodson Jr.", "Murchison" of 'Clinton "Clint" Murchison Sr.'."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".,") in GENERATIONS:
        words.pop()
    return words[-1].rstrip(",") if words else ""


def known_first_name(lower: str, words: WordKnowledge) -> bool:
    """Return True for a word Punkt saw capitalised mid-sentence, never in lower case: "Clara"."""
    flags = words.case_flags(lower)
    return bool(flags & _ORTHO_MID_UC) and not flags & _ORTHO_LC


_OPENING_MARKS = frozenset(('"', "“", "‘", "'", "(", "``", "-", "–", "?", "!", "."))


def _skip_common_start(tokens: Sequence[Token], first: int, last: int, words: WordKnowledge) -> int:
    """Drop a sentence-initial capitalised common word ("Cooperation.", "Officials said")."""
    # A quotation of several sentences joined to its speaker is one sentence: after its
    # inner "?", "!" or "." a word is capitalised as a sentence's first.
    at_start = first == 0 or tokens[first - 1].text in _OPENING_MARKS
    if not at_start:
        return first
    lower = tokens[first].text.lower()
    if lower in gz.RUN_TITLES or lower in gz.DEMONYMS:
        return first  # "President Putin", "Russian officials": handled when typing
    if tokens[first].tag in ("VBG", "VBN", "VBD"):
        return first + 1  # a capitalised verb form opens the sentence: "Neighbouring Sopot"
    flags = words.case_flags(lower)
    if not flags and lower.endswith("s"):
        flags = words.case_flags(lower[:-1])  # "Storms" is as common as "storm"
    seen_lowercase = bool(flags & _ORTHO_LC)
    if last - first == 1:
        # Alone, a word Punkt saw in lower case is a common word ("Trade grew"); so is a
        # plural noun ("Rescuers"). An unseen word ("Napoleon") is kept even if mistagged.
        return first + 1 if seen_lowercase or tokens[first].tag == "NNS" else first
    # Before another capitalised word, it is part of the name when tagged NNP, unless the
    # tagger knows it as a common word never capitalised mid-sentence: "Pep Guardiola" and
    # "Apple Chief Executive" keep their first word, "Officials Say" does not.
    known_common = words.known_tag(lower) not in ("", "NNP", "NNPS")
    if seen_lowercase and (
        tokens[first].tag not in ("NNP", "NNPS") or (known_common and not flags & _ORTHO_MID_UC)
    ):
        return first + 1
    return first


_EVENT_LINKS = frozenset({"of", "on", "in", "for"})
_EVENT_JOINERS = frozenset({"and", "&", "with", "of", "for"})
# Words no name of an event holds: a headline run together ("Claim He Called The ...").
_EVENT_STOPWORDS = frozenset({
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "that", "this",
    "these", "those", "to", "is", "was", "are", "were", "be", "reading", "called", "says", "said",
})  # fmt: skip


def _event_head(lower: list[str]) -> str:
    """Return the head word of a name: the last word, or the word before "of/on/in/for" ("Treaty"
    of "Treaty of Rome", "Prize" of "Nobel Prize in Physics")."""
    for at, word in enumerate(lower[1:], start=1):
        if word in _EVENT_LINKS:
            return lower[at - 1]
    if len(lower) > 1 and (
        lower[-1] == "i" or _ROMAN.fullmatch(lower[-1].upper()) or lower[-1].isdigit()
    ):
        return lower[-2]  # "World War II", "Expo 2020"
    return lower[-1]


def _event_name(words: list[str]) -> bool:
    """Return True for a name of an event, law or award with a word of its own: "Battle of
    Olustee", "Singing Revolution", "Nobel Prize"; not "Christmas Day", "The Treaty", nor a
    headline's words ("Claim He Called The Constitution")."""
    lower = [w.lower() for w in words]
    own = [w for w in lower if w not in _EVENT_LINKS and w != "the"]
    if any(w in _EVENT_STOPWORDS for w in own) or any(w.isupper() and len(w) > 4 for w in words):
        return False
    return len(own) >= 2 and any(
        w not in gz.MISC_WORDS and w not in gz.MISC_HOLIDAYS and w.isalpha() for w in own
    )


def _type(
    tokens: Sequence[Token], sentence: int, first: int, last: int, knowledge: WordKnowledge
) -> NameRun | None:
    words = [t.text for t in tokens[first:last]]
    if len(words) == 1 and _TICKER.fullmatch(words[0]):
        return None  # a share's code ("GLEN.UL") names nothing to ask about
    if len(words) == 1 and _after_a_name(tokens, first) and _letters(words[0]) in _HONOURS:
        return None  # "Michael Shadlen, Ph.D., of…", "Harry Cole, Jr.": no name of its own
    lower = [w.lower() for w in words]
    if _a_people(lower) or _a_partys_member(lower):
        # "155 Indonesians", "the Greeks", "an Oklahoma Republican": people of a nation or a
        # party, no one thing named
        return None
    text = " ".join(lower)
    run = NameRun(sentence, first, last)
    if any(_quoted_nickname(tokens, first, at, set(), knowledge) for at in range(first + 1, last)):
        return _typed(run, tokens, "PERSON", _STRONG)  # 'Earvin "Magic" Johnson'
    if (
        _quoted_title_end(tokens, first, last, set(), knowledge) == last
        and not _place_label(text)
        and lower[-1] not in gz.ORG_WORDS  # the "Confederate Party" is a body
    ):
        # A title of a work ("the show "Freaks & Geeks""): named, but no person or body.
        return _typed(run, tokens, "PRODUCT", _STRONG)
    if _CODE_LIKE.match(words[0]) and last - first == 1:
        if last < len(tokens) and tokens[last].text in gz.PRODUCT_NOUNS:
            return _typed(run, tokens, "PRODUCT", _STRONG)  # "the F-16 jets"
        return None
    if any(w in _VERSUS for w in words[1:-1]):  # lower-case: "George V Hotel" is no case
        return _typed(run, tokens, "EVENT", _STRONG)  # a court case: "Abbott v. Burke"
    named = _kind_named_before(tokens, first)
    if named and lower[0] != "the" and not _place_label(text):  # the gazetteer knows better
        return _typed(run, tokens, named, _STRONG)  # "a consortium called Eurotunnel"
    if _event_head(lower) in gz.MISC_WORDS:
        # An award, event, law or war: "the Battle of Olustee", "the Treaty of Rome" are facts
        # worth asking; a lone "Christmas" or "Day", or half of "French and Indian War", is not.
        joined = first >= 2 and tokens[first - 1].text in _EVENT_JOINERS
        if _event_name(words) and not (joined and tokens[first - 2].text[:1].isupper()):
            return _typed(run, tokens, "EVENT", _STRONG)
        return None
    if any(w in gz.MISC_WORDS for w in lower[1:]) and lower[0] == "the":
        return None  # "The Clone Wars": a title of a work, none of our types
    if last - first > 2 and lower[0] in gz.NOBLE_TITLES and lower[1] == "of":
        return _typed(run, tokens, "PERSON", _STRONG)  # "Duke of Wellington"
    if (
        last - first == 1
        and tokens[first].tag == "JJ"
        and first > 0
        and (last < len(tokens) and tokens[last].text[:1].islower())
    ):
        return None  # a capitalised adjective: "Prussian army", "Anglo-allied forces"
    if lower[0] == "the" and last - first > 1 and not _place_label(text):
        # "The" inside a sentence starts a title; the name is what follows it.
        return _type(tokens, sentence, first + 1, last, knowledge)
    if _STANDING.match(lower[0]) and last - first > 1:
        return _type(tokens, sentence, first + 1, last, knowledge)  # "Second-place Arsenal"
    if any(
        t.text[:1].isdigit() and not _numbered(tokens, k)
        for k, t in enumerate(tokens[first + 1 : last], start=first + 1)
    ):
        return _typed(run, tokens, "PRODUCT", _STRONG)  # "Boeing 737", "Falcon 9"
    after_the = first > 0 and tokens[first - 1].text.lower() == "the"
    place = _place_label(text, after_the=after_the)
    if place:
        return _typed(run, tokens, place, _STRONG)
    place = _place_by_form(lower, after_the=after_the)
    if place:
        return _typed(run, tokens, place, _STRONG)
    if _saints_town(tokens, first, last):
        return _typed(run, tokens, "GPE", _STRONG)  # "in St. Louis", "to Saint Paul"
    if (
        (last - first > 1 and any(w in gz.ORG_WORDS for w in lower[1:]))
        or any(_plural_body(w) and after == "of" for w, after in itertools.pairwise(lower))
        or (
            lower[0] in gz.ORG_WORDS
            and lower[0] not in gz.RUN_TITLES
            and last - first > 1
            and lower[1] in _CONNECTORS
        )
        or _venue(tokens, first, last, knowledge)
    ):
        return _typed(run, tokens, "ORG", _STRONG)  # "Public Policy Polling", "Harbour Grill"
    # Leading nationality words and titles are not part of a person's name.
    person_cue = False
    while run.first < run.last - 1:
        word = tokens[run.first].text
        title = word.lower() in gz.RUN_TITLES or _role_before_name(
            tokens, run.first, run.last, knowledge
        )
        if not (title or word.lower() in gz.DEMONYMS or word in _CONNECTORS):
            break
        person_cue = person_cue or title
        run.first += 1
    if (
        run.first != first
        and tokens[run.first - 1].text.lower() not in gz.HONORIFICS
        and all(_seen_lowercase(t.text.lower(), knowledge) for t in tokens[run.first : run.last])
    ):
        # "Representative for Foreign and Security Policy": common words after a title
        # name its field, and the whole is an office, not a person.
        run.first = first
        return _typed(run, tokens, "ORG", _STRONG)
    head = tokens[run.first].text.lower()
    if run.first == run.last - 1 and (
        head in gz.DEMONYMS or head in gz.RUN_TITLES or head in gz.TITLES
    ):
        return None
    if run.first != first:
        place = _place_label(" ".join(t.text.lower() for t in tokens[run.first : run.last]))
        if place:
            return _typed(run, tokens, place, _STRONG)
    inside = lower[run.first - first :]
    if (
        not person_cue
        and _names_a_place_inside(inside)
        and inside[-1] not in gz.FEATURE_WORDS
        and "y" not in inside  # "Santiago Ramón y Cajal": "y" joins a person's surnames
        and not _first_name_and_place(inside, knowledge)
    ):
        return _typed(run, tokens, "ORG", _STRONG)  # "Real Madrid", "Air France"
    if run.last - run.first > 1 and tokens[run.last - 1].tag == "NNPS":
        return _typed(run, tokens, "ORG", _WEAK)  # "Social Democrats", "New York Yankees"
    if last - first == 1 and lower[0] in gz.STANDALONE_ORGS:
        return _typed(run, tokens, "ORG", _STRONG)
    if last - first == 1 and lower[0] in gz.ORG_WORDS and not words[0].isupper():
        return None  # a capitalised "Bank" or "Party" alone is not a name
    following = tokens[run.last].text.lower() if run.last < len(tokens) else ""
    if (
        following in gz.RUN_TITLES
        and run.last + 1 < len(tokens)
        and tokens[run.last].text[:1].isupper()
        and tokens[run.last + 1].text[:1].isupper()  # not "Scott Mann MP, a Conservative"
    ):
        # The owner in "Apple Chief Executive Tim Cook" or "Moscow Mayor Sergei Sobyanin".
        return _typed(run, tokens, _shape_owner(tokens[run.first : run.last]), _WEAK)
    following = tokens[run.last].text.lower() if run.last < len(tokens) else ""
    before = tokens[run.first - 1].text.lower() if run.first > 0 else ""
    if before in gz.NATURAL_FEATURES_AFTER and tokens[run.first - 1].text.islower():
        return _typed(run, tokens, "LOC", _STRONG)  # "the river Tisza", "the lake Ohrid"
    if run.last < len(tokens) and tokens[run.last].text.islower():
        if following in gz.NATURAL_FEATURES_AFTER:
            return _typed(run, tokens, "LOC", _STRONG)
        if following in gz.ADMINISTRATIVE_AFTER:
            return _typed(run, tokens, "GPE", _STRONG)
    if following in gz.PRODUCT_NOUNS and tokens[run.last].text.islower():
        return _typed(run, tokens, "PRODUCT", _STRONG)  # "the Sputnik V vaccine"
    if run.last - run.first > 1 and _ROMAN.match(tokens[run.last - 1].text):
        if person_cue or _regnal(tokens, run.first, run.last):
            return _typed(run, tokens, "PERSON", _STRONG)  # "Queen Elizabeth II", "Louis XIV"
        return _typed(run, tokens, "PRODUCT", _STRONG)  # "Saturn V", "Rocky II"
    lowercase_title = before in gz.TITLES and tokens[run.first - 1].text.islower()
    if person_cue or (run.first > 0 and lowercase_title):
        return _typed(run, tokens, "PERSON", _STRONG)
    single = run.last - run.first == 1
    word = tokens[run.first].text
    joined = " ".join(t.text.lower() for t in tokens[run.first : run.last])
    if joined in gz.AWARD_NAMES:
        return _typed(run, tokens, "EVENT", _STRONG)  # "a Golden Globe nomination"
    if joined in _KNOWN_BODIES:
        return _typed(run, tokens, "ORG", _STRONG)  # "Goldman Sachs", "Morgan Stanley"
    if single and word.lower() in gz.BRANDS:
        return _typed(run, tokens, "ORG", _STRONG)  # "Microsoft claimed": a firm says things
    surname = _NAME_PREFIX.match(word) is not None and _name_word(word)  # "McSweeney", "DiCaprio"
    if single and _ACRONYM.match(word) and not _ROMAN.match(word) and not surname:
        if word.lower() in gz.NON_ORG_ACRONYMS:
            return None
        return _typed(run, tokens, "ORG", _STRONG)
    owner = tokens[run.first - 2].text.lower() if run.first > 1 else ""
    if (
        before in gz.ORG_CUES_BEFORE
        and tokens[run.first - 1].text.islower()
        and owner not in ("his", "her")  # "his rival X", "her team-mate X" name a person
        # "games maker Peter Molyneux": a maker with a first name is a person
        and not (
            before in _PERSON_MAKERS
            and not single
            and known_first_name(tokens[run.first].text.lower(), knowledge)
        )
    ):
        return _typed(run, tokens, "ORG", _STRONG)
    two_before = " ".join(t.text.lower() for t in tokens[max(run.first - 2, 0) : run.first])
    if two_before in gz.ORG_CUE_PHRASES:
        return _typed(run, tokens, "ORG", _STRONG)
    if two_before.endswith(" of") and two_before[:-3] in gz.SETTLEMENT_HEADS:
        return _typed(run, tokens, "GPE", _STRONG)  # "the state of Nuevo Leon"
    after_possessive = (
        tokens[run.last + 1].text.lower()
        if (following == "'s" and run.last + 1 < len(tokens))
        else ""
    )
    if following in gz.ORG_CUES_AFTER or after_possessive in gz.ORG_CUES_AFTER:
        return _typed(run, tokens, "ORG", _WEAK)
    if (
        any(t.text.lower() in gz.FEATURE_WORDS for t in tokens[run.last - 1 : run.last])
        and not single
    ):
        return _typed(run, tokens, "LOC", _STRONG)
    if single and _described_as_settlement(tokens, run.last):
        return _typed(run, tokens, "GPE", _STRONG)  # "Sopot is a resort town"
    # "The White House said", "White House press secretary Josh Earnest": "the" is seldom
    # set before a person's name, and a role's owner named in two words is a body.
    after_the_no_first_name = (
        (after_the or (not single and _owns_a_role(tokens, run.last)))
        and run.first == first
        and not known_first_name(lower[0], knowledge)
    )
    if following in gz.PERSON_CUES_AFTER and not after_the_no_first_name:
        return _typed(run, tokens, "PERSON", _WEAK)
    if single and (before in gz.PLACE_CUES_BEFORE or before == "the") and run.first > 0:
        # "from Dover", "the Vistula": WordNet knows many places. Without such a cue a
        # town's name may be a company's ("Toyota") or a club's ("Newcastle beat").
        place = _place_in_wordnet(word)
        if place and (before != "the" or place == "LOC"):
            return _typed(run, tokens, place, _WEAK)
    if before in gz.PLACE_CUES_BEFORE and before in ("in", "near", "outside", "throughout"):
        return _typed(run, tokens, "GPE", _WEAK)
    if _named_after_produce(lower[run.first - first :], knowledge):
        return _typed(run, tokens, "PRODUCT", _WEAK)  # "Nouveau Beaujolais", "Brie"
    if after_the and not single and _plural_of_people_or_animals(tokens[run.last - 1].text):
        # "the Green Bay Packers", "the Harbour Gulls": a team or a band, never a person.
        return _typed(run, tokens, "ORG", _WEAK)
    shape = _shape_label(tokens[run.first : run.last], knowledge)
    return _typed(run, tokens, "ORG" if after_the_no_first_name else shape, 0)


# Common nouns for a place people govern or live in, before "of" and its name.
# A team's place in a table, written before its name: "Second-place Arsenal", "top-placed".
_STANDING = re.compile(
    r"^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom|last|"
    r"\d+(st|nd|rd|th))-plac(e|ed)$"
)


# Cues for a firm that also name a person's trade: "film producer Ana Lind".
_PERSON_MAKERS = frozenset({"maker", "makers", "producer", "developer", "publisher"})
_SAINTS = frozenset({"saint", "st.", "st", "sainte", "ste."})


def _saints_town(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True for a town named for a saint after a word of place: "in St. Louis", "to
    Saint Paul" (WordNet knows both the saint and the town; the word before tells)."""
    from quizgen.nlp.lexicon import lazy_wordnet

    if last - first != 2 or tokens[first].text.casefold() not in _SAINTS or first == 0:
        return False
    if tokens[first - 1].text.casefold() not in gz.PLACE_CUES_BEFORE:
        return False
    name = tokens[first + 1].text
    return any(
        synset.lexname() == "noun.location"
        for form in (f"Saint_{name}", f"St._{name}")
        for synset in lazy_wordnet().synsets(form, pos="n")
    )


def _venue(tokens: Sequence[Token], first: int, last: int, knowledge: WordKnowledge) -> bool:
    """Return True for the name of a place of business or a hall ("Harbour Grill"), unless a
    word after it makes it a person ("… Hall said")."""
    lower = [t.text.lower() for t in tokens[first:last]]
    following = tokens[last].text.lower() if last < len(tokens) else ""
    return following not in gz.PERSON_CUES_AFTER and venue_name(
        lower,
        first_is_a_name=known_first_name(lower[0], knowledge),
        first_is_common=_seen_lowercase(lower[0], knowledge),
    )


def _named_after_produce(lower: list[str], knowledge: WordKnowledge) -> bool:
    """Return True for a wine or a cheese: "Beaujolais", "Nouveau Beaujolais", "Gouda".

    Its last word is a capitalised kind of food or drink in WordNet, and no
    word before it is a first name ("Ann Gouda" is a person).
    """
    if len(lower) > 2 or any(known_first_name(word, knowledge) for word in lower):
        return False
    return kind_of_produce(lower[-1].capitalize())


def _place_in_wordnet(word: str) -> str:
    """Return GPE or LOC when WordNet's first sense of a lone name is a place, else "".

    Only the first (most common) sense counts, and only under the name as written:
    "Turkey" is first a bird, "Reading" an act, "Suns" is no lemma and "Oh" is not
    "OH" (Ohio). People are not looked up: too many companies carry a founder's
    name ("Ford", "Siemens").
    """
    from quizgen.nlp.lexicon import lazy_wordnet

    if not word.replace("-", "").isalpha():
        return ""
    synsets = lazy_wordnet().synsets(word, pos="n")
    if not synsets or word not in synsets[0].lemma_names():
        return ""
    kinds = {
        node.name()
        for instance_of in synsets[0].instance_hypernyms()
        for path in instance_of.hypernym_paths()
        for node in path
    }
    if not kinds or "celestial_body.n.01" in kinds:
        return ""  # not a named instance, or the Sun or Mars
    if kinds & _NATURAL_SYNSETS:
        return "LOC"  # rivers, seas, mountains, islands
    return "GPE" if synsets[0].lexname() == "noun.location" else ""


def _regnal(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when a name ending in a numeral is a monarch's or pope's: "Henry VIII".

    Evidence: a regnal given name before the numeral, or "of" and a capitalised
    name after it ("Alexander II of Russia").
    """
    if tokens[last - 2].text.lower() in gz.REGNAL_NAMES:
        return True
    return (
        last + 1 < len(tokens) and tokens[last].text == "of" and tokens[last + 1].text[:1].isupper()
    )


def _place_by_form(lower: list[str], *, after_the: bool) -> str:
    """Return GPE or LOC for a name whose own words say it is a place, else "".

    "Mount Kilimanjaro", "Strait of Hormuz" and "the Channel" are natural features;
    "Kingdom of Fife" and one hyphenated word with a lower-case particle inside
    ("Aix-en-Provence", "Hay-on-Wye") are places people govern or live in;
    "Northeast Asia" is part of a continent.
    """
    if len(lower) > 1 and lower[0] in gz.FEATURE_PREFIXES:
        return "LOC"
    if (
        len(lower) > 1
        and lower[-1] in gz.CONTINENTS
        and all(part in gz.COMPASS_WORDS for word in lower[:-1] for part in word.split("-"))
    ):
        return "LOC"  # "Northeast Asia", "East-Central Europe"
    of = lower.index("of") if "of" in lower[1:-1] else 0
    if of and not any(w in gz.ORG_WORDS for w in lower[of + 1 :]):
        # The word before "of" is the head: "Royal Borough of ...", "Grand Duchy of ...".
        if lower[of - 1] in gz.NATURAL_HEADS_OF:
            return "LOC"
        if lower[of - 1] in gz.POLITICAL_HEADS_OF:
            return "GPE"
    if len(lower) == 1 and after_the and lower[0] in gz.FEATURE_NAMES_ALONE:
        return "LOC"
    if len(lower) == 1:
        parts = lower[0].split("-")
        if len(parts) > 2 and any(part in gz.PLACE_NAME_PARTICLES for part in parts[1:-1]):
            return "GPE"
    return ""


def _kind_named_before(tokens: Sequence[Token], first: int) -> str:
    """Return the label that the words before a name give it, or "".

    "the county of Kent" and "the island of Elba" name places; "a consortium
    called X", "a group of firms, known as X" and "a village named X" take the
    kind of the nearest noun before the naming verb.
    """
    if first >= 1 and tokens[first - 1].text.lower() == "the":
        first -= 1  # "a band called the ...": the name itself starts after "the"
    if first >= 2 and tokens[first - 1].text == "of" and tokens[first - 2].text.islower():
        noun = tokens[first - 2].text
        if noun in gz.POLITICAL_NOUNS_OF:
            return "GPE"
        if noun in gz.NATURAL_NOUNS_OF:
            return "LOC"
    verb = tokens[first - 1].text.lower() if first >= 1 else ""
    if verb in _PUBLICATION_NOUNS and first >= 2 and tokens[first - 2].tag == "DT":
        return "ORG"  # "the journal Traffic Injury Prevention", "the magazine Teen Vogue"
    if verb in _NAMING_VERBS:
        end = first - 1
    elif verb == "as" and first >= 2 and tokens[first - 2].text.lower() == "known":
        end = first - 2
    else:
        return ""
    if end >= 2 and tokens[end - 1].text == ",":
        end -= 1
    # The noun right before the verb decides: "the firm's founder, known as X" is not a
    # firm, and "picked up the phone and called X" has no noun there.
    noun = tokens[end - 1] if end >= 1 else None
    if noun is None or noun.tag not in ("NN", "NNS") or not noun.text.islower():
        return ""
    for label, nouns in (
        ("ORG", gz.NAMED_ORG_NOUNS),
        ("GPE", gz.NAMED_PLACE_NOUNS),
        ("LOC", gz.NAMED_FEATURE_NOUNS),
        ("PRODUCT", gz.PRODUCT_NOUNS),
        ("PERSON", gz.NAMED_PERSON_NOUNS),
    ):
        if noun.text in nouns:
            return label
    return ""


def _described_as_settlement(tokens: Sequence[Token], after: int) -> bool:
    """Return True when the name is followed by "is a (small) town", "was a fishing village"."""
    words = [t.text.lower() for t in tokens[after : after + 5]]
    if len(words) < 3 or words[0] not in ("is", "was") or words[1] not in ("a", "an"):
        return False
    for word in words[2:]:
        if word in _SETTLEMENTS:
            return True
        if not word.isalpha():
            return False
    return False


def _owns_a_role(tokens: Sequence[Token], end: int) -> bool:
    """Return True when a role in lower case and then a name follow: "… press secretary Josh
    Earnest", "… spokesman Ian Berg"."""
    for at in range(end, min(end + _ROLE_WORDS, len(tokens) - 1)):
        word = tokens[at].text
        if not word.isalpha() or not word.islower():
            return False
        if word in gz.TITLES and tokens[at + 1].text[:1].isupper():
            return True
    return False


# Words of a role written before a name: "deputy press secretary".
_ROLE_WORDS = 3


def _a_people(lower: list[str]) -> bool:
    """Return True for a nationality's people: "Greeks", "Indonesians", "South Koreans"."""
    *before, last = lower
    return (
        last.endswith("s")
        and last[:-1] in gz.DEMONYMS
        and all(word in _COMPASS_WORDS for word in before)
    )


_COMPASS_WORDS = frozenset({"north", "south", "east", "west"})


def _a_partys_member(lower: list[str]) -> bool:
    """Return True for a place's member of a party: "Oklahoma Republican", "Virginia
    Democrat"."""
    *place, last = lower
    return bool(place) and last in _PARTY_MEMBERS and bool(_place_label(" ".join(place)))


_PARTY_MEMBERS = frozenset(
    {"republican", "republicans", "democrat", "democrats", "tory", "tories", "conservative",
     "conservatives", "socialist", "socialists"}
)  # fmt: skip


def _typed(run: NameRun, tokens: Sequence[Token], label: str, strength: int) -> NameRun:
    # A possessive or trailing connector never belongs to the name.
    while run.last - run.first > 1 and tokens[run.last - 1].text in _CONNECTORS:
        run.last -= 1
    run.label = label
    run.strength = strength
    run.key = " ".join(t.text for t in tokens[run.first : run.last]).lower()
    return run


def _place_label(text: str, *, after_the: bool = False) -> str:
    if text in gz.COUNTRIES or text in gz.CITIES or text in gz.REGIONS:
        return "GPE"
    if text in gz.LANDMARKS or (after_the and f"the {text}" in gz.LANDMARKS):
        return "LOC"
    return ""


def _first_name_and_place(lower: list[str], knowledge: WordKnowledge) -> bool:
    """Return True for a first name and a surname that is a place's name: "Michael Jordan",
    "Jack London", "Ana Lima" (not "Real Madrid", "British India")."""
    return (
        len(lower) == 2
        and bool(_place_label(lower[1]))  # the surname is the place: not "Houston Astros"
        and not _place_label(lower[0])  # "Boston Scientific", "Paris Hilton"
        and lower[0] not in gz.DEMONYMS
        and known_first_name(lower[0], knowledge)
    )


def _names_a_place_inside(lower: list[str]) -> bool:
    """Return True for a longer name with a country or city in it: a club, firm or body.

    People are rarely named after places, except with first names like "Victoria".
    """
    if len(lower) < 2:
        return False
    for i, word in enumerate(lower):
        if i == 0 and word in _FIRST_NAME_PLACES:
            continue
        if word in gz.COUNTRIES or word in gz.CITIES or word in gz.CONTINENTS:
            return True
        if i and word in gz.ENDONYMS:
            return True  # "Vogue Italia", "Telecom Italia"
    # Places of two or three words: "San Francisco Examiner", "Hong Kong Disneyland".
    for size in (2, 3):
        for i in range(len(lower) - size + 1):
            words = " ".join(lower[i : i + size])
            if words in gz.COUNTRIES or words in gz.CITIES or words in gz.REGIONS:
                return True
    return False


def _shape_owner(tokens: Sequence[Token]) -> str:
    return "GPE" if tokens[-1].text.lower().endswith(_PLACE_ENDINGS) else "ORG"


def _shape_label(tokens: Sequence[Token], knowledge: WordKnowledge) -> str:
    """Guess from the name itself: surname endings, place endings, company-like words.

    Two to four name-shaped words make a person unless they are common words
    ("Cloud Player", "Paracrine Signaling Signals"), the first is an ordinal
    ("Twentieth Century Fox"), a foreign article ("Der Spiegel") or opens a
    Spanish place name ("Los Gatos"), or a word is written like a brand
    ("TechCrunch"). A type guessed so is weak: see `_share_types`.
    """
    last = tokens[-1].text.lower()
    if last.endswith(_SURNAME_ENDINGS):
        return "PERSON"
    if len(tokens) == 1:
        if last.endswith(_PLACE_ENDINGS):
            return "GPE"
        # A lone capitalised word with no title, cue or earlier full name is more often a
        # company or body than a person: people are introduced with a first name.
        return "ORG"
    first = tokens[0].text.lower()
    if first in gz.PLACE_NAME_OPENERS and len(tokens) <= 3:
        return "GPE"
    # A generation is no name word, but it ends people's names only: "John Holm Jr.". A
    # glued particle is read without its particle: "al-Haytham" as "Haytham".
    names = [
        t.text.split("-", 1)[1] if _GLUED_PARTICLE.match(t.text) else t.text
        for t in tokens
        if t.text not in _PERSON_PARTICLES and t.text.rstrip(".") not in GENERATIONS
    ]
    if (
        all(_name_word(w) for w in names)
        and len(names) <= 4
        and first not in gz.ORDINAL_WORDS
        and not _opens_with_an_article(names)
        and not _common_words(names, knowledge)
    ):
        return "PERSON"
    return "ORG"


def _opens_with_an_article(names: list[str]) -> bool:
    """Return True when a foreign article opens the name: "Der Spiegel", "Le Royal Monceau",
    "La Casita" (a surname such as "Le Pen" is a person when the article gives the full name)."""
    return names[0].lower() in gz.FOREIGN_ARTICLES


def _common_words(names: list[str], knowledge: WordKnowledge) -> bool:
    """Return True when a name-shaped run is made of common words: "Cloud Player".

    Two common words, or a common first word ("Cloud", "Workforce") with a last
    word seen in lower case. One common word alone does not count: "Dawn
    Sweeney", "Larry Page". Particles do not count: "Marine Le Pen".
    """
    lower = [name.lower() for name in names if name.lower() not in SURNAME_PARTICLES]
    if len(lower) < 2:
        return False
    if sum(_common_word(word, knowledge) for word in lower) >= 2:
        return True
    return _common_word(lower[0], knowledge) and _seen_lowercase(lower[-1], knowledge)


# The prefixes of a surname written with a capital inside: "McBeal", "DiCaprio", "O'Brien".
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|Fitz|De|Di|Da|Du|Le|La|Van|Von|O['’])(?=[A-Z])")


def _name_word(word: str) -> bool:
    """Return True for a word shaped like a part of a person's name: "Anna", "Young-jin", "W.".

    Not "NASA", "iPhone" or "TechCrunch": capitals inside a word, other than a
    surname prefix's or a hyphenated part's, belong to brands.
    """
    if len(word) == 2 and word[0].isupper() and word[1] == ".":
        return True  # an initial: "George W. Bush"
    first, *others = _NAME_PREFIX.sub("", word).split("-")
    return first[:1].isupper() and all(
        part.isalpha() and part[1:] == part[1:].lower() for part in (first, *others)
    )


def _role_before_name(
    tokens: Sequence[Token], index: int, last: int, knowledge: WordKnowledge
) -> bool:
    """Return True for a capitalised role before a name: "Supervisor John Avalos".

    The role is a common noun for a person (WordNet's first sense) that Punkt
    saw only in lower case ("Hunter" and "Dean", also seen as names, are not
    roles); the name after it is a first name and a surname, or a name Punkt
    knows, never seen in lower case ("Teen Vogue" is no teenager called Vogue).
    """
    from quizgen.nlp.lexicon import lazy_wordnet

    word, rest = tokens[index].text, [t.text for t in tokens[index + 1 : last]]
    lower = word.lower()
    if (
        not 1 <= len(rest) <= 3
        or not all(_name_word(part) for part in rest)
        or _seen_lowercase(rest[0].lower(), knowledge)
        or (len(rest) == 1 and not known_first_name(rest[0].lower(), knowledge))
        or not lower.isalpha()
        or not _common_word(lower, knowledge)
    ):
        return False
    synsets = lazy_wordnet().synsets(lower, pos="n")
    return bool(
        synsets
        and synsets[0].lexname() == "noun.person"
        and not synsets[0].instance_hypernyms()
        and lower in synsets[0].lemma_names()
    )


def _share_types(runs: list[NameRun], knowledge: WordKnowledge) -> None:
    """Give weakly typed mentions the type of the same name typed with better evidence.

    A lone word that is only the first word of a person guessed from shape
    ("Kate" beside "Kate Smith", "Verizon" beside "Verizon Wireless Copyright")
    has no type of its own worth trusting and is left untyped.
    """
    best: dict[str, tuple[int, str]] = {}
    doubtful: set[str] = set()
    # A "full name" typed as something else with strong evidence elsewhere lends its words
    # nothing: "the website Porn Leaks" makes "Leaks" no surname.
    not_people = _typed_strongly_as_not_people(runs)
    for run in runs:
        if not run.label:
            continue
        keys = [run.key]
        if run.label == "PERSON" and run.last - run.first > 1 and run.key not in not_people:
            # "Putin" and "Vladimir" both refer back to "Vladimir Putin". A person guessed
            # from the name's shape alone lends only its last word, the surname, unless
            # Punkt knows its first word as a name: a first word unknown to it is as often
            # a company's ("Facebook" of "Facebook Europe").
            parts = run.key.split()
            keys.append(parts[-1])
            if len(parts) > 2 and parts[-2] in SURNAME_PARTICLES:
                keys.append(" ".join(parts[-2:]))  # "Le Pen" of "Marine Le Pen"
            # "Posada" refers back to "Luis Posada Carriles" (a Spanish name's first surname),
            # but "Washington" alone is still the city, not "George Washington Carver".
            keys += [word for word in parts[1:-1] if _may_be_a_surname(word)]
            if _lends_first_word(run, knowledge):
                keys.append(parts[0])
            else:
                doubtful.add(parts[0])
        # A first name and a surname together are better evidence than a cue word next to
        # a lone surname; two words of a person's shape whose first is no known first name
        # are not ("Plaid Cymru" beside "the Plaid Cymru group").
        several = run.last - run.first > 1
        strength = max(run.strength, _WEAK) + 1 if several else run.strength
        shaped = run.label == "PERSON" and not _lends_first_word(run, knowledge)
        for key in keys:
            weight = run.strength if shaped and key == run.key else strength
            if key not in best or weight > best[key][0]:
                best[key] = (weight, run.label)
    for run in runs:
        known = best.get(run.key)
        if known and known[0] > run.strength and known[1] != run.label:
            run.label = known[1]
        elif run.key in doubtful and known and known[0] == 0:
            run.label = ""


def _may_be_a_surname(key: str) -> bool:
    """Return True for a middle word of a person's name (its key) that may stand for the person
    alone: no particle, initial or regnal number, and not a place's name."""
    return key.isalpha() and len(key) > 2 and key not in _NOT_SURNAMES


_NOT_SURNAMES = (
    SURNAME_PARTICLES | gz.COUNTRIES | gz.CITIES | gz.REGIONS | gz.CONTINENTS | gz.REGNAL_NAMES
)


def _lends_first_word(run: NameRun, knowledge: WordKnowledge) -> bool:
    """Return True when a person's full name lends PERSON to its first word alone.

    With evidence beyond the name's shape (a title, a cue), or a first word that
    Punkt knows as a name ("Clara"); a first word guessed from shape alone may
    be a company's ("Facebook" of "Facebook Europe").
    """
    return run.strength > 0 or known_first_name(run.key.split()[0], knowledge)


def _typed_strongly_as_not_people(runs: list[NameRun]) -> set[str]:
    return {run.key for run in runs if run.strength >= _STRONG and run.label not in ("", "PERSON")}
