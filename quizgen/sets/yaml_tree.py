"""Safe YAML parsing to a node tree with positions, within limits on size, nesting and aliases.

Nodes are composed, never constructed: no tag can turn into a Python object, and
the reader walks the nodes itself so every problem keeps its line and column.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from quizgen.sets.limits import Limits
from quizgen.sets.problems import Problem

try:  # libyaml's parser is several times faster; PyYAML falls back to pure Python without it.
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


_STR, _SEQ, _MAP = (f"tag:yaml.org,2002:{name}" for name in ("str", "seq", "map"))

# YAML 1.1's implicit types in PyYAML: a plain scalar starting with a sign, digit or dot may
# be a number or date (checked with PyYAML's own patterns); every other non-text type is one
# of a few fixed words. A dictionary lookup finds those as exactly as PyYAML's regexes do.
_NUMERIC_FIRST = frozenset("-+.0123456789")
_WORD_TAGS = {
    **dict.fromkeys(("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false",
                     "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"),
                    "tag:yaml.org,2002:bool"),
    **dict.fromkeys(("", "~", "null", "Null", "NULL"), "tag:yaml.org,2002:null"),
    "<<": "tag:yaml.org,2002:merge",
    "=": "tag:yaml.org,2002:value",
    **dict.fromkeys(("!", "&", "*"), "tag:yaml.org,2002:yaml"),
}


class SetLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader, used only to compose nodes (no constructors run)."""

    def resolve(self, kind: type, value: object, implicit: tuple[bool, bool]) -> str:
        # PyYAML tries its regexes on every plain scalar whose first character could start
        # a non-text value, and that was most of the time to load a set (text such as
        # "The ..." or keys such as `text:` start like `true`). Same tags, no regexes.
        if kind is ScalarNode:
            if implicit[0]:
                tag = _WORD_TAGS.get(value)  # type: ignore[call-overload]
                if tag is not None:
                    return tag
                if value[0] in _NUMERIC_FIRST:  # type: ignore[index]
                    return str(super().resolve(kind, value, implicit))
            return _STR
        return _SEQ if kind is SequenceNode else _MAP

    # PyYAML's path resolvers are unused here; skipping them saves two calls per node.
    def descend_resolver(self, current_node: object, current_index: object) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


@dataclass
class Tree:
    """The root node of a parsed document (None if it failed) and the problems found so far."""

    root: Node | None
    problems: list[Problem]


def decode(data: bytes, name: str) -> tuple[str | None, list[Problem]]:
    """Return the text of a file's bytes (UTF-8, or UTF-16 with a BOM), or a problem."""
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        return data.decode(encoding), []
    except UnicodeDecodeError as error:
        # The UTF-8 decoder counts from after its byte-order mark, the UTF-16 one from the start.
        start = error.start + (len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0)
        # Line and column in characters, as an editor counts them, not in bytes.
        before = data[:start].decode(encoding, "replace")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        label = "UTF-16" if encoding == "utf-16" else "UTF-8"
        return None, [Problem(name, line, column, f"the file is not valid {label}"
                                                  f" text (byte 0x{data[start]:02x})")]


def compose(text: str, name: str, limits: Limits) -> Tree:
    """Parse `text` to a node tree; syntax errors and limit breaches become problems."""
    loader = SetLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        return Tree(None, [_syntax_problem(error, name)])
    except yaml.reader.ReaderError as error:
        line, column = _line_column(text, error.position)
        character = error.character
        code = character if isinstance(character, int) else ord(str(character)[:1] or "\0")
        return Tree(None, [Problem(name, line, column,
                                   f"the file holds a character YAML does not allow"
                                   f" (U+{code:04X})")])
    except yaml.YAMLError as error:
        return Tree(None, [Problem(name, 1, 1, f"YAML error: {error}")])
    except RecursionError:
        # Only the pure-Python parser recurses; libyaml stops at 1000 levels itself.
        return Tree(None, [Problem(name, 1, 1, "the YAML is nested too deeply")])
    finally:
        loader.dispose()
    if root is None:
        return Tree(None, [Problem(name, 1, 1, "the file is empty: a question set needs"
                                               " 'id', 'title' and 'questions'")])
    # Aliases need an anchor (&) and a star; most files have neither, so skip the walk.
    if "&" in text and "*" in text:
        problem = _alias_problem(root, name, limits)
        if problem:
            return Tree(None, [problem])
    return Tree(root, [])


def _syntax_problem(error: yaml.MarkedYAMLError, name: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = error.problem or "invalid YAML"
    if "maximum nesting depth" in problem:
        return Problem(name, line, column, "the YAML is nested too deeply (over 1000 levels)")
    message = f"YAML syntax error: {problem}"
    context = error.context_mark
    if error.context and context and error.problem_mark and context.line != mark.line:
        # "found unexpected end of stream" lines below a quote left open: say where it opened.
        message += f" ({error.context} that starts at line {context.line + 1}, column" \
                   f" {context.column + 1})"
    elif error.context:
        message += f" ({error.context})"
    return Problem(name, line, column, message)


def _line_column(text: str, position: int) -> tuple[int, int]:
    before = text[:position]
    return before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1


def children(node: Node) -> list[Node]:
    """Return the direct child nodes of a node (keys and values for a mapping)."""
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _alias_problem(root: Node, name: str, limits: Limits) -> Problem | None:
    """Return a problem if aliases repeat too often, loop, or expand the document too far."""
    # Iterative post-order walk: each distinct node is visited once, and its expanded
    # size (counting every alias as a full copy) is the sum of its children's.
    sizes: dict[int, int] = {}
    seen: set[int] = set()
    aliases = 0
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            total = 1
            for child in children(node):
                size = sizes.get(id(child))
                if size is None:
                    mark = node.start_mark
                    return Problem(name, mark.line + 1, mark.column + 1,
                                   "a YAML alias refers to itself: recursive data is not allowed")
                total += size
            sizes[key] = total
            continue
        if key in seen:
            aliases += 1
            if aliases > limits.max_aliases:
                mark = node.start_mark
                return Problem(name, mark.line + 1, mark.column + 1,
                               f"more than {limits.max_aliases:,} YAML aliases (*name):"
                               " refusing the file")
            continue
        seen.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in children(node))
    if sizes[id(root)] > limits.max_expanded_nodes:
        return Problem(name, 1, 1,
                       f"YAML aliases expand this file to {sizes[id(root)]:,} values, over the"
                       f" limit of {limits.max_expanded_nodes:,} (a 'billion laughs' file?):"
                       " refusing it")
    return None


__all__ = ["MappingNode", "Node", "ScalarNode", "SequenceNode", "Tree", "children", "compose",
           "decode"]
