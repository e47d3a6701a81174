"""The deck list behind the picker: counts, due, last score, and broken files shown as errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizgen.errors import FormatError
from quizgen.model import QuestionSet
from quizgen.quiz.decks import deck_entries, find_deck_files
from quizgen.quiz.sample import sample_set
from quizgen.quiz.store import CardKey, ProgressStore

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def fake_load(path: Path) -> QuestionSet:
    if "broken" in path.name:
        raise FormatError(f"{path.name}:3: 'questions' must be a list\n(see the docs)")
    return sample_set()


def test_deck_files_are_found_sorted_per_folder(tmp_path: Path) -> None:
    bundled, mine = tmp_path / "bundled", tmp_path / "mine"
    bundled.mkdir()
    mine.mkdir()
    for name in ("b.yaml", "A.yml", "notes.txt"):
        (bundled / name).write_text("x")
    (mine / "c.yaml").write_text("x")
    found = find_deck_files([bundled, mine, tmp_path / "missing"])
    assert [p.name for p in found] == ["A.yml", "b.yaml", "c.yaml"]


def test_entries_count_new_and_due_apart_as_anki_does(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path / "p.sqlite3")
    session = store.start_session("harbour-demo", "The Old Harbour", NOW)
    store.record_answer(session, CardKey("harbour-demo", "q1"), given="x", verdict="right",
                        correct=True, seconds=1, hinted=False, now=NOW)
    [entry] = deck_entries([tmp_path / "harbour.yaml"], fake_load, store, NOW)
    # One question answered right: not due until its review; the six others are new.
    assert (entry.title, entry.prompts, entry.new, entry.due, entry.last_score) == (
        "The Old Harbour", 7, 6, 0, (1, 1))
    later = deck_entries([tmp_path / "harbour.yaml"], fake_load, store, NOW + timedelta(days=400))
    assert (later[0].new, later[0].due) == (6, 1)
    assert entry.error == ""


def test_a_deck_that_fails_to_load_is_listed_with_its_one_line_error(tmp_path: Path) -> None:
    entries = deck_entries(
        [tmp_path / "broken.yaml", tmp_path / "good.yaml"], fake_load, None, NOW)
    broken, good = entries
    assert broken.error == "broken.yaml:3: 'questions' must be a list (see the docs)"
    assert broken.title == "broken.yaml"
    assert good.error == "" and good.prompts == 7
