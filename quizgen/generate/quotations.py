"""Quotations that fill whole sentences, and the mention in their attribution that says them.

News English gives someone's words in quotation marks with an attribution
after them ("“…,” said Ana Costa." / "“…,” Costa told reporters." / "“…,”
TASS quotes Costa.") or before them ("Costa said: “…”"). A quotation may run
over several sentences of one paragraph. This module finds, from tokens and
entities alone, the quoted words of each sentence and the speaker's mention
(a name typed PERSON, or "he"/"she"); context.py decides whom a pronoun means.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from quizgen.nlp import gazetteer
from quizgen.nlp.document import Document, Sentence, Span, Token

# Reporting verbs (a closed class any grammar lists), in the forms an attribution uses.
# fmt: off
SPEECH_VERBS = frozenset((
    "said", "says", "say", "added", "adds", "told", "tells", "stated", "states", "explained",
    "explains", "noted", "notes", "recalled", "recalls", "stressed", "stresses", "emphasized",
    "emphasised", "emphasizes", "emphasises", "insisted", "insists", "argued", "argues",
    "continued", "continues", "declared", "declares", "announced", "announces", "commented",
    "comments", "remarked", "remarks", "replied", "replies", "answered", "answers", "asked",
    "asks", "wrote", "writes", "warned", "warns", "admitted", "admits", "acknowledged",
    "acknowledges", "claimed", "claims", "observed", "observes", "concluded", "concludes",
    "confirmed", "confirms", "promised", "promises", "predicted", "predicts", "conceded",
    "concedes", "reiterated", "reiterates", "recounted", "recounts", "joked", "jokes",
    "quipped", "quips", "reported", "reports",
))
# fmt: on
# Verbs whose object is the speaker: "TASS quotes Costa", "the paper cited Costa".
_SPEAKER_AFTER = frozenset({"quotes", "quoted", "quote", "cites", "cited", "cite"})
# Forms that are only ever verbs; the others ("notes", "claims") need the tagger to agree.
_ONLY_VERBS = frozenset(v for v in SPEECH_VERBS if v.endswith("ed") or v in {"told", "wrote"})
_PERSON_PRONOUNS = frozenset({"he", "she"})
# Words that may stand between a speech verb and the name: "said Health Minister Ana Costa",
# "said the company's founder, Ana Costa".
_ROLE_TAGS = frozenset({"DT", "JJ", "NN", "NNP", "NNPS", "POS"})
_MAX_ROLE_WORDS = 6
# Tokens an attribution may run before its speech verb: "Ana Costa, Lisbon's health minister,".
_MAX_SUBJECT = 14
_MARKS = re.compile(r"[“”«»\"]|``|''")
# Words an attribution may have after its verb: "told reporters in Lisbon on Monday".
_MAX_TAIL = 5
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_END_PUNCTUATION = frozenset({".", "!", "?", ",", ";", ":", "…", "..."})


@dataclass(frozen=True)
class Mention:
    """Who an attribution names: a person's name as written, or a "he"/"she" at `token`."""

    sentence: int
    token: int
    name: str = ""  # "" for a pronoun


@dataclass(frozen=True)
class Quotation:
    """A quotation that fills its sentences but for its attribution.

    `pieces` are (sentence index, first token, last token) of the quoted words
    of each sentence, a comma or stop before the closing mark included;
    `opens` is where its opening mark stands (sentence, token); `speaker` is
    the attribution's mention, or None when no attribution names a person.
    """

    pieces: tuple[tuple[int, int, int], ...]
    opens: tuple[int, int]
    speaker: Mention | None


@dataclass
class _Open:
    """A quotation being read: where it opened, who the words before it name, its pieces."""

    sentence: int
    token: int
    before: Mention | None
    pieces: list[tuple[int, int, int]] = field(default_factory=list)


