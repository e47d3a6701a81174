"""The lazily indexed WordNet reader gives the same answers as NLTK's eager one."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")


def test_lookups_match_nltks_own_reader() -> None:
    import warnings

    from nltk.corpus.reader.wordnet import WordNetCorpusReader
    from nltk.data import find

    from quizgen.generate.lexicon import wordnet

    lazy = wordnet()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        eager = WordNetCorpusReader(find("corpora/wordnet"), None)
    for word in ("dog", "vaccine", "belarus", "run", "geese", "new_york", "a", "zzzz"):
        assert lazy.synsets(word) == eager.synsets(word), word
    assert lazy.morphy("began", "v") == eager.morphy("began", "v") == "begin"
    assert lazy.morphy("children", "n") == "child"
