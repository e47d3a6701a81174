"""Compare the notes an export would write with those of a previous .apkg (for --dry-run)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.export.apkg_reader import PackagedNote
from quizgen.export.note_types import CLOZE_FIELDS, CLOZE_NAME, MCQ_FIELDS, MCQ_NAME
from quizgen.export.notes import NoteRecord

_NOTE_TYPES = {"cloze": (CLOZE_NAME, CLOZE_FIELDS), "mcq": (MCQ_NAME, MCQ_FIELDS)}
_TAG = re.compile(r"<[^>]*>")
_PREVIEW_LENGTH = 70
_SET_TAG = "quizgen::"


@dataclass(frozen=True)
class ChangedNote:
    """A note in both packages whose content differs, and what differs (field names, tags...)."""

    record: NoteRecord
    what: tuple[str, ...]


@dataclass(frozen=True)
class PackageDiff:
    """Notes of a new export sorted by what importing it would do to the previous package's."""

    added: tuple[NoteRecord, ...]
    changed: tuple[ChangedNote, ...]
    unchanged: tuple[NoteRecord, ...]
    removed: tuple[PackagedNote, ...]


def compare(records: Sequence[NoteRecord], previous: Sequence[PackagedNote]) -> PackageDiff:
    """Return how `records` differ from the notes of a previous package, matched by GUID."""
    old_by_guid = {note.guid: note for note in previous}
    added: list[NoteRecord] = []
    changed: list[ChangedNote] = []
    unchanged: list[NoteRecord] = []
    for record in records:
        old = old_by_guid.pop(record.guid, None)
        if old is None:
            added.append(record)
            continue
        what = _differences(record, old)
        if what:
            changed.append(ChangedNote(record, what))
        else:
            unchanged.append(record)
    return PackageDiff(tuple(added), tuple(changed), tuple(unchanged), tuple(old_by_guid.values()))


def report_lines(diff: PackageDiff) -> list[str]:
    """Return the dry-run report: counts, then one line for each note that is not unchanged."""
    lines = [
        f"{len(diff.added)} new, {len(diff.changed)} changed, {len(diff.unchanged)} unchanged, "
        f"{len(diff.removed)} no longer in the package"
    ]
    if diff.added:
        lines.append("new:")
        lines += [f"  + {_describe(record)}" for record in diff.added]
    if diff.changed:
        lines.append("changed:")
        lines += [
            f"  ~ {_describe(change.record)}  ({', '.join(change.what)})" for change in diff.changed
        ]
    if diff.removed:
        lines.append(
            "no longer in the package (importing never deletes notes; Anki keeps these,"
            " tagged quizgen::<set id>):"
        )
        lines += [f"  - {_describe_removed(note)}" for note in diff.removed]
    return lines


def preview(field: str) -> str:
    """Return field HTML as short plain text for a one-line listing."""
    text = " ".join(html.unescape(_TAG.sub(" ", field)).split())
    return text if len(text) <= _PREVIEW_LENGTH else text[: _PREVIEW_LENGTH - 1] + "…"


def _describe(record: NoteRecord) -> str:
    return f"[{record.deck}] {record.set_id}/{record.question_id}: {preview(record.fields[0])}"


def _describe_removed(note: PackagedNote) -> str:
    # A package holds no question ids (only GUIDs hashed from them): the set id is its tag.
    set_ids = [tag.removeprefix(_SET_TAG) for tag in note.tags if tag.startswith(_SET_TAG)]
    where = f"{set_ids[0]}: " if set_ids else ""
    return f"[{note.deck}] {where}{preview(note.fields[0])}"


def _differences(record: NoteRecord, old: PackagedNote) -> tuple[str, ...]:
    name, field_names = _NOTE_TYPES[record.kind]
    if old.note_type != name or len(old.fields) != len(record.fields):
        return ("note type",)
    what = [
        field_name
        for field_name, new, before in zip(field_names, record.fields, old.fields, strict=True)
        if new != before
    ]
    if sorted(record.tags) != sorted(old.tags):
        what.append("tags")
    if record.deck != old.deck:
        what.append("deck")
    return tuple(what)
