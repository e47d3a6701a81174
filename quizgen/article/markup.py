"""HTML comments, which both the HTML and the Markdown readers take out of a text."""

from __future__ import annotations


def without_comments(text: str) -> str:
    """Return `text` without HTML comments; an unclosed one runs to the end, as in browsers."""
    # A find() loop, not a regex, so thousands of unclosed "<!--" take linear time.
    parts: list[str] = []
    position = 0
    while (start := text.find("<!--", position)) != -1:
        parts.append(text[position:start])
        end = text.find("-->", start + 4)
        if end == -1:
            return "".join(parts)
        position = end + 3
    parts.append(text[position:])
    return "".join(parts)
