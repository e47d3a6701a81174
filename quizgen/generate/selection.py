"""Choosing which questions to keep: best first, spread over the article, no answer too often."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from quizgen.nlp.document import Document

from quizgen.generate import lexicon
from quizgen.nlp.names import family_word

T = TypeVar("T")


def spread_select(
    items: Sequence[T],
    count: int | None,
    *,
    score: Callable[[T], float],
    position: Callable[[T], int],
    span: int,
) -> list[T]:
    """Return up to `count` items (all if None), best first within each part of the article.

    The article's `span` positions (sentences) are cut into `count` equal parts
    and the parts take turns choosing their best item, so that a limit never
    keeps only the top of the article. The result is in the order chosen.
    """
    ranked = sorted(items, key=lambda item: (-score(item), position(item)))
    if count is None or count >= len(ranked):
        return ranked
    if count <= 0:
        return []
    parts = max(1, min(count, span))
    buckets: list[list[T]] = [[] for _ in range(parts)]
    for item in ranked:
        buckets[min(parts - 1, position(item) * parts // max(span, 1))].append(item)
    chosen: list[T] = []
    # Parts take turns, the part whose best item scores highest first.
    while len(chosen) < count:
        live = [b for b in buckets if b]
        if not live:
            break
        live.sort(key=lambda b: -score(b[0]))
        for bucket in live:
            chosen.append(bucket.pop(0))
            if len(chosen) == count:
                break
    return chosen


# An answer with a rival in the article ("Putin" beside "Lukashenko", "Russia" beside
# "Belarus") may be asked this often: each question is a real choice between the two.
MAX_PER_RIVALLED_ANSWER = 4
# MCQs of a rivalled answer: two among sentences' first MCQs, one more as a second MCQ.
FIRST_MCQS_PER_RIVALLED_ANSWER = 2
MCQS_PER_RIVALLED_ANSWER = 3
_NAME_ANSWERS = frozenset({"name", "organisation", "place"})
# Kinds whose answers can rival each other: people with people, places with places.
_RIVAL_GROUPS = {
    "person": "person",
    "country": "place",
    "city": "place",
    "place": "place",
}


class _Answer(Protocol):
    kind: str
    text: str
    value: float | None
    unit: str
    surname: str

    @property
    def key(self) -> str: ...


def answer_key(candidate: _Answer) -> str:
    """Return what makes two answers one: "Putin" and "Vladimir Putin" are one person, and
    "integration roadmaps" and "roadmaps" one term."""
    key = candidate.key
    if not key:
        return key
    if candidate.kind == "person":
        return candidate.surname or family_word(key)
    if candidate.kind == "term":
        return _singular(key.split()[-1])
    if candidate.kind in {"number", "quantity"} and candidate.value is not None and candidate.unit:
        # "six-seven roadmaps" and "six or seven roadmaps" are one fact.
        return f"{candidate.value:g} {_singular(candidate.unit.split()[-1])}"
    if candidate.kind in _NAME_ANSWERS:
        # "Oxford University" and "the University of Oxford": one name.
        return " ".join(sorted(w for w in name_phrase(candidate).split() if w not in _NAME_LINKS))
    return key


def name_phrase(candidate: _Answer) -> str:
    """Return a name's words as written, folded, its last in the singular: "the 2015 Nobel
    Prizes" and "the Nobel Prize" give "nobel prize" (with the year)."""
    words = candidate.key.split()
    if words and words[-1][-1:] == "s":
        words[-1] = _singular(words[-1])
    return " ".join(words)


_NAME_LINKS = frozenset({"of", "the", "for"})


def _singular(noun: str) -> str:
    """Return a noun's singular, also for one WordNet does not know ("roadmaps")."""
    lemma = lexicon.noun_lemma(noun)
    if lemma != noun.casefold() or not lexicon.is_plural(noun):
        return lemma
    return lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1]


# Of the article's mentions of a kind, each of a pair needs this share to be what it is about...
_PAIR_SHARE = 0.25
# ...and this many sentences that name the two together.
_PAIR_SENTENCES = 2


