"""`quizgen play [DECK.yaml | ARTICLE]`: play a deck or an article as a quiz in the terminal.

With no argument, pick from the bundled decks and your own decks folder. A
YAML file is played as it is; any other file is read as an article, turned
into questions on the fly, and played. Every answer is saved at once to the
progress file, which also schedules reviews (FSRS): `--due` plays only what is
due (questions never answered count as due).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.model import QuestionSet
    from quizgen.quiz.decks import DeckEntry
    from quizgen.quiz.session import PlayOptions, Session
    from quizgen.quiz.store import ProgressStore
    from quizgen.tui.app import QuizApp

HELP = "play a deck or an article as a quiz in the terminal"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source", nargs="?", type=Path,
        help="a question set (.yaml) or an article (.txt, .md, .html); omit to pick a deck",
    )
    parser.add_argument("--shuffle", action="store_true", help="ask in random order")
    parser.add_argument("--seed", type=int,
                        help="shuffle repeatably with this seed (implies --shuffle)")
    parser.add_argument("--limit", type=_positive, metavar="N", help="ask at most N questions")
    parser.add_argument("--type", choices=("cloze", "mcq"), dest="kind",
                        help="ask only this type of question")
    parser.add_argument("--due", action="store_true",
                        help="ask only questions that are due (never-answered ones count as due)")


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def run(args: argparse.Namespace) -> int:
    from quizgen import paths
    from quizgen.errors import InputError, QuizgenError
    from quizgen.quiz.decks import DECK_SUFFIXES
    from quizgen.quiz.session import PlayOptions
    from quizgen.quiz.store import ProgressStore

    options = PlayOptions(
        shuffle=args.shuffle, seed=args.seed, limit=args.limit, kind=args.kind, due_only=args.due
    )
    source: Path | None = args.source
    if source is not None and not source.is_file():
        raise InputError(f"{source}: no such file")
    store = ProgressStore(paths.progress_db_path())
    try:
        if source is None:
            app = _picker_app(store, options)
        elif source.suffix.lower() in DECK_SUFFIXES:
            app = _deck_app(store, options, source)
            if app is None:
                return 0
        else:
            app = _article_app(store, options, source)
        app.run()
        if app.error is not None:
            raise app.error
        if app.return_code:
            raise QuizgenError("the quiz stopped unexpectedly")
    finally:
        store.close()
    return 0


def _load_set(path: Path) -> QuestionSet:
    from quizgen.sets import load_set

    return load_set(path)


def _session(question_set: QuestionSet, options: PlayOptions, store: ProgressStore) -> Session:
    from quizgen.quiz.session import start_session

    return start_session(question_set, options, store)


def _picker_app(store: ProgressStore, options: PlayOptions) -> QuizApp:
    from quizgen import paths
    from quizgen.quiz.decks import deck_entries, find_deck_files
    from quizgen.quiz.scheduling import now_utc
    from quizgen.tui.app import QuizApp

    folders = [paths.bundled_decks_dir(), paths.user_decks_dir()]

    def list_decks() -> list[DeckEntry]:
        return deck_entries(find_deck_files(folders), _load_set, store, now_utc())

    def open_deck(path: Path) -> Session:
        return _session(_load_set(path), options, store)

    return QuizApp(store=store, decks=list_decks, open_deck=open_deck)


def _deck_app(store: ProgressStore, options: PlayOptions, path: Path) -> QuizApp | None:
    from quizgen.tui.app import QuizApp

    question_set = _load_set(path)
    session = _session(question_set, options, store)
    if session.total == 0:
        if options.due_only and (due := store.due_times(question_set.id)):
            next_due = min(due.values()).astimezone().strftime("%Y-%m-%d %H:%M")
            print(f"quizgen: nothing is due in {path}; the next review is at {next_due}")
        else:
            print(f"quizgen: nothing to play in {path} with these options")
        return None
    return QuizApp(session, store)


def _article_app(store: ProgressStore, options: PlayOptions, path: Path) -> QuizApp:
    from quizgen.article import read_article
    from quizgen.tui.app import QuizApp

    # Read first, outside the app: an unreadable file is a one-line error, not a screen.
    article = read_article(path)

    def build() -> Session:
        from quizgen.generate import generate_set

        question_set = generate_set(article, seed=options.seed or 0)
        return _session(question_set, options, store)

    return QuizApp(
        store=store, build_session=build, loading_label=f"Making questions from {path.name}…"
    )
