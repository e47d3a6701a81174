"""Anki export: write_apkg of 10,000 questions, against plain genanki writing the same notes."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from pathlib import Path

from benchmarks.components import attribute
from benchmarks.context import Context
from benchmarks.question_sets import made_up_sets
from benchmarks.report import Figure, timed
from benchmarks.timing import alternate, time_call

NAME = "export"

QUESTIONS = 10_000
SMOKE_QUESTIONS = 60
MAX_S = 5.0
MAX_RATIO = 1.5


def run(context: Context) -> Iterator[Figure]:
    write_apkg = attribute("quizgen.export", "write_apkg")
    count = SMOKE_QUESTIONS if context.smoke else QUESTIONS
    sets = made_up_sets(count, per_set=max(1, count // 10))
    folder = context.folder(NAME)
    runs = itertools.count()

    def path(kind: str) -> Path:
        # A new file each time: measures a first export, not the reading of an earlier one.
        return folder / f"{kind}-{next(runs)}.apkg"

    # Once each untimed: the first write of a process sets up SQLite and zlib for both.
    write_apkg(sets, path("warm-up"))
    plain_genanki(sets, path("warm-up"))
    export_s, floor_s = alternate(
        lambda: time_call(lambda: write_apkg(sets, path("quizgen"))),
        lambda: time_call(lambda: plain_genanki(sets, path("genanki"))),
        context.repeats(5),
    )
    yield timed(NAME, f"write_apkg, {count:,} questions", export_s, floor_s,
                "plain genanki, same notes", max_s=MAX_S, max_ratio=MAX_RATIO)


def plain_genanki(sets: Sequence, target: Path) -> None:
    """Write the same notes, field for field, with plain note types like genanki's built-in ones."""
    import genanki

    cloze_model = genanki.Model(
        1_100_000, "plain cloze", model_type=genanki.Model.CLOZE,
        fields=[{"name": "Text"}, {"name": "Extra"}, {"name": "Source"}],
        templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}",
                    "afmt": "{{cloze:Text}}<br>{{Extra}}<br>{{Source}}"}],
    )
    mcq_model = genanki.Model(
        1_100_001, "plain mcq",
        fields=[{"name": name} for name in
                ("Question", "Choices", "Answer", "Explanation", "Source")],
        templates=[{"name": "Card 1", "qfmt": "{{Question}}<br>{{Choices}}",
                    "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}<br>{{Explanation}}"
                            "<br>{{Source}}"}],
    )
    decks = []
    for number, question_set in enumerate(sets):
        deck = genanki.Deck(1_000_000 + number, f"plain::{question_set.title}")
        for question in question_set.questions:
            source = question.source.sentence if question.source else ""
            if question.type == "cloze":
                fields = [question.text, question.explanation, source]
                model = cloze_model
            else:
                fields = [question.question, "<br>".join(question.choices), question.answer,
                          question.explanation, source]
                model = mcq_model
            deck.add_note(genanki.Note(model=model, fields=fields, tags=list(question.tags)))
        decks.append(deck)
    genanki.Package(decks).write_to_file(str(target))
