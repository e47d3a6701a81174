"""Drives the quiz app, or a minimal Textual app as its floor, in a fresh process; prints JSON.

`python -m benchmarks.tui_driver launch quizgen|floor SPAWNED_AT` prints the
seconds from SPAWNED_AT (time.time() in the parent, just before it started
this process) to the first frame of the first question screen.
`python -m benchmarks.tui_driver keys quizgen|floor ANSWERS` prints the
seconds from each answering keypress to the first frame that shows feedback.

A frame is a call of the app's `_display` with a compositor update: Textual
makes one for the headless driver of `run_test` as for a terminal, and only
skips writing it out. Timing to that call, rather than using Pilot's `press`,
avoids the sleeps Pilot adds to wait for idle.
"""

from __future__ import annotations

import time

# Taken before the imports below: importing is part of launching.
STARTED = time.time()

import asyncio  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any, ClassVar  # noqa: E402

SIZE = (80, 24)


class FrameClock:
    """Timestamps the first frame drawn after a condition becomes true."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.condition: Callable[[], bool] = lambda: False
        self.drawn = asyncio.Event()
        self.drawn_at = 0.0
        display = app._display

        def timed_display(screen: Any, renderable: Any) -> None:
            display(screen, renderable)
            if renderable is not None and not self.drawn.is_set() and self.condition():
                self.drawn_at = time.perf_counter()
                self.drawn.set()

        app._display = timed_display

    def expect(self, condition: Callable[[], bool]) -> None:
        self.condition = condition
        self.drawn = asyncio.Event()

    async def wait(self) -> float:
        await asyncio.wait_for(self.drawn.wait(), timeout=10)
        return self.drawn_at


def press(app: Any, key: str, character: str | None) -> None:
    """Send a key the way a terminal driver does (as Pilot does, without its waiting)."""
    from textual import events

    event = events.Key(key, character)
    event.set_sender(app)
    app._driver.send_message(event)


def quizgen_app(answers: int) -> tuple[Any, Callable[[], bool], Callable[[Any], tuple[str, str]]]:
    """Return the quiz app on a made-up session, whether it shows feedback, and how to answer."""
    from benchmarks.question_sets import made_up_sets
    from quizgen.paths import progress_db_path
    from quizgen.quiz.session import PlayOptions, start_session
    from quizgen.quiz.store import ProgressStore
    from quizgen.tui.app import QuizApp

    progress_db_path().parent.mkdir(parents=True, exist_ok=True)
    store = ProgressStore(progress_db_path())
    question_set = made_up_sets(answers, per_set=answers)[0]
    session = start_session(question_set, PlayOptions(limit=answers), store)
    app = QuizApp(session=session, cursor_blink=False)

    def answered() -> bool:
        return app.session.answered_current is not None

    def answer(count: int) -> tuple[str, str]:
        prompt = app.session.current
        if prompt.kind == "mcq":
            return str(1 + count % 4), str(1 + count % 4)
        from textual.widgets import Input

        # Typing is not what is measured: fill the field, then time the Enter that grades it.
        typed = prompt.answers[0] if count % 2 else "something else"
        app.screen.query_one(Input).value = typed
        return "enter", "\r"

    return app, answered, answer


def floor_app() -> tuple[Any, Callable[[], bool], Callable[[Any], tuple[str, str]]]:
    """Return a minimal app with the same shape: a screen, a text, a key that shows feedback."""
    from textual.app import App, ComposeResult
    from textual.binding import Binding
    from textual.screen import Screen
    from textual.widgets import Footer, Static

    class FloorScreen(Screen[None]):
        BINDINGS: ClassVar = [Binding("1", "answer", "Answer"), Binding("enter", "next", "Next")]
        shown = False

        def compose(self) -> ComposeResult:
            yield Static("In which year was the bridge finished?")
            yield Static("", id="feedback")
            yield Footer()

        def action_answer(self) -> None:
            self.query_one("#feedback", Static).update("Right: 1901")
            self.shown = True

        def action_next(self) -> None:
            self.query_one("#feedback", Static).update("")
            self.shown = False

    class FloorApp(App[None]):
        def on_mount(self) -> None:
            self.push_screen(FloorScreen())

    app = FloorApp()
    return app, lambda: getattr(app.screen, "shown", False), lambda count: ("1", "1")


async def launch(kind: str, spawned_at: float) -> dict[str, float]:
    app, _, _ = quizgen_app(20) if kind == "quizgen" else floor_app()
    clock = FrameClock(app)
    clock.expect(lambda: len(app.screen_stack) > 1)  # past the default screen
    async with app.run_test(size=SIZE):
        drawn_at = await clock.wait()
        # perf_counter and time.time differ by a constant within one process.
        seconds = drawn_at - time.perf_counter() + time.time() - spawned_at
        return {"seconds": seconds, "in_process": seconds - (STARTED - spawned_at)}


async def keys(kind: str, answers: int) -> dict[str, list[float]]:
    app, answered, answer = quizgen_app(answers) if kind == "quizgen" else floor_app()
    clock = FrameClock(app)
    latencies: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for count in range(answers):
            key, character = answer(count)
            await pilot.pause()  # lets the filled-in field settle before the clock starts
            clock.expect(answered)
            start = time.perf_counter()
            press(app, key, character)
            latencies.append(await clock.wait() - start)
            await pilot.press("enter")  # on to the next question (not timed)
    return {"latencies": latencies}


def main(argv: list[str]) -> None:
    mode, kind, value = argv
    if mode == "launch":
        measured: dict[str, Any] = asyncio.run(launch(kind, float(value)))
    else:
        measured = asyncio.run(keys(kind, int(value)))
    print(json.dumps(measured))


if __name__ == "__main__":
    main(sys.argv[1:])
