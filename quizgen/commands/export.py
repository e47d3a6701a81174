"""`quizgen export SET... -o FILE.apkg`: write question sets to an Anki package (.apkg)."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.export.notes import NoteRecord

HELP = "export question sets to an Anki package (.apkg)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "sets",
        nargs="+",
        metavar="SET",
        help="question set files (.yaml); a folder means every .yaml file in it",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE.apkg", help="the package to write (replaced if it exists)"
    )
    parser.add_argument(
        "--deck",
        metavar="NAME",
        help="put every note in this one deck (default: a subdeck quizgen::<set title> per set)",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="write nothing; list what the package would add or change",
    )
    parser.add_argument(
        "--against",
        metavar="OLD.apkg",
        help="with --dry-run: compare with this earlier package (default: the -o file, if any)",
    )


def run(args: argparse.Namespace) -> int:
    from quizgen.errors import UsageError

    if args.against and not args.dry_run:
        raise UsageError("--against only works with --dry-run")
    if not args.output and not args.dry_run:
        raise UsageError("give the package to write with -o FILE.apkg (or use --dry-run)")

    from quizgen.commands.check import deck_files
    from quizgen.export.notes import note_records
    from quizgen.export.package import write_apkg
    from quizgen.sets import load_set
    from quizgen.terminal import clean

    question_sets = [load_set(path) for path in deck_files(args.sets)]
    if args.dry_run:
        return _dry_run(args, note_records(question_sets, deck_name=args.deck))
    output = Path(args.output)
    # Like `generate -o`, make missing folders; a refused export takes them away again.
    missing = _missing_folders(output) if output.suffix.lower() == ".apkg" else []
    for folder in missing:
        folder.mkdir()
    try:
        summary = write_apkg(question_sets, output, deck_name=args.deck)
    except BaseException:
        for folder in reversed(missing):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    # Set titles and file names are the user's and may hold escape sequences: never send those.
    print(clean(
        f"wrote {summary.path}: {summary.notes} notes ({summary.cloze_notes} cloze, "
        f"{summary.mcq_notes} multiple choice), {summary.cards} cards, "
        f"in {_plural(len(summary.decks), 'deck')}: {', '.join(summary.decks)}"
    ))
    return 0


def _dry_run(args: argparse.Namespace, records: list[NoteRecord]) -> int:
    from quizgen.export.apkg_reader import read_notes
    from quizgen.export.diff import compare, report_lines
    from quizgen.export.package import check_output_path
    from quizgen.terminal import clean

    if args.output and not _missing_folders(Path(args.output)):
        check_output_path(Path(args.output))

    against = args.against or (args.output if args.output and Path(args.output).is_file() else None)
    previous = read_notes(Path(against)) if against else []
    cards = sum(len(record.card_ordinals) for record in records)
    decks = list(dict.fromkeys(record.deck for record in records))
    print(clean(
        f"dry run, nothing written: {args.output or 'the package'} would hold "
        f"{_plural(len(records), 'note')} and {_plural(cards, 'card')} in "
        f"{_plural(len(decks), 'deck')}: {', '.join(decks)}"
    ))
    counts, *details = report_lines(compare(records, previous))
    where = f"compared with {against}" if against else "compared with no earlier package"
    print(clean(f"{where}: {counts}"))
    for line in details:
        print(clean(line))
    return 0


def _missing_folders(path: Path) -> list[Path]:
    """Return the folders above `path` that do not exist yet, outermost first."""
    missing: list[Path] = []
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        missing.insert(0, folder)
        folder = folder.parent
    return missing


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