def find_quotations(document: Document) -> list[Quotation]:
    """Return the article's sentence-filling quotations, in reading order.

    A quotation that is only a phrase of its sentence ("called it “a step
    forward”") is left out: its sentence says something of its own.
    """
    found: list[Quotation] = []
    current: _Open | None = None
    depth = 0  # quotation marks open, counting one inside another
    previous_end = 0
    for index, sentence in enumerate(document.sentences):
        if "\n" in document.text[previous_end : sentence.start]:
            # A quotation that runs on into a new paragraph opens again there.
            if current is not None:
                found += _finished(current, None, whole=True)
            current, depth = None, 0
        previous_end = sentence.end
        tokens = sentence.tokens
        if current is None and not depth and not _MARKS.search(sentence.text):
            continue  # most sentences quote no one
        piece_from = 0
        segment_from = 0  # where the words outside any quotation begin
        for at, token in enumerate(tokens):
            mark = _mark(token, depth)
            if mark == "open" and depth == 1 and at == 0:
                # A quotation of several sentences may open again on each one ("…life.
                # “Employers…”"): the mark goes on with the open quotation, not inside it.
                piece_from = at + 1
                continue
            if mark == "open":
                depth += 1
                if depth == 1:
                    before = _attribution(document, index, segment_from, at, before_quote=True)
                    speaker = before if isinstance(before, Mention) else None
                    current = None if before is False else _Open(index, at, speaker)
                    piece_from = at + 1
            elif mark == "close" and depth > 0:
                depth -= 1
                if depth > 0:
                    continue
                segment_from = at + 1
                if current is None:
                    continue  # a quoted phrase ends: "called it “a step forward” on Monday"
                current.pieces.append((index, piece_from, at))
                segment_to = next(
                    (i for i in range(at + 1, len(tokens)) if _mark(tokens[i], 0) == "open"),
                    len(tokens),
                )
                after = _attribution(document, index, at + 1, segment_to, before_quote=False)
                speaker = after if isinstance(after, Mention) else None
                found += _finished(current, speaker, whole=after is not False)
                current = None
        if current is not None:
            current.pieces.append((index, piece_from, len(tokens)))
    if current is not None:
        found += _finished(current, None, whole=True)
    return found


def _finished(quotation: _Open, after: Mention | None, *, whole: bool) -> list[Quotation]:
    """Return the finished quotation, if it fills its sentences (`whole`), as a list of 0 or 1."""
    if not whole or not quotation.pieces:
        return []
    speaker = after or quotation.before
    return [Quotation(tuple(quotation.pieces), (quotation.sentence, quotation.token), speaker)]


def _mark(token: Token, depth: int) -> str:
    """Return "open", "close" or "" for a token: a quotation mark, and which way it faces."""
    text = token.text
    if text in ("“", "«") or (text in ('"', "``") and token.tag == "``"):
        return "open"
    if text in ("”", "»", "''") or (text == '"' and token.tag == "''"):
        return "close"
    if text == '"':
        return "close" if depth else "open"
    return ""


def _attribution(
    document: Document, index: int, start: int, end: int, *, before_quote: bool
) -> Mention | bool:
    """Return the speaker named by the words [start, end) of sentence `index` beside a quotation.

    Returns the speaker's Mention; True for an attribution that names no one
    ("the company said"), or for no words at all; False for words that are no
    attribution (the quotation is then a phrase of a longer sentence).
    Before a quotation the words must end in ":" or ",".
    """
    tokens = document.sentences[index].tokens
    words = [i for i in range(start, end) if tokens[i].text not in _END_PUNCTUATION]
    if not words:
        return not before_quote or start == end
    if before_quote and tokens[end - 1].text not in {":", ","}:
        return False
    verbs = [i for i in words if _speech_verb(tokens, i)]
    if not verbs:
        return False
    # Before a quotation the last speech verb introduces it ("Costa, who said..., added:");
    # after one, the first follows it ("said Costa, who told...").
    verb = verbs[-1] if before_quote else verbs[0]
    if not before_quote and verb - words[0] > _MAX_SUBJECT:
        return False
    sentence = document.sentences[index]
    if tokens[verb].text.casefold() in _SPEAKER_AFTER or tokens[verb].text.casefold() == "to":
        return _named_after(sentence, index, verb + 1, end) or True
    if verb == words[0]:
        return _named_after(sentence, index, verb + 1, end) or True  # "said Ana Costa"
    subject = _subject_before(sentence, index, words[0], verb, whole=not before_quote)
    return subject or True


