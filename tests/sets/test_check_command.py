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
    *findings, summary = result.stdout.splitlines()
    assert summary.startswith(f"{deck}: ok, ")
    # Rule findings on the deck's options may be shown, but only as warnings.
    assert all(line.startswith(f"{deck}:") and ": warning: " in line for line in findings)


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
    refused = quizgen("check", "--max-bytes", "10", str(deck))
    assert refused.returncode == 1
    # The way to raise it is the one that set it.
    assert "(raise it with --max-bytes N)" in refused.stdout
    assert quizgen("check", "--max-bytes", "1000", str(deck)).returncode == 0
    by_environment = quizgen("check", str(deck), env={"QUIZGEN_MAX_SET_BYTES": "10"})
    assert "(set QUIZGEN_MAX_SET_BYTES to raise it)" in by_environment.stdout


def check_flagged_deck(tmp_path: Path, quizgen: RunQuizgen, reason: str) -> list[str]:
    """Flag the one question of a deck on 14 May 2031 with `reason`; return check's lines."""
    from datetime import UTC, datetime

    from quizgen.quiz.store import ProgressStore

    data = tmp_path / "data"
    deck = tmp_path / "deck.yaml"
    deck.write_text("id: d\ntitle: D\nquestions:\n  - id: oslo\n    cloze: '{{Oslo}} is big'\n",
                    encoding="utf-8")
    with ProgressStore(data / "progress.sqlite3") as store:
        store.flag("d", "oslo", datetime(2031, 5, 14, 12, 0, tzinfo=UTC), reason=reason)
    result = quizgen("check", "deck.yaml", env={"QUIZGEN_DATA_DIR": str(data), "TZ": "UTC"})
    assert result.returncode == 0  # a flag is a note, not a problem
    return result.stdout.splitlines()


def test_questions_flagged_in_the_quiz_are_listed_as_notes(
    tmp_path: Path, quizgen: RunQuizgen
) -> None:
    lines = check_flagged_deck(tmp_path, quizgen, "the answer is wrong")
    assert lines[0] == "deck.yaml:4:5: flagged in the quiz on 2031-05-14: the answer is wrong"


def test_a_flag_from_play_says_when_and_not_twice_that_it_was_flagged(
    tmp_path: Path, quizgen: RunQuizgen
) -> None:
    # "flagged in play" is what the quiz stores when a player presses `f`.
    lines = check_flagged_deck(tmp_path, quizgen, "flagged in play")
    assert lines[0] == "deck.yaml:4:5: flagged in the quiz on 2031-05-14"


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


# A hand-written set whose wrong options break the generator's rules (and nothing else).
RULE_BREAKERS = """\
id: writers
title: Writers and capitals
questions:
  - q: What is the capital of France?
    a: Paris
    wrong: [Germany, Lyon, Marseille]
  - q: Who wrote Hamlet?
    a: William Shakespeare
    wrong: [Marlowe, Ben Jonson, Shakespeare]
  - q: What share of the Earth's surface is land?
    a: about 30%
    wrong: ["15%", about 50%, about 70%]
  - q: What is the capital of Chile?
    a: Santiago
    wrong: [Lima, Quito, Bogota]
"""


def test_hand_written_options_are_judged_by_the_generators_rules_as_warnings(
    tmp_path: Path, quizgen: RunQuizgen
) -> None:
    (tmp_path / "writers.yaml").write_text(RULE_BREAKERS, encoding="utf-8")
    result = quizgen("check", "writers.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "writers.yaml:6:13: warning: 'Germany' is a country, the answer 'Paris' a city"
        " [different-form]",
        "writers.yaml:9:34: warning: 'Shakespeare' is part of the answer 'William Shakespeare'"
        " [substring-of-answer]",
        "writers.yaml:12:13: warning: '15%' is written without 'about', unlike the answer"
        " 'about 30%' [different-form]",
        "writers.yaml: ok, 4 questions: 4 mcq, 3 warnings",
    ]


def test_strict_makes_rule_warnings_fail_check(tmp_path: Path, quizgen: RunQuizgen) -> None:
    (tmp_path / "writers.yaml").write_text(RULE_BREAKERS, encoding="utf-8")
    (tmp_path / "clean.yaml").write_text(
        "id: clean\ntitle: Clean\nquestions:\n"
        "  - q: What is the capital of Chile?\n    a: Santiago\n    wrong: [Lima, Quito]\n",
        encoding="utf-8")
    result = quizgen("check", "--strict", "writers.yaml", "clean.yaml")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert sum(": warning: " in line for line in lines) == 3
    assert "writers.yaml: 3 warnings (failing with --strict)" in lines
    assert "clean.yaml: ok, 1 question: 1 mcq" in lines
    assert lines[-1] == "1 of 2 files have problems"
    assert quizgen("check", "--strict", "clean.yaml").returncode == 0


