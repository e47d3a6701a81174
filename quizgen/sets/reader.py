"""Read a question-set YAML file into the model, reporting every problem with line and column."""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from yaml.constructor import SafeConstructor

from quizgen import cloze
from quizgen.answers import normalize, number_unit, parse_number
from quizgen.collector import collector_paused
from quizgen.model import (
    AnyQuestion,
    Cloze,
    Distractor,
    Generated,
    MultipleChoice,
    QuestionSet,
    SetSource,
    SourceRef,
)
from quizgen.sets import fields
from quizgen.sets.ids import answer_position, question_id_for
from quizgen.sets.limits import DEFAULT_LIMITS, Limits, read_limited
from quizgen.sets.problems import InvalidSetError, Problem
from quizgen.sets.yaml_tree import MappingNode, Node, ScalarNode, SequenceNode, compose, decode

_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {_TAG + name for name in
                 ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}
# Plain scalars that YAML would read as numbers or dates are still the text the person typed.
_TEXT_TAGS = {_TAG + name for name in ("str", "int", "float", "timestamp")}
_ID = re.compile(fields.ID_PATTERN)
_TAG_TEXT = re.compile(fields.TAG_PATTERN)
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_CONSTRUCTOR = SafeConstructor()
_Fields = dict[str, tuple[ScalarNode, Node]]


@dataclass
class ParsedSet:
    """What reading a file gives: the set (None if any problem), every problem, and the nodes."""

    name: str
    text: str
    question_set: QuestionSet | None
    problems: list[Problem]
    root: Node | None = None
    # The mapping node of each question, in file order (fmt uses them to place comments).
    question_nodes: list[Node] = field(default_factory=list)
    # Every multiple-choice question whose stem and answer could be read, even in a file
    # with problems: `quizgen check` judges their options by the generator's rules.
    options_read: list[OptionsRead] = field(default_factory=list)


@dataclass(frozen=True)
class OptionsRead:
    """A multiple-choice question's texts as written, with the node of each wrong option.

    `wrong` leaves out the options the reader already reported (one equal to the
    answer, a repeat), so that a later check does not report one fault twice.
    """

    stem: str
    answer: str
    wrong: tuple[tuple[str, Node], ...]
    tags: tuple[str, ...]
    generated: bool


def parse_text(text: str, name: str = "<string>", *, limits: Limits = DEFAULT_LIMITS) -> ParsedSet:
    """Read a question set from YAML text; never raises for problems in the text."""
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as error:
        # Only a Python string can hold a lone surrogate; no file decodes to one.
        before = text[: error.start]
        problem = Problem(name, before.count("\n") + 1, error.start - before.rfind("\n"),
                          "the text holds a lone surrogate character, which is not Unicode")
        return ParsedSet(name, text, None, [problem])
    if size > limits.byte_limit:
        problem = Problem(name, 1, 1, f"the file is larger than the limit of"
                                      f" {limits.byte_limit:,} bytes")
        return ParsedSet(name, text, None, [problem])
    with collector_paused():
        tree = compose(text, name, limits)
        if tree.root is None:
            return ParsedSet(name, text, None, tree.problems)
        reader = _SetReader(name, text)
        question_set = reader.read_set(tree.root)
    problems = sorted(reader.problems, key=lambda p: (p.line, p.column))
    return ParsedSet(name, text, None if problems else question_set, problems, tree.root,
                     reader.question_nodes, reader.options_read)


