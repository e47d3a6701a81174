"""Exported packages imported into real Anki (the official backend) as the desktop app does."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from quizgen.export import write_apkg
from quizgen.export.ids import note_guid
from quizgen.export.note_types import CLOZE_MODEL_ID, MCQ_MODEL_ID
from quizgen.model import QuestionSet
from tests.export.export_samples import (
    CLOZE_OPENER,
    IMG,
    SAMPLE_QUESTIONS,
    SCRIPT,
    CardHtml,
    ImportCounts,
    sample_sets,
)

Importer = Callable[[Path], ImportCounts]


def _note(collection, set_id: str, question_id: str):
    """Return the Anki note of a question, found by the GUID the export gives it."""
    guid = note_guid(set_id, question_id)
    (note_id,) = [nid for nid in collection.find_notes("") if collection.get_note(nid).guid == guid]
    return collection.get_note(note_id)


def _sides(collection, set_id: str, question_id: str) -> list[tuple[CardHtml, CardHtml]]:
    """Return (front, back) as Anki renders them, for each card of a question, in card order."""
    cards = sorted(_note(collection, set_id, question_id).cards(), key=lambda card: card.ord)
    return [(CardHtml(card.question()), CardHtml(card.answer())) for card in cards]


def _export_and_import(
    tmp_path: Path, import_apkg: Importer, sets: list[QuestionSet] | None = None, **options: str
) -> ImportCounts:
    package = tmp_path / "export.apkg"
    write_apkg(sample_sets() if sets is None else sets, package, **options)
    return import_apkg(package)


def test_import_adds_every_note_and_card_into_one_subdeck_per_set(
    collection, import_apkg: Importer, tmp_path: Path
) -> None:
    counts = _export_and_import(tmp_path, import_apkg)

    assert counts == ImportCounts(new=6, updated=0, duplicate=0, conflicting=0)
    assert collection.note_count() == 6
    assert collection.card_count() == 8  # c1 and c2 in two notes: two cards each
    names = {deck.name for deck in collection.decks.all_names_and_ids()}
    assert {"quizgen::Rivers of Europe", "quizgen::Towns"} <= names
    assert len(collection.find_cards('"deck:quizgen::Rivers of Europe"')) == 4
    assert len(collection.find_cards('"deck:quizgen::Towns"')) == 4


def test_deck_option_puts_every_note_in_that_one_deck(
    collection, import_apkg: Importer, tmp_path: Path
) -> None:
    _export_and_import(tmp_path, import_apkg, deck_name="Geography quiz")

    assert len(collection.find_cards('"deck:Geography quiz"')) == 8
    assert not any(d.name.startswith("quizgen") for d in collection.decks.all_names_and_ids())


def test_note_types_are_a_true_cloze_and_a_standard_type_with_our_fixed_ids(
    collection, import_apkg: Importer, tmp_path: Path
) -> None:
    _export_and_import(tmp_path, import_apkg)

    cloze = collection.models.by_name("quizgen Cloze")
    mcq = collection.models.by_name("quizgen MCQ")
    assert (cloze["id"], cloze["type"]) == (CLOZE_MODEL_ID, 1)  # 1: Anki's cloze kind
    assert (mcq["id"], mcq["type"]) == (MCQ_MODEL_ID, 0)  # 0: standard
    assert [f["name"] for f in cloze["flds"]] == ["Text", "Extra", "Source"]
    assert [f["name"] for f in mcq["flds"]] == [
        "Question",
        "Choices",
        "Answer",
        "Explanation",
        "Source",
    ]
    assert _note(collection, "rivers", "danube").note_type()["id"] == CLOZE_MODEL_ID
    assert _note(collection, "rivers", "longest").note_type()["id"] == MCQ_MODEL_ID


def test_cloze_cards_blank_their_own_number_and_the_back_adds_explanation_and_source(
    collection, import_apkg: Importer, tmp_path: Path
) -> None:
    _export_and_import(tmp_path, import_apkg)

    (front1, back1), (front2, back2) = _sides(collection, "rivers", "danube")
    assert front1.text == "The [...] flows into the Black Sea."
    assert front2.text == "The Danube flows into the [sea]."
    assert back1.text.startswith("The Danube flows into the Black Sea.")
    assert "Two deletions: two cards." in back1.text
    assert "A river article The Danube flows into the Black Sea." in back2.text
    assert "Two deletions" not in front1.text


def test_colons_and_braces_in_cloze_answers_and_hints_show_as_written(
    collection, import_apkg: Importer, tmp_path: Path
) -> None:
    _export_and_import(tmp_path, import_apkg)

    (front1, back1), (front2, _) = _sides(collection, "towns", "colons")
    assert front1.text == "Meet at [a time::of day] by a {{b."
    assert back1.text.startswith("Meet at 10:30 by a {{b.")
    assert front2.text == "Meet at 10:30 by [...]."


def test_mcq_front_shows_choices_in_set_order_without_scripts_and_back_marks_the_answer(
    collection, import_apkg: Importer, tmp_path: Path
) -> None:
    _export_and_import(tmp_path, import_apkg)

    ((front, back),) = _sides(collection, "rivers", "longest")
    assert front.text == "Which river is the longest? Rhine Volga Loire Elbe"
    assert "qz-back" not in front.classes
    assert back.text == (
        "Which river is the longest? Rhine Volga Loire Elbe Volga The Volga is about 3,500 km "
        "long. A river article"
    )
    assert "qz-back" in back.classes
    # The mark is a class on the right <li>, set by the export, styled only under .qz-back.
    assert back.marked == ["Volga"]


def test_hostile_article_text_shows_literally_and_nothing_of_it_runs(
    collection, import_apkg: Importer, tmp_path: Path
) -> None:
    _export_and_import(tmp_path, import_apkg)

    sides = {
        (set_id, question_id): _sides(collection, set_id, question_id)
        for set_id, question_id in SAMPLE_QUESTIONS
    }
    for cards in sides.values():
        for front, back in cards:
            for side in (front, back):
                assert "img" not in side.tags
                assert side.event_attributes == []
                # The only script is the MCQ template's own shuffle.
                is_mcq = "qz-question" in side.classes
                assert side.tags.count("script") == (1 if is_mcq else 0)

    ((cloze_front, cloze_back),) = sides[("rivers", "hostile-cloze")]
    assert cloze_front.text == f"Wrote {SCRIPT} by the [...], then {CLOZE_OPENER} stayed."
    assert f"by the {IMG} gate, then {CLOZE_OPENER} stayed." in cloze_back.text
    assert f"Explained with {SCRIPT}" in cloze_back.text
    assert f"Sentence with {IMG} and {CLOZE_OPENER} in it" in cloze_back.text

    ((mcq_front, mcq_back),) = sides[("towns", "hostile-mcq")]
    assert mcq_front.text == (
        f"Which one says {SCRIPT} or {CLOZE_OPENER}? Plain {IMG} answer {CLOZE_OPENER}wrong}}}}"
    )
    assert f"Because {IMG}" in mcq_back.text
    assert f"Town article {SCRIPT} A sentence with {SCRIPT}" in mcq_back.text


def test_notes_carry_their_question_and_set_tags_and_a_tag_per_set(
    collection, import_apkg: Importer, tmp_path: Path
) -> None:
    _export_and_import(tmp_path, import_apkg)

    assert sorted(_note(collection, "rivers", "danube").tags) == [
        "geography",
        "quizgen::rivers",
        "rivers",
        "two_words",
    ]
    assert _note(collection, "towns", "founded").tags == ["quizgen::towns"]


def test_importing_the_same_package_again_changes_nothing(
    collection, import_apkg: Importer, tmp_path: Path
) -> None:
    _export_and_import(tmp_path, import_apkg)

    again = import_apkg(tmp_path / "export.apkg")

    assert again == ImportCounts(new=0, updated=0, duplicate=6, conflicting=0)
    assert (collection.note_count(), collection.card_count()) == (6, 8)


def test_reimporting_an_edited_export_updates_notes_in_place_and_keeps_review_history(
    collection, import_apkg: Importer, tmp_path: Path
) -> None:
    _export_and_import(tmp_path, import_apkg)
    collection.decks.select(collection.decks.id_for_name("quizgen::Rivers of Europe"))
    reviewed = collection.sched.getCard()
    collection.sched.answerCard(reviewed, 3)  # "Good"
    before = collection.get_card(reviewed.id)
    reviews = collection.db.scalar("select count() from revlog where cid = ?", reviewed.id)
    assert reviews == 1

    rivers, towns = sample_sets()
    danube = dataclasses.replace(
        rivers.questions[0], text="The {{c1::Danube}} reaches the {{c2::Black Sea::sea}}."
    )
    longest = dataclasses.replace(rivers.questions[2], explanation="Edited explanation.")
    edited = dataclasses.replace(rivers, questions=(danube, rivers.questions[1], longest))
    # Written within the same second as the first export, as a fast script would.
    counts = _export_and_import(tmp_path, import_apkg, [edited, towns])

    assert counts.new == 0
    assert counts.updated == 6  # Anki counts every note whose time is newer
    assert counts.conflicting == 0
    assert (collection.note_count(), collection.card_count()) == (6, 8)
    assert _note(collection, "rivers", "danube")["Text"].startswith("The {{c1::Danube}} reaches")
    assert "Edited explanation." in _sides(collection, "rivers", "longest")[0][1].text
    after = collection.get_card(reviewed.id)
    assert collection.db.scalar("select count() from revlog where cid = ?", reviewed.id) == 1
    assert (after.type, after.queue, after.due, after.ivl, after.reps) == (
        before.type,
        before.queue,
        before.due,
        before.ivl,
        before.reps,
    )


def test_check_database_finds_no_problems_after_importing_an_export(
    collection, import_apkg: Importer, tmp_path: Path
) -> None:
    _export_and_import(tmp_path, import_apkg)

    assert collection._backend.check_database() == []
