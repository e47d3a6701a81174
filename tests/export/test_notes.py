"""What goes into a package: decks, tags and fields per question, and questions refused."""

from __future__ import annotations

import pytest

from quizgen.errors import FormatError
from quizgen.export.ids import note_guid
from quizgen.export.notes import note_records, set_deck_name
from quizgen.model import Cloze, MultipleChoice, QuestionSet, SourceRef
from tests.export.export_samples import sample_sets


def _set(*questions: Cloze | MultipleChoice, set_id: str = "s", title: str = "Set") -> QuestionSet:
    return QuestionSet(id=set_id, title=title, questions=questions)


def test_each_set_gets_a_quizgen_subdeck_named_after_its_title() -> None:
    records = note_records(sample_sets())
    assert [r.deck for r in records] == ["quizgen::Rivers of Europe"] * 3 + ["quizgen::Towns"] * 3


def test_a_double_colon_in_a_title_does_not_nest_a_further_deck() -> None:
    assert set_deck_name(_set(title="C++::std  basics")) == "quizgen::C++:std basics"
    assert set_deck_name(_set(title="  ", set_id="fallback")) == "quizgen::fallback"


def test_deck_name_puts_every_note_in_one_deck() -> None:
    records = note_records(sample_sets(), deck_name=" Geography quiz ")
    assert {r.deck for r in records} == {"Geography quiz"}


def test_an_empty_deck_name_is_refused() -> None:
    with pytest.raises(FormatError, match="deck name is empty"):
        note_records(sample_sets(), deck_name="  ")


def test_tags_join_question_and_set_tags_with_a_set_tag_and_no_spaces() -> None:
    records = {r.question_id: r for r in note_records(sample_sets())}
    assert records["danube"].tags == ("geography", "quizgen::rivers", "rivers", "two_words")
    assert records["founded"].tags == ("quizgen::towns",)


def test_records_carry_the_guid_of_set_and_question_and_one_ordinal_per_cloze_number() -> None:
    records = {r.question_id: r for r in note_records(sample_sets())}
    assert records["danube"].guid == note_guid("rivers", "danube")
    assert records["danube"].card_ordinals == (0, 1)
    assert records["longest"].card_ordinals == (0,)
    assert records["longest"].kind == "mcq"


def test_a_cloze_repeating_c1_and_skipping_to_c3_gives_cards_for_the_numbers_used() -> None:
    (record,) = note_records([_set(Cloze(id="q", text="{{c1::a}} {{c1::b}} {{c3::c}}"))])
    assert record.card_ordinals == (0, 2)


def test_every_question_anki_would_show_wrongly_is_reported_in_one_error() -> None:
    broken = _set(
        Cloze(id="no-deletion", text="Nothing to blank here."),
        Cloze(id="c-zero", text="Numbers start at {{c0::one}}."),
        Cloze(id="empty", text="An {{c1:: }} answer."),
        MultipleChoice(id="lost-answer", question="Q?", answer="X", choices=("A", "B")),
        Cloze(id="fine", text="A {{c1::fine}} one."),
        Cloze(id="fine", text="The {{c1::same}} id again."),
    )
    with pytest.raises(FormatError) as raised:
        note_records([broken])
    message = str(raised.value)
    for expected in (
        "question 'no-deletion': a cloze needs at least one deletion",
        "question 'c-zero': cloze numbers start at c1, not c0",
        "question 'empty': a cloze deletion has an empty answer",
        "question 'lost-answer': the answer 'X' is not one of the choices",
        "question 'fine': the question id is used twice",
    ):
        assert expected in message


def test_two_sets_with_one_id_are_refused_once_not_question_by_question() -> None:
    first = _set(Cloze(id="q1", text="{{c1::a}}"), set_id="dup", title="First")
    second = _set(Cloze(id="q1", text="{{c1::b}}"), set_id="dup", title="Copy")

    with pytest.raises(FormatError) as raised:
        note_records([first, second])

    assert str(raised.value) == (
        "cannot export: 2 sets have the id 'dup' (titles: 'First', 'Copy'); "
        "each set needs its own id"
    )


def test_the_source_sentence_is_not_repeated_when_it_is_the_explanation() -> None:
    sentence = "The Danube flows into the Black Sea."
    question = Cloze(
        id="q",
        text="The {{c1::Danube}} flows into the Black Sea.",
        explanation=sentence,
        source=SourceRef(sentence=sentence),
    )
    (record,) = note_records([_set(question, title="Rivers")])
    assert record.fields[1:] == (sentence, "Rivers")
