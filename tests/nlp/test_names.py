"""Name rules: titles, nationality words, sentence starts, organisations, places and products."""

from __future__ import annotations

import pytest

from quizgen.nlp.pipeline import analyse_text


def _names(text: str) -> list[tuple[str, str]]:
    return [
        (e.label, e.text)
        for s in analyse_text(text).sentences
        for e in s.entities
        if e.label in ("PERSON", "ORG", "GPE", "LOC", "PRODUCT")
    ]


def test_titles_and_nationality_words_stay_outside_a_persons_name() -> None:
    assert _names("Russian President Vladimir Putin met Ambassador Semashko.") == [
        ("PERSON", "Vladimir Putin"),
        ("PERSON", "Semashko"),
    ]


def test_the_owner_before_a_title_is_split_from_the_person() -> None:
    assert _names("Moscow Mayor Sergei Sobyanin opened the station.") == [
        ("GPE", "Moscow"),
        ("PERSON", "Sergei Sobyanin"),
    ]


def test_a_nationality_word_is_not_a_place() -> None:
    assert _names("The Belarusian side and French officials met in Minsk.") == [("GPE", "Minsk")]


def test_a_capitalised_common_word_starting_a_sentence_is_not_a_name() -> None:
    assert _names("Cooperation. Officials praised the deal. Trade grew.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Bank of England raised rates.", ("ORG", "Bank of England")),
        ("She studied at the University of Vienna.", ("ORG", "University of Vienna")),
        ("The Food and Drug Administration approved it.", ("ORG", "Food and Drug Administration")),
        ("The Finance Ministry denied the report.", ("ORG", "Finance Ministry")),
        ("Talks with NATO resumed.", ("ORG", "NATO")),
        ("The Kremlin denied it.", ("ORG", "Kremlin")),
        ("Shares in Zalando fell.", ("ORG", "Zalando")),
    ],
)
def test_organisations_by_their_words_acronyms_and_cues(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Negotiations began in Krasnaya Polyana on Monday.", ("GPE", "Krasnaya Polyana")),
        ("Ships crossed the Black Sea.", ("LOC", "Black Sea")),
        ("Floods hit Bosnia and Herzegovina.", ("GPE", "Bosnia and Herzegovina")),
        ("The delegation flew to St Petersburg.", ("GPE", "St Petersburg")),
    ],
)
def test_places_from_gazetteers_feature_words_and_cues(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _names(text)


def test_products_by_a_following_product_noun_or_a_model_number() -> None:
    assert ("PRODUCT", "Sputnik V") in _names("Production of Sputnik V vaccine will start.")
    assert ("PRODUCT", "Falcon 9") in _names("The Falcon 9 rocket lifted off.")


def test_a_disease_code_and_an_award_are_not_typed_entities() -> None:
    assert _names("The COVID-19 pandemic delayed the Nobel Prize in Physics ceremony.") == []
