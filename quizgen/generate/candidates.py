"""Answer candidates: the spans of a sentence worth blanking, with a score and the reasons for it.

Candidates are named entities, numbers (trimmed to the number, its hedge and
scale, the counted noun left in the sentence), dates, and key terms (noun
phrases rare in general English or repeated in the article). The never-blank
rules drop stopwords, pronouns, part of a name, and an answer the sentence
gives away by repeating it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from quizgen.answers import parse_number
from quizgen.generate import lexicon, terms
from quizgen.generate.amounts import Amount, changes, joined_amounts
from quizgen.generate.caches import word_cache
from quizgen.generate.context import CLOSE_QUOTES, OPEN_QUOTES, SentenceView
from quizgen.generate.counts import FRACTIONS, guessable_count
from quizgen.generate.distractors.aliases import acronym_of
from quizgen.generate.distractors.countries import countries_named_in, country_called
from quizgen.generate.distractors.filters import normal_form
from quizgen.generate.glosses import foreign_script, in_a_cross_reference, in_a_gloss
from quizgen.generate.kinds import (
    DATE_KINDS,
    NAME_KINDS,
    NUMERIC_KINDS,
    PLACE_KINDS,
    SEASON_WORDS,
    YEAR,
    is_common_word_name,
    kind_of,
    years_named,
)
from quizgen.generate.lists import lists_of
from quizgen.generate.nameparts import goes_on_past, partial_acronyms
from quizgen.generate.offensive import abusive
from quizgen.generate.people import full_names_by_family
from quizgen.generate.quotations import SPEECH_VERBS
from quizgen.nlp import gazetteer
from quizgen.nlp.document import Document, Span, Token
from quizgen.nlp.numeric import MONTHS, starts_score_or_range

# A code-like name: letters and digits, with a capital ("COVID-19", "H1N1", "F-16", "G20").
_CODE = re.compile(r"(?=[^\s]*[A-Z])(?=[^\s]*\d)[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
# Words that take an adjective for themselves: "how long", "so much", "too many".
_DEGREE_WORDS = frozenset({"how", "so", "too", "as"})
_NUMBER_TOKEN = re.compile(r"^(\d[\d,.]*|[a-z]+(-[a-z]+)?)$", re.IGNORECASE)
# Words of a role after a source's name: "a tropical weather expert at the University of Miami".
_MAX_ROLE_WORDS = 12
_CLAUSE_WORDS = frozenset({"adding", "that", "while", "and", "but", ";", "as", "because"})
# US states as American news writes them short after a town: "Bellevue, Wash.".
_STATE_ABBREVIATIONS = frozenset(
    {
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.",
        "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.",
        "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Vt.", "Va.", "Wash.",
        "Wis.", "Wyo.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "R.I.", "S.C.",
        "S.D.", "W.Va.", "D.C.", "Tex.", "Wisc.", "Penn.", "Ida.", "Me.",
    }
)  # fmt: skip
_TIME_ADJECTIVES = frozenset({"last", "next", "early", "late", "past", "previous", "coming"})
_CLOSING_QUOTES = frozenset(("”", "''", "’’", '"'))
_HUNDREDTHS = re.compile(r"\d\.\d{2,}\b")
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "bn", "mn", "m", "k"})
_HEDGE_WORDS = frozenset(
    {
        "about",
        "around",
        "roughly",
        "nearly",
        "almost",
        "over",
        "some",
        "approximately",
        "more",
        "less",
        "than",
        "under",
        "at",
        "least",
        "up",
        "to",
    }
)
_DEFINITE = frozenset({"the", "these", "those", "its", "their", "his", "her", "our"})
# A count of a group this small after "the" is one the reader is taken to know.
_SMALL_GROUP = 20
# Words after a place's name that say what kind of area it is: "Shanghai Municipality".
_LETTERS = re.compile(r"[A-Za-z]+")
# What parts a title's name from the rest: "The Channel Tunnel: thirty years under the sea".
_TITLE_BREAK = re.compile(r"\s*(?::|\s[-–—|]\s)\s*")
_YEAR = re.compile(YEAR)
_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
_INITIAL = re.compile(r"[A-Z]\.")
# A title of this many words at most names the article's subject ("The Gunpowder Plot").
_NAMING_TITLE_WORDS = 4
_RANGE_WORDS = frozenset({"or", "to", "-", "–", "and"})
# Prepositions that make a season a time ("by autumn", "until the spring of 2019").
# fmt: off
_TIME_PREPOSITIONS = frozenset((
    "in", "by", "until", "till", "since", "during", "before", "after", "through", "throughout",
    "from", "to", "over", "around", "towards", "toward",
))
# fmt: on
# Prepositions that bound a time ("by autumn"): a deadline, not what happens every year.
_TIME_BOUNDS = frozenset({"by", "until", "till", "before", "after", "since"})
_FUTURE = frozenset({"will", "shall", "'ll", "’ll", "wo"})
# Interjections (a closed class): someone's quoted cry, never a name.
# fmt: off
_INTERJECTIONS = frozenset((
    "oh", "ah", "aha", "wow", "hey", "ouch", "oops", "alas", "hooray", "hurray", "yeah", "yes",
    "hello", "hi", "bye", "goodbye", "hmm", "um", "uh", "er", "gosh", "phew", "whoa", "yay",
))
# fmt: on
# Words after "100%" that make it say how sure someone is: "100% sure".
_SURE = frozenset({"sure", "certain", "confident", "convinced", "positive", "correct", "right"})
_SEASON_MODIFIERS = frozenset({"the", "early", "late", "mid", "mid-"})
# A season before one of these is part of a name or a noun phrase: "summer camp".
_SEASON_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "CD", "VBG", "POS"})
_BASE_SCORE = {
    "person": 0.7,
    "place": 0.65,
    "country": 0.7,
    "city": 0.7,
    "organisation": 0.65,
    "date": 0.7,
    "year": 0.7,
    "time": 0.5,
    "money": 0.75,
    "percent": 0.75,
    "number": 0.6,
    "quantity": 0.6,
    "name": 0.55,
    "term": 0.45,
}
# Words that come before a name without being part of it ("Ambassador Semashko").
# fmt: off
TITLES = frozenset((
    "ambassador", "president", "prime", "minister", "mr", "mrs", "ms", "dr", "professor",
    "prof", "general", "king", "queen", "prince", "princess", "chancellor", "senator",
    "governor", "mayor", "pope", "sir", "lord", "lady", "judge", "chairman", "chairwoman",
    "director", "secretary", "spokesman", "spokeswoman", "captain", "colonel", "commander",
    "premier", "pharaoh", "emperor", "empress", "tsar", "czar", "sultan", "emir", "sheikh",
    "shah", "saint",
))
# fmt: on
_DURATION = re.compile(
    r"\b(?:(?:about|around|nearly|almost|over|some|more than|less than|roughly)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+(?:\.\d+)?)\s+"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b",
    re.IGNORECASE,
)
# One of these, in any case, is in every duration (in an ASCII text: ignoring case, "s" and
# "k" also match letters beyond it, the long s and the Kelvin sign).
_DURATION_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "centur")
# Adjectives that say nothing about the thing itself: "a new factory" is just "a factory".
# fmt: off
_GENERIC_MODIFIERS = frozenset((
    "new", "old", "first", "second", "third", "last", "next", "other", "another", "same",
    "similar", "further", "many", "several", "large", "small", "big", "main", "major", "key",
    "great", "little", "few", "various", "certain", "whole", "own", "such", "recent", "current",
    "former", "latest", "early", "late", "good", "best", "today", "yesterday", "tomorrow",
    "now",
))
# fmt: on
# fmt: off
_ORDINALS = frozenset((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "twentieth", "hundredth", "thousandth", "half", "halves",
    "quarter", "quarters", "thirds",
))
# fmt: on
_MODIFIER = re.compile(r"[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*")
# Rarer than this, one word is a technical term ("pitchblende", "isotope") even if said once.
_TECHNICAL_ZIPF = 2.5
# A term word more common than this ("economy") is not given away by a word made from it.
_DERIVED_CLUE_ZIPF = 4.0
_RELATIVE_DATE = re.compile(
    r"(?:(?:on|last|next|this|early|late)\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|today|tonight|yesterday|tomorrow|weekend|week|month|year)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    # "last October", "next spring": counted from the day the article came out
    rf"|(?:last|next|this)\s+(?:{'|'.join(sorted({*MONTHS, *SEASON_WORDS}))})",
    re.IGNORECASE,
)
# A word of a name rarer than this identifies the name ("Apollo"); commoner ones do not.
_DISTINCTIVE_ZIPF = 4.5
# Capitalised words that open a sentence and that the NLP layer may take into a name.
_OPENERS = frozenset(
    {"though", "although", "while", "when", "after", "before", "since", "if", "as", "because"}
)
_PARTICLES = frozenset({"up", "out", "off"})
# Lower-case words inside names: "Commission for the Protection of the Danube", "Centre de
# Commandement des Operations", "Ludwig van Beethoven".
# Arabic names' particles too: "Mohammed bin Rashid", "Ibn al Wafid", "Abu Bakr"; and the
# Spanish "y" between two surnames: "Santiago Ramón y Cajal".
_PARTICLES_IN_NAMES = (
    "de", "des", "du", "la", "le", "da", "di", "del", "della", "dos", "das", "van", "von", "der",
    "den", "ter", "zu", "bin", "ibn", "bint", "abu", "al", "el", "y",
)  # fmt: skip
_NAME_JOINERS = frozenset({"of", "for", "the", *_PARTICLES_IN_NAMES})
_JOINS = frozenset(
    {("of",), ("of", "the"), ("for", "the"), *((p,) for p in _PARTICLES_IN_NAMES), ("de", "la")}
)
_TERM_HEAD_TAGS = frozenset({"NN", "NNS"})
_TERM_MODIFIER_TAGS = frozenset({"NN", "NNS", "JJ", "NNP"})


# Nouns that a discoverer's possessive turns into a name: "Hess's law", "Avogadro's number".
_EPONYM_HEADS = frozenset(
    ("law", "laws", "theorem", "principle", "rule", "constant", "number", "equation",
     "disease", "syndrome", "paradox", "cycle", "effect", "hypothesis", "conjecture",
     "razor", "comet", "test", "method", "algorithm", "formula", "experiment")
)  # fmt: skip


def names_a_term(tokens: Sequence[Token], last: int) -> bool:
    """Return True when the name ending before `last` is a discoverer's in a term's name:
    "Hess's law", "Lou Gehrig's disease"."""
    return (
        last + 1 < len(tokens)
        and tokens[last].text in ("'s", "’s", "'")
        and tokens[last + 1].text.casefold() in _EPONYM_HEADS
    )


@dataclass(frozen=True)
class Candidate:
    """A span of a sentence that could be blanked, in the sentence view's offsets."""

    sentence: int
    text: str
    kind: str
    label: str
    first: int  # token indexes [first, last) in the view
    last: int
    start: int  # character offsets in the view's text
    end: int
    doc_start: int  # character offsets in the article
    doc_end: int
    value: float | None = None
    unit: str = ""
    score: float = 0.0
    reasons: tuple[str, ...] = field(default=(), compare=False)
    # The word the article calls a person by, when it is not the last of the full name:
    # "posada" for "Luis Posada Carriles", whom the article then calls "Posada".
    surname: str = field(default="", compare=False)

    @property
    def key(self) -> str:
        """The fact's identity within a sentence: its normalised answer."""
        return normal_form(self.text)


@dataclass(frozen=True)
class _ArticleWords:
    """What scoring needs to know of the whole article, worked out once."""

    mentions: Counter[str]
    phrases: Counter[str]
    n_sentences: int
    title_words: frozenset[str]
    subject: tuple[frozenset[str], str]
    # Words the article capitalises inside a sentence: names, not just sentence openers.
    capitalised: frozenset[str]
    # Acronyms the article gives for part of a name: "(UW)" after "University of
    # Wisconsin—Madison".
    partial_acronyms: frozenset[str] = frozenset()
    # The one-word names the article calls people by ("Posada", "Merkel").
    short_person_names: frozenset[str] = frozenset()
    # The sentences inside someone's quotation of several sentences.
    quoted: frozenset[int] = frozenset()
    # Names made of two joined by "&" or "and" ("dolce gabbana" of "Dolce & Gabbana").
    pairs: frozenset[str] = frozenset()
    # Kinds of one thing the article sets side by side (`contrasted_kinds`).
    contrasts: frozenset[tuple[str, str]] = frozenset()
    # The article names no year before 2000: news of today, whose leaders everyone knows.
    recent: bool = True
    # Names the article gives only as someone's source ("…, Sandoval said"), each time.
    sources: frozenset[str] = frozenset()
    # Nouns the article sets before a name as its label ("carmaker Peugeot"): a kind of
    # the names, which "the Japanese car maker" only calls one of them again.
    labels: frozenset[str] = frozenset()
    # People of one family ("Hal Finney", "Fran Finney"), by each one's full name and the
    # given name the article calls them by alone: each is a fact of its own.
    family_members: Mapping[str, str] = field(default_factory=dict)
    # The country the article is about, by how often its sentences name it ("" if none).
    topic_country: str = ""


