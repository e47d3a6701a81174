"""Our Punkt and Treebank tokenizers split text exactly as NLTK's own do."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.tokenize.destructive import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktSentenceTokenizer

from quizgen.nlp.tokenizers import _NEEDS, sentence_tokenizer, word_tokenizer

from .nltk_reference import news_paragraphs, nltk_punkt_params

# Abbreviations, initials, decimals, ellipses, quotes, brackets, contractions, dashes.
TRICKY = [
    'Dr. J. R. Smith arrived at 5 p.m. on Jan. 3. "We can\'t wait," he said... Then he left.',
    "The U.S. economy grew 2.5% (up from 1.9%) -- its best year. Wasn't it?",
    "It cost $4.5bn [about €4bn]; 'officials' didn't say. Mr. O'Neil's firm won't comment!",
    "Prices rose...and fell. See p. 42, vol. II. The end.",
]


def test_sentence_spans_match_nltk_punkt() -> None:
    params = nltk_punkt_params()
    nltk_splitter = PunktSentenceTokenizer(params)
    ours = sentence_tokenizer(params)
    for paragraph in [*TRICKY, *news_paragraphs()]:
        assert list(ours.span_tokenize(paragraph)) == list(nltk_splitter.span_tokenize(paragraph))


def test_word_spans_match_nltk_word_tokenizer() -> None:
    nltk_words = NLTKWordTokenizer()
    ours = word_tokenizer()
    compared = 0
    for text in [*TRICKY, *news_paragraphs()]:
        expected = list(nltk_words.span_tokenize(text))
        assert list(ours.span_tokenize(text)) == expected
        compared += len(expected)
    assert compared > 3000


def test_tokens_match_nltk_word_tokenizer_with_and_without_its_options() -> None:
    nltk_words = NLTKWordTokenizer()
    ours = word_tokenizer()
    for text in [*TRICKY, "He (the chair) said: 'no' -- twice."]:
        assert ours.tokenize(text) == nltk_words.tokenize(text)
        assert ours.tokenize(text, convert_parentheses=True) == nltk_words.tokenize(
            text, convert_parentheses=True
        )


# Every character the word tokenizer's patterns name, and plain letters, digits and spaces.
_PATTERN_ALPHABET = "aAnNsStTdDmMlLrRvVeE019 .,:;@#$%&?!*'\"`«»“”‘’„‒–—―-()[]{}<>\n"


_OURS = word_tokenizer()
_NLTKS = NLTKWordTokenizer()


@given(text=st.text(alphabet=_PATTERN_ALPHABET, max_size=40))
@settings(max_examples=400, deadline=None)
def test_word_tokens_match_nltk_on_texts_of_its_patterns_characters(text: str) -> None:
    # The tokenizer skips a pattern when the text holds none of the characters its
    # matches need: texts made of those characters, few or many, show no skip changes a token.
    assert _OURS.tokenize(text) == _NLTKS.tokenize(text)


def test_each_skippable_pattern_is_one_of_the_tokenizers() -> None:
    # A skip written for a pattern NLTK no longer has would silently never apply.
    patterns = {pattern.pattern for pattern, _, _ in [*_OURS._unpadded, *_OURS._padded]}
    assert set(_NEEDS) <= patterns
