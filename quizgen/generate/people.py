"""Which names an article shows to be people, beyond their shape, and which pronoun each takes.

A capitalised run typed PERSON only from its shape may be a book ("her
autobiography, After All"), a film or a company. A pronoun is replaced by a
name only when the article gives evidence that the name is a person's: a
title ("Ms Berg"), a first name Punkt knows ("Clara"), a role ("the architect
Lena Vik", "Vik, a botanist", "Vik was a chemist") or a speech verb ("Vik
said"). A name in quotation marks or set beside a work ("the novel, Home")
is a title of a work, whatever else the article says of it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from quizgen.generate.lexicon import first_sense_lexname
from quizgen.nlp import gazetteer
from quizgen.nlp.document import Document, Span, Token
from quizgen.nlp.names import family_word

# Titles that say which pronoun the person takes.
TITLE_PRONOUNS = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "herr", "monsieur", "señor"), "he"),
    **dict.fromkeys(
        ("ms", "mrs", "miss", "lady", "dame", "queen", "princess", "frau", "madame", "señora"),
        "she",
    ),
}
SPEECH_VERBS = frozenset({"said", "says", "added", "adds", "told", "stated", "explained"})
# Speech verbs whose object is the one spoken to, who may be a magazine: "told Harbor Weekly".
_TO_SOMEONE = frozenset({"told", "tells", "asked", "asks"})
_SPEAKER_PRONOUNS = frozenset({"he", "she"})
_REFLEXIVES = {"himself": "he", "herself": "she"}
_NAMING = frozenset({"named", "called"})
_BE = frozenset({"is", "was", "'s", "’s", "became", "becomes"})
_QUOTES = frozenset({"“", "”", '"', "‘", "’", "``", "''", "«", "»"})
# Kinds of noun whose name set beside it is a work's or a thing's: "the novel, Home".
_WORK_LEXNAMES = frozenset({"noun.communication", "noun.artifact", "noun.act", "noun.event"})
_ROLE_LEXNAME = "noun.person"
# How far after a name a pronoun it says of itself may come: "Vik said that she…".
_CLAUSE_WORDS = 40
# How far after a name its role may come: "Vik, a young Swedish botanist".
_ROLE_WORDS = 5


@dataclass(frozen=True)
class PersonEvidence:
    """What the article shows of its PERSON mentions, by the mention's text."""

    # Mentions with evidence beyond their shape that they name a person.
    evidenced: frozenset[str]
    # Mentions written as a work's title (quoted, or set beside a book or a film).
    works: frozenset[str]
    # The pronouns the article gives each name word ("Berg" -> {"she"}).
    pronouns: Mapping[str, frozenset[str]]


def word_before(text: str) -> str:
    """Return the last word of `text`, in lower case, without a full stop: "mr" of "… Mr."."""
    words = text.split()
    return words[-1].casefold().rstrip(".") if words else ""


def ends_with_a_title(text: str) -> bool:
    """Return True when a title or word of address ends `text`: "Mr _____", "chief executive"."""
    return word_before(text) in gazetteer.TITLES


def pronouns_said(name: str, pronoun_of: Mapping[str, str]) -> set[str]:
    """Return the pronouns the article gives a name by its first or last word ("Ms Tu")."""
    words = name.split()
    return {pronoun_of.get(w) for w in words[:1] + words[-1:]} - {None}  # type: ignore[misc]


def full_names_by_family(document: Document) -> dict[str, list[str]]:
    """Return the full names (two words or more) of the article's people by family word, each
    once in reading order: {"Finney": ["Hal Finney", "Fran Finney"]}."""
    found: dict[str, list[str]] = {}
    for sentence in document.sentences:
        for entity in sentence.entities:
            if entity.label == "PERSON" and len(entity.text.split()) > 1:
                names = found.setdefault(family_word(entity.text), [])
                if entity.text not in names:
                    names.append(entity.text)
    return found


def person_evidence(document: Document, known_name: Callable[[str], bool]) -> PersonEvidence:
    """Return the evidence the article gives of each PERSON mention.

    `known_first_name(word)` is True for a lower-case word Punkt knows as a name ("clara").
    """
    evidenced: set[str] = set()
    works: set[str] = set()
    pronouns: dict[str, set[str]] = {}
    for sentence in document.sentences:
        tokens = sentence.tokens
        for entity in sentence.entities:
            if entity.label != "PERSON":
                continue
            if _written_as_a_work(tokens, entity):
                works.add(entity.text)
                continue
            said = _pronoun_said(tokens, entity)
            if said:
                words = entity.text.split()
                for word in {words[0], words[-1]}:
                    pronouns.setdefault(word, set()).add(said)
            if said or _has_evidence(tokens, entity, known_name):
                evidenced.add(entity.text)
    return PersonEvidence(
        frozenset(evidenced),
        frozenset(works),
        {word: frozenset(said) for word, said in pronouns.items()},
    )