def find_candidates(
    document: Document,
    views: list[SentenceView],
    dropped: Counter[str],
    quoted: frozenset[int] = frozenset(),
    contrasts: frozenset[tuple[str, str]] | None = None,
) -> list[Candidate]:
    """Return every acceptable candidate of the given sentence views, scored, in reading order.

    `quoted` holds the sentences inside someone's quotation; `contrasts` the article's
    `contrasted_kinds`, worked out here when not given. Each rejected span adds one to
    `dropped[reason]`.
    """
    article = _ArticleWords(
        _mention_counts(document),
        terms.phrase_counts(document),
        len(document.sentences),
        frozenset(lexicon.noun_lemma(w) for w in _LETTERS.findall(document.title)),
        article_subject(document.title),
        frozenset(
            t.text.casefold()
            for sentence in document.sentences
            for t in sentence.tokens[1:]
            if t.text[:1].isupper()
        ),
        partial_acronyms(document),
        frozenset(
            normal_form(entity.text)
            for sentence in document.sentences
            for entity in sentence.entities
            if entity.label == "PERSON" and " " not in entity.text.strip()
        ),
        quoted,
        _paired_names(document),
        contrasted_kinds(document) if contrasts is None else contrasts,
        all(year >= _RECENT_YEAR for year in years_named(s.text for s in document.sentences)),
        labels=_name_labels(document),
        family_members=family_members(document),
        topic_country=topic_country(document),
    )
    article = replace(article, sources=_named_only_as_sources(document, article))
    counted: set[tuple[float, str]] = set()
    found: list[Candidate] = []
    for view in views:
        spans = [s for s in _entity_spans(view) if s is not None]
        taken = [(s.first, s.last) for s in spans]
        durations = (
            _duration_spans(view, taken)
            + _word_range_spans(view, taken)
            + _season_spans(view, taken)
        )
        taken += [(s.first, s.last) for s in durations]
        codes = _code_spans(view, taken)
        taken += [(s.first, s.last) for s in codes]
        spans += durations + codes + _term_spans(view, taken, article.contrasts)
        lists = lists_of(view.tokens)
        # In someone's quoted words, whoever they say reported something is part of what
        # they said: only the reporter's own attributions make sources.
        quoted = bool(view.prefix) or view.index in article.quoted
        attributions = _attributions(view.tokens, opening=not quoted)
        seen: set[str] = set()
        for span in spans:
            candidate, reason = _candidate(view, span, article, lists, attributions)
            if candidate is not None and candidate.kind in {"number", "quantity"}:
                # "the three astronauts": the article has told, or takes as known, how many
                # there are; it is not the fact of this sentence.
                said = _counted_noun(view.tokens, candidate.last)
                if (
                    said
                    and _definite(view, candidate)
                    and ((candidate.value, said) in counted or _small_group(view, candidate))
                ):
                    candidate, reason = None, "count-said-before"
                elif said and candidate.value is not None:
                    counted.add((candidate.value, said))
            if candidate is None:
                dropped[reason] += 1
            elif candidate.key in seen:
                dropped["same-answer-twice"] += 1
            else:
                seen.add(candidate.key)
                found.append(candidate)
    return found


def _role_before_a_person(word: str, kind: str) -> bool:
    """Return True for the role the name finder set apart from a person after it:
    "NFL Commissioner Roger Goodell", "head coach Gary Kubiak". Not a saint's "St"."""
    lower = word.casefold()
    return kind == "person" and lower in gazetteer.RUN_TITLES and not lower.startswith("st")


def _counted_noun(tokens: tuple[Token, ...], after: int) -> str:
    """Return the noun a count counts ("astronaut" of "three Chinese astronauts"), or ""."""
    for token in tokens[after : after + 3]:
        if token.tag in {"NN", "NNS"}:
            return lexicon.noun_lemma(token.text)
        if token.tag not in {"JJ", "NNP", "NNPS", "VBN"}:
            return ""
    return ""


def _small_group(view: SentenceView, candidate: Candidate) -> bool:
    """Return True for a small count of a plain plural: "the three astronauts", not "the 85
    wealthiest people" (a superlative makes the count the fact) or "the 28 member states"."""
    after = view.tokens[candidate.last : candidate.last + 2]
    return (
        candidate.value is not None
        and candidate.value <= _SMALL_GROUP
        and bool(after)
        and (
            after[0].tag == "NNS"
            or (after[0].tag in {"JJ", "NNP"} and after[1:2] != [] and after[1].tag == "NNS")
        )
    )


def _definite(view: SentenceView, candidate: Candidate) -> bool:
    """Return True when a determiner makes the count refer back: "the three astronauts",
    "the previous two versions"."""
    at = candidate.first
    while at > 0 and candidate.first - at < 2 and view.tokens[at - 1].tag in {"JJ", "JJS"}:
        at -= 1
    return at > 0 and view.tokens[at - 1].text.casefold() in _DEFINITE


def _entity_spans(view: SentenceView) -> list[Span | None]:
    """Return the sentence's entities re-based on the view, numbers trimmed to the number, a
    range or a compound amount made one ("between 8 and 12", "2 hours and 16 minutes")."""
    out: list[Span | None] = []
    found: list[Amount] = []
    epithet_end = 0
    for entity in view.sentence.entities:
        first = view.token_index(entity.first)
        last = view.token_index(entity.last)
        if first < 0 or last > len(view.tokens):
            continue  # dropped with a connective or a pronoun, or cut quotation mark
        found.append(Amount(entity.label, first, last, entity.value, entity.unit))
    for label, first, last, value, unit, whole in joined_amounts(view.tokens, found):
        if label in {"QUANTITY", "NUMBER"} and not whole:
            first, last = _number_part(view.tokens, first, last)
            if first >= last or _part_of_a_fraction(view.tokens, first, last):
                continue
        elif label in {"PERCENT", "MONEY"}:
            first = _range_start(view.tokens, first)  # "trailing Obama 44 to 43 percent"
        elif (
            label == "DATE"
            and _range_start(view.tokens, first) != first
            and not any(a.label == "DATE" and a.last == first - 1 for a in found)
        ):
            # "AD 0–1250", "(973–1050)": a range whose start is no date; its end alone is no
            # fact. "10 November 1483 – 18 February 1546" is two dates, each a fact.
            continue
        # "Though Chopin": a capitalised sentence opener is not part of the name.
        while last - first > 1 and view.tokens[first].text.casefold() in _OPENERS:
            first += 1
        if label == "PERSON":
            # "Pharaoh Ramses I": the title stays outside the blank, the regnal number inside.
            while last - first > 1 and view.tokens[first].text.casefold().rstrip(".") in TITLES:
                first += 1
            if view.tokens[first].text.islower():
                continue  # "Queen of Scots", "Prince of Wales": a title and its realm, no name
            if _regnal_number(view.tokens, last):
                last += 1
        if first < epithet_end:
            continue  # "Conqueror", typed a name of its own, is the epithet taken below
        if label in {"PERSON", "ORG"} and last - first == 1 and _epithet(view.tokens, last):
            # "William the Conqueror", whatever the name finder typed its parts: a person,
            # never "{{William}} the Conqueror".
            label, last = "PERSON", last + 2
            epithet_end = last
        if first and _name_particle(view.tokens, first - 1):
            first -= 1  # "Fontaine and de Havilland": "de" is part of the surname
        if _world_war_number(view.tokens, last):
            last += 1  # "World War I": the numeral is part of the name
        tokens = view.tokens[first:last]
        out.append(
            Span(
                label,
                view.text[tokens[0].start : tokens[-1].end],
                first,
                last,
                tokens[0].start,
                tokens[-1].end,
                value,
                unit,
            )
        )
    return out


# Lower-case words that open a surname: "de Havilland", "van Gogh", "von Braun".
_NAME_PARTICLES = frozenset(
    {"de", "van", "von", "da", "di", "du", "del", "della", "der", "den", "dos", "das", "le"}
)


def _name_particle(tokens: tuple[Token, ...], at: int) -> bool:
    """Return True for a surname's particle before a name: "de" of "Fontaine and de
    Havilland"; not "the van Ahmed Hassan was driving", where "van" is a noun."""
    token = tokens[at]
    if token.text not in _NAME_PARTICLES:
        return False
    before = tokens[at - 1].tag if at else ""
    return token.tag.startswith("NNP") or before not in {"DT", "JJ", "PRP$", "POS", "CD"}


def _world_war_number(tokens: tuple[Token, ...], end: int) -> bool:
    """Return True when "I" or "II" after "World War" ends the name: not "the Cold War I…"."""
    return (
        end >= 2
        and end < len(tokens)
        and [t.text for t in tokens[end - 2 : end]] == ["World", "War"]
        and tokens[end].text in {"I", "II"}
    )


# Epithets of rulers and saints, as in "Alfred the Great", "Ivan the Terrible".
_EPITHETS = frozenset(
    {
        "Great", "Conqueror", "Terrible", "Bold", "Elder", "Younger", "Confessor", "Pious",
        "Fair", "Wise", "Good", "Bald", "Fat", "Lionheart", "Magnificent", "Navigator",
        "Unready", "Red", "Black", "Short", "Simple", "Just", "Lawgiver", "Martyr", "Hammer",
        "Builder", "Apostate", "Venerable", "Peaceful", "Strong", "Cruel", "Mad", "Impaler",
        "Liberator", "Lion", "Tall", "Blessed", "Deacon", "Silent",
    }
)  # fmt: skip


def _epithet(tokens: tuple[Token, ...], at: int) -> bool:
    """Return True when "the" and an epithet follow a name at `at`: "William the Conqueror";
    not "gave Putin the Black Sea fleet", where a noun goes on after it."""
    after = tokens[at + 2] if at + 2 < len(tokens) else None
    return (
        at + 1 < len(tokens)
        and tokens[at].text == "the"
        and tokens[at + 1].text in _EPITHETS
        and (after is None or (not after.text[:1].isupper() and not after.tag.startswith("NN")
                               and after.text != "of"))
    )


def _regnal_number(tokens: tuple[Token, ...], at: int) -> bool:
    """Return True for the Roman numeral after a ruler's name ("Ramses II", "Ramses I has")."""
    if at >= len(tokens) or not _ROMAN.fullmatch(tokens[at].text):
        return False
    if tokens[at].text != "I":
        return True
    # "I" is a numeral where the pronoun cannot stand: "Ramses I has", "of Ramses I."
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    return (
        after is None
        or after.tag in {"VBZ", "VBD", "POS", ".", ",", ":"}
        or not after.text.isalnum()
    )


def _part_of_a_fraction(tokens: tuple[Token, ...], first: int, end: int) -> bool:
    """Return True for a number that is half of a fraction: "two thirds" asked as "_____
    thirds" would offer "three thirds"; "four out of _____" would offer "three". Not a
    count of a whole ("7,000 out of 20,000 inhabitants"): that is a fact of its own."""
    after = [t.text.casefold() for t in tokens[end : end + 3]]
    before = [t.text.casefold() for t in tokens[max(0, first - 3) : first]]
    if after[:1] and after[0] in FRACTIONS and after[1:2] == ["of"]:
        return True  # "two thirds of", not "for 12 quarters in a row"
    value = parse_number(" ".join(t.text for t in tokens[first:end]))
    if value is None or value > _FRACTION_TERMS:
        return False
    # "four out of five": a number on the other side of "out of" too, not "12 out of the rubble".
    return (after[:2] == ["out", "of"] and _a_number(after[2:])) or (
        before[-2:] == ["out", "of"] and _a_number(before[:-2])
    )


def _a_number(words: list[str]) -> bool:
    return bool(words) and parse_number(words[-1]) is not None


# "nine out of ten", "19 out of 20": the terms of a ratio are this small.
_FRACTION_TERMS = 20


def _number_part(tokens: tuple[Token, ...], first: int, last: int) -> tuple[int, int]:
    """Return [first, last) of the number in a quantity ("about 31" of "about 31 roadmaps").

    A range ("six or seven", "10 to 12") is taken whole, so the blank is never half of one.
    """
    end = first
    while end < last and (
        tokens[end].tag == "CD"
        or tokens[end].text.casefold() in _SCALE_WORDS | _HEDGE_WORDS
        or (
            tokens[end].text.casefold() in _RANGE_WORDS
            and end + 1 < last
            and tokens[end + 1].tag == "CD"
        )
    ):
        end += 1
    while end > first and tokens[end - 1].text.casefold() in _HEDGE_WORDS:
        end -= 1
    return _range_start(tokens, first), end


def _range_start(tokens: Sequence[Token], first: int) -> int:
    """Return where a range ends at `first` starts: "12 to" before "40 years", "44 to" before
    "43 percent"; else `first`. A blank is never half of a range."""
    if (
        first >= 2
        and tokens[first - 1].text.casefold() in _RANGE_WORDS
        and tokens[first - 2].tag == "CD"
    ):
        return first - 2
    return first


def _duration_spans(view: SentenceView, taken: list[tuple[int, int]]) -> list[Span]:
    """Return durations the NLP layer leaves unlabelled: "about an hour", "three weeks"."""
    out: list[Span] = []
    if view.text.isascii():
        lower = view.text.lower()
        if not any(unit in lower for unit in _DURATION_UNITS):
            return out  # most sentences tell no duration: no need to search them for one
    starts = {t.start: i for i, t in enumerate(view.tokens)}
    ends = {t.end: i + 1 for i, t in enumerate(view.tokens)}
    for match in _DURATION.finditer(view.text):
        if match.group().split()[0].casefold() in {"a", "an", "one"}:
            # "in a year", "One day": a rate or an idiom; "about an hour" is a duration.
            continue
        first, last = starts.get(match.start()), ends.get(match.end())
        if first is None or last is None or any(a < last and first < b for a, b in taken):
            continue
        tokens = view.tokens
        first = _range_start(tokens, first)  # "12 to 40 years": the range, never half of it
        text = view.text[tokens[first].start : match.end()]
        out.append(Span("QUANTITY", text, first, last, tokens[first].start, match.end()))
    return out


