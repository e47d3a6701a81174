"""Write a question set as canonical YAML: fixed key order, block strings, UTF-8, schema line."""

from __future__ import annotations

from typing import Any

import yaml

from quizgen.model import AnyQuestion, Cloze, Distractor, MultipleChoice, QuestionSet
from quizgen.sets import fields

# Where an editor finds the schema: `quizgen schema > question-set.schema.json` beside the deck.
SCHEMA_URL = "question-set.schema.json"
SCHEMA_COMMENT_PREFIX = "# yaml-language-server: $schema="
# Longer single-line texts are written folded (`>-`) so lines stay readable in an editor.
_FOLD_AT = 88
_SHORT_LIST = 72
_UNICODE_BREAKS = ("\x85", "\u2028", "\u2029")


class _SetDumper(yaml.SafeDumper):
    """SafeDumper that indents lists under their key and picks readable string styles."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    # Inside `[a, b]` a long list wraps between items, never inside one: "repeated" at the
    # end of a line and "in the article" on the next would read as two items.
    def write_plain(self, text: str, split: bool = True) -> None:
        super().write_plain(text, split and not self.flow_level)

    def write_single_quoted(self, text: str, split: bool = True) -> None:
        super().write_single_quoted(text, split and not self.flow_level)

    def expect_flow_sequence_item(self) -> None:
        # PyYAML wraps only once a line is already too long; wrap before an item that
        # would make it so (quotes and the comma counted), as a person would.
        event = self.event
        if (isinstance(event, yaml.ScalarEvent) and not self.canonical
                and self.column + len(event.value) + 3 > self.best_width):
            self.write_indicator(",", False)
            self.write_indent()
            self.states.append(self.expect_flow_sequence_item)
            self.expect_node(sequence=True)
        else:
            super().expect_flow_sequence_item()


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = None
    if any(char in value for char in _UNICODE_BREAKS):
        # PyYAML's emitter writes NEL and the Unicode line separators as line breaks in
        # plain and block styles, and they read back as spaces; escaped they survive.
        style = '"'
    elif "\n" in value.rstrip("\n") or value.endswith("\n"):
        style = "|"
    elif len(value) > _FOLD_AT:
        style = ">"
    # PyYAML falls back to a quoted style by itself when a block style cannot hold the text.
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    # Short lists of short words read best on one line: `choices: [Paris, Rome, Oslo]`.
    short = all(isinstance(item, str) and "\n" not in item for item in value) and (
        sum(len(item) + 2 for item in value) <= _SHORT_LIST
    )
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=short)


class _OneLineList(list):  # type: ignore[type-arg]
    """A list written in flow style (`[a, b, c]`) however long: one line, wrapped if need be."""


def _represent_one_line_list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


class _OneLineMapping(dict):  # type: ignore[type-arg]
    """A mapping written in flow style: `{text: Oslo, method: same-type-entity}`."""


def _represent_one_line_mapping(dumper: yaml.SafeDumper, value: dict[str, Any]
                                ) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", value.items(), flow_style=True)


def _represent_mapping(dumper: yaml.SafeDumper, value: dict[str, Any]) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", value.items(), flow_style=False)


_SetDumper.add_representer(str, _represent_text)
_SetDumper.add_representer(list, _represent_list)
_SetDumper.add_representer(_OneLineList, _represent_one_line_list)
_SetDumper.add_representer(_OneLineMapping, _represent_one_line_mapping)
_SetDumper.add_representer(dict, _represent_mapping)


def set_to_document(question_set: QuestionSet) -> dict[str, Any]:
    """Return the set as plain YAML data in canonical key order, without empty optional fields."""
    document: dict[str, Any] = {"id": question_set.id, "title": question_set.title}
    if question_set.description:
        document["description"] = question_set.description
    document["language"] = question_set.language
    if question_set.tags:
        document["tags"] = list(question_set.tags)
    if question_set.source is not None:
        source = question_set.source
        document["source"] = {key: getattr(source, key) for key in fields.SET_SOURCE_KEYS
                              if getattr(source, key)}
    document["questions"] = [question_to_document(q) for q in question_set.questions]
    return document


def question_to_document(question: AnyQuestion) -> dict[str, Any]:
    """Return one question as plain YAML data in canonical (long-form) key order."""
    entry: dict[str, Any] = {"id": question.id, "type": question.type}
    if isinstance(question, Cloze):
        entry["text"] = question.text
    elif isinstance(question, MultipleChoice):
        entry["question"] = question.question
        entry["answer"] = question.answer
        entry["choices"] = list(question.choices)
        if _distractors_needed(question):
            entry["distractors"] = [_OneLineMapping(text=d.text, method=d.method)
                                    for d in question.distractors]
    if explanation_to_write(question):
        entry["explanation"] = question.explanation
    if question.tags:
        entry["tags"] = list(question.tags)
    if question.reviewed:
        entry["reviewed"] = True
    if question.source is not None:
        source: dict[str, Any] = {"sentence": question.source.sentence}
        for key in ("start", "end"):
            if getattr(question.source, key) is not None:
                source[key] = getattr(question.source, key)
        entry["source"] = source
    if question.generated is not None:
        made = question.generated
        generated: dict[str, Any] = {"method": made.method, "version": made.version,
                                     "score": float(made.score)}
        if made.reasons:
            generated["reasons"] = _OneLineList(made.reasons)
        if made.fingerprint:
            generated["fingerprint"] = made.fingerprint
        entry["generated"] = generated
    return entry


def explanation_to_write(question: AnyQuestion) -> bool:
    """Return True if the question's explanation must be written out.

    The generator explains a multiple-choice question with its source sentence;
    the file leaves that out, and the reader puts it back. A cloze is its source
    sentence with blanks, so the sentence explains nothing there and is never implied.
    """
    if not question.explanation:
        return False
    return not (isinstance(question, MultipleChoice) and question.source is not None
                and question.explanation == question.source.sentence.strip())


def _distractors_needed(question: MultipleChoice) -> bool:
    """Return True unless the distractors are just the other choices, written by hand."""
    derived = tuple(Distractor(text=text) for text in question.choices if text != question.answer)
    return question.distractors != derived


def dump_set(question_set: QuestionSet, *, schema_url: str = SCHEMA_URL) -> str:
    """Return the set as canonical YAML text, starting with the editor's schema comment line."""
    body = yaml.dump(set_to_document(question_set), Dumper=_SetDumper, sort_keys=False,
                     allow_unicode=True, width=_FOLD_AT, default_flow_style=False)
    return f"{SCHEMA_COMMENT_PREFIX}{schema_url}\n{body}"
