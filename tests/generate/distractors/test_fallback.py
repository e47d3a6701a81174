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
