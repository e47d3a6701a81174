"""Writing the .apkg: summary, atomic replacement, refusals, and ever newer note times."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import genanki
import pytest

from quizgen.errors import FormatError, QuizgenError
from quizgen.export import build_package, write_apkg
from quizgen.export.apkg_reader import read_notes
from quizgen.model import QuestionSet
from tests.export.export_samples import sample_sets


def test_write_apkg_reports_what_it_wrote(tmp_path: Path) -> None:
    summary = write_apkg(sample_sets(), tmp_path / "out.apkg")

    assert summary.path == tmp_path / "out.apkg"
    assert summary.decks == ("quizgen::Rivers of Europe", "quizgen::Towns")
    assert (summary.notes, summary.cards, summary.cloze_notes, summary.mcq_notes) == (6, 8, 4, 2)
    assert [note.modified for note in read_notes(summary.path)] == [summary.note_time] * 6


def test_build_package_gives_a_genanki_package_with_one_deck_per_set() -> None:
    package = build_package(sample_sets())

    assert isinstance(package, genanki.Package)
    assert [deck.name for deck in package.decks] == ["quizgen::Rivers of Europe", "quizgen::Towns"]
    assert [len(deck.notes) for deck in package.decks] == [3, 3]
    assert package.decks[0].description == "Made-up facts about rivers &amp; &lt;seas&gt;"


def test_each_export_gets_a_later_note_time_even_within_one_second(tmp_path: Path) -> None:
    target = tmp_path / "out.apkg"
    times = [write_apkg(sample_sets(), target).note_time for _ in range(3)]

    assert times[0] < times[1] < times[2]
    assert {note.modified for note in read_notes(target)} == {times[2]}


def test_a_new_export_is_later_than_the_notes_already_in_the_file_it_replaces(
    tmp_path: Path,
) -> None:
    target = tmp_path / "out.apkg"
    first = write_apkg(sample_sets(), target)
    # The same file written by another process a little ahead of our clock.
    with_later_notes = build_package(sample_sets())
    with_later_notes.write_to_file(str(target), timestamp=first.note_time + 30)

    assert write_apkg(sample_sets(), target).note_time == first.note_time + 31


@pytest.mark.parametrize("name", ["out.zip", "out", "out.apkg.txt"])
def test_an_output_name_not_ending_in_apkg_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(QuizgenError, match=r"must end in \.apkg"):
        write_apkg(sample_sets(), tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_that_is_not_a_package_is_left_alone(tmp_path: Path) -> None:
    notes = tmp_path / "notes.apkg"
    notes.write_text("my precious notes, not a package")

    with pytest.raises(QuizgenError, match="not overwriting"):
        write_apkg(sample_sets(), notes)

    assert notes.read_text() == "my precious notes, not a package"
    assert list(tmp_path.iterdir()) == [notes]


def test_a_folder_or_a_missing_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "deck.apkg").mkdir()
    with pytest.raises(QuizgenError, match="is a folder"):
        write_apkg(sample_sets(), tmp_path / "deck.apkg")
    with pytest.raises(QuizgenError, match="does not exist"):
        write_apkg(sample_sets(), tmp_path / "missing" / "deck.apkg")


def test_a_failed_write_keeps_the_old_package_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.apkg"
    write_apkg(sample_sets(), target)
    before = target.read_bytes()

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(genanki.Package, "write_to_db", fail)
    with pytest.raises(OSError, match="disk full"):
        write_apkg(sample_sets(), target)

    assert target.read_bytes() == before
    assert list(tmp_path.iterdir()) == [target]


def test_sets_without_questions_are_refused_rather_than_writing_an_empty_package(
    tmp_path: Path,
) -> None:
    with pytest.raises(FormatError, match="nothing to export"):
        write_apkg([QuestionSet(id="empty", title="Empty")], tmp_path / "out.apkg")
    assert not (tmp_path / "out.apkg").exists()


def test_the_package_gets_the_usual_permissions_not_a_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "out.apkg"
    write_apkg(sample_sets(), target)
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
