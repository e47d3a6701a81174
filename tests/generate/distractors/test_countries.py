"""The countries a learner could take for a country: the UN geoscheme table."""

from __future__ import annotations

import pytest

from quizgen.generate.distractors.countries import (
    country,
    nearby_countries,
    takes_the,
)


def test_the_table_holds_the_world_s_countries_once_each() -> None:
    from quizgen.generate.distractors.countries import _table

    countries, _ = _table()
    names = [c.name for c in countries]
    assert 190 <= len(names) <= 200
    assert len(set(names)) == len(names)
    assert {c.region for c in countries} == {"Africa", "Americas", "Asia", "Europe", "Oceania"}


def test_every_country_the_name_finder_knows_is_in_the_table() -> None:
    from quizgen.nlp import gazetteer

    # Not parts of countries, territories, or states of the past.
    not_countries = {
        "england", "scotland", "wales", "northern ireland", "greenland", "hong kong",
        "puerto rico", "crimea", "soviet union", "ussr", "yugoslavia", "czechoslovakia",
        "prussia", "kosovo",
    }  # fmt: skip
    missing = {name for name in gazetteer.COUNTRIES - not_countries if country(name) is None}
    assert missing == set()


@pytest.mark.parametrize(
    ("name", "offered"),
    [("the UK", "United Kingdom"), ("U.S.", "United States"), ("Holland", "Netherlands")],
)
def test_a_country_is_known_by_its_other_names(name: str, offered: str) -> None:
    found = country(name)
    assert found is not None
    assert found.name == offered


def test_a_country_s_neighbours_come_first_best_known_first() -> None:
    near = nearby_countries("Russia")
    assert near[:3] == ("Ukraine", "Poland", "Czech Republic")
    assert not {"Australia", "Israel", "New Zealand"} & set(near)
    # Then the rest of its region, never another continent.
    assert all(country(other).region == "Europe" for other in near)
    assert (
        country("Belarus").subregion == country("Russia").subregion != country("France").subregion
    )


def test_an_unknown_country_has_no_neighbours() -> None:
    assert nearby_countries("Atlantis") == ()


def test_after_the_only_countries_that_take_the_are_offered() -> None:
    assert takes_the("the Netherlands") and takes_the("US") and not takes_the("Russia")
    near = nearby_countries("United States", article=True)
    assert near[:2] == ("United Kingdom", "Netherlands")
    assert all(takes_the(other) for other in near)
