"""quizgen fmt FILE...: rewrite question-set files in the canonical form, keeping comments."""

from __future__ import annotations

import argparse

HELP = "rewrite question-set files in the canonical form (short forms expanded, ids filled in)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="question-set YAML files, or folders of them")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if any file is not in the canonical form")


def run(args: argparse.Namespace) -> int:
    from quizgen.commands.check import deck_files, show
    from quizgen.errors import FormatError
    from quizgen.sets import comments
    from quizgen.sets.files import write_text_atomic
    from quizgen.sets.reader import parse_file, parse_text
    from quizgen.sets.writer import dump_set

    failed = changed = 0
    files = deck_files(args.files)
    for name in files:
        parsed = parse_file(name)
        if parsed.question_set is None:
            for problem in parsed.problems:
                show(problem)
            show(f"{name}: not reformatted: fix the problems above first")
            failed += 1
            continue
        text = comments.render(dump_set(parsed.question_set), parsed.question_set,
                               comments.collect(parsed))
        if text == parsed.text:
            continue
        changed += 1
        if args.check:
            show(f"{name}: would reformat")
            continue
        if parse_text(text, name).question_set != parsed.question_set:
            # A guard, not an expected path: never write a file whose meaning changed.
            raise FormatError(f"{name}: reformatting would change the questions; left as is"
                              " (this is a bug in quizgen fmt, please report it)")
        write_text_atomic(name, text)
        show(f"{name}: reformatted")
    unchanged = len(files) - changed - failed
    verb = "would be reformatted" if args.check else "reformatted"
    show(f"{changed} file{'s' if changed != 1 else ''} {verb}, {unchanged} already canonical"
          + (f", {failed} with problems" if failed else ""))
    return 1 if failed or (args.check and changed) else 0
