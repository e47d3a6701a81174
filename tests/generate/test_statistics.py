"""A run of statistics (a census section written out) is a table in prose, not facts to ask."""

from __future__ import annotations

from quizgen.article import article_from_text
from quizgen.generate import generate_set
from quizgen.generate.statistics import statistics_runs
from quizgen.nlp.pipeline import analyse

_HISTORY = (
    "Marrow Bay is a fishing village on the western coast of Norland. "
    "The harbour was built by the engineer Edith Carrow in 1871. "
    "Carrow later designed the lighthouse on Gull Rock, which guides the ferries to Tarnholm. "
)
_CENSUS = (
    "The census of 2020 counted 2,340 people in 1,012 households. "
    "The population density was 412.5 people per square mile (159.3/km2). "
    "The town was 2,061 (88.1%) White, 98 (4.2%) Black, 77 (3.3%) Asian and 104 (4.4%) from "
    "two or more races. "
    "Of the households, 31.4% had children under 18, 48.2% were married couples and 9.6% "
    "had a single parent. "
    "The average household size was 2.31 and the average family size was 2.84. "
    "The median household income was $51,250, against $58,900 for a family and $27,380 per "
    "person. "
    "About 7.3% of families and 10.1% of residents were below the poverty line. "
)


def test_a_census_section_gives_no_question_but_the_history_before_it_does() -> None:
    question_set = generate_set(article_from_text(_HISTORY + _CENSUS), seed=1)
    sources = [q.source.sentence for q in question_set.questions if q.source]
    assert any("Carrow" in s for s in sources)
    assert not any(s in _CENSUS for s in sources)
    assert question_set.stats["sentence:statistics-run"] == 7


def test_a_history_with_a_figure_in_each_sentence_is_no_statistics_run() -> None:
    text = (
        "The canal was dug by 4,000 labourers. It took 12 years to finish. "
        "Its locks lift boats 63 metres. A toll of 2% was charged on cargo. "
        "The first barge carried 40 tonnes of coal. Traffic peaked at 900 boats a year. "
    )
    assert statistics_runs(analyse(article_from_text(text))) == frozenset()


def test_a_mathematicians_small_numbers_are_no_statistics() -> None:
    text = (
        "A prime number has exactly two divisors, 1 and itself. For example, 7 is prime. "
        "But 9 is not, since 3 times 3 is 9. The number 2 is the only even prime. "
        "Every number above 1 is a product of primes, such as 12 = 2 x 2 x 3. "
        "There are 4 primes below 10: 2, 3, 5 and 7. "
    )
    assert statistics_runs(analyse(article_from_text(text))) == frozenset()
