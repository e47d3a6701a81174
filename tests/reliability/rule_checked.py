"""Generate through the Python API and check every question against the generator's own rules."""

from __future__ import annotations

from quizgen.article import Article, article_from_text
from quizgen.generate import generate_set
from quizgen.generate.rules import rule_violations
from quizgen.model import QuestionSet
from quizgen.nlp.pipeline import analyse


def generate_checked(text_or_article: str | Article) -> tuple[QuestionSet, dict[str, list[str]]]:
    """Return the set generated from an article and, by question id, the rules each one breaks."""
    article = (article_from_text(text_or_article) if isinstance(text_or_article, str)
               else text_or_article)
    document = analyse(article)
    question_set = generate_set(article, document=document)
    broken = {}
    for question in question_set.questions:
        problems = rule_violations(question, document)
        if problems:
            broken[question.id] = problems
    return question_set, broken
