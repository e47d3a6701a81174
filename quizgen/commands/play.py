"""`quizgen play [DECK.yaml | FOLDER | ARTICLE]`: play a deck or an article as a terminal quiz.

With no argument, pick from the bundled decks and your own decks folder; a
FOLDER lists its own decks instead. A YAML file is played as it is; any other
file is read as an article, turned into questions on the fly, and played.
Every answer is saved at once to the progress file, which also schedules
reviews (FSRS): `--due` plays only the questions that are new (never answered)
or due for review.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.commands.common import add_reading_arguments, read_article_from_args

if TYPE_CHECKING:
    from quizgen.article import Article
    from quizgen.model import QuestionSet
    from quizgen.quiz.decks import DeckEntry
    from quizgen.quiz.session import PlayOptions, Session
    from quizgen.quiz.store import ProgressStore
    from quizgen.tui.app import QuizApp

HELP = "play a deck or an article as a quiz in the terminal"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source", nargs="?", type=Path,
        help="a question set (.yaml), a folder of them, or an article (.txt, .md, .html);"
        " omit to pick a deck",
    )
    parser.add_argument("--shuffle", action="store_true", help="ask in random order")
    parser.add_argument("--seed", type=int,
                        help="shuffle repeatably with this seed (implies --shuffle)")
    parser.add_argument("--limit", type=_positive, metavar="N", help="ask at most N questions")
    parser.add_argument("--type", choices=("cloze", "mcq"), dest="kind",
                        help="ask only this type of question")
    parser.add_argument("--due", action="store_true",
                        help="ask only questions that are new (never answered) or due for review")
    add_reading_arguments(parser)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


@dataclasses.dataclass(frozen=True)
class _Source:
    """What to play, read and checked before the progress file is opened."""

    folders: list[Path] = dataclasses.field(default_factory=list)
    deck: tuple[Path, QuestionSet] | None = None
    article: tuple[Path, Article] | None = None


def run(args: argparse.Namespace) -> int:
    from quizgen import paths
    from quizgen.errors import QuizgenError
    from quizgen.quiz.session import PlayOptions
    from quizgen.quiz.store import ProgressStore

    options = PlayOptions(
        shuffle=args.shuffle, seed=args.seed, limit=args.limit, kind=args.kind, due_only=args.due
    )
    # A failed play must leave nothing behind: check the input before creating the store.
    source = _read_source(args)
    if not options.due_only:
        _need_a_terminal()
    store = ProgressStore(paths.progress_db_path())
    try:
        if source.deck is not None:
            app = _deck_app(store, options, *source.deck)
            if app is None:
                return 0
        elif source.article is not None:
            app = _article_app(store, options, *source.article)
        else:
            app = _picker_app(store, options, source.folders)
        if options.due_only:
            _need_a_terminal()  # told after "nothing is due", which needs none
        app.run()
        if app.error is not None:
            raise app.error
        if app.return_code:
            raise QuizgenError("the quiz stopped unexpectedly")
    finally:
        store.close()
    return 0


def _need_a_terminal() -> None:
    """Raise InputError unless standard input and output are a terminal: drawn into a pipe,
    the quiz would wait for keys that never come."""
    from quizgen.errors import InputError

    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise InputError("play needs a terminal: its input or output is not one")


def _read_source(args: argparse.Namespace) -> _Source:
    """Return what `args.source` names, loaded; raise InputError or FormatError if it can't be."""
    from quizgen import paths
    from quizgen.errors import InputError
    from quizgen.quiz.decks import DECK_SUFFIXES, find_deck_files

    path: Path | None = args.source
    if path is None:
        return _Source(folders=[paths.bundled_decks_dir(), paths.user_decks_dir()])
    if str(path) == "-":
        # The quiz needs the terminal on standard input for its keys.
        raise InputError("play cannot read standard input: save the article in a file, play that")
    if path.is_dir():
        if not find_deck_files([path]):
            raise InputError(
                f"{path} is a folder with no question sets (.yaml) in it: give a set file,"
                " a folder of sets, or an article file (.txt, .md, .html)"
            )
        return _Source(folders=[path])
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.suffix.lower() in DECK_SUFFIXES:
        question_set = _load_set(path)
        if not question_set.questions:
            raise InputError(f"{path} has no questions to play")
        return _Source(deck=(path, question_set))
    return _Source(article=(path, read_article_from_args(args, str(path))))


