"""Towns: a name several towns share is the one whose state or country the article names."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")

# "Manchester" is England's and New Hampshire's; only the article's other places tell which.
_METRO = (
    "A new metro line opened in Manchester on Saturday. "
    "The line cost £420 million and has 11 stations. "
    "It was built over four years by 2,000 workers. "
    "The trains were made at a factory near Derby. "
    "The mayor of Liverpool said his city would build a similar line by 2030."
)


def _choices(text: str, answer: str) -> tuple[str, ...]:
    from quizgen.generate import generate_set

    found = [
        q.choices for q in generate_set(text).questions if q.type == "mcq" and q.answer == answer
    ]
    assert found, f"no MCQ asks {answer}"
    return found[0]


def test_a_shared_town_name_takes_the_towns_of_the_country_the_article_names() -> None:
    choices = set(_choices(_METRO, "Manchester"))
    assert not choices & {"Concord", "Los Angeles", "Nashua", "Portsmouth"}  # New Hampshire's
    assert len(choices & {"Liverpool", "London", "Oxford", "Birmingham", "Leeds", "Bristol"}) == 3


def test_the_article_settles_a_shared_town_name_either_way() -> None:
    from quizgen.generate.distractors.towns import settled_towns

    english = settled_towns("Portsmouth", ["Bristol", "Halden Construction"])
    american = settled_towns("Portsmouth", ["Richmond", "Virginia"])
    assert english is not None and "London" in english and "Newport News" not in english
    assert american is not None and "Newport News" in american and "London" not in american


def test_only_a_place_whose_first_sense_is_land_settles_a_town() -> None:
    from quizgen.generate.distractors.towns import settled_towns

    # "Ontario" is first Lake Ontario, of Canada and the United States alike: it does not
    # make Oxford the one in Georgia.
    assert settled_towns("Oxford", ["Ontario", "Canada"]) is None
    # "Victoria" is first the queen; its first land sense, a town in Texas, would make
    # Melbourne Florida's.
    melbourne = settled_towns("Melbourne", ["Victoria", "Sydney", "Australia"])
    assert melbourne is not None and "Miami Beach" not in melbourne


def test_a_town_name_the_article_cannot_settle_is_left_to_wordnet() -> None:
    from quizgen.generate.distractors.towns import settled_towns

    assert settled_towns("Portsmouth", []) is None  # nothing to settle it
    assert settled_towns("Leeds", ["Bristol"]) is None  # one town of that name only


def test_a_national_capital_gets_the_capitals_of_its_own_region_first() -> None:
    from quizgen.generate import distractors_for
    from quizgen.generate.distractors.countries import country

    text = "Thousands marched in Harasta, a suburb of the capital Damascus, on Friday."
    stem = "Thousands marched in Harasta, a suburb of the capital _____, on Friday."
    _, chosen = distractors_for("Damascus", stem, text)
    homes = {"Beirut": "Lebanon", "Amman": "Jordan", "Baghdad": "Iraq", "Riyadh": "Saudi Arabia"}
    homes |= {"Jerusalem": "Israel", "Abu Dhabi": "United Arab Emirates", "Doha": "Qatar"}
    assert len(chosen) == 3
    assert all(d.text in homes for d in chosen)  # never Budapest or Nairobi
    assert all(country(homes[d.text]).subregion == "Western Asia" for d in chosen)


def test_a_capital_s_options_are_called_by_their_usual_names() -> None:
    from quizgen.generate.distractors.towns import nearby_capitals

    capitals = nearby_capitals("Paris")
    assert {"Berlin", "Brussels", "Amsterdam"} <= set(capitals)
    assert not any("capital" in name.casefold() for name in capitals)
    assert "Beirut" in nearby_capitals("Damascus") and "Bayrut" not in nearby_capitals("Damascus")
    assert nearby_capitals("Leeds") == ()  # no national capital


def test_a_capital_in_an_article_on_its_own_country_gets_that_countrys_towns() -> None:
    from quizgen.generate.distractors.towns import home_towns_of_capital

    towns = home_towns_of_capital("London", ["Cornwall", "Bodmin", "London"])
    assert towns is not None
    assert {"Manchester", "Birmingham", "Bristol"} <= set(towns[:8])
    assert not {"Paris", "Moscow", "Amsterdam", "London"} & set(towns)
    # Abroad, or a town that is no capital, is left to the other rules.
    assert home_towns_of_capital("London", ["France", "Brittany"]) is None
    assert home_towns_of_capital("Manchester", ["Cornwall"]) is None


def test_a_towns_wordnet_sisters_of_another_country_are_no_options() -> None:
    from quizgen.generate.distractors.towns import in_another_country

    assert in_another_country("Boston", "Sydney")  # both state capitals, a world apart
    assert not in_another_country("Canberra", "Sydney")
    assert not in_another_country("Melbourne", "Sydney")  # Victoria's, not only Florida's
    assert not in_another_country("Tartu", "Sydney")  # a town WordNet cannot place may stay
