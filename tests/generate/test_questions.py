"""Questions built from candidates: which answers of one sentence can share a cloze note."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")


def _view_and_candidates(text: str):  # type: ignore[no-untyped-def]
    from quizgen.article import article_from_text
    from quizgen.generate.candidates import find_candidates
    from quizgen.generate.context import article_context, sentence_view
    from quizgen.nlp.pipeline import analyse

    document = analyse(article_from_text(text))
    view, reason = sentence_view(document, 0, article_context(document))
    assert view is not None, reason
    return view, {c.text: c for c in find_candidates(document, [view], Counter())}


def test_a_count_and_the_term_it_counts_can_be_two_cards() -> None:
    from quizgen.generate.questions import independent

    view, found = _view_and_candidates(
        "Bergen and Oslo signed 31 integration roadmaps in 2019. The roadmaps run until 2030."
    )
    count = found["31"]
    term = next(c for c in found.values() if c.kind == "term" and c.first == count.last)
    assert independent(count, term, view)


def test_one_noun_phrase_cut_into_two_blanks_is_not_two_cards() -> None:
    from quizgen.generate.questions import independent

    view, found = _view_and_candidates(
        "Vets in Bergen confirmed the H5N1 avian influenza in 31 farms near Voss."
    )
    code = found["H5N1"]
    tokens = view.tokens
    # "the {{H5N1}} {{avian influenza}}": the name and the noun after it are one answer.
    term = dataclasses.replace(
        code,
        text="avian influenza",
        kind="term",
        first=code.last,
        last=code.last + 2,
        start=tokens[code.last].start,
        end=tokens[code.last + 1].end,
    )
    assert not independent(code, term, view)
