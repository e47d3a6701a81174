"""Reading articles: files, stdin, encodings, HTML, and the lines that are not prose."""

from quizgen.article.article import Article, article_from_text

__all__ = ["Article", "article_from_text"]
