"""The command line as a user meets it: help, subcommands, errors without tracebacks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

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


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("generate", "a.txt", "--min-quality", "1.5"),
         "quizgen: error: generate: argument --min-quality: must be between 0 and 1, not 1.5"
         " (see 'quizgen generate --help')"),
        (("generate",),
         "quizgen: error: generate: the following arguments are required: ARTICLE"
         " (see 'quizgen generate --help')"),
        (("play", "deck.yaml", "--colour"),
         "quizgen: error: play: unrecognized arguments: --colour (see 'quizgen play --help')"),
        (("--colour",),
         "quizgen: error: unrecognized arguments: --colour (see 'quizgen --help')"),
        (("generat",),
         "quizgen: error: argument COMMAND: invalid choice: 'generat' (choose from 'generate',"
         " 'play', 'export', 'check', 'fmt', 'schema', 'stats', 'nlp') (see 'quizgen --help')"),
    ],
)
def test_a_usage_error_is_one_line_naming_the_command_and_its_help(
    args: tuple[str, ...], expected: str
) -> None:
    result = run_quizgen(*args)
    assert result.returncode == 2
    assert result.stderr == expected + "\n"
    assert result.stdout == ""


# Errors as a user meets them: `quizgen nlp` is the command that reads an article.


def assert_one_error_line(result: subprocess.CompletedProcess[str], expected: str) -> None:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("quizgen: error: ")
    assert expected in lines[0]
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b" \n\n\t \n", "contains only whitespace"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "PNG image"),
        ("noise.txt", bytes(range(256)) * 64, "binary file"),
        ("bad.txt", b"\xff\xfe\x00\xd8", "not valid UTF-16"),
    ],
)
def test_unreadable_article_gives_one_error_line_and_no_traceback(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert_one_error_line(run_quizgen("nlp", str(path)), expected)


def test_missing_file_gives_one_error_line(tmp_path: Path) -> None:
    assert_one_error_line(run_quizgen("nlp", str(tmp_path / "nowhere.txt")), "no such file")


def test_directory_gives_one_error_line(tmp_path: Path) -> None:
    assert_one_error_line(run_quizgen("nlp", str(tmp_path)), "is a directory")


def test_empty_stdin_gives_one_error_line() -> None:
    assert_one_error_line(run_quizgen("nlp", "-", stdin=""), "standard input is empty")


def test_escape_sequences_in_a_file_name_do_not_reach_the_terminal(tmp_path: Path) -> None:
    result = run_quizgen("nlp", str(tmp_path / "\x1b[2J\x1b[31mred.txt"))
    assert_one_error_line(result, "no such file")
    assert "\x1b" not in result.stderr


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_shows_the_traceback(tmp_path: Path, where: str) -> None:
    missing = str(tmp_path / "nowhere.txt")
    args = ("--debug", "nlp", missing) if where == "before" else ("nlp", "--debug", missing)
    result = run_quizgen(*args)
    assert result.returncode != 0
    assert "Traceback" in result.stderr
    assert "InputError" in result.stderr


def test_cp1252_article_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes("The café in Málaga opened in 1998.\n".encode("cp1252"))
    result = run_quizgen("nlp", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("quizgen: warning: ")
    assert "cp1252" in result.stderr
    assert "Málaga" in result.stdout


def test_article_on_stdin_is_read() -> None:
    result = run_quizgen("nlp", "-", stdin="The museum in Bergen opened in 1998.\n")
    assert result.returncode == 0, result.stderr
    assert "The museum in Bergen opened in 1998." in result.stdout


def test_output_to_a_full_disk_gives_one_error_line(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("The bridge opened in 1998.\n")
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "quizgen", "nlp", str(path)],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=120,
        )
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["quizgen: error: No space left on device"]


@pytest.mark.parametrize("args", [("--help",), ("nlp", "ARTICLE")])
def test_output_to_a_closed_pipe_is_quiet(tmp_path: Path, args: tuple[str, ...]) -> None:
    path = tmp_path / "short.txt"
    path.write_text("The bridge opened in 1998.\n")
    args = tuple(str(path) if arg == "ARTICLE" else arg for arg in args)
    reader, writer = os.pipe()
    os.close(reader)  # the reader is gone before quizgen writes anything, like `| head` at its end
    try:
        result = subprocess.run(
            [sys.executable, "-m", "quizgen", *args],
            stdout=writer, stderr=subprocess.PIPE, text=True, timeout=120,
        )
    finally:
        os.close(writer)
    assert result.returncode == 0
    assert result.stderr == ""


def test_ctrl_c_exits_130_quietly() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "quizgen", "nlp", "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        if not _wait_until_reading_a_pipe(process.pid):
            pytest.skip("cannot see from /proc when the process waits for input")
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert (process.returncode, stderr, stdout) == (130, "", "")


def _wait_until_reading_a_pipe(pid: int) -> bool:
    # SIGINT must arrive once quizgen waits for stdin, not while Python is still starting.
    wchan = Path(f"/proc/{pid}/wchan")
    for _ in range(600):
        try:
            if "pipe" in wchan.read_text():
                return True
        except OSError:
            return False
        time.sleep(0.1)
    return False


def test_output_that_the_terminal_cannot_encode_does_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "accents.txt"
    path.write_text("Zoë flew from Kraków to Tromsø in 2019.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "nlp", str(path)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert result.returncode == 0, result.stderr
    assert "Krak\\xf3w" in result.stdout
