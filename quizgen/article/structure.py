"""From decoded text to an Article: format conversion, normalisation, and the prose ranges."""

from __future__ import annotations

from quizgen.article.article import FORMATS, Article, ArticleFormat
from quizgen.article.editor_marks import drop_editor_marks
from quizgen.article.html_body import html_body
from quizgen.article.markdown import markdown_text
from quizgen.article.normalise import normalise_text, strip_terminal_controls
from quizgen.article.prose import find_prose
from quizgen.article.repairs import repair_typing
from quizgen.errors import InputError


def build_article(
    text: str,
    *,
    fmt: ArticleFormat = "txt",
    title: str = "",
    path: str = "",
    encoding: str = "utf-8",
    warnings: tuple[str, ...] = (),
) -> Article:
    """Return the Article for decoded `text` in format `fmt` ("txt", "md" or "html").

    Raises InputError for an unknown format.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown article format {fmt!r}: use one of {', '.join(FORMATS)}")
    text = normalise_text(text)
    found_title = ""
    skipped: dict[int, str] = {}
    if fmt == "html":
        body = html_body(text)
        text, found_title = normalise_text(body.text), body.title
    elif fmt == "md":
        markdown = markdown_text(text)
        text, found_title, skipped = markdown.text, markdown.title, markdown.skipped
    text = repair_typing(drop_editor_marks(text, skip_lines=skipped), skip_lines=skipped)
    prose = find_prose(
        text, title=strip_terminal_controls(title or found_title).strip(), skipped=skipped
    )
    return Article(
        text=text,
        prose=prose.ranges,
        title=prose.title,
        path=path,
        encoding=encoding,
        fmt=fmt,
        excluded=prose.excluded,
        warnings=warnings,
    )
