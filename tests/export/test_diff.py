"""--dry-run's comparison: which notes a new export adds, changes or no longer holds."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from quizgen.export import write_apkg
from quizgen.export.apkg_reader import read_notes
from quizgen.export.diff import compare, preview, report_lines
from quizgen.export.notes import note_records
from quizgen.model import Cloze
from tests.export.export_samples import sample_sets


def test_compare_sorts_notes_into_new_changed_unchanged_and_gone(tmp_path: Path) -> None:
    rivers, towns = sample_sets()
    previous = read_notes(write_apkg([rivers, towns], tmp_path / "old.apkg").path)
    danube = dataclasses.replace(rivers.questions[0], explanation="Edited.", tags=("new-tag",))
    added = Cloze(id="rhone", text="The {{c1::Rhône}} reaches the Mediterranean.")
    edited = dataclasses.replace(rivers, questions=(danube, rivers.questions[2], added))

    diff = compare(note_records([edited, towns]), previous)

    assert [r.question_id for r in diff.added] == ["rhone"]
    assert [(c.record.question_id, c.what) for c in diff.changed] == [("danube", ("Extra", "tags"))]
    assert [r.question_id for r in diff.unchanged] == [
        "longest",
        "hostile-mcq",
        "founded",
        "colons",
    ]
    assert [preview(note.fields[0]) for note in diff.removed] == [
        # Cut at 70 characters, the last one an ellipsis.
        "Wrote <script>alert('pwned')</script> by the {{c1::<img src=x onerror…"
    ]


def test_moving_sets_into_one_deck_shows_as_a_deck_change(tmp_path: Path) -> None:
    previous = read_notes(write_apkg(sample_sets(), tmp_path / "old.apkg").path)

    diff = compare(note_records(sample_sets(), deck_name="One deck"), previous)

    assert {c.what for c in diff.changed} == {("deck",)}


def test_report_lists_counts_then_each_note_that_is_not_unchanged(tmp_path: Path) -> None:
    rivers, towns = sample_sets()
    previous = read_notes(write_apkg([towns], tmp_path / "old.apkg").path)

    lines = report_lines(compare(note_records([rivers]), previous))

    assert lines[0] == "3 new, 0 changed, 0 unchanged, 3 no longer in the package"
    assert lines[1] == "new:"
    assert lines[2] == (
        "  + [quizgen::Rivers of Europe] rivers/danube: "
        "The {{c1::Danube}} flows into the {{c2::Black Sea::sea}}."
    )
    assert lines[5].startswith("no longer in the package")
    # A package holds no question ids, only GUIDs hashed from them: the set id comes from its tag.
    assert lines[6] == (
        "  - [quizgen::Towns] towns: Which one says <script>alert('pwned')</script> or {{c1::?"
    )
