"""The curated pools used last."""

from __future__ import annotations

from quizgen.generate.distractors.fallback import fallback_pool, known_place_kind


def test_pools_exist_for_names_and_not_for_values() -> None:
    for kind in ("person", "country", "city", "organisation"):
        assert len(fallback_pool(kind)) >= 10
    assert fallback_pool("money") == ()


def test_known_places_are_told_apart() -> None:
    assert known_place_kind("Belarus") == "country"
    assert known_place_kind("the Netherlands") == "country"
    assert known_place_kind("Minsk") == "city"
    assert known_place_kind("Atlantis") == ""


def test_a_statesman_is_known_by_full_name_or_by_the_name_used_alone() -> None:
    from quizgen.generate.distractors.fallback import statesman

    found = statesman("Putin")
    assert found is not None
    assert (found.name, found.country) == ("Vladimir Putin", "Russia")
    assert statesman("Vladimir Putin") == found
    # "Lee" of "Ed Lee" is no pool statesman; nor is a name the pool lacks.
    assert statesman("Johnson", ("Ann Johnson",)) is None
    assert statesman("Berg") is None


def test_every_statesman_s_country_is_in_the_region_table() -> None:
    from quizgen.generate.distractors.countries import country
    from quizgen.generate.distractors.fallback import STATESMEN

    assert len(STATESMEN) >= 60
    assert all(country(person.country) is not None for person in STATESMEN)


def test_a_statesman_written_without_accents_is_the_pools_accented_one() -> None:
    from quizgen.generate.distractors.fallback import statesman

    found = statesman("Viktor Orban")
    assert found is not None and found.name == "Viktor Orbán"
    assert statesman("Orban") == found
    assert statesman("Orbán", ("Viktor Orban",)) == found


def _options(answer: str, stem: str, passage: str) -> list[tuple[str, str]]:
    """Return the (text, method) of the options quizgen gives `answer` in `stem`."""
    from quizgen.generate import distractors_for

    return [(d.text, d.method) for d in distractors_for(answer, stem, passage)[1]]


def test_a_pool_body_after_the_in_the_stem_loses_its_own_the() -> None:
    passage = (
        "Last week the Federal Trade Commission forced Kvadrat into a 20-year promise on "
        "privacy. The U.S. Department of Justice also looked at Kvadrat."
    )
    stem = "Last week the _____ forced Kvadrat into a 20-year promise on privacy."
    found = _options("Federal Trade Commission", stem, passage)
    pooled = [text for text, method in found if method == "fallback-pool"]
    assert pooled and not any(text.lower().startswith("the ") for text in pooled)


def test_an_irish_prime_minister_gets_irish_ones_first() -> None:
    passage = (
        "The cut was agreed by the government of Ireland, headed by Prime Minister Enda "
        "Kenny, in Dublin on Monday."
    )
    stem = "The cut was agreed by the government of Ireland, headed by Prime Minister _____."
    found = _options("Enda Kenny", stem, passage)
    assert [text for text, _ in found][:2] == ["Bertie Ahern", "Leo Varadkar"]
