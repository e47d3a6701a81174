"""Read the notes of an existing .apkg (a zip around an SQLite collection) with the stdlib only."""

from __future__ import annotations

import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from quizgen.errors import FormatError

# Newest first: Anki 2.1 writes collection.anki21 and keeps a stub collection.anki2
# beside it for older versions.
_COLLECTIONS = ("collection.anki21", "collection.anki2")


@dataclass(frozen=True)
class PackagedNote:
    """A note as stored in a package: note type name, deck name, raw field HTML, tags."""

    guid: str
    note_type: str
    deck: str
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    modified: int


def read_notes(path: Path) -> list[PackagedNote]:
    """Return the notes in the package at `path`, in the order they were written.

    Raises FormatError if the file is not an .apkg this reader understands.
    """
    with _collection(path) as db:
        try:
            note_types = {int(key): value["name"] for key, value in _col_json(db, "models").items()}
            decks = {int(key): value["name"] for key, value in _col_json(db, "decks").items()}
            rows = db.execute(
                "SELECT n.guid, n.mid, n.mod, n.tags, n.flds,"
                " (SELECT min(c.did) FROM cards c WHERE c.nid = n.id) FROM notes n ORDER BY n.id"
            ).fetchall()
        except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as error:
            raise FormatError(f"{path}: not a readable Anki collection ({error})") from error
    return [
        PackagedNote(
            guid=guid,
            note_type=note_types.get(mid, f"note type {mid}"),
            deck=decks.get(did, f"deck {did}") if did is not None else "",
            fields=tuple(fields.split("\x1f")),
            tags=tuple(tags.split()),
            modified=modified,
        )
        for guid, mid, modified, tags, fields, did in rows
    ]


def newest_note_time(path: Path) -> int:
    """Return the latest note modification time in the package (Unix seconds; 0 if none).

    Raises FormatError if the file is not an .apkg this reader understands.
    """
    with _collection(path) as db:
        try:
            (newest,) = db.execute("SELECT max(mod) FROM notes").fetchone()
        except sqlite3.DatabaseError as error:
            raise FormatError(f"{path}: not a readable Anki collection ({error})") from error
    return int(newest or 0)


@contextmanager
def _collection(path: Path) -> Iterator[sqlite3.Connection]:
    """Yield a read-only connection to the collection inside the package at `path`."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "collection.anki21b" in names:
                raise FormatError(
                    f"{path} uses the package format of Anki 2.1.50 and later, which quizgen "
                    "cannot read; compare with a package quizgen wrote, or export from Anki "
                    "with 'Support older Anki versions' ticked"
                )
            member = next((name for name in _COLLECTIONS if name in names), None)
            if member is None:
                raise FormatError(f"{path} is not an Anki package: it holds no collection")
            with tempfile.TemporaryDirectory(prefix="quizgen-apkg-") as scratch:
                extracted = archive.extract(member, scratch)
                uri = Path(extracted).as_uri() + "?mode=ro"
                with closing(sqlite3.connect(uri, uri=True)) as db:
                    yield db
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as error:
        raise FormatError(f"{path} is not an Anki package (.apkg): {error}") from error
    except OSError as error:
        raise FormatError(f"cannot read {path}: {error.strerror or error}") from error


def _col_json(db: sqlite3.Connection, column: str) -> dict[str, dict[str, object]]:
    (text,) = db.execute(f"SELECT {column} FROM col").fetchone()
    return json.loads(text)
