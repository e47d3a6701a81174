"""Names shaped like people's that name cafés, halls, pollsters, wines or works in a list."""

from __future__ import annotations

import pytest

from quizgen.nlp.named_things import kind_of_produce, venue_name
from quizgen.nlp.pipeline import analyse_text


def _names(text: str) -> dict[str, str]:
    return {e.text: e.label for s in analyse_text(text).sentences for e in s.entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We had lunch at Harbour Grill before the ferry left.", "Harbour Grill"),
        ("Pebble Cafe sells cakes and tea near the pier.", "Pebble Cafe"),
        ("The band played at Corn Exchange Hall on Friday.", "Corn Exchange Hall"),
        ("The council met in Town Hall on Tuesday.", "Town Hall"),
        ("Guests at Blue Lagoon Hotel were moved inland.", "Blue Lagoon Hotel"),
    ],
)
def test_a_place_of_business_or_a_hall_is_an_organisation_not_a_person(
    text: str, name: str
) -> None:
    assert _names(text)[name] == "ORG"


def test_a_person_whose_surname_is_hall_stays_a_person() -> None:
    names = _names("Rosa Hall said the plan was sound, and Anna Hall sang twice.")
    assert names["Rosa Hall"] == "PERSON"
    assert names["Anna Hall"] == "PERSON"


def test_a_pollster_named_for_its_trade_is_an_organisation() -> None:
    names = _names("A survey by Northern Lights Polling found that most voters backed the plan.")
    assert names["Northern Lights Polling"] == "ORG"


def test_a_wine_or_a_cheese_is_no_person() -> None:
    names = _names("The shop sells Gouda, and its owner Mia Lund likes Nouveau Beaujolais best.")
    assert names["Gouda"] != "PERSON"
    assert names["Nouveau Beaujolais"] != "PERSON"
    assert names["Mia Lund"] == "PERSON"


def test_a_person_with_a_cheeses_name_and_a_cue_stays_a_person() -> None:
    assert _names("Ann Gouda said the cheese was sold out.")["Ann Gouda"] == "PERSON"


def test_a_title_listed_with_a_title_of_a_work_is_a_work_too() -> None:
    names = _names("The festival showed Apollo 13 or Black Narcissus on the last night.")
    assert names["Apollo 13"] == "PRODUCT"
    assert names["Black Narcissus"] == "PRODUCT"


def test_actors_listed_with_a_film_stay_people() -> None:
    names = _names("The stars of Apollo 13, Tom Hanks and Ed Harris, came to the opening.")
    assert names["Tom Hanks"] == "PERSON"
    assert names["Ed Harris"] == "PERSON"


def test_venue_words_and_produce_are_read_from_the_word_lists() -> None:
    assert venue_name(["harbour", "grill"], first_is_a_name=False, first_is_common=True)
    assert not venue_name(["grill"], first_is_a_name=False, first_is_common=True)
    assert not venue_name(["rosa", "hall"], first_is_a_name=False, first_is_common=False)
    assert kind_of_produce("Beaujolais")
    assert not kind_of_produce("Lund")
    assert not kind_of_produce("beaujolais")  # only as a name, written with a capital
