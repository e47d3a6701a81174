"""`quizgen fmt` as a user runs it: long form, comments kept, --check, broken files untouched."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from quizgen.sets import load_set

RunQuizgen = Callable[..., subprocess.CompletedProcess[str]]

SHORT = """\
# My deck
id: mine
title: Mine
questions:
  - cloze: "{{Oslo}} is the capital of Norway."  # easy
  - q: Capital of Peru?
    a: Lima
    wrong: [Quito, Bogota]
"""


def test_fmt_writes_the_long_form_with_ids_and_keeps_comments(
    tmp_path: Path, quizgen: RunQuizgen
) -> None:
    deck = tmp_path / "mine.yaml"
    deck.write_text(SHORT, encoding="utf-8")
    before = load_set(deck)
    result = quizgen("fmt", "mine.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    text = deck.read_text(encoding="utf-8")
    assert load_set(deck) == before
    assert "type: cloze" in text and "text: '{{c1::Oslo}} is the capital of Norway.'" in text
    assert "# My deck" in text and "# easy" in text
    assert f"- id: {before.questions[0].id}" in text
    assert [p.name for p in tmp_path.iterdir()] == ["mine.yaml"]


def test_fmt_check_reports_without_writing_then_passes_after_fmt(
    tmp_path: Path, quizgen: RunQuizgen
) -> None:
    deck = tmp_path / "mine.yaml"
    deck.write_text(SHORT, encoding="utf-8")
    result = quizgen("fmt", "--check", "mine.yaml")
    assert result.returncode == 1 and "mine.yaml: would reformat" in result.stdout
    assert deck.read_text(encoding="utf-8") == SHORT
    assert quizgen("fmt", "mine.yaml").returncode == 0
    again = quizgen("fmt", "--check", "mine.yaml")
    assert again.returncode == 0 and "0 files would be reformatted" in again.stdout


def test_fmt_leaves_a_broken_file_alone_and_says_why(tmp_path: Path, quizgen: RunQuizgen) -> None:
    deck = tmp_path / "broken.yaml"
    deck.write_text("id: b\ntitle: B\nquestions:\n  - cloze: nothing to hide\n", encoding="utf-8")
    result = quizgen("fmt", "broken.yaml")
    assert result.returncode == 1
    assert "broken.yaml:4:12: " in result.stdout
    assert deck.read_text(encoding="utf-8").endswith("nothing to hide\n")
