"""The command line: parses arguments, runs one subcommand, turns user errors into one line."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from quizgen import __version__

# Order is the order `quizgen --help` lists them in.
COMMANDS = ("generate", "play", "export", "check", "fmt", "schema", "stats", "nlp")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="quizgen",
        description="Turn an article into cloze and multiple-choice questions.",
    )
    parser.add_argument("--version", action="version", version=f"quizgen {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show the full traceback when something fails"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"quizgen.commands.{name}")
        sub = subparsers.add_parser(
            name, help=module.HELP, description=module.__doc__.strip().strip("`")
        )
        sub.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                         help=argparse.SUPPRESS)
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run quizgen with `argv` (default: sys.argv) and return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    from quizgen.errors import QuizgenError

    try:
        return int(args.run(args) or 0)
    except QuizgenError as error:
        if args.debug:
            raise
        print(f"quizgen: error: {_one_line(str(error))}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`quizgen nlp x | head`): not an error.
        sys.stderr.close()
        return 0


def _one_line(message: str) -> str:
    return " ".join(message.split()) or "unknown error"
