"""Where a name goes on past a blank: its particle, a glued dash, its "'s", its acronym."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")


def test_an_acronym_of_part_of_a_name_is_known_and_a_whole_one_is_not() -> None:
    from quizgen.generate.nameparts import partial_acronyms
    from quizgen.nlp.pipeline import analyse_text

    document = analyse_text(
        "The study began at the University of Oslo—Blindern (UO) in 1931. "
        "The Federal Communications Commission (FCC) fined the station in May."
    )
    assert partial_acronyms(document) == frozenset({"UO"})


def _tokens(text: str) -> tuple:
    from quizgen.nlp.pipeline import analyse_text

    return analyse_text(text).sentences[0].tokens


def _span(tokens: tuple, words: str) -> tuple[int, int]:
    texts = [t.text for t in tokens]
    size = len(words.split())
    first = next(i for i in range(len(texts)) if texts[i : i + size] == words.split())
    return first, first + size


@pytest.mark.parametrize("part", ["Lasker Prize in Chemistry", "Physics"])
def test_either_field_of_a_prize_in_two_fields_is_half_its_name(part: str) -> None:
    from quizgen.generate.nameparts import goes_on_past

    tokens = _tokens("Vera Holm won the Lasker Prize in Chemistry or Physics in 1961.")
    assert goes_on_past(tokens, *_span(tokens, part))


def test_a_name_after_an_or_that_joins_two_places_is_whole() -> None:
    from quizgen.generate.nameparts import goes_on_past

    tokens = _tokens("The ferry sails from Oslo or Bergen in summer.")
    assert not goes_on_past(tokens, *_span(tokens, "Bergen"))
    assert not goes_on_past(tokens, *_span(tokens, "Oslo"))


def test_no_cloze_blanks_one_surname_of_a_spanish_double_surname() -> None:
    from quizgen.generate import generate_set

    question_set = generate_set(
        "The painter Tomás Garrido y Vela was born in Toledo in 1874. "
        "He studied in Madrid and later taught drawing in Seville for 20 years. "
        "Garrido y Vela painted more than 300 portraits of farmers and fishermen."
    )
    texts = [q.text if q.type == "cloze" else q.question for q in question_set.questions]
    assert texts, "the article gives questions"
    assert not any("{{c1::Vela" in t or "{{c2::Vela" in t or "y _____" in t for t in texts)
    assert not any("Garrido}}" in t or "_____ y Vela" in t for t in texts)
