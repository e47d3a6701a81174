"""A kind of place named before the blank ("the island of _____") takes places of that kind."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")


def _mcq(text: str, answer: str):  # type: ignore[no-untyped-def]
    from quizgen.generate import generate_set

    return [q for q in generate_set(text).questions if q.type == "mcq" and q.answer == answer]


def test_after_the_island_of_every_option_is_an_island() -> None:
    from quizgen.generate.distractors.named_kinds import is_of_kind

    asked = _mcq(
        "The old lighthouse of Capo Nero stands on the island of Sardinia in Italy. "
        "It was built in 1864 and is 38 metres tall. "
        "Its lamp can be seen from 40 kilometres away. "
        "About 5,000 tourists visit the lighthouse each summer.",
        "Sardinia",
    )
    assert asked
    wrong = [c for c in asked[0].choices if c != "Sardinia"]
    assert not set(wrong) & {"Piedmont", "Calabria", "Tuscany"}  # regions, not islands
    assert all(is_of_kind(option, "island") for option in wrong)
    assert wrong[0] == "Sicily" or "Sicily" in wrong  # Italy's own island is offered


def test_an_island_wordnet_does_not_know_gets_no_mcq() -> None:
    asked = _mcq(
        "The old lighthouse stands on the island of Halvora in Norway. "
        "It was built in 1864 near the towns of Bergen and Stavanger. "
        "About 5,000 tourists visit the lighthouse each summer.",
        "Halvora",
    )
    assert asked == []


def test_the_kind_named_before_the_blank_is_read() -> None:
    from quizgen.generate.distractors.named_kinds import kind_named_before

    assert kind_named_before("It stands on the island of ") == "island"
    assert kind_named_before("She was born in the county of ") == "county"
    assert kind_named_before("It stands in the heart of ") == ""


def test_a_place_set_against_the_continent_gets_no_continental_options() -> None:
    from quizgen.generate.distractors import DistractorSources, choose_distractors
    from quizgen.generate.distractors.named_kinds import is_of_kind

    stem = "The new cable is the first power link between _____ and the continent."
    chosen = [d.text for d in choose_distractors("Ireland", "country", stem, DistractorSources())]
    assert not set(chosen) & {"Norway", "Denmark", "Sweden", "Finland", "Germany", "France"}
    assert chosen and all(is_of_kind(text, "island") for text in chosen)


def test_places_of_a_named_kind_come_one_of_each_family() -> None:
    from quizgen.generate.distractors.named_kinds import sisters_of_kind

    counties = sisters_of_kind("Kent", "county")[:3]
    assert len(counties) == 3
    assert sum(name.endswith("Yorkshire") for name in counties) <= 1


def test_a_county_is_offered_by_a_name_that_is_no_town() -> None:
    # WordNet names Leicestershire also "Leicester", which is first a city: a county's
    # options must read as counties.
    from quizgen.generate.distractors.named_kinds import sisters_of_kind

    counties = sisters_of_kind("Kent", "county")
    assert counties
    assert not {"Leicester", "Derby", "York", "Lincoln"} & set(counties)


def test_a_state_is_offered_by_its_name_not_its_code_or_nickname() -> None:
    from quizgen.generate.distractors.named_kinds import sisters_of_kind

    states = sisters_of_kind("Louisiana", "state")[:20]
    assert {"California", "Texas", "Florida"} <= set(states)
    # No postal code ("OR", "ME"), nickname ("First State") or short form ("Jersey").
    assert all(not s.isupper() and not s.endswith(" State") for s in states)
    assert "Jersey" not in states
