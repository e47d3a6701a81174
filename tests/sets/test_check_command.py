"""`quizgen check` as a user runs it: every problem as file:line:column, a summary, an exit code."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

RunQuizgen = Callable[..., subprocess.CompletedProcess[str]]
DECKS = Path(__file__).resolve().parents[2] / "decks"


@pytest.mark.parametrize("deck", sorted(DECKS.glob("*.yaml")), ids=lambda p: p.name)
def test_every_bundled_deck_passes_check(deck: Path, quizgen: RunQuizgen) -> None:
    result = quizgen("check", str(deck))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == f"{deck}: ok, " + result.stdout.split(": ok, ", 1)[1]


def test_check_prints_every_problem_and_fails(tmp_path: Path, quizgen: RunQuizgen) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\ntitle: Bad\nquestions:\n  - cloze: no deletion\n"
                   "  - q: Capital?\n    a: Paris\n    wrong: [Paris]\n", encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text("id: good\ntitle: Good\nquestions:\n  - cloze: '{{Oslo}} is in Norway'\n",
                    encoding="utf-8")
    result = quizgen("check", "bad.yaml", "good.yaml")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("bad.yaml:4:12: ") and "deletion" in lines[0]
    assert lines[1].startswith("bad.yaml:7:13: ") and "is the answer" in lines[1]
    assert "bad.yaml: 2 problems" in lines
    assert "good.yaml: ok, 1 question: 1 cloze note (1 card)" in lines
    assert lines[-1] == "1 of 2 files have problems"
    assert result.stderr == ""


def test_check_refuses_an_attack_without_a_traceback(tmp_path: Path, quizgen: RunQuizgen) -> None:
    evil = tmp_path / "evil.yaml"
    evil.write_text("!!python/object/apply:os.system ['touch pwned']\n", encoding="utf-8")
    result = quizgen("check", "evil.yaml")
    assert result.returncode == 1
    assert "evil.yaml:1:1: the tag !!python/object/apply:os.system is not allowed" in result.stdout
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "pwned").exists()


def test_check_size_limit_can_be_set_on_the_command_line(
    tmp_path: Path, quizgen: RunQuizgen
) -> None:
    deck = tmp_path / "deck.yaml"
    deck.write_text("id: d\ntitle: D\nquestions: []\n", encoding="utf-8")
    assert quizgen("check", "--max-bytes", "10", str(deck)).returncode == 1
    assert quizgen("check", "--max-bytes", "1000", str(deck)).returncode == 0


def test_questions_flagged_in_the_quiz_are_listed_as_notes(
    tmp_path: Path, quizgen: RunQuizgen
) -> None:
    from datetime import UTC, datetime

    from quizgen.quiz.store import ProgressStore

    data = tmp_path / "data"
    deck = tmp_path / "deck.yaml"
    deck.write_text("id: d\ntitle: D\nquestions:\n  - id: oslo\n    cloze: '{{Oslo}} is big'\n",
                    encoding="utf-8")
    with ProgressStore(data / "progress.sqlite3") as store:
        store.flag("d", "oslo", datetime.now(UTC), reason="the answer is wrong")
    result = quizgen("check", "deck.yaml", env={"QUIZGEN_DATA_DIR": str(data)})
    assert result.returncode == 0
    assert "deck.yaml:4:5: flagged in the quiz: the answer is wrong" in result.stdout


def test_check_creates_no_progress_file(tmp_path: Path, quizgen: RunQuizgen) -> None:
    data = tmp_path / "data"
    deck = tmp_path / "deck.yaml"
    deck.write_text("id: d\ntitle: D\nquestions: []\n", encoding="utf-8")
    assert quizgen("check", "deck.yaml", env={"QUIZGEN_DATA_DIR": str(data)}).returncode == 0
    assert not data.exists()


def test_check_reports_all_five_mistakes_of_a_file_with_their_places(
    tmp_path: Path, quizgen: RunQuizgen
) -> None:
    five = Path(__file__).parent / "data" / "five-mistakes.yaml"
    (tmp_path / "five.yaml").write_text(five.read_text(encoding="utf-8"), encoding="utf-8")
    result = quizgen("check", "five.yaml")
    assert result.returncode == 1
    places = [line.split(": ", 1)[0] for line in result.stdout.splitlines()[:-1]]
    assert places == ["five.yaml:6:11", "five.yaml:10:13", "five.yaml:12:9", "five.yaml:18:5",
                      "five.yaml:22:11"]
    assert result.stdout.splitlines()[-1] == "five.yaml: 5 problems"


def test_check_accepts_a_folder_of_decks(tmp_path: Path, quizgen: RunQuizgen) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.yaml").write_text(f"id: {name}\ntitle: T\nquestions: []\n",
                                             encoding="utf-8")
    result = quizgen("check", "decks")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "decks/a.yaml: ok, 0 questions",
        "decks/b.yaml: ok, 0 questions",
        "all 2 files are valid",
    ]


def test_check_counts_each_deletion_of_a_cloze_as_a_question(tmp_path: Path,
                                                              quizgen: RunQuizgen) -> None:
    # Two cloze notes: one with c1 and c2 (two cards, two quiz questions), one with c1 only.
    (tmp_path / "mixed.yaml").write_text(
        "id: mixed\ntitle: Mixed\nquestions:\n"
        "  - cloze: '{{Lisbon}} lies on the {{Tagus}}'\n"
        "  - cloze: '{{Porto}} lies on the Douro'\n"
        "  - q: Capital of Chile?\n    a: Santiago\n    wrong: [Lima, Quito]\n",
        encoding="utf-8")
    result = quizgen("check", "mixed.yaml")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "mixed.yaml: ok, 4 questions: 2 cloze notes (3 cards), 1 mcq"]
