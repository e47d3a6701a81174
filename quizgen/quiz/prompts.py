"""What the player is asked: one prompt per multiple-choice question, one per cloze deletion number.

A cloze with c1 and c2 is played like Anki plays it: twice, once with the c1
text blanked (c2 shown), once with c2 blanked (c1 shown). Each prompt has its
own progress and schedule, keyed (set id, question id, "c1"/"c2").
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen import cloze
from quizgen.model import AnyQuestion, Cloze, MultipleChoice, QuestionSet, one_line
from quizgen.quiz.store import CardKey

BLANK = "_____"


@dataclass(frozen=True)
class Prompt:
    """One thing to answer: a question, and for a cloze the deletion number it blanks."""

    set_id: str
    question: AnyQuestion
    deletion: int = 0

    @property
    def key(self) -> CardKey:
        """Return the progress key: (set id, question id, "" or "cN")."""
        card = f"c{self.deletion}" if self.deletion else ""
        return CardKey(self.set_id, self.question.id, card)

    @property
    def kind(self) -> str:
        """Return "mcq" or "cloze"."""
        return self.question.type

    @property
    def text(self) -> str:
        """Return what the player reads: the stem, or the cloze with this deletion blanked."""
        question = self.question
        if isinstance(question, MultipleChoice):
            return question.question
        return cloze.render(question.text, hide=self.deletion, blank=BLANK)

    @property
    def answers(self) -> list[str]:
        """Return the right answer(s): the MCQ answer, or the texts this cloze prompt hides."""
        question = self.question
        if isinstance(question, MultipleChoice):
            return [question.answer]
        return cloze.answers_for(question.text, self.deletion)

    @property
    def answer_text(self) -> str:
        """Return the right answer as one line for display."""
        distinct = list(dict.fromkeys(self.answers))
        return "; ".join(distinct)

    @property
    def hint(self) -> str:
        """Return a hint for a cloze: the first letter of each answer word and its length.

        The author's hint (`{{c1::answer::hint}}`) is already shown in the blank, so
        the hint key gives more than that.
        """
        shown = []
        for answer in dict.fromkeys(self.answers):
            words = answer.split()
            shown.append(" ".join(w[0] + "…" * min(len(w) - 1, 1) for w in words if w))
            shown[-1] += f"  ({len(answer)} characters)"
        return "; ".join(shown)

    @property
    def revealed(self) -> str:
        """Return the full sentence with every deletion filled in (the back of the card)."""
        question = self.question
        if isinstance(question, MultipleChoice):
            return question.question
        return cloze.render(question.text, hide=None)

    @property
    def explanation(self) -> str:
        """Return why the answer is right: the source sentence, then the author's explanation."""
        question = self.question
        parts = []
        if question.source and question.source.sentence:
            parts.append(question.source.shown)
        if question.explanation and one_line(question.explanation) not in parts:
            parts.append(question.explanation)
        return "\n".join(parts)


def prompts_of(question_set: QuestionSet) -> list[Prompt]:
    """Return every prompt of a set in file order (cloze deletions in cN order)."""
    prompts: list[Prompt] = []
    for question in question_set.questions:
        if isinstance(question, Cloze):
            numbers = cloze.card_indexes(question.text) or [1]
            prompts.extend(Prompt(question_set.id, question, n) for n in numbers)
        else:
            prompts.append(Prompt(question_set.id, question))
    return prompts
