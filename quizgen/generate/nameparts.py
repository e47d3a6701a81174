"""Where a name goes on past what the NLP layer took for it: never blank half a name.

"{{Ibn}} al-Wafid", "{{Les Celliers Jean}} d'Alibert" (a particle glued to
a capital goes on with the name), "{{University of Wisconsin}}—Madison" (a
dash with no space beside it joins two parts of one name), "{{McDonald}}'s"
(a name English writes with its "'s"), "{{Nobel Prize in Physiology}} or
Medicine" (a field after "in" may be two), and "(UW)" given for "University of
Wisconsin—Madison" (an acronym of only part of the name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.generate import lexicon
from quizgen.generate.caches import word_cache
from quizgen.nlp.document import Document, Token

# A word that goes on with a particle glued to a capital: "al-Wafid", "el-Sisi", "d'Alibert".
_GLUED_PARTICLE = re.compile(
    r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin|abu|ben)-|(?:d|l|dell|all)['’])[A-Z]"
)
_DASHES = frozenset({"-", "–", "—"})
_POSSESSIVE = frozenset({"'s", "’s"})
# Lower-case words and marks inside a name before its acronym: "Bank of England".
_INSIDE_A_NAME = frozenset({"of", "the", "and", "for", "&", "de", *_DASHES})
_LONGEST_NAME = 10


def goes_on_past(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when the name at tokens [first, last) goes on past either end."""
    if last < len(tokens) and _GLUED_PARTICLE.match(tokens[last].text):
        return True
    if _glued_dash(tokens, last) or _glued_dash(tokens, first - 1):
        return True
    if _fields_joined_by_or(tokens, first, last):
        return True
    return (
        0 < last < len(tokens)
        and tokens[last].text in _POSSESSIVE
        and (_named_with_its_s(tokens[last - 1].text) or _owns_nothing_named(tokens, last + 1))
    )


def _owns_nothing_named(tokens: Sequence[Token], after: int) -> bool:
    """Return True when no noun follows a name's "'s", or an illness does: "the disease
    Huntington's.", "Alzheimer's disease" (the "'s" is part of the illness's name)."""
    if after >= len(tokens):
        return True
    word = tokens[after].text
    return word in _PHRASE_ENDS or word.casefold() in _ILLNESS_NOUNS


_PHRASE_ENDS = frozenset({".", ",", ";", ":", ")", "!", "?"})
_ILLNESS_NOUNS = frozenset({"disease", "syndrome", "disorder", "palsy", "sarcoma", "lymphoma"})


def partial_acronyms(document: Document) -> frozenset[str]:
    """Return the acronyms the article gives in brackets for only part of the name before
    them: "UW" after "University of Wisconsin—Madison" stands for neither."""
    found: set[str] = set()
    for sentence in document.sentences:
        tokens = sentence.tokens
        for at in range(2, len(tokens) - 1):
            acronym = tokens[at].text
            if tokens[at - 1].text != "(" or tokens[at + 1].text != ")":
                continue
            if not (acronym.isalpha() and acronym.isupper() and 1 < len(acronym) < 7):
                continue
            initials = _initials_before(tokens, at - 1)
            if initials != acronym and initials.startswith(acronym):
                found.add(acronym)
    return frozenset(found)


def _initials_before(tokens: Sequence[Token], end: int) -> str:
    """Return the initials of the capitalised name ending just before `end`."""
    initials: list[str] = []
    at = end - 1
    while at >= 0 and end - at <= _LONGEST_NAME:
        word = tokens[at].text
        if word[:1].isupper():
            initials.append(word[0])
        elif word.casefold() not in _INSIDE_A_NAME:
            break
        at -= 1
    return "".join(reversed(initials))


def _fields_joined_by_or(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when "or" joins the name to a second field of "X in <Field> or <Field>":
    "Nobel Prize in Physiology or Medicine" names one prize, of two fields."""

    def capital(at: int) -> bool:
        return 0 <= at < len(tokens) and tokens[at].text[:1].isupper()

    ends_in_a_field = any(t.text == "in" for t in tokens[first : last - 1]) and capital(last - 1)
    if ends_in_a_field and last < len(tokens) and tokens[last].text == "or" and capital(last + 1):
        return True  # "{{Nobel Prize in Physiology}} or Medicine"
    return (
        first >= 3
        and tokens[first - 1].text == "or"
        and capital(first - 2)
        and tokens[first - 3].text == "in"
    )  # "Nobel Prize in Physiology or {{Medicine}}"


def _glued_dash(tokens: Sequence[Token], at: int) -> bool:
    """Return True for a dash at `at` with no space either side and a capital after it:
    "Wisconsin—Madison", "UW—Madison"."""
    if not 0 < at < len(tokens) - 1 or tokens[at].text not in _DASHES:
        return False
    before, dash, after = tokens[at - 1], tokens[at], tokens[at + 1]
    return before.end == dash.start and dash.end == after.start and after.text[:1].isupper()


@word_cache
def _named_with_its_s(word: str) -> bool:
    """Return True when English writes a name with its "'s" more often than without:
    "McDonald's", "Sainsbury's" (a shop named for its founder), not "Google's"."""
    folded = word.casefold()
    alone = lexicon.zipf(folded)
    return alone > 0 and lexicon.zipf(f"{folded}'s") >= alone
