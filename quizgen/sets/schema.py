"""The JSON Schema of the question-set format, long and short forms, for editors and tools."""

from __future__ import annotations

from typing import Any

from quizgen.sets import fields

SCHEMA_ID = "https://quizgen.invalid/schema/question-set-1.json"
# A number written without quotes (`a: 1945`, `title: 1984`, `tags: [2024]`) is read as the
# text typed, so the editor must accept it wherever `quizgen check` does.
_NUMBER = {"type": "number"}
_TEXT = {"anyOf": [{"type": "string", "pattern": r"\S"}, _NUMBER]}
_TAGS = {"type": "array",
         "items": {"anyOf": [{"type": "string", "pattern": fields.TAG_PATTERN}, _NUMBER]}}
_ID = {"anyOf": [{"type": "string", "pattern": fields.ID_PATTERN}, {"type": "number",
                                                                     "minimum": 0}]}


def _object(keys: tuple[str, ...], properties: dict[str, Any], required: tuple[str, ...] = (),
            description: str = "") -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {key: properties[key] for key in keys},
        "additionalProperties": False,
    }
    if required:
        schema["required"] = list(required)
    if description:
        schema["description"] = description
    return schema


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) that every valid question-set file satisfies.

    The schema checks structure and types; `quizgen check` checks more (cloze
    syntax, answers among choices, unique ids).
    """
    properties: dict[str, Any] = {
        "id": _ID,
        "type": {"enum": ["cloze", "mcq"]},
        "text": {**_TEXT, "description": "Cloze text with {{c1::answer}} or {{c1::answer::hint}}"},
        "cloze": {**_TEXT, "description": "Short form: bare {{answer}} deletions are numbered"},
        "question": _TEXT,
        "q": _TEXT,
        "answer": _TEXT,
        "a": _TEXT,
        "choices": {"type": "array", "items": _TEXT, "minItems": 2},
        "wrong": {"type": "array", "items": _TEXT, "minItems": 1},
        "distractors": {"type": "array", "minItems": 1, "items": {"anyOf": [
            _TEXT,
            _object(fields.DISTRACTOR_KEYS, {"text": _TEXT, "method": _TEXT}, ("text",)),
        ]}},
        "explanation": {**_TEXT, "description": "Why the answer is right; if left out, a"
                                                 " multiple-choice question with a source is"
                                                 " explained by the source sentence"},
        "tags": _TAGS,
        "reviewed": {"type": "boolean"},
        "source": _object(fields.SOURCE_REF_KEYS, {
            "sentence": _TEXT,
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
        }, ("sentence",)),
        "generated": _object(fields.GENERATED_KEYS, {
            "method": _TEXT, "version": _TEXT, "score": {"type": "number"},
            "reasons": {"type": "array", "items": _TEXT}, "fingerprint": _TEXT,
        }, ("method", "version", "score")),
    }
    question_forms = [
        _object(fields.CLOZE_KEYS, {**properties, "type": {"const": "cloze"}}, ("type", "text"),
                "A cloze question"),
        {
            **_object(fields.MCQ_KEYS, {**properties, "type": {"const": "mcq"}},
                      ("type", "question", "answer"), "A multiple-choice question"),
            "anyOf": [{"required": ["choices"]}, {"required": ["distractors"]}],
        },
        _object(fields.SHORT_CLOZE_KEYS, properties, ("cloze",),
                "Short form of a cloze: - cloze: \"... {{answer}} ...\""),
        {
            **_object(fields.SHORT_MCQ_KEYS, properties, ("q", "a"),
                      "Short form of a multiple-choice question: - q: ..., a: ..., wrong: [...]"),
            "oneOf": [{"required": ["wrong"]}, {"required": ["choices"]}],
        },
    ]
    set_properties: dict[str, Any] = {
        "id": _ID,
        "title": _TEXT,
        "description": _TEXT,
        "language": {"type": "string", "pattern": r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"},
        "tags": _TAGS,
        "source": _object(fields.SET_SOURCE_KEYS, {key: _TEXT for key in fields.SET_SOURCE_KEYS}),
        "questions": {"type": "array", "items": {"oneOf": question_forms}},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "quizgen question set",
        **_object(fields.SET_KEYS, set_properties, fields.SET_REQUIRED),
    }
