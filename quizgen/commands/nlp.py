"""`quizgen nlp`: not available yet."""

from __future__ import annotations

import argparse

from quizgen.errors import NotAvailableError

HELP = "nlp (not available yet)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("args", nargs="*", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    raise NotAvailableError("'quizgen nlp' is not available yet in this version")
