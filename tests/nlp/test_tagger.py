"""The fast tagger gives the same tag as NLTK's PerceptronTagger for every token."""

from __future__ import annotations

from nltk.tag.perceptron import PerceptronTagger
from nltk.tokenize.destructive import NLTKWordTokenizer

from quizgen.nlp.pipeline import _load_tagger
from quizgen.nlp.resources import ensure
from quizgen.nlp.tagger import FastTagger

from .nltk_reference import news_paragraphs


def test_tags_agree_token_for_token_with_nltk() -> None:
    ensure("tagger")
    nltk_tagger = _load_tagger(PerceptronTagger)
    ours = FastTagger(nltk_tagger)
    words = NLTKWordTokenizer()
    tokens = 0
    for paragraph in news_paragraphs():
        forms = words.tokenize(paragraph)
        assert ours.tag(forms) == [tag for _, tag in nltk_tagger.tag(forms)], paragraph
        tokens += len(forms)
    assert tokens > 3000


def test_unusual_tokens_get_nltk_tags() -> None:
    ensure("tagger")
    nltk_tagger = _load_tagger(PerceptronTagger)
    ours = FastTagger(nltk_tagger)
    # Hyphens, years, digits, symbols, one-letter and unknown words: each normalises differently.
    forms = ["-", "well-known", "1999", "42", "3.5", "$", "x", "Zqxv", "", "--", "``", "''", "."]
    assert ours.tag(forms) == [tag for _, tag in nltk_tagger.tag(forms)]
    assert ours.tag([]) == []
