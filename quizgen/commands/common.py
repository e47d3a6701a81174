"""Arguments every command that reads an article shares: the article, --format, --max-size."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.article import Article

# Mirrors quizgen.article.DEFAULT_MAX_BYTES (a test keeps them equal), which is not
# imported here so that building the parser for `quizgen --help` loads no reader.
DEFAULT_MAX_SIZE = 10 * 1024 * 1024


def add_article_arguments(parser: argparse.ArgumentParser, *, many: bool = False) -> None:
    """Add ARTICLE (one, or one or more if `many`), --format and --max-size to `parser`."""
    parser.add_argument(
        "articles" if many else "article",
        metavar="ARTICLE",
        nargs="+" if many else None,
        help="article file (.txt, .md, .html), or - to read standard input",
    )
    add_reading_arguments(parser)


def add_reading_arguments(parser: argparse.ArgumentParser) -> None:
    """Add --format and --max-size, how an article is read, to `parser`."""
    parser.add_argument(
        "--format",
        dest="article_format",
        choices=("txt", "md", "html"),
        default=None,
        help="read the article as this format (default: from the file name, else from the text)",
    )
    add_max_size_argument(parser)


def add_max_size_argument(parser: argparse.ArgumentParser) -> None:
    """Add --max-size SIZE (bytes, or with a K/M/G suffix) to `parser`."""
    parser.add_argument(
        "--max-size",
        metavar="SIZE",
        type=_size_argument,
        default=DEFAULT_MAX_SIZE,
        help="refuse inputs larger than this, like 512K or 50M (default: 10M)",
    )


def read_article_from_args(args: argparse.Namespace, source: str | None = None) -> Article:
    """Return the Article named by `source` (default: args.article), read as the options say.

    Raises InputError (see quizgen.article.read_article).
    """
    from quizgen.article import read_article

    source = source if source is not None else args.article
    announce_stdin([source])
    return read_article(
        source,
        max_bytes=args.max_size,
        fmt=getattr(args, "article_format", None),
    )


def announce_stdin(sources: Sequence[str]) -> None:
    """Say on stderr how to end the article when "-" reads it from a terminal (not a pipe)."""
    if list(sources) == ["-"] and sys.stdin is not None and sys.stdin.isatty():
        end = "Ctrl-Z then Enter" if os.name == "nt" else "Ctrl-D on an empty line"
        print(
            f"quizgen: reading the article from standard input: type or paste it, then press {end}",
            file=sys.stderr,
        )


def _size_argument(text: str) -> int:
    from quizgen.article.sizes import parse_size

    try:
        return parse_size(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
