"""The panel shown after an answer: verdict, the right answer, and the source sentence."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from quizgen.quiz.grading import Verdict
from quizgen.quiz.session import Result
from quizgen.tui.literal import clean

_OVERRIDDEN = "✓ Accepted: you overrode the grader"
_HEADLINE = {
    Verdict.RIGHT: "✓ Right",
    Verdict.ALMOST: "≈ Almost",
    Verdict.WRONG: "✗ Wrong",
}


class Feedback(Static):
    """Hidden until `show(result)`; its border colour follows the verdict."""

    def __init__(self) -> None:
        super().__init__("", id="feedback")
        self.display = False

    def show(self, result: Result) -> None:
        """Fill in the panel for `result` and make it visible."""
        verdict = result.grade.verdict
        prompt = result.prompt
        # Built from Text pieces, never markup: article text may hold "[bold]" or "\\".
        headline = _OVERRIDDEN if result.overridden else _HEADLINE[verdict]
        text = Text(headline, style="bold")
        if result.grade.note and not result.overridden:
            text.append(f" ({result.grade.note})")
        if not result.correct or result.grade.note:
            text.append("\nAnswer: ")
            text.append(clean(prompt.answer_text), style="bold")
            if result.given and prompt.kind == "cloze":
                text.append("   you typed: ")
                text.append(clean(result.given))
        if prompt.kind == "cloze":
            text.append("\n")
            text.append(clean(prompt.revealed), style="italic")
        if prompt.explanation and prompt.explanation != prompt.revealed:
            text.append("\n")
            text.append(clean(prompt.explanation))
        self.update(text)
        for name in Verdict:
            self.set_class(name is verdict, f"-{name.value}")
        self.display = True
