"""NLTK's Punkt sentence splitter and Treebank word tokenizer, with their patterns run by `re`.

NLTK 3.10 runs every pattern through `nltk.redos`: the third-party `regex`
engine under a wall-clock timeout, a guard against patterns a caller supplies.
These tokenizers use only NLTK's own fixed patterns, so the same pattern
strings are compiled with the standard library's `re`, which runs them two to
five times faster. Everything else (the Punkt parameters and decisions, the
order of the substitutions, the token alignment) is NLTK's own code; tests
check the output matches NLTK's.
"""

from __future__ import annotations

import re
from typing import Any

from nltk.tokenize.destructive import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer, PunktToken

_NON_PUNCT = re.compile(r"[^\W\d]")


def _plain(pattern: Any) -> re.Pattern[str]:
    """Return `pattern` (a TimedPattern or re.Pattern) compiled by `re`, with its re flags."""
    flags = getattr(pattern, "flags", 0) & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE)
    return re.compile(pattern.pattern, flags)


class _PlainLanguageVars(PunktLanguageVars):
    """English Punkt language variables whose patterns are compiled by `re`."""

    __slots__ = ()
    re_boundary_realignment = _plain(PunktLanguageVars.re_boundary_realignment)

    def __init__(self) -> None:
        # NLTK's methods compile each pattern on first call and keep it in these slots;
        # replaced here, they return the `re` version from then on.
        self._re_word_tokenizer = _plain(self._word_tokenizer_re())
        self._re_period_context = _plain(self.period_context_re())


class _PlainToken(PunktToken):
    """A Punkt token whose property patterns are compiled by `re`."""

    _RE_ELLIPSIS = _plain(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _plain(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _plain(PunktToken._RE_INITIAL)
    _RE_ALPHA = _plain(PunktToken._RE_ALPHA)

    @property
    def is_non_punct(self) -> Any:
        return _NON_PUNCT.search(self.type)


def sentence_tokenizer(params: Any) -> PunktSentenceTokenizer:
    """Return a Punkt sentence tokenizer with the trained `params` (from `load_punkt_params`)."""
    tokenizer = PunktSentenceTokenizer(lang_vars=_PlainLanguageVars(), token_cls=_PlainToken)
    tokenizer._params = params
    return tokenizer


def word_tokenizer() -> NLTKWordTokenizer:
    """Return NLTK's Treebank-style word tokenizer with its substitutions compiled by `re`."""
    tokenizer = NLTKWordTokenizer()
    for name in ("STARTING_QUOTES", "PUNCTUATION", "ENDING_QUOTES"):
        rules = getattr(NLTKWordTokenizer, name)
        setattr(tokenizer, name, [(_plain(pattern), sub) for pattern, sub in rules])
    for name in ("PARENS_BRACKETS", "DOUBLE_DASHES"):
        pattern, sub = getattr(NLTKWordTokenizer, name)
        setattr(tokenizer, name, (_plain(pattern), sub))
    for name in ("CONTRACTIONS2", "CONTRACTIONS3"):
        setattr(tokenizer, name, [_plain(p) for p in getattr(NLTKWordTokenizer, name)])
    return tokenizer
