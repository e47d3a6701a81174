"""`quizgen export -o` into folders that do not exist yet, as a user runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FERRY = """\
id: ferries
title: Ferries
questions:
  - cloze: "The ferry to {{Vell}} leaves at nine."
"""


def export(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "quizgen", "export", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_export_makes_missing_folders_for_its_package(tmp_path: Path) -> None:
    (tmp_path / "ferries.yaml").write_text(FERRY)
    result = export("ferries.yaml", "-o", "out/anki/ferries.apkg", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "anki" / "ferries.apkg").is_file()


def test_a_refused_export_leaves_no_folder_behind(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(FERRY)
    (tmp_path / "b.yaml").write_text(FERRY.replace("title: Ferries", "title: Boats"))
    result = export("a.yaml", "b.yaml", "-o", "out/anki/both.apkg", cwd=tmp_path)
    assert result.returncode == 1
    assert "2 sets have the id 'ferries'" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_dry_run_into_a_missing_folder_creates_nothing(tmp_path: Path) -> None:
    (tmp_path / "ferries.yaml").write_text(FERRY)
    result = export("ferries.yaml", "-o", "out/ferries.apkg", "--dry-run", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "1 new" in result.stdout
    assert not (tmp_path / "out").exists()


def test_an_export_through_a_symbolic_link_updates_the_package_it_points_at(
    tmp_path: Path,
) -> None:
    (tmp_path / "ferries.yaml").write_text(FERRY)
    (tmp_path / "anki").mkdir()
    assert export("ferries.yaml", "-o", "anki/ferries.apkg", cwd=tmp_path).returncode == 0
    package = tmp_path / "anki" / "ferries.apkg"
    first = package.read_bytes()
    (tmp_path / "latest.apkg").symlink_to(package)
    (tmp_path / "ferries.yaml").write_text(FERRY.replace("nine", "ten"))
    result = export("ferries.yaml", "-o", "latest.apkg", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "latest.apkg").is_symlink() and package.read_bytes() != first


def test_an_output_inside_a_file_is_named_as_a_file_not_a_missing_folder(tmp_path: Path) -> None:
    (tmp_path / "ferries.yaml").write_text(FERRY)
    (tmp_path / "notes.txt").write_text("not a folder\n")
    result = export("ferries.yaml", "-o", "notes.txt/ferries.apkg", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == (
        "quizgen: error: notes.txt is a file, not a folder: cannot write notes.txt/ferries.apkg\n"
    )


def test_against_without_dry_run_is_a_command_line_mistake(tmp_path: Path) -> None:
    (tmp_path / "ferries.yaml").write_text(FERRY)
    result = export("ferries.yaml", "--against", "old.apkg", "-o", "new.apkg", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        "quizgen: error: export: --against only works with --dry-run"
        " (see 'quizgen export --help')\n"
    )
