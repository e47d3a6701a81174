"""The rejection rules' look-ups: the "also true" index and answer comparison, exact."""

from __future__ import annotations

import random
from collections import Counter

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")

_ARTICLE = (
    "The Danube flows through Vienna and Budapest before it reaches the Black Sea. "
    "Barges on the Danube carried grain from Hungary to the port of Constanta in 2019. "
    "Vienna built a new port for the barges, and Budapest widened its river quays. "
    "Engineers said the river was too shallow for loaded barges in the dry summer. "
    "The port of Constanta handles grain, coal and containers from the whole river basin. "
    "Hungary and Romania agreed to dredge the shallow stretches of the river before winter."
)


def test_sentences_sharing_words_are_those_that_use_enough_of_them() -> None:
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.nlp.pipeline import analyse_text

    facts = ArticleFacts.of(analyse_text(_ARTICLE))
    words = sorted(facts.by_word)
    rng = random.Random(1)
    for _ in range(400):
        chosen = frozenset(rng.sample(words, rng.randint(0, 6))) | {"zeppelin"}
        for needed in range(1, len(chosen) + 2):
            counts = Counter(n for word in chosen for n in facts.by_word.get(word, ()))
            expected = tuple(sorted(n for n, count in counts.items() if count >= needed))
            assert facts.sharing(chosen, needed) == expected, (chosen, needed)
            assert facts.sharing(chosen, needed) == expected  # asked again: the same


def test_sentences_sharing_river_and_barge_are_the_ones_about_barges_on_the_river() -> None:
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.nlp.pipeline import analyse_text

    facts = ArticleFacts.of(analyse_text(_ARTICLE))
    # Sentence 2 ("...a new port for the barges... its river quays") and 3 ("...the river
    # was too shallow for loaded barges...") use both; 1 has barges only, 4 and 5 the river.
    assert facts.sharing(frozenset({"river", "barge"}), 2) == (2, 3)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("the Danube", "Danube", True),
        ("4,000,000", "4 million", True),
        ("50%", "50 percent", True),
        ("50%", "50 people", False),
        ("Vienna", "Budapest", False),
        ("six roadmaps", "6 roadmaps", True),
        ("Hungary", "6", False),
    ],
)
def test_answers_are_the_same_as_quiz_grading_says(a: str, b: str, same: bool) -> None:
    from quizgen.answers import same_answer as grading_same_answer
    from quizgen.generate.distractors.filters import same_answer

    assert same_answer(a, b) is same
    assert same_answer(b, a) is same
    assert grading_same_answer(a, b) is same


def test_a_misspelt_word_from_the_article_is_no_option() -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    problem = distractor_problem(
        "totalitation regimes",
        answer="authoritarian regimes",
        kind="term",
        stem="The report compared the region's _____ with democracies.",
    )
    assert problem == "unknown-word"


def test_a_spelling_of_the_answer_that_the_quiz_would_accept_is_no_option() -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    # The article misspells the name once; the right spelling is the same person.
    problem = distractor_problem(
        "Gbagbo", answer="Gabagbo", kind="person", stem="_____ refused to leave the palace."
    )
    assert problem == "equals-answer"
    assert not distractor_problem(
        "Ouattara", answer="Gabagbo", kind="person", stem="_____ refused to leave the palace."
    )
