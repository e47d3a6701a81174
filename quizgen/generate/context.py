"""Which sentences can stand alone as a question, and their cleaned text.

A question shows one sentence out of its article, so that sentence must make
sense alone: leading connectives ("However,") are dropped, a sentence-initial
"He"/"She"/"It" is replaced by the entity it refers to when that is safe,
and sentences that need their neighbours (first-person quotes, "This", "They")
are not used.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from quizgen.generate import lexicon, quotations
from quizgen.generate.kinds import kind_of
from quizgen.generate.people import (
    SPEECH_VERBS,
    TITLE_PRONOUNS,
    full_names_by_family,
    person_evidence,
    pronouns_said,
)
from quizgen.generate.quotations import Quotation, bare_attribution, find_quotations
from quizgen.nlp import gazetteer
from quizgen.nlp.document import Document, Sentence, Span, Token
from quizgen.nlp.names import WordKnowledge, family_word
from quizgen.nlp.numeric import MONTHS, WEEKDAYS

_CONNECTIVE = re.compile(
    r"^(?:however|meanwhile|moreover|furthermore|in addition|additionally|also|nevertheless|"
    r"nonetheless|still|thus|therefore|hence|consequently|as a result|instead|indeed|notably|"
    r"besides|likewise|similarly|in turn|at the same time|of course|in fact|recall that|"
    r"note that|but|and|so|yet|then|finally|lastly|firstly|secondly|for instance|for example|"
    r"alternatively|accordingly|in contrast|by contrast|on the other hand)\b(\s*,|)\s+(\w*)",
    re.IGNORECASE,
)
# Connectives that may open a sentence without a comma ("So the council voted..."); the
# others ("Still", "Instead", "In addition") need one, or they begin a phrase: "Instead of".
_BARE_CONNECTIVES = frozenset({
    "however", "meanwhile", "moreover", "furthermore", "additionally", "also", "nevertheless",
    "nonetheless", "thus", "therefore", "hence", "consequently", "indeed", "likewise",
    "similarly", "but", "and", "so", "yet", "then", "recall that", "note that", "alternatively",
    "accordingly",
})  # fmt: skip
# After a bare connective, words that make it part of a phrase: "So far", "So much", "Yet to".
_PHRASE_AFTER = frozenset({"far", "much", "many", "long", "as", "that", "of", "to", "if", "too"})


def leading_connective(text: str) -> int:
    """Return the length of a connective opening `text` ("However, "), or 0 if none does.

    A textbook's pointer to a figure the card cannot show ("As shown in Figure 26.14, ")
    counts as one.
    """
    figure = _FIGURE_POINTER.match(text)
    if figure is not None:
        return figure.end()
    match = _CONNECTIVE.match(text)
    if match is None:
        return 0
    word = match.group(0)[: match.start(1)].casefold()
    if not match.group(1) and (
        word not in _BARE_CONNECTIVES or match.group(2).casefold() in _PHRASE_AFTER
    ):
        return 0
    return match.start(2)


_FIGURE_POINTER = re.compile(
    r"As (?:shown|illustrated|seen|depicted|pictured) in (?:Figures?|Fig\.|Table) "
    r"[\d.]+[a-z]?(?: and [\d.]+[a-z]?)?, ",
)
# Lines that are not article prose even when a reader let them through.
NOT_PROSE = re.compile(
    r"^(?:photo|image|picture|caption|credit|source|sources|read more|see also|related|"
    r"copyright|video|advertisement|tags?)\s*[:|-]",
    re.IGNORECASE,
)
_APOSTROPHE = re.compile(r"['’]")
# Verbs that open a sentence only as a question (or after a subject the text lost).
# (Not "Do", "Have": "Do visit…" gives an order.)
_QUESTION_VERBS = frozenset({"Are", "Is", "Was", "Were", "Has", "Had", "Does", "Did"})
_CLITICS = frozenset({"'d", "’d", "'s", "’s", "'ll", "’ll", "'ve", "’ve", "'re", "’re", "'m", "’m"})
# A time of day opening a line of a schedule, maybe after its date: "Feb. 10, 2012 5:00 Woke".
_TIMETABLE = re.compile(
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4} )?\d{1,2}[:.]\d{2}"
    r"(?:\s*[~–-]\s*\d{1,2}[:.]\d{2})?(?:\s*[ap]\.?m\.?)?\s+[A-Z]"
)
# Subjects that stand for a group named before ("Most are…"), and objects that point back
# ("For him, …", "Since then, …").
_QUANTIFIERS = frozenset(
    {"most", "many", "some", "few", "several", "all", "none", "others", "one", "each", "both"}
)
# "One of them…", "Two of these…"; and "One of its earliest…", whose, the sentence before says.
_GROUP_PRONOUNS = frozenset({"them", "these", "those", "us", "which", "its", "their", "his", "her"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "this", "that", "then"})
# A reporter's note that someone would not speak: "declined to comment", "did not
# respond to requests for comment", "could not be reached for comment".
_NO_COMMENT = re.compile(
    r"\b(?:declined|refused|declining|refusing)\s+(?:to\s+)?comment"
    r"|\b(?:respond|responded|reached|available)\s+(?:immediately\s+)?(?:to\s+\w+\s+)?"
    r"(?:requests?\s+)?for\s+(?:a\s+)?comment",
    re.IGNORECASE,
)
# "Other states have done so.": the deed is in the sentence before (when it is in this one,
# "so" goes on: "he withdrew it, but did not do so until May").
_DONE_SO = re.compile(r"\b(?:do|does|did|done|doing)\s+so\s*[.!]?\W*$", re.IGNORECASE)
# "one such service", "no such law": "such" pointing back, not "such as" or "such that".
_SUCH_A_THING = re.compile(r"\b(?:one|no|any|other|two|some|many)\s+such\s+(?!as\b|that\b)\w", re.I)
# "the latter", "the former" standing for a thing the sentence before named: "the former
# mayor" or "the latter half" describe their noun and need nothing before.
_FORMER_OR_LATTER = re.compile(
    r"\bthe\s+(?:former|latter)(?:['’]s)?"
    r"(?=\s*[,.;:)]|\s+(?:is|was|are|were|has|had|being|of|in|to|and|who|which|became)\b)",
    re.IGNORECASE,
)
# Weekdays and months: the words that make a run-in heading a date ("Saturday, March 26").
_DATE_WORDS = WEEKDAYS | frozenset(MONTHS)
# Words in capitals that make a sentence shouting rather than prose.
_LOUD_WORDS = 4
# Contact lines and links in a page's text: "Reach her at jdoe@example.com", "www.x.org".
_ADDRESS = re.compile(r"\S@\S+\.[a-z]{2,}|https?://|\bwww\.", re.IGNORECASE)
# Abbreviations that end a "sentence" only because the splitter stopped at their period:
# "...a climb up Mt." + "Kenya, which...". Both halves are fragments.
_SPLIT_AT = frozenset(
    (
        "mt",
        "st",
        "ft",
        "cmdr",
        "capt",
        "col",
        "gen",
        "lt",
        "sgt",
        "rev",
        "gov",
        "sen",
        "rep",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "vol",
        "fig",
        "approx",
    )
)
# fmt: off
_FIRST_SECOND_PERSON = frozenset((
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
    "yours", "yourself", "yourselves", "’ve", "'ve", "’m", "'m", "’ll", "'ll",
))
# fmt: on
# fmt: off
_NEEDS_CONTEXT = frozenset((
    "them", "their", "this", "these", "those", "that", "such", "its", "his", "her", "both",
    "another",
))
# fmt: on
# Words after "the"/"all"/"some" that point back: "The latter", "All others".
_NEEDS_CONTEXT_PAIRS = frozenset(
    {
        ("the", "latter"),
        ("the", "former"),
        ("the", "same"),
        ("all", "others"),
        ("the", "others"),
        ("the", "rest"),
        ("some", "others"),
    }
)
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
# Words that hand over to a quotation and leave the clause before it unfinished.
_SAYING = frozenset(
    {"saying", "said", "says", "adding", "added", "adds", "stating", "writing", "wrote",
     "warning", "warned", "telling", "told", "arguing", "argued", "declaring", "explaining"}
)  # fmt: skip
# Why a sentence may be someone's words: with a certain speaker it is shown as theirs.
_SOMEONES_WORDS = frozenset(
    {"first-person-quote", "inside-quotation", "broken-quote", "quote-fragment"}
)
_PERSON_PRONOUNS = frozenset({"he", "she"})
_PERSON_WORDS = frozenset({"he", "she", "his", "her"})
# A sentence opening with one of these is about whom the pronoun would be: "His son..."
_POSSESSIVES = {"his": "he", "her": "she", "its": "it"}
_TIME_AFTER_SPEECH = frozenset(
    {"yesterday", "today", "tonight", "later", "earlier", "recently", "then", "again", "also"}
)
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
_NUMERIC_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "NUMBER"})
_FINITE_VERB = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Words of a noun phrase that opens a sentence as its subject ("The Carolina Panthers").
_PLURAL_SUBJECT_TAGS = frozenset({"NNP", "NNPS", "NNS", "NN", "JJ"})
_NOT_A_GROUP = frozenset({"others", "many", "most", "some", "several", "both", "few", "all"})
_NOT_A_GROUP_LABELS = frozenset({"PERSON", "GPE", "LOC"})
_SUBJECT_PREPOSITIONS = frozenset({"of", "in", "from", "at", "on"})
OPEN_QUOTES = ("“", '"', "‘", "«", "``")
CLOSE_QUOTES = ("”", '"', "’", "»", "''")
_PLACE_WORDS = gazetteer.COUNTRIES | gazetteer.CITIES | gazetteer.REGIONS | gazetteer.CONTINENTS
MIN_TOKENS = 6
# Sentences before a "he"/"she" whose people are its candidates. A subject runs on
# through a short run of "he" sentences; three sentences hold most such runs in news and
# biographies, and further back a reader, too, loses track of who else came in between.
_WINDOW = 3
# Mentions a person needs to be an article's main person (unless the article is titled so).
_MAIN_PERSON_MENTIONS = 3
_COMPANY_MENTIONS = 3
_COMPANY_LEAD = 3
_BUSINESS_LABELS = frozenset({"ORG", "PRODUCT"})
# Nouns that stand for a company the article names: "the company said", "the chain's sales".
_COMPANY_NOUNS = frozenset((
    "company", "firm", "chain", "retailer", "carmaker", "automaker", "airline", "carrier",
    "corporation", "conglomerate", "manufacturer", "insurer", "lender", "startup", "start-up",
))  # fmt: skip
# Words after "the company" that say which company it is ("the company that owns…").
_DEFINING_WORDS = frozenset(("that", "which", "who", "of", "behind", "whose", "called", "named"))
# Words of a public body's name: no "company" stands for it.
_PUBLIC_BODY_WORDS = frozenset((
    "league", "university", "ministry", "department", "council", "committee", "court", "party",
    "association", "union", "agency", "commission", "parliament", "assembly", "army", "police",
    "church", "school", "college", "hospital", "museum", "federation", "organisation",
    "organization", "foundation", "institute", "office", "government", "senate", "congress",
    "fund", "bureau", "authority", "service", "board", "nations",
))  # fmt: skip
MAX_TOKENS = 60


@dataclass(frozen=True)
class SentenceView:
    """A sentence as a question shows it: cleaned text, with tokens in the view's own offsets.

    The view is the sentence from character `cut` on (a connective or a stray
    quotation mark dropped), with the subject pronoun at sentence offsets
    `[replace_start, replace_end)`, if any, replaced by `resolved`.
    `first_token` is the index in `sentence.tokens` of the first token shown.
    Quoted words show after `prefix`, the speaker's name ("Ana Costa: “"),
    which no token covers, so no answer is ever taken from it.
    """

    index: int
    sentence: Sentence
    text: str
    tokens: tuple[Token, ...]
    first_token: int
    cut: int
    resolved: str = ""
    replace_start: int = -1
    replace_end: int = -1
    prefix: str = ""
    # "the company" shown as "Chipotle": the sentence tokens after `replaced_at` (a view
    # index) sit `merged` places earlier in the view.
    replaced_at: int = -1
    merged: int = 0

    def token_index(self, sentence_index: int) -> int:
        """Return the view's index of the sentence's token `sentence_index` (or of the end
        of a span ending there)."""
        at = sentence_index - self.first_token
        return at - self.merged if self.merged and at > self.replaced_at else at

    def view_offset(self, doc_offset: int) -> int:
        """Return where article offset `doc_offset` falls in `text`."""
        relative = doc_offset - self.sentence.start
        offset = relative - self.cut + len(self.prefix)
        if self.resolved and relative >= self.replace_end:
            offset += len(self.resolved) - (self.replace_end - self.replace_start)
        return offset

    def doc_offset(self, view_offset: int) -> int:
        """Return the article offset of view offset `view_offset` (outside the replaced pronoun)."""
        relative = view_offset - len(self.prefix) + self.cut
        if self.resolved and relative >= self.replace_start + len(self.resolved):
            relative -= len(self.resolved) - (self.replace_end - self.replace_start)
        return relative + self.sentence.start

    @property
    def opens_sentence(self) -> bool:
        """True when the first word shown opens its sentence or quotation (so is capitalised)."""
        return self.first_token == 0 or self.sentence.tokens[self.first_token - 1].tag == "``"


@dataclass(frozen=True)
class Spoken:
    """The quoted words of a sentence, tokens [first, last), and the full name of who says them."""

    speaker: str
    first: int
    last: int


@dataclass(frozen=True)
class ArticleContext:
    """What the article is about: its main person and its main place or organisation."""

    main_person: str
    main_thing: str
    person_mentions: Counter[str]
    # Sentences that continue a quotation opened in an earlier sentence: someone's words,
    # often with "we" or "they" that the reader cannot place.
    quoted: frozenset[int] = frozenset()
    # The full names ("Marie Curie") the article gives each surname, by surname.
    full_names: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # How the article first writes each name after a sentence's first word: "the Danube".
    written: Mapping[str, str] = field(default_factory=dict)
    # "he" or "she" for a surname the article gives a title that says so ("Ms Tu", "Mr Li").
    pronoun_of: Mapping[str, str] = field(default_factory=dict)
    # Sentences of quotations whose speaker is certain, by sentence index.
    spoken: Mapping[int, Spoken] = field(default_factory=dict)
    # The people (their longest names) the article shows to be people beyond their
    # names' shape: only they may stand for a "he" or "she".
    evidenced: frozenset[str] = frozenset()
    # The PERSON mentions (as written) with that evidence, none written as a work's title.
    evidenced_mentions: frozenset[str] = frozenset()
    # A textbook's "we" and "you": the article quotes nobody and never says "I", so "if
    # we could redistribute the electrons" is the author's general statement.
    generic_we: bool = False
    # The company the article is about, which "the company" or "the chain" means: one
    # organisation named far more often than any other, and no public body.
    company: str = ""


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _titled_person(title: str, full_names: Collection[str]) -> str:
    """Return the full name the title names: itself, or the one holding all its words
    ("Clint Murchison Sr." of 'Clinton Williams "Clint" Murchison Sr.'), or ""."""
    if title in full_names:
        return title
    words = set(title.split())
    holding = [name for name in full_names if words <= set(name.replace('"', " ").split())]
    return holding[0] if len(holding) == 1 else ""


def _modifies_a_noun(tokens: Sequence[Token], end: int) -> bool:
    """Return True when the name ending before `end` is followed by a noun it modifies."""
    return end < len(tokens) and tokens[end].tag in _NOUN_TAGS


def article_context(document: Document) -> ArticleContext:
    """Return what the article is about: its dominant person and thing, if one dominates."""
    people: Counter[str] = Counter()
    full_names = full_names_by_family(document)
    things: Counter[str] = Counter()
    written: dict[str, str] = {}
    pronouns: dict[str, set[str]] = {}
    for sentence in document.sentences:
        for entity in sentence.entities:
            if entity.text not in written and not _modifies_a_noun(sentence.tokens, entity.last):
                # "the Toronto area" shows no "the Toronto": only a name standing alone does.
                before = sentence.tokens[entity.first - 1].text if entity.first else ""
                the = before.casefold() == "the"
                written[entity.text] = f"the {entity.text}" if the else entity.text
            if entity.label == "PERSON":
                surname = family_word(entity.text)
                people[surname] += 1
                if entity.first > 0:
                    title = sentence.tokens[entity.first - 1].text.casefold().rstrip(".")
                    if title in TITLE_PRONOUNS:
                        for name in (surname, entity.text.split()[0]):
                            pronouns.setdefault(name, set()).add(TITLE_PRONOUNS[title])
            elif entity.label in {"ORG", "GPE", "LOC", "PRODUCT", "EVENT", "FAC", "WORK_OF_ART"}:
                things[entity.text] += 1
    main_person = ""
    ranked = [*people.most_common(2), ("", 0)]
    top, top_count = ranked[0]
    # Only "safe" when one person clearly dominates, is named often, and the surname names
    # one person: an article about someone the NLP layer does not type PERSON has another
    # person as its "main" one.
    if (
        top
        and top_count >= max(_MAIN_PERSON_MENTIONS, 2 * ranked[1][1])
        and len(full_names.get(top, ())) <= 1
    ):
        main_person = full_names.get(top, [top])[0]
    title = " ".join(document.title.split())
    titled = _titled_person(title, full_names.get(family_word(title), [])) if title else ""
    if titled:
        # A biography: the person the article is titled after, named so in it, is its subject.
        main_person = titled
    main_thing = ""
    ranked_things = [*things.most_common(2), ("", 0)]
    first_sentence = document.sentences[0] if document.sentences else None
    top_thing, top_things = ranked_things[0]
    if (
        top_things >= 3
        and (top_things >= 2 * ranked_things[1][1] or (top_thing and top_thing in document.title))
        and first_sentence is not None
        and first_sentence.entities
        and first_sentence.entities[0].text == ranked_things[0][0]
    ):
        main_thing = written.get(ranked_things[0][0], ranked_things[0][0])
    evidence = person_evidence(document, _known_name)
    for name, said in evidence.pronouns.items():
        pronouns.setdefault(name, set()).update(said)
    context = ArticleContext(
        main_person,
        main_thing,
        people,
        _quoted_sentences(document),
        {surname: frozenset(names) for surname, names in full_names.items()},
        written,
        {name: next(iter(said)) for name, said in pronouns.items() if len(said) == 1},
    )
    works = {_person_key(context, name) for name in evidence.works}
    evidenced = {_person_key(context, name) for name in evidence.evidenced} - works - {""}
    context = dataclasses.replace(
        context,
        evidenced=frozenset(evidenced),
        evidenced_mentions=evidence.evidenced - evidence.works,
    )
    return dataclasses.replace(
        context,
        spoken=_spoken_sentences(document, context),
        generic_we=_generic_we(document),
        company=_company(document, evidence.evidenced),
    )


def _company(document: Document, people: Collection[str]) -> str:
    """Return the business the article is about, or "": named in its title or first two
    sentences, at least three times, and three times as often as any other body, product
    or name not shown to be a person's (a rival may be typed a person: "Fjord Line"), and
    no public body by its name ("National Football League")."""
    named: Counter[str] = Counter()
    rivals: Counter[str] = Counter()
    for sentence in document.sentences:
        for entity in sentence.entities:
            if entity.label in _BUSINESS_LABELS:  # a one-word brand may be typed a product
                named[entity.text] += 1
                rivals[entity.text] += 1
            elif entity.label == "PERSON" and entity.text not in people:
                rivals[entity.text] += 1
    top, count = ([*named.most_common(1), ("", 0)])[0]
    second = max((n for name, n in rivals.items() if name != top), default=0)
    if count < _COMPANY_MENTIONS or count < _COMPANY_LEAD * second:
        return ""
    if any(word.casefold() in _PUBLIC_BODY_WORDS for word in top.split()):
        return ""
    opening = " ".join([document.title, *(s.text for s in document.sentences[:2])])
    return top if re.search(rf"\b{re.escape(top)}\b", opening) else ""


def _generic_we(document: Document) -> bool:
    """Return True when the article writes "we" and "you" only as a textbook does: it has no
    quotation marks, no "I" (whoever writes it tells a story), no "our" or "your" (a
    brochure's "Our tours", a guide's "your test results") and no "we're" or "you'll"."""
    return not any(
        token.text in _SPEAKING_MARKS
        or _before_apostrophe(token.text).casefold() in _NOT_GENERIC
        or (token.text[:1] in "'’" and token.text.casefold() not in _POSSESSIVE_ENDINGS)
        for sentence in document.sentences
        for token in sentence.tokens
    )


_SPEAKING_MARKS = frozenset({"“", "”", '"', "``", "''", "«", "»", "!"})
_NOT_GENERIC = frozenset(
    {"i", "me", "my", "mine", "myself", "our", "ours", "ourselves", "your", "yours"}
)
_POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})


def _known_name(word: str) -> bool:
    """Return True for a lower-case word Punkt knows as a name ("clara")."""
    from quizgen.nlp.names import known_first_name

    return known_first_name(word, _word_knowledge())


@functools.cache
def _word_knowledge() -> WordKnowledge:
    """Return what the loaded models know about words, built once."""
    from quizgen.nlp.pipeline import word_knowledge

    return word_knowledge()


def _person_key(context: ArticleContext, mention: str) -> str:
    """Return the one person a PERSON mention names, by the longest name the article gives
    them ("Curie" -> "Marie Curie", "Marie" -> "Marie Curie"), or "" when two people share it."""
    words = mention.split()
    while len(words) > 1 and words[0].casefold().rstrip(".") in gazetteer.TITLES:
        words.pop(0)  # "Ms Berg" is "Berg"
    name = " ".join(words)
    if len(words) == 1 and words[0] not in context.full_names:
        # A first name alone: the one full name it opens, if the article gives one.
        opened = {
            full
            for names in context.full_names.values()
            for full in names
            if full.split()[0] == words[0]
        }
        if len(opened) > 1:
            return ""
        return next(iter(opened), name)
    return _longest_name(context, name)


def _spoken_sentences(document: Document, context: ArticleContext) -> dict[int, Spoken]:
    """Return the quoted words of each sentence whose quotation has a certain speaker.

    A sentence holding two quotations ("“…,” Costa said, “…”") is left out:
    its quoted words are not one sentence.
    """
    quotations = find_quotations(document)
    pieces = Counter(piece[0] for quotation in quotations for piece in quotation.pieces)
    spoken: dict[int, Spoken] = {}
    for quotation in quotations:
        speaker = _speaker(document, quotation, context)
        if not speaker:
            continue
        for index, first, last in quotation.pieces:
            if pieces[index] == 1:
                spoken[index] = Spoken(speaker, first, last)
    return spoken


def _speaker(document: Document, quotation: Quotation, context: ArticleContext) -> str:
    """Return the full name of who speaks a quotation, or "" when that is not certain.

    A "he"/"she" is resolved as a sentence-opening one would be where the
    quotation (or the attribution before it) begins: the people named inside
    the quotation are not candidates.
    """
    mention = quotation.speaker
    if mention is None:
        return ""
    if mention.name:
        words = mention.name.split()
        while len(words) > 1 and words[0].casefold() in gazetteer.TITLES:
            words.pop(0)  # "Mr Hawass" is "Hawass"
        name = " ".join(words) if kind_of("PERSON", " ".join(words)) == "person" else ""
    else:
        pronoun = document.sentences[mention.sentence].tokens[mention.token].text.casefold()
        at = min((mention.sentence, mention.token), quotation.opens)
        name = _person(document, *at, context, pronoun)
    return _longest_name(context, name) if name else ""


def _longest_name(context: ArticleContext, name: str) -> str:
    """Return the longest form of a person's name the article gives ("Costa" -> "Ana Costa"),
    or "" when the article names two people so ("Ana Costa", "Rui Costa")."""
    words = name.split()
    fuller = [
        full
        for full in context.full_names.get(words[-1], ())
        if _within(words, full.split()) or _within(full.split(), words)
    ]
    longest = max([name, *fuller], key=lambda n: (len(n.split()), len(n)))
    if any(not _within(other.split(), longest.split()) for other in fuller):
        return ""
    return longest


def _within(words: Sequence[str], other: Sequence[str]) -> bool:
    """Return True when `words` stand in `other` in order: "Ana Costa" in "Ana Maria Costa"."""
    rest = iter(other)
    return all(word in rest for word in words)


def _quoted_sentences(document: Document) -> frozenset[int]:
    """Return the indexes of sentences that start inside an open quotation."""
    inside: set[int] = set()
    is_open = False
    previous_end = 0
    for index, sentence in enumerate(document.sentences):
        if "\n" in document.text[previous_end : sentence.start]:
            is_open = False  # a new paragraph: a quotation that runs on reopens with a new mark
        if is_open:
            inside.add(index)
        is_open = _quote_open_after(sentence.tokens, is_open)
        previous_end = sentence.end
    return frozenset(inside)


def _quote_open_after(tokens: Sequence[Token], is_open: bool = False) -> bool:
    """Return whether a quotation is open after `tokens`, given whether one was before."""
    for token in tokens:
        if token.text in ("“", "``", "«"):
            is_open = True
        elif token.text in ("”", "''", "»"):
            is_open = False
        elif token.text == '"':
            is_open = not is_open
    return is_open


def sentence_view(
    document: Document, index: int, context: ArticleContext
) -> tuple[SentenceView | None, str]:
    """Return the question-ready view of sentence `index`, or (None, reason it is unusable).

    A sentence that is someone's words, when the article says certainly whose,
    is shown as theirs: 'Ana Costa: “We have opened 14 new clinics this year.”'.
    """
    spoken = context.spoken.get(index)
    if spoken is not None and _all_quoted(document.sentences[index].tokens, spoken):
        # '“Rooney is a fantastic player.' as a plain sentence would lose whose words it is.
        return _spoken_view(document, index, spoken)
    view, reason = _plain_view(document, index, context)
    if view is None and reason in _SOMEONES_WORDS and spoken is not None:
        return _spoken_view(document, index, spoken)
    return view, reason


def _only_marks(tokens: Sequence[Token]) -> bool:
    """Return True when the tokens hold no letter or digit: quotation marks, a full stop."""
    return not any(any(c.isalnum() for c in token.text) for token in tokens)


def _wholly_quoted(tokens: Sequence[Token]) -> bool:
    """Return True when a quotation mark opens the sentence and the first mark to close
    comes only at its end: every word is someone's."""
    if not tokens or tokens[0].text not in OPEN_QUOTES:
        return False
    for at in range(1, len(tokens)):
        if tokens[at].text in CLOSE_QUOTES or tokens[at].text in OPEN_QUOTES:
            return _only_marks(tokens[at:])
    return False


