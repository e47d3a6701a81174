"""A name's spelling in another language or script: what an encyclopedia gives in brackets,
"(Chinese: 元朝; pinyin: Yuán Cháo)", "(Arabic: إسلام سياسي islām siyāsī)".

It is no fact of the article to learn: an English reader can neither recall nor tell apart
a transliteration, so it is never a blank, and never an option either.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from quizgen.nlp import lexicon
from quizgen.nlp.document import Token

# Labels of a spelling that are not a language's name: "pinyin:", "Wade–Giles:", "lit."
_SPELLING_LABELS = frozenset(
    {
        "pinyin", "wade–giles", "wade-giles", "giles", "romanized", "romanised", "romaji",
        "rōmaji", "hepburn", "transliteration", "transliterated", "script", "ipa",
        "pronounced", "pronunciation", "lit", "lit.", "literally", "translation", "translated",
    }
)  # fmt: skip
# Letters and marks of the phonetic alphabet that English spelling never uses.
# (Not "ð", "æ" or "ø": letters of Icelandic and Danish names.)
_IPA = re.compile("[ˈˌːəɪʊʃʒɑɒʌɜɹɾɐ]")
_QUOTE_MARKS = frozenset({'"', "``", "''", "“", "”", "‘", "’", "'", "«", "»", "《", "》"})
# A gloss is short: an answer further than this into a bracket is in no gloss (and a
# megabyte sentence is not searched back to its start for every answer).
_GLOSS_TOKENS = 30


def in_a_gloss(tokens: Sequence[Token], first: int) -> bool:
    """Return True when the token at `first` is inside a bracket that spells a name in another
    language: "(Chinese: 元朝; pinyin: Yuán Cháo)", "(lit. "Great Mongol State")"."""
    at = first - 1
    while at >= max(0, first - _GLOSS_TOKENS) and tokens[at].text not in {"(", ")", "[", "]"}:
        at -= 1
    if at < max(0, first - _GLOSS_TOKENS) or tokens[at].text in {")", "]"}:
        return False
    if tokens[first].text[:1].isdigit():
        return False  # "(Chinese: 74 percent; Malay: 13 percent)": a spelling has no figures
    before = at - 1
    while before >= 0 and tokens[before].text in _QUOTE_MARKS:
        before -= 1
    if before >= 0 and foreign_script(tokens[before].text):
        return True  # '"大哉乾元" (dà zai Qián Yuán)': the bracket spells what it follows
    # A pronunciation or a foreign word in the answer's part of the bracket: "(RP: /ˈnjuːkɑːsəl/;
    # Locally: /njuˈkæsəl/)", "(…; from the Greek κτείς kteis 'comb'; commonly known as comb
    # jellies)", where the last part is no spelling but a fact.
    start = max((i for i in range(at + 1, first) if tokens[i].text == ";"), default=at)
    end = next(
        (i for i in range(first, min(len(tokens), first + _GLOSS_TOKENS))
         if tokens[i].text in {";", ")"}),
        first,
    )
    if any(_IPA.search(t.text) or foreign_script(t.text) for t in tokens[start + 1 : end]):
        return True
    # "(from the Latin velum 'sail')": a word of a language named just before it.
    if any(_is_language(t.text) for t in tokens[max(start + 1, first - 2) : first]):
        return True
    # A label in the answer's part of the bracket: "; pinyin: Yuán Cháo", "(lit. …)".
    inside = tokens[start + 1 : first]
    for i, token in enumerate(inside):
        if token.text.casefold() in {"lit", "lit.", "literally"}:
            return True
        label = inside[i - 1].text if token.text == ":" and i else ""
        if label and (label.casefold() in _SPELLING_LABELS or _is_language(label)):
            return True
    return False


def foreign_script(text: str) -> bool:
    """Return True when most letters of `text` are of a script other than Latin: "元朝"."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or text.isascii():
        return False
    other = sum(not unicodedata.name(ch, "LATIN").startswith("LATIN") for ch in letters)
    return other * 2 > len(letters)


@lru_cache(maxsize=512)
def _is_language(word: str) -> bool:
    """Return True for a language's name, as WordNet knows it: "Chinese", "Old Norse"."""
    if not word[:1].isupper():
        return False
    for synset in lexicon.lazy_wordnet().synsets(word, pos="n"):
        if any(node.name() == "language.n.01" for node in synset.closure(_hypernyms)):
            return True
    return False


def _hypernyms(synset: object) -> list:  # type: ignore[type-arg]
    return synset.hypernyms()  # type: ignore[attr-defined]
