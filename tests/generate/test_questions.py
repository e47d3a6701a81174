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


def test_two_figures_of_a_percentage_change_are_not_two_cards() -> None:
    from quizgen.generate.questions import independent

    # Exactly 50 per cent, any two would give the third away and none is asked at all
    # (candidates' "sum-of-parts"); said roughly, each may be asked, but not two at once.
    view, found = _view_and_candidates(
        "The stadium was budgeted at £300 million, but it finally cost £450 million, "
        "an overrun of more than 40 per cent. It opened in 2009."
    )
    budget, cost, share = (
        found["£300 million"],
        found["£450 million"],
        found["more than 40 per cent"],
    )
    assert not independent(cost, share, view)  # £300 million and one gives the other away
    assert not independent(budget, cost, view)
    assert not independent(budget, share, view)


def test_a_sum_and_a_share_of_something_else_can_be_two_cards() -> None:
    from quizgen.generate.questions import independent

    view, found = _view_and_candidates(
        "The council spent £450 million on roads in 2009, and 50 per cent of voters approved. "
        "The roads opened in 2011."
    )
    assert independent(found["£450 million"], found["50 per cent"], view)
