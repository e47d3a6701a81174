"""Wrong options for a multiple-choice question: over-generate from several methods, then filter.

Methods, in the order they are preferred (each recorded on the Distractor):
"number-perturbation" / "date-perturbation" for values; for names and terms
"same-type-entity" (the article), "other-article-entity" (other articles of
the same run), "wordnet-cohyponym", then "fallback-pool".
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from quizgen.generate.distractors.cohyponyms import cohyponyms, related_terms
from quizgen.generate.distractors.dates import perturb_date
from quizgen.generate.distractors.fallback import fallback_pool
from quizgen.generate.distractors.filters import ArticleFacts, content_words, distractor_problem
from quizgen.generate.distractors.numbers import perturb_number
from quizgen.generate.kinds import DATE_KINDS, NUMERIC_KINDS, PLACE_KINDS, place_kind
from quizgen.model import Distractor

__all__ = ["DistractorSources", "choose_distractors"]

# Words of a public body's name: such an answer may take the pool's bodies as distractors.
_BODY_WORDS = frozenset(
    {
        "union",
        "nations",
        "bank",
        "fund",
        "organization",
        "organisation",
        "council",
        "committee",
        "commission",
        "agency",
        "court",
        "parliament",
        "assembly",
        "alliance",
        "federation",
        "association",
        "institute",
        "ministry",
        "authority",
        "cross",
    }
)
# The article's most frequent terms tried as distractors for a term: enough, and bounded.
_ARTICLE_TERMS = 60


@dataclass(frozen=True)
class DistractorSources:
    """Names by answer kind: from this article (most mentioned first) and from other articles."""

    article: Mapping[str, Sequence[str]] = field(default_factory=dict)
    other_articles: Mapping[str, Sequence[str]] = field(default_factory=dict)
    facts: ArticleFacts = field(default_factory=lambda: ArticleFacts(()))
    # Content words of the passage: they pick a word's sense in WordNet.
    context: frozenset[str] = frozenset()


def choose_distractors(
    answer: str,
    kind: str,
    stem: str,
    sources: DistractorSources,
    *,
    count: int = 3,
    rejected: Counter[str] | None = None,
) -> list[Distractor]:
    """Return `count` acceptable distractors for the answer, or fewer if not enough exist.

    Every rejected candidate adds one to `rejected["distractor:<reason>"]`.
    """
    chosen: list[Distractor] = []
    seen: set[str] = set()
    for text, method in _candidates(answer, kind, stem, sources):
        if text in seen:
            continue
        seen.add(text)
        problem = distractor_problem(
            text,
            answer=answer,
            kind=kind,
            stem=stem,
            others=[d.text for d in chosen],
            facts=sources.facts,
        )
        if problem:
            if rejected is not None:
                rejected[f"distractor:{problem}"] += 1
            continue
        chosen.append(Distractor(text=text, method=method))
        if len(chosen) == count:
            break
    return chosen


def _candidates(
    answer: str, kind: str, stem: str, sources: DistractorSources
) -> Iterator[tuple[str, str]]:
    """Yield (text, method) candidates, best first, possibly repeating or unacceptable.

    Yields nothing for an answer of unknown kind ("name") or a place of unknown
    kind: their "same type" could be anything, so they stay clozes.
    """
    if kind == "name" or (kind == "place" and not place_kind(answer)):
        return
    if kind in DATE_KINDS:
        for text in perturb_date(answer):
            yield text, "date-perturbation"
        for text in perturb_number(answer):
            yield text, "number-perturbation"
        return
    if kind in NUMERIC_KINDS:
        for text in perturb_number(answer, percent=kind == "percent"):
            yield text, "number-perturbation"
        return
    # A country's distractors are countries; an unknown place may take any place.
    kinds = [kind, "country", "city"] if kind == "place" else [kind]
    # Walked lazily: a long article names thousands, and the first few usually do.
    found = itertools.chain(
        *(
            zip(sources.article.get(source_kind, ()), itertools.repeat("same-type-entity"))
            for source_kind in kinds
            if source_kind != "term"  # terms come after WordNet's sister terms
        ),
        *(
            zip(
                sources.other_articles.get(source_kind, ()),
                itertools.repeat("other-article-entity"),
            )
            for source_kind in kinds
        ),
    )
    for text, method in found:
        yield _match_person_form(text, answer) if kind == "person" else text, method
    if kind in PLACE_KINDS or kind == "term":
        for text in cohyponyms(answer, context=sources.context | content_words(stem)):
            yield text, "wordnet-cohyponym"
    if kind == "term":
        # Other terms of the article, if WordNet puts them in the answer's category; the
        # "also true" rule drops those the article states in the stem's place.
        for text in sources.article.get("term", ())[:_ARTICLE_TERMS]:
            if related_terms(answer, text):
                yield text, "same-type-entity"
    if kind == "organisation" and not _public_body(answer):
        return  # the pool holds public bodies: "the World Bank" beside "Volvo Cars" stands out
    if kind == "person" and not _world_news(answer, stem, sources):
        return  # "Angela Merkel" beside an MIT researcher, or after "Mr", is no real choice
    for text in fallback_pool(kind):
        yield _match_person_form(text, answer) if kind == "person" else text, "fallback-pool"


def _public_body(name: str) -> bool:
    """Return True for a body like those of the fallback pool: "the ... Union", "... Bank".

    An acronym alone is not enough: "NBC" or "the FCC" beside "NATO" stands out.
    """
    words = {w.casefold() for w in name.split()}
    return bool(words & _BODY_WORDS) or (name.startswith("the ") and not name[4:].isupper())


def _world_news(answer: str, stem: str, sources: DistractorSources) -> bool:
    """Return True when the pool's statesmen and scientists are fair options for a person.

    Only in an article about several countries (world news), and not after an
    honorific that a pool name may not fit ("Mr _____").
    """
    from quizgen.generate.stems import BLANK  # stems imports candidates, which imports us

    if len(sources.article.get("country", ())) < 2:
        return False
    return not re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady)\.? " + re.escape(BLANK), stem)


def _match_person_form(name: str, answer: str) -> str:
    """Return the surname alone when the answer is a surname alone ("Merkel" beside "Putin")."""
    return name.split()[-1] if len(answer.split()) == 1 else name
