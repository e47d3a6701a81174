"""An article as read from a file: its text, title, and which parts of it are prose."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ArticleFormat = Literal["txt", "md", "html"]
FORMATS: tuple[ArticleFormat, ...] = ("txt", "md", "html")


@dataclass(frozen=True)
class Excluded:
    """A line of the article that is not prose, and why: "title", "caption", "byline"…"""

    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Article:
    """A decoded article.

    `text` is the article's whole text after decoding (newlines normalised to
    "\\n", Unicode NFC, terminal escapes and control characters removed, and
    missing spaces put back: "parasites.The" becomes "parasites. The", see
    `quizgen.article.repairs`); for HTML it is the extracted body, for Markdown
    the text with the markup taken out (one line of text for each line of the
    file). Every offset in the project refers to `text`.

    `prose` lists the character ranges `[start, end)` of article prose, in
    order: one for each paragraph, cut where a line that is not prose, a
    citation marker ("[1]" after a sentence), a heading, byline, credit or
    footer glued onto the text, or a sentence that lost its full stop stands,
    so a sentence never crosses two ranges. The title, captions, photo
    credits, "Source:" lines, bylines, bare URLs, datelines, pull quotes, page
    footers and the like are outside them; `excluded` says what was left out
    and why, in text order.
    """

    text: str
    prose: tuple[tuple[int, int], ...]
    title: str = ""
    path: str = ""
    encoding: str = "utf-8"
    fmt: ArticleFormat = "txt"
    excluded: tuple[Excluded, ...] = ()
    warnings: tuple[str, ...] = ()

    def prose_text(self) -> str:
        """Return the prose paragraphs joined by blank lines (for display, not for offsets)."""
        return "\n\n".join(self.text[start:end] for start, end in self.prose)


def article_from_text(
    text: str, *, title: str = "", path: str = "", fmt: ArticleFormat = "txt"
) -> Article:
    """Return the Article for `text` given as a string (the Python API's way in).

    `fmt` says how to read it: "txt", "md" or "html". The text is normalised
    and its non-prose lines are found exactly as for a file; a `title` given
    here wins over one found in the text. Raises InputError for an unknown
    format (an empty text gives an Article with no prose).
    """
    from quizgen.article.structure import build_article

    return build_article(text, fmt=fmt, title=title, path=path)