def _season_spans(view: SentenceView, taken: list[tuple[int, int]]) -> list[Span]:
    """Return seasons said as a time, which the NLP layer leaves unlabelled: "by autumn",
    "in the spring of 2019", "until late summer".

    Not "last summer" (when the article was written), nor a season that names a
    kind of thing ("summer camp", "the winter months"), nor one said of what
    happens every year ("it is hot in summer"): general knowledge, not a fact
    of the article. A season dates something when it has its year, bounds a
    time ("by autumn", "before winter"), or the sentence tells of a past or
    coming event.
    """
    out: list[Span] = []
    tokens = view.tokens
    if not any(t.text.casefold() in SEASON_WORDS for t in tokens):
        return out
    an_event = any(
        t.tag == "VBD" or (t.tag == "MD" and t.text.casefold() in _FUTURE) for t in tokens
    )
    for at, token in enumerate(tokens):
        if token.text.casefold() not in SEASON_WORDS or any(a <= at < b for a, b in taken):
            continue
        words = [t.text for t in tokens[at + 1 : at + 3]]
        year_after = bool(words) and (
            _YEAR.fullmatch(words[0]) is not None
            or (words[0] == "of" and _YEAR.fullmatch(words[-1]) is not None)
        )
        if token.text.casefold() == "fall" and not year_after:
            continue  # "the fall of Rome", "a fall in prices"
        if words and not year_after and tokens[at + 1].tag in _SEASON_NOUN_TAGS:
            continue
        before = at - 1
        while before >= 0 and tokens[before].text.casefold() in _SEASON_MODIFIERS:
            before -= 1
        preposition = tokens[before].text.casefold() if before >= 0 else ""
        if preposition not in _TIME_PREPOSITIONS or not (
            year_after or an_event or preposition in _TIME_BOUNDS
        ):
            continue
        out.append(Span("DATE", token.text, at, at + 1, token.start, token.end))
    return out


def _word_range_spans(view: SentenceView, taken: list[tuple[int, int]]) -> list[Span]:
    """Return ranges written as one word before a noun, which the NLP layer leaves untyped:
    "six-seven roadmaps", "two-three weeks"."""
    from quizgen.generate.distractors.numbers import NUMBER_WORDS

    out: list[Span] = []
    for at, token in enumerate(view.tokens[:-1]):
        if "-" not in token.text:
            continue
        low, _, high = token.text.casefold().partition("-")
        if (
            low in NUMBER_WORDS
            and high in NUMBER_WORDS
            and NUMBER_WORDS.index(low) < NUMBER_WORDS.index(high)
            and view.tokens[at + 1].tag in {"NN", "NNS", "JJ"}
            and not any(a <= at < b for a, b in taken)
        ):
            value = float(NUMBER_WORDS.index(low) + 1)
            unit = _counted_noun(view.tokens, at + 1)
            out.append(
                Span("QUANTITY", token.text, at, at + 1, token.start, token.end, value, unit)
            )
    return out


def _term_spans(
    view: SentenceView,
    taken: list[tuple[int, int]],
    contrasts: frozenset[tuple[str, str]] = frozenset(),
) -> list[Span]:
    """Return key-term spans: the noun-headed core of each chunk that no entity overlaps.

    A term is its head noun and the modifiers that classify it ("renal medulla",
    "integration roadmaps"), at most three words; an adjective that only
    describes ("healthy chicks", "Indonesian helicopters") is left out. A chunk
    the NLP layer ended before its head ("underused TV" + "airwaves") is joined
    to the nouns after it.
    """
    out: list[Span] = []
    tokens = view.tokens
    covered = 0
    for chunk in view.sentence.chunks:
        first = max(view.token_index(chunk.first), covered)
        last = view.token_index(chunk.last)
        if first < 0 or last > len(tokens) or first >= last:
            continue
        # Cut the chunk at punctuation, keep the noun-headed tail, at most three words.
        head = last
        while head > first and tokens[head - 1].tag not in _TERM_HEAD_TAGS:
            head -= 1
        if head == first or not tokens[head - 1].text.isalpha():
            continue
        while (
            head == last
            and head < len(tokens)
            and head - first < 3
            and tokens[head].tag in _TERM_HEAD_TAGS
            and tokens[head].text.isalpha()
            and tokens[head].text.islower()
        ):
            head += 1
            last += 1
        covered = max(covered, head)
        start = head - 1
        while (
            start > first
            and head - start < 3
            and not _names_a_word(tokens, start - 1, tokens[head - 1].text)
            and (
                _classifies(tokens[start - 1], tokens[head - 1].text)
                or _contrasted(tokens[start - 1], tokens[head - 1].text, contrasts)
            )
        ):
            start -= 1
        # "how long radioactivity lasts": the adjective belongs to "how", not to the noun.
        while (
            start < head - 1
            and start > 0
            and tokens[start - 1].text.casefold() in _DEGREE_WORDS
            and tokens[start].tag.startswith("JJ")
        ):
            start += 1
        if tokens[head - 1].text.casefold() in _ORDINALS:
            continue
        if any(a < head and start < b for a, b in taken):
            continue
        if _splits_a_compound(tokens, start, head):
            continue  # "real {{estate developer}}", "{{magnetic resonance}} imaging"
        words = tokens[start:head]
        out.append(
            Span(
                "NP",
                view.text[words[0].start : words[-1].end],
                start,
                head,
                words[0].start,
                words[-1].end,
            )
        )
    return out


_COMPOUND_TAGS = frozenset({"NN", "JJ", "VB"})  # "imaging" may be tagged VBG


def _splits_a_compound(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Return True when a compound WordNet lists (two or three lower-case words) runs across
    either edge of the words from `start` to `end`: "real estate" before "estate developer"."""
    # Lower-case nouns and adjectives; the sentence's first may be capitalised ("Real
    # estate…"). Each look-up reads WordNet, so a word outside the edge must be one first.
    fit = [
        at
        for at in range(max(0, start - 2), min(len(tokens), end + 2))
        if tokens[at].tag[:2] in _COMPOUND_TAGS
        and tokens[at].text.isalpha()
        and (tokens[at].text.islower() or at == 0)
    ]
    fits = set(fit)
    for edge, outside in ((start, start - 1), (end, end)):
        if outside not in fits:
            continue
        for first in range(max(0, edge - 2), edge):
            for last in range(edge + 1, min(len(tokens), first + 3) + 1):
                if all(at in fits for at in range(first, last)) and terms.is_fixed_compound(
                    " ".join(t.text for t in tokens[first:last])
                ):
                    return True
    return False


def _names_a_word(tokens: tuple[Token, ...], at: int, head: str) -> bool:
    """Return True for "word", "term" or "name" at `at` saying what the word after it is:
    "the Latin word imperium", "the term imperialism"; not "abolish term limits" or a
    "word processor", which are things."""
    return (
        tokens[at].text in _NAMING_NOUNS
        and at > 0
        and tokens[at - 1].tag in _NAMED_AFTER  # "the", "Latin", "its root"
        and not terms.is_fixed_compound(f"{tokens[at].text} {head}")
    )


def _classifies(modifier: Token, head: str) -> bool:
    """Return True when a word before a term's head is part of the term.

    Nouns are ("energy sector"); an adjective only if it classifies ("renal",
    "paracrine"), not if it describes ("healthy", "previous") or gives a
    nationality ("Chinese astronauts"), unless WordNet lists the pair as one term.
    """
    word = modifier.text
    if (
        modifier.tag not in _TERM_MODIFIER_TAGS
        or not _MODIFIER.fullmatch(word)
        or _is_number_word(word)
    ):
        return False
    if word.casefold() in _GENERIC_MODIFIERS:
        # "the small intestine" is one organ, "a small shed" a shed. The term must be a
        # kind of its head: "a good form of government" is no "good form" (manners), and
        # "the old man" no term at all.
        noun = lexicon.noun_lemma(head.casefold())
        kind = lexicon.first_sense_lexname(f"{word.casefold()}_{noun}")
        return (
            terms.is_fixed_compound(f"{word} {head}")
            and kind == lexicon.first_sense_lexname(noun)
            and kind != "noun.person"
        )
    if word.casefold() in gazetteer.DEMONYMS:
        return terms.is_fixed_compound(f"{word} {head}")
    if modifier.tag == "JJ":
        return terms.keeps_adjective(modifier, head)
    # "The treatment fights infections": a verb the tagger read as a plural noun.
    return not (modifier.tag == "NNS" and _verb_form(word))


# Nouns that say what the noun after them is a name of: "the term", "the word".
_NAMING_NOUNS = frozenset({"word", "term", "name", "phrase", "expression", "title", "label"})
# What stands before such a noun that names a word: "the term", "the Latin word", "its root
# word"; not a verb ("abolish term limits": a thing).
_NAMED_AFTER = frozenset({"DT", "JJ", "NN", "NNP", "PRP$"})

# Modifiers before a noun that may name a kind of it: adjectives and participles.
_KIND_MODIFIER_TAGS = frozenset({"JJ", "VBN"})


def contrasted_kinds(document: Document) -> frozenset[tuple[str, str]]:
    """Return (modifier, head) pairs of the kinds of one thing the article sets side by side:
    "open system", "closed system", "isolated system" in one text name three kinds, and
    each modifier belongs to its term, however common the word ("open").

    A head needs two such modifiers or more, none generic ("new", "other"), a direction
    ("western") or an ordinal ("sixth"), and the article must treat them as a taxonomy:
    it speaks of "types of systems", names one ("is referred to as an isolated system"),
    or sets two side by side in one sentence ("innate and adaptive immunity").
    """
    modifiers: dict[str, set[str]] = {}
    taxonomy: set[str] = set()
    for sentence in document.sentences:
        tokens = sentence.tokens
        here: dict[str, set[str]] = {}
        for at in range(1, len(tokens)):
            word, before = tokens[at], tokens[at - 1]
            if word.tag not in {"NN", "NNS"} or not word.text.isalpha():
                continue
            if before.text == "of" and at >= 2 and tokens[at - 2].text.casefold() in _KIND_NOUNS:
                taxonomy.add(lexicon.noun_lemma(word.text))  # "three types of rocks"
                continue
            if before.tag not in _KIND_MODIFIER_TAGS:
                continue  # most nouns: looked up no further
            # A sentence's first word is capitalised: "Igneous rock is…" names a kind too.
            modifier = before.text.casefold() if at == 1 else before.text
            if (
                modifier.isalpha()
                and modifier.islower()
                and modifier not in _GENERIC_MODIFIERS
                and modifier not in gazetteer.COMPASS_WORDS
                and modifier not in _ORDINALS
                and (at + 1 == len(tokens) or tokens[at + 1].tag not in {"NN", "NNS"})
            ):
                head = lexicon.noun_lemma(word.text)
                modifiers.setdefault(head, set()).add(modifier)
                here.setdefault(head, set()).add(modifier)
                if terms.defined_in_sentence(tokens, at - 1, at + 1):
                    taxonomy.add(head)  # "is referred to as an isolated system"
        taxonomy.update(head for head, found in here.items() if len(found) >= 2)
    return frozenset(
        (modifier, head)
        for head, found in modifiers.items()
        if len(found) >= 2 and head in taxonomy
        for modifier in found
    )


_KIND_NOUNS = frozenset({"type", "types", "kind", "kinds", "form", "forms", "class", "classes"})


def _contrasted(modifier: Token, head: str, contrasts: frozenset[tuple[str, str]]) -> bool:
    return bool(contrasts) and (modifier.text, lexicon.noun_lemma(head)) in contrasts


def _kind_word(
    view: SentenceView, span: Span, contrasts: frozenset[tuple[str, str]]
) -> Span | None:
    """Return the word naming which kind a two-word term is, when the article contrasts
    kinds of its head: "In an _____ system" beside "closed" and "isolated" systems, where
    the sentence says "the system" again and blanking the whole term would show its head."""
    if span.last - span.first != 2:
        return None
    modifier, head = view.tokens[span.first], view.tokens[span.first + 1]
    if not _contrasted(modifier, head.text, contrasts):
        return None
    word = Span("NP", modifier.text, span.first, span.first + 1, modifier.start, modifier.end)
    return None if _repeated_in_sentence(view.text, word, "modifier") else word


def topic_country(document: Document) -> str:
    """Return the country the article is about: named, by any of its names, in at least
    four sentences and three times as many as any other country; else ""."""
    named = Counter(c for s in document.sentences for c in countries_named_in(s.text))
    (top, count), (_, second) = [*named.most_common(2), ("", 0), ("", 0)][:2]
    return top if count >= _TOPIC_MENTIONS and count >= _TOPIC_LEAD * second else ""


_TOPIC_MENTIONS = 4
_TOPIC_LEAD = 3


def article_subject(title: str) -> tuple[frozenset[str], str]:
    """Return what a title names as the article's subject: its normal forms, and its head noun.

    "The Channel Tunnel: thirty years under the sea" is about "Channel Tunnel",
    a tunnel. A headline that is a sentence has no head noun: only the short
    name before a colon or dash, or a title of at most four words, gives one.
    """
    subject = _TITLE_BREAK.split(title.strip(), maxsplit=1)[0]
    names = frozenset(n for n in (normal_form(title), normal_form(subject)) if n)
    words = _LETTERS.findall(subject)
    head = lexicon.noun_lemma(words[-1].casefold()) if 0 < len(words) <= 4 else ""
    return names, head


def _code_spans(view: SentenceView, taken: list[tuple[int, int]]) -> list[Span]:
    """Return names written as codes, which the entity layer leaves untyped: "COVID-19", "H1N1".

    They are specific and often the point of a sentence, but of no kind with
    believable wrong options, so they are "name" answers (cloze only).
    """
    out: list[Span] = []
    for at, token in enumerate(view.tokens):
        if not _CODE.fullmatch(token.text) or any(a <= at < b for a, b in taken):
            continue
        out.append(Span("CODE", token.text, at, at + 1, token.start, token.end))
    return out


def _interjection(token: Token) -> bool:
    """Return True for "Oh", "Wow", "Ahh"... (the tagger's UH, or a word the NLP layer took
    for a name); "HI", in capitals, is Hawaii."""
    lower = token.text.casefold()
    return token.tag == "UH" or (
        (
            lower in _INTERJECTIONS
            or (
                len(lower) <= _LONGEST_CRY
                and _DRAWN_OUT.sub(r"\1", lower) in _DRAWN_OUT_INTERJECTIONS
            )
        )
        and not token.text.isupper()
    )


# A cry drawn out in writing ("Ahh", "Ohhh", "Hmmm") is the cry with each letter once.
_DRAWN_OUT = re.compile(r"(\w)\1+")
_DRAWN_OUT_INTERJECTIONS = frozenset(_DRAWN_OUT.sub(r"\1", word) for word in _INTERJECTIONS)
_LONGEST_CRY = 8  # "Ohhhhhhh"; longer words are looked up no further


def _only_a_source(
    tokens: Sequence[Token],
    span: Span,
    kind: str,
    article: _ArticleWords,
    attributions: Sequence[tuple[int, int]],
) -> bool:
    """Return True for a news agency, or a person or body the article names once (or only
    as a source), or a role ("executive director"), in one of the sentence's
    `attributions`."""
    if kind not in {"person", "organisation", "term"} and kind not in PLACE_KINDS:
        return False  # "a professor at Hofstra University in New York": where the source works
    if span.text.casefold().removeprefix("the ") in gazetteer.NEWS_AGENCIES:
        return True  # "Agence France-Presse reported", "told Reuters": who reported it
    zones = [(a, b) for a, b in attributions if a <= span.first and span.last <= b]
    if not zones:
        return False
    if any(any(t.text == "," for t in tokens[a : span.first]) for a, _ in zones):
        return True  # the source's role: "Ana Costa, a spokeswoman for Mr _____, said"
    last_word = normal_form(span.text.split()[-1])
    return kind == "term" or article.mentions[last_word] <= 1 or last_word in article.sources


# The month a report covers, said beside it: "8.8 percent last month, from 8.9 in February".
_MONTH_NEARBY = re.compile(r"\b(?:last|this|next|that|previous|a|one)\s+month\b", re.IGNORECASE)
# A month the article names this often alone is its report's period ("jobs added in March").
_REPORT_MONTH_MENTIONS = 3


def _next_to_its_neighbour_month(tokens: Sequence[Token], span: Span) -> bool:
    """Return True for a month alone joined to the month before or after it: "March and
    April", "from June to July"."""
    month = MONTHS.get(span.text.casefold())
    if month is None or span.last - span.first != 1:
        return False
    for other, joiner in ((span.first - 2, span.first - 1), (span.last + 1, span.last)):
        if 0 <= other < len(tokens) and tokens[joiner].text.casefold() in _MONTH_JOINERS:
            neighbour = MONTHS.get(tokens[other].text.casefold())
            if neighbour is not None and (month - neighbour) % 12 in (1, 11):
                return True
    return False


_MONTH_JOINERS = frozenset({"and", "or", "to", "-", "–", "through", "until"})


def _month_of_a_report(text: str, span: Span, article: _ArticleWords) -> bool:
    """Return True for a month alone that only dates a reading: the sentence also says
    "last month", or the article names the month again and again (a monthly report's)."""
    if span.text.casefold() not in MONTHS:
        return False
    return bool(_MONTH_NEARBY.search(text)) or (
        article.mentions[normal_form(span.text)] >= _REPORT_MONTH_MENTIONS
    )


def _opens_with_a_person(tokens: Sequence[Token]) -> bool:
    """Return True when the sentence opens with a name ("Ines Varga, …", "Berg said"), not
    with a group ("Analysts in Oslo said", "Police in Leeds said": where is the story)."""
    if not tokens or not tokens[0].text[:1].isupper():
        return False
    if tokens[0].tag in ("NNP", "NNPS"):
        return True
    # The tagger may read a first name as a plural ("Ines/NNS Varga"): two capitals.
    return len(tokens) > 1 and tokens[0].tag[:2] == "NN" and tokens[1].text[:1].isupper()


_LABELLED_NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "PRODUCT", "FAC"})
_LABEL_LEXNAMES = frozenset({"noun.person", "noun.group"})
_RECENT_YEAR = 2000


