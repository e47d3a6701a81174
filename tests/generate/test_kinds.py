"""Answer kinds, and the guard against names whose kind the evidence disputes."""

from __future__ import annotations

import pytest

from quizgen.generate.kinds import answer_form, doubtful_name, is_common_word_name

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


def test_a_named_province_or_county_is_no_country_option_for_it() -> None:
    from quizgen.generate.kinds import answer_form, place_kind

    assert place_kind("Hunan Province") == "province"
    assert answer_form("China", "place") != answer_form("Hunan Province", "place")
    assert answer_form("Sichuan Province", "place") == answer_form("Hunan Province", "place")


@pytest.mark.parametrize("name", ["Benghazi", "Cocoa", "Vasectomy"])
def test_a_place_food_or_act_typed_as_an_organisation_is_doubtful(name: str) -> None:
    # Such a name gets no organisation options, and is no organisation option itself.
    assert doubtful_name("ORG", "organisation", name, strict=False)


@pytest.mark.parametrize("name", ["NATO", "Greenpeace", "Bank of England"])
def test_real_organisations_are_not_doubtful(name: str) -> None:
    assert not doubtful_name("ORG", "organisation", name, strict=False)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Liberal Party of Australia", "party"),  # the head comes before "of"
        ("University of North Florida", "education"),
        ("Harlow College", "education"),
        ("Department for Culture", "government"),
        ("Treasury Select Committee", "government"),
        ("Lloyds Banking Group", "company"),
        ("Apple Inc.", "company"),
        ("Columbia Broadcasting System", "media"),  # "System" defers to the word before
        ("Meridian Amber Network", "media"),
        ("Royal Bank of Scotland", "bank"),
        ("Dundee United", "sport"),
        ("Church of England", "church"),
        ("US Air Force", "military"),
        ("Meridian Amber", ""),  # no head word: the name does not say
        ("Pew Research Center", ""),  # a centre may be anything
    ],
)
def test_a_bodys_head_word_says_what_kind_of_body_it_is(name: str, kind: str) -> None:
    from quizgen.generate.kinds import body_kind

    assert body_kind(name) == kind


@pytest.mark.parametrize(
    ("option", "answer", "agree"),
    [
        ("party", "party", True),
        ("education", "party", False),
        ("", "party", False),  # a name that does not say is doubtful beside a party
        ("", "government", False),
        ("", "sport", True),  # "Chelsea" beside a club named "... United"
        ("", "company", True),
        ("party", "", False),  # beside a name that does not say, a party stands out
        ("company", "", True),  # a name that does not say is most often a company's
        ("media", "company", True),  # a broadcaster is a company
        ("bank", "company", True),
        ("media", "bank", False),
        ("government", "company", False),
        ("office", "bank", False),  # "Director General" beside "the Bank of England"
        ("office", "", False),
        ("office", "office", True),
        ("", "media", False),  # "Oz" beside "the Seattle Times": a paper's options are media
        ("company", "media", True),
    ],
)
def test_an_options_kind_of_body_must_fit_the_answers(
    option: str, answer: str, agree: bool
) -> None:
    from quizgen.generate.kinds import body_kinds_agree

    assert body_kinds_agree(option, answer) is agree


@pytest.mark.parametrize(
    "name",
    [
        "George B. Harlan",  # a middle initial
        "C. E. Webber",
        "Tom Hale Jr.",
        "Acme CEO John Smith",  # a role before a name
        "House Majority Leader Ann Fields",
    ],
)
def test_a_person_typed_as_an_organisation_is_doubtful(name: str) -> None:
    assert doubtful_name("ORG", "organisation", name, strict=False)


@pytest.mark.parametrize(
    "name", ["Glee", "Methodism", "Climate Change", "Channel Tunnel", "Harwick Prison"]
)
def test_a_feeling_doctrine_process_or_structure_typed_as_an_organisation_is_doubtful(
    name: str,
) -> None:
    assert doubtful_name("ORG", "organisation", name, strict=False)


@pytest.mark.parametrize(
    "name", ["J. Walter Thompson Company", "Prime Minister's Office", "Ministry of Finance"]
)
def test_a_body_with_initials_or_a_role_in_its_name_is_not_doubtful(name: str) -> None:
    assert not doubtful_name("ORG", "organisation", name, strict=False)


@pytest.mark.parametrize(
    ("roles", "kind"),
    [
        ({"hollywood studio"}, "media"),
        ({"company", "rental company"}, "company"),
        ({"company", "broadcaster"}, "company"),  # a broadcaster may be a company
        ({"news agency"}, "media"),  # two words before one
        ({"agency"}, "government"),
        ({"studio", "ministry"}, ""),  # roles that clash say nothing
        ({"<owned>"}, "product"),  # "Amazon's Cloud Player"
        ({"owner", "shop owner"}, ""),
    ],
)
def test_what_the_article_calls_a_body_says_its_kind(roles: set[str], kind: str) -> None:
    from quizgen.generate.kinds import role_body_kind

    assert role_body_kind(frozenset(roles)) == kind


def test_wordnet_says_the_kind_of_a_body_its_words_do_not() -> None:
    from quizgen.generate.kinds import wordnet_body_kind

    assert wordnet_body_kind("White House") == "government"  # an executive department
    assert wordnet_body_kind("Harbour Point") == ""


def test_a_plural_of_an_acronym_is_no_body() -> None:
    assert doubtful_name("ORG", "organisation", "TVs", strict=False)
    assert not doubtful_name("ORG", "organisation", "NATO", strict=False)


def test_a_museum_gets_museums_not_objects_or_councils() -> None:
    from quizgen.generate.kinds import body_kind, body_kinds_agree

    assert body_kind("Luxor Museum") == "museum"
    assert not body_kinds_agree("", "museum")  # "Rosetta Stone"
    assert not body_kinds_agree("government", "museum")


def test_a_count_of_one_unit_has_the_form_of_a_count_of_several() -> None:
    # "about an hour" and "about two hours" are the same kind of answer: a duration in hours.
    assert answer_form("about an hour", "quantity") == answer_form("about two hours", "quantity")
    assert answer_form("a century", "quantity") == answer_form("three centuries", "quantity")
    assert answer_form("about an hour", "quantity") != answer_form("about two days", "quantity")
    assert answer_form("12 miles", "quantity") != answer_form("12 glasses", "quantity")


@pytest.mark.parametrize("name", ["Chemistry", "Protection", "Government"])
def test_a_common_noun_capitalised_is_no_name(name: str) -> None:
    assert is_common_word_name(name)


@pytest.mark.parametrize("name", ["COVID-19", "Wi-Fi", "Turkey", "Aristotle", "Blorvex", "Oslo"])
def test_an_unknown_word_a_place_or_an_instance_is_a_name(name: str) -> None:
    # "COVID-19" is in no WordNet, so it is a name whatever its frequency.
    assert not is_common_word_name(name)


def test_a_country_named_like_its_capital_is_a_country() -> None:
    from quizgen.generate.kinds import kind_of

    assert kind_of("GPE", "Luxembourg") == "country"
    assert kind_of("GPE", "Kuwait") == "country"
    assert kind_of("GPE", "Hong Kong") == "city"


@pytest.mark.parametrize("name", ["Director General", "Prime Minister", "Secretary of State"])
def test_an_office_is_of_its_own_kind(name: str) -> None:
    from quizgen.generate.kinds import body_kind

    assert body_kind(name) == "office"
