"""Build the Anki package for question sets and write it to an .apkg file atomically."""

from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import genanki

from quizgen.errors import FormatError, QuizgenError
from quizgen.export.apkg_reader import newest_note_time
from quizgen.export.fields import escape_text
from quizgen.export.ids import deck_id
from quizgen.export.note_types import cloze_model, mcq_model
from quizgen.export.notes import NoteRecord, note_records, set_deck_name
from quizgen.model import QuestionSet

# A previous package whose notes claim to be from further ahead than this is not
# trusted to set our clock (a skewed machine would otherwise push ours forward).
_FUTURE_SLACK_SECONDS = 3600
_last_export_time = 0.0


@dataclass(frozen=True)
class ExportSummary:
    """What write_apkg wrote: where, which decks, how many notes and cards, and when."""

    path: Path
    decks: tuple[str, ...]
    notes: int
    cards: int
    cloze_notes: int
    mcq_notes: int
    note_time: int  # the notes' modification time, Unix seconds


def build_package(sets: Sequence[QuestionSet], *, deck_name: str | None = None) -> genanki.Package:
    """Return the genanki package for `sets` (one subdeck per set unless `deck_name`).

    Raises FormatError if a question would show wrongly in Anki (see note_records).
    """
    return package_from_records(
        note_records(sets, deck_name=deck_name), _descriptions(sets, deck_name)
    )


def package_from_records(
    records: Sequence[NoteRecord], descriptions: dict[str, str] | None = None
) -> genanki.Package:
    """Return a genanki package holding `records`, one genanki deck per deck name."""
    models = {"cloze": cloze_model(), "mcq": mcq_model()}
    decks: dict[str, genanki.Deck] = {}
    for record in records:
        deck = decks.get(record.deck)
        if deck is None:
            description = (descriptions or {}).get(record.deck, "")
            deck = decks[record.deck] = genanki.Deck(deck_id(record.deck), record.deck, description)
        note = genanki.Note(
            model=models[record.kind],
            fields=list(record.fields),
            tags=record.tags,
            guid=record.guid,
        )
        # The card ordinals are known already; setting them spares genanki a regex
        # pass over every note (Note.cards is a cached property, so this is its value).
        note.cards = [genanki.Card(ordinal) for ordinal in record.card_ordinals]
        deck.add_note(note)
    return genanki.Package(list(decks.values()))


def write_apkg(
    sets: Sequence[QuestionSet], path: str | os.PathLike[str], *, deck_name: str | None = None
) -> ExportSummary:
    """Write `sets` to the .apkg at `path`, replacing it atomically, and return a summary.

    Notes get a modification time later than any note already in the file at
    `path` and than any earlier export by this process, so that Anki's "update if
    newer" takes every re-export. Raises FormatError for questions Anki would show
    wrongly, and QuizgenError for an unusable `path` (not ending in .apkg, a
    folder, or an existing file that is not an Anki package).
    """
    target = Path(path)
    previous_time = check_output_path(target)
    records = note_records(sets, deck_name=deck_name)
    if not records:
        raise FormatError("nothing to export: the question sets have no questions")
    package = package_from_records(records, _descriptions(sets, deck_name))
    note_time = _export_time(previous_time)
    _write_atomically(package, target, note_time)
    return ExportSummary(
        path=target,
        decks=tuple(dict.fromkeys(record.deck for record in records)),
        notes=len(records),
        cards=sum(len(record.card_ordinals) for record in records),
        cloze_notes=sum(1 for record in records if record.kind == "cloze"),
        mcq_notes=sum(1 for record in records if record.kind == "mcq"),
        note_time=int(note_time),
    )


def check_output_path(target: Path) -> int:
    """Check that an export may write to `target`; return the newest note time already there.

    Raises QuizgenError if `target` does not end in .apkg, is a folder, lies in a
    missing folder, or is an existing file that is not an Anki package.
    """
    if target.suffix.lower() != ".apkg":
        raise QuizgenError(f"the output file must end in .apkg: {target}")
    if target.is_dir():
        raise QuizgenError(f"{target} is a folder; give a file name ending in .apkg")
    if target.parent.is_file():
        raise QuizgenError(f"{target.parent} is a file, not a folder: cannot write {target}")
    if not target.parent.is_dir():
        raise QuizgenError(f"the folder {target.parent} does not exist")
    if not target.exists():
        return 0
    try:
        return newest_note_time(target)
    except FormatError as error:
        raise QuizgenError(
            f"not overwriting {target}: it is not an Anki package ({error})"
        ) from error


def _descriptions(sets: Sequence[QuestionSet], deck_name: str | None) -> dict[str, str]:
    if deck_name is not None:
        only = sets[0].description if len(sets) == 1 else ""
        return {deck_name.strip(): escape_text(only)}
    return {set_deck_name(s): escape_text(s.description) for s in reversed(sets)}


def _export_time(previous_time: int) -> float:
    """Return now, or one second past the newest earlier export if that is not yet past.

    genanki stores whole seconds, and Anki ignores an edited note whose time equals
    the one it has, so two exports within a second must still differ.
    """
    global _last_export_time
    now = time.time()
    if previous_time > now + _FUTURE_SLACK_SECONDS:
        previous_time = 0
    floor = max(previous_time, int(_last_export_time)) + 1
    _last_export_time = max(now, float(floor))
    return _last_export_time


def _write_atomically(package: genanki.Package, target: Path, note_time: float) -> None:
    """Write the package to a temp file beside `target`, then move it into place."""
    from quizgen.sets.files import real_file

    target = real_file(target)
    handle, partial = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".partial", dir=target.parent
    )
    os.close(handle)
    try:
        with tempfile.TemporaryDirectory(prefix="quizgen-export-") as scratch:
            collection = os.path.join(scratch, "collection.anki2")
            with contextlib.closing(sqlite3.connect(collection)) as db:
                # A scratch file, zipped right after: no journal, no syncing.
                db.execute("PRAGMA journal_mode = OFF")
                db.execute("PRAGMA synchronous = OFF")
                # Same call genanki's write_to_file makes, minus its leaked temp file.
                package.write_to_db(db.cursor(), note_time, itertools.count(int(note_time * 1000)))
                db.commit()
            # Stored, not deflated, like genanki: compressing costs more time than
            # writing a few megabytes more for a 10,000-question package.
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
                archive.write(collection, "collection.anki2")
                archive.writestr("media", "{}")
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.chmod(partial, 0o666 & ~_umask())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial)
        raise


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
