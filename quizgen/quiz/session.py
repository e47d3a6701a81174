"""A play-through of a question set: which prompts, in what order, the answers and the score.

The session grades each answer and saves it to the progress store before it
returns, so whatever the UI shows next is already on disk. It knows nothing of
the terminal.

Selection (`PlayOptions`): file order unless `shuffle`; `seed` shuffles
repeatably (a seed implies shuffle); `kind` keeps only cloze or only mcq prompts; `due_only`
keeps prompts whose FSRS due time has passed, and prompts never answered
before, which count as due (they are new); `limit` then keeps the first N.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from quizgen.model import QuestionSet
from quizgen.quiz.grading import Grade, Verdict, grade_choice, grade_cloze
from quizgen.quiz.prompts import Prompt, prompts_of
from quizgen.quiz.scheduling import now_utc
from quizgen.quiz.store import ProgressStore


@dataclass(frozen=True)
class PlayOptions:
    """How to pick and order the prompts of a set."""

    shuffle: bool = False
    seed: int | None = None
    limit: int | None = None
    kind: str | None = None  # "cloze" or "mcq"
    due_only: bool = False


@dataclass
class Result:
    """The answer given to one prompt and how it was graded."""

    prompt: Prompt
    given: str
    grade: Grade
    seconds: float
    hinted: bool
    answer_id: int = 0
    picked: int | None = None  # the option chosen, for a multiple-choice prompt
    overridden: bool = False

    @property
    def correct(self) -> bool:
        return self.grade.correct


def select_prompts(
    question_set: QuestionSet,
    options: PlayOptions,
    due_times: dict[tuple[str, str], datetime] | None = None,
    now: datetime | None = None,
) -> list[Prompt]:
    """Return the prompts to play, filtered, ordered and limited as `options` say."""
    prompts = prompts_of(question_set)
    if options.kind:
        prompts = [p for p in prompts if p.kind == options.kind]
    if options.due_only:
        prompts = due_prompts(prompts, due_times or {}, now or now_utc())
    # A seed on its own means "shuffle, repeatably": there is nothing else it could change.
    if options.shuffle or options.seed is not None:
        random.Random(options.seed).shuffle(prompts)
    if options.limit is not None:
        prompts = prompts[: max(0, options.limit)]
    return prompts


def due_prompts(
    prompts: list[Prompt], due_times: dict[tuple[str, str], datetime], now: datetime
) -> list[Prompt]:
    """Return the prompts due at `now`: never answered, or past their FSRS due time."""
    due = []
    for prompt in prompts:
        key = prompt.key
        due_at = due_times.get((key.question_id, key.card))
        if due_at is None or due_at <= now:
            due.append(prompt)
    return due


@dataclass
class Session:
    """One play-through: the prompts in order, the current one, and the results so far.

    `clock` measures answer times (monotonic seconds); `now` gives the wall-clock
    time stored with answers. Both are injectable for tests.
    """

    question_set: QuestionSet
    prompts: list[Prompt]
    store: ProgressStore | None = None
    clock: Callable[[], float] = time.monotonic
    now: Callable[[], datetime] = now_utc
    results: list[Result] = field(default_factory=list)
    index: int = 0
    session_id: int = 0
    started: float = 0.0
    finished: float | None = None
    _shown_at: float = 0.0
    _hinted: bool = False

    def __post_init__(self) -> None:
        self.started = self.clock()
        self._shown_at = self.started
        if self.store is not None and self.prompts:
            self.session_id = self.store.start_session(
                self.question_set.id, self.question_set.title, self.now()
            )

    @property
    def current(self) -> Prompt | None:
        """Return the prompt being asked, or None when the session is over."""
        return self.prompts[self.index] if self.index < len(self.prompts) else None

    @property
    def answered_current(self) -> Result | None:
        """Return the result for the current prompt if it has been answered (feedback showing)."""
        if self.results and len(self.results) > self.index:
            return self.results[self.index]
        return None

    @property
    def total(self) -> int:
        return len(self.prompts)

    @property
    def score(self) -> int:
        """Return how many answers were right so far."""
        return sum(1 for r in self.results if r.correct)

    @property
    def is_over(self) -> bool:
        return self.index >= len(self.prompts)

    @property
    def elapsed(self) -> float:
        """Return the seconds from the start to the end (or to now, if still playing)."""
        end = self.finished if self.finished is not None else self.clock()
        return max(0.0, end - self.started)

    @property
    def hinted(self) -> bool:
        """Return True if the hint was shown for the current prompt."""
        return self._hinted

    def show_hint(self) -> str:
        """Mark the current prompt as hinted (a right answer then rates Hard); return the hint."""
        prompt = self._require_open()
        self._hinted = True
        return prompt.hint

    def answer_choice(self, picked: int) -> Result:
        """Grade a multiple-choice pick (index into the choices), save it, and return the result."""
        prompt = self._require_open()
        question = prompt.question
        choices = getattr(question, "choices", ())
        if not 0 <= picked < len(choices):
            raise ValueError(f"no option {picked + 1}")
        grade = grade_choice(picked, question.answer_index)  # type: ignore[union-attr]
        return self._save(prompt, choices[picked], grade, picked)

    def answer_text(self, typed: str) -> Result:
        """Grade a typed cloze answer, save it, and return the result."""
        prompt = self._require_open()
        return self._save(prompt, typed, grade_cloze(typed, prompt.answers), None)

    def override(self) -> Result:
        """Count the current prompt's wrong or almost answer as right; save and return it."""
        result = self.answered_current
        if result is None or result.correct:
            raise ValueError("only a wrong answer on screen can be overridden")
        if self.store is not None and result.answer_id:
            self.store.override_answer(result.answer_id, self.now())
        result.grade = Grade(Verdict.RIGHT, "overridden")
        result.overridden = True
        return result

    def advance(self) -> Prompt | None:
        """Move past the answered prompt; return the next one (None at the end)."""
        if self.answered_current is None:
            raise ValueError("answer the current prompt first")
        self.index += 1
        self._hinted = False
        self._shown_at = self.clock()
        if self.is_over:
            self.finished = self.clock()
        return self.current

    def missed(self) -> list[Result]:
        """Return the results that were not right, in the order asked."""
        return [r for r in self.results if not r.correct]

    def retry_missed(self) -> Session:
        """Return a new session over only the missed prompts (same store and clocks)."""
        return Session(
            question_set=self.question_set,
            prompts=[r.prompt for r in self.missed()],
            store=self.store,
            clock=self.clock,
            now=self.now,
        )

    def _require_open(self) -> Prompt:
        prompt = self.current
        if prompt is None:
            raise ValueError("the session is over")
        if self.answered_current is not None:
            raise ValueError("this prompt is already answered")
        return prompt

    def _save(self, prompt: Prompt, given: str, grade: Grade, picked: int | None) -> Result:
        seconds = max(0.0, self.clock() - self._shown_at)
        result = Result(prompt, given, grade, seconds, self._hinted, picked=picked)
        if self.store is not None:
            saved = self.store.record_answer(
                self.session_id,
                prompt.key,
                given=given,
                verdict=grade.verdict.value,
                correct=grade.correct,
                seconds=seconds,
                hinted=self._hinted,
                now=self.now(),
            )
            result = replace(result, answer_id=saved.answer_id)
        self.results.append(result)
        return result


def start_session(
    question_set: QuestionSet,
    options: PlayOptions,
    store: ProgressStore | None,
    *,
    clock: Callable[[], float] = time.monotonic,
    now: Callable[[], datetime] = now_utc,
) -> Session:
    """Return a session over the prompts of a set that `options` select (due times from `store`)."""
    due_times = store.due_times(question_set.id) if store is not None and options.due_only else {}
    prompts = select_prompts(question_set, options, due_times, now())
    return Session(question_set, prompts, store, clock=clock, now=now)