def _has_evidence(tokens: Sequence[Token], entity: Span, known_name: Callable[[str], bool]) -> bool:
    """Return True when a title, a known first name, a role or a speech verb marks a person."""
    words = entity.text.split()
    written = tokens[entity.first - 1].text if entity.first > 0 else ""
    before = written.casefold().rstrip(".")
    if len(words) == 1:
        # A firm speaks and leads too ("Pernod said", "market leader Diageo"): one word
        # needs a title written as one ("Mr Clarke", "President Putin").
        return before in gazetteer.TITLES and written[:1].isupper()
    if before in gazetteer.TITLES or words[0].casefold().rstrip(".") in gazetteer.TITLES:
        return True
    if words[0].isalpha() and known_name(words[0].casefold()):
        return True
    after = [t for t in tokens[entity.last : entity.last + 2] if t.text != ","]
    if (after and after[0].text.casefold() in SPEECH_VERBS) or (
        before in SPEECH_VERBS and before not in _TO_SOMEONE
    ):
        return True
    return _role_before(tokens, entity.first) or _role_after(tokens, entity.last)


def _role_before(tokens: Sequence[Token], first: int) -> bool:
    """Return True for "the architect Lena Vik" or "a scientist named Louis Leakey"."""
    at = first - 1
    if at > 0 and tokens[at].text.casefold() in _NAMING:
        at -= 1
    return at >= 0 and _is_role(tokens[at])


def _role_after(tokens: Sequence[Token], last: int) -> bool:
    """Return True for "Vik, a botanist from Umea," or "Vik was not a successful sportsman"."""
    if last >= len(tokens):
        return False
    word = tokens[last].text.casefold()
    if word not in _BE and word != ",":
        return False
    at = last + 1
    if word in _BE and at < len(tokens) and tokens[at].text.casefold() == "not":
        at += 1
    if at >= len(tokens) or tokens[at].tag != "DT":
        return False
    for token in tokens[at + 1 : at + 1 + _ROLE_WORDS]:
        if token.tag in {"NN", "NNS"} and _is_role(token):
            return True
        if token.tag not in {"JJ", "NN", "NNS", "NNP", "VBG", "VBN", "CD", "HYPH", "JJS", "RBS"}:
            return False
    return False


def _is_role(token: Token) -> bool:
    """Return True for a lower-case noun for a kind of person: "architect", "sportsman"."""
    text = token.text
    return (
        token.tag in {"NN", "NNS"}
        and text.isalpha()
        and text.islower()
        and first_sense_lexname(text) == _ROLE_LEXNAME
    )


def _written_as_a_work(tokens: Sequence[Token], entity: Span) -> bool:
    """Return True for a name in quotation marks, or set beside a work: "her memoir, After All"."""
    before = tokens[entity.first - 1] if entity.first > 0 else None
    after = tokens[entity.last] if entity.last < len(tokens) else None
    if (
        before is not None
        and after is not None
        and before.text in _QUOTES
        and after.text in _QUOTES
    ):
        return True
    if before is None or before.text not in {",", "(", ":"} or entity.first < 2:
        return False
    noun = tokens[entity.first - 2]
    return (
        noun.tag in {"NN", "NNS"}
        and noun.text.isalpha()
        and first_sense_lexname(noun.text.casefold()) in _WORK_LEXNAMES
    )


def _pronoun_said(tokens: Sequence[Token], entity: Span) -> str:
    """Return "he"/"she" when the sentence says it of the name: "Vik said she...", "Vik hurt
    herself"; else ""."""
    # Only the words up to the clause's end matter: slicing the whole rest of a huge
    # sentence for each name took quadratic time.
    rest = tokens[entity.last : entity.last + _CLAUSE_WORDS]
    if len(rest) > 1 and rest[0].text.casefold() in SPEECH_VERBS:
        follow = rest[2] if rest[1].text.casefold() == "that" and len(rest) > 2 else rest[1]
        said = follow.text.casefold()
        if said in _SPEAKER_PRONOUNS and follow.tag == "PRP":
            return said
    if rest and rest[0].tag in {"VBD", "VBZ", "VBP"}:
        for token in rest[1:]:
            if token.text in {".", ";", ",", "and", "but"} or token.tag == "NNP":
                break
            if token.text.casefold() in _REFLEXIVES:
                return _REFLEXIVES[token.text.casefold()]
    return ""