def bare_attribution(tokens: Sequence[Token]) -> bool:
    """Return True when the words only say who speaks: "Costa told reporters on Monday",
    "TASS quotes Costa as saying" (a speech verb and a few words after it, no other verb)."""
    verbs = [i for i in range(len(tokens)) if _speech_verb(tokens, i)]
    if not verbs:
        return False
    tail = [t for t in tokens[verbs[-1] + 1 :] if t.text not in _END_PUNCTUATION]
    others = [t for i, t in enumerate(tokens) if i != verbs[-1] and t.tag in _FINITE]
    return len(tail) <= _MAX_TAIL and not others


def _speech_verb(tokens: Sequence[Token], at: int) -> bool:
    """Return True for a reporting verb at `at`, or the "to" of "according to"."""
    word = tokens[at].text
    lower = word.casefold()
    if lower == "to":
        return at > 0 and tokens[at - 1].text.casefold() == "according"
    if lower not in SPEECH_VERBS and lower not in _SPEAKER_AFTER:
        return False
    return word.islower() and (lower in _ONLY_VERBS or tokens[at].tag.startswith("VB"))


def _named_after(sentence: Sentence, index: int, start: int, end: int) -> Mention | None:
    """Return the person named right after a speech verb, past a few role words, if one is."""
    tokens = sentence.tokens
    at = start
    while at < end and at - start < _MAX_ROLE_WORDS and _person_at(sentence, at) is None:
        token = tokens[at]
        if token.text.casefold() in _PERSON_PRONOUNS and token.tag == "PRP":
            return Mention(index, at)  # "said he"
        if token.tag not in _ROLE_TAGS and not (
            token.text == "," and at > start
        ):  # "said the company's founder, Ana Costa"
            return None
        at += 1
    person = _person_at(sentence, at) if at < end else None
    return Mention(index, at, person.text) if person is not None else None


def _subject_before(
    sentence: Sentence, index: int, start: int, verb: int, *, whole: bool
) -> Mention | None:
    """Return the person who is the subject of the speech verb at `verb`, if one is.

    The subject ends right before the verb (past "also" and an aside between
    commas: "Ana Costa, the health minister, said"). With `whole`, the words
    from `start` up to the subject may only be its title ("Health Minister").
    """
    tokens = sentence.tokens
    at = verb - 1
    while at >= start and tokens[at].tag == "RB":
        at -= 1
    person = _person_ending_at(sentence, at)
    if person is None and at >= start and tokens[at].text == ",":
        # "the mayor, Anna Lund, said" names the person in the aside; "Anna Lund, the
        # mayor, said" before it.
        person = _person_ending_at(sentence, at - 1)
        if person is None:
            opening = next((i for i in range(at - 1, start - 1, -1) if tokens[i].text == ","), None)
            at = start - 1 if opening is None else opening - 1
            person = _person_ending_at(sentence, at)
    if person is not None:
        first, name = person.first, person.text
    elif at >= start and tokens[at].text.casefold() in _PERSON_PRONOUNS and tokens[at].tag == "PRP":
        first, name = at, ""
    else:
        return None
    if first < start or (
        whole
        and any(
            t.tag not in _ROLE_TAGS and t.text != "," and t.text.casefold() not in gazetteer.TITLES
            for t in tokens[start:first]
        )
    ):
        return None
    return Mention(index, first, name)


def _person_ending_at(sentence: Sentence, at: int) -> Span | None:
    """Return the PERSON entity whose last token is `at`, if one is."""
    return next((e for e in sentence.entities if e.label == "PERSON" and e.last == at + 1), None)


def _person_at(sentence: Sentence, at: int) -> Span | None:
    """Return the PERSON entity that begins at token `at`, if one does."""
    return next((e for e in sentence.entities if e.label == "PERSON" and e.first == at), None)
