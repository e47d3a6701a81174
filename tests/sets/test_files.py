"""Saving sets: atomic writes, fingerprints, and refusing to overwrite what a person edited."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from quizgen.errors import FormatError, QuizgenError
from quizgen.model import Cloze, Generated, QuestionSet
from quizgen.sets import content_fingerprint, load_set, write_set, write_text_atomic

MADE = Generated(method="entity", version="0.1", score=0.8)


def generated_set(*texts: str) -> QuestionSet:
    return QuestionSet(id="gen", title="Generated", questions=tuple(
        Cloze(id=f"c{i}", text=text, generated=MADE) for i, text in enumerate(texts)
    ))


def test_written_generated_questions_carry_their_fingerprint(tmp_path: Path) -> None:
    path = tmp_path / "set.yaml"
    write_set(path, generated_set("{{c1::Oslo}} is in Norway."))
    question = load_set(path).questions[0]
    assert question.generated is not None
    assert question.generated.fingerprint == content_fingerprint(question)


def test_an_untouched_generated_file_may_be_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "set.yaml"
    write_set(path, generated_set("{{c1::Oslo}} is in Norway."))
    write_set(path, generated_set("{{c1::Bern}} is in Switzerland."))
    assert "Bern" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("edit", "reason"), [
    (lambda text: text.replace("Oslo}} is in", "Oslo}} lies in"), "edited since it was generated"),
    (lambda text: text.replace("    generated:", "    reviewed: true\n    generated:"),
     "marked reviewed"),
    (lambda text: text.replace("questions:", "# my notes\nquestions:"), "it has comments"),
    # At the end of a key whose value starts on the next line: "questions:  # …".
    (lambda text: text.replace("questions:", "questions:   # my notes"), "it has comments"),
    (lambda text: text.replace("    generated:", "    generated:  # check"), "it has comments"),
    (lambda text: text + "  - cloze: 'My own {{question}}'\n", "written by a person"),
    (lambda text: text.replace("title:", "titel:"), "not a valid question set"),
])
def test_a_file_a_person_edited_is_not_overwritten(tmp_path: Path, edit, reason: str) -> None:
    path = tmp_path / "set.yaml"
    write_set(path, generated_set("{{c1::Oslo}} is in Norway."))
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(FormatError, match=reason):
        write_set(path, generated_set("{{c1::Bern}} is in Switzerland."))
    assert path.read_bytes() == before
    write_set(path, generated_set("{{c1::Bern}} is in Switzerland."), overwrite=True)
    assert "Bern" in path.read_text(encoding="utf-8")


def test_a_person_written_file_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("id: mine\ntitle: Mine\nquestions:\n  - cloze: '{{Rome}} is old'\n")
    with pytest.raises(FormatError, match="not overwriting a file a person has edited"):
        write_set(path, generated_set("{{c1::Bern}} is in Switzerland."))


def test_atomic_write_leaves_no_temporary_file_and_keeps_the_mode(tmp_path: Path) -> None:
    path = tmp_path / "set.yaml"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_text_atomic(path, "new ✓\n")
    assert path.read_text(encoding="utf-8") == "new ✓\n"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["set.yaml"]


def test_a_failed_atomic_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "set.yaml"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_text_atomic(path, "bad \udc80 surrogate")
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["set.yaml"]


def test_the_fingerprint_ignores_id_and_provenance_but_not_content() -> None:
    question = Cloze(id="a", text="{{c1::Oslo}}", generated=MADE)
    same = dataclasses.replace(question, id="b", generated=None)
    changed = dataclasses.replace(question, tags=("geo",))
    assert content_fingerprint(question) == content_fingerprint(same)
    assert content_fingerprint(question) != content_fingerprint(changed)


def test_writing_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(QuizgenError, match=r"cannot write .*missing/set\.yaml: No such file"):
        write_text_atomic(tmp_path / "missing" / "set.yaml", "x")


def test_a_set_that_breaks_the_format_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "set.yaml"
    broken = QuestionSet(id="has space", title="T", questions=(Cloze(id="c", text="no deletion"),))
    with pytest.raises(FormatError) as caught:
        write_set(path, broken)
    assert len(caught.value.problems) == 2  # type: ignore[attr-defined]
    assert str(caught.value).startswith(f"{path} (as it would be written):")
    assert not path.exists()


def test_an_atomic_write_through_a_symbolic_link_updates_the_file_it_points_at(
    tmp_path: Path,
) -> None:
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "set.yaml"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "set.yaml"
    link.symlink_to(real)
    write_text_atomic(link, "new\n")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["set.yaml"]
