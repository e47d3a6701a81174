"""Answer kinds, and the guard against names whose kind the evidence disputes."""

from __future__ import annotations

import pytest

from quizgen.generate.kinds import doubtful_name

pytestmark = pytest.mark.usefixtures("private_folders")


@pytest.mark.parametrize(
    ("label", "kind", "text"),
    [
        ("ORG", "organisation", "Maria"),  # a first name typed as a body
        ("ORG", "organisation", "Sochi"),  # a city typed as a body
        ("ORG", "organisation", "Black Forest of Germany"),
        ("PERSON", "person", "Northwest Passage"),  # WordNet knows it as a place
        ("PERSON", "person", "Iron Gates"),  # ends in a plural common noun
        ("GPE", "place", "Einstein"),  # WordNet knows him as a person
        ("PERSON", "person", "Former Lib Dem"),  # a description, not a name
    ],
)
def test_a_name_the_evidence_disputes_is_doubtful(label: str, kind: str, text: str) -> None:
    assert doubtful_name(label, kind, text)


@pytest.mark.parametrize(
    ("label", "kind", "text"),
    [
        ("PERSON", "person", "Roald Amundsen"),
        ("PERSON", "person", "Anna Berglund"),
        ("ORG", "organisation", "UNESCO"),
        ("ORG", "organisation", "Ministry of Finance"),
        ("ORG", "organisation", "European Investment Bank"),
        ("GPE", "city", "Sochi"),
        ("GPE", "country", "Belarus"),
    ],
)
def test_a_name_the_evidence_supports_is_not_doubtful(label: str, kind: str, text: str) -> None:
    assert not doubtful_name(label, kind, text)


def test_numbers_and_terms_are_never_doubtful_names() -> None:
    assert not doubtful_name("MONEY", "money", "$4 billion")
    assert not doubtful_name("NP", "term", "Maria")


@pytest.mark.parametrize("name", ["Bavaria", "Texas", "Kent"])
def test_a_state_or_county_is_a_region_not_a_country(name: str) -> None:
    # WordNet files German and US states under "state", as it does countries.
    from quizgen.generate.kinds import kind_of, place_kind

    assert place_kind(name) == "region"
    assert kind_of("GPE", name) == "place"


@pytest.mark.parametrize("name", ["Benghazi", "Cocoa", "Vasectomy"])
def test_a_place_food_or_act_typed_as_an_organisation_is_doubtful(name: str) -> None:
    # Such a name gets no organisation options, and is no organisation option itself.
    assert doubtful_name("ORG", "organisation", name, strict=False)


@pytest.mark.parametrize("name", ["NATO", "Greenpeace", "Bank of England"])
def test_real_organisations_are_not_doubtful(name: str) -> None:
    assert not doubtful_name("ORG", "organisation", name, strict=False)
