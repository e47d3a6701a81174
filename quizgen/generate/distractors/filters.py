"""The rejection rules for a wrong option: shared by the generator and by the rule checker."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.answers import normalize, parse_number, same_answer
from quizgen.generate import lexicon
from quizgen.generate.kinds import NUMERIC_KINDS, answer_form
from quizgen.nlp.document import Document

# Share of the stem's content words another sentence must repeat before a
# distractor it mentions counts as "also true".
_ALSO_TRUE_SHARE = 0.5


@dataclass(frozen=True)
class ArticleFacts:
    """Each sentence of the article as normalised text and content words, for the "also true" rule."""

    sentences: tuple[tuple[str, frozenset[str], frozenset[float]], ...]

    @classmethod
    def of(cls, document: Document | None) -> ArticleFacts:
        """Return the facts of `document` (none for None)."""
        if document is None:
            return cls(())
        rows = []
        for sentence in document.sentences:
            numbers = frozenset(e.value for e in sentence.entities if e.value is not None)
            rows.append((f" {normalize(sentence.text)} ", content_words(sentence.text), numbers))
        return cls(tuple(rows))


def content_words(text: str) -> frozenset[str]:
    """Return the lower-case, singular content words of a text (no stopwords, no numbers)."""
    words = re.findall(r"[A-Za-z][A-Za-z-]+", text)
    return frozenset(
        lexicon.noun_lemma(w) for w in words if not lexicon.is_stopword(w) and len(w) > 2
    )


def contains_phrase(haystack: str, needle: str) -> bool:
    """Return True if `needle` occurs in `haystack` as whole words, after normalisation."""
    norm = normalize(needle)
    return bool(norm) and re.search(rf"(?<!\w){re.escape(norm)}(?!\w)", normalize(haystack)) is not None


def distractor_problem(
    text: str,
    *,
    answer: str,
    kind: str,
    stem: str,
    others: Sequence[str] = (),
    facts: ArticleFacts | None = None,
) -> str:
    """Return why `text` is not an acceptable wrong option for `answer`, or "" if it is.

    `others` are the options already chosen. Reasons: "empty",
    "equals-answer", "synonym", "substring-of-answer", "in-stem", "duplicate",
    "different-form", "also-true".
    """
    if not normalize(text):
        return "empty"
    if same_answer(text, answer):
        return "equals-answer"
    if contains_phrase(answer, text) or contains_phrase(text, answer):
        return "substring-of-answer"
    if kind == "term" and _synonyms(text, answer):
        return "synonym"
    if contains_phrase(stem, text):
        return "in-stem"
    for other in others:
        if same_answer(text, other) or contains_phrase(other, text) or contains_phrase(text, other):
            return "duplicate"
    if answer_form(text, kind) != answer_form(answer, kind):
        return "different-form"
    if facts is not None and _also_true(text, answer, kind, stem, facts):
        return "also-true"
    return ""


def _synonyms(a: str, b: str) -> bool:
    wordnet = lexicon.wordnet()
    key_a = lexicon.noun_lemma(a.split()[-1]) if a.split() else ""
    key_b = lexicon.noun_lemma(b.split()[-1]) if b.split() else ""
    if not key_a or not key_b:
        return False
    if key_a == key_b:
        return True
    synsets_a = set(wordnet.synsets(key_a, "n"))
    return any(s in synsets_a for s in wordnet.synsets(key_b, "n"))


def _also_true(text: str, answer: str, kind: str, stem: str, facts: ArticleFacts) -> bool:
    """Return True if the article states the distractor in a sentence saying what the stem says."""
    stem_words = content_words(stem) - content_words(answer) - content_words(text)
    if not stem_words:
        return False
    needed = max(2, round(len(stem_words) * _ALSO_TRUE_SHARE))
    value = parse_number(text) if kind in NUMERIC_KINDS else None
    for sentence_text, words, numbers in facts.sentences:
        if len(stem_words & words) < needed:
            continue
        if value is not None:
            if value in numbers:
                return True
        elif contains_phrase(sentence_text, text):
            # Includes "A and B went skiing": B is as true as A.
            return True
    return False
