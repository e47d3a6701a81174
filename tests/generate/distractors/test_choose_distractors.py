"""Choosing the wrong options of one question from all the methods."""

from __future__ import annotations

import pytest

from quizgen.generate.distractors import DistractorSources, choose_distractors

pytestmark = pytest.mark.usefixtures("private_folders")


def test_a_company_never_gets_public_bodies_from_the_pool() -> None:
    chosen = choose_distractors(
        "Volvo Cars", "organisation", "BMW and _____ signed supply contracts.", DistractorSources()
    )
    assert all(d.method != "fallback-pool" for d in chosen)


def test_a_public_body_may_get_public_bodies_from_the_pool() -> None:
    chosen = choose_distractors(
        "European Investment Bank",
        "organisation",
        "The city will borrow the money from the _____.",
        DistractorSources(),
    )
    assert len(chosen) == 3
    assert all(d.method == "fallback-pool" for d in chosen)


def test_a_term_gets_sister_terms_of_its_head_when_wordnet_lacks_the_phrase() -> None:
    chosen = choose_distractors(
        "thermal energy",
        "term",
        "Heat flows as _____ from warmer objects to cooler ones.",
        DistractorSources(context=frozenset({"heat", "temperature", "particle"})),
    )
    assert len(chosen) == 3
    texts = [d.text for d in chosen]
    assert all(t.endswith(" energy") for t in texts)
    assert all(d.method == "wordnet-cohyponym" for d in chosen)


WORLD = {"country": ("France", "Japan"), "person": ("Ana Silva",)}


@pytest.mark.parametrize(
    ("stem", "article", "pool_used"),
    [
        ("The talks in Geneva were led by _____ and Ana Silva.", WORLD, True),
        ("The study at the institute was led by _____ and Ana Silva.", {}, False),
        ("Ana Silva thanked Mr _____ for the loan of the boat.", WORLD, False),
    ],
    ids=["world-news", "no-countries", "after-an-honorific"],
)
def test_statesmen_from_the_pool_only_fit_world_news(
    stem: str, article: dict, pool_used: bool
) -> None:
    sources = DistractorSources(article=article)
    chosen = choose_distractors("Tomas Berg", "person", stem, sources)
    assert any(d.method == "fallback-pool" for d in chosen) == pool_used


def test_an_acronym_alone_is_no_public_body() -> None:
    chosen = choose_distractors(
        "NBC", "organisation", "The rights were sold to _____ in 1943.", DistractorSources()
    )
    assert all(d.method != "fallback-pool" for d in chosen)


def test_the_article_s_other_names_for_the_answer_are_skipped_for_its_sisters() -> None:
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.nlp.pipeline import analyse_text

    text = (
        "Meridian Radio ran three chains, Meridian Amber, Meridian Jade and Meridian Opal. "
        "The Amber Network, also known as the Harbour Chain, was sold in 1943. "
        "Meridian Jade and Meridian Opal stayed with the company."
    )
    sources = DistractorSources(
        article={
            "organisation": (
                "Amber Network",
                "Harbour Chain",
                "Meridian Jade",
                "Meridian Opal",
                "Meridian Radio",
                "Coastal Radio",
            )
        },
        facts=ArticleFacts.of(analyse_text(text)),
    )
    chosen = choose_distractors(
        "Meridian Amber", "organisation", "The buyer in 1943 paid for _____.", sources
    )
    # Not its other names: its network, and what the article says that was also known as.
    # Its sisters and the company share only the family word "Meridian": fair options.
    assert [d.text for d in chosen] == ["Meridian Jade", "Meridian Opal", "Meridian Radio"]
