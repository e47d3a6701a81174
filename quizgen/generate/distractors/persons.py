"""A person's names in an article: the words that name one person, and which word is the surname.

"Tu Youyou" and "Ms. Tu" are one person, so "Youyou" is no wrong option for
"Tu"; "Liu Wang", "Liu Yang" and "Liu Weibo" may each be the "Liu" a sentence
speaks of, so none of their words is. Chinese names are written surname
first: the name the article uses alone ("Omura", "Tu") is the surname.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from quizgen.nlp.names import GENERATIONS, SURNAME_PARTICLES


def name_index(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Index the names of two words or more by each of their words (folded)."""
    found: dict[str, list[str]] = {}
    for name in names:
        words = _words(name)
        if len(words) > 1:
            for word in dict.fromkeys(words):
                found.setdefault(word, []).append(name)
    return {word: tuple(held) for word, held in found.items()}


def _words(name: str) -> list[str]:
    return [fold(word) for word in name.split() if word.strip(".,")]


def fold(word: str) -> str:
    """Return a word of a name as the name indexes fold it: "Torre," -> "torre"."""
    return word.strip(".,").casefold()


def own_names(answer: str, index: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """Return the article's longer names that hold every word of the answer, in any order:
    "Tu" -> ("Tu Youyou",); "Liu" -> ("Liu Wang", "Liu Yang", "Liu Weibo")."""
    words = set(_words(answer))
    if not words:
        return ()
    held = min((index.get(word, ()) for word in words), key=len)
    return tuple(name for name in held if words <= set(_words(name)) and name != answer)


def is_name_part(option: str, answer: str, index: Mapping[str, Sequence[str]]) -> bool:
    """Return True when every word of the option is a word of a name the article gives the
    answer's person: "Youyou" for "Tu", "Youyou Tu" for "Tu Youyou"."""
    words = set(_words(option))
    if not words:
        return False
    own = set(_words(answer))
    for name in own_names(answer, index):
        own.update(_words(name))
    return words <= own


def given_names(index: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """Return the words (folded) the article writes only first in its longer names: "joe" of
    "Joe Torre" and "Joe Garagiola" (a given name, or a surname written first)."""
    return frozenset(
        word
        for word, held in index.items()
        if all(words[0] == word and words[-1] != word for words in map(_words, held))
    )


def surname(name: str, used_alone: frozenset[str], *, surname_first: bool = False) -> str:
    """Return the word of a full name that stands for the person alone, or "" if unsure.

    The word the article itself uses alone ("Omura" of "Satoshi Omura"; the last such
    word when it uses two); else
    the last word, unless the answer's own name is written surname first
    (`surname_first`, "Tu" of "Tu Youyou"): then the article may mix orders,
    and "Ingrid" of "Ingrid Dahl" or "Haipeng" of "Jing Haipeng" would be a
    given name.
    """
    # "Caesar Goodson Jr" is "Goodson": no option "Jr".
    words = [w for w in name.split() if w.rstrip(".") not in GENERATIONS] or name.split()
    # The last word first: an article that writes "Eric" alone once and "Schmidt" often
    # still means "Schmidt" by "Eric Schmidt" alone.
    for at in range(len(words) - 1, -1, -1):
        if words[at].casefold() in used_alone:
            return _with_particles(words, at)
    return "" if surname_first else _with_particles(words, len(words) - 1)


def _with_particles(words: list[str], at: int) -> str:
    """Return the surname at `at` with the particles before it: "de Blasio" of "Bill de
    Blasio", "van der Berg", "Le Pen"; a surname alone is no name without them. Not "y",
    which joins two surnames: "y Gasset" of "Ortega y Gasset" would be no name at all."""
    first = at
    while first > 1 and words[first - 1].casefold() in SURNAME_PARTICLES - {"y"}:
        first -= 1
    return " ".join(words[first : at + 1])
