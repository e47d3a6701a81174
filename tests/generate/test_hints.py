"""Cloze hints: a person's or a city's kind is shown only where the article makes it certain."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from quizgen.generate.hints import HintEvidence

pytestmark = pytest.mark.usefixtures("private_folders")

_TEXT = (
    "Dr Imre Valko opened the new clinic in Pecs on Monday. "
    "The clinic cost $4 million, said Tessa Grohl, a spokeswoman for the city. "
    "“We waited ten years,” Marlow Quist said. "
    "Valko told Harbor Weekly that the clinic would hire 40 nurses. "
    "A story in Garden Quarterly praised the building in Soho."
)


@pytest.fixture(scope="module")
def hints() -> HintEvidence:
    from quizgen.generate.context import article_context
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.generate.hints import HintEvidence
    from quizgen.nlp.pipeline import analyse_text

    document = analyse_text(_TEXT)
    return HintEvidence(article_context(document).evidenced_mentions, ArticleFacts.of(document))


@pytest.mark.parametrize(
    "name",
    [
        "Imre Valko",  # a title: "Dr"
        "Valko",  # the surname of a titled person
        "Tessa Grohl",  # a role: "a spokeswoman"
        "Marlow Quist",  # a speech verb: "Quist said"
    ],
)
def test_a_person_shown_by_a_title_a_role_or_a_speech_verb_gets_a_person_hint(
    hints: HintEvidence, name: str
) -> None:
    assert hints.person(name)


@pytest.mark.parametrize("name", ["Harbor Weekly", "Garden Quarterly"])
def test_a_name_shaped_like_a_person_s_without_evidence_gets_no_person_hint(
    hints: HintEvidence, name: str
) -> None:
    # "told Harbor Weekly": the one spoken to, who may be a magazine.
    assert not hints.person(name)


def test_a_city_hint_only_for_a_place_known_as_a_city() -> None:
    from quizgen.generate.hints import city_hint

    assert city_hint("Paris") and city_hint("Manchester")
    assert not city_hint("Soho")  # a district


def test_a_cloze_shows_no_person_hint_for_a_magazine_and_no_city_hint_for_a_district() -> None:
    from quizgen.generate import generate_set

    text = (
        "The old hospital stood in Soho, a district of the town, until 1990. "
        "Critics in Soho wanted a park instead. Lumo signed a deal with Casa Bella last month. "
        "Its deal with Casa Bella “was not a one-off,” said Pietro Vanni, chief executive of Lumo. "
        "Casa Bella and Lumo will sell 200 dresses."
    )
    clozes = [q.text for q in generate_set(text).questions if hasattr(q, "text")]
    assert any("{{c1::Casa Bella}}" in c for c in clozes)  # asked, with no hint
    assert any("{{c1::Soho}}" in c for c in clozes)


def test_a_one_word_firm_that_speaks_or_leads_gets_no_person_hint() -> None:
    from quizgen.generate.context import article_context
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.generate.hints import HintEvidence
    from quizgen.nlp.pipeline import analyse_text

    document = analyse_text(
        "Brix shares rose 4% on Monday after talk of a bid from Nordvik. "
        "Nordvik said it was looking for purchases in Norway. "
        "The rest of the brewer was bought by market leader Kalvo in 2001. "
        "Mr Lund, who runs Brix, said little. President Tamm said more."
    )
    hints = HintEvidence(article_context(document).evidenced_mentions, ArticleFacts.of(document))
    assert not hints.person("Nordvik")  # "Nordvik said"
    assert not hints.person("Kalvo")  # "market leader Kalvo"
    assert hints.person("Lund") and hints.person("Tamm")  # a title written as one


def test_a_name_after_its_title_gets_no_person_hint() -> None:
    from quizgen.generate import generate_set

    text = (
        "Dr Imre Valko opened the new clinic in Pecs on Monday. "
        "The clinic cost $4 million, Dr Valko told reporters. "
        "Ms Tessa Grohl, a spokeswoman for the city, said 40 nurses would work there."
    )
    clozes = [q.text for q in generate_set(text).questions if hasattr(q, "text")]
    titled = [c for c in clozes if "Dr {{" in c or "Ms {{" in c]
    assert titled  # such names are still asked
    assert all("::person}}" not in c for c in titled)


_FERRY = "The Varn ferry service began in 1921 and carried farmers to the market in Tarnholm. "


@pytest.mark.parametrize(
    ("middle", "hinted"),
    [
        ("The old ferry sank in the Varn River during the winter, and its crew of six swam "
         "ashore. ", "{{c2::winter::season}}"),
        ("In the 1990s, the ferry company was sold to a firm from Oslo for 40 million kroner. ",
         "::1990s::decade}}"),
    ],
)  # fmt: skip
def test_a_season_or_decade_asked_in_a_cloze_is_hinted_as_such_not_a_date(
    middle: str, hinted: str
) -> None:
    from quizgen.generate import generate_set

    text = _FERRY + middle + "A new bridge opened in 1998 and cost 90 million kroner."
    clozes = [q.text for q in generate_set(text, mcq=0).questions if hasattr(q, "text")]
    assert any(hinted in c for c in clozes)
    assert not any("::date}}" in c for c in clozes)
