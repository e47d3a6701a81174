"""Merge a regenerated set into an existing one, keeping what people wrote, edited or reviewed."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from quizgen.cloze import deletions
from quizgen.model import AnyQuestion, Cloze, QuestionSet
from quizgen.sets import comments
from quizgen.sets.files import (
    checked_dump,
    question_edit,
    stamp_fingerprints,
    write_text_atomic,
)
from quizgen.sets.problems import InvalidSetError
from quizgen.sets.reader import parse_file
from quizgen.sets.writer import SCHEMA_URL


@dataclass(frozen=True)
class MergeResult:
    """The merged set and what happened to each question, by id."""

    question_set: QuestionSet
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    # Written, edited or reviewed by a person: kept exactly as they are.
    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    # Generated questions the new run no longer makes, kept because prune was off.
    stale: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """Return one line such as `3 added, 1 changed, 2 kept, 0 removed, 9 unchanged`."""
        line = (f"{len(self.added)} added, {len(self.changed)} changed, {len(self.kept)} kept,"
                f" {len(self.removed)} removed, {len(self.unchanged)} unchanged")
        if self.stale:
            line += f"; {len(self.stale)} no longer generated but kept (--prune removes them)"
        return line

    def details(self) -> list[str]:
        """Return one line per question that was added, changed, kept, removed or left stale."""
        return [f"{label}: {question_id}" for label, ids in (
            ("added", self.added), ("changed", self.changed), ("kept", self.kept),
            ("removed", self.removed), ("stale", self.stale),
        ) for question_id in ids]


def merge_sets(existing: QuestionSet, fresh: QuestionSet, *, prune: bool) -> MergeResult:
    """Return `existing` updated with the questions of `fresh`, a new run on the same article.

    - A question a person wrote, edited or marked `reviewed: true` is kept exactly.
    - A generated question nobody touched is replaced by its fresh version (changed
      if different, else unchanged).
    - A fresh question with a new id is added at the end.
    - A generated, untouched question the fresh run no longer makes is removed
      only if `prune`; otherwise it stays and is reported as stale.

    The set's own fields (title, tags, ...) are kept from `existing`.
    """
    fresh = stamp_fingerprints(fresh)
    fresh_by_id = {question.id: question for question in fresh.questions}
    # By the fact it asks: a person may rename a question's id (ids are theirs to choose).
    fresh_by_fact = {_fact(q): q for q in fresh.questions}
    result = MergeResult(existing)
    merged: list[AnyQuestion] = []
    renamed: set[str] = set()
    for question in existing.questions:
        twin = fresh_by_fact.get(_fact(question)) if question.generated else None
        if question_edit(question):
            result.kept.append(question.id)
            merged.append(question)
        elif question.id not in fresh_by_id and twin is not None and twin.id not in renamed:
            # The fresh version under the person's id, not added a second time under its own.
            renamed.add(twin.id)
            replacement = dataclasses.replace(twin, id=question.id)
            (result.unchanged if replacement == question else result.changed).append(question.id)
            merged.append(replacement)
        elif question.id in fresh_by_id:
            replacement = fresh_by_id[question.id]
            (result.unchanged if replacement == question else result.changed).append(question.id)
            merged.append(replacement)
        elif prune:
            result.removed.append(question.id)
        else:
            result.stale.append(question.id)
            merged.append(question)
    known = {question.id for question in existing.questions} | renamed
    for question in fresh.questions:
        if question.id not in known:
            result.added.append(question.id)
            merged.append(question)
    return dataclasses.replace(
        result, question_set=dataclasses.replace(existing, questions=tuple(merged))
    )


def _fact(question: AnyQuestion) -> tuple[str, str, tuple[str, ...]]:
    """Return what a question asks: its type, its source sentence and its answers (a cloze's
    in cN order), whatever its options or their order."""
    sentence = question.source.sentence if question.source else ""
    if isinstance(question, Cloze):
        return "cloze", sentence, tuple(d.answer for d in deletions(question.text))
    return "mcq", sentence, (question.answer,)


def update_set_file(path: str | Path, fresh: QuestionSet, *, prune: bool = False,
                    dry_run: bool = False, schema_url: str = SCHEMA_URL) -> MergeResult:
    """Merge `fresh` into the set file at `path` (creating it if missing) and write it atomically.

    Comments in the existing file stay with their questions. With `dry_run`
    nothing is written. Raises InvalidSetError (a FormatError) if the existing
    file has problems (fix them first: merging could lose a person's work) or
    if the merged set would break a rule of the format.
    """
    target = Path(path)
    if not target.exists():
        result = MergeResult(stamp_fingerprints(fresh),
                             added=[question.id for question in fresh.questions])
        text = checked_dump(result.question_set, target, schema_url)
        if not dry_run:
            write_text_atomic(target, text)
        return result
    parsed = parse_file(target)
    if parsed.question_set is None:
        raise InvalidSetError(parsed.problems)
    result = merge_sets(parsed.question_set, fresh, prune=prune)
    text = checked_dump(result.question_set, target, schema_url)
    if not dry_run:
        write_text_atomic(target, comments.render(text, result.question_set,
                                                  comments.collect(parsed)))
    return result
