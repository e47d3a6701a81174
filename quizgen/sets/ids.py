"""Stable question ids and content fingerprints, both derived from a question's text."""

from __future__ import annotations

import hashlib
import json

from quizgen.model import AnyQuestion, Cloze, MultipleChoice, QuestionType

_PREFIX = {"cloze": "c", "mcq": "m"}


def _digest(*parts: str) -> str:
    # A separator that cannot occur in YAML text keeps ("ab", "c") apart from ("a", "bc").
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def question_id_for(question_type: QuestionType, text: str, answer: str = "") -> str:
    """Return the id a question gets from its content: `c-` or `m-` and 10 hex digits.

    For a cloze, `text` is its (numbered) cloze text; for an MCQ, `text` is the
    stem and `answer` the right answer. The same content always gives the same id.
    """
    return f"{_PREFIX[question_type]}-{_digest(question_type, text.strip(), answer.strip())[:10]}"


def content_fingerprint(question: AnyQuestion) -> str:
    """Return a hash of what a person can edit in a question (not its id, source or provenance).

    A generated question stores this as `generated.fingerprint`; when the stored
    value no longer matches, a person has edited the question.
    """
    content: dict[str, object] = {
        "type": question.type,
        "explanation": question.explanation,
        "tags": list(question.tags),
    }
    if isinstance(question, Cloze):
        content["text"] = question.text
    elif isinstance(question, MultipleChoice):
        content.update(question=question.question, answer=question.answer,
                       choices=list(question.choices))
    return _digest(json.dumps(content, sort_keys=True, ensure_ascii=False))[:16]


def answer_position(question_id: str, option_count: int) -> int:
    """Return where the right answer goes among `option_count` choices, fixed by the question id.

    Used when a file gives only wrong options: the answer must not always come first.
    """
    return int(_digest("position", question_id)[:8], 16) % option_count
