"""Child programs for the crash and concurrency tests: writers and players that get killed.

Run as `python crash_workers.py ROLE ARGS...`, or as `python crash_workers.py zygote`,
which imports everything once and then, for each JSON line `[role, args...]` on
its stdin, forks a child to run that role. A forked child starts in
milliseconds, so a test can kill fifty of them at random points cheaply.

Every child prints `started PID` first. The roles print one line per unit of
work, and only after the work is done (an answer committed, a file replaced):
  answer DB TAG [LIMIT]    play the sample set over and over: `ack ID GIVEN` per answer
  play-tui DB TAG [LIMIT]  the same in the quiz app, acked once the feedback shows
  write-set PATH           write sets B and A in turn with write_set: `begin N V`, `done N V`
  write-apkg PATH          the same with write_apkg
The zygote prints `exited PID STATUS` once a child has ended.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from quizgen.export import write_apkg
from quizgen.model import Cloze, MultipleChoice, QuestionSet
from quizgen.quiz.sample import sample_set
from quizgen.quiz.session import PlayOptions, start_session
from quizgen.quiz.store import ProgressStore
from quizgen.sets import write_set

SET_QUESTIONS = 1500


def say(line: str) -> None:
    """Print one line at once (a single write, so lines of several children never mix)."""
    os.write(1, (line + "\n").encode("utf-8"))


def version_of_set(version: str) -> QuestionSet:
    """Return version "A" or "B" of a large set; the two differ in every question."""
    return QuestionSet(
        id="rivers", title=f"Rivers {version}",
        questions=tuple(
            Cloze(id=f"q{number}",
                  text=f"In version {version}, river {number} flows into {{{{c1::sea {number}}}}}.")
            for number in range(SET_QUESTIONS)
        ),
    )


def answer(db: str, tag: str, limit: str = "0") -> None:
    """Answer the sample set's prompts over and over, printing an ack after each commit."""
    store = ProgressStore(db)
    answered, most = 0, int(limit)
    # A clock of its own: answers a day apart, so FSRS sees ordinary reviews.
    day = [datetime(2026, 1, 1, tzinfo=UTC)]

    def now() -> datetime:
        day[0] += timedelta(hours=1)
        return day[0]

    while not most or answered < most:
        session = start_session(sample_set(), PlayOptions(), store, now=now)
        while (prompt := session.current) is not None and (not most or answered < most):
            question = prompt.question
            if isinstance(question, MultipleChoice):
                result = session.answer_choice(answered % len(question.choices))
            else:
                result = session.answer_text(f"{tag}-{answered}")
            # The quiz shows feedback only once this returns: the answer is committed.
            say(f"ack {result.answer_id} {json.dumps(result.given)}")
            answered += 1
            session.advance()
    store.close()


def play_tui(db: str, tag: str, limit: str = "0") -> None:
    """Play the sample set in the quiz app (headless, keys through Pilot) over and over.

    Prints an ack for each answer once its feedback panel is showing on screen.
    """
    import asyncio

    from quizgen.tui.app import QuizApp
    from quizgen.tui.widgets.feedback import Feedback

    store = ProgressStore(db)
    answered, most = 0, int(limit)

    async def play() -> None:
        nonlocal answered
        while not most or answered < most:
            session = start_session(sample_set(), PlayOptions(), store)
            app = QuizApp(session, store, cursor_blink=False)
            async with app.run_test(size=(80, 24)) as pilot:
                while (prompt := session.current) is not None and (not most or answered < most):
                    if isinstance(prompt.question, MultipleChoice):
                        await pilot.press(str(answered % len(prompt.question.choices) + 1))
                    else:
                        await pilot.press(*f"{tag}-{answered}", "enter")
                    result = session.answered_current
                    if result is not None and app.screen.query_one(Feedback).display:
                        say(f"ack {result.answer_id} {json.dumps(result.given)}")
                    answered += 1
                    await pilot.press("enter")

    asyncio.run(play())


def write_set_versions(path: str) -> None:
    _write_in_turn(lambda version: write_set(path, version_of_set(version), overwrite=True))


def write_apkg_versions(path: str) -> None:
    _write_in_turn(lambda version: write_apkg([version_of_set(version)], path))


def _write_in_turn(write: Callable[[str], object]) -> None:
    # The test writes version A first, so the first write here replaces A with B.
    number = 0
    while True:
        version = "BA"[number % 2]
        say(f"begin {number} {version}")
        write(version)
        say(f"done {number} {version}")
        number += 1


ROLES: dict[str, Callable[..., None]] = {
    "answer": answer,
    "play-tui": play_tui,
    "write-set": write_set_versions,
    "write-apkg": write_apkg_versions,
}


def run_role(role: str, args: list[str]) -> None:
    say(f"started {os.getpid()}")
    ROLES[role](*args)


def zygote() -> None:
    """Fork a child for each request on stdin; report each child's end."""
    import quizgen.tui.app  # noqa: F401 - imported once here, not in every child
    for line in sys.stdin:
        role, *args = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                run_role(role, args)
            except BaseException as error:  # report anything, then leave
                say(f"error {type(error).__name__}: {error}")
                code = 1
            finally:
                os._exit(code)  # never run the zygote's loop or exit handlers in a child
        _, status = os.waitpid(pid, 0)
        say(f"exited {pid} {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    if sys.argv[1] == "zygote":
        zygote()
    else:
        run_role(sys.argv[1], sys.argv[2:])
