"""What an article calls each name: the nouns beside it."""

from __future__ import annotations

import pytest

from quizgen.generate.distractors.roles import OWNED, is_wordnet_statesman, name_roles, political

pytestmark = pytest.mark.usefixtures("private_folders")

TEXT = (
    "Hollywood studio Silverlake Entertainment signed a deal with Vantorix, the online rental "
    "company. Tech companies including Quillon, Brightmesh and Oravel backed the plan. "
    "Vantorix launched its new Cloudbox. Russian President Ilya Markov met Kurt Vogel, vice "
    "president of Brightmesh Europe. The president of Norway, Ingrid Dahl, spoke first. "
    "Belarusian leader Pavel Orlov arrived later."
)


@pytest.fixture(scope="module")
def roles() -> dict[str, frozenset[str]]:
    from quizgen.nlp.pipeline import analyse_text

    return name_roles(analyse_text(TEXT))


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Silverlake Entertainment", "hollywood studio"),  # the noun before the name
        ("Vantorix", "company"),  # the apposition after it
        ("Quillon", "company"),  # a list of examples: "companies including ..."
        ("Oravel", "company"),
        ("Cloudbox", OWNED),  # "its new Cloudbox": a product
        ("Ilya Markov", "president"),
        ("Ingrid Dahl", "president"),  # "The president of Norway, Ingrid Dahl"
        ("Pavel Orlov", "belarusian leader"),
    ],
)
def test_the_article_s_nouns_for_a_name_are_its_roles(
    roles: dict[str, frozenset[str]], name: str, role: str
) -> None:
    assert role in roles[name]


def test_a_role_held_in_a_company_makes_no_politician(roles: dict[str, frozenset[str]]) -> None:
    assert "president" not in roles["Kurt Vogel"]  # "vice president of Brightmesh Europe"
    assert not political(roles["Kurt Vogel"])


def test_a_president_of_a_firms_business_unit_is_no_politician() -> None:
    from quizgen.nlp.pipeline import analyse_text

    found = name_roles(
        analyse_text(
            "Scott Lund, president of contract business at Wyman Cos., said sales rose. "
            "Ana Berg, president of the country, opened the bridge."
        )
    )
    assert not political(found.get("Scott Lund", frozenset()))
    assert political(found["Ana Berg"])


@pytest.mark.parametrize("name", ["Ilya Markov", "Ingrid Dahl", "Pavel Orlov"])
def test_a_head_of_state_or_national_leader_is_a_politician(
    roles: dict[str, frozenset[str]], name: str
) -> None:
    assert political(roles[name])


def test_a_gaming_leader_is_no_politician() -> None:
    assert not political(frozenset({"leader", "gaming leader"}))
    assert political(frozenset({"party leader"}))


def test_wordnet_knows_some_statesmen() -> None:
    assert is_wordnet_statesman("Putin")
    assert not is_wordnet_statesman("Einstein")


@pytest.mark.parametrize(
    ("before", "role", "country"),
    [
        ("Yesterday U.S. District Judge", "judge", ""),
        ("Under questioning, lead prosecutor", "prosecutor", ""),
        ("the verdict on the defendant", "defendant", ""),
        ("French President", "president", "France"),
        ("British Prime Minister", "prime minister", "United Kingdom"),
        ("Germany's Chancellor", "chancellor", "Germany"),
        ("Ana Costa: \u201cAmbassador", "ambassador", ""),  # a quotation opens with the title
    ],
)
def test_a_title_or_role_noun_before_the_blank_says_what_the_person_is(
    before: str, role: str, country: str
) -> None:
    from quizgen.generate.distractors.roles import Title, title_before

    assert title_before(before) == Title(role, country)


@pytest.mark.parametrize(
    "before",
    ["Mr", "a letter from Dr.", "the club signed his rival", "Asked about it,", "she told"],
)
def test_a_word_of_address_a_relation_or_a_verb_is_no_role(before: str) -> None:
    from quizgen.generate.distractors.roles import title_before

    assert title_before(before) is None


@pytest.mark.parametrize(
    ("after", "title"),
    [
        (", the union's president, told reporters.", ("president", "", True)),
        (", a spokesman for the club, said on Friday.", ("spokesman", "", True)),
        (", the French president, said.", ("president", "France", False)),
        (", a Denver attorney who handled the case, said.", ("attorney", "", False)),
    ],
)
def test_an_apposition_after_the_blank_says_what_the_person_is(
    after: str, title: tuple[str, str, bool]
) -> None:
    from quizgen.generate.distractors.roles import Title, title_after

    assert title_after(after) == Title(*title)


@pytest.mark.parametrize("after", [", the company, said.", ", 45, said.", " said on Friday."])
def test_an_apposition_naming_no_person_s_role_is_no_title(after: str) -> None:
    from quizgen.generate.distractors.roles import title_after

    assert title_after(after) is None
