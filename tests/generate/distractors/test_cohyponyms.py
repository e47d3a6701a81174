"""WordNet sister terms, in the answer's number and capitalisation."""

from __future__ import annotations

from quizgen.generate.distractors.cohyponyms import cohyponyms


def test_a_chemical_element_gives_other_elements(private_folders) -> None:
    found = cohyponyms("radium")
    assert found
    assert all(f.islower() and " " not in f for f in found)
    assert "radium" not in found


def test_plural_answers_get_plural_sisters(private_folders) -> None:
    found = cohyponyms("lungs")
    assert found
    assert all(f.endswith("s") for f in found)


def test_a_country_gives_countries(private_folders) -> None:
    found = cohyponyms("Belarus")
    assert found
    assert all(f[:1].isupper() for f in found)


def test_common_abstract_words_give_nothing(private_folders) -> None:
    # "governments" has a sense "population control" in WordNet: no guesses for such words.
    assert cohyponyms("governments") == []


def test_a_much_more_general_word_is_not_a_sister_term(private_folders) -> None:
    from quizgen.generate.distractors.cohyponyms import related_terms

    # "vehicles" is also true of trolleybuses: not a wrong option beside them.
    assert not related_terms("trolleybuses", "vehicles")
    assert related_terms("trams", "trolleybuses")
