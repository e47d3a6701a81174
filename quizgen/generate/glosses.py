"""A name's spelling in another language or script: what an encyclopedia gives in brackets,
"(Chinese: 元朝; pinyin: Yuán Cháo)", "(Arabic: إسلام سياسي islām siyāsī)".

It is no fact of the article to learn: an English reader can neither recall nor tell apart
a transliteration, so it is never a blank, and never an option either.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from quizgen.generate.terms import word_zipf
from quizgen.nlp.document import Token

# Labels of a spelling that are not a language's name: "pinyin:", "Wade–Giles:".
_SPELLING_LABELS = frozenset(
    {
        "pinyin", "wade–giles", "wade-giles", "giles", "romanized", "romanised", "romaji",
        "rōmaji", "hepburn", "transliteration", "transliterated", "script", "ipa",
        "pronounced", "pronunciation", "translation", "translated",
    }
)  # fmt: skip
# "(lit. 'Great Mongol State')": a translation follows, with or without a colon.
_LITERALLY = frozenset({"lit", "lit.", "literally"})
# Letters and marks of the phonetic alphabet that English spelling never uses.
# (Not "ð", "æ" or "ø": letters of Icelandic and Danish names.)
_IPA = re.compile("[ˈˌːəɪʊʃʒɑɒʌɜɹɾɐ]")
_QUOTE_MARKS = frozenset({'"', "``", "''", "“", "”", "‘", "’", "'", "«", "»", "《", "》"})
# Languages an encyclopedia spells names in. A list, not WordNet: looking a bracket's words
# up there cost a fresh process a millisecond in every article.
_LANGUAGES = frozenset(
    {
        "Afrikaans", "Akkadian", "Albanian", "Amharic", "Arabic", "Aramaic", "Armenian",
        "Azerbaijani", "Basque", "Belarusian", "Bengali", "Breton", "Bulgarian", "Burmese",
        "Cantonese", "Catalan", "Chinese", "Cornish", "Croatian", "Czech", "Danish", "Dutch",
        "English", "Esperanto", "Estonian", "Faroese", "Finnish", "Flemish", "French",
        "Frisian", "Gaelic", "Galician", "Georgian", "German", "Gothic", "Greek", "Gujarati",
        "Hausa", "Hawaiian", "Hebrew", "Hindi", "Hungarian", "Icelandic", "Igbo", "Indonesian",
        "Irish", "Italian", "Japanese", "Javanese", "Kannada", "Kazakh", "Khmer", "Korean",
        "Kurdish", "Kyrgyz", "Lao", "Latin", "Latvian", "Lithuanian", "Macedonian", "Malay",
        "Malayalam", "Maltese", "Mandarin", "Manx", "Maori", "Marathi", "Mongolian", "Nepali",
        "Norse", "Norwegian", "Occitan", "Pashto", "Persian", "Polish", "Portuguese",
        "Provençal", "Punjabi", "Quechua", "Romanian", "Russian", "Sanskrit", "Scots",
        "Serbian", "Sinhala", "Slovak", "Slovene", "Slovenian", "Somali", "Spanish",
        "Swahili", "Swedish", "Tagalog", "Tajik", "Tamil", "Tatar", "Telugu", "Thai",
        "Tibetan", "Turkish", "Turkmen", "Ukrainian", "Urdu", "Uyghur", "Uzbek",
        "Vietnamese", "Welsh", "Xhosa", "Yiddish", "Yoruba", "Zulu",
    }
)  # fmt: skip
# A word rarer than this in English after a language's name is a word of that language.
_ENGLISH_ZIPF = 3.0
# A gloss is short: an answer further than this into a bracket is in no gloss (and a
# megabyte sentence is not searched back to its start for every answer).
_GLOSS_TOKENS = 30


def _opening_bracket(tokens: Sequence[Token], first: int) -> int | None:
    """Return the index of the bracket the token at `first` is inside, if it opened near."""
    at = first - 1
    inner = 0  # brackets closed inside this one: '(…; Russian: … ("Eastern War"); Turkish: …'
    while at >= max(0, first - _GLOSS_TOKENS):
        text = tokens[at].text
        if text in {")", "]"}:
            inner += 1
        elif text in {"(", "["}:
            if not inner:
                return at
            inner -= 1
        at -= 1
    return None


def in_a_cross_reference(tokens: Sequence[Token], first: int) -> bool:
    """Return True when the token at `first` is inside a reader's pointer to another article:
    "(see “10 Breakthrough Technologies 2014”)"; the question shows none."""
    at = _opening_bracket(tokens, first)
    return (
        at is not None
        and at + 1 < first
        and tokens[at + 1].text.casefold() == "see"
        and not any(t.text == ";" for t in tokens[at:first])
    )


def in_a_gloss(tokens: Sequence[Token], first: int) -> bool:
    """Return True when the token at `first` is inside a bracket that spells a name in another
    language: "(Chinese: 元朝; pinyin: Yuán Cháo)", "(lit. "Great Mongol State")"."""
    at = _opening_bracket(tokens, first)
    if at is None:
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
    # "(from the Latin velum 'sail')": a word of a language named just before it, and no
    # English word ("by Russian partners" is English).
    if (
        first - 1 > start
        and is_language(tokens[first - 1].text)
        and word_zipf(tokens[first].text) < _ENGLISH_ZIPF
    ):
        return True
    # A label in the answer's part of the bracket: "; pinyin: Yuán Cháo", "(lit. …)".
    inside = tokens[start + 1 : first]
    for i, token in enumerate(inside):
        if token.text.casefold() in _LITERALLY:
            return True
        label = inside[i - 1].text if token.text == ":" and i else ""
        if label and (label.casefold() in _SPELLING_LABELS or is_language(label)):
            return True
    return False


def foreign_script(text: str) -> bool:
    """Return True when most letters of `text` are of a script other than Latin: "元朝"."""
    if text.isascii():
        return False
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    other = sum(not unicodedata.name(ch, "LATIN").startswith("LATIN") for ch in letters)
    return other * 2 > len(letters)


def is_language(word: str) -> bool:
    """Return True for a language's name: "Chinese", "Latin", "Norse" (of "Old Norse")."""
    return word in _LANGUAGES


