"""Save question sets safely: atomic writes, and never over a file that a person has edited."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import tempfile
from pathlib import Path

from quizgen.errors import FormatError, QuizgenError
from quizgen.model import AnyQuestion, QuestionSet
from quizgen.sets import comments
from quizgen.sets.ids import content_fingerprint
from quizgen.sets.problems import InvalidSetError
from quizgen.sets.reader import parse_file, parse_text
from quizgen.sets.writer import SCHEMA_URL, dump_set


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write `text` as UTF-8 to `path` so that readers see the old file or the new, never half.

    The text goes to a temporary file in the same folder, is flushed to disk,
    and then renamed over `path`. Raises QuizgenError if the file cannot be written.
    """
    target = real_file(path)
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed before the rename below
            "wb", dir=target.parent, prefix=f".{target.name}.", suffix=".tmp", delete=False
        )
    except OSError as error:
        raise QuizgenError(f"cannot write {target}: {error.strerror or error}") from error
    try:
        with handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(handle.name, target.stat().st_mode & 0o7777)
        else:
            os.chmod(handle.name, 0o666 & ~_umask())
        os.replace(handle.name, target)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(handle.name)
        if isinstance(error, OSError):
            raise QuizgenError(f"cannot write {target}: {error.strerror or error}") from error
        raise
    _sync_folder(target.parent)


def real_file(path: str | Path) -> Path:
    """Return the file a path names, through a symbolic link: an atomic rename over the link
    would replace the link with a copy and leave the file it points at unchanged."""
    target = Path(path)
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    # The rename is only durable once the folder entry is on disk; not every OS allows this.
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # Some file systems cannot fsync a folder; the rename itself is still atomic.
    finally:
        os.close(descriptor)


def checked_dump(question_set: QuestionSet, target: Path, schema_url: str = SCHEMA_URL) -> str:
    """Return the set as YAML, or raise InvalidSetError if that YAML would not pass `check`.

    The model allows what the format does not (an id with spaces, a cloze with no
    deletion); better to refuse than to write a file quizgen cannot read back.
    """
    text = dump_set(question_set, schema_url=schema_url)
    problems = parse_text(text, f"{target} (as it would be written)").problems
    if problems:
        raise InvalidSetError(problems)
    return text


def stamp_fingerprints(question_set: QuestionSet) -> QuestionSet:
    """Return the set with each generated question's fingerprint filled in where it is missing."""
    def stamped(question: AnyQuestion) -> AnyQuestion:
        made = question.generated
        if made is None or made.fingerprint:
            return question
        made = dataclasses.replace(made, fingerprint=content_fingerprint(question))
        return dataclasses.replace(question, generated=made)

    return dataclasses.replace(question_set,
                               questions=tuple(stamped(q) for q in question_set.questions))


def question_edit(question: AnyQuestion) -> str:
    """Return why a question must be kept as a person left it, or "" if a rerun may replace it."""
    made = question.generated
    if made is None:
        return "written by a person"
    if question.reviewed:
        return "marked reviewed"
    if not made.fingerprint:
        return "has no fingerprint, so edits cannot be ruled out"
    if made.fingerprint != content_fingerprint(question):
        return "edited since it was generated"
    return ""


def person_edits(path: str | Path) -> list[str]:
    """Return what a person wrote or changed in an existing file (empty: a rerun may replace it)."""
    parsed = parse_file(path)
    if parsed.question_set is None:
        first = parsed.problems[0] if parsed.problems else "unreadable"
        return [f"it is not a valid question set ({first})"]
    found = []
    if comments.collect(parsed):
        found.append("it has comments")
    for question in parsed.question_set.questions:
        reason = question_edit(question)
        if reason:
            found.append(f"question '{question.id}' is {reason}")
    return found


def write_set(path: str | Path, question_set: QuestionSet, *, overwrite: bool = False,
              schema_url: str = SCHEMA_URL) -> None:
    """Write a set to `path` atomically, stamping fingerprints on generated questions.

    Raises FormatError, and writes nothing, if `path` exists and a person has
    edited it (a comment, a question written or changed by hand, `reviewed`),
    unless `overwrite` is True (merge with `update_set_file` instead), or if the
    set breaks a rule of the format (InvalidSetError, a FormatError).
    """
    target = Path(path)
    if target.exists() and not overwrite:
        edits = person_edits(target)
        if edits:
            more = f" (and {len(edits) - 1} more)" if len(edits) > 1 else ""
            raise FormatError(
                f"{target}: not overwriting a file a person has edited: {edits[0]}{more};"
                " merge into it with --update, or replace it with --force"
            )
    write_text_atomic(target, checked_dump(stamp_fingerprints(question_set), target, schema_url))
