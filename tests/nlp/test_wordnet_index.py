"""The lazily indexed WordNet reader answers as NLTK's eager one for nouns, verbs and adverbs."""

from __future__ import annotations

import warnings

from nltk.corpus.reader.wordnet import WordNetCorpusReader
from nltk.data import find

from quizgen.nlp import lexicon

from .nltk_reference import news_paragraphs


def test_nouns_verbs_and_adverbs_have_nltks_senses_and_base_forms() -> None:
    lazy = lexicon.lazy_wordnet()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        eager = WordNetCorpusReader(find("corpora/wordnet"), None)
    words = {w.strip(".,;:'\"()").lower() for p in news_paragraphs()[:25] for w in p.split()}
    words |= {"geese", "children", "began", "new_york", "quickly", "ran", "zzzz", ""}
    for word in sorted(words):
        for pos in ("n", "v", "r"):
            expected = [(s.name(), s.lexname()) for s in eager.synsets(word, pos=pos)]
            assert [(s.name(), s.lexname()) for s in lazy.synsets(word, pos=pos)] == expected
            assert lazy.morphy(word, pos) == eager.morphy(word, pos), (word, pos)


def test_adjective_lexnames_come_from_nltks_full_reader() -> None:
    # The lazy reader does not tell adjective satellites apart, so lexname() uses NLTK's.
    assert lexicon.lexname("red", pos="s") == "adj.all"
    assert lexicon.lexname("economic", pos="a") == "adj.pert"