def _load_set(path: Path) -> QuestionSet:
    from quizgen.sets import load_set

    return load_set(path)


def _session(question_set: QuestionSet, options: PlayOptions, store: ProgressStore) -> Session:
    from quizgen.quiz.session import start_session

    return start_session(question_set, options, store)


def _picker_app(store: ProgressStore, options: PlayOptions, folders: list[Path]) -> QuizApp:
    from quizgen.quiz.decks import deck_entries, find_deck_files
    from quizgen.quiz.scheduling import now_utc
    from quizgen.tui.app import QuizApp

    def list_decks() -> list[DeckEntry]:
        return _refuse_shared_ids(
            deck_entries(find_deck_files(folders), _load_set, store, now_utc())
        )

    def open_deck(path: Path) -> Session:
        return _session(_load_set(path), options, store)

    return QuizApp(store=store, decks=list_decks, open_deck=open_deck)


def _refuse_shared_ids(entries: list[DeckEntry]) -> list[DeckEntry]:
    """Return `entries`, a deck with the set id of a deck listed before it turned into an error.

    Progress is keyed on the set id: two decks sharing one would show and
    schedule each other's answers.
    """
    first: dict[str, DeckEntry] = {}
    checked = []
    for entry in entries:
        owner = first.setdefault(entry.set_id, entry) if entry.set_id else entry
        if owner is not entry:
            entry = dataclasses.replace(entry, error=(
                f"has the set id {entry.set_id!r} of {owner.path}, so their progress would mix;"
                f" give one of them its own id: in {entry.path}"
            ))
        checked.append(entry)
    return checked


def _deck_app(
    store: ProgressStore, options: PlayOptions, path: Path, question_set: QuestionSet
) -> QuizApp | None:
    from quizgen.tui.app import QuizApp

    _warn_if_id_holds_another_sets_progress(store, path, question_set)
    session = _session(question_set, options, store)
    if session.total == 0:
        if options.due_only and (due := store.due_times(question_set.id)):
            next_due = min(due.values()).astimezone().strftime("%Y-%m-%d %H:%M")
            print(f"quizgen: nothing is due in {path}; the next review is at {next_due}")
        else:
            print(f"quizgen: nothing to play in {path} with these options")
        return None
    return QuizApp(session, store)


def _warn_if_id_holds_another_sets_progress(
    store: ProgressStore, path: Path, question_set: QuestionSet
) -> None:
    """Warn (one line on stderr) if progress under this set's id was played under another title.

    That is most often another set with the same id, whose progress this one
    would share; it can also be this set, renamed.
    """
    from quizgen.quiz.scheduling import now_utc
    from quizgen.terminal import clean

    for figures in store.deck_figures(now_utc()):
        if (
            figures.set_id == question_set.id
            and figures.sessions
            and figures.title != question_set.title
        ):
            print(clean(
                f"quizgen: warning: the progress of set id {question_set.id!r} was played as"
                f" {figures.title!r}; if {path} ({question_set.title!r}) is another set, their"
                " progress mixes: give it its own id"
            ), file=sys.stderr)


def _article_app(
    store: ProgressStore, options: PlayOptions, path: Path, article: Article
) -> QuizApp:
    from quizgen.tui.app import QuizApp

    def build() -> Session:
        from quizgen.generate import generate_set

        question_set = generate_set(article, seed=options.seed or 0)
        return _session(question_set, options, store)

    return QuizApp(
        store=store, build_session=build, loading_label=f"Making questions from {path.name}…"
    )
