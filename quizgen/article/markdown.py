"""Markdown taken out of an article, line by line, so line N of the text is line N of the file."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from quizgen.article.markup import without_comments
from quizgen.article.normalise import strip_terminal_controls

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S")
_TABLE = re.compile(r"^\s*\|")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_LIST = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])\s+")

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_REFERENCE_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
# Inline patterns use negated classes ([^*]+, not .+?) so that a line with
# thousands of unmatched markers is read in linear time, not quadratic.
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_CODE = re.compile(r"(`+)([^`]+)\1")
_STRONG = re.compile(r"\*\*(?=\S)([^*]+)(?<=\S)\*\*|__(?=\S)([^_]+)(?<=\S)__")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=\S)([^*]+)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_]+)(?<=\S)_(?![\w_])"
)
_STRIKE = re.compile(r"~~(?=\S)([^~]+)(?<=\S)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


@dataclass(frozen=True)
class MarkdownText:
    """Markdown with its markup taken out: one line of text per line of source.

    `skipped` maps line indexes that are not prose (headings, code, tables, link
    definitions, front matter, rules) to the reason; `title` is the first
    level-1 heading (or a front-matter `title:`), "" if none.
    """

    text: str
    title: str
    skipped: dict[int, str]


def markdown_text(source: str) -> MarkdownText:
    """Return `source` (Markdown) as plain text, with its non-prose lines and its title."""
    lines = source.split("\n")
    out: list[str] = []
    skipped: dict[int, str] = {}
    title = ""
    fence = ""
    front_matter_end = _front_matter_end(lines)
    for index, line in enumerate(lines):
        if index <= front_matter_end:
            out.append(line)
            skipped[index] = "front matter"
            if not title and line.lower().startswith("title:"):
                title = line.split(":", 1)[1].strip().strip("\"'")
            continue
        if fence:
            out.append(line)
            skipped[index] = "code"
            if line.strip().startswith(fence):
                fence = ""
            continue
        opening = _FENCE.match(line)
        if opening:
            fence = opening.group(1)
            out.append(line)
            skipped[index] = "code"
            continue
        heading = _ATX.match(line)
        previous_is_text = bool(out) and bool(out[-1].strip()) and index - 1 not in skipped
        if heading:
            text = clean_inline(heading.group(2) or "")
            out.append(text)
            if len(heading.group(1)) == 1 and not title:
                title = text
                skipped[index] = "title"
            else:
                skipped[index] = "heading"
        elif _SETEXT.match(line) and previous_is_text:
            # "Title\n=====": the line above is a heading; this one is markup.
            if line.strip().startswith("=") and not title:
                title = out[-1].strip()
                skipped[index - 1] = "title"
            else:
                skipped[index - 1] = "heading"
            out.append("")
            skipped[index] = "markup"
        elif _RULE.match(line):
            out.append("")
            skipped[index] = "markup"
        elif _LINK_DEFINITION.match(line):
            out.append(line)
            skipped[index] = "link definition"
        elif _TABLE.match(line):
            out.append(clean_inline(line))
            skipped[index] = "table"
        else:
            line = _QUOTE.sub("", line)
            line = _LIST.sub(r"\1", line)
            out.append(clean_inline(line))
    return MarkdownText("\n".join(out), title, skipped)


def clean_inline(text: str) -> str:
    """Return one line of Markdown without inline markup: links keep their text, images go."""
    # Escaped characters are protected first so "\*" never starts emphasis.
    escaped: list[str] = []

    def protect(match: re.Match[str]) -> str:
        escaped.append(match.group(1))
        return f"\x00{len(escaped) - 1}\x00"

    text = _ESCAPE.sub(protect, text)
    text = _CODE.sub(lambda match: match.group(2).strip(), text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = _FOOTNOTE.sub("", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = without_comments(text)
    text = _TAG.sub("", text)
    text = _STRONG.sub(lambda match: match.group(1) or match.group(2), text)
    text = _EMPHASIS.sub(lambda match: match.group(1) or match.group(2), text)
    text = _STRIKE.sub(r"\1", text)
    text = html.unescape(text)
    text = re.sub("\x00(\\d+)\x00", lambda match: escaped[int(match.group(1))], text)
    # Entities can spell control characters or line breaks; one line must stay one line.
    return strip_terminal_controls(text)


def _front_matter_end(lines: list[str]) -> int:
    # YAML front matter: "---" on the first line, closed by "---" or "..." soon after.
    if not lines or lines[0].strip() != "---":
        return -1
    for index in range(1, min(len(lines), 100)):
        if lines[index].strip() in ("---", "..."):
            return index
    return -1
