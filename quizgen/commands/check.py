"""quizgen check FILE...: validate question-set files and report every problem with its place."""

from __future__ import annotations

import argparse

HELP = "check question-set YAML files and report every problem"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="question-set YAML files, or folders of them (*.yaml, *.yml)")
    parser.add_argument("--max-bytes", type=int, default=0, metavar="N",
                        help="refuse files larger than N bytes (default 32 MB,"
                             " or $QUIZGEN_MAX_SET_BYTES)")


def run(args: argparse.Namespace) -> int:
    from quizgen.sets.limits import Limits
    from quizgen.sets.reader import parse_file

    limits = Limits(max_bytes=args.max_bytes)
    failed = 0
    files = deck_files(args.files)
    for name in files:
        parsed = parse_file(name, limits=limits)
        for problem in parsed.problems:
            print(problem)
        question_set = parsed.question_set
        if parsed.problems or question_set is None:
            failed += 1
            count = len(parsed.problems)
            print(f"{name}: {count} problem{'s' if count != 1 else ''}")
            continue
        lines = {q.id: (node.start_mark.line + 1, node.start_mark.column + 1)
                 for q, node in zip(question_set.questions, parsed.question_nodes, strict=True)}
        for question_id, note in flagged_questions(question_set):
            line, column = lines.get(question_id, (1, 1))
            print(f"{name}:{line}:{column}: flagged in the quiz: {note}")
        count = len(question_set.questions)
        print(f"{name}: ok, {count} question{'s' if count != 1 else ''}"
              f" ({question_set.cloze_count} cloze, {question_set.mcq_count} mcq)")
    if len(files) > 1:
        print(f"{failed} of {len(files)} files have problems" if failed
              else f"all {len(files)} files are valid")
    return 1 if failed else 0


def deck_files(arguments: list[str]) -> list[str]:
    """Return the files named, with each folder replaced by the YAML files in it (sorted)."""
    from pathlib import Path

    files: list[str] = []
    for argument in arguments:
        folder = Path(argument)
        if folder.is_dir():
            files.extend(str(path) for path in sorted(folder.iterdir())
                         if path.suffix in (".yaml", ".yml") and path.is_file())
        else:
            files.append(argument)
    return files


def flagged_questions(question_set: object) -> list[tuple[str, str]]:
    """Return (question id, note) for the set's questions flagged in the quiz.

    Flags are notes, not format problems: they do not change the exit code.
    Reading them never creates a progress file.
    """
    from quizgen.paths import progress_db_path
    from quizgen.quiz.store import flagged_questions as stored_flags

    set_id = getattr(question_set, "id", None)
    return [
        (flag.question_id, flag.reason or f"flagged on {flag.flagged_at:%Y-%m-%d}")
        for flag in stored_flags(progress_db_path(), set_id)
    ]
