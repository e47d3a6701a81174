"""The progress store: one SQLite file holding every answer, each card's FSRS state, and flags.

Every answer is committed in its own transaction before the player sees the
feedback, so a crash loses nothing that was shown. WAL mode and a busy timeout
let two `quizgen play` processes share the file. Rows are keyed by
(set id, question id, card) where card is "" for a multiple-choice question and
"c1", "c2", ... for each deletion number of a cloze, so rewording a question
keeps its history.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.quiz import scheduling

SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 10_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cards (
    set_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    card TEXT NOT NULL,
    fsrs TEXT NOT NULL,
    due_at REAL NOT NULL,
    reviews INTEGER NOT NULL,
    lapses INTEGER NOT NULL,
    last_correct INTEGER NOT NULL,
    last_answered_at REAL NOT NULL,
    PRIMARY KEY (set_id, question_id, card)
);
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,
    set_id TEXT NOT NULL,
    set_title TEXT NOT NULL,
    started_at REAL NOT NULL,
    answered INTEGER NOT NULL DEFAULT 0,
    correct INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS sessions_by_set ON sessions (set_id, started_at);
CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    set_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    card TEXT NOT NULL,
    given TEXT NOT NULL,
    verdict TEXT NOT NULL,
    correct INTEGER NOT NULL,
    rating INTEGER NOT NULL,
    seconds REAL NOT NULL,
    hinted INTEGER NOT NULL,
    overridden INTEGER NOT NULL DEFAULT 0,
    answered_at REAL NOT NULL,
    card_before TEXT
);
CREATE INDEX IF NOT EXISTS answers_by_card ON answers (set_id, question_id, card);
CREATE TABLE IF NOT EXISTS flags (
    set_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    flagged_at REAL NOT NULL,
    PRIMARY KEY (set_id, question_id)
);
"""


@dataclass(frozen=True)
class CardKey:
    """What progress is keyed by: the set, the question, and the card ("" or "c1", "c2", ...)."""

    set_id: str
    question_id: str
    card: str = ""


@dataclass(frozen=True)
class SavedAnswer:
    """An answer as stored: its row id, and when its card is next due."""

    answer_id: int
    due_at: datetime
    rating: int


@dataclass(frozen=True)
class Flag:
    """A question a player marked as bad."""

    set_id: str
    question_id: str
    reason: str
    flagged_at: datetime


@dataclass(frozen=True)
class AnswerRow:
    """One stored answer (what `answers()` returns)."""

    answer_id: int
    key: CardKey
    given: str
    verdict: str
    correct: bool
    rating: int
    hinted: bool
    overridden: bool


@dataclass(frozen=True)
class DeckFigures:
    """Per-deck figures for `quizgen stats`."""

    set_id: str
    title: str
    sessions: int
    answers: int
    correct: int
    cards_seen: int
    due_now: int
    last_played: datetime | None
    last_score: tuple[int, int] | None
    flagged: int


