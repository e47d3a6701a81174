"""Reading articles: files, stdin, encodings, HTML, and the lines that are not prose."""

from quizgen.article.article import FORMATS, Article, ArticleFormat, Excluded, article_from_text
from quizgen.article.reading import DEFAULT_MAX_BYTES, read_article, sniff_format
from quizgen.article.sizes import format_size, parse_size

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "Article",
    "ArticleFormat",
    "Excluded",
    "article_from_text",
    "format_size",
    "parse_size",
    "read_article",
    "sniff_format",
]
