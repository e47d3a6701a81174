"""article_from_text: the Python API reads strings in each format like files."""

from __future__ import annotations

import pytest

from quizgen.article import article_from_text
from quizgen.errors import InputError


def test_plain_string_loses_its_non_prose_lines(news_text: str) -> None:
    article = article_from_text(news_text, path="bridge.txt")
    assert article.path == "bridge.txt"
    assert "Photo:" not in article.prose_text()
    assert "Source:" not in article.prose_text()
    assert "By Martina" not in article.prose_text()
    assert article.prose_text().startswith("The Harbour Bridge in Tromso")


def test_html_string_is_read_as_html() -> None:
    article = article_from_text("<p>One.</p><script>x()</script><p>Two.</p>", fmt="html")
    assert article.text == "One.\n\nTwo."
    assert article.prose_text() == "One.\n\nTwo."


def test_markdown_string_is_read_as_markdown() -> None:
    article = article_from_text("# Title\n\nA *short* text.", fmt="md")
    assert article.title == "Title"
    assert article.prose_text() == "A short text."


def test_empty_string_gives_an_article_without_prose() -> None:
    assert article_from_text("").prose == ()


def test_unknown_format_is_refused() -> None:
    with pytest.raises(InputError, match="unknown article format 'pdf'"):
        article_from_text("x", fmt="pdf")  # type: ignore[arg-type]


def test_an_apostrophe_typed_as_a_modifier_letter_is_read_as_an_apostrophe() -> None:
    article = article_from_text("Norway\u02c8s fjords drew record crowds of visitors this year.")
    assert "Norway\u2019s fjords" in article.text
