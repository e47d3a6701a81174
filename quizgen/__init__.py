"""quizgen: turn an article into cloze and multiple-choice questions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from quizgen.model import QuestionSet

__all__ = ["__version__", "generate"]


def generate(text: str, **options: Any) -> QuestionSet:
    """Return the question set generated from an article's text.

    Options are those of `quizgen.generate.GenerateOptions`. Imported lazily so
    that `import quizgen` stays cheap.
    """
    from quizgen.generate import generate_set

    return generate_set(text, **options)
