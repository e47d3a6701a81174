"""Problems found in a question-set file, each with its place, and the error that carries them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from quizgen.errors import FormatError


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a file, at a 1-based line and column.

    An error makes the file invalid; a warning (`quizgen check`'s rule findings on
    options, a matter of judgement) does not.
    """

    file: str
    line: int
    column: int
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        label = "warning: " if self.severity == "warning" else ""
        return f"{self.file}:{self.line}:{self.column}: {label}{self.message}"


class InvalidSetError(FormatError):
    """A question-set file with problems; the message is the first one, `.problems` holds all."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "invalid question set"
        more = len(self.problems) - 1
        if more:
            first += (
                f" (and {more} more problem{'s' if more > 1 else ''}:"
                f" run 'quizgen check {self.problems[0].file}' to see them all)"
            )
        super().__init__(first)