def _leader_after_own_title(view: SentenceView, span: Span) -> bool:
    """Return True for a famous leader (one of the pool's statesmen) right after the title of
    his own office and country: "US President Barack Obama", "Russian President Putin"."""
    from quizgen.generate.distractors.fallback import statesman
    from quizgen.generate.distractors.roles import (
        HEAD_OF_STATE_TITLE_ENDS,
        HEAD_OF_STATE_TITLES,
        title_before,
    )

    before = view.tokens[span.first - 1].text.casefold() if span.first else ""
    if before not in HEAD_OF_STATE_TITLE_ENDS:
        return False  # most names have no title before them: no need to read one
    title = title_before(view.text[: span.start])
    if title is None or title.role not in HEAD_OF_STATE_TITLES or not title.country:
        return False
    found = statesman(span.text)
    return found is not None and found.country == title.country


def _attributions(tokens: Sequence[Token], *, opening: bool = True) -> list[tuple[int, int]]:
    """Return [first, last) of the tokens that attribute a sentence's words or figures to
    someone: after a closing quotation mark with a speech verb ('"…," said Ana Costa, …'),
    a speaker opening the sentence ("Ana Costa, a planner, said…"), and from "according to"
    (to the end when it ends the sentence, else to its comma)."""
    words = [t.text.casefold() for t in tokens]
    zones: list[tuple[int, int]] = []
    for at in range(len(words) - 1, -1, -1):
        if words[at] in _CLOSING_QUOTES:
            # '…," said Ana Costa', '…," the mayor said' or '…," Ana Costa, a planner at
            # Lumo, told…': a speaker's name may carry a role before the verb.
            named = at + 1 < len(tokens) and tokens[at + 1].text[:1].isupper()
            reach = _MAX_ROLE_WORDS + 4 if named else 4
            after = words[at + 1 : at + 1 + reach]
            verb = next((k for k, w in enumerate(after) if w in SPEECH_VERBS), None)
            if verb is not None:
                # '…, told Radio Oslo, adding that…': it ends where the words go on.
                tail = words[at + 2 + verb :]
                end = next((k for k, w in enumerate(tail) if w in _CLAUSE_WORDS), len(tail))
                zones.append((at + 1, at + 2 + verb + end))
            break
    if opening and _opens_with_a_person(tokens):
        # "Dawn Lee, president of the Guild, said the rules…": the speaker who opens a
        # sentence of reported words, with her role, up to the verb.
        for at, word in enumerate(words[1 : _MAX_ROLE_WORDS + 4], start=1):
            # "Warrick added 17 points": a sum, not speech ("said three trams" is speech).
            counted = word in {"added", "adds"} and at + 1 < len(tokens) and (
                tokens[at + 1].tag == "CD"
            )
            if word in SPEECH_VERBS and not counted and (
                words[at - 1] == "," or tokens[at - 1].tag == "NNP"
            ):
                zones.append((0, at + 1))
                break
            if tokens[at].tag.startswith("VB") or tokens[at].tag == "MD":
                break  # "Lee wrote the rules, said…": another verb came first
    for at in range(len(words) - 1):
        if words[at] == "according" and words[at + 1] == "to":
            if at > 0 and words[at - 1] == ",":
                zones.append((at, len(words)))
                break
            end = words.index(",", at) if "," in words[at:] else len(words)
            if end + 1 < len(words) and words[end + 1] in {"a", "an", "the"}:
                # "According to Ana Costa, a planner at Lumo, …": her role goes with her.
                after = words[end + 1 : end + 1 + _MAX_ROLE_WORDS]
                if "," in after:
                    end += 1 + after.index(",")
            zones.append((at, end))
            break
    return zones


def _age_beside_a_name(tokens: Sequence[Token], span: Span) -> bool:
    """Return True for an age in commas after a name: "Adel Safar, 58, …"."""
    return (
        span.last - span.first == 1
        and span.first >= 2
        and span.last < len(tokens)
        and tokens[span.first].text.isdigit()
        and 10 <= int(tokens[span.first].text) <= 110
        and tokens[span.first - 1].text == ","
        and tokens[span.last].text == ","
        and tokens[span.first - 2].tag in {"NNP", "NNPS"}
    )


def _to_hundredths(span: Span) -> bool:
    """Return True for a bare number or a points move written to two decimals or more (a
    measurement with its unit, "4.32 cm/s", is a fact)."""
    unit = (span.unit or "").casefold()
    return _HUNDREDTHS.search(span.text) is not None and unit in {"", "point", "points"}


def _says_how_sure(tokens: Sequence[Token], span: Span) -> bool:
    """Return True for a percentage that says how sure: "not 100%", "100 percent certain"."""
    before = tokens[span.first - 1].text.casefold() if span.first > 0 else ""
    after = tokens[span.last].text.casefold() if span.last < len(tokens) else ""
    return before == "not" or after in _SURE


# An amount in a currency written as a code: "(R34bn)", "(HK$5m)", "(Rs 500)".
_CURRENCY_CODE = re.compile(r"(?:[A-Z]{1,3}\$?|Rs\.?\s?)\d[\d.,]*(?:bn|m|k|tn|mn|cr)?")
_WEB_ADDRESS = re.compile(r"\w\.(?:com|net|org|co\.uk|cn)\b", re.IGNORECASE)
# A short sentence names what its number is about, or the number means nothing alone.
_SHORT_SENTENCE_WORDS = 9
# Subjects that make a short sentence a general truth: "A spider has eight legs."
_GENERAL_OPENERS = frozenset(("a", "an", "each", "every", "most", "all"))


def _unanchored_number(tokens: Sequence[Token], span: Span) -> bool:
    """Return True for a number in a short sentence that names nothing else: no name, date or
    other number ("Prices start at $90.", "Police found 23 casings at the scene.")."""
    if len(tokens) > 2 * _SHORT_SENTENCE_WORDS:
        return False  # too long to be short, whatever its punctuation
    words = [t for t in tokens if any(ch.isalnum() for ch in t.text)]
    if len(words) > _SHORT_SENTENCE_WORDS or tokens[0].text.casefold() in _GENERAL_OPENERS:
        return False
    return not any(
        (k > 0 and t.text[:1].isupper()) or any(ch.isdigit() for ch in t.text)
        for k, t in enumerate(tokens)
        if not span.first <= k < span.last
    )


def _is_number_word(word: str) -> bool:
    """Return True for "six", "six-seven", "twenty-one": counts, not parts of a term."""
    from quizgen.generate.distractors.numbers import NUMBER_WORDS

    return all(part.casefold() in NUMBER_WORDS for part in word.split("-"))


