"""`quizgen generate ARTICLE... -o OUT`: make cloze and multiple-choice sets from articles."""

from __future__ import annotations

import argparse

from quizgen.commands.common import add_article_arguments, announce_stdin

HELP = "generate cloze and multiple-choice questions from articles"

# Mirrors quizgen.generate.DEFAULT_MIN_QUALITY (a test keeps them equal), not imported
# here so that `quizgen --help` loads no generator.
DEFAULT_MIN_QUALITY = 0.4


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_article_arguments(parser, many=True)
    parser.epilog = (
        "A folder ARTICLE means every .txt, .md and .html file in it. Each article gives one"
        " set. Without -o, one article's set is printed on standard output."
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="the set file to write (one article), or a folder (several)",
    )
    parser.add_argument(
        "--cloze",
        type=_count,
        metavar="N",
        help="keep at most N cloze cards per article; each {{cN::...}} of a note is one card"
        " (default: every good one)",
    )
    parser.add_argument(
        "--mcq",
        type=_count,
        metavar="N",
        help="keep at most N multiple-choice questions per article (default: every good one)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=0,
        metavar="S",
        help="shuffles the options; the same input and seed give the same set (default: 0)",
    )
    parser.add_argument(
        "--min-quality",
        type=_quality,
        default=DEFAULT_MIN_QUALITY,
        metavar="Q",
        help=f"drop questions scoring below Q, 0 to 1 (default: {DEFAULT_MIN_QUALITY})",
    )
    parser.add_argument(
        "--distractors",
        type=_positive,
        default=3,
        metavar="N",
        help="wrong options per multiple-choice question (default: 3)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="process N articles at a time, in separate processes (default: 1)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="overwrite an output file even if a person has edited it",
    )
    parser.add_argument(
        "--update",
        metavar="FILE",
        help="merge the new questions into this existing set file, keeping"
        " questions a person wrote, edited or reviewed",
    )
    parser.add_argument(
        "--prune",
        action="store_true",
        help="with --update: remove generated questions the article no longer gives",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="with --update: show what would change without writing",
    )


def run(args: argparse.Namespace) -> int:
    from quizgen.generate.batch import BatchOptions, run_batch

    announce_stdin(args.articles)
    options = BatchOptions(
        cloze=args.cloze,
        mcq=args.mcq,
        seed=args.seed,
        min_quality=args.min_quality,
        distractors=args.distractors,
        jobs=args.jobs,
        force=args.force,
        max_bytes=args.max_size,
        article_format=args.article_format,
    )
    return run_batch(
        args.articles,
        args.output,
        options,
        update=args.update,
        prune=args.prune,
        dry_run=args.dry_run,
    )


def _count(text: str) -> int:
    value = _integer(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def _positive(text: str) -> int:
    value = _integer(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def _quality(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {value}")
    return value
