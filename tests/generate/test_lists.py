"""Lists found in a sentence's tokens: a hedge or a trailing phrase does not end one."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")


def _items(sentence: str) -> list[str]:
    from quizgen.generate.lists import lists_of
    from quizgen.nlp.pipeline import analyse_text

    (analysed,) = analyse_text(sentence).sentences
    tokens = analysed.tokens
    return [" ".join(t.text for t in tokens[a:b]) for items in lists_of(tokens) for a, b in items]


def test_a_hedged_item_is_an_item_of_the_list() -> None:
    items = _items("The crew included Danes, Norwegians, possibly Swedes, and Frisians.")
    assert items == ["Danes", "Norwegians", "possibly Swedes", "Frisians"]


def test_a_last_item_with_a_phrase_after_it_still_ends_the_list() -> None:
    items = _items(
        "The settlers were Norwegians, Icelanders, Scots, and Anglo-Danes from the Danelaw."
    )
    assert items == ["Norwegians", "Icelanders", "Scots", "Anglo-Danes"]


def test_a_brand_and_its_product_is_an_item_beside_plain_names() -> None:
    items = _items(
        "The shop sells Lindt, Milka, Cadbury Flake bars, Ritter Sport and Toblerone in bulk."
    )
    assert items == ["Lindt", "Milka", "Cadbury Flake bars", "Ritter Sport", "Toblerone"]


def test_noun_lists_give_each_items_text_without_articles() -> None:
    from quizgen.generate.lists import noun_lists
    from quizgen.nlp.pipeline import analyse_text

    document = analyse_text("Waste leaves the body through the lungs, the kidneys and the skin.")
    assert noun_lists([s.tokens for s in document.sentences]) == (("lungs", "kidneys", "skin"),)


def test_a_list_of_names_is_no_noun_list() -> None:
    from quizgen.generate.lists import noun_lists
    from quizgen.nlp.pipeline import analyse_text

    document = analyse_text("The probe flew past Venus, Mars and Jupiter in four years.")
    assert noun_lists([s.tokens for s in document.sentences]) == ()
