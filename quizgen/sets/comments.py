"""Keep a file's comments when it is rewritten: find each comment's place, then put it back there.

A comment belongs to the key or question that follows it (a comment at the
end of a line belongs to that line's key). In the rewritten file it goes on
its own line just before that key or question; if that one is gone, before the
next one that is still there. Comments are never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizgen.model import QuestionSet
from quizgen.sets import fields
from quizgen.sets.reader import ParsedSet
from quizgen.sets.writer import SCHEMA_COMMENT_PREFIX
from quizgen.sets.yaml_tree import MappingNode, Node, ScalarNode, children

# A place in a set: ("head",), ("set", key), ("question", id, key or ""), or ("end",).
Slot = tuple[str, ...]
HEAD: Slot = ("head",)
END: Slot = ("end",)
_BLOCK_HEADER = re.compile(r"[|>][0-9+-]*")
# After a key whose value starts on the next line, its colon comes first: "questions:  # x".
_TRAILING = re.compile(r":?\s+(#.*)$")


@dataclass
class Comments:
    """The comments of one file, each tied to an anchor, and the file's schema line if any."""

    anchors: list[Slot] = field(default_factory=list)
    # (index into anchors, or -1 for the head and len(anchors) for the end; comment text)
    placed: list[tuple[int, str]] = field(default_factory=list)
    schema_line: str = ""

    def __bool__(self) -> bool:
        return any(text for _, text in self.placed)


def _anchors(root: Node, question_set: QuestionSet, question_nodes: list[Node],
             canonical: bool) -> list[tuple[int, int, Slot]]:
    """Return (0-based line, column, slot) for each top-level key, question and question key."""
    found: list[tuple[int, int, Slot]] = []
    if not isinstance(root, MappingNode):
        return found
    ids = {id(node): question.id for node, question in zip(question_nodes,
                                                            question_set.questions, strict=False)}
    for key, value in root.value:
        found.append((key.start_mark.line, key.start_mark.column, ("set", str(key.value))))
        if key.value != "questions":
            continue
        for item in getattr(value, "value", []):
            question_id = ids.get(id(item))
            if question_id is None or not isinstance(item, MappingNode):
                continue
            # The item's own anchor sorts before its first key on the same line.
            found.append((item.start_mark.line, -1, ("question", question_id, "")))
            for item_key, _ in item.value:
                name = str(item_key.value)
                if not canonical:
                    name = fields.SHORT_TO_CANONICAL.get(name, name)
                found.append((item_key.start_mark.line, item_key.start_mark.column,
                              ("question", question_id, name)))
    return sorted(found)


def _code_end_columns(root: Node, lines: list[str]) -> tuple[dict[int, int], set[int]]:
    """Return, per line, the column where YAML content ends, and the lines inside block texts."""
    ends: dict[int, int] = {}
    inside: set[int] = set()
    stack = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        stack.extend(children(node))
        start, end = node.start_mark, node.end_mark
        if isinstance(node, ScalarNode) and node.style in ("|", ">"):
            header = _BLOCK_HEADER.match(lines[start.line], start.column)
            header_end = header.end() if header else start.column + 1
            ends[start.line] = max(ends.get(start.line, 0), header_end)
            inside.update(range(start.line + 1, end.line if end.column == 0 else end.line + 1))
            continue
        if isinstance(node, ScalarNode) or getattr(node, "flow_style", False):
            ends[end.line] = max(ends.get(end.line, 0), end.column)
            inside.update(range(start.line + 1, end.line))
    return ends, inside


def collect(parsed: ParsedSet) -> Comments:
    """Return the comments of a parsed, valid file with the place each belongs to."""
    comments = Comments()
    if parsed.root is None or parsed.question_set is None:
        return comments
    lines = parsed.text.splitlines()
    canonical_anchors = _anchors(parsed.root, parsed.question_set, parsed.question_nodes, False)
    comments.anchors = [slot for _, _, slot in canonical_anchors]
    anchor_lines = [line for line, _, _ in canonical_anchors]
    ends, inside = _code_end_columns(parsed.root, lines)
    for number, line in enumerate(lines):
        if number in inside:
            continue
        stripped = line.strip()
        if stripped.startswith("#"):
            if stripped.startswith(SCHEMA_COMMENT_PREFIX) and not comments.schema_line:
                # The editor's schema line goes back on top, wherever it was.
                comments.schema_line = stripped
                continue
            # A comment line belongs to the first anchor below it.
            index = next((i for i, at in enumerate(anchor_lines) if at > number),
                         len(anchor_lines))
            if index == 0:
                index = -1
            if number > 0 and not lines[number - 1].strip():
                # Keep the blank line that sets a comment block apart; it reads as a section.
                comments.placed.append((index, ""))
            comments.placed.append((index, stripped))
        elif number in ends:
            trailing = _TRAILING.match(line, ends[number])
            if trailing:
                # An end-of-line comment belongs to the innermost anchor on or above its line.
                index = max((i for i, at in enumerate(anchor_lines) if at <= number), default=-1)
                comments.placed.append((index, trailing.group(1)))
    return comments


def render(text: str, question_set: QuestionSet, comments: Comments) -> str:
    """Return canonical `text` (from dump_set) with `comments` put back before their anchors."""
    from quizgen.sets.reader import parse_text

    if comments.schema_line:
        first, _, rest = text.partition("\n")
        if first.startswith(SCHEMA_COMMENT_PREFIX):
            text = f"{comments.schema_line}\n{rest}"
    if not comments:
        return text
    parsed = parse_text(text, "<rewritten>")
    assert parsed.root is not None, parsed.problems
    where: dict[Slot, tuple[int, int]] = {}
    for line, column, slot in _anchors(parsed.root, question_set, parsed.question_nodes, True):
        if slot[0] == "question" and not slot[2]:
            # Before `- id: ...`: indent to the dash, two columns left of the first key.
            column = max(0, parsed.question_nodes[0].start_mark.column - 2)
        where.setdefault(slot, (line, column))
    lines = text.splitlines()
    before: dict[int, list[str]] = {}
    tail: list[str] = []
    head_line = 1 if lines and lines[0].startswith("#") else 0
    for index, comment in comments.placed:
        if index < 0:
            before.setdefault(head_line, []).append(comment)
            continue
        target = next((where[slot] for slot in comments.anchors[index:] if slot in where), None)
        if target is None:
            tail.append(comment)
        else:
            line, column = target
            before.setdefault(line, []).append(" " * column + comment if comment else "")
    output: list[str] = []
    for number, line in enumerate(lines):
        output.extend(before.get(number, ()))
        output.append(line)
    output.extend(tail)
    return "\n".join(output) + "\n"
