"""`quizgen check` as a user runs it: every problem as file:line:column, a summary, an exit code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

DECKS = Path(__file__).resolve().parents[2] / "decks"


def quizgen(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "quizgen", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd)


@pytest.mark.parametrize("deck", sorted(DECKS.glob("*.yaml")), ids=lambda p: p.name)
def test_every_bundled_deck_passes_check(deck: Path) -> None:
    result = quizgen("check", str(deck))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == f"{deck}: ok, " + result.stdout.split(": ok, ", 1)[1]


def test_check_prints_every_problem_and_fails(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\ntitle: Bad\nquestions:\n  - cloze: no deletion\n"
                   "  - q: Capital?\n    a: Paris\n    wrong: [Paris]\n", encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text("id: good\ntitle: Good\nquestions:\n  - cloze: '{{Oslo}} is in Norway'\n",
                    encoding="utf-8")
    result = quizgen("check", "bad.yaml", "good.yaml", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("bad.yaml:4:12: ") and "deletion" in lines[0]
    assert lines[1].startswith("bad.yaml:7:13: ") and "is the answer" in lines[1]
    assert "bad.yaml: 2 problems" in lines
    assert "good.yaml: ok, 1 question (1 cloze, 0 mcq)" in lines
    assert lines[-1] == "1 of 2 files have problems"
    assert result.stderr == ""


def test_check_refuses_an_attack_without_a_traceback(tmp_path: Path) -> None:
    evil = tmp_path / "evil.yaml"
    evil.write_text("!!python/object/apply:os.system ['touch pwned']\n", encoding="utf-8")
    result = quizgen("check", "evil.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert "evil.yaml:1:1: the tag !!python/object/apply:os.system is not allowed" in result.stdout
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "pwned").exists()


def test_check_size_limit_can_be_set_on_the_command_line(tmp_path: Path) -> None:
    deck = tmp_path / "deck.yaml"
    deck.write_text("id: d\ntitle: D\nquestions: []\n", encoding="utf-8")
    assert quizgen("check", "--max-bytes", "10", str(deck)).returncode == 1
    assert quizgen("check", "--max-bytes", "1000", str(deck)).returncode == 0
