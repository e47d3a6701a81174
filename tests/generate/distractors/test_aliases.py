"""Telling another name of one thing from a sister name: acronyms, shortenings, stated aliases."""

from __future__ import annotations

import pytest

from quizgen.generate.distractors.aliases import (
    acronym_inside,
    acronym_of,
    names_one_body,
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
