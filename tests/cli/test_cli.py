"""The command line as a user meets it: help, subcommands, errors without tracebacks."""

from __future__ import annotations

import subprocess
import sys

import pytest

from quizgen.cli import COMMANDS


def run_quizgen(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *args],
        capture_output=True, text=True, input=stdin, timeout=120,
    )


def test_help_lists_every_subcommand() -> None:
    result = run_quizgen("--help")
    assert result.returncode == 0
    for name in ("generate", "play", "export", "check", "schema", "nlp"):
        assert name in result.stdout


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys; from quizgen.cli import build_parser; build_parser();"
        "heavy = [m for m in ('nltk', 'textual', 'genanki', 'yaml', 'anki', 'wordfreq')"
        " if m in sys.modules]; print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


@pytest.mark.parametrize("name", COMMANDS)
def test_every_subcommand_has_its_own_help(name: str) -> None:
    result = run_quizgen(name, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: quizgen " + name)