def _all_quoted(tokens: Sequence[Token], spoken: Spoken) -> bool:
    """Return True when the sentence opens a quotation and every word of it is inside.

    Only a sentence that opens with its own mark: in a text whose paragraphs were run
    together, a quotation's marks pair wrongly, and a reporter's sentence after one
    would be given to the speaker.
    """
    return (
        spoken.first == 1
        and tokens[0].text in OPEN_QUOTES
        and _only_marks(tokens[spoken.last :])
    )


def _spoken_view(document: Document, index: int, spoken: Spoken) -> tuple[SentenceView | None, str]:
    """Return the view of a sentence's quoted words after their speaker's name, or (None, why).

    Only the speaker's side may speak in them ("I", "we"): a "you" is someone
    the question cannot name. A pronoun or "this" opening them points back to
    what was said before, which the question does not show.
    """
    sentence = document.sentences[index]
    tokens = sentence.tokens
    first, last = spoken.first, spoken.last
    quoted = tokens[first:last]
    if any(_second_person(tokens, at) for at in range(first, last)):
        return None, "addressee-in-quote"
    if any(t.text == "?" for t in quoted):
        return None, "question-sentence"
    if len(quoted) < MIN_TOKENS:
        return None, "too-short"
    if len(quoted) > MAX_TOKENS:
        return None, "too-long"
    if not any(t.tag.startswith("VB") or t.tag == "MD" for t in quoted):
        return None, "no-verb"
    if _quote_open_after(quoted) or any(t.text in CLOSE_QUOTES for t in quoted[:1]):
        return None, "broken-quote"  # a quotation inside it opens and does not close
    first_token = _after_connectives(sentence, first)
    if first_token >= last:
        return None, "too-short"
    lead = tokens[first_token]
    if _needs_context(tokens, first_token) or (
        lead.text.casefold() in _POSSESSIVES and lead.tag == "PRP$"
    ):
        return None, "needs-context"
    if (
        lead.text.casefold() in _SUBJECT_PRONOUNS
        or _subject_pronoun(tokens, first_token, last) is not None
    ):
        return None, "unresolved-pronoun"
    return _assembled(
        index, sentence, tokens, first_token, last, prefix=f"{spoken.speaker}: “", suffix="”"
    )


