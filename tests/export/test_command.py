"""`quizgen export` as a user runs it: real subprocesses, real files, real Anki."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

RIVERS = """\
id: rivers
title: Rivers of Europe
tags: [geography]
questions:
  - id: danube
    type: cloze
    text: The {{c1::Danube}} flows into the {{c2::Black Sea}}.
    explanation: Two cards from one note.
  - id: longest
    type: mcq
    question: Which river is the longest?
    answer: Volga
    choices: [Rhine, Volga, Loire]
"""
TOWNS = """\
id: towns
title: Towns
questions:
  - id: founded
    type: cloze
    text: The town was founded in {{c1::1203}}.
"""


def quizgen(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


@pytest.fixture
def sets_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "rivers.yaml").write_text(RIVERS)
    (folder / "towns.yaml").write_text(TOWNS)
    return folder


def test_export_writes_a_package_that_anki_imports_with_the_right_counts(
    sets_folder: Path, tmp_path: Path, collection, import_apkg
) -> None:
    result = quizgen(
        "export",
        sets_folder / "rivers.yaml",
        sets_folder / "towns.yaml",
        "-o",
        "quiz.apkg",
        cwd=tmp_path,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "wrote quiz.apkg: 3 notes (2 cloze, 1 multiple choice), 4 cards, in 2 decks: "
        "quizgen::Rivers of Europe, quizgen::Towns\n"
    )
    assert import_apkg(tmp_path / "quiz.apkg").new == 3
    assert (collection.note_count(), collection.card_count()) == (3, 4)


def test_a_folder_stands_for_its_sets_and_deck_puts_them_in_one_deck(
    sets_folder: Path, tmp_path: Path
) -> None:
    result = quizgen("export", sets_folder, "--deck", "All of it", "-o", "quiz.apkg", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("in 1 deck: All of it\n")
    assert "3 notes" in result.stdout


def test_dry_run_writes_nothing_and_lists_every_note_as_new(
    sets_folder: Path, tmp_path: Path
) -> None:
    result = quizgen("export", sets_folder, "-o", "quiz.apkg", "--dry-run", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "quiz.apkg").exists()
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "dry run, nothing written: quiz.apkg would hold 3 notes and 4 cards in 2 decks: "
        "quizgen::Rivers of Europe, quizgen::Towns"
    )
    assert lines[1] == (
        "compared with no earlier package: 3 new, 0 changed, 0 unchanged, "
        "0 no longer in the package"
    )
    assert "  + [quizgen::Towns] towns/founded: The town was founded in {{c1::1203}}." in lines


def test_dry_run_against_an_earlier_package_lists_what_an_edit_changed(
    sets_folder: Path, tmp_path: Path
) -> None:
    assert quizgen("export", sets_folder, "-o", "old.apkg", cwd=tmp_path).returncode == 0
    rivers = sets_folder / "rivers.yaml"
    rivers.write_text(RIVERS.replace("Two cards from one note.", "Edited explanation."))
    before = (tmp_path / "old.apkg").read_bytes()

    result = quizgen("export", sets_folder, "--dry-run", "--against", "old.apkg", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == (
        "compared with old.apkg: 0 new, 1 changed, 2 unchanged, 0 no longer in the package"
    )
    assert lines[2:] == [
        "changed:",
        "  ~ [quizgen::Rivers of Europe] rivers/danube: "
        "The {{c1::Danube}} flows into the {{c2::Black Sea}}.  (Extra)",
    ]
    assert (tmp_path / "old.apkg").read_bytes() == before


@pytest.mark.parametrize(
    ("arguments", "message", "code"),
    [
        # Options that do not go together are command-line mistakes: exit status 2.
        (["rivers.yaml"], "give the package to write with -o FILE.apkg", 2),
        (["rivers.yaml", "-o", "quiz.zip"], "the output file must end in .apkg", 1),
        (["rivers.yaml", "-o", "quiz.apkg", "--against", "x.apkg"], "--against only works with", 2),
        (["broken.yaml", "-o", "quiz.apkg"], "broken.yaml", 1),
        (["rivers.yaml", "-o", "notes.apkg"], "not overwriting notes.apkg", 1),
    ],
)
def test_mistakes_get_a_one_line_error_and_write_nothing(
    sets_folder: Path, arguments: list[str], message: str, code: int
) -> None:
    (sets_folder / "broken.yaml").write_text("id: broken\ntitle: [unclosed\n")
    (sets_folder / "notes.apkg").write_text("not a package")
    before = sorted(path.name for path in sets_folder.iterdir())

    result = quizgen("export", *arguments, cwd=sets_folder)

    assert result.returncode == code
    assert result.stdout == ""
    assert result.stderr.startswith("quizgen: error: ")
    assert result.stderr.count("\n") == 1
    assert message in result.stderr
    assert sorted(path.name for path in sets_folder.iterdir()) == before
    assert (sets_folder / "notes.apkg").read_text() == "not a package"