class ProgressStore:
    """Quiz progress in one SQLite file (WAL); safe to share between processes.

    Raises QuizgenError when the file is not a quizgen progress database or was
    written by a newer version.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Autocommit mode: every write below runs in an explicit BEGIN IMMEDIATE, so
            # the write lock is taken up front and two players never deadlock on upgrade.
            # check_same_thread=False: a session may be built in a worker thread, then used
            # in the UI thread; the two never touch the connection at the same time.
            self._db = sqlite3.connect(
                self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False,
            )
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._use_wal()
            # FULL makes each commit durable against power loss too, not only a process crash.
            self._db.execute("PRAGMA synchronous = FULL")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise QuizgenError(
                f"{self.path}: cannot open the progress file ({error}); "
                "move it aside to start afresh"
            ) from error

    def _use_wal(self) -> None:
        """Switch the file to WAL mode, waiting while another process holds it.

        Asking for WAL on a file already in WAL mode can still fail at once with
        "database is locked" while another player opens it (SQLite does not always
        call the busy handler there), so it is asked only when needed, and retried.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                mode = self._db.execute("PRAGMA journal_mode").fetchone()[0]
                if str(mode).lower() != "wal":
                    self._db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _migrate(self) -> None:
        with self._write():
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise QuizgenError(
                    f"{self.path}: written by a newer quizgen (schema {version}); upgrade quizgen"
                )
            if version < SCHEMA_VERSION:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def close(self) -> None:
        """Close the file."""
        self._db.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def journal_mode(self) -> str:
        """Return SQLite's journal mode for this file ("wal")."""
        return str(self._db.execute("PRAGMA journal_mode").fetchone()[0])

    @property
    def schema_version(self) -> int:
        """Return the schema version stored in the file (PRAGMA user_version)."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # Sessions and answers

    def start_session(self, set_id: str, title: str, now: datetime) -> int:
        """Record that a play of a set began; return the session id."""
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO sessions (set_id, set_title, started_at) VALUES (?, ?, ?)",
                (set_id, title, _ts(now)),
            )
            return int(cursor.lastrowid or 0)

    def record_answer(
        self,
        session_id: int,
        key: CardKey,
        *,
        given: str,
        verdict: str,
        correct: bool,
        seconds: float,
        hinted: bool,
        now: datetime,
    ) -> SavedAnswer:
        """Store an answer, advance its card's FSRS state, and commit; return the saved answer."""
        rating = scheduling.rating_for(correct, seconds=seconds, hinted=hinted)
        with self._write() as db:
            before = self._card_json(key)
            after = scheduling.review(before, rating, now, seconds)
            cursor = db.execute(
                "INSERT INTO answers (session_id, set_id, question_id, card, given, verdict,"
                " correct, rating, seconds, hinted, answered_at, card_before)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, key.set_id, key.question_id, key.card, given, verdict,
                 int(correct), after.rating, seconds, int(hinted), _ts(now), before),
            )
            self._put_card(key, after, correct, now, first=before is None)
            db.execute(
                "UPDATE sessions SET answered = answered + 1, correct = correct + ? WHERE id = ?",
                (int(correct), session_id),
            )
            return SavedAnswer(int(cursor.lastrowid or 0), after.due_at, after.rating)

    def override_answer(self, answer_id: int, now: datetime) -> SavedAnswer:
        """Turn a stored wrong answer into a right one (the player overrode the grader).

        The card is re-reviewed from its state before that answer. Raises KeyError
        if there is no such answer.
        """
        with self._write() as db:
            row = db.execute(
                "SELECT session_id, set_id, question_id, card, correct, seconds, hinted,"
                " card_before, answered_at FROM answers WHERE id = ?",
                (answer_id,),
            ).fetchone()
            if row is None:
                raise KeyError(answer_id)
            session_id, set_id, question_id, card, correct, seconds, hinted, before, at = row
            key = CardKey(set_id, question_id, card)
            rating = scheduling.rating_for(True, seconds=seconds, hinted=bool(hinted))
            after = scheduling.review(before, rating, _dt(at), seconds)
            if not correct:
                db.execute(
                    "UPDATE answers SET correct = 1, verdict = 'right', overridden = 1,"
                    " rating = ? WHERE id = ?",
                    (after.rating, answer_id),
                )
                db.execute(
                    "UPDATE sessions SET correct = correct + 1 WHERE id = ?", (session_id,)
                )
                # The lapse counted for the wrong answer was not one.
                self._put_card(key, after, True, _dt(at), first=before is None, undo_lapse=True)
            return SavedAnswer(answer_id, after.due_at, after.rating)

    def _card_json(self, key: CardKey) -> str | None:
        row = self._db.execute(
            "SELECT fsrs FROM cards WHERE set_id = ? AND question_id = ? AND card = ?",
            (key.set_id, key.question_id, key.card),
        ).fetchone()
        return row[0] if row else None

    def _put_card(
        self,
        key: CardKey,
        review: scheduling.Review,
        correct: bool,
        now: datetime,
        *,
        first: bool,
        undo_lapse: bool = False,
    ) -> None:
        if first and not undo_lapse:
            self._db.execute(
                "INSERT INTO cards VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)",
                (key.set_id, key.question_id, key.card, review.card_json,
                 _ts(review.due_at), int(not correct), int(correct), _ts(now)),
            )
            return
        lapse_change = -1 if undo_lapse else int(not correct)
        self._db.execute(
            "UPDATE cards SET fsrs = ?, due_at = ?, reviews = reviews + ?,"
            " lapses = MAX(0, lapses + ?), last_correct = ?, last_answered_at = ?"
            " WHERE set_id = ? AND question_id = ? AND card = ?",
            (review.card_json, _ts(review.due_at), 0 if undo_lapse else 1, lapse_change,
             int(correct), _ts(now), key.set_id, key.question_id, key.card),
        )

    def answers(self, set_id: str | None = None) -> list[AnswerRow]:
        """Return the stored answers in the order given (of one set, or all)."""
        query = (
            "SELECT id, set_id, question_id, card, given, verdict, correct, rating, hinted,"
            " overridden FROM answers"
        )
        params: tuple[str, ...] = ()
        if set_id is not None:
            query += " WHERE set_id = ?"
            params = (set_id,)
        rows = self._db.execute(query + " ORDER BY id", params).fetchall()
        return [
            AnswerRow(r[0], CardKey(r[1], r[2], r[3]), r[4], r[5], bool(r[6]), r[7],
                      bool(r[8]), bool(r[9]))
            for r in rows
        ]

    # Scheduling queries

    def due_times(self, set_id: str) -> dict[tuple[str, str], datetime]:
        """Return when each seen card of a set is next due, keyed by (question id, card)."""
        rows = self._db.execute(
            "SELECT question_id, card, due_at FROM cards WHERE set_id = ?", (set_id,)
        ).fetchall()
        return {(question_id, card): _dt(due) for question_id, card, due in rows}

    def last_score(self, set_id: str) -> tuple[int, int] | None:
        """Return (right, answered) of the latest session of a set with any answer, or None."""
        row = self._db.execute(
            "SELECT correct, answered FROM sessions WHERE set_id = ? AND answered > 0"
            " ORDER BY started_at DESC, id DESC LIMIT 1",
            (set_id,),
        ).fetchone()
        return (row[0], row[1]) if row else None

    # Flags

    def flag(self, set_id: str, question_id: str, now: datetime, reason: str = "") -> None:
        """Mark a question as bad (flagging twice keeps one flag, with the latest reason)."""
        with self._write() as db:
            db.execute(
                "INSERT INTO flags VALUES (?, ?, ?, ?) ON CONFLICT (set_id, question_id)"
                " DO UPDATE SET reason = excluded.reason, flagged_at = excluded.flagged_at",
                (set_id, question_id, reason, _ts(now)),
            )

    def unflag(self, set_id: str, question_id: str) -> None:
        """Remove a question's flag, if any."""
        with self._write() as db:
            db.execute(
                "DELETE FROM flags WHERE set_id = ? AND question_id = ?", (set_id, question_id)
            )

    def flagged(self, set_id: str | None = None) -> list[Flag]:
        """Return flagged questions (of one set, or all), sorted by set and question id."""
        query = "SELECT set_id, question_id, reason, flagged_at FROM flags"
        params: tuple[str, ...] = ()
        if set_id is not None:
            query += " WHERE set_id = ?"
            params = (set_id,)
        rows = self._db.execute(query + " ORDER BY set_id, question_id", params).fetchall()
        return [Flag(r[0], r[1], r[2], _dt(r[3])) for r in rows]

    # Figures

    def deck_figures(self, now: datetime) -> list[DeckFigures]:
        """Return per-deck figures for every set with any progress, sorted by title."""
        set_ids = [
            r[0]
            for r in self._db.execute(
                "SELECT set_id FROM sessions UNION SELECT set_id FROM flags"
                " UNION SELECT set_id FROM cards"
            )
        ]
        figures = []
        for set_id in set_ids:
            db = self._db
            title_row = db.execute(
                "SELECT set_title, COUNT(*), MAX(started_at) FROM sessions"
                " WHERE set_id = ? AND answered > 0",
                (set_id,),
            ).fetchone()
            answers, correct = db.execute(
                "SELECT COUNT(*), COALESCE(SUM(correct), 0) FROM answers WHERE set_id = ?",
                (set_id,),
            ).fetchone()
            seen, due = db.execute(
                "SELECT COUNT(*), COALESCE(SUM(due_at <= ?), 0) FROM cards WHERE set_id = ?",
                (_ts(now), set_id),
            ).fetchone()
            flagged = db.execute(
                "SELECT COUNT(*) FROM flags WHERE set_id = ?", (set_id,)
            ).fetchone()[0]
            figures.append(DeckFigures(
                set_id=set_id,
                title=title_row[0] or set_id,
                sessions=title_row[1],
                answers=answers,
                correct=correct,
                cards_seen=seen,
                due_now=due,
                last_played=_dt(title_row[2]) if title_row[2] else None,
                last_score=self.last_score(set_id),
                flagged=flagged,
            ))
        return sorted(figures, key=lambda f: (f.title.casefold(), f.set_id))


def flagged_questions(path: Path, set_id: str | None = None) -> list[Flag]:
    """Return the flagged questions in the progress file at `path` ([] if there is no file yet).

    For `quizgen check`: reading flags never creates a progress file.
    """
    if not path.exists():
        return []
    with ProgressStore(path) as store:
        return store.flagged(set_id)


def _ts(moment: datetime) -> float:
    if moment.tzinfo is None:
        raise ValueError("store times must be timezone-aware")
    return moment.timestamp()


def _dt(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, UTC)