def without_spellings(text: str) -> str:
    """Return `text` without what its brackets only spell in other languages, and without a
    reader's cross-references: "Bodmin (Cornish: Bosvena) is a town" reads "Bodmin is a
    town", "Kristeva (Bulgarian: Юлия Кръстева; born 24 June 1941)" reads "Kristeva (born
    24 June 1941)", "cured mice (see "Genome Surgery")" reads "cured mice". A part holding
    a blank or a cloze deletion stays."""
    if "(" not in text:
        return text
    return _BRACKET.sub(_kept_parts, text)


def _kept_parts(bracket: re.Match[str]) -> str:
    """Return the bracket with its spelling parts left out; "" when nothing else is in it."""
    inside = bracket["inside"]
    if _SEE.match(inside) and ";" not in inside and not _holds_a_blank(inside):
        return ""  # "(see map; it is small)": the rest is a fact, and stays
    parts = inside.split(";")
    kept = [part for part in parts if _holds_a_blank(part) or not _spells(part)]
    if len(kept) == len(parts):
        return bracket[0]
    if not kept:
        return ""
    return bracket[0][: bracket[0].index("(")] + "(" + "; ".join(p.strip() for p in kept) + ")"


def _holds_a_blank(text: str) -> bool:
    return "{{" in text or "_____" in text


def _spells(part: str) -> bool:
    """Return True for a part of a bracket labelled with a language or a spelling, and no
    figure: "Chinese: 元朝", " pinyin: Yuán Cháo"."""
    label = _LABEL.match(part)
    return (
        label is not None
        and (is_language(label[1]) or label[1].casefold() in _SPELLING_LABELS)
        and not any(ch.isdigit() for ch in part)
    )


_BRACKET = re.compile(r" ?\((?P<inside>[^()]*)\)")
# "Cornish: ", "pinyin: " opening a part of a bracket.
_LABEL = re.compile(r"\s*([A-Za-z][^\W\d_]*(?:[–-][A-Za-z]+)?):\s")
# A cross-reference to another article: "(see "Genome Surgery")", "(see also …)".
_SEE = re.compile(r"\s*see\b", re.IGNORECASE)
