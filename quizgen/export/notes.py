"""What an export contains, note by note: fields, tags, deck and GUID, checked before writing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from quizgen.cloze import Deletion, deletions
from quizgen.errors import FormatError
from quizgen.export.fields import choices_list, cloze_text, escape_text, source_text
from quizgen.export.ids import note_guid
from quizgen.model import AnyQuestion, Cloze, QuestionSet, one_line

PARENT_DECK = "quizgen"
NoteKind = Literal["cloze", "mcq"]


@dataclass(frozen=True)
class NoteRecord:
    """One note as it goes into the package: field HTML in note-type order, tags, deck."""

    guid: str
    kind: NoteKind
    deck: str
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    card_ordinals: tuple[int, ...]  # Anki's card ordinals: cN gives N - 1, an MCQ gives 0
    set_id: str
    question_id: str


def set_deck_name(question_set: QuestionSet) -> str:
    """Return the subdeck for a set, `quizgen::<title>`.

    A `::` in the title becomes `:`, so that each set is exactly one subdeck.
    """
    title = " ".join(question_set.title.split()).replace("::", ":") or question_set.id
    return f"{PARENT_DECK}::{title}"


def tag(text: str) -> str:
    """Return `text` as an Anki tag: whitespace becomes `_` (Anki splits tags at spaces)."""
    return "_".join(text.split())


def set_tag(question_set: QuestionSet) -> str:
    """Return the tag every note of a set carries, `quizgen::<set id>`."""
    return f"{PARENT_DECK}::{tag(question_set.id)}"


def note_records(sets: Sequence[QuestionSet], *, deck_name: str | None = None) -> list[NoteRecord]:
    """Return the notes for `sets`, in set and question order.

    `deck_name` puts every note in that one deck; otherwise each set gets its own
    subdeck. Raises FormatError listing every question Anki would show wrongly or
    not at all, and every (set id, question id) pair used twice.
    """
    if deck_name is not None and not deck_name.strip():
        raise FormatError("the deck name is empty; give --deck a name or leave it out")
    records: list[NoteRecord] = []
    shared = _shared_set_ids(sets)
    problems = [
        f"{len(titles)} sets have the id {set_id!r} (titles: {', '.join(map(repr, titles))}); "
        "each set needs its own id"
        for set_id, titles in shared.items()
    ]
    seen: set[tuple[str, str]] = set()
    for question_set in sets:
        deck = deck_name.strip() if deck_name is not None else set_deck_name(question_set)
        set_tags = {tag(text) for text in question_set.tags} | {set_tag(question_set)}
        set_tags.discard("")
        sorted_set_tags = tuple(sorted(set_tags))
        title = question_set.source.title if question_set.source else ""
        title = escape_text(title or question_set.title)
        for question in question_set.questions:
            key = (question_set.id, question.id)
            found = deletions(question.text) if isinstance(question, Cloze) else []
            wrong = _problems(question, found)
            if key in seen and question_set.id not in shared:
                wrong.insert(0, "the question id is used twice")
            seen.add(key)
            if wrong:
                where = f"set {question_set.id!r}, question {question.id!r}"
                problems += [f"{where}: {problem}" for problem in wrong]
            if problems:
                continue  # keep checking, but build nothing more
            tags = sorted_set_tags
            if question.tags:
                tags = tuple(sorted(set_tags.union(tag(text) for text in question.tags) - {""}))
            sentence = question.source.shown if question.source else ""
            explanation = question.explanation
            if sentence == one_line(explanation):
                # Generated explanations often are the sentence: show it once, on one line.
                sentence, explanation = "", sentence
            records.append(_record(
                question, found, title, (sentence, explanation), deck, tags, question_set.id
            ))
    if problems:
        raise FormatError("cannot export: " + "; ".join(problems))
    return records


def _record(
    question: AnyQuestion,
    found: list[Deletion],
    title: str,
    shown: tuple[str, str],
    deck: str,
    tags: tuple[str, ...],
    set_id: str,
) -> NoteRecord:
    """Return the note of a question; `shown` is its source sentence and its explanation as
    the note shows them."""
    sentence, explanation = shown
    source = source_text(title, sentence)
    explanation = escape_text(explanation)
    if isinstance(question, Cloze):
        kind: NoteKind = "cloze"
        fields: tuple[str, ...] = (cloze_text(question.text, found), explanation, source)
        card_ordinals = tuple(sorted({d.index - 1 for d in found}))
    else:
        kind = "mcq"
        fields = (
            escape_text(question.question),
            choices_list(question.choices, question.answer_index),
            escape_text(question.answer),
            explanation,
            source,
        )
        card_ordinals = (0,)
    return NoteRecord(
        guid=note_guid(set_id, question.id),
        kind=kind,
        deck=deck,
        fields=fields,
        tags=tags,
        card_ordinals=card_ordinals,
        set_id=set_id,
        question_id=question.id,
    )


def _shared_set_ids(sets: Sequence[QuestionSet]) -> dict[str, list[str]]:
    """Return the titles of the sets for each set id that several sets use (notes would collide)."""
    titles: dict[str, list[str]] = {}
    for question_set in sets:
        titles.setdefault(question_set.id, []).append(question_set.title)
    return {set_id: shared for set_id, shared in titles.items() if len(shared) > 1}


def _problems(question: AnyQuestion, found: list[Deletion]) -> list[str]:
    """Return what would make Anki show this question wrongly or not at all."""
    if isinstance(question, Cloze):
        if not found:
            # Anki would make no card at all: the question would silently vanish.
            return ["a cloze needs at least one deletion such as {{c1::answer}}"]
        problems = [f"cloze numbers start at c1, not c{d.index}" for d in found if d.index < 1]
        problems += ["a cloze deletion has an empty answer" for d in found if not d.answer.strip()]
        return problems
    if question.answer not in question.choices:
        return [f"the answer {question.answer!r} is not one of the choices"]
    return []
