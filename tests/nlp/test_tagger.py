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


def _toy_tagger(weights: dict[str, dict[str, float]]) -> PerceptronTagger:
    tagger = PerceptronTagger(load=False)
    tagger.model.weights = weights
    tagger.tagdict = {}
    tagger.classes = {"DT", "NN", "VB", "JJ"}
    tagger.model.classes = tagger.classes
    return tagger


def test_tied_scores_are_broken_as_nltk_breaks_them() -> None:
    # "bias" ties NN and VB; "i word dog" moves NN ahead only for "dog"; an unknown word
    # leaves the tie, which NLTK breaks by the alphabetically last tag.
    tagger = _toy_tagger({"bias": {"NN": 1.5, "VB": 1.5, "DT": -2.0}, "i word dog": {"NN": 0.25}})
    forms = ["the", "dog", "barks"]
    assert FastTagger(tagger).tag(forms) == [tag for _, tag in tagger.tag(forms)]
    assert FastTagger(tagger).tag(forms) == ["VB", "NN", "VB"]


def test_all_negative_scores_pick_an_unscored_tag_like_nltk() -> None:
    tagger = _toy_tagger({"bias": {"NN": -1.0, "VB": -0.5}})
    assert FastTagger(tagger).tag(["x"]) == [tag for _, tag in tagger.tag(["x"])] == ["JJ"]


def test_weights_finer_than_thousandths_are_scored_like_nltk() -> None:
    # Such a model cannot be summed exactly in packed integers: it falls back to floats.
    tagger = _toy_tagger({"bias": {"NN": 0.1, "VB": 0.2}, "i word dog": {"NN": 0.1000001}})
    forms = ["the", "dog"]
    assert FastTagger(tagger).tag(forms) == [tag for _, tag in tagger.tag(forms)] == ["VB", "NN"]
