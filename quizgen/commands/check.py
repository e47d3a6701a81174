"""quizgen check FILE...: validate question-set files, report every problem with its place, and warn
about wrong options the generator's rules would not choose."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from quizgen.sets.problems import Problem
    from quizgen.sets.reader import ParsedSet

HELP = "check question-set YAML files and report every problem"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="question-set YAML files, or folders of them (*.yaml, *.yml)")
    parser.add_argument("--max-bytes", type=int, default=0, metavar="N",
                        help="refuse files larger than N bytes (default 32 MB,"
                             " or $QUIZGEN_MAX_SET_BYTES)")
    parser.add_argument("--strict", action="store_true",
                        help="fail on warnings too (wrong options the generator's rules"
                             " would not choose)")


def run(args: argparse.Namespace) -> int:
    from quizgen.errors import QuizgenError
    from quizgen.sets.limits import Limits
    from quizgen.sets.reader import parse_file

    limits = Limits(max_bytes=args.max_bytes)
    failed = 0
    flag_warning_shown = False
    files = deck_files(args.files)
    for name in files:
        parsed = parse_file(name, limits=limits)
        warnings = option_warnings(parsed)
        for problem in sorted([*parsed.problems, *warnings], key=lambda p: (p.line, p.column)):
            show(problem)
        question_set = parsed.question_set
        warned = f", {_count(len(warnings), 'warning')}" if warnings else ""
        if parsed.problems or question_set is None:
            failed += 1
            show(f"{name}: {_count(len(parsed.problems), 'problem')}{warned}")
            continue
        lines = {q.id: (node.start_mark.line + 1, node.start_mark.column + 1)
                 for q, node in zip(question_set.questions, parsed.question_nodes, strict=True)}
        try:
            flags = flagged_questions(question_set)
        except QuizgenError as error:
            # The flags are notes only: a broken progress file must not fail a valid set.
            flags = []
            if not flag_warning_shown:
                flag_warning_shown = True
                print(f"quizgen: warning: no quiz flags shown: {error}", file=sys.stderr)
        for question_id, note in flags:
            line, column = lines.get(question_id, (1, 1))
            show(f"{name}:{line}:{column}: {note}")
        if warnings and args.strict:
            failed += 1
            show(f"{name}: {_count(len(warnings), 'warning')} (failing with --strict)")
        else:
            show(f"{name}: ok, {question_summary(question_set)}{warned}")
    if len(files) > 1:
        show(f"{failed} of {len(files)} files have problems" if failed
              else f"all {len(files)} files are valid")
    return 1 if failed else 0


def option_warnings(parsed: ParsedSet) -> list[Problem]:
    """Return the generator's rule findings on the file's wrong options, as warnings.

    The rules (and the word lists they read) are loaded only for a file with
    multiple-choice questions.
    """
    if not parsed.options_read:
        return []
    from quizgen.sets.option_rules import option_warnings as warnings_of

    return warnings_of(parsed)


def show(line: object) -> None:
    """Print a line whose file names and quoted values may hold terminal control codes.

    A deck or its file name can hold an escape sequence; shown as visible symbols,
    it can never restyle or command the terminal.
    """
    from quizgen.terminal import clean

    print(clean(str(line)))


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def question_summary(question_set: object) -> str:
    """Return e.g. "21 questions: 10 cloze notes (21 cards), 11 mcq".

    Each cN of a cloze note is a question of its own in the quiz and a card in
    Anki, so the questions are the cloze cards plus the multiple-choice ones.
    """
    from quizgen.cloze import card_indexes

    questions = getattr(question_set, "questions", ())
    notes = [q for q in questions if q.type == "cloze"]
    cards = sum(len(card_indexes(q.text)) for q in notes)
    mcq = len(questions) - len(notes)
    parts = []
    if notes:
        parts.append(f"{_count(len(notes), 'cloze note')} ({_count(cards, 'card')})")
    if mcq:
        parts.append(f"{mcq} mcq")
    return _count(cards + mcq, "question") + (": " + ", ".join(parts) if parts else "")


def deck_files(arguments: list[str]) -> list[Path]:
    """Return the set files named, each folder standing for the .yaml files in it (sorted).

    Raises InputError for a folder with none: a check or an export pointed at the wrong
    folder must not pass as a success.
    """
    from pathlib import Path

    from quizgen.errors import InputError
    from quizgen.quiz.decks import find_deck_files

    files: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found = find_deck_files([path])
            if not found:
                raise InputError(f"{path} holds no question set files (.yaml)")
            files += found
        else:
            files.append(path)
    return files


def flagged_questions(question_set: object) -> list[tuple[str, str]]:
    """Return (question id, note) for the set's questions flagged in the quiz.

    Flags are notes, not format problems: they do not change the exit code.
    Reading them never creates a progress file. The note says when, and the
    player's reason if there is one: a reason that only says the question was
    flagged ("flagged in play", what the quiz stores) would say it twice.
    """
    from quizgen.paths import progress_db_path
    from quizgen.quiz.store import flagged_questions as stored_flags

    set_id = getattr(question_set, "id", None)
    notes = []
    for flag in stored_flags(progress_db_path(), set_id):
        note = f"flagged in the quiz on {flag.flagged_at.astimezone():%Y-%m-%d}"
        reason = " ".join(flag.reason.split())
        if reason and not reason.casefold().startswith("flagged"):
            note += f": {reason}"
        notes.append((flag.question_id, note))
    return notes
