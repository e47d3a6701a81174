"""What the whole article is about is never blanked."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")

_AQUARIUM = (
    "The Bergen Aquarium opened its new shark hall in 2019. "
    "The Aquarium feeds its seals at noon every day. "
    "Visitors to the Aquarium can watch penguins in an outdoor pool. "
    "The Aquarium cafe serves fish soup and waffles. "
    "Tickets cost 350 kroner for adults. "
    "The Aquarium is open until 6 pm in summer. "
    "About 300,000 people visit the Aquarium each year."
)
_NURSES = (
    "Hospitals in the north struggle to keep their hospital nurses. "
    "Many hospital nurses leave after two years for better pay in the cities. "
    "Young nurses often work three night shifts in a row. "
    "A survey found that 40 percent of nurses planned to quit. "
    "Some nurses now share flats near the clinic to save money. "
    "The union says nurses should earn 15 percent more. "
    "Older nurses train the new staff on the wards."
)
_ROCKS = (
    "Rocks change from one type to another over millions of years. "
    "Igneous rocks form when magma cools deep underground. "
    "Sedimentary rocks form from layers of sand and mud on the seabed. "
    "Heat and pressure slowly turn rocks into metamorphic rocks. "
    "Weathering breaks igneous rocks and sedimentary rocks into small grains. "
    "Rivers carry the grains to the sea, where new rocks form."
)


def _answers(text: str) -> list[str]:
    from quizgen.cloze import deletions
    from quizgen.generate import generate_set

    question_set = generate_set(text, seed=1)
    return [
        answer.casefold()
        for q in question_set.questions
        for answer in ([d.answer for d in deletions(q.text)] if q.type == "cloze" else [q.answer])
    ]


def test_the_place_an_article_is_about_is_never_blanked() -> None:
    # Named in the opening and in most sentences, with its short form "the Aquarium".
    answers = _answers(_AQUARIUM)
    assert answers  # the article's other facts are asked
    assert not {"bergen aquarium", "aquarium"} & set(answers)


def test_the_people_an_article_is_about_are_never_blanked() -> None:
    answers = _answers(_NURSES)
    assert answers
    assert not any(answer.endswith("nurses") for answer in answers)


def test_a_kind_of_the_subject_told_apart_by_a_rare_word_is_still_asked() -> None:
    # A text about rocks may still ask which rocks form when magma cools.
    answers = _answers(_ROCKS)
    assert "rocks" not in answers
    assert {"igneous rocks", "sedimentary rocks", "metamorphic rocks", "igneous", "sedimentary",
            "metamorphic"} & set(answers)  # fmt: skip


_DIATOMS = (
    "A diatom is a single-celled alga that lives inside a glassy shell of silica. "
    "The oceans hold about 20,000 species of diatoms. "
    "Each diatom has a shell made of two halves called frustules. "
    "The shells sink to the seabed when the cells die. "
    "Thick layers of old shells form a soft rock called diatomite. "
    "In 1836 the German naturalist Christian Ehrenberg described many diatoms from rock samples. "
    "Diatoms make about 20 percent of the oxygen on Earth. "
    "Water with too many nutrients can make the cells bloom in huge numbers."
)


def test_the_noun_an_article_opens_by_defining_is_never_blanked() -> None:
    # "diatom" is said as often as "shell", and no more: the opening definition says
    # which of them the article is about.
    answers = _answers(_DIATOMS)
    assert "frustules" in answers  # the article's other terms are asked
    assert not {"diatom", "diatoms"} & set(answers)