def parse_file(path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> ParsedSet:
    """Read a question-set file; unreadable or oversized files become problems, not exceptions."""
    name = str(path)
    try:
        data = read_limited(Path(path), limits)
    except OSError as error:
        return ParsedSet(name, "", None, [Problem(name, 1, 1, f"cannot read the file:"
                                                              f" {error.strerror or error}")])
    except InvalidSetError as error:
        return ParsedSet(name, "", None, error.problems)
    text, problems = decode(data, name)
    if text is None:
        return ParsedSet(name, "", None, problems)
    return parse_text(text, name, limits=limits)


def check_text(text: str, name: str = "<string>", *, limits: Limits = DEFAULT_LIMITS
               ) -> list[Problem]:
    """Return every problem in a question set given as text (empty if it is valid)."""
    return parse_text(text, name, limits=limits).problems


def check_file(path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> list[Problem]:
    """Return every problem in a question-set file (empty if it is valid); never raises for them."""
    return parse_file(path, limits=limits).problems


def loads_set(text: str, name: str = "<string>", *, limits: Limits = DEFAULT_LIMITS
              ) -> QuestionSet:
    """Return the set in YAML text; raise InvalidSetError (a FormatError) if it has problems."""
    with collector_paused():  # and the node tree freed before it runs again
        return _the_set(parse_text(text, name, limits=limits))


def load_set(path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> QuestionSet:
    """Return the question set in a file; raise InvalidSetError (a FormatError) if it has problems.

    The error's message is the first problem as `file:line:column: message`;
    its `.problems` holds them all.
    """
    with collector_paused():  # and the node tree freed before it runs again
        return _the_set(parse_file(path, limits=limits))


def _the_set(parsed: ParsedSet) -> QuestionSet:
    if parsed.problems or parsed.question_set is None:
        raise InvalidSetError(parsed.problems)
    return parsed.question_set


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag == _TAG + "null":
        return "nothing"
    if node.tag == _TAG + "bool":
        return f"true/false ({node.value})"
    return f"text ({node.value!r})" if len(node.value) < 40 else "text"


class _OptionKey:
    """What makes two options the same: their normalised text (or the text itself when
    normalising leaves nothing, as for punctuation), or the same number and unit
    ("50%" and "50 percent", as `quizgen.answers.same_answer` compares answers)."""

    def __init__(self, text: str) -> None:
        self.text = normalize(text) or text
        number = parse_number(text)
        self.number = None if number is None else (number, number_unit(text))

    def same(self, other: _OptionKey) -> bool:
        return self.text == other.text or (self.number is not None and self.number == other.number)


def _suggest(word: str, choices: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


class _SetReader:
    """Walks the node tree of one file, building the set and collecting problems."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.lines = text.splitlines()
        self.problems: list[Problem] = []
        self.question_nodes: list[Node] = []
        self.options_read: list[OptionsRead] = []
        # (mapping node id, key) for keys already suggested for a misspelt one: saying
        # "needs 'answer'" after "did you mean 'answer'?" would report one mistake twice.
        self.suggested: set[tuple[int, str]] = set()

    # -- reporting ---------------------------------------------------------

    def missing(self, node: Node, key: str, message: str) -> None:
        """Report a missing key, unless a misspelling of it was already reported."""
        if (id(node), key) not in self.suggested:
            self.report(node, message)

    def report(self, node: Node, message: str, offset: int | None = None) -> None:
        line, column = self._position(node, offset)
        self.problems.append(Problem(self.name, line, column, message))

    def _position(self, node: Node, offset: int | None) -> tuple[int, int]:
        """Return the 1-based position of `node`, or of character `offset` in its text."""
        mark = node.start_mark
        line, column = mark.line + 1, mark.column + 1
        if offset is None or not isinstance(node, ScalarNode) or offset <= 0:
            return line, column
        text: str = node.value
        # libyaml marks plain scalars with style "", PyYAML with None.
        if node.style in (None, "", "'", '"') and node.end_mark.line == mark.line:
            quote = 1 if node.style in ("'", '"') else 0
            return line, column + quote + offset
        if node.style == "|":
            before = text[:offset]
            content_line = mark.line + 1 + before.count("\n")
            source = self.lines[content_line] if content_line < len(self.lines) else ""
            indent = len(source) - len(source.lstrip(" "))
            return content_line + 1, indent + offset - (before.rfind("\n") + 1) + 1
        if node.style == ">":
            # Folded: each line break inside the block reads as one space, as the generator
            # writes its long texts. A blank line folds otherwise: the block's start is given.
            at = offset
            for number in range(mark.line + 1, min(node.end_mark.line + 1, len(self.lines))):
                source = self.lines[number]
                content = source.lstrip(" ")
                if not content:
                    break
                if at < len(content):
                    return number + 1, len(source) - len(content) + at + 1
                at -= len(content) + 1
        return line, column

    # -- typed values ------------------------------------------------------

    def _tag_ok(self, node: Node) -> bool:
        if node.tag in _ALLOWED_TAGS:
            return True
        tag = node.tag.replace(_TAG, "!!")
        if tag.startswith("!!python/"):
            self.report(node, f"the tag {tag} is not allowed: question sets are plain data,"
                              " never Python objects")
        else:
            self.report(node, f"unknown YAML tag {tag}: question sets use plain text,"
                              " lists and mappings only")
        return False

    def expect(self, node: Node, kind: type[Node], what: str) -> bool:
        """Return True if `node` is a `kind` node with a standard tag, else report it."""
        if not self._tag_ok(node):
            return False
        if isinstance(node, kind):
            return True
        shape = {MappingNode: "a mapping (key: value lines)",
                 SequenceNode: "a list such as [a, b]"}.get(kind, "text")
        self.report(node, f"{what} must be {shape}, not {_kind(node)}")
        return False

    def mapping(self, node: Node, allowed: tuple[str, ...], where: str,
                hint: dict[str, str] | None = None) -> _Fields | None:
        """Return a mapping's entries by key, reporting duplicate and unknown keys."""
        if not self.expect(node, MappingNode, where):
            return None
        found: _Fields = {}
        for key, value in node.value:
            if key.tag == _TAG + "merge":
                self.report(key, "merge keys (<<) are not supported in question sets")
                continue
            if not isinstance(key, ScalarNode) or key.tag != _TAG + "str":
                self.report(key, f"keys in {where} must be plain words, not {_kind(key)}")
                continue
            name = key.value
            if name in found:
                first = found[name][0].start_mark.line + 1
                self.report(key, f"duplicate key '{name}' in {where} (first at line {first})")
                continue
            if name not in allowed:
                other = (hint or {}).get(name)
                close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
                if other and other in allowed:
                    advice, close = f"; here it is called '{other}'", [other]
                else:
                    advice = f"; did you mean '{close[0]}'?" if close else ""
                self.suggested.update((id(node), word) for word in close)
                self.report(key, f"unknown key '{name}' in {where}{advice}")
                continue
            found[name] = (key, value)
        return found

    def text(self, node: Node, what: str) -> str | None:
        """Return a non-empty text value, or report why it is not one."""
        if not self._tag_ok(node):
            return None
        if isinstance(node, ScalarNode):
            if node.tag in _TEXT_TAGS:
                if node.value.strip():
                    return str(node.value)
                self.report(node, f"{what} is empty")
                return None
            if node.tag == _TAG + "null":
                # "Null", "null", "NULL" and "~" are YAML's word for nothing.
                written = f': YAML reads {node.value} as nothing; put it in quotes: "{node.value}"'
                self.report(node, f"{what} is empty" + (written if node.value.strip() else ""))
                return None
            if node.tag == _TAG + "bool":
                self.report(node, f"{what}: YAML reads {node.value} as true/false here;"
                                  f' put it in quotes: "{node.value}"')
                return None
        self.report(node, f"{what} must be text, not {_kind(node)}")
        return None

    def text_list(self, node: Node, what: str) -> list[tuple[str, Node]] | None:
        """Return the items of a list of texts with their nodes, or report why it is not one."""
        if not self.expect(node, SequenceNode, what):
            return None
        items = []
        for item in node.value:
            value = self.text(item, f"an item of {what}")
            if value is not None:
                items.append((value, item))
        return items if len(items) == len(node.value) else None

    def tags(self, node: Node, what: str) -> tuple[str, ...] | None:
        items = self.text_list(node, what)
        if items is None:
            return None
        ok = True
        for tag, item in items:
            if not _TAG_TEXT.match(tag):
                self.report(item, f"the tag '{tag}' contains a space (Anki tags cannot)")
                ok = False
        return tuple(tag for tag, _ in items) if ok else None

    def identifier(self, node: Node, what: str) -> str | None:
        value = self.text(node, what)
        if value is not None and not _ID.match(value):
            self.report(node, f"{what} '{value}' must be letters, digits, '.', '_', ':' or '-'"
                              " (no spaces, at most 100 characters)")
            return None
        return value

    def integer(self, node: Node, what: str) -> int | None:
        if self._tag_ok(node) and isinstance(node, ScalarNode) and node.tag == _TAG + "int":
            value = int(_CONSTRUCTOR.construct_yaml_int(node))
            if value >= 0:
                return value
            self.report(node, f"{what} cannot be negative")
            return None
        if node.tag in _ALLOWED_TAGS:
            self.report(node, f"{what} must be a whole number, not {_kind(node)}")
        return None

    def number(self, node: Node, what: str) -> float | None:
        if self._tag_ok(node) and isinstance(node, ScalarNode) and node.tag in (
            _TAG + "int", _TAG + "float"
        ):
            if node.tag == _TAG + "int":
                value = float(_CONSTRUCTOR.construct_yaml_int(node))
            else:
                value = float(_CONSTRUCTOR.construct_yaml_float(node))
            if math.isfinite(value):
                return value
        if node.tag in _ALLOWED_TAGS:
            self.report(node, f"{what} must be a number, not {_kind(node)}")
        return None

    def boolean(self, node: Node, what: str) -> bool | None:
        if self._tag_ok(node) and isinstance(node, ScalarNode) and node.tag == _TAG + "bool":
            return bool(_CONSTRUCTOR.construct_yaml_bool(node))
        if node.tag in _ALLOWED_TAGS:
            self.report(node, f"{what} must be true or false, not {_kind(node)}")
        return None

    # -- the set -----------------------------------------------------------

    def read_set(self, root: Node) -> QuestionSet | None:
        found = self.mapping(root, fields.SET_KEYS, "the question set")
        if found is None:
            return None
        for key in fields.SET_REQUIRED:
            if key not in found:
                self.missing(root, key, f"the question set needs '{key}'")
        values: dict[str, object] = {}
        broken = False

        def take(key: str, value: object) -> None:
            nonlocal broken
            if value is None:
                broken = True
            else:
                values[key] = value

        for key, (_, node) in found.items():
            if key == "id":
                take(key, self.identifier(node, "the set's id"))
            elif key in ("title", "description"):
                take(key, self.text(node, f"the set's {key}"))
            elif key == "language":
                language = self.text(node, "the set's language")
                if language is not None and not _LANGUAGE.match(language):
                    self.report(node, f"language '{language}' should be a code such as 'en'"
                                      " or 'en-GB'")
                    language = None
                take(key, language)
            elif key == "tags":
                take(key, self.tags(node, "the set's tags"))
            elif key == "source":
                take(key, self.set_source(node))
            elif key == "questions":
                take(key, self.questions(node))
        if broken or any(key not in found for key in fields.SET_REQUIRED):
            return None
        return QuestionSet(**values)  # type: ignore[arg-type]

    def set_source(self, node: Node) -> SetSource | None:
        found = self.mapping(node, fields.SET_SOURCE_KEYS, "the set's source")
        if found is None:
            return None
        values = {key: self.text(value, f"the source's {key}") for key, (_, value) in
                  found.items()}
        if any(value is None for value in values.values()):
            return None
        return SetSource(**values)  # type: ignore[arg-type]

    def questions(self, node: Node) -> tuple[AnyQuestion, ...] | None:
        if not self.expect(node, SequenceNode, "'questions'"):
            return None
        questions: list[AnyQuestion] = []
        first_use: dict[str, int] = {}
        broken = False
        for item in node.value:
            self.question_nodes.append(item)
            question, question_id, id_node = self.question(item)
            broken = broken or question is None
            if question_id is None:
                continue
            if question_id in first_use:
                first_line = first_use[question_id]
                if id_node is None:
                    self.report(item, f"this question repeats the one at line {first_line}"
                                      f" (same content, so the same id '{question_id}')")
                else:
                    self.report(id_node, f"duplicate id '{question_id}' (also used by the"
                                         f" question at line {first_line})")
                broken = True
                continue
            first_use[question_id] = item.start_mark.line + 1
            if question is not None:
                questions.append(question)
        return None if broken else tuple(questions)

    # -- one question ------------------------------------------------------

    def question(self, node: Node) -> tuple[AnyQuestion | None, str | None, Node | None]:
        """Return a question (None if it has problems), its id if known, and its id node.

        The id node is None when the id is computed from the content.
        """
        failed: tuple[None, None, None] = (None, None, None)
        if not self.expect(node, MappingNode, "each question"):
            return failed
        keys = {key.value for key, _ in node.value if isinstance(key, ScalarNode)}
        if "type" in keys:
            type_node = next(value for key, value in node.value if key.value == "type")
            kind = self.text(type_node, "the question's type")
            if kind is None:
                return failed
            if kind not in ("cloze", "mcq"):
                self.report(type_node, f"type must be 'cloze' or 'mcq', not '{kind}'"
                                       f"{_suggest(kind, ('cloze', 'mcq'))}")
                return failed
            short = False
        elif "cloze" in keys:
            kind, short = "cloze", True
        elif "q" in keys:
            kind, short = "mcq", True
        else:
            self.report(node, "a question needs 'type: cloze' or 'type: mcq', or a short form:"
                              " 'cloze: ...' or 'q: ..., a: ...'")
            return failed
        if kind == "cloze":
            allowed = fields.SHORT_CLOZE_KEYS if short else fields.CLOZE_KEYS
        else:
            allowed = fields.SHORT_MCQ_KEYS if short else fields.MCQ_KEYS
        where = "a short-form question" if short else f"a {kind} question"
        found = self.mapping(node, allowed, where, fields.OTHER_FORM)
        if found is None:
            return failed
        id_node = found["id"][1] if "id" in found else None
        question_id = (
            self.identifier(id_node, "the question's id") if id_node is not None else None
        )
        common = self.common(found)
        if kind == "cloze":
            content = self.cloze_text(node, found, short)
        else:
            content = self.mcq_content(node, found, short, common)
        if common is None or content is None or (id_node is not None and question_id is None):
            return None, question_id, id_node
        if question_id is None and kind == "cloze":
            question_id = question_id_for("cloze", content["text"])
        elif question_id is None:
            question_id = question_id_for("mcq", content["question"], content["answer"])
        if kind == "cloze":
            return Cloze(id=question_id, **content, **common), question_id, id_node
        source = common.get("source")
        if "explanation" not in common and isinstance(source, SourceRef):
            # A multiple-choice question is explained by its source sentence unless it says
            # otherwise (see writer.explanation_to_write).
            common["explanation"] = source.sentence.strip()
        return self.multiple_choice(question_id, content, common), question_id, id_node

    def common(self, found: _Fields) -> dict[str, object] | None:
        values: dict[str, object] = {}
        broken = False
        readers = {
            "explanation": lambda n: self.text(n, "the explanation"),
            "tags": lambda n: self.tags(n, "the question's tags"),
            "reviewed": lambda n: self.boolean(n, "'reviewed'"),
            "source": self.source_ref,
            "generated": self.generated,
        }
        for key, read in readers.items():
            if key in found:
                value = read(found[key][1])
                if value is None:
                    broken = True
                else:
                    values[key] = value
        return None if broken else values

    def cloze_text(self, node: Node, found: _Fields, short: bool) -> dict[str, str] | None:
        key = "cloze" if short else "text"
        if key not in found:
            self.missing(node, key, f"a cloze question needs '{key}'")
            return None
        text_node = found[key][1]
        raw = self.text(text_node, "the cloze text")
        if raw is None:
            return None
        text = cloze.expand_short_form(raw) if short else raw
        problems = cloze.syntax_problems(text)
        for offset, message in problems:
            if short:
                offset = _offset_in_short_form(raw, text, offset)
            elif "unclosed" in message and text != cloze.expand_short_form(text):
                message += " (write {{c1::answer}}, or use the short form 'cloze:'"
                message += " where {{answer}} is numbered for you)"
            self.report(text_node, message, offset)
        return None if problems else {"text": text}

    def mcq_content(self, node: Node, found: _Fields, short: bool,
                    common: dict[str, object] | None) -> dict[str, object] | None:
        stem_key, answer_key = ("q", "a") if short else ("question", "answer")
        stem = answer = None
        broken = False
        for key in (stem_key, answer_key):
            if key not in found:
                self.missing(node, key, f"a multiple-choice question needs '{key}'")
                broken = True
        if stem_key in found:
            stem = self.text(found[stem_key][1], "the question")
        if answer_key in found:
            answer = self.text(found[answer_key][1], "the answer")
        wrong_key = "wrong" if short else "distractors"
        choices = distractors = None
        if "choices" in found:
            choices = self.text_list(found["choices"][1], "the choices")
            broken = broken or choices is None
        if wrong_key in found:
            distractors = self.distractors(found[wrong_key][1], short)
            broken = broken or distractors is None
        if "choices" not in found and wrong_key not in found:
            self.report(node, f"a multiple-choice question needs '{wrong_key}' or 'choices'")
            return None
        if short and "choices" in found and "wrong" in found:
            self.report(found["wrong"][0], "give either 'wrong' or 'choices', not both")
            return None
        if answer is None:
            return None
        # Every fault of the options is reported, each once, before giving up on the question.
        wrong, options_ok = self.wrong_options(
            answer, found[answer_key][1], choices, distractors, found
        )
        broken = broken or not options_ok
        if stem is not None:
            tags = (common or {}).get("tags", ())
            self.options_read.append(OptionsRead(
                stem, answer, tuple(wrong), tags, "generated" in found  # type: ignore[arg-type]
            ))
        if broken or stem is None:
            return None
        return {
            "question": stem, "answer": answer,
            "choices": tuple(text for text, _ in choices) if choices is not None else None,
            "distractors": tuple(d for d, _ in distractors) if distractors is not None else None,
        }

    def wrong_options(
        self, answer: str, answer_node: Node, choices: list[tuple[str, Node]] | None,
        distractors: list[tuple[Distractor, Node]] | None, found: _Fields,
    ) -> tuple[list[tuple[str, Node]], bool]:
        """Report every fault of a question's options.

        Return its wrong options that have none (so none already reported), and
        whether the options are free of faults.
        """
        ok = True
        clean: list[tuple[str, Node]] = []
        answer_key = _OptionKey(answer)
        if choices is not None:
            distinct = self.distinct(choices, "choice")
            ok = len(distinct) == len(choices)
            texts = [text for text, _ in choices]
            if answer not in texts:
                close = [text for text in texts if normalize(text) == normalize(answer)]
                advice = f"; did you mean '{close[0]}'?" if close else ""
                self.report(answer_node, f"the answer '{answer}' is not among the choices"
                                         f"{advice}")
                ok = False
            elif len(texts) < 2:
                self.report(found["choices"][1], "a multiple-choice question needs at least"
                                                 " two choices")
                ok = False
            # A choice that repeats the answer was reported as a repeat just above.
            clean = [(text, item) for text, item in distinct
                     if not answer_key.same(_OptionKey(text))]
        if distractors is not None:
            wrong_key = "wrong" if "wrong" in found else "distractors"
            options = []
            for distractor, item in distractors:
                if answer_key.same(_OptionKey(distractor.text)):
                    said = "" if distractor.text == answer else f" '{answer}'"
                    self.report(item, f"the wrong choice '{distractor.text}' is the answer{said}")
                    ok = False
                else:
                    options.append((distractor.text, item))
            if not distractors:
                self.report(found[wrong_key][1], "a multiple-choice question needs at least"
                                                 " one wrong choice")
                ok = False
            if choices is None:
                clean = self.distinct(options, "wrong choice")
                ok = ok and len(clean) == len(options)
            elif sorted(text for text, _ in options) != sorted(
                text for text, _ in choices if text != answer
            ):
                self.report(found[wrong_key][1], "the distractors must be exactly the choices"
                                                 " other than the answer")
                ok = False
            else:
                # The same options: judged where the distractors say how each was made.
                unreported = {text for text, _ in clean}
                clean = []
                for text, item in options:
                    if text in unreported:
                        clean.append((text, item))
                        unreported.discard(text)
        return clean, ok

    def distinct(self, options: list[tuple[str, Node]], what: str) -> list[tuple[str, Node]]:
        """Report each option that repeats an earlier one; return the others."""
        kept: list[tuple[str, Node, _OptionKey]] = []
        for text, item in options:
            key = _OptionKey(text)
            first = next((seen for seen, _, seen_key in kept if key.same(seen_key)), None)
            if first is None:
                kept.append((text, item, key))
            else:
                self.report(item, f"the {what} '{text}' repeats '{first}'")
        return [(text, item) for text, item, _ in kept]

    def distractors(self, node: Node, short: bool) -> list[tuple[Distractor, Node]] | None:
        what = "'wrong'" if short else "the distractors"
        if not self.expect(node, SequenceNode, what):
            return None
        found: list[tuple[Distractor, Node]] = []
        for item in node.value:
            if isinstance(item, MappingNode) and not short:
                entry = self.mapping(item, fields.DISTRACTOR_KEYS, "a distractor")
                if entry is None:
                    continue
                if "text" not in entry:
                    self.report(item, "a distractor needs 'text'")
                    continue
                text = self.text(entry["text"][1], "the distractor's text")
                method = (self.text(entry["method"][1], "the distractor's method")
                          if "method" in entry else "manual")
                if text is not None and method is not None:
                    # Reported at its text: that is what a problem with the option is about.
                    found.append((Distractor(text=text, method=method), entry["text"][1]))
            else:
                text = self.text(item, f"an item of {what}")
                if text is not None:
                    found.append((Distractor(text=text), item))
        return found if len(found) == len(node.value) else None

    def multiple_choice(self, question_id: str, content: dict[str, object],
                        common: dict[str, object]) -> MultipleChoice:
        answer = str(content["answer"])
        choices = content["choices"]
        distractors = content["distractors"]
        if distractors is None:
            assert isinstance(choices, tuple)
            distractors = tuple(Distractor(text=text) for text in choices if text != answer)
        if choices is None:
            assert isinstance(distractors, tuple)
            wrong = [d.text for d in distractors]
            wrong.insert(answer_position(question_id, len(wrong) + 1), answer)
            choices = tuple(wrong)
        return MultipleChoice(id=question_id, question=str(content["question"]), answer=answer,
                              choices=choices, distractors=distractors,  # type: ignore[arg-type]
                              **common)  # type: ignore[arg-type]

    def source_ref(self, node: Node) -> SourceRef | None:
        found = self.mapping(node, fields.SOURCE_REF_KEYS, "the question's source")
        if found is None:
            return None
        if "sentence" not in found:
            self.missing(node, "sentence", "the question's source needs 'sentence'")
            return None
        sentence = self.text(found["sentence"][1], "the source sentence")
        start = self.integer(found["start"][1], "'start'") if "start" in found else None
        end = self.integer(found["end"][1], "'end'") if "end" in found else None
        if sentence is None or ("start" in found and start is None) or (
            "end" in found and end is None
        ):
            return None
        if start is not None and end is not None and end < start:
            self.report(found["end"][1], f"'end' ({end}) comes before 'start' ({start})")
            return None
        return SourceRef(sentence=sentence, start=start, end=end)

    def generated(self, node: Node) -> Generated | None:
        found = self.mapping(node, fields.GENERATED_KEYS, "'generated'")
        if found is None:
            return None
        missing = [key for key in ("method", "version", "score") if key not in found]
        for key in missing:
            self.missing(node, key, f"'generated' needs '{key}'")
        values: dict[str, object] = {}
        for key, (_, value) in found.items():
            if key == "score":
                values[key] = self.number(value, "the score")
            elif key == "reasons":
                items = self.text_list(value, "the reasons")
                values[key] = None if items is None else tuple(text for text, _ in items)
            else:
                values[key] = self.text(value, f"the {key}")
        if missing or any(value is None for value in values.values()):
            return None
        return Generated(**values)  # type: ignore[arg-type]


def _offset_in_short_form(raw: str, expanded: str, offset: int) -> int:
    """Map an offset in the numbered text back to the text as written.

    Numbering inserts `cN::` after `{{` and never adds or removes braces, so the
    k-th `{{` or `}}` of one text is the k-th of the other.
    """
    marks = [m.start() for m in re.finditer(r"\{\{|\}\}", expanded)]
    if offset not in marks:
        return 0 if offset == 0 else offset
    index = marks.index(offset)
    raw_marks = [m.start() for m in re.finditer(r"\{\{|\}\}", raw)]
    return raw_marks[index] if index < len(raw_marks) else 0