def _shouted(tokens: Sequence[Token]) -> bool:
    """Return True for a sentence written in capitals: a reader's comment shouting, a banner.

    Acronyms ("NATO", "the EU") leave most words in lower case, so they do not count.
    """
    words = [t.text for t in tokens if t.text.isalpha() and len(t.text) > 1]
    loud = sum(w.isupper() for w in words)
    return loud >= _LOUD_WORDS and loud >= 0.6 * len(words)


def _plain_view(
    document: Document, index: int, context: ArticleContext
) -> tuple[SentenceView | None, str]:
    """Return the view of sentence `index` as the article writes it, or (None, reason)."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    if NOT_PROSE.match(sentence.text) or _ADDRESS.search(sentence.text) or _shouted(tokens):
        return None, "not-prose"
    if _TIMETABLE.match(sentence.text):
        # "5:00 Woke up and had breakfast": a chart run into the text, no sentence.
        return None, "no-subject"
    if (
        _DONE_SO.search(sentence.text)
        or _SUCH_A_THING.search(sentence.text)
        or _FORMER_OR_LATTER.search(sentence.text)
        or _group_named_before_the_sentence(tokens)
    ):
        # "Khan Academy is one such service": such as which, the sentence before says.
        return None, "needs-context"
    if _NO_COMMENT.search(sentence.text):
        # "X declined to comment, while Y did not respond to requests for comment": who
        # would not speak to the reporter is no fact of the story.
        return None, "no-comment"
    if _cut_short(sentence) or (index > 0 and _cut_short(document.sentences[index - 1])):
        return None, "split-at-an-abbreviation"
    if _headless(tokens):
        return None, "fragment"
    if index in context.quoted and not sentence.entities:
        # Someone's words with nothing named in them: "The governments have done a lot".
        return None, "inside-quotation"
    if _wholly_quoted(tokens):
        # '"This is already old news in the Old World."' with no one certain to have said it
        # (else `sentence_view` shows the speaker): a card would give words to nobody.
        return None, "inside-quotation"
    if len(tokens) < MIN_TOKENS:
        return None, "too-short"
    if len(tokens) > MAX_TOKENS:
        return None, "too-long"
    if sentence.text.rstrip('”"’» ').endswith("?"):
        return None, "question-sentence"
    if sentence.text.rstrip().endswith(":"):
        # "…, told the Associated Press:": what it says is in the next paragraph.
        return None, "ends-in-a-colon"
    colon = _colon_before_quote(tokens)
    if colon is not None and index in context.spoken and bare_attribution(tokens[:colon]):
        # "The Lusa agency quotes Costa as saying: “…”": the quotation is the sentence.
        return None, "quote-fragment"
    if colon is not None and tokens[colon - 1].text.casefold() in _SAYING:
        # "Taylor has written to the watchdog saying: “…”": cut there, it says nothing.
        return None, "quote-fragment"
    if colon is not None:
        # "X commented on Y: “<quotation>”": the part before the colon stands alone.
        tokens = tokens[:colon]
    if not context.generic_we and _first_person_outside_a_short_quote(tokens):
        return None, "first-person-quote"
    if not any(t.tag.startswith("VB") or t.tag == "MD" for t in tokens):
        return None, "no-verb"

    first, last = _trim_stray_quotes(tokens)
    if not _quotes_balanced(tokens[first:last]):
        return None, "broken-quote"

    first_token = _after_dateline(sentence, _after_connectives(sentence, first))
    if first_token >= last:
        return None, "too-short"
    if _no_subject(tokens[first_token:last]):
        # "Took taxi to airport.", "Add the flour.": a diary's notes or instructions, which
        # do not tell whom they are about ("Recall that…" is a connective, dropped above).
        return None, "no-subject"
    lead = tokens[first_token].text.casefold()
    resolved = ""
    pronoun_at: int | None = None
    if lead in _POSSESSIVES and tokens[first_token].tag == "PRP$":
        # "His descendants..." -> "Genghis Khan's descendants...", when the owner is certain.
        owner = _owner(document, index, first_token, context, _POSSESSIVES[lead])
        if not owner:
            return None, "needs-context"
        resolved, pronoun_at = _possessive(owner), first_token
    elif (
        _needs_context(tokens, first_token)
        or _pointing_subject(tokens, first_token, last)
        or _pointing_phrase(tokens, first_token, last)
        or _pointing_at_a_figure(tokens, first_token, last)
        or _described_subject(tokens, first_token, last)
        or _pointing_object(tokens, first_token, last)
    ):
        return None, "needs-context"
    if not resolved:
        pronoun_at = _subject_pronoun(tokens, first_token, last)
        if pronoun_at is not None and (
            _clitic_follows(tokens, pronoun_at) or _quote_open_after(tokens[:pronoun_at])
        ):
            # "He'd like..." -> "Ken Pomeroy'd like"; a quoted "he" is the speaker's word.
            return None, "unresolved-pronoun"
        if pronoun_at is not None:
            resolved = _resolve(document, index, pronoun_at, context)
            if not resolved:
                return None, "unresolved-pronoun"
        elif lead in _SUBJECT_PRONOUNS:
            # 'He "categorically" ruled out...': a pronoun not right before its verb is one too.
            return None, "unresolved-pronoun"
    if resolved and _named_again(resolved, tokens, pronoun_at):  # type: ignore[arg-type]
        # "His marriage to Katharina von Bora": whoever "his" is, it is not Katharina.
        return None, "unresolved-pronoun"
    after_quote = index > 0 and document.sentences[index - 1].text.rstrip()[-1:] in CLOSE_QUOTES
    if _attribution_fragment(tokens[first_token:last], after_quote=after_quote):
        return None, "quote-fragment"
    replaced_last = None
    if not resolved and context.company:
        at = _the_company(sentence, first_token, last, context.company)
        if at is not None:
            # "On Feb. 8, the company said…" -> "On Feb. 8, Chipotle said…".
            resolved, pronoun_at, replaced_last = context.company, at, at + 2

    return _assembled(
        index,
        sentence,
        tokens,
        first_token,
        last,
        resolved=resolved,
        pronoun_at=pronoun_at,
        replaced_last=replaced_last,
    )


def _the_company(sentence: Sentence, first: int, last: int, company: str) -> int | None:
    """Return where "the company" (or "the chain", "the firm"…) standing for the article's
    `company` opens, or None: not when the sentence names it or another body, nor when
    words after say which company ("the company that owns the stadium")."""
    tokens = sentence.tokens
    if any(entity.label == "ORG" for entity in sentence.entities):
        return None  # "Taco Bell said the company…": the company may be the one named
    key = company.split()[-1]
    if any(token.text == key for token in tokens):
        return None
    for at in range(first, last - 1):
        if (
            tokens[at].text.casefold() == "the"
            and tokens[at + 1].text.casefold() in _COMPANY_NOUNS
            and tokens[at + 1].tag in {"NN", "NNP"}
        ):
            after = tokens[at + 2] if at + 2 < len(tokens) else None
            if after is not None and (
                after.text.casefold() in _DEFINING_WORDS or after.tag in {"NN", "NNS"}
            ):
                return None  # "the company that…", "the company website"
            return at
    return None


def _after_connectives(sentence: Sentence, first: int) -> int:
    """Return the index of the first token from `first` on past leading connectives ("However,")."""
    tokens = sentence.tokens
    text_from = tokens[first].start - sentence.start
    cut = leading_connective(sentence.text[text_from:])
    while cut:
        text_from += cut
        cut = leading_connective(sentence.text[text_from:])
    # Resume at a token boundary.
    return next(
        (i for i in range(first, len(tokens)) if tokens[i].start - sentence.start >= text_from),
        len(tokens),
    )


def _after_dateline(sentence: Sentence, first: int) -> int:
    """Return the index past a diary's or a wire's date run into the sentence, or `first`.

    "Saturday, March 26 The base surge deposits…": a date that opens the sentence
    and runs straight on into a capitalised word, with no comma or verb between,
    heads the entry and is no part of the sentence.
    """
    tokens = sentence.tokens
    for entity in sentence.entities:
        if entity.label != "DATE" or entity.first != first or entity.last >= len(tokens):
            continue
        following = tokens[entity.last]
        dated = any(t.text.casefold() in _DATE_WORDS for t in tokens[entity.first : entity.last])
        if (
            dated
            and entity.last - entity.first >= 2
            and following.text[:1].isupper()
            and following.tag in {"DT", "NNP", "NNPS", "PRP", "IN"}
        ):
            return entity.last
    return first


def _needs_context(tokens: Sequence[Token], at: int) -> bool:
    """Return True when the words from `at` point back at something: "This", "The latter"."""
    lead = tokens[at].text.casefold()
    return (
        lead in _NEEDS_CONTEXT
        or (
            at + 1 < len(tokens)
            and (lead, tokens[at + 1].text.casefold()) in _NEEDS_CONTEXT_PAIRS
        )
        or _pronoun_in_opening_phrase(tokens, at)
        or _quantifier_as_subject(tokens, at)
        or _part_of_a_group_named_before(tokens, at)
    )


def _part_of_a_group_named_before(tokens: Sequence[Token], at: int) -> bool:
    """Return True for "One of them is…", "Two of these were…": of whom, the sentence before
    says."""
    return (
        at + 2 < len(tokens)
        and (tokens[at].text.casefold() in _QUANTIFIERS or tokens[at].tag == "CD")
        and tokens[at + 1].text.casefold() == "of"
        and tokens[at + 2].text.casefold() in _GROUP_PRONOUNS
    )


def _group_named_before_the_sentence(tokens: Sequence[Token]) -> bool:
    """Return True for "one of them" with no group before it in the sentence: in "Charlie
    saved her life when one of them attacked her" the sentence before says who they are
    ("He took three sledges, and one of them broke", "The crew reached Hawaii, where one
    of them died" say it themselves)."""
    for at in range(1, len(tokens) - 2):
        if tokens[at + 2].text.casefold() == "them" and _part_of_a_group_named_before(tokens, at):
            return not any(_a_group(t) for t in tokens[:at])
    return False


def _a_group(token: Token) -> bool:
    """Return True for a word that can be "them": a plural, a collective noun, or "and"."""
    if token.tag in {"NNS", "NNPS"} or token.text.casefold() == "and":
        return True
    return token.tag == "NN" and lexicon.first_sense_lexname(token.text) == "noun.group"


def _quantifier_as_subject(tokens: Sequence[Token], at: int) -> bool:
    """Return True for "Most are primary care doctors", "Many were sold": most of whom?"""
    return (
        at + 1 < len(tokens)
        and tokens[at].text.casefold() in _QUANTIFIERS
        and tokens[at + 1].tag in {"VBP", "VBD", "VBZ", "MD"}
    )


def _no_subject(tokens: Sequence[Token]) -> bool:
    """Return True for a sentence that opens on a bare or past-tense verb: "Took taxi to
    airport.", "Add the flour." (not a speech verb before its speaker: "Said Ana Costa, …")."""
    return (
        len(tokens) > 1
        and tokens[0].tag in {"VB", "VBD"}
        and tokens[0].text.casefold() not in SPEECH_VERBS
        and tokens[1].tag not in {"NNP", "NNPS", "``", "''"}
    )


def _pronoun_in_opening_phrase(tokens: Sequence[Token], at: int) -> bool:
    """Return True for an opening phrase whose object is a pronoun: "For him, ...", "To them,
    the vote ...": whom it means is in an earlier sentence."""
    return (
        at + 2 < len(tokens)
        and tokens[at].tag == "IN"
        and tokens[at + 1].text.casefold() in _OBJECT_PRONOUNS
        and tokens[at + 2].text == ","
    )


def _assembled(
    index: int,
    sentence: Sentence,
    tokens: Sequence[Token],
    first_token: int,
    last: int,
    *,
    resolved: str = "",
    pronoun_at: int | None = None,
    replaced_last: int | None = None,
    prefix: str = "",
    suffix: str = "",
) -> tuple[SentenceView | None, str]:
    """Return the view showing tokens [first_token, last), between `prefix` and `suffix`, with
    the pronoun at `pronoun_at` (or the tokens up to `replaced_last`: "the company")
    replaced by `resolved`; or (None, "too-short")."""
    cut = tokens[first_token].start - sentence.start
    end = tokens[last - 1].end - sentence.start
    replace_start = replace_end = -1
    body = sentence.text[cut:end]
    merged = 0
    if resolved:
        pronoun = tokens[pronoun_at]  # type: ignore[index]
        merged = replaced_last - pronoun_at - 1 if replaced_last else 0  # type: ignore[operator]
        replace_start = pronoun.start - sentence.start
        replace_end = tokens[pronoun_at + merged].end - sentence.start  # type: ignore[operator]
        body = body[: replace_start - cut] + resolved + body[replace_end - cut :]
    text = body[:1].upper() + body[1:]
    # Quoted words end in the comma before the attribution: "We won,” said X." ends "We won."
    stop_at = last - 1 if prefix and tokens[last - 1].text in {",", ";", ":"} else None
    if stop_at is not None:
        text = text[:-1] + "."
    # "(One dollar bought 72 yen on Thursday.)" ends already: no ".)." after it.
    if text[-1:] not in ".!" and text.rstrip(")]”’\"'")[-1:] not in (".", "!", "?"):
        text += "."
    # SentenceView.view_offset, worked out here for every token at once.
    shift = len(prefix) - cut - sentence.start
    moved = len(resolved) - (replace_end - replace_start) if resolved else 0
    after_pronoun = replace_end + sentence.start

    def view_offset(doc_offset: int) -> int:
        return doc_offset + shift + (moved if doc_offset >= after_pronoun else 0)

    view_tokens = []
    for i, token in enumerate(tokens[first_token:last], start=first_token):
        start = view_offset(token.start)
        if pronoun_at is not None and pronoun_at < i <= pronoun_at + merged:
            continue  # "company" of "the company", shown as one name
        if i == pronoun_at:
            # A possessive keeps its tag, so the noun phrase it opens is chunked as before.
            tag = token.tag if token.tag == "PRP$" else "NNP"
            view_tokens.append(Token(resolved, tag, start, start + len(resolved)))
        elif i == stop_at:
            view_tokens.append(Token(".", ".", start, start + 1))
        else:
            view_tokens.append(Token(token.text, token.tag, start, view_offset(token.end)))
    if len(view_tokens) < MIN_TOKENS - 1:
        return None, "too-short"
    view = SentenceView(
        index,
        sentence,
        prefix + text + suffix,
        tuple(view_tokens),
        first_token,
        cut,
        resolved,
        replace_start,
        replace_end,
        prefix,
        replaced_at=pronoun_at - first_token if merged else -1,  # type: ignore[operator]
        merged=merged,
    )
    return view, ""


def _clitic_follows(tokens: tuple[Token, ...], at: int) -> bool:
    """Return True when a contraction is glued to the word at `at`: "He'd", "She's"."""
    return at + 1 < len(tokens) and tokens[at + 1].text.casefold() in _CLITICS


def _headless(tokens: tuple[Token, ...]) -> bool:
    """Return True for a sentence that opens with the verb of a subject it lost, and is no
    question: "Are all valid factorizations of 3." after a formula the text dropped."""
    return (
        len(tokens) > 1
        and tokens[0].text in _QUESTION_VERBS
        and tokens[1].tag not in {"PRP", "EX"}
        and not tokens[1].text[:1].isupper()  # "Is This It, the debut album…": a title
        and tokens[-1].text == "."
    )


def _cut_short(sentence: Sentence) -> bool:
    """Return True when the sentence ends at an abbreviation or an initial ("Mt.", "J.")."""
    tokens = sentence.tokens
    if len(tokens) < 2 or tokens[-1].text != ".":
        last = tokens[-1].text if tokens else ""
        # The tokenizer may keep the period on the word: "Mt." as one token.
        word = last[:-1] if last.endswith(".") else ""
    else:
        word = tokens[-2].text
    # A lone capital is an initial ("John F."), except "I" ("World War I.").
    return word.casefold() in _SPLIT_AT or (len(word) == 1 and word.isupper() and word != "I")


def _subject_pronoun(tokens: tuple[Token, ...], first: int, last: int) -> int | None:
    """Return the index of a "he"/"she"/"it"/"they" that is the subject of the main clause.

    That is the first such pronoun before the first finite verb, right before a
    verb: "He said", "In 1891 she moved".
    """
    return next(
        (
            i
            for i in _before_main_verb(tokens, first, last)
            if tokens[i].text.casefold() in _SUBJECT_PRONOUNS
            and tokens[i + 1].tag in _FINITE_VERB | {"RB"}
        ),
        None,
    )


def _before_main_verb(tokens: tuple[Token, ...], first: int, last: int) -> Iterator[int]:
    """Yield the indexes from `first` that come before the first finite verb (each with a
    token after it): where the main clause's subject stands. An opening clause up to its
    comma is passed over: "In 2015, after the accord was adopted, he labeled it…"."""
    i = first
    while i < last - 1:
        if tokens[i].text.casefold() in _SUBORDINATORS and (
            i == first or tokens[i - 1].text == ","
        ):
            comma = next((k for k in range(i + 1, last - 1) if tokens[k].text == ","), None)
            if comma is not None:
                i = comma + 1
                continue
        if tokens[i].tag in _FINITE_VERB:
            return
        yield i
        i += 1


# Words that open a clause set before the main one: "When Congress passed the bill, he…".
_SUBORDINATORS = frozenset(
    {"after", "before", "when", "while", "because", "although", "though", "if", "since",
     "once", "until", "as", "whereas", "whenever"}
)  # fmt: skip


def _pointing_subject(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Return True when "this" or "that" alone is the main clause's subject after an opening
    phrase: "After Jayawardene's hundred, that looked likely": what looked likely? "Possibly,
    but this does not explain…": what does not?"""
    return any(
        i > first
        and tokens[i - 1].text.casefold() in {",", "but", "yet", "so"}
        and tokens[i].text.casefold() in {"this", "that"}
        and tokens[i + 1].tag in _FINITE_VERB | {"MD", "RB"}
        for i in _before_main_verb(tokens, first, last)
    )


def _pointing_object(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Return True when "this" or "that" alone ends the sentence after a preposition: "is
    certain of the reasons for this": for what, the sentence before says."""
    end = last
    while end > first and _only_marks(tokens[end - 1 : end]):
        end -= 1
    return (
        end - first >= 2
        and tokens[end - 1].text.casefold() in {"this", "that", "these", "those"}
        and tokens[end - 2].tag == "IN"
    )


def _described_subject(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Return True when the main clause's subject, opening the sentence or after an opening
    phrase, is someone described, not named: "After 41 days at sea, the 24-year-old was…"."""
    return any(
        _described_person(tokens, at)
        for at in _before_main_verb(tokens, first, last)
        if at == first or tokens[at - 1].text == ","
    )


def _described_person(tokens: tuple[Token, ...], first: int) -> bool:
    """Return True when the words at `first` describe someone, not name them: "The
    19-year-old from Sichuan feels…", "The girl has read…": who, the sentence before says.
    Not "The man who…", which says who after it."""
    if tokens[first].text.casefold() != "the":
        return False
    at = first + 1
    while at < len(tokens) and tokens[at].tag in {"JJ", "VBN"} and not _AGE.fullmatch(
        tokens[at].text
    ):
        at += 1  # "The young girl"
    if at + 1 >= len(tokens):
        return False
    word, after = tokens[at].text.casefold(), tokens[at + 1]
    spaced = [t.text.casefold() for t in tokens[at : at + 3]]
    if len(spaced) == 3 and spaced[1] in _AGE_UNITS and spaced[2] == "old" and at + 3 < len(tokens):
        # "The 30 year old has…": an age whose hyphens were lost in conversion.
        word, after = "-".join(spaced), tokens[at + 3]
    if after.text.casefold() == "from":
        return _AGE.fullmatch(word) is not None or word in _DESCRIBED_PEOPLE
    if _AGE.fullmatch(word) is not None:
        # "The 19-year-old feels…", "The 24-year-old, who…"; not "The 30-year-old dispute".
        return after.tag in _FINITE_VERB | {"MD", ","}
    # "the man who…", "the boy in the photo", "The 68-year-old Calhoun" and "the youth
    # unemployment rate" say who or what.
    return word in _DESCRIBED_PEOPLE and not (
        after.tag in _SAYS_WHO or after.tag.startswith(("NNP", "NN"))
    )


_SAYS_WHO = frozenset({"WDT", "WP", "WP$", "IN", "POS"})
_AGE_UNITS = frozenset({"year", "years", "month", "months"})
# "19-year-old", "six-year-old": an age that stands for a person named before.
_AGE = re.compile(r"[\w]+-(?:year|month)s?-old")
# Nouns that describe someone by sex or age, as a report does after naming them.
_DESCRIBED_PEOPLE = frozenset(
    {"girl", "boy", "man", "woman", "lady", "teenager", "teen", "youngster", "child", "kid",
     "youth", "couple", "pair", "pensioner", "toddler", "baby"}
)  # fmt: skip


def _pointing_phrase(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Return True for "this"/"these"/"those" and a noun the sentence has not named before:
    "the killings in this border city", "to solve this dilemma": which city, which
    dilemma, the sentence before says. Times are plain ("this week", "these days")."""
    for i in range(first + 1, last - 1):
        if tokens[i].tag != "DT" or tokens[i].text.casefold() not in _POINTING_WORDS:
            continue
        end = i + 1
        while end < last and tokens[end].tag in _NOUN_PHRASE_TAGS:
            end += 1
        if end == i + 1 or tokens[end - 1].tag not in {"NN", "NNS"}:
            continue
        if tokens[i].text.casefold() == "those" and end < last and tokens[end].tag in _AFTER_THOSE:
            continue  # "those components of the body that…": it points ahead, not back
        if any(t.text == ";" for t in tokens[first:i]):
            continue  # "…called it Wacca Pilatka; these names…": the sentence said them
        noun = lexicon.noun_lemma(tokens[end - 1].text)
        if noun in _TIME_NOUNS or lexicon.first_sense_lexname(noun) not in _WHICH_ONE_KINDS:
            continue  # "these dyes", "this week": the noun says what it is, or when
        earlier = (lexicon.noun_lemma(t.text) for t in tokens[first:i] if t.tag in {"NN", "NNS"})
        if noun not in earlier:
            return True  # not "a new hotel … this hotel": named in the sentence itself
    return False


def _pointing_at_a_figure(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Return True for "that number", "this figure" before the sentence gives any figure:
    "that number can expand to more than 60": the number of what, the sentence before says."""
    for i in range(first, last - 1):
        if tokens[i].tag.startswith("CD"):
            return False  # "…had 4,000 people, and that number doubled": said here
        word = tokens[i].text.casefold()
        if (
            (word in _POINTING_WORDS and tokens[i].tag == "DT")
            # The tagger reads "that number can…" as a conjunction: a verb after tells.
            or (word == "that" and i + 2 < last and tokens[i + 2].tag in _FINITE_VERB)
        ) and lexicon.noun_lemma(tokens[i + 1].text.casefold()) in _FIGURE_NOUNS:
            return True
    return False


# Nouns for a figure that "that" or "this" points back to.
_FIGURE_NOUNS = frozenset(
    {"number", "figure", "total", "amount", "sum", "count", "tally", "rate", "share", "level",
     "percentage", "proportion"}
)  # fmt: skip


_NOUN_PHRASE_TAGS = frozenset({"JJ", "VBN", "VBG", "NN", "NNS"})
# Words after "those" and its noun that say which ones: "those who", "those of", "those that".
_AFTER_THOSE = frozenset({"WDT", "WP", "IN"})
# Kinds of noun that leave "which one?" open after "this": a place, a group, a person, a
# work, an idea, an event ("this border city", "this dilemma", "these instances").
_WHICH_ONE_KINDS = frozenset(
    f"noun.{kind}"
    for kind in (
        "location", "group", "person", "communication", "cognition", "event", "state", "act",
        "process", "phenomenon", "relation",
    )
)  # fmt: skip
_POINTING_WORDS = frozenset({"this", "these", "those"})
# Nouns "this" dates rather than points back with: "this week", "these days".
_TIME_NOUNS = frozenset(
    {"year", "week", "month", "day", "time", "season", "century", "decade", "morning",
     "afternoon", "evening", "night", "weekend", "summer", "winter", "spring", "autumn",
     "fall", "quarter", "period", "era", "moment", "hour", "minute", "point", "stage"}
)  # fmt: skip


def _colon_before_quote(tokens: tuple[Token, ...]) -> int | None:
    """Return the index of a colon that opens a quotation, if the words before it make a clause."""
    for i, token in enumerate(tokens[:-1]):
        if token.text == ":" and tokens[i + 1].text in OPEN_QUOTES:
            before = tokens[:i]
            if len(before) >= MIN_TOKENS and any(t.tag in _FINITE_VERB for t in before):
                return i
            return None
    return None


def _trim_stray_quotes(tokens: tuple[Token, ...]) -> tuple[int, int]:
    """Return [first, last) without a quotation mark at an edge that has no partner.

    The sentence splitter cuts a quotation of several sentences into pieces:
    "“We will win." keeps its opening mark, "Then we rest,” he said." its
    closing one. Marks that pair up stay.
    """
    texts = [t.text for t in tokens]
    opens = sum(t in ("“", "``", "«") for t in texts)
    closes = sum(t in ("”", "''", "»") for t in texts)
    first, last = 0, len(tokens)
    if texts and opens > closes and texts[0] in ("“", "``", "«"):
        first = 1
    if texts and closes > opens and texts[-1] in ("”", "''", "»"):
        last -= 1
    if texts.count('"') % 2:
        if texts[0] == '"':
            first = 1
        elif texts[-1] == '"':
            last -= 1
    return first, max(first, last)


def _first_person_outside_a_short_quote(tokens: tuple[Token, ...]) -> bool:
    """Return True if "I"/"we"/"you" speak in the sentence, not just in a short quotation.

    'X said the game would be "important for us"' reads fine alone; a sentence
    that is mostly someone's own words does not.
    """
    quoted = [False] * len(tokens)
    inside = False
    for i, token in enumerate(tokens):
        if token.text in ("“", "``", "«") or (token.text == '"' and not inside):
            inside = True
        elif token.text in ("”", "''", "»") or (token.text == '"' and inside):
            inside = False
        else:
            quoted[i] = inside
    if inside:  # an unclosed quotation: the rest of the sentence is someone speaking
        return any(_first_or_second_person(tokens, i) for i in range(len(tokens)))
    speaking = [quoted[i] for i in range(len(tokens)) if _first_or_second_person(tokens, i)]
    if not speaking:
        return False
    # Speech that opens the sentence, or fills a third of it, is the sentence.
    return not all(speaking) or quoted[1:2] == [True] or sum(quoted) * 3 > len(tokens)


def _second_person(tokens: Sequence[Token], at: int) -> bool:
    """Return True for "you", "your"... at `at`: someone spoken to."""
    word = _before_apostrophe(tokens[at].text).casefold()
    return word in _SECOND_PERSON and _first_or_second_person(tokens, at)


def _first_or_second_person(tokens: Sequence[Token], at: int) -> bool:
    """Return True for "I", "we", "you"..., also with a clitic the tokenizer left on ("I'd").

    Case matters: "US" is the country, and "I" after a name is a numeral ("Ramses I",
    "World War I"); "Us" or "We" with a capital only opens a sentence or a quotation.
    """
    word = tokens[at].text
    base = _before_apostrophe(word)
    before = tokens[at - 1] if at > 0 else None
    if base == "I":
        after_name = before is not None and before.tag.startswith("NNP")
        return not (after_name and before.text[:1].isupper())  # type: ignore[union-attr]
    lower = word.casefold()
    if not (lower in _FIRST_SECOND_PERSON or base.casefold() in {"we", "you"}):
        return False
    if lower == "mine" and before is not None and before.tag in {"DT", "JJ", "NN", "CD"}:
        return False  # "the mine", "a copper mine": the noun
    if word.islower() or not word[:1].isalpha():
        return True
    opens = before is None or before.text in OPEN_QUOTES or before.text in {'"', "(", ":"}
    return opens and not word.isupper()


def _before_apostrophe(word: str) -> str:
    """Return the word up to its first apostrophe ("I" of "I'd"), or the whole word."""
    # Most words hold none: then no pattern need look at them.
    return _APOSTROPHE.split(word, maxsplit=1)[0] if "'" in word or "’" in word else word


def _attribution_fragment(tokens: tuple[Token, ...], *, after_quote: bool = False) -> bool:
    """Return True for "Mr Cameron's spokesman said.": the words said are in other sentences.

    So is "Lee told the Examiner." right after a quotation the splitter cut off at
    its "?", and "Said Liu Wang, who leads the team." (the speaker after a quote).
    """
    words = [t for t in tokens if t.text not in {".", "!", ",", '"', "”", "''", ":"}]
    if (
        words
        and words[0].text.casefold() in SPEECH_VERBS
        and (
            len(words) < 2 or words[1].text.casefold() != "to"  # "Said to be the oldest, ..."
        )
    ):
        return True
    finite = [t for t in words if t.tag in _FINITE_VERB]
    if after_quote and len(finite) == 1 and finite[0].text.casefold() in SPEECH_VERBS:
        return True
    # "..., the mayor said yesterday: <quote>": a time word after the verb changes nothing.
    while len(words) > 1 and words[-1].text.casefold() in _TIME_AFTER_SPEECH:
        words.pop()
    if not words or words[-1].text.casefold() not in SPEECH_VERBS:
        return False
    # "..., the company said." states something before; a bare subject and "said" does not.
    return not any(t.tag in _FINITE_VERB for t in words[:-1])


def _quotes_balanced(tokens: tuple[Token, ...]) -> bool:
    """Return True when quotation marks pair up, or the only one closes a cut-off quotation.

    "<quoted words>,” said X." is kept: the sentence splitter cut the opening
    quote off into the previous sentence, but the sentence reads whole.
    """
    texts = [t.text for t in tokens]
    opens = sum(t in ("“", "``", "«") for t in texts)
    closes = sum(t in ("”", "''", "»") for t in texts)
    straight = texts.count('"')
    if opens == closes and straight % 2 == 0:
        return True
    closers = [i for i, t in enumerate(texts) if t in ("”", "''", '"')]
    if closers and texts[closers[0]] == '"' and texts[closers[0] - 1] in {":", ","}:
        return False  # 'X said: "The situation...': a straight quote that opens, not closes
    return opens == 0 and len(closers) == 1 and 0 < closers[0] < len(texts) - 2


def _owner(
    document: Document, index: int, token_index: int, context: ArticleContext, pronoun: str
) -> str:
    """Return whom a sentence-opening "his"/"her"/"its" (as `pronoun` "he"/"she"/"it") means.

    "His" most often means the article's subject, not the last person named
    ("Kublai's brother... His realm"): only the previous sentence's subject,
    when it names nobody else, is trusted; when that sentence names nobody,
    whom a "he"/"she" there would mean.
    """
    if pronoun == "it":
        return _thing(document, index, token_index, context)
    previous = document.sentences[index - 1] if index > 0 else None
    if previous is None:
        return ""
    named = _people_named(previous.entities, context)
    if named is None:
        return ""
    subject = _subject_entity(previous)
    if not named:
        return _person(document, index, token_index, context, pronoun)
    if subject is None or subject.label != "PERSON" or len(named) > 1:
        return ""
    return _trusted(context, _person_key(context, subject.text), pronoun)


def _agreeing(context: ArticleContext, name: str, pronoun: str) -> str:
    """Return `name` unless the article's title for that person says another pronoun: "he"
    is not "Ms Tu"."""
    said = pronouns_said(name, context.pronoun_of)
    return "" if said and said != {pronoun} else name


def _trusted(context: ArticleContext, name: str, pronoun: str) -> str:
    """Return `name` when the article shows it is a person's and it agrees with `pronoun`."""
    return _agreeing(context, name, pronoun) if name in context.evidenced else ""


def _people_named(entities: Iterable[Span], context: ArticleContext) -> set[str] | None:
    """Return the people some mentions name, by longest name; None when a surname is two
    people's. A name typed otherwise counts when the article types it PERSON elsewhere, or
    when it is typed an organisation but is a first name Punkt knows ("Mary")."""
    named: set[str] = set()
    for entity in entities:
        if entity.label in _NUMERIC_LABELS or (
            entity.label != "PERSON"
            and entity.text.split()[-1] not in context.person_mentions
            and not _first_name_typed_an_organisation(entity)
        ):
            continue
        name = _person_key(context, entity.text)
        if not name:
            return None
        named.add(name)
    return named


def _maybe_a_person(document: Document, index: int, token_index: int, other: str = "") -> bool:
    """Return True when the sentences just before a pronoun name someone by one word the NLP
    layer typed a body ("Romney"): a surname alone, whom "he" may mean as well as `other`."""
    for back in range(max(0, index - _WINDOW), index + 1):
        sentence = document.sentences[back]
        for entity in sentence.entities:
            if back == index and entity.last > token_index:
                break
            if entity.text not in other.split() and _surname_typed_a_body(sentence, entity):
                return True
    return False


def _surname_typed_a_body(sentence: Sentence, entity: Span) -> bool:
    """Return True for a one-word capitalised "organisation" that may be someone's surname:
    not an acronym, a body's word, a small word, or a name after "the" or a preposition
    ("The Cat in the Hat", "the bridge at Alta": a thing's or a place's)."""
    word = entity.text
    before = sentence.tokens[entity.first - 1].tag if entity.first else ""
    return (
        entity.label == "ORG"
        and " " not in word
        and word[:1].isupper()
        and not word.isupper()
        and word.casefold() not in gazetteer.ORG_WORDS
        and not lexicon.is_stopword(word)
        and before not in {"DT", "IN", "TO"}
    )


def _first_name_typed_an_organisation(entity: Span) -> bool:
    """Return True for a one-word "organisation" that Punkt knows as a name and no list
    names as a place: "Mary" typed ORG is a girl (Punkt's names include places)."""
    word = entity.text.casefold()
    return (
        entity.label == "ORG" and " " not in word and word not in _PLACE_WORDS and _known_name(word)
    )


def _last_named(document: Document, index: int, context: ArticleContext) -> set[str] | None:
    """Return the people the last sentence before `index` that names anyone names."""
    for back in range(index - 1, -1, -1):
        named = _people_named(document.sentences[back].entities, context)
        if named is None or named:
            return named
    return set()


def _person(
    document: Document, index: int, token_index: int, context: ArticleContext, pronoun: str
) -> str:
    """Return whom a "he"/"she" at `token_index` of sentence `index` means, or "" if unsure.

    The candidates are the people named before it in its sentence and in the
    _WINDOW sentences before, less those the article gives the other pronoun.
    Exactly one, shown to be a person beyond its name's shape, is meant. With
    nobody named, the article's main person, if nobody else was named last.
    Two candidates, or a sentence opening with a name not typed as a person
    before anyone is named (often a person the NLP layer mistook), is unsure.
    """
    sentence = document.sentences[index]
    if any(
        _unnamed_relative(
            document.sentences[back].tokens, pronoun, token_index if back == index else None
        )
        for back in range(max(0, index - _WINDOW), index + 1)
    ):
        return ""  # "his father-in-law … He built the house": which "he"?
    candidates = _people_named((e for e in sentence.entities if e.last <= token_index), context)
    for back in range(index - 1, max(-1, index - 1 - _WINDOW), -1):
        if candidates is None:
            return ""
        earlier = document.sentences[back]
        subject = _subject_entity(earlier)
        if not candidates and (
            (
                subject is not None
                and subject.label != "PERSON"
                and not _people_named([subject], context)
            )
            or (subject is None and _opens_with_a_name(earlier))
        ):
            # "Tesla gained experience... He": a subject named but not typed PERSON.
            return ""
        named = _people_named(earlier.entities, context)
        candidates = None if named is None else candidates | named
    if candidates is None:
        return ""
    if not candidates:
        last = _last_named(document, index - _WINDOW, context)
        if last is None or not last <= {context.main_person}:
            return ""  # "Mary ... She ... She ... Her": the girl, not the article's main person
        if _maybe_a_person(document, index, token_index):
            return ""  # "the support Romney received … he": Romney, typed a body, may be "he"
        return _trusted(context, context.main_person, pronoun)
    agreeing = [name for name in candidates if _agreeing(context, name, pronoun)]
    if len(agreeing) != 1 or _maybe_a_person(document, index, token_index, agreeing[0]):
        return ""
    return _trusted(context, agreeing[0], pronoun)


# Relatives and others a possessive names without a name: "his father-in-law", "her boss".
_MALE_RELATIVES = frozenset(
    ("father", "father-in-law", "son", "son-in-law", "brother", "brother-in-law", "husband",
     "uncle", "nephew", "grandfather", "grandson", "boyfriend", "dad", "stepfather", "fiancé")
)  # fmt: skip
_FEMALE_RELATIVES = frozenset(
    ("mother", "mother-in-law", "daughter", "daughter-in-law", "sister", "sister-in-law",
     "wife", "aunt", "niece", "grandmother", "granddaughter", "girlfriend", "mum", "mom",
     "stepmother", "fiancée")
)  # fmt: skip
_EITHER_RELATIVES = frozenset(
    ("friend", "partner", "boss", "colleague", "neighbour", "neighbor", "cousin", "spouse")
)
_OWNERS = frozenset({"his", "her", "my", "our", "their", "your"})


def _unnamed_relative(tokens: Sequence[Token], pronoun: str, end: int | None) -> bool:
    """Return True when tokens (up to `end`) mention a person by a relation to someone, whom
    the pronoun may mean as well as anyone named: "when his father-in-law applied … he"."""
    relatives = _EITHER_RELATIVES | (_MALE_RELATIVES if pronoun == "he" else _FEMALE_RELATIVES)
    stop = len(tokens) if end is None else end
    return any(
        tokens[at].text.casefold() in _OWNERS and tokens[at + 1].text.casefold() in relatives
        for at in range(stop - 1)
    )


def _named_again(resolved: str, tokens: tuple[Token, ...], pronoun_at: int) -> bool:
    """Return True when the sentence names what its pronoun was resolved to elsewhere."""
    words = resolved.removesuffix("'s").removeprefix("the ").split()
    key = words[-1] if words else ""
    return any(t.text == key for at, t in enumerate(tokens) if at != pronoun_at)


def _opens_with_a_name(sentence: Sentence) -> bool:
    """Return True for a sentence opening with a proper noun and its verb: "Luther sought..."."""
    tokens = sentence.tokens
    return (
        len(tokens) > 1
        and tokens[0].tag == "NNP"
        and (tokens[1].tag in _FINITE_VERB or tokens[1].tag == "NNP")
    )


def _subject_entity(sentence: Sentence) -> Span | None:
    """Return the entity that opens the sentence ("The Danube is..."), if one does."""
    tokens = sentence.tokens
    for entity in sentence.entities:
        # "The Danube ...", "Ms Berg ...", "President Putin ...": a title is not the subject.
        if entity.first == 0 or (
            entity.first == 1
            and (tokens[0].tag == "DT" or tokens[0].text.casefold() in gazetteer.TITLES)
        ):
            return entity
    return None


def _resolve(document: Document, index: int, token_index: int, context: ArticleContext) -> str:
    """Return what a subject "he"/"she"/"it"/"they" refers to, or "" when unsure."""
    sentence = document.sentences[index]
    pronoun = sentence.tokens[token_index].text.casefold()
    previous = document.sentences[index - 1] if index > 0 else None
    before = [e for e in sentence.entities if e.last <= token_index]
    if pronoun in _PERSON_PRONOUNS:
        return _person(document, index, token_index, context, pronoun)
    if pronoun == "they":
        if previous is None or any(e.label not in _NUMERIC_LABELS for e in before):
            return ""
        return _plural_subject(document, index - 1, context)
    if pronoun != "it":
        return ""
    # "It is clear that..." / "It was important to...": the "it" stands for nothing.
    following = sentence.tokens[token_index + 1]
    after = sentence.tokens[token_index + 2] if token_index + 2 < len(sentence.tokens) else None
    if following.text.casefold() in {"is", "was", "'s", "’s", "seems", "seemed"} and (
        after is None or after.tag.startswith("JJ") or after.text.casefold() in {"that", "to"}
    ):
        return ""
    rest = [t.text.casefold() for t in sentence.tokens[token_index + 2 :]]
    if (
        following.text.casefold() in {"is", "was"}
        and after is not None
        and (
            # "It is believed that...", "It was around this time that...", "It was not until...".
            (after.tag == "VBN" and "that" in rest)
            or after.tag == "IN"
            or after.text.casefold() == "not"
        )
    ):
        return ""
    return _thing(document, index, token_index, context)


def _thing(document: Document, index: int, token_index: int, context: ArticleContext) -> str:
    """Return the named thing an "it"/"its" at `token_index` of sentence `index` means, or ""."""
    sentence = document.sentences[index]
    previous = document.sentences[index - 1] if index > 0 else None
    if any(e.label not in _NUMERIC_LABELS for e in sentence.entities if e.last <= token_index):
        return ""
    if previous is None:
        return ""
    # The previous sentence's subject, if it is a named thing: "The Danube is ... It rises".
    subject = _subject_entity(previous)
    if subject is not None:
        if (
            subject.label in _NUMERIC_LABELS
            or subject.label == "PERSON"
            or not _whole_subject(previous.tokens, subject.last)
            or _owns_a_thing(previous.tokens)
        ):
            return ""
        # "the Danube" when the article writes "the Danube", else the name.
        return context.written.get(subject.text, subject.text)
    # An encyclopedia article names its subject in its title: "Oxygen is ... It is ...".
    subject_name = _title_subject(document, previous)
    if subject_name:
        return subject_name
    # A chain of "It ..." sentences: this "It" is what the one before it was, if that one
    # was sure ("It will help scientists… It will also cut…" about a machine is no "US").
    it_at = next(
        (i for i, t in enumerate(previous.tokens[:4]) if _opens_with_it(previous.tokens, i)), None
    )
    if it_at is None:
        return ""
    return _thing(document, index - 1, it_at, context)


def _opens_with_it(tokens: Sequence[Token], at: int) -> bool:
    """Return True for the "It" a sentence opens with ("It rises", "But it rises"), not an
    "it" further into an opening quotation ('"Next year it will be…"')."""
    token = tokens[at]
    if token.tag != "PRP" or token.text.casefold() != "it":
        return False
    return token.text == "It" or (at > 0 and tokens[at - 1].tag == "CC")


def _whole_subject(tokens: Sequence[Token], end: int) -> bool:
    """Return True when a name ending at `end` is the whole subject: its verb follows it.

    In "Rome, Italy The Colosseum is..." the name opens a heading run into the
    sentence, and the subject is another thing.
    """
    at = end + (end < len(tokens) and tokens[end].tag == "RB")
    return at < len(tokens) and (tokens[at].tag in _FINITE_VERB or tokens[at].tag == "VB")


def _owns_a_thing(tokens: Sequence[Token]) -> bool:
    """Return True for a sentence with an "its" ("Spain is famous for its festival"): the
    thing it owns is a second thing a next "It" may mean."""
    return any(t.tag == "PRP$" and t.text.casefold() == "its" for t in tokens)


def _plural_subject(document: Document, index: int, context: ArticleContext) -> str:
    """Return the plural noun phrase that opens sentence `index` as its subject, as written
    mid-sentence ("the Panthers", "farmers in the valley"), else "": what a next "They"
    stands for. A sentence that opens with "They" passes on what its own "They" stands for.
    """
    sentence = document.sentences[index]
    tokens = sentence.tokens
    if tokens and tokens[0].text.casefold() == "they" and tokens[0].tag == "PRP":
        return _plural_subject(document, index - 1, context) if index > 0 else ""
    first = 1 if tokens and tokens[0].text.casefold() == "the" else 0
    head = _noun_run(tokens, first)
    if head == first or head >= len(tokens) or not _plural(tokens[head - 1]):
        return ""
    if any(e.first < head <= e.last and e.label in _NOT_A_GROUP_LABELS for e in sentence.entities):
        return ""  # "Paris", "Texas": a place is an "it"; a "they" after it is someone else
    end = head
    if tokens[end].text.casefold() in _SUBJECT_PREPOSITIONS:  # "farmers in the valley"
        start = end + 1 + (end + 1 < len(tokens) and tokens[end + 1].tag == "DT")
        if _noun_run(tokens, start) > start:
            end = _noun_run(tokens, start)
    after = end
    if after < len(tokens) and tokens[after].text == "(":  # "The Normans (Norman: ...) were"
        closing = next((i for i in range(after, len(tokens)) if tokens[i].text == ")"), None)
        after = len(tokens) if closing is None else closing + 1
    if after >= len(tokens) or tokens[after].tag not in _FINITE_VERB | {"VB"}:
        return ""  # "VB": the tagger reads "Lichens grow" so
    if _reports_speech(tokens, after):
        # "Police have said Perez and his men were militiamen. They were accused…": the
        # reported men may be "they" as well as the police.
        return ""
    if any(t.text.casefold() in _NOT_A_GROUP for t in tokens[first:end]):
        return ""  # "Others use..." -> "They": some others, not a group one can name
    words = sentence.text[
        tokens[first].start - sentence.start : tokens[end - 1].end - sentence.start
    ]
    if not first and tokens[0].tag not in {"NNP", "NNPS"}:
        words = words[:1].lower() + words[1:]  # "Farmers" opened its sentence
    return f"the {words}" if first else words


def _reports_speech(tokens: Sequence[Token], verb: int) -> bool:
    """Return True when the verb group from `verb` says or believes something: "have said",
    "say", "believe"."""
    at = verb
    while at < len(tokens) and (
        tokens[at].tag in {"MD", "RB"} or tokens[at].text.casefold() in _AUXILIARIES
    ):
        at += 1  # "have said", "would not say"
    word = tokens[at].text.casefold() if at < len(tokens) else ""
    return word in quotations.SPEECH_VERBS or word in _BELIEF_VERBS


_AUXILIARIES = frozenset({"have", "has", "had", "do", "does", "did"})
# Verbs of belief that report others as speech verbs do: "Police believe the men…".
_BELIEF_VERBS = frozenset(
    {"tell", "believe", "believed", "think", "thought", "claim", "allege", "alleged", "report"}
)


def _noun_run(tokens: Sequence[Token], start: int) -> int:
    """Return the end of the run of at most four noun-phrase words from `start`."""
    end = start
    while end < len(tokens) and end - start < 4 and tokens[end].tag in _PLURAL_SUBJECT_TAGS:
        end += 1
    return end


def _plural(token: Token) -> bool:
    """Return True for a plural noun, and a name that looks plural ("Vikings", tagged NNP)."""
    return token.tag in {"NNS", "NNPS"} or (
        token.tag == "NNP" and token.text.endswith("s") and not token.text.endswith("ss")
    )


def _title_subject(document: Document, sentence: Sentence) -> str:
    """Return the article's title as `sentence` writes it when it opens the sentence as the
    subject ("The Rhine flows..." in an article titled "Rhine"), else ""."""
    title = document.title.split()
    tokens = sentence.tokens
    first = 1 if tokens and tokens[0].text.casefold() == "the" else 0
    end = first + len(title)
    if not title or end >= len(tokens):
        return ""
    words = [t.text.casefold() for t in tokens[first:end]]
    if words != [w.casefold() for w in title] or not (
        tokens[end].tag.startswith("VB") or tokens[end].tag == "MD"
    ):
        return ""
    subject = " ".join(t.text for t in tokens[first:end])
    return f"the {subject}" if first else subject


def _possessive(name: str) -> str:
    """Return "Genghis Khan's" for "Genghis Khan"."""
    return f"{name}'s"