def _candidate(
    view: SentenceView,
    span: Span,
    article: _ArticleWords,
    lists: list[list[tuple[int, int]]],
    attributions: Sequence[tuple[int, int]],
) -> tuple[Candidate | None, str]:
    tokens = view.tokens
    words = tokens[span.first : span.last]
    kind = kind_of(span.label, span.text)
    if all(lexicon.is_stopword(t.text) or not any(ch.isalnum() for ch in t.text) for t in words):
        return None, "stopword-or-pronoun"
    if foreign_script(span.text) or (
        ("(" in view.text or "[" in view.text) and in_a_gloss(tokens, span.first)
    ):
        return None, "spelling-in-another-language"  # "(Chinese: 元朝; pinyin: Yuán Cháo)"
    if "(see" in view.text.casefold() and in_a_cross_reference(tokens, span.first):
        return None, "not-prose"  # "(see “10 Breakthrough Technologies 2014”)": a pointer
    if span.first > 0 and tokens[span.first - 1].text in ("#", "@") and (
        tokens[span.first - 1].end == tokens[span.first].start
    ):
        return None, "not-prose"  # "#TheInterview", "@nytimes": a tag or handle, no name
    if all(_interjection(t) for t in words):
        return None, "interjection"  # "I think, Oh my goodness": a quoted cry, no name
    if abusive(span.text):
        return None, "offensive"
    if (
        "." in span.text
        and _WEB_ADDRESS.search(span.text)
        and any(t.text == "[" for t in tokens[: span.first])
    ):
        return None, "not-prose"  # "[:Zxxk.Com]": a site's watermark, no fact
    if kind in NAME_KINDS or span.label == "PERSON":
        if " and " in span.text or " or " in span.text:
            return None, "several-names-in-one"
        if _INITIAL.fullmatch(span.text):
            return None, "part-of-a-name"  # "E." of "E. coli", "J." of "J. Smith"
        last_word = span.text.split()[-1]
        if is_common_word_name(span.text) or (
            lexicon.is_stopword(last_word) and not _ROMAN.fullmatch(last_word)
        ):
            return None, "not-a-name"  # "Advertisement The": a page's debris, not a name
        before = tokens[span.first - 1] if span.first > 0 else None
        after = tokens[span.last] if span.last < len(tokens) else None
        # "-Midway Atoll": a hyphen glued to the word before does not part it from the name.
        bare_before = before.text.lstrip("-–—") if before is not None else ""
        if (
            bare_before
            and span.first > 1
            and bare_before[:1].isupper()
            and bare_before.casefold().rstrip(".") not in TITLES
            and not _role_before_a_person(bare_before, kind)
        ) or (after is not None and after.tag.startswith("NNP") and after.text[:1].isupper()):
            return None, "part-of-a-name"
        if (
            after is not None
            and (
                _CODE.fullmatch(after.text)
                or (after.tag == "CD" and not starts_score_or_range(tokens, span.last))
                or (after.text.islower() and after.text in gazetteer.ORG_WORDS)
            )
        ) or (before is not None and before.tag == "CD" and not _YEAR.fullmatch(before.text)):
            # "Evo 4G", "the Big Four", "the Nobel committee", "826 D.C.": the name goes on
            # past the blank.
            return None, "part-of-a-name"
        if _joined_to_a_name(tokens, span.first, span.last) or (
            span.text in article.partial_acronyms
        ):
            return None, "part-of-a-name"
        if names_a_term(tokens, span.last):
            return None, "part-of-a-name"  # "Hess's law", "Parkinson's disease"
        if kind not in PLACE_KINDS and kind != "person" and _subtitle(tokens, span):
            # "Big Magic: _____", a book's subtitle; not "the prize went to London: Ada Lund…"
            return None, "part-of-a-name"
        if (
            span.first == 0
            and view.opens_sentence
            and len(words) == 1
            and span.text.casefold() not in article.capitalised
            and lexicon.is_english_word(span.text)
        ):
            # "Halfway through dinner, ...": a word capitalised only because it opens the
            # sentence, which the article never writes as a name.
            return None, "not-a-name"
        if kind != "name" and after is not None and (
            _modifies(after) or _described_noun_after(tokens, span)
        ):
            # "a Pacific island", "the Laysan albatross", "a Toshiba laptop": the name only
            # describes the thing, and the sentence is about the thing. (A product or code,
            # "Sputnik V vaccine", is the point of its phrase.)
            return None, "name-as-modifier"
        if span.last - span.first == 1 and _state_of_a_town(tokens, span.first):
            # "Aziz Deria of Bellevue, Wash.": the state of a town named, a postal detail.
            return None, "state-of-a-town"
        if kind in PLACE_KINDS and (
            _inside_a_place_named(view, span)
            or _named_by_its_adjective(view, span)
            or _capital_of_a_country_named(view, span)
        ):
            # "in Cairo ... in _____'s flag", "San Francisco ... the only city in _____",
            # "Tel Aviv University in _____", "the French polytechnic centre in _____".
            return None, "answer-in-sentence"
        if _aside_to_a_name(tokens, span.first):
            return None, "aside-to-a-name"  # "Apple (AAPL, Fortune 500)": a ticker, a ranking
        if (
            span.first == 1
            and before is not None
            and before.text.isalpha()
            and not lexicon.is_stopword(before.text)
            and before.text.casefold() not in TITLES
            and span.text[:1].isupper()
        ):
            # The view capitalises its first word: "Nna Berg" or "Yesterday Putin" cannot be
            # told from a two-word name, so the reader might see half a name blanked.
            return None, "part-of-a-name"
        if (
            kind == "person"
            and span.last - span.first == 1
            and span.last + 2 < len(tokens)
            and tokens[span.last].text == "and"
            and all(t.tag.startswith("NNP") for t in tokens[span.last + 1 : span.last + 3])
        ):
            return None, "part-of-a-name"  # "Marie" of "Marie and Pierre Curie"
        if (
            span.last + 1 < len(tokens)
            and tokens[span.last].text in ("]", ")")
            and tokens[span.last + 1].text[:1].isupper()
            and span.first > 0
            and tokens[span.first - 1].text in ("[", "(")
        ):
            return None, "part-of-a-name"  # "President [Bashar] Assad": an editor's insertion
        if _half_of_a_pair(tokens, span, article.pairs):
            return None, "part-of-a-name"  # "Dolce" of "Dolce and Gabbana", a label's name
        if (
            span.last - span.first == 1
            and span.first > 0
            and _ACRONYM.match(span.text)
            and tokens[span.first - 1].text.islower()
            and lexicon.is_noun(f"{tokens[span.first - 1].text}_{span.text}")
        ):
            # "transfer {{RNAs}}": a term of WordNet's; "operator SFR" is a role and a name.
            return None, "part-of-a-term"
    if (
        kind in {"number", "quantity"}
        and span.value is not None
        and span.value < 2
        and (span.value == 1 or not any(ch.isdigit() for ch in span.text))
    ):
        # "one of the...", "a single": not a fact to ask; "0.2 inhabitants per km2" is one.
        return None, "trivial-number"
    if (
        span.last - span.first == 1
        and span.text.casefold() in MONTHS
        and span.last < len(tokens)
        and tokens[span.last].text[:1].isupper()
        and (
            tokens[span.last].text == "Day"
            or (span.first > 0 and tokens[span.first - 1].text.casefold() in {"the", "a", "an"})
        )
    ):
        # "an April Fools' Day prank", "May Day": a holiday's name ("In December Jose Serna
        # was…" is a date).
        return None, "part-of-a-name"
    if kind in {"number", "quantity"} and _age_beside_a_name(tokens, span):
        # "Safar, 58, holds a doctorate": the age news gives anyone it names, no fact to learn.
        return None, "trivial-number"
    if kind in {"number", "quantity"} and _to_hundredths(span):
        # "closed at 12,376.72", "fell 46.54 points": a reading to the hundredth is a
        # detail nobody learns, and options a few hundredths apart cannot be told apart.
        return None, "trivial-number"
    if kind == "percent" and span.value == 100 and _says_how_sure(tokens, span):
        # "not 100% sure", "the evidence is not 100 percent": how sure someone is, no share.
        return None, "trivial-number"
    if kind in NUMERIC_KINDS and not view.prefix and _unanchored_number(tokens, span):
        # "Prices start at $90.": how much of what, where and when, the sentences before say.
        # Quoted words shown after their speaker's name say whose number it is.
        return None, "needs-context"
    if kind in NUMERIC_KINDS and any(
        view.token_index(figure.first) == span.first
        for change in changes(view.sentence.entities)
        for figure in change
    ):
        # "Revenue dropped 9 percent to $144 million from $158.1 million": any two of the
        # three give the third away.
        return None, "sum-of-parts"
    if kind == "percent" and _shares_of_a_whole(view.sentence.entities, view.sentence.tokens):
        # "99.76% is oxygen-16, 0.20% is oxygen-18, and 0.04% is oxygen-17": each is 100
        # less the others.
        return None, "sum-of-parts"
    if kind in {"number", "quantity"} and _stat_line(tokens, span):
        # "Gortat had 10 points and 11 rebounds": a box score's line, one of many alike.
        return None, "trivial-number"
    if kind in {"number", "quantity"}:
        if _number_in_a_name(tokens, span.first, span.last):
            return None, "part-of-a-name"  # "iPad 2", "Xbox 360", "826 D.C."
        if _number_as_a_label(tokens, span):
            return None, "part-of-a-name"  # "a 911 operator": the number is the line's name
        # "There are _____ kinds of battery: disposable and rechargeable": the list counts.
        given_away = guessable_count(view.text, tokens, span)
        if given_away:
            return None, given_away
    if any(a <= span.first and span.last <= b for items in lists for a, b in items):
        # "researchers, _____ and anthropologists": one of several listed, the others show
        # what fits, and which one was named is rarely the point.
        return None, "list-member"
    if _one_of_a_pair_of_examples(tokens, span):
        # "Butter and _____ are examples of emulsions": any other example fits; "Red and
        # _____ blood cells": the pair's other kind all but says it.
        return None, "list-member"
    if kind == "date" and _RELATIVE_DATE.fullmatch(span.text):
        # "On Wednesday afternoon", "last week": when the article was written, not a fact.
        return None, "relative-date"
    if kind == "date" and _month_of_a_report(view.text, span, article):
        return None, "relative-date"
    if kind == "date" and _next_to_its_neighbour_month(tokens, span):
        # "Each March and _____": the month after March, the sentence all but says.
        return None, "answer-in-sentence"
    if kind in {"date", "year"} and _dates_a_report(tokens, span):
        # "An October 2014 study by Credit Suisse claims…": when the study came out is a
        # side detail beside what it found.
        return None, "trivial-date"
    if kind in NUMERIC_KINDS and _footnote_number(tokens, span.first):
        return None, "not-prose"  # "[note 4]", "[12]": a reference mark, no fact
    if kind in PLACE_KINDS and _region_after_its_town(view, span):
        return None, "trivial-place"  # "a press in Welland, _____": Ontario, as addresses go
    if kind in NUMERIC_KINDS and _address_or_road(tokens, span):
        return None, "address"  # "at 80 King Street West", "the Highway 407 & 400 interchange"
    if kind == "term" and _word_of_a_name_in_the_sentence(tokens, span):
        return None, "answer-in-sentence"  # "Bodmin Borough Police was the _____"
    if kind == "term" and _category_of_the_name_before(tokens, span.first):
        # "a Laysan albatross, a large seabird, ...": what kind of thing the one named is.
        return None, "category-in-apposition"
    if kind == "person" and article.recent and _leader_after_own_title(view, span):
        # "US President _____" for Barack Obama in the news: every reader knows who holds
        # the office. In history ("British Prime Minister _____" in 1986) it is a fact.
        return None, "world-knowledge"
    if _only_a_source(tokens, span, kind, article, attributions):
        # '"…," said Ana Costa, director of Lumo': someone named once, as whoever gave the
        # quotation, is the reporter's source and no fact of the story.
        return None, "only-a-source"
    if kind == "term" and (
        _title_before_a_name(tokens, span.last)
        or _calls_a_name_again(tokens, span, article.labels)
    ):
        # "spokesman Ben Padovan said": a role before a name, not a fact of the article.
        return None, "title-of-a-name"
    if (
        _spelled_out(tokens, span.first, span.last)
        or _beside_its_formula(tokens, span)
        or (kind != "person" and _initials_elsewhere(tokens, span.first, span.last))
    ):
        # "Federal Communications Commission ({{FCC}})": its expansion gives it away;
        # "sulfur dioxide ({{SO2}})": its name does.
        return None, "answer-in-sentence"
    if (
        kind in NUMERIC_KINDS or kind == "time" or _CURRENCY_CODE.fullmatch(span.text)
    ) and _converted(tokens, span.first):
        # "2,900 kilometres (1,800 mi)", "8:51 p.m. (1451 GMT)": the same fact in other units.
        return None, "unit-conversion"
    if kind == "percent" and _share_said_in_words(tokens, span.first):
        return None, "answer-in-sentence"  # "almost a quarter (_____)": about 25%
    if kind in {"date", "year"} and _season_of_two_years(tokens, span):
        return None, "answer-in-sentence"  # "the _____–08 season": 2007
    if kind in {"date", "year"} and _bound_given_elsewhere(tokens, span):
        return None, "answer-in-sentence"  # "In 1990 he… played from _____": 1990 to 1993
    if _long_quoted_title(tokens, span):
        return None, "long-title"  # 'under the headline "_____"': word for word recall
    if kind == "date" and _century_given_elsewhere(tokens, span):
        return None, "answer-in-sentence"  # "from the _____ … engraved in 1610": 17th century
    scored = span
    if _repeated_in_sentence(view.text, span, kind):
        trimmed = _distinguishing_modifiers(view, span, kind)
        kind_word = _kind_word(view, span, article.contrasts)
        if trimmed is None:
            trimmed = kind_word
        if trimmed is None:
            return None, "answer-in-sentence"
        if trimmed is not kind_word and any(
            terms.word_zipf(w) > terms.CONTRAST_ZIPF for w in trimmed.text.split()
        ):
            # "the _____ docking ... the automatic docking", "digital"/"online" locker:
            # common words set two kinds apart, and each gives the other away.
            return None, "answer-in-sentence"
        span = trimmed
    if _opposite_in_sentence(view.text, span):
        # "the _____ and the South Island": North, the sentence all but says.
        return None, "answer-in-sentence"
    if kind not in NUMERIC_KINDS and _derived_in_sentence(view.text, span, kind):
        # "herbivores or _____, most sea turtles being carnivorous"; "Cairo ... in _____'s
        # flag, the Egyptian crowd": a word made from the answer gives it away.
        return None, "answer-in-sentence"
    names, head = article.subject
    folded = normal_form(span.text)
    if folded in names or (kind == "person" and _without_initials(folded) in names) or (
        kind == "term"
        and span.last - span.first == 1
        and (
            lexicon.noun_lemma(span.text) == head
            # "36 barrels of _____" in "The Gunpowder Plot": a word of a title that names the
            # subject. (A headline's words tell its news, which the cards may ask.)
            or (
                len(article.title_words) <= _NAMING_TITLE_WORDS
                and lexicon.noun_lemma(span.text.casefold()) in article.title_words
            )
        )
    ):
        # "Warsaw" in an article called "Warsaw", "tunnel" in "The Channel Tunnel: ...":
        # the deck's title gives it away.
        return None, "the-article-subject"
    if kind in {"country", "place"} and article.topic_country and (
        country_called(span.text) == article.topic_country
    ):
        return None, "the-article-subject"  # "the _____" in a story on the US's debt
    score, reasons = _score(view, scored, kind, article, contrast=span is not scored)
    if score <= 0:
        return None, "not-salient"
    return Candidate(
        sentence=view.index,
        text=span.text,
        kind=kind,
        label=span.label,
        first=span.first,
        last=span.last,
        start=span.start,
        end=span.end,
        doc_start=view.doc_offset(span.start),
        doc_end=view.doc_offset(span.end),
        value=span.value,
        unit=span.unit,
        score=score,
        reasons=reasons,
        surname=(
            article.family_members.get(normal_form(span.text))
            or _surname(span.text, article.short_person_names)
            if kind == "person"
            else ""
        ),
    ), ""


def family_members(document: Document) -> dict[str, str]:
    """Return, for people who share a family name in the article, what stands for each
    alone: the full name ("hal finney"), and the given name when it opens no other full
    name ("hal" -> "hal finney"). Their surname alone would make one answer of two people."""
    families = [
        list(dict.fromkeys(normal_form(name) for name in names))
        for names in full_names_by_family(document).values()
    ]
    given = Counter(name.split()[0] for members in families for name in members)
    found: dict[str, str] = {}
    for members in families:
        if len(members) < 2:
            continue
        for name in members:
            found[name] = name
            if given[name.split()[0]] == 1:
                found[name.split()[0]] = name
    return found


def _surname(name: str, short_names: frozenset[str]) -> str:
    """Return the middle word of a long name that the article calls the person by, when it
    never uses the last alone: "Luis Posada Carriles" is "Posada" (a Spanish name's first
    surname); "" when the last word is the short name, as in most names."""
    words = normal_form(name).split()
    if len(words) < 3 or words[-1] in short_names:
        return ""
    used = [word for word in words[1:-1] if word in short_names]
    return used[0] if len(used) == 1 else ""


def _modifies(token: Token) -> bool:
    """Return True for a lower-case noun after a name, which the name then modifies, or a
    word joined to it by a hyphen ("Dave Eggers -founded")."""
    if token.text[:1] in {"-", "–"} and token.text[1:2].isalpha():
        return True  # "-founded" (but not a dash standing alone: "Steve Case - now chairman")
    word = token.text.replace("-", "")
    return token.tag in {"NN", "NNS"} and word.isalpha() and word.islower()


