"""`generate --update` rules: what a person touched is kept, the rest follows the new run."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from quizgen.model import Cloze, Generated, QuestionSet
from quizgen.sets import load_set, merge_sets, update_set_file, write_set

MADE = Generated(method="entity", version="0.1", score=0.8)


def cloze(question_id: str, text: str, **extra: object) -> Cloze:
    return Cloze(id=question_id, text=text, generated=MADE, **extra)  # type: ignore[arg-type]


def make_set(*questions: Cloze) -> QuestionSet:
    return QuestionSet(id="art", title="Article", questions=questions)


def write_first_run(path: Path) -> None:
    write_set(path, make_set(
        cloze("a", "{{c1::Oslo}} is in Norway."),
        cloze("b", "{{c1::Bern}} is in Switzerland."),
        cloze("c", "{{c1::Rome}} is in Italy."),
    ))


def edit_file(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def second_run() -> QuestionSet:
    # a: new wording; b: gone; c: same; d: new.
    return make_set(
        cloze("a", "{{c1::Oslo}} is the capital of Norway."),
        cloze("c", "{{c1::Rome}} is in Italy."),
        cloze("d", "{{c1::Lima}} is in Peru."),
    )


def test_untouched_questions_follow_the_new_run_and_new_ones_are_added(tmp_path: Path) -> None:
    path = tmp_path / "art.yaml"
    write_first_run(path)
    result = update_set_file(path, second_run())
    assert (result.added, result.changed, result.kept, result.removed) == (["d"], ["a"], [], [])
    assert result.unchanged == ["c"] and result.stale == ["b"]
    merged = load_set(path)
    assert [q.id for q in merged.questions] == ["a", "b", "c", "d"]
    assert "capital of Norway" in merged.question("a").text  # type: ignore[union-attr]


def test_gone_questions_are_removed_only_with_prune(tmp_path: Path) -> None:
    path = tmp_path / "art.yaml"
    write_first_run(path)
    result = update_set_file(path, second_run(), prune=True)
    assert result.removed == ["b"] and result.stale == []
    assert [q.id for q in load_set(path).questions] == ["a", "c", "d"]


def test_a_question_edited_by_hand_is_kept_exactly_and_reported_as_kept(tmp_path: Path) -> None:
    path = tmp_path / "art.yaml"
    write_first_run(path)
    edit_file(path, "{{c1::Oslo}} is in Norway.", "{{c1::Oslo}} lies in Norway.")
    result = update_set_file(path, second_run(), prune=True)
    assert result.kept == ["a"] and "a" not in result.changed
    assert load_set(path).question("a").text == "{{c1::Oslo}} lies in Norway."  # type: ignore[union-attr]


def test_a_reviewed_question_is_kept_even_when_gone_and_pruning(tmp_path: Path) -> None:
    path = tmp_path / "art.yaml"
    write_first_run(path)
    edit_file(path, "  - id: b\n", "  - id: b\n    reviewed: true\n")
    result = update_set_file(path, second_run(), prune=True)
    assert result.kept == ["b"] and result.removed == []
    assert load_set(path).question("b").reviewed


def test_questions_a_person_wrote_are_kept(tmp_path: Path) -> None:
    existing = make_set(Cloze(id="mine", text="{{c1::Riga}} is in Latvia."))
    result = merge_sets(existing, second_run(), prune=True)
    assert result.kept == ["mine"] and result.added == ["a", "c", "d"]


def test_comments_in_the_existing_file_survive_an_update(tmp_path: Path) -> None:
    path = tmp_path / "art.yaml"
    write_first_run(path)
    edit_file(path, "  - id: c\n", "  # my favourite\n  - id: c\n")
    update_set_file(path, second_run())
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[lines.index("  # my favourite") + 1] == "  - id: c"


def test_dry_run_writes_nothing_but_reports_the_same(tmp_path: Path) -> None:
    path = tmp_path / "art.yaml"
    write_first_run(path)
    before = path.read_bytes()
    dry = update_set_file(path, second_run(), prune=True, dry_run=True)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["art.yaml"]
    real = update_set_file(path, second_run(), prune=True)
    assert dataclasses.astuple(dry) == dataclasses.astuple(real)
    assert dry.summary() == "1 added, 1 changed, 0 kept, 1 removed, 1 unchanged"


def test_dry_run_on_a_new_file_creates_nothing(tmp_path: Path) -> None:
    result = update_set_file(tmp_path / "new.yaml", second_run(), dry_run=True)
    assert result.added == ["a", "c", "d"]
    assert list(tmp_path.iterdir()) == []


def test_a_question_whose_id_a_person_renamed_is_kept_once_under_their_id(
    tmp_path: Path,
) -> None:
    path = tmp_path / "art.yaml"
    write_first_run(path)
    edit_file(path, "id: c\n", "id: rome-question\n")
    # The new run asks the same fact in other words ("lies in"): it takes the person's id.
    fresh = second_run()
    fresh = dataclasses.replace(fresh, questions=tuple(
        cloze("c", "{{c1::Rome}} lies in Italy.") if q.id == "c" else q for q in fresh.questions
    ))
    for prune in (False, True):
        result = update_set_file(path, fresh, prune=prune)
        assert "rome-question" in result.changed + result.unchanged
        assert "c" not in result.added
        assert "rome-question" not in result.removed + result.stale
        questions = {question.id: question for question in load_set(path).questions}
        assert "c" not in questions
        assert questions["rome-question"].text == "{{c1::Rome}} lies in Italy."
