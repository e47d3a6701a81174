"""Stable identities: the same question always maps to the same note, a deck name to one deck."""

from __future__ import annotations

import json

import genanki
import pytest

from quizgen.export.ids import deck_id, note_guid


@pytest.mark.parametrize(
    ("set_id", "question_id"),
    [("rivers", "danube"), ("a__b", "c"), ("städte", "q:1"), ('quo"te', "back\\slash")],
)
def test_note_guid_is_genankis_guid_of_the_json_pair(set_id: str, question_id: str) -> None:
    expected = genanki.guid_for(json.dumps([set_id, question_id], ensure_ascii=False))
    assert note_guid(set_id, question_id) == expected


def test_note_guid_tells_apart_pairs_that_genankis_joining_would_merge() -> None:
    assert genanki.guid_for("a__b", "c") == genanki.guid_for("a", "b__c")
    assert note_guid("a__b", "c") != note_guid("a", "b__c")


def test_note_guid_depends_on_the_set_as_well_as_the_question() -> None:
    assert note_guid("rivers", "q1") != note_guid("towns", "q1")


def test_deck_ids_are_stable_distinct_never_anki_default_and_exact_in_javascript() -> None:
    names = ["quizgen::Rivers", "quizgen::Towns", "Geography quiz", "", "quizgen"]
    ids = [deck_id(name) for name in names]
    assert len(set(ids)) == len(ids)
    assert all(1 < value < 2**53 for value in ids)
    # The ID of a name never changes: Anki files cards of later imports by it.
    assert deck_id("quizgen::Rivers") == deck_id("quizgen::" + "Rivers")
