"""A person's names in an article: the words of one person, and which word is the surname."""

from __future__ import annotations

from quizgen.generate.distractors.persons import is_name_part, name_index, own_names, surname

NAMES = ("Wen Lihua", "Wen", "Chen Bo", "Chen Yu", "Omar Haddad", "Haddad", "Li Na")
INDEX = name_index(NAMES)


def test_the_longer_names_holding_the_answer_are_its_own() -> None:
    assert own_names("Wen", INDEX) == ("Wen Lihua",)
    assert own_names("Chen", INDEX) == ("Chen Bo", "Chen Yu")
    assert own_names("Lihua Wen", INDEX) == ("Wen Lihua",)  # in any order


def test_a_part_of_the_answer_s_own_name_is_no_wrong_option() -> None:
    assert is_name_part("Lihua", "Wen", INDEX)
    assert is_name_part("Lihua Wen", "Wen Lihua", INDEX)
    assert is_name_part("Yu", "Chen", INDEX)  # "Chen" may be Chen Yu
    assert not is_name_part("Haddad", "Wen", INDEX)
    assert not is_name_part("Chen Yu", "Chen Bo", INDEX)  # another person of that surname


def test_the_surname_is_the_word_the_article_uses_alone() -> None:
    alone = frozenset({"wen", "haddad"})
    assert surname("Omar Haddad", alone) == "Haddad"
    assert surname("Peter Lindgren", alone) == "Lindgren"  # the last word by default
    # Beside a name written surname first, a name never used alone is not read.
    assert surname("Peter Lindgren", alone, surname_first=True) == ""
    assert surname("Omar Haddad", alone, surname_first=True) == "Haddad"
    # A first name the article also writes alone once ("Omar said...") is not the surname.
    assert surname("Omar Haddad", frozenset({"omar", "haddad"})) == "Haddad"


def test_a_surname_keeps_its_particles() -> None:
    # "Blasio" had been offered for "Mr. _____ said" beside "Georgelis".
    assert surname("Bill de Blasio", frozenset()) == "de Blasio"
    assert surname("Anna van der Berg", frozenset({"berg"})) == "van der Berg"
    assert surname("Marine Le Pen", frozenset()) == "Le Pen"
