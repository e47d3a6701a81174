"""Replacement templates for `Pattern.sub`, prepared once instead of on every call.

Python 3.11 hands a template with a group reference (r" \\1 ", r"{\\g<chunk>}") to
`re._subx` on every `sub` call, which looks the parsed template up and builds a
function to expand it, whether or not the pattern matches: for the Treebank
tokenizer's 28 substitutions a sentence, that is a third of its time. The
function made here expands the same template the same way, and is made once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Replacement = str | Callable[[re.Match[str]], str]

# A template's group references: \1 to \9 (not followed by another digit), \g<1>, \g<name>.
_REFERENCE = re.compile(r"\\(?:g<(\w+)>|([1-9])(?!\d))")


def prepared(pattern: re.Pattern[str], template: str) -> Replacement:
    """Return what `pattern.sub(template, text)` inserts for each match, as `sub` accepts it.

    A template with no backslash is returned as it is (`sub` copies it). One with
    only references to groups of `pattern` becomes a function of the match; any
    other escape ("\\n", "\\\\") or reference is left to `re`, with its errors.
    """
    if "\\" not in template:
        return template
    literals = _REFERENCE.split(template)[:: _REFERENCE.groups + 1]
    if any("\\" in literal for literal in literals):
        return template
    groups: list[int | str] = []
    for name, digit in _REFERENCE.findall(template):
        reference = name or digit
        groups.append(int(reference) if reference.isdigit() else reference)
    if not all(g in pattern.groupindex or g in range(pattern.groups + 1) for g in groups):
        return template
    head, tails = literals[0], list(zip(groups, literals[1:], strict=True))

    def expand(match: re.Match[str]) -> str:
        # As re's own expansion: a group that took no part in the match inserts "".
        parts = [head]
        for group, literal in tails:
            parts += (match.group(group) or "", literal)
        return "".join(parts)

    return expand