def _described_noun_after(tokens: Sequence[Token], span: Span) -> bool:
    """Return True for a name between "the" or "a" and an adjective and a noun, which the name
    then modifies: "the Dow Jones industrial average", "a Harvard medical study"."""
    if span.first == 0 or span.last + 1 >= len(tokens):
        return False
    adjective, noun = tokens[span.last], tokens[span.last + 1]
    return (
        tokens[span.first - 1].text.casefold() in {"the", "a", "an"}
        and adjective.tag == "JJ"
        and adjective.text.isalpha()
        and adjective.text.islower()
        and adjective.text not in _TIME_ADJECTIVES  # "the Rovers last week"
        and _modifies(noun)
    )


# Last words that name a place's division or a body in it: "Jiangsu Province", "Tel Aviv
# University".
_HEADS_OF_NAMED_PLACES = gazetteer.SETTLEMENT_HEADS | gazetteer.ORG_WORDS


def _state_of_a_town(tokens: tuple[Token, ...], at: int) -> bool:
    """Return True for a US state's abbreviation after a town and a comma: "Bellevue, Wash."."""
    return (
        at >= 2
        and tokens[at].text in _STATE_ABBREVIATIONS
        and tokens[at - 1].text == ","
        and tokens[at - 2].text[:1].isupper()
    )


def _inside_a_place_named(view: SentenceView, span: Span) -> bool:
    """Return True when another place of the sentence lies in the answer, as WordNet knows,
    or the answer is the United States and a town is written with its state ("Kingsport,
    Tenn."), as only American places are."""
    from quizgen.generate.distractors.countries import country

    answer = normal_form(span.text)
    found = country(span.text)
    if found is not None and found.name == "United States" and any(
        _state_of_a_town(view.tokens, at) for at in range(len(view.tokens))
    ):
        return True
    for entity in view.sentence.entities:
        # ORG too: the NLP layer may take "Shanghai Municipality" for a body.
        if entity.label not in {"GPE", "LOC", "ORG"} or entity.text == span.text:
            continue
        words = entity.text.split()
        while len(words) > 1 and words[-1].casefold() in _HEADS_OF_NAMED_PLACES:
            # "Jiangsu Province": the province of Jiangsu; "Tel Aviv University": in Tel Aviv.
            words = words[:-1]
        if answer in lexicon.regions_of(" ".join(words)):
            return True
    return False


def _named_by_its_adjective(view: SentenceView, span: Span) -> bool:
    """Return True when a nationality word of the sentence names the answer: "the French
    centre in _____" (France), "an Israeli team from _____" (Israel); or the answer is
    that nation's capital, where a capital or a government is: "the Danish capital
    _____", "a Swedish woman … the Foreign Ministry in _____" (not "an Italian tourist
    was robbed in Rome")."""
    from quizgen.generate.distractors.towns import capital_of

    answer = normal_form(span.text)
    seat = _seat_of_government(view.tokens, span.first)
    for at, token in enumerate(view.tokens):
        if not token.text[:1].isupper() or span.first <= at < span.last:
            continue  # a nationality word is capitalised: most words need no look-up
        for word in token.text.split("-"):  # "a Swedish-Greek duo from _____"
            if word.casefold() not in gazetteer.DEMONYMS:
                continue
            places = lexicon.places_named_by(word)
            if answer in places or (
                seat and any(normal_form(capital_of(p)) == answer for p in places)
            ):
                return True
    return False


def _capital_of_a_country_named(view: SentenceView, span: Span) -> bool:
    """Return True for a national capital whose country the sentence names: "the contest in
    _____, … behind Estonia and hosts Denmark" gives Copenhagen away."""
    from quizgen.generate.distractors.towns import capital_of

    rest = view.text[: span.start] + " " + view.text[span.end :]
    answer = normal_form(span.text)
    return any(normal_form(capital_of(c)) == answer for c in countries_named_in(rest))


def _seat_of_government(tokens: tuple[Token, ...], first: int) -> bool:
    """Return True for a place after "capital", or in a sentence about a government: "the
    Danish capital _____", "the Foreign Ministry in _____", "Italian foreign minister
    Franco Frattini confirmed that _____ was in contact" (the capital for its government)."""
    if first and tokens[first - 1].text.casefold() == "capital":
        return True
    return any(t.text.casefold() in _GOVERNMENT_WORDS for t in tokens)


_GOVERNMENT_WORDS = frozenset(
    {"ministry", "minister", "government", "embassy", "ambassador", "parliament",
     "authorities", "officials", "palace"}
)  # fmt: skip


def _aside_to_a_name(tokens: tuple[Token, ...], first: int) -> bool:
    """Return True when the span stands in brackets right after a name: "Intel (INTC)"."""
    at = first
    while at > 0 and first - at < 6 and tokens[at - 1].text not in {"(", ")"}:
        at -= 1
    return (
        at >= 2
        and tokens[at - 1].text == "("
        and tokens[at - 2].tag.startswith("NNP")
        and tokens[at - 2].text[:1].isupper()
    )


def _one_of_a_pair_of_examples(tokens: tuple[Token, ...], span: Span) -> bool:
    """Return True for one of two things joined by "and"/"or" that the sentence gives as
    examples ("A and B are examples of"), or the second of two kinds of one thing ("red and
    white blood cells"). Not "such as A and B": what the examples are is what SQuAD's readers
    ask most often of such a pair."""
    first, last = span.first, span.last
    if first >= 2 and tokens[first - 1].text.casefold() in {"and", "or"}:
        other = tokens[first - 2]
        # A sentence's first word may be tagged a name: "Red and white blood cells". A noun
        # is no sure modifier: "the crust and uppermost mantle" are two things.
        plain = other.tag == "JJ" or (
            first == 2 and other.tag == "NNP" and lexicon.zipf(other.text.casefold()) >= 4
        )
        # "Red and white blood cells", "the physical and chemical properties"; not "became
        # cheap and solar power spread", where the first adjective ends a clause.
        plain = plain and (first == 2 or tokens[first - 3].tag in {"DT", "IN", "PRP$", "CC", ","})
        if plain and tokens[first].tag in {"JJ", "NN"} and last - first > 1:
            return True  # "Red and _____ blood cells"
        end = last
    elif last + 1 < len(tokens) and tokens[last].text.casefold() in {"and", "or"}:
        end = last + 1
        while end < len(tokens) and tokens[end].tag in {"NN", "NNS", "JJ", "NNP", "NNPS"}:
            end += 1
        if end == last + 1:
            return False
    else:
        return False
    after = " ".join(t.text.casefold() for t in tokens[end : end + 3])
    return after.startswith(_EXAMPLE_CLOSERS)


# What gives the words before it as examples of a kind.
_EXAMPLE_CLOSERS = (
    "are examples", "are types", "are kinds", "are forms", "are both", "are two examples",
    "are common examples",
)


def _category_of_the_name_before(tokens: tuple[Token, ...], first: int) -> bool:
    """Return True for the head of "X, a (large) Y": the class of the X named just before."""
    at = first
    while at > 0 and tokens[at - 1].tag in {"JJ", "RB", "VBN"}:
        at -= 1
    return (
        at >= 3
        and tokens[at - 1].text.casefold() in {"a", "an"}
        and tokens[at - 2].text == ","
        and tokens[at - 3].tag.startswith("NN")
    )


def _word_of_a_name_in_the_sentence(tokens: tuple[Token, ...], span: Span) -> bool:
    """Return True for a term one of whose nouns a name in the sentence holds: "Bodmin
    Borough Police was the municipal _____" (police force)."""
    nouns = {
        lexicon.noun_lemma(t.text.casefold())
        for t in tokens[span.first : span.last]
        if t.tag.startswith("NN") and t.text.isalpha() and t.text.islower()
    }
    return any(
        t.text[:1].isupper() and lexicon.noun_lemma(t.text.casefold()) in nouns
        for at, t in enumerate(tokens)
        if at and not span.first <= at < span.last and t.tag in {"NNP", "NNPS"}
    )


def _shares_of_a_whole(entities: Sequence[Span], tokens: Sequence[Token]) -> bool:
    """Return True when the sentence's three or more percentages add up to 100, none of them
    a change's ("rose from 20% to 30%", which adds up by chance)."""
    shares = [e for e in entities if e.label == "PERCENT" and e.value is not None]
    if any(e.first and tokens[e.first - 1].text.casefold() in {"from", "to", "by"} for e in shares):
        return False
    total = sum(e.value or 0.0 for e in shares)
    return len(shares) >= 3 and abs(total - 100) <= _ROUNDING * len(shares)


# How far a share may be off by rounding: "33%, 33% and 33%" make a whole.
_ROUNDING = 0.5


def _stat_line(tokens: Sequence[Token], span: Span) -> bool:
    """Return True for a count of a game's statistic beside another in one sentence:
    "17 points and six assists", "10 points and 11 rebounds", "Dudley scored 16"."""
    counted = [
        at
        for at in range(len(tokens) - 1)
        if tokens[at].tag == "CD" and tokens[at + 1].text.casefold() in _GAME_STATISTICS
    ]
    unit = tokens[span.last].text.casefold() if span.last < len(tokens) else ""
    own = span.last - span.first == 1 and unit in _GAME_STATISTICS
    return (own or span.text.split()[-1].casefold() in _GAME_STATISTICS) and len(counted) >= 2


# A player's numbers in a game report, each one of a box score's many.
_GAME_STATISTICS = frozenset(
    {"points", "rebounds", "assists", "steals", "blocks", "turnovers", "yards", "carries",
     "receptions", "tackles", "sacks", "strikeouts", "hits", "saves", "catches", "touchdowns"}
)  # fmt: skip


