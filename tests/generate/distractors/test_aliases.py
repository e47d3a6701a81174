"""Telling another name of one thing from a sister name: acronyms, shortenings, stated aliases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.generate.distractors.aliases import (
    acronym_inside,
    acronym_of,
    by_initials,
    may_give_alias,
    name_words,
    names_one_body,
    sentences_giving_alias,
    shortened,
    stated_alias,
)
from quizgen.generate.distractors.filters import _BODY_WORDS

pytestmark = pytest.mark.usefixtures("private_folders")


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("FCC", "Federal Communications Commission"),
        ("DOJ", "Department of Justice"),  # with the joining word's initial
        ("USN", "U.S. Navy"),  # an acronym inside gives all its letters
        ("NBC", "the National Broadcasting Company"),
    ],
)
def test_capital_initials_are_the_acronym_of_the_name(short: str, long: str) -> None:
    assert acronym_of(short, long)


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("FCC", "Federal Trade Commission"),
        ("Fox", "Fox Outdoor Xpress"),  # a word, not capital initials
        ("NBC", "Broadcasting"),  # one word has no initials to speak of
    ],
)
def test_other_letters_are_no_acronym_of_the_name(short: str, long: str) -> None:
    assert not acronym_of(short, long)


def test_a_name_holding_the_others_acronym_holds_the_other() -> None:
    assert acronym_inside("NBC Amber Network", "National Broadcasting Company")
    assert not acronym_inside("CBS Radio", "National Broadcasting Company")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Meridian Amber", "Amber Network"),  # the distinctive word, with a kind word
        ("Meridian Amber Network", "Amber Network"),
        ("Labor Department", "Department of Labor"),  # the same words in another order
        ("Chicago University", "University of Chicago"),  # a place with the same kind word
        ("British Sky Broadcasting Limited", "British Sky Broadcasting Group"),
    ],
)
def test_names_with_the_same_distinctive_words_name_one_body(a: str, b: str) -> None:
    assert names_one_body(a, b, _BODY_WORDS)
    assert names_one_body(b, a, _BODY_WORDS)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Meridian Amber", "Meridian Jade"),  # sisters share the family word, not the colour
        ("European Union", "European Council"),  # one word, but two kinds of body
        ("University of Florida", "University of North Florida"),  # "North" tells them apart
        ("Florida State University", "University of Florida"),
        ("Sky News", "Sky Sports News"),  # the shared word is the family's
        ("University of Warsaw", "Warsaw University of Technology"),  # a place alone
        ("University of Warsaw", "Medical University of Warsaw"),
        ("New York", "York"),
    ],
)
def test_sister_names_are_not_one_body(a: str, b: str) -> None:
    assert not names_one_body(a, b, _BODY_WORDS)
    assert not names_one_body(b, a, _BODY_WORDS)


def test_a_name_with_each_word_cut_short_is_a_shortening() -> None:
    assert shortened("Man United", "Manchester United")
    assert not shortened("Dundee United", "Manchester United")
    assert not shortened("Mann", "Manning")  # one word alone: two surnames


@pytest.mark.parametrize(
    ("a", "b", "sentence"),
    [
        ("Amber Network", "Coastal Radio", "The Amber Network, later renamed Coastal Radio, grew."),
        ("Harwick Lines", "Northvale", "Harwick Lines (formerly Northvale) grew."),
        ("Harwick Lines", "Northvale", "Harwick Lines, also known as Northvale, grew."),
        ("Persia", "Iran", "In 1935 Persia was renamed Iran by decree."),
        ("Office of Fair Trading", "OFT", "The Office of Fair Trading (OFT) fined them."),
        ("Amber Network", "Gold Chain", "It bought the Amber Network, or Gold Chain, in 1950."),
        ("Harwick Lines", "Northvale", "Harwick Lines changed its name to Northvale."),
    ],
)
def test_an_alias_the_sentence_gives_is_another_name(a: str, b: str, sentence: str) -> None:
    assert stated_alias(a, b, [sentence])
    assert stated_alias(b, a, [sentence])


@pytest.mark.parametrize(
    ("a", "b", "sentence"),
    [
        ("Paris", "London", "The fair moved from Paris, then London, to Rome."),  # a sequence
        ("Amber", "Jade", "Its colours were Red, Amber, or Jade, by region."),  # a list
        ("Harwick Lines", "Delta Freight", "Harwick Lines, Delta Freight and Orca sailed."),
        ("European Union", "TEU", "The Treaty on European Union (TEU) says so."),  # longer name's
        ("Shipping Union", "USU", "The United Shipping Union (USU) met."),
    ],
)
def test_names_side_by_side_without_an_alias_cue_are_not_aliases(
    a: str, b: str, sentence: str
) -> None:
    assert not stated_alias(a, b, [sentence])


def test_a_one_word_name_is_found_in_any_case() -> None:
    assert stated_alias("Orvalis", "OVC", ["The ORVALIS (OVC) fleet sailed at dawn."])
    assert stated_alias("ORVALIS", "OVC", ["The Orvalis (OVC) fleet sailed at dawn."])


@pytest.mark.parametrize(
    "sentence",
    [
        "Its neworvalis (OVC) fleet sailed at dawn.",  # the name ending a longer word
        "Its fleet_Orvalis (OVC) sailed at dawn.",  # joined by "_": one word
    ],
)
def test_a_one_word_name_inside_another_word_is_not_found(sentence: str) -> None:
    assert not stated_alias("Orvalis", "OVC", [sentence])


def test_an_acronym_stands_for_the_first_name_with_its_initials() -> None:
    names = ["Meridian Radio", "National Broadcasting Company", "New Bedford College", "Amber"]
    found = by_initials(names)
    assert found["NBC"] == "National Broadcasting Company"
    assert found["MR"] == "Meridian Radio"
    assert "" not in by_initials(["the amber network"])  # no capitals: no initials


def test_the_sentences_that_may_give_an_alias_are_those_with_a_cue_in_any_case() -> None:
    sentences = [
        "Harwick Lines (Northvale) sailed.",
        "Snow fell on the unknown ship.",  # "now" and "known" inside other words
        "It\u2019s NOW called Northvale.",  # a curly apostrophe, and capitals
        "Harwick Lines, or Northvale, sailed.",
        "Ships sailed north.",
        "The Caf\u00e9 changed  its\nname.",
        "Harwick Lines, \u212anown as Northvale.",  # the Kelvin sign is a "k" ignoring case
        "Harwick Lines, \u017ftyled Northvale.",  # and the long s an "s"
    ]
    cued = {0, 2, 3, 5, 6, 7}
    assert sentences_giving_alias(sentences) == cued
    assert [may_give_alias(s) for s in sentences] == [n in cued for n in range(len(sentences))]


def test_no_alias_cue_spans_two_sentences() -> None:
    # ", or " across the end of one sentence and the start of the next is no cue.
    assert sentences_giving_alias(["The line ran to Dover,", "or so they said."]) == frozenset()
    assert sentences_giving_alias(["It was", "known to all."]) == {1}


_NAME_WORDS = st.sampled_from(
    ["Amber", "Network", "the", "Meridian", "of", "University", "North", "Blue", "Radio", "NBC"]
)
_NAMES = st.lists(_NAME_WORDS, min_size=1, max_size=4).map(" ".join)


@given(st.lists(_NAMES, min_size=1, max_size=2).map("/".join), _NAMES)
def test_names_told_one_body_by_their_words_share_a_word(a: str, b: str) -> None:
    # What lets the alias check skip bodies that share no word: none of them is one body.
    parts = [a, *(part.strip() for part in a.split("/") if "/" in a and part.strip())]
    if any(names_one_body(x, b, _BODY_WORDS) for x in parts):
        assert name_words(a) & name_words(b)
