"""The command line: parses arguments, runs one subcommand, turns user errors into one line."""

from __future__ import annotations

import argparse
import importlib
import io
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from quizgen import __version__

# Order is the order `quizgen --help` lists them in.
COMMANDS = ("generate", "play", "export", "check", "fmt", "schema", "stats", "nlp")

EXIT_ERROR = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser, but a usage error is one line: `quizgen: error: COMMAND: ...`.

    Subcommand parsers are of this class too (argparse makes them like their
    parent). Exit status 2, as for every usage error.
    """

    commands: dict[str, ArgumentParser]

    def error(self, message: str) -> NoReturn:
        self.exit(2, self.usage_line(message))

    def usage_line(self, message: str) -> str:
        """Return the one line that reports a command-line mistake, naming the command."""
        command = self.prog.removeprefix("quizgen").strip()
        where = f"{command}: " if command else ""
        helper = " ".join(("quizgen", command, "--help")) if command else "quizgen --help"
        return f"quizgen: error: {where}{error_line(message)} (see '{helper}')\n"


def build_parser() -> ArgumentParser:
    """Return the argument parser with every subcommand registered (in its `commands`)."""
    parser = ArgumentParser(
        prog="quizgen",
        description="Turn an article into cloze and multiple-choice questions.",
    )
    parser.commands = {}
    parser.add_argument("--version", action="version", version=f"quizgen {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show the full traceback when something fails"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"quizgen.commands.{name}")
        sub = subparsers.add_parser(
            name, help=module.HELP, description=_description(module.__doc__)
        )
        # `quizgen nlp --debug x` works as well as `quizgen --debug nlp x`;
        # SUPPRESS keeps the subcommand from resetting a --debug given before it.
        sub.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                         help=argparse.SUPPRESS)
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
        parser.commands[name] = sub
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run quizgen with `argv` (default: sys.argv) and return the exit code.

    A QuizgenError, or an OSError on a user's file, prints one line
    `quizgen: error: ...` on stderr and returns 1; --debug re-raises it with
    its traceback instead. Ctrl-C returns 130 and a closed output pipe 0,
    both quietly.
    """
    _tolerate_unencodable_output()
    try:
        parser = build_parser()
        args, unknown = parser.parse_known_args(argv)
        if unknown:
            # Reported by the subcommand's parser, so the error line names the command.
            command = parser.commands.get(getattr(args, "command", None) or "", parser)
            command.error(f"unrecognized arguments: {' '.join(unknown)}")
        if not getattr(args, "run", None):
            parser.print_help()
            return 2
        return _run(args, parser)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return 0


def _run(args: argparse.Namespace, parser: ArgumentParser) -> int:
    from quizgen.errors import QuizgenError, UsageError

    debug = bool(getattr(args, "debug", False))
    try:
        code = int(args.run(args) or 0)
        # Flush here, not at exit, so a reader that went away is noticed while we can handle it.
        sys.stdout.flush()
        return code
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except UsageError as error:
        if debug:
            raise
        # Options that do not go together: reported like argparse's own mistakes.
        command = parser.commands.get(getattr(args, "command", None) or "", parser)
        sys.stderr.write(command.usage_line(str(error)))
        return error.exit_code
    except QuizgenError as error:
        if debug:
            raise
        _print_error(str(error))
        return error.exit_code
    except OSError as error:
        if debug:
            raise
        _print_error(_describe_os_error(error))
        _drop_unwritable_output()
        return EXIT_ERROR


def error_line(message: str) -> str:
    """Return `message` as the one line the CLI prints: no newlines, escapes or controls."""
    from quizgen.article.normalise import strip_terminal_controls

    return " ".join(strip_terminal_controls(message).split()) or "unknown error"


def _print_error(message: str) -> None:
    print(f"quizgen: error: {error_line(message)}", file=sys.stderr)


def _describe_os_error(error: OSError) -> str:
    reason = error.strerror or str(error) or type(error).__name__
    if error.filename is None:
        return reason
    return f"cannot access {os.fsdecode(error.filename)!r}: {reason}"


def _tolerate_unencodable_output() -> None:
    # A terminal or pipe in an ASCII locale must not crash on an article's "é" or emoji.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def _drop_unwritable_output() -> None:
    # If stdout itself failed (a full disk), Python would fail again flushing it at exit.
    try:
        sys.stdout.flush()
    except OSError:
        _silence_stdout()


def _silence_stdout() -> None:
    # Python flushes stdout again at exit and would report the broken pipe there.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _description(docstring: str | None) -> str:
    """Turn a command module's docstring "`quizgen x`: does y." into "does y."."""
    text = (docstring or "").strip()
    _, sep, rest = text.partition("`: ")
    return (rest if sep else text).strip()