def test_every_problem_of_a_question_is_reported_once_at_its_own_option(
    tmp_path: Path, quizgen: RunQuizgen
) -> None:
    (tmp_path / "paris.yaml").write_text(
        "id: paris\ntitle: Paris\nquestions:\n"
        "  - q: Which city has the Louvre?\n    a: Paris\n"
        "    wrong: [Paris, France, The Paris]\n",
        encoding="utf-8")
    result = quizgen("check", "paris.yaml")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "paris.yaml:6:13: the wrong choice 'Paris' is the answer",
        "paris.yaml:6:20: warning: 'France' is a country, the answer 'Paris' a city"
        " [different-form]",
        "paris.yaml:6:28: the wrong choice 'The Paris' is the answer 'Paris'",
        "paris.yaml: 2 problems, 1 warning",
    ]


def test_check_of_a_folder_without_sets_fails(tmp_path: Path, quizgen: RunQuizgen) -> None:
    # Pointed at the wrong folder, a check in CI must not pass on nothing.
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "notes.txt").write_text("The ferry leaves at nine.\n")
    result = quizgen("check", "articles")
    assert result.returncode == 1
    assert result.stderr == "quizgen: error: articles holds no question set files (.yaml)\n"


def test_a_broken_progress_file_does_not_fail_the_check_of_a_valid_set(
    tmp_path: Path, quizgen: RunQuizgen
) -> None:
    (tmp_path / "good.yaml").write_text(
        "id: good\ntitle: Good\nquestions:\n  - cloze: '{{Oslo}} is in Norway'\n", encoding="utf-8"
    )
    data = tmp_path / "data"
    data.mkdir()
    (data / "progress.sqlite3").write_bytes(b"not a database " * 200)
    result = quizgen("check", "good.yaml", env={"QUIZGEN_DATA_DIR": str(data)})
    assert result.returncode == 0
    assert result.stdout == "good.yaml: ok, 1 question: 1 cloze note (1 card)\n"
    assert result.stderr.startswith("quizgen: warning: no quiz flags shown: ")
    assert len(result.stderr.splitlines()) == 1


def test_a_file_in_another_encoding_is_reported_at_its_character_column(
    tmp_path: Path, quizgen: RunQuizgen
) -> None:
    # "é" is one column in an editor, two bytes in the file; the Latin-1 "é" after it is the fault.
    (tmp_path / "latin.yaml").write_bytes(b"id: l\ntitle: Caf\xc3\xa9 \xe9\nquestions: []\n")
    result = quizgen("check", "latin.yaml")
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        "latin.yaml:2:13: the file is not valid UTF-8 text (byte 0xe9)"
    )


def test_a_quote_left_open_is_reported_with_the_place_it_opened(
    tmp_path: Path, quizgen: RunQuizgen
) -> None:
    (tmp_path / "open.yaml").write_text(
        "id: rivers\ntitle: \"Rivers\nquestions:\n  - cloze: '{{Oslo}} is in Norway'\n",
        encoding="utf-8",
    )
    result = quizgen("check", "open.yaml")
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    assert first == (
        "open.yaml:5:1: YAML syntax error: found unexpected end of stream"
        " (while scanning a quoted scalar that starts at line 2, column 8)"
    )


def test_a_bad_byte_after_a_byte_order_mark_or_in_utf16_is_placed_right(
    tmp_path: Path, quizgen: RunQuizgen
) -> None:
    (tmp_path / "bom.yaml").write_bytes(b"\xef\xbb\xbfid: \xff\n")
    (tmp_path / "wide.yaml").write_bytes(
        b"\xff\xfe" + "id: x\ntitle: Ab".encode("utf-16-le") + b"\x00\xd8a\x00"
    )
    result = quizgen("check", "bom.yaml", "wide.yaml")
    lines = result.stdout.splitlines()
    assert "bom.yaml:1:5: the file is not valid UTF-8 text (byte 0xff)" in lines
    wide = "wide.yaml:2:10: the file is not valid UTF-16 text"
    assert any(line.startswith(wide) for line in lines)
