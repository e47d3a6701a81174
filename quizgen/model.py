"""The data model every part speaks: question sets and their questions (plain data, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Literal

QuestionType = Literal["cloze", "mcq"]


def one_line(text: str) -> str:
    """Return `text` as one line, each run of spaces and line breaks one space: a sentence of
    a hard-wrapped article as a reader sees it."""
    return " ".join(text.split())


@dataclass(frozen=True, kw_only=True)
class SourceRef:
    """Where in the article a question comes from: the sentence and its character offsets."""

    sentence: str
    start: int | None = None
    end: int | None = None

    @property
    def shown(self) -> str:
        """The sentence as a reader sees it: a hard-wrapped article's line breaks are spaces."""
        return one_line(self.sentence)


@dataclass(frozen=True, kw_only=True)
class Generated:
    """How the generator made a question; absent on questions a person wrote.

    `fingerprint` is a hash of the question's content as generated, so a later
    run can tell whether a person has edited it since.
    """

    method: str
    version: str
    score: float
    reasons: tuple[str, ...] = ()
    fingerprint: str = ""


@dataclass(frozen=True, kw_only=True)
class Distractor:
    """A wrong option of a multiple-choice question, and the method that produced it."""

    text: str
    method: str = "manual"


@dataclass(frozen=True, kw_only=True)
class Question:
    """Fields shared by every question type."""

    type: ClassVar[QuestionType]

    id: str
    explanation: str = ""
    tags: tuple[str, ...] = ()
    source: SourceRef | None = None
    generated: Generated | None = None
    reviewed: bool = False


@dataclass(frozen=True, kw_only=True)
class Cloze(Question):
    """A sentence with Anki-style deletions: `{{c1::answer}}` or `{{c1::answer::hint}}`."""

    type: ClassVar[QuestionType] = "cloze"

    text: str


@dataclass(frozen=True, kw_only=True)
class MultipleChoice(Question):
    """A stem with one right answer among `choices` (display order, answer included).

    `distractors` are the wrong choices with their provenance; their texts are
    exactly the choices other than `answer`.
    """

    type: ClassVar[QuestionType] = "mcq"

    question: str
    answer: str
    choices: tuple[str, ...]
    distractors: tuple[Distractor, ...] = ()

    @property
    def answer_index(self) -> int:
        """Return the position of the right answer in `choices`."""
        return self.choices.index(self.answer)


AnyQuestion = Cloze | MultipleChoice


@dataclass(frozen=True, kw_only=True)
class SetSource:
    """The article a set was made from."""

    title: str = ""
    url: str = ""
    file: str = ""


@dataclass(frozen=True, kw_only=True)
class QuestionSet:
    """A titled, identified collection of questions, usually from one article."""

    id: str
    title: str
    questions: tuple[AnyQuestion, ...] = ()
    description: str = ""
    source: SetSource | None = None
    language: str = "en"
    tags: tuple[str, ...] = ()
    # Facts about the run that made the set (counts of dropped candidates and why);
    # not part of the YAML format.
    stats: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def question(self, question_id: str) -> AnyQuestion:
        """Return the question with this id; raise KeyError if there is none."""
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    @property
    def cloze_count(self) -> int:
        return sum(1 for q in self.questions if q.type == "cloze")

    @property
    def mcq_count(self) -> int:
        return sum(1 for q in self.questions if q.type == "mcq")
