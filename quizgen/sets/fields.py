"""The keys of the question-set format in canonical order, shared by reader, writer and schema."""

from __future__ import annotations

SET_KEYS = ("id", "title", "description", "language", "tags", "source", "questions")
SET_REQUIRED = ("id", "title", "questions")
SET_SOURCE_KEYS = ("title", "url", "file")

# Keys every question may have, after its type-specific ones.
COMMON_KEYS = ("explanation", "tags", "reviewed", "source", "generated")
CLOZE_KEYS = ("id", "type", "text", *COMMON_KEYS)
MCQ_KEYS = ("id", "type", "question", "answer", "choices", "distractors", *COMMON_KEYS)
SOURCE_REF_KEYS = ("sentence", "start", "end")
GENERATED_KEYS = ("method", "version", "score", "reasons", "fingerprint")
DISTRACTOR_KEYS = ("text", "method")

# Short forms for people writing by hand: `- cloze: ...` and `- q: ..., a: ..., wrong: [...]`.
SHORT_CLOZE_KEYS = ("id", "cloze", *COMMON_KEYS)
SHORT_MCQ_KEYS = ("id", "q", "a", "wrong", "choices", *COMMON_KEYS)

# The canonical key that each short-form key becomes (fmt uses it to keep comments in place).
SHORT_TO_CANONICAL = {"cloze": "text", "q": "question", "a": "answer", "wrong": "choices"}
# What to suggest when a key of one form is used in the other.
OTHER_FORM = {
    "answer": "a", "question": "q", "text": "cloze", "a": "answer", "q": "question",
    "cloze": "text", "wrong": "choices", "distractors": "wrong",
}

# Longest id the format accepts; ids end up in SQLite rows, Anki GUIDs and file names.
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$"
# A tag cannot hold whitespace: Anki splits tags on spaces.
TAG_PATTERN = r"^\S+$"
