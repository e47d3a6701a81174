"""Reading notes back out of .apkg files: ours, real Anki's, and files that are not packages."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from quizgen.errors import FormatError
from quizgen.export import write_apkg
from quizgen.export.apkg_reader import newest_note_time, read_notes
from quizgen.export.ids import note_guid
from tests.export.export_samples import SAMPLE_QUESTIONS, sample_sets


def test_read_notes_gives_back_what_write_apkg_wrote(tmp_path: Path) -> None:
    summary = write_apkg(sample_sets(), tmp_path / "out.apkg")

    notes = read_notes(summary.path)

    assert len(notes) == 6
    first = notes[0]
    assert first.guid == note_guid("rivers", "danube")
    assert (first.note_type, first.deck) == ("quizgen Cloze", "quizgen::Rivers of Europe")
    assert first.fields[0] == "The {{c1::Danube}} flows into the {{c2::Black Sea::sea}}."
    assert set(first.tags) == {"geography", "quizgen::rivers", "rivers", "two_words"}
    assert newest_note_time(summary.path) == summary.note_time


def test_read_notes_reads_a_package_exported_by_real_anki(
    tmp_path: Path, collection, import_apkg
) -> None:
    from anki.import_export_pb2 import ExportAnkiPackageOptions

    import_apkg(write_apkg(sample_sets(), tmp_path / "ours.apkg").path)
    exported = tmp_path / "from-anki.apkg"
    collection.export_anki_package(
        out_path=str(exported),
        options=ExportAnkiPackageOptions(with_scheduling=False, with_media=False, legacy=True),
        limit=None,
    )

    notes = read_notes(exported)

    assert {note.guid for note in notes} == {
        note_guid(set_id, question_id) for set_id, question_id in SAMPLE_QUESTIONS
    }
    assert {note.note_type for note in notes} == {"quizgen Cloze", "quizgen MCQ"}


def test_a_file_that_is_not_a_zip_is_not_a_package(tmp_path: Path) -> None:
    path = tmp_path / "text.apkg"
    path.write_text("hello")
    with pytest.raises(FormatError, match="is not an Anki package"):
        read_notes(path)


def test_a_zip_without_a_collection_is_not_a_package(tmp_path: Path) -> None:
    path = tmp_path / "other.apkg"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("media", "{}")
    with pytest.raises(FormatError, match="holds no collection"):
        read_notes(path)


def test_the_newest_anki_format_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "new.apkg"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("collection.anki21b", b"zstd data")
        archive.writestr("collection.anki2", b"stub")
    with pytest.raises(FormatError, match="Support older Anki versions"):
        read_notes(path)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="cannot read"):
        read_notes(tmp_path / "missing.apkg")