def _number_in_a_name(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Return True when a number is part of a name: "iPad 2", "Xbox 360", "826 D.C."."""
    before = tokens[first - 1] if first > 0 else None
    after = tokens[last] if last < len(tokens) else None
    if (
        before is not None
        and (first > 1 or before.tag == "NNP" or before.text.casefold() in gazetteer.VENUE_WORDS)
        and before.tag.startswith("NN")
        and before.text.isalpha()
        and any(ch.isupper() for ch in before.text)  # "Xbox 360", "iPad 2"
        and before.text.casefold().rstrip(".") not in TITLES
    ):
        return True
    return (
        after is not None
        and after.tag.startswith("NNP")
        and after.text[:1].isupper()
        and last + 1 < len(tokens)
        and not tokens[last + 1].tag.startswith("NN")
        and after.text.casefold() not in gazetteer.DEMONYMS
    )


def _number_as_a_label(tokens: tuple[Token, ...], span: Span) -> bool:
    """Return True for a number that names the thing after it: "a 911 emergency operator",
    "an 800 number" ("a" goes with the one thing, so the number counts nothing). Not "a
    100 metre race", whose number measures."""
    if span.first == 0 or span.last >= len(tokens) or span.last - span.first != 1:
        return False
    number, after = tokens[span.first], tokens[span.last]
    return (
        tokens[span.first - 1].text.casefold() in {"a", "an"}
        and number.text.isdigit()
        and len(number.text) >= _LABEL_DIGITS
        and after.tag == "NN"
        and not lexicon.is_unit(after.text)
        and after.text.casefold() not in {"percent", "per", "cent"}
    )


# Numbers of fewer digits after "a" are counts said loosely: "a 3 bedroom house".
_LABEL_DIGITS = 3


def _joined_to_a_name(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Return True when "of (the)"/"for the"/"'s", a name particle or a dash joins the span
    to more of its name.

    "the Commission for the Protection of the Danube River" is one name; the NLP
    layer sometimes cuts it in two, and blanking either half reads as nonsense.
    "to Belarus for COVID-19 vaccine" is not joined: "for" alone is no joiner.
    So are "Ibn al-Wafid", "Les Celliers Jean d'Alibert" (a lower-case particle
    goes on with the name), "University of Wisconsin—Madison" (a dash with no
    space beside it), and "McDonald's" (a name English writes with its "'s").
    """
    if goes_on_past(tokens, first, last):
        return True
    at = first
    while at > 0 and tokens[at - 1].text.casefold() in _NAME_JOINERS:
        at -= 1
    joiner = tuple(t.text.casefold() for t in tokens[at:first])
    if (
        joiner in _JOINS
        and at > 1
        and tokens[at - 1].text[:1].isupper()
        and tokens[at - 1].tag.startswith("NN")
    ):
        return True
    if (
        last + 1 < len(tokens)
        and tokens[last].text in {"'s", "’s"}
        and tokens[last + 1].text[:1].isupper()
        and tokens[last + 1].tag.startswith("NNP")
    ):
        return True  # "Levi" of "Levi's Stadium"
    at = last
    while at < len(tokens) and tokens[at].text.casefold() in _NAME_JOINERS:
        at += 1
    joiner = tuple(t.text.casefold() for t in tokens[last:at])
    return joiner in _JOINS and at < len(tokens) and tokens[at].text[:1].isupper()


def _distinguishing_modifiers(view: SentenceView, span: Span, kind: str) -> Span | None:
    """Return the words that set a term apart from another of the sentence with its head noun.

    "the innate immune system versus the adaptive immune system": blanking a
    whole term leaves its head beside the blank, but what a reader must recall
    is which kind, "the _____ immune system". None without such a contrast, or
    when those words are said elsewhere in the sentence too.
    """
    if kind != "term" or span.last - span.first < 2:
        return None
    tokens = view.tokens
    ours = [lexicon.noun_lemma(t.text) for t in tokens[span.first : span.last]]
    shared = 0
    for at in range(len(tokens)):
        if span.first <= at < span.last or lexicon.noun_lemma(tokens[at].text) != ours[-1]:
            continue
        same = 1  # the head; then the modifiers before both, while they agree
        while (
            same < len(ours)
            and at - same >= 0
            and lexicon.noun_lemma(tokens[at - same].text) == ours[-1 - same]
        ):
            same += 1
        other = tokens[at - same] if at - same >= 0 else None
        if (
            same < len(ours)
            and other is not None
            and other.tag in _TERM_MODIFIER_TAGS | {"VBN"}
            and _MODIFIER.fullmatch(other.text)
            and other.text.casefold() not in _GENERIC_MODIFIERS
        ):
            shared = max(shared, same)
    if not shared:
        return None
    words = tokens[span.first : span.last - shared]
    trimmed = Span(
        "NP",
        view.text[words[0].start : words[-1].end],
        span.first,
        span.last - shared,
        words[0].start,
        words[-1].end,
    )
    return None if _repeated_in_sentence(view.text, trimmed, "modifier") else trimmed


_LONG_DERIVED = 10
# A word this rare is no English word ("vark", Afrikaans for pig).
_FOREIGN_ZIPF = 1.5


def _derived_in_sentence(text: str, span: Span, kind: str) -> bool:
    """Return True when a word outside the blank is made from an answer word: "carnivorous"
    beside "carnivores", "Egyptian" beside "Egypt" (a name's derived word is capitalised),
    or holds a rare answer word whole ("metarteriole" beside "arteriole").

    A common word is no clue: "economic" beside "economy" says little.
    """
    by_prefix, counts = _sentence_words(text)
    inside = Counter(_LETTERS.findall(span.text))
    for word in inside:
        lower = word.casefold()
        foreign = len(lower) >= 4 and lexicon.zipf(lower) < _FOREIGN_ZIPF
        if (
            (len(lower) < 5 and not foreign)
            or lower in gazetteer.ORG_WORDS
            or lower in gazetteer.FEATURE_WORDS
        ):
            continue  # "University" of two universities' names gives neither away
        if kind == "term" and lexicon.zipf(lower) > _DERIVED_CLUE_ZIPF:
            continue
        # "vark" in "aardvark": a short word too, if no English one.
        if kind == "term" and (len(lower) >= 6 or foreign) and any(
            lower in other.casefold() and len(other) > len(lower) + 1 for other in counts
        ):
            return True  # "arteriole" inside "metarteriole", "thalamus" in "hypothalamus"
        # A long word's ending changes more: "endosymbionts" beside "endosymbiotic".
        stem = lower[: max(5, len(lower) - (3 if len(lower) >= _LONG_DERIVED else 2))]
        for other in by_prefix.get(lower[:5], ()):
            folded = other.casefold()
            if (
                counts[other] > inside[other]
                and folded != lower
                and folded.startswith(stem)
                and folded not in {lower + "s", lower + "es"}
                and (len(lower) > 5 or other[:1].isupper())
            ):
                return True
    return False


@word_cache(maxsize=256)
def _sentence_words(text: str) -> tuple[dict[str, list[str]], Counter[str]]:
    """Return a sentence's words by their first five letters (folded), and their counts."""
    counts = Counter(_LETTERS.findall(text))
    by_prefix: dict[str, list[str]] = {}
    for word in counts:
        if len(word) >= 5:
            by_prefix.setdefault(word[:5].casefold(), []).append(word)
    return by_prefix, counts


def _repeated_in_sentence(text: str, span: Span, kind: str) -> bool:
    """Return True when the sentence shows the answer (or a name's surname) outside the blank."""
    needles = [span.text]
    if kind in NAME_KINDS or span.label == "PERSON":
        # A surname gives its person away; of other names only a distinctive word does:
        # "Apollo" beside "Project Apollo", not "European" beside "European Parliament".
        needles += [
            w
            for w in span.text.split()
            if len(w) > 3
            and w[:1].isupper()
            and (
                kind == "person"
                or span.label == "PERSON"  # "President-elect Donald J. Trump" … "Mr. Trump"
                or lexicon.zipf(w.casefold()) < _DISTINCTIVE_ZIPF
            )
        ]
    elif kind == "term":
        head = span.text.split()[-1]
        needles.append(lexicon.noun_lemma(head))
    # Whole words of the sentence, and of the answer, each counted once per occurrence.
    sentence = f" {normal_form(text)} "
    answer = f" {normal_form(span.text)} "
    for needle in needles:
        norm = normal_form(needle)
        if not norm:
            continue
        for form in (norm, norm + "s", norm + "es"):
            if sentence.count(f" {form} ") > answer.count(f" {form} "):
                return True
    if kind == "term" and len(span.text.split()) > 1:
        # "the first _____ … second polar bodies": a plural that is no "-s" away.
        lemmas = f" {_lemmas(text)} "
        return lemmas.count(f" {_lemmas(span.text)} ") > 1
    return False


def _lemmas(text: str) -> str:
    return " ".join(lexicon.noun_lemma(word) for word in normal_form(text).split())


def _score(
    view: SentenceView, span: Span, kind: str, article: _ArticleWords, *, contrast: bool = False
) -> tuple[float, tuple[str, ...]]:
    """Return (score in 0..1, reasons): central? specific? not guessable from its sentence?

    `contrast`: the answer is the rare words that tell the term at `span` from
    another kind of it in the sentence ("the _____ ice zone and the polar ice
    zone"): the sentence sets out two kinds, and which is which is the fact.
    """
    score = _BASE_SCORE.get(kind, 0.5)
    reasons = [f"{kind}"]
    count = article.mentions[_mention_key(span.text, kind)]
    if count >= 2:
        score += min(0.15, 0.05 * (count - 1))
        reasons.append(f"mentioned {count}x in the article")
    if view.index < max(3, article.n_sentences // 5):
        score += 0.05
        reasons.append("lead of the article")
    if kind == "term":
        words = span.text.split()
        head = words[-1]
        if (
            head.casefold() in lexicon.VAGUE_NOUNS
            or lexicon.noun_lemma(head) in lexicon.VAGUE_NOUNS
            or (len(words) == 1 and head.casefold() in lexicon.GENERAL_NOUNS)
        ):
            return 0.0, ()  # "the _____ of immunosuppressive medication": "use" is no term
        if not lexicon.is_noun(head) and (
            head.casefold().endswith(("ing", "ed")) or _verb_form(head)
        ):
            return 0.0, ()  # "a leaking shed", "Spiegler remembers": a verb tagged as a noun
        if lexicon.is_unit(head):
            return 0.0, ()  # "several tonnes": the unit is not the fact, the number is
        after = view.tokens[span.last] if span.last < len(view.tokens) else None
        if after is not None and (after.tag == "RP" or after.text.casefold() in _PARTICLES):
            return 0.0, ()  # "Season 3 wraps up": a verb tagged as a noun
        if after is not None and after.text == "by" and _participle(head):
            return 0.0, ()  # "a tunnel lit by oil lamps": a participle tagged as a noun
        phrase = article.phrases[terms.phrase_key(words)] if len(words) > 1 else 0
        in_title = lexicon.noun_lemma(head) in article.title_words
        bonus, why = (
            (0.15, f"tells two kinds of {head} apart")
            if contrast
            else terms.specificity(
                view.tokens, span.first, span.last, count, phrase, in_title=in_title
            )
        )
        if not why:
            return 0.0, ()  # a common word or phrase, or one said once in passing
        score += bonus
        reasons.append(why)
    elif kind in NUMERIC_KINDS or kind in DATE_KINDS:
        reasons.append("specific value")
    n_tokens = len(view.tokens)
    if n_tokens > 40:
        score -= 0.1
        reasons.append("long sentence")
    if view.resolved:
        score -= 0.03
        # "the company" shown as the business's name spans two words of the sentence.
        said = "a reference" if view.merged else "pronoun"
        reasons.append(f"{said} resolved to {view.resolved}")
    return round(max(0.0, min(1.0, score)), 3), tuple(reasons)


def _calls_a_name_again(tokens: tuple[Token, ...], span: Span, labels: frozenset[str]) -> bool:
    """Return True for "the Japanese car maker" after "car maker Mitsubishi": a definite
    phrase whose noun the article sets before names as their label (not "rubber bands"
    after "the band Coldplay")."""
    if lexicon.noun_lemma(tokens[span.last - 1].text.casefold()) not in labels:
        return False
    at = span.first - 1
    while at >= 0 and tokens[at].tag in {"JJ", "NNP", "NNPS", "VBN"}:
        at -= 1  # "the Japanese", "the struggling"
    return at >= 0 and tokens[at].text.casefold() in {"the", "this", "that"}


def _name_labels(document: Document) -> frozenset[str]:
    """Return the lower-case nouns the article writes right before a name: "carmaker" of
    "carmaker Peugeot", "maker" of "car maker Mitsubishi Motors"."""
    return frozenset(
        lexicon.noun_lemma(before.text)
        for sentence in document.sentences
        for entity in sentence.entities
        if entity.first > 0
        and entity.label in _LABELLED_NAMES
        and (before := sentence.tokens[entity.first - 1]).tag in ("NN", "NNS")
        and before.text.isalpha()
        and before.text.islower()
        # a role or a body ("economist", "carmaker"), not a kind of thing ("the alga X")
        and lexicon.first_sense_lexname(before.text.casefold()) in _LABEL_LEXNAMES
    )


def _title_before_a_name(tokens: tuple[Token, ...], last: int) -> bool:
    """Return True when a capitalised name follows the span directly: "analyst Guy Peddy"."""
    return (
        last + 1 < len(tokens)
        and tokens[last].tag == "NNP"
        and tokens[last + 1].tag == "NNP"
        and tokens[last].text[:1].isupper()
    )


def _bound_given_elsewhere(tokens: tuple[Token, ...], span: Span) -> bool:
    """Return True for a range of years one of whose years the sentence writes outside it:
    "In 1990, he entered the college, where he played from 1990 to 1993"."""
    years = {t.text for t in tokens[span.first : span.last] if _YEAR.fullmatch(t.text)}
    return bool(years) and span.last - span.first > 1 and any(
        t.text in years for at, t in enumerate(tokens) if not span.first <= at < span.last
    )


def _long_quoted_title(tokens: tuple[Token, ...], span: Span) -> bool:
    """Return True for a whole quoted title of many words: 'under the headline "The Debut of
    an American Writer"' asks for a headline word for word, no fact."""
    return (
        span.last - span.first >= _LONG_TITLE_WORDS
        and span.first > 0
        and span.last < len(tokens)
        and tokens[span.first - 1].text in OPEN_QUOTES
        and tokens[span.last].text in CLOSE_QUOTES
    )


# Words of a quoted title too long to recall word for word.
_LONG_TITLE_WORDS = 5


def _subtitle(tokens: tuple[Token, ...], span: Span) -> bool:
    """Return True for words after a capitalised word and a colon: the subtitle of a work
    ("Big Magic: Creative Living Beyond Fear", "Committed: A Skeptic Makes Peace with
    Marriage"), half a title to ask."""
    if span.first < 2 or tokens[span.first - 1].text != ":":
        return False
    return tokens[span.first - 2].text[:1].isupper()


def _region_after_its_town(view: SentenceView, span: Span) -> bool:
    """Return True for a place written after another and a comma, as an address gives a
    town's region or country: "in Welland, Ontario", "Austin, Texas"."""
    if span.first < 2 or view.tokens[span.first - 1].text != ",":
        return False
    return any(
        entity.label in {"GPE", "LOC"} and view.token_index(entity.last) == span.first - 1
        for entity in view.sentence.entities
    )


def _address_or_road(tokens: tuple[Token, ...], span: Span) -> bool:
    """Return True for a number that is a house's in an address ("80 King Street West") or
    a road's ("the Highway 407 & 400 interchange"): a label, no count to learn."""
    if span.last - span.first != 1 or not tokens[span.first].text[:1].isdigit():
        return False
    words = [t.text.casefold() for t in tokens[span.last : span.last + _STREET_REACH]]
    for at, token in enumerate(tokens[span.last : span.last + _STREET_REACH]):
        if not token.text[:1].isupper():
            break
        if words[at].rstrip(".") in _STREET_WORDS and at > 0:
            return True
    before = [t.text.casefold() for t in tokens[max(0, span.first - 3) : span.first]]
    return len(before) == 3 and before[0] in _ROAD_WORDS and before[2] in {"&", "and"}


# A street's name is short: "80 South Michigan Avenue".
_STREET_REACH = 4
_STREET_WORDS = frozenset({
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive",
    "way", "place", "square", "quay", "crescent", "terrace", "parkway", "row", "strasse",
})  # fmt: skip
_ROAD_WORDS = frozenset({"highway", "route", "interstate", "motorway", "freeway"})


def _without_initials(folded: str) -> str:
    """Return a person's folded name without its middle initials: "elizabeth gilbert" of
    "Elizabeth M. Gilbert", whom an article titled "Elizabeth Gilbert" is about."""
    words = folded.split()
    return " ".join([words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]) if words else ""


def _century_given_elsewhere(tokens: tuple[Token, ...], span: Span) -> bool:
    """Return True for a century that the rest of the sentence gives away: a year it writes
    falls in it ("maps from the _____ (16th and 17th centuries), … engraved in 1610"), or
    it names the century next to it ("the end of the 12th century or the beginning of the
    _____")."""
    if "centur" not in span.text.casefold():
        return False
    centuries = {int(n) for n in _CENTURY_NUMBER.findall(span.text)}
    outside = [t for at, t in enumerate(tokens) if not span.first <= at < span.last]
    if any(
        (int(year) - 1) // 100 + 1 in centuries
        for t in outside
        for year in _YEARS_IN_A_WORD.findall(t.text)
    ):
        return True
    named = {
        int(found[1])
        for t, after in itertools.pairwise(outside)
        if (found := _CENTURY_NUMBER.fullmatch(t.text))
        and after.text.casefold().startswith("centur")
    }
    return any(abs(n - c) == 1 for n in named for c in centuries)


# "16th", "17th" of "the 16th and 17th centuries"; a year inside a word ("1563–1612").
_CENTURY_NUMBER = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
_YEARS_IN_A_WORD = re.compile(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)")


def _initials_elsewhere(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Return True for a body's name whose initials the sentence writes elsewhere: "co-owned
    by General Electric…, a GE spokesman said" (a person's initials are seldom written so,
    and match by chance: "Mark Pritchard, the MP")."""
    words = [t.text for t in tokens[first:last] if t.text.casefold() not in _INITIAL_SKIPS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    initials = "".join(w[0] for w in words)
    return any(t.text == initials for at, t in enumerate(tokens) if not first <= at < last)


# Small words a body's initials leave out: "Bank of England" is "BoE" or "BE".
_INITIAL_SKIPS = frozenset({"of", "the", "and", "for", "&"})


def _spelled_out(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Return True for an acronym whose expansion the sentence gives beside it, or an
    expansion whose acronym it gives: "Federal Communications Commission (FCC)" either way
    round, "the IBT, or Internet-based Test", "attention-deficit/hyperactivity disorder
    (ADHD)". Only an aliasing link counts ("(", "or", "called"): "Mark Pritchard, the MP
    for…" spells "MP" by chance."""
    if last == first + 1 and _ACRONYM.fullmatch(tokens[first].text):
        acronym = tokens[first].text
        # Its expansion has a word for each letter, or fewer words of several parts each.
        longest = len(acronym) + 2
        before = any(
            _aliased(tokens, end, first) and _spells(tokens[end - size : end], acronym)
            for end in range(max(1, first - _MAX_ALIAS_GAP), first)
            for size in range(1, min(longest, end) + 1)
        )
        return before or any(
            _aliased(tokens, last, start) and _spells(tokens[start : start + size], acronym)
            for start in range(last + 1, min(len(tokens), last + _MAX_ALIAS_GAP + 1))
            for size in range(1, min(longest, len(tokens) - start) + 1)
        )
    return last - first > 1 and any(
        _spells(tokens[first:last], token.text)
        and (_aliased(tokens, last, at) if at >= last else _aliased(tokens, at + 1, first))
        for at, token in enumerate(tokens)
        if not first <= at < last and _ACRONYM.fullmatch(token.text)
    )


def _aliased(tokens: tuple[Token, ...], end: int, start: int) -> bool:
    """Return True when the words between `end` and `start` link two names of one thing:
    "(", ", or", "called", "known as"."""
    gap = [t.text.casefold() for t in tokens[end:start]]
    return (
        0 < len(gap) <= _MAX_ALIAS_GAP
        and any(word in _ALIAS_LINKS for word in gap)
        and all(word in _ALIAS_GAP_WORDS for word in gap)
    )


# Words that make two names of one thing: "X (Y)", "X, or Y", "X, known as Y".
_ALIAS_LINKS = frozenset({"(", ")", "[", "]", "or", "called", "known", "stands", "short"})
_ALIAS_GAP_WORDS = _ALIAS_LINKS | frozenset({",", "the", "as", "for", "a", "an", "“", "”", '"'})
_MAX_ALIAS_GAP = 4


def _spells(words: Sequence[Token], acronym: str) -> bool:
    """Return True when the words spell the acronym: their capitals' first letters, every
    part's first letter but small words' ("attention-deficit/hyperactivity disorder": ADHD),
    or each word's first syllable (`_letters_in_order`: "adenosine triphosphate", ATP).

    Two lower-case words spell two letters too often by chance ("increased taxes": IT).
    """
    if not words[0].text[:1].isalpha() or not words[-1].text[:1].isalpha():
        return False
    if words[0].text[:1].isupper() and acronym_of(acronym, " ".join(w.text for w in words)):
        return True  # "Bank of England" for "BOE"
    if _letters_in_order(acronym, words):
        return True  # "Airline Passenger Experience Association" for "APEX"
    parts = (p for w in words for p in _WORD_PARTS.split(w.text))
    letters = "".join(p[0].upper() for p in parts if p.isalpha() and not lexicon.is_stopword(p))
    return len(acronym) > 2 and acronym == letters


def _dates_a_report(tokens: tuple[Token, ...], span: Span) -> bool:
    """Return True for a date that modifies a report's noun after "a"/"the": "a 2014 study"."""
    before = tokens[span.first - 1].text.casefold() if span.first else ""
    after = tokens[span.last].text.casefold() if span.last < len(tokens) else ""
    return before in {"a", "an", "the"} and after in _REPORT_NOUNS


_REPORT_NOUNS = frozenset(
    {"study", "report", "survey", "paper", "poll", "analysis", "review", "article",
     "estimate", "census", "interview", "statement", "ranking", "index"}
)  # fmt: skip


def _footnote_number(tokens: tuple[Token, ...], first: int) -> bool:
    """Return True for a number in a reference mark: "[note 4]", "[12]"."""
    before = [t.text.casefold() for t in tokens[max(0, first - 2) : first]]
    return "[" in before and before[-1] in {"[", "note"}


def _opposite_in_sentence(text: str, span: Span) -> bool:
    """Return True for a name of a compass point whose opposite the sentence names with the
    same rest: "North Island" beside "South Island", "East Germany" beside "West Germany"."""
    words = span.text.split()
    opposite = _OPPOSITE_POINTS.get(words[0].casefold()) if len(words) > 1 else None
    if opposite is None:
        return False
    rest = " ".join(words[1:])
    return re.search(rf"\b{opposite}\s+{re.escape(rest)}\b", text, re.IGNORECASE) is not None


_OPPOSITE_POINTS = {
    "north": "south", "south": "north", "east": "west", "west": "east",
    "northern": "southern", "southern": "northern", "eastern": "western", "western": "eastern",
    "upper": "lower", "lower": "upper", "inner": "outer", "outer": "inner",
    "old": "new", "new": "old",
}  # fmt: skip


def _letters_in_order(acronym: str, words: Sequence[Token]) -> bool:
    """Return True when an acronym of three or more letters is made of the words' first
    syllables: each word gives its first letter and maybe more of its letters, in order
    ("Experience" gives "EX" of "APEX", "phosphate" "PH" of "NADPH"); a small word such as
    "of" may give none ("Association of Southeast Asian Nations": ASEAN)."""
    # Three names at least: "Kelvin Kiptum (KEN)" is a runner and his country's code.
    capitalised = [w.text[:1].isupper() for w in words if w.text.isalpha()]
    if len(acronym) < 3 or not all(w.text.replace("-", "").isalpha() for w in words):
        return False
    if len(words) >= 3 and all(capitalised):
        letters = iter("".join(w.text for w in words).upper())
        return acronym[0] == words[0].text[0] and all(letter in letters for letter in acronym)
    fewest = 3 if all(capitalised) else 2  # "Mycobacterium tuberculosis (MTB)"
    letters = acronym.replace("-", "").upper()  # "multiple drug-resistant tuberculosis"
    return fewest <= len(words) and _spelled_by(letters, [w.text.upper() for w in words])


def _spelled_by(letters: str, words: list[str]) -> bool:
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if lexicon.is_stopword(word.lower()) and _spelled_by(letters, rest):
        return True
    if not letters or letters[0] != word[0]:
        return False
    # The word gives letters[:taken], a run of its letters in order after its first.
    taken, at = 1, 1
    while True:
        if _spelled_by(letters[taken:], rest):
            return True
        if taken == len(letters):
            return False
        at = word.find(letters[taken], at)
        if at < 0:
            return False
        taken, at = taken + 1, at + 1


def _beside_its_formula(tokens: tuple[Token, ...], span: Span) -> bool:
    """Return True for a chemical formula in brackets after its substance's name, or that
    name before its formula: "sulfur dioxide (SO2)", "hydrogen sulfide (H2S) gas"."""
    first, last = span.first, span.last

    def formula_at(at: int) -> bool:
        inside = 0 < at < len(tokens) - 1 and tokens[at - 1].text == "("
        return inside and tokens[at + 1].text == ")" and bool(_FORMULA.fullmatch(tokens[at].text))

    if last == first + 1 and formula_at(first):
        return first >= 2 and tokens[first - 2].text[:1].isalpha()
    return last + 2 < len(tokens) and tokens[last].text == "(" and formula_at(last + 1)


# A chemical formula: element symbols, at least one with a count ("SO2", "H2SO4", "CO2").
_FORMULA = re.compile(r"(?=\S*\d)(?:[A-Z][a-z]?\d*){1,8}[+-]?")
_ACRONYM = re.compile(r"[A-Z]{2,}(?:-[A-Z]+)*")  # "FCC", "MDR-TB"
_WORD_PARTS = re.compile(r"[-/]")


def _converted(tokens: tuple[Token, ...], first: int) -> bool:
    """Return True for a value in brackets right after another value: "50 km (31 mi)", and
    each value of a compound one: "1.5 m (4 ft 11 in)" or "£5.7bn ($10.7bn; 8.2bn euros)"."""
    at = next(
        (i for i in range(first - 1, max(0, first - 8), -1) if tokens[i].text in ("(", "-LRB-")),
        0,
    )
    if at < 1 or not all(
        t.tag == "CD" or lexicon.is_unit(t.text) or t.text in _BETWEEN_VALUES
        for t in tokens[at + 1 : first]
    ):
        return False
    # "PS20,000 (200,000 yuan)": a price the tagger took for a name is still a value; the
    # "G20 (19 countries…)" is a name.
    before = tokens[max(0, at - 3) : at]
    return any(t.tag == "CD" or _VALUE_IN_A_NAME.fullmatch(t.text) for t in before)


# What may stand between the values of one conversion: "($10.7bn; 8.2bn euros)".
_BETWEEN_VALUES = frozenset(
    {";", ",", "$", "£", "€", "¥", "US$", "euros", "dollars", "pounds", "bn", "m", "tn", "k"}
    | {"million", "billion", "trillion"}
)
# A value glued to a currency's letters or a unit: "PS20,000", "US$5,000", "25-foot".
_VALUE_IN_A_NAME = re.compile(r"\D{0,3}\d{1,3}(?:,\d{3})+|\D{0,3}\d{3,}|\d+(?:\.\d+)?-[a-z]+")


def _share_said_in_words(tokens: tuple[Token, ...], first: int) -> bool:
    """Return True for a percentage in brackets after the same share in words: "Almost a
    quarter (21%)", "two thirds (64%)"."""
    if first < 3 or tokens[first - 1].text != "(":
        return False
    fraction = tokens[first - 2].text.casefold()
    counted = tokens[first - 3].text.casefold()  # "a quarter", "two thirds", not "third quarter"
    return fraction in _FRACTIONS and (counted in _SHARE_COUNTS or fraction == "half")


_SHARE_COUNTS = frozenset({"a", "one", "two", "three", "four", "nine"})
_FRACTIONS = frozenset(
    {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"}
)


def _season_of_two_years(tokens: tuple[Token, ...], span: Span) -> bool:
    """Return True for a year that a season's other year gives: "2007–08", "1998-99"."""
    after = [t.text for t in tokens[span.last : span.last + 2]]
    return (
        bool(_YEAR.fullmatch(span.text))
        and len(after) == 2
        and after[0] in {"–", "-", "—", "/"}
        and after[1].isdigit()
        and len(after[1]) == 2
    )


def _participle(word: str) -> bool:
    """Return True for an inflected verb form ("lit" of "light"), not a verb's own base form."""
    base = lexicon.wordnet().morphy(word.casefold(), "v")
    return bool(base) and base != word.casefold()


@word_cache
def _verb_form(word: str) -> bool:
    """Return True when WordNet knows the lower-case word only as a verb form ("remembers")."""
    return word.islower() and bool(lexicon.wordnet().morphy(word, "v"))


def _noun_compound(tokens: tuple[Token, ...]) -> bool:
    """Return True when every word is a noun ("energy sector", not "regional level")."""
    return all(t.tag in {"NN", "NNS"} for t in tokens)


def _mention_key(text: str, kind: str = "") -> str:
    words = normal_form(text).split()
    if not words:
        return ""
    return lexicon.noun_lemma(words[-1]) if kind == "term" else words[-1]


def _paired_names(document: Document) -> frozenset[str]:
    """Return the names of two words joined by "&" or "and", as "dolce gabbana"."""
    found = set()
    for sentence in document.sentences:
        for entity in sentence.entities:
            words = entity.text.split()
            if len(words) == 3 and words[1] in ("&", "and") and entity.label != "PERSON":
                found.add(normal_form(f"{words[0]} {words[2]}"))
    return frozenset(found)


def _half_of_a_pair(tokens: Sequence[Token], span: Span, pairs: frozenset[str]) -> bool:
    """Return True for one word of a pair the article names as one ("Dolce & Gabbana"),
    written "Dolce and Gabbana" where the name finder saw two people."""
    if not pairs or span.last - span.first != 1:
        return False
    after = span.last + 1 < len(tokens) and tokens[span.last].text in ("&", "and")
    if after and normal_form(f"{span.text} {tokens[span.last + 1].text}") in pairs:
        return True
    before = span.first > 1 and tokens[span.first - 1].text in ("&", "and")
    return before and normal_form(f"{tokens[span.first - 2].text} {span.text}") in pairs


def _named_only_as_sources(document: Document, article: _ArticleWords) -> frozenset[str]:
    """Return the names (folded words) the article mentions only inside attributions: a
    police spokesman quoted three times is still only whom the reporter asked. Not one
    who leads ("Chief executive Anna Berglund said"): who runs the firm is a fact."""
    in_zones: Counter[str] = Counter()
    leading: set[str] = set()
    for index, sentence in enumerate(document.sentences):
        tokens = sentence.tokens
        for first, last in _attributions(tokens, opening=index not in article.quoted):
            names = [normal_form(t.text) for t in tokens[first:last] if t.tag.startswith("NNP")]
            in_zones.update(names)
            if any(t.text.casefold() in _LEADING_ROLES for t in tokens[first:last]):
                leading.update(names)
    return frozenset(
        word
        for word, count in in_zones.items()
        if count == article.mentions[word] and word not in leading
    )


# Roles of someone who leads what the story is about, not of a spokesman.
_LEADING_ROLES = frozenset(
    {"chief", "ceo", "president", "chairman", "chairwoman", "founder", "minister",
     "premier", "chancellor", "mayor", "governor", "leader", "king", "queen", "coach", "captain"}
)  # fmt: skip


def _mention_counts(document: Document) -> Counter[str]:
    """Count how often each name's last word / each term's head is mentioned in the article."""
    counts: Counter[str] = Counter()
    for sentence in document.sentences:
        for token in sentence.tokens:
            if token.tag in {"NN", "NNS"}:
                counts[lexicon.noun_lemma(token.text)] += 1
            elif token.tag.startswith("NN"):
                counts[normal_form(token.text)] += 1
    return counts
