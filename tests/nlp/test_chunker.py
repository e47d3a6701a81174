"""The tag chunker finds the same noun phrases as nltk.RegexpParser with our grammar."""

from __future__ import annotations

import pytest
from nltk.chunk import RegexpParser
from nltk.tokenize.destructive import NLTKWordTokenizer
from nltk.tree import Tree

from quizgen.nlp.chunker import TagChunker
from quizgen.nlp.pipeline import NP_GRAMMAR, analyse_text

from .nltk_reference import news_paragraphs


def _regexp_parser_chunks(parser: RegexpParser, tags: list[str]) -> list[tuple[int, int]]:
    found = []
    for node in parser.parse([(str(i), tag) for i, tag in enumerate(tags)]):
        if isinstance(node, Tree):
            found.append((int(node[0][0]), int(node[-1][0]) + 1))
    return found


def test_chunks_equal_regexp_parser_on_tagged_news() -> None:
    from quizgen.nlp.pipeline import _models

    parser = RegexpParser(NP_GRAMMAR)
    ours = TagChunker(NP_GRAMMAR)
    words = NLTKWordTokenizer()
    chunks = 0
    for paragraph in news_paragraphs():
        tags = _models().tagger.tag(words.tokenize(paragraph))
        expected = _regexp_parser_chunks(parser, tags)
        assert ours.chunks(tags) == expected
        chunks += len(expected)
    assert chunks > 500


def test_possessive_and_money_phrases_are_single_chunks() -> None:
    sentence = analyse_text("Russia's largest partner paid $4 billion for the planned visit.")
    assert [chunk.text for chunk in sentence.sentences[0].chunks] == [
        "Russia's largest partner",
        "$4 billion",
        "the planned visit",
    ]


def test_a_grammar_with_other_rules_is_refused() -> None:
    with pytest.raises(ValueError, match="chunk rules"):
        TagChunker("NP: {<DT><NN.*>}\n    }<VB.*>{")
