"""Bylines, credits, pull quotes and footers run into the prose are cut out; sentences are not."""

from __future__ import annotations

import pytest

from quizgen.article import article_from_text
from quizgen.article.glued_credits import glued_credits

LEAD = "The ferry left Tromso on Friday. "


def credits_in(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], reason) for start, end, reason in glued_credits(text)]


def test_a_byline_between_two_items_of_a_round_up_is_cut_with_the_next_headline() -> None:
    text = LEAD + "- Ola Dahl, Harbour News Fare Rise plan The council wants to raise fares by 5%."
    assert credits_in(text) == [
        ("- Ola Dahl, Harbour News", "byline"),
        ("Fare Rise plan", "heading"),
    ]


def test_an_agency_byline_at_the_end_is_cut() -> None:
    assert credits_in(LEAD + "— Harbour News") == [("— Harbour News", "byline")]


def test_a_wire_services_credits_and_the_copyright_after_them_are_cut() -> None:
    text = LEAD + "(Reporting by Ola Dahl; Editing by Ann Lee) Copyright 2011 Harbour Wire."
    assert credits_in(text) == [
        ("(Reporting by Ola Dahl; Editing by Ann Lee)", "byline"),
        ("Copyright 2011 Harbour Wire.", "copyright"),
    ]


def test_a_photo_credit_and_the_caption_before_it_are_cut() -> None:
    text = "Ann Lee waves from the new ferry. (Ola Dahl) Ten ferries now serve the islands."
    assert credits_in(text) == [
        ("Ann Lee waves from the new ferry. ", "caption"),
        ("(Ola Dahl)", "caption"),
    ]


def test_a_photo_credit_after_a_later_sentence_leaves_that_sentence_alone() -> None:
    text = LEAD + "Ann Lee waved from the deck. (Ola Dahl) Ten ferries now serve the islands."
    assert credits_in(text) == [("(Ola Dahl)", "caption")]


def test_a_pull_quote_with_its_speaker_is_cut() -> None:
    text = (
        LEAD + "‘Nobody reads the timetable any more’ — Harbour Lines’ CEO Ann Lee "
        "If the council agrees, the ferry will run every hour."
    )
    assert credits_in(text) == [
        ("‘Nobody reads the timetable any more’ — Harbour Lines’ CEO Ann Lee ", "quote")
    ]


def test_a_footer_of_tags_and_copyright_is_cut_to_the_end() -> None:
    text = LEAD + "Tags: ferries, Tromso Copyright 2011 Harbour Blog. All Rights Reserved."
    assert credits_in(text) == [
        ("Tags: ferries, Tromso Copyright 2011 Harbour Blog. All Rights Reserved.", "tags")
    ]


def test_page_furniture_glued_between_sentences_is_cut() -> None:
    text = LEAD + "Story continues below The crossing took two hours."
    assert credits_in(text) == [("Story continues below", "boilerplate")]


@pytest.mark.parametrize(
    ("glued", "credit"),
    [
        ("Via Harbour Daily The report names three captains.", "Via Harbour Daily"),
        ("Via Tromso Sea Gazette Sour grapes, anybody?", "Via Tromso Sea Gazette"),
    ],
)
def test_a_source_credit_glued_before_the_next_sentence_is_cut(glued: str, credit: str) -> None:
    assert credits_in(LEAD + glued) == [(credit, "source")]


def test_a_rule_of_underscores_between_items_is_a_separator() -> None:
    assert credits_in(LEAD + "___ The second item starts here.") == [("___", "separator")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Via Rail Canada operates trains between the cities.",
        "The vote - held on Friday - passed easily.",
        "- and then the ferry left.",
        "(The crossing is the longest in Norway.) Ten ferries serve it.",
        "“We are ready,” said Ann Lee. The ferry left.",
        "Tags are sold at the harbour office for $5.",
        "Copyright law protects the timetable, the court said.",
    ],
)
def test_sentences_of_the_article_are_not_taken_for_credits(sentence: str) -> None:
    assert credits_in(LEAD + sentence) == []


def test_an_item_after_a_rule_loses_its_dateline_too() -> None:
    text = "The first ferry left at six. ___ BERGEN (AP) — The second ferry left at nine.\n"
    article = article_from_text(text)
    assert article.prose_text() == "The first ferry left at six.\n\nThe second ferry left at nine."
    assert [item.reason for item in article.excluded] == ["separator", "dateline"]


def test_a_byline_run_into_the_first_sentence_is_cut() -> None:
    from quizgen.article import article_from_text

    article = article_from_text(
        "Markets\n\nBy Ann Lee and Ola Dahl, OsloMarkets.com Stocks ended off the highs of the "
        "day as technology slumped.\n"
    )
    assert article.prose_text() == "Stocks ended off the highs of the day as technology slumped."
    # "By" that opens a sentence is no byline.
    article = article_from_text("Buses\n\nBy the end of May, Oslo had 40 new buses on its roads.\n")
    assert article.prose_text().startswith("By the end of May")