class PairEvidence:
    """What says an article is about two answers of a kind: its title names both ("Putin and
    Lukashenko meet..."), or each holds a quarter of the kind's mentions and sentences
    name the two together more than once (news about talks, a match, a dispute).

    Counted on the first question: most articles have no two answers to weigh.
    """

    def __init__(self, document: Document, title: str = "") -> None:
        self._document = document
        self._title = title

    @classmethod
    def of(cls, document: Document, title: str = "") -> PairEvidence:
        """Return the evidence of `document` and its title."""
        return cls(document, title)

    @functools.cached_property
    def _counts(
        self,
    ) -> tuple[dict[str, Counter[str]], Counter[tuple[str, str]], frozenset[str]]:
        """Count the people and places by answer key, which sentences name two, and which
        keys the title names."""
        from quizgen.generate.distractors.filters import normal_form
        from quizgen.generate.kinds import kind_of

        mentions: dict[str, Counter[str]] = {}
        together: Counter[tuple[str, str]] = Counter()
        known: dict[tuple[str, str], tuple[str, str]] = {}
        for sentence in self._document.sentences:
            named: dict[str, set[str]] = {}
            for entity in sentence.entities:
                if entity.value is not None:
                    continue  # a number or a date: no rival of a name
                found = known.get((entity.label, entity.text))
                if found is None:
                    kind = kind_of(entity.label, entity.text)
                    group = _RIVAL_GROUPS.get(kind, "")
                    key = answer_key(NamedAnswer(kind, entity.text)) if group else ""
                    found = known[(entity.label, entity.text)] = (group, key)
                group, key = found
                if group and key:
                    mentions.setdefault(group, Counter())[key] += 1
                    named.setdefault(group, set()).add(key)
            for keys in named.values():
                ordered = sorted(keys)
                together.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
        words = f" {normal_form(self._title)} "
        titled = frozenset(
            key for counts in mentions.values() for key in counts if f" {key} " in words
        )
        return mentions, together, titled

    def central(self, group: str) -> frozenset[str]:
        """Return the keys of `group` that may be one of a pair the article is about: those
        the title names, and those with a quarter of the group's mentions."""
        mentions, _, titled = self._counts
        counts = mentions.get(group, Counter())
        total = sum(counts.values())
        return frozenset(
            key for key, said in counts.items() if key in titled or said >= _PAIR_SHARE * total
        )

    def about_the_pair(self, group: str, a: str, b: str) -> bool:
        """Return True when the article is about `a` and `b` (answer keys of `group`) both."""
        mentions, together, titled = self._counts
        if a in titled and b in titled:
            return True
        counts = mentions.get(group, Counter())
        share = _PAIR_SHARE * sum(counts.values())
        return (
            min(counts[a], counts[b]) >= share > 0
            and together[(min(a, b), max(a, b))] >= _PAIR_SENTENCES
        )


@dataclass(frozen=True)
class NamedAnswer:
    """A name or noun of the article as `answer_key` reads an answer ("Putin", a person;
    "neurons", a term)."""

    kind: str
    text: str
    value: float | None = None
    unit: str = ""
    surname: str = ""

    @property
    def key(self) -> str:
        from quizgen.generate.distractors.filters import normal_form

        return normal_form(self.text)


@dataclass(frozen=True)
class AnswerLimits:
    """How often one answer may be asked in a set.

    Once as an MCQ and once as a cloze card: a second question of the same
    type about the same answer is a repeat ("State Department" blanked in four
    sentences). An answer with a rival of its kind that the article names about
    as often (neither twice as often as the other) may be asked up to
    MAX_PER_RIVALLED_ANSWER times, in an article about the pair (see
    `PairEvidence`): "Who said...?" in an article about two leaders' talks is
    a real question each time; "Andy" asked four times in a story is not. Two
    firms get no such allowance: "the deal with _____" asked of a merger's
    partner again and again is one fact.
    """

    rivalled: frozenset[str]

    @classmethod
    def of(
        cls, candidates: Iterable[_Answer], evidence: PairEvidence | None = None
    ) -> AnswerLimits:
        """Work out which answers of an article's candidates have a rival (with `evidence`,
        only a rival the article is about together with the answer)."""
        found: dict[str, Counter[str]] = {}
        for candidate in candidates:
            group = _RIVAL_GROUPS.get(candidate.kind)
            if group:
                found.setdefault(group, Counter())[answer_key(candidate)] += 1
        rivalled: set[str] = set()
        for group, counts in found.items():
            # Only the few answers the article may be about can be one of a pair: a long
            # article has thousands of answers, and pairs of them by the million.
            keys = counts.keys() if evidence is None else evidence.central(group) & counts.keys()
            for key in keys:
                count = counts[key]
                if any(
                    o != key
                    and (n := counts[o]) >= 2
                    and 2 * n >= count
                    and 2 * count >= n
                    and (evidence is None or evidence.about_the_pair(group, key, o))
                    for o in keys
                ):
                    rivalled.add(key)
        return cls(frozenset(rivalled))

    def total(self, candidate: _Answer) -> int:
        """Return how many questions in all may ask the candidate's answer."""
        return MAX_PER_RIVALLED_ANSWER if self._rivalled(candidate) else 2

    def mcqs(self, candidate: _Answer, *, second: bool = False) -> int:
        """Return how many MCQs may ask it: among first MCQs, or with `second` ones too."""
        if not self._rivalled(candidate):
            return 1
        return MCQS_PER_RIVALLED_ANSWER if second else FIRST_MCQS_PER_RIVALLED_ANSWER

    def clozes(self, candidate: _Answer) -> int:
        """Return how many cloze cards may ask it."""
        return MAX_PER_RIVALLED_ANSWER if self._rivalled(candidate) else 1

    def is_rivalled(self, candidate: _Answer) -> bool:
        """Return True when another answer of its kind is named about as often."""
        return candidate.kind in _RIVAL_GROUPS and answer_key(candidate) in self.rivalled

    _rivalled = is_rivalled
