"""NLTK's Punkt sentence splitter and Treebank word tokenizer, with their patterns run by `re`.

NLTK 3.10 runs every pattern through `nltk.redos`: the third-party `regex`
engine under a wall-clock timeout, a guard against patterns a caller supplies.
These tokenizers use only NLTK's own fixed patterns, so the same pattern
strings are compiled with the standard library's `re`, which runs them two to
five times faster, and the word tokenizer's replacement templates are prepared
once (`quizgen.nlp.replacements`). Everything else (the Punkt parameters and
decisions, the order of the substitutions, the token alignment) is NLTK's own
code; tests check the output matches NLTK's.
"""

from __future__ import annotations

import re
import string
from typing import Any

from nltk.tokenize.destructive import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer, PunktToken

from quizgen.nlp.replacements import Replacement, prepared

_NON_PUNCT = re.compile(r"[^\W\d]")
# NLTK's template for its contraction patterns, written in its `tokenize`.
_CONTRACTION = r" \1 \2 "
# For each of NLTK's word-tokenizer patterns, characters one of which every match holds: a
# text holding none is left as it is, so its substitution is skipped (most sentences have
# no quotation mark, bracket or contraction). A pattern not listed is always run.
_NEEDS = {
    "([«“‘„]|[`]+)": "«“‘„`",
    '^\\"': '"',
    "(``)": "`",
    "([ \\(\\[{<])(\\\"|\\'{2})": "\"'",
    "(?i)(?<!\\w)(\\')(?!(?:re|ve|ll|m|t|s|d|n)\\b)(?=\\w)": "'",
    "([^\\.])(\\.)([\\]\\)}>\"\\'»”’ ]*+)\\s*$": ".",
    "([:,])([^\\d])": ":,",
    "([:,])$": ":,",
    "\\.{2,}": ".",
    "[;@#$%&]": ";@#$%&",
    "[\\u2012-\\u2015]": "\u2012\u2013\u2014\u2015",
    "([^\\.])(\\.)([\\]\\)}>\"\\']*)\\s*$": ".",
    "[?!]": "?!",
    "([^'])' ": "'",
    "[*]": "*",
    "[\\]\\[\\(\\)\\{\\}\\<\\>]": "[](){}<>",
    "--": "-",
    "([»”’])": "»”’",
    "''": "'",
    '"': '"',
    "([^' ])('[sS]|'[mM]|'[dD]|') ": "'",
    "([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ": "'",
    "(?i)\\b(d)(?#X)('ye)\\b": "'",
    "(?i)\\b(more)(?#X)('n)\\b": "'",
    "(?i) ('t)(?#X)(is)\\b": "'",
    "(?i) ('t)(?#X)(was)\\b": "'",
}


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


# Titles before a name that Punkt's English model does not list as abbreviations: without
# them, "Minnesota Gov. Tim Pawlenty" is split after "Gov." into two sentences.
# And bills' numbers ("H.R. 1255"), a word's number ("sing. …; pl. …"), "circa" ("(ca. $35)")
# a rank or a number ("ranked No. 2", "Nos. 3 and 4"), and a gloss's "lit." ("literally").
_EXTRA_ABBREVIATIONS = frozenset(
    ("gov", "capt", "sgt", "cmdr", "supt", "atty", "rev", "insp", "h.r", "s.res", "h.res")
) | {"pl", "sing", "ca", "no", "nos", "lit"}
# Two initials ("M.K. Alagiri") as abbreviations too: a sentence after them still starts
# where Punkt's sentence starters say ("in the U.S. The trip…").
_INITIALS = frozenset(f"{a}.{b}" for a in string.ascii_lowercase for b in string.ascii_lowercase)


def sentence_tokenizer(params: Any) -> PunktSentenceTokenizer:
    """Return a Punkt sentence tokenizer with the trained `params` (from `load_punkt_params`),
    and the titles it lacks as abbreviations."""
    tokenizer = PunktSentenceTokenizer(lang_vars=_PlainLanguageVars(), token_cls=_PlainToken)
    params.abbrev_types |= _EXTRA_ABBREVIATIONS | _INITIALS
    tokenizer._params = params
    return tokenizer


class _PlainWordTokenizer(NLTKWordTokenizer):
    """NLTK's Treebank word tokenizer, its patterns compiled by `re`, its templates prepared."""

    def __init__(self) -> None:
        super().__init__()
        for name in ("STARTING_QUOTES", "PUNCTUATION", "ENDING_QUOTES"):
            rules = getattr(NLTKWordTokenizer, name)
            setattr(self, name, [_rule(pattern, sub) for pattern, sub in rules])
        for name in ("PARENS_BRACKETS", "DOUBLE_DASHES"):
            setattr(self, name, _rule(*getattr(NLTKWordTokenizer, name)))
        for name in ("CONTRACTIONS2", "CONTRACTIONS3"):
            setattr(self, name, [_plain(p) for p in getattr(NLTKWordTokenizer, name)])
        # NLTK's substitutions in its order, before and after it pads the text with spaces.
        self._unpadded = _with_needs(
            [*self.STARTING_QUOTES, *self.PUNCTUATION, self.PARENS_BRACKETS, self.DOUBLE_DASHES]
        )
        self._padded = _with_needs(
            [
                *self.ENDING_QUOTES,
                *(_rule(p, _CONTRACTION) for p in [*self.CONTRACTIONS2, *self.CONTRACTIONS3]),
            ]
        )

    def tokenize(
        self, text: str, convert_parentheses: bool = False, return_str: bool = False
    ) -> list[str]:
        """Return the tokens of `text`, as NLTK's `tokenize` (whose loop writes out the
        contractions' template, so it cannot be prepared there)."""
        if convert_parentheses or return_str:
            return super().tokenize(text, convert_parentheses, return_str)
        for pattern, replacement, needs in self._unpadded:
            if _may_match(text, needs):
                text = pattern.sub(replacement, text)
        text = " " + text + " "
        for pattern, replacement, needs in self._padded:
            if _may_match(text, needs):
                text = pattern.sub(replacement, text)
        return text.split()


def _may_match(text: str, needs: str | None) -> bool:
    """Return False when `text` holds none of the characters a pattern's match needs."""
    return needs is None or any(map(text.__contains__, needs))


def _rule(pattern: Any, template: str) -> tuple[re.Pattern[str], Replacement]:
    compiled = _plain(pattern)
    return compiled, prepared(compiled, template)


def _with_needs(
    rules: list[tuple[re.Pattern[str], Replacement]],
) -> list[tuple[re.Pattern[str], Replacement, str | None]]:
    return [(pattern, replacement, _NEEDS.get(pattern.pattern)) for pattern, replacement in rules]


def word_tokenizer() -> NLTKWordTokenizer:
    """Return NLTK's Treebank-style word tokenizer, with its substitutions run faster by `re`."""
    return _PlainWordTokenizer()
