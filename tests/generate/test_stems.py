"""Stems: a wh-question where a simple transformation is safe, else the sentence with a blank."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")


def _stem_for(text: str, answer: str) -> tuple[str, str]:
    from collections import Counter

    from quizgen.article import article_from_text
    from quizgen.generate.candidates import find_candidates
    from quizgen.generate.context import article_context, sentence_view
    from quizgen.generate.stems import question_stem
    from quizgen.nlp.pipeline import analyse

    document = analyse(article_from_text(text))
    view, reason = sentence_view(document, 0, article_context(document))
    assert view is not None, reason
    candidates = find_candidates(document, [view], Counter())
    candidate = next(c for c in candidates if c.text == answer)
    return question_stem(view, candidate)


def test_a_person_as_subject_becomes_who() -> None:
    stem, style = _stem_for(
        "Angela Merkel opened the new bridge over the Elbe in 2009.", "Angela Merkel"
    )
    assert (stem, style) == ("Who opened the new bridge over the Elbe in 2009?", "wh")


def test_a_final_place_becomes_where_with_do_support() -> None:
    stem, style = _stem_for("The talks between the two ministers began in Geneva.", "Geneva")
    assert (stem, style) == ("Where did the talks between the two ministers begin?", "wh")


def test_a_final_year_after_a_passive_becomes_when() -> None:
    stem, _ = _stem_for("The old town hall of Gdansk was rebuilt in 1950.", "1950")
    assert stem == "When was the old town hall of Gdansk rebuilt?"


def test_a_counted_object_becomes_how_many() -> None:
    stem, _ = _stem_for("The city council ordered 18 trams.", "18")
    assert stem == "How many trams did the city council order?"


def test_anything_less_simple_keeps_the_sentence_with_a_blank() -> None:
    stem, style = _stem_for(
        "After a long debate, the council of Gdansk voted on 14 March to build a new tram line.",
        "14 March",
    )
    assert style == "blank"
    assert stem == (
        "After a long debate, the council of Gdansk voted on _____ to build a new tram line."
    )


def test_a_sentence_opening_with_a_time_word_keeps_its_blank() -> None:
    # Not "Where did yesterday the mayor open a new bridge?".
    stem, style = _stem_for("Yesterday the mayor opened a new bridge in Bergen.", "Bergen")
    assert (stem, style) == ("Yesterday the mayor opened a new bridge in _____.", "blank")
