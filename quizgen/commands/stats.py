"""`quizgen stats`: per-deck figures from the progress file (answers, accuracy, due, flags)."""

from __future__ import annotations

import argparse

HELP = "show quiz progress per deck"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--flagged", action="store_true", help="also list flagged questions")


def run(args: argparse.Namespace) -> int:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from quizgen import paths
    from quizgen.quiz.scheduling import now_utc
    from quizgen.quiz.store import ProgressStore
    from quizgen.terminal import clean

    console = Console(highlight=False)
    path = paths.progress_db_path()
    if not path.exists():
        shown = clean(str(path))
        console.print(Text(f"No progress yet ({shown} does not exist). Play with `quizgen play`."))
        return 0
    with ProgressStore(path) as store:
        figures = store.deck_figures(now_utc())
        flags = store.flagged() if args.flagged else []
    if not figures:
        console.print(Text("No progress yet. Play with `quizgen play`."))
        return 0
    # No edge columns, and the title takes what the numbers leave and wraps: in 80 columns
    # every number column keeps its full width, however long a title or large a count.
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("Deck", ratio=1, min_width=12, overflow="fold")
    for name in ("Answers", "Right", "Seen", "Due", "Last", "Played", "Flags"):
        table.add_column(name, justify="right", no_wrap=True)
    for deck in figures:
        accuracy = f"{round(100 * deck.correct / deck.answers)}%" if deck.answers else "–"
        last = f"{deck.last_score[0]}/{deck.last_score[1]}" if deck.last_score else "–"
        played = (
            deck.last_played.astimezone().strftime("%Y-%m-%d") if deck.last_played else "–"
        )
        table.add_row(
            Text(clean(deck.title)), str(deck.answers), accuracy,
            str(deck.cards_seen), str(deck.due_now), last, played, str(deck.flagged),
        )
    console.print(Text(f"Progress in {path}", style="bold"))
    console.print(table)
    console.print()
    console.print(Text(
        "Seen: cards answered at least once. Due: seen cards whose review time has passed"
        " (cards never answered are new, not due). Last: right/answered, last play."
    ))
    for flag in flags:
        console.print(Text(clean(f"flagged: {flag.set_id} / {flag.question_id}  {flag.reason}")))
    return 0
