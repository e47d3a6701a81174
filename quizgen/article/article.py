"""An article as read from a file: its text, title, and which parts of it are prose."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    """A decoded article.

    `text` is the article's text (for HTML, the extracted body); every offset in
    the project refers to it. `prose` lists the character ranges `[start, end)`
    that are article prose: captions, photo credits, "Source:" lines, bylines,
    bare URLs and the title are outside them.
    """

    text: str
    prose: tuple[tuple[int, int], ...]
    title: str = ""
    path: str = ""
    encoding: str = "utf-8"


def article_from_text(text: str, *, title: str = "", path: str = "") -> Article:
    """Return an Article whose whole text is prose (a placeholder until cleaning lands)."""
    return Article(text=text, prose=((0, len(text)),) if text else (), title=title, path=path)
