"""Whether a sentence uses a name as a place ("between Dover and X", "at X", "the X terminal"),
or names a place in an adjective ("Belarusian" for Belarus).

The name finder types a capitalised name it cannot place as an organisation;
an article that only ever uses the name where places go tells otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.nlp import gazetteer
from quizgen.nlp.document import Token

# Words before a name that say it is where something is: "near X", "between X and Y". Not
# "to" or "from": "sold to X", "a grant from X" name bodies.
_PLACE_WORDS = frozenset({"near", "outside", "between", "across", "throughout", "via"})
# These say so only before a bare name: "at Coquelles", but "at the RAND Corporation".
_BARE_PLACE_WORDS = frozenset({"in", "at"})
# Lower-case nouns after a name that make it where something is: "the Coquelles terminal".
_PLACE_NOUNS = (gazetteer.FEATURE_WORDS - {"channel"}) | frozenset(
    {"terminal", "neighborhood", "neighbourhood", "suburb", "village", "town", "city", "area"}
)


def named_as_place(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when the name at tokens `first`..`last` (exclusive) is used as a place:
    after a place word ("near X", "between X and Y", "at X") or before a place noun."""
    after = tokens[last].text if last < len(tokens) else ""
    return after in _PLACE_NOUNS or _after_place_word(tokens, first)


def _after_place_word(tokens: Sequence[Token], first: int) -> bool:
    # Word by word from the name back, at most four: every name of a long article is asked.
    start, end = max(0, first - 4), first
    if end == start:
        return False
    word = tokens[end - 1].text.casefold()
    if word in _BARE_PLACE_WORDS:
        return True
    if word == "the":
        end -= 1
        if end == start:
            return False
        word = tokens[end - 1].text.casefold()
    if word in _PLACE_WORDS:
        return True
    # "between Folkestone and Coquelles": the second place follows "and".
    return word == "and" and any(
        tokens[number].text.casefold() == "between" for number in range(start, end - 1)
    )


_CAPITALISED = re.compile(r"[A-Z][a-z]+")


def adjective_gives_away(stem: str, answer: str) -> bool:
    """Return True when the stem names the answer place in an adjective ("Belarusian" for Belarus).

    A word of the stem that begins with a name of the answer less its last two
    letters ("Russia" -> "Russian", "Portugal" -> "Portuguese", "Italy" ->
    "Italian") leaves one option to pick; an option so named ("Korean films
    flooded _____": South Korea) is none to pick. A rare false alarm only costs
    an MCQ or an option.
    """
    roots = [w[: max(4, len(w) - 2)] for w in answer.split() if w[:1].isupper() and len(w) >= 5]
    if not roots:
        return False
    names = {w.casefold() for w in answer.split()}
    return any(
        word.casefold() not in names and any(word.startswith(root) for root in roots)
        for word in _CAPITALISED.findall(stem)
    )


def named_in_an_adjective(stem: str, option: str) -> bool:
    """Return True when a nationality word of the stem names the option: "Korean films have
    flooded _____" rules out South Korea. By WordNet's adjective, so that "Pope Francis
    visited _____" does not rule out France."""
    wanted = option.casefold().removeprefix("the ")
    wanted = _COUNTRY_NAMED_BY.get(wanted, wanted)
    return any(
        wanted == place or wanted.endswith(f" {place}") or place.endswith(f" {wanted}")
        for place in places_in_adjectives(stem)
    )


# The country a nationality word names when WordNet's place for it is another name:
# "the American government" is the United States', "British troops" the United Kingdom's.
_COUNTRY_NAMED_BY = {
    "united states": "america", "united states of america": "america", "us": "america",
    "usa": "america", "u.s.": "america", "united kingdom": "britain", "uk": "britain",
}  # fmt: skip


def places_in_adjectives(text: str) -> frozenset[str]:
    """Return the places (lower case) that the text's nationality words name: "Italian
    island" gives {"italy"}."""
    from quizgen.generate import lexicon

    return frozenset(
        place
        for word in _CAPITALISED.findall(text)
        if word.casefold() in gazetteer.DEMONYMS
        for place in lexicon.places_named_by(word)
    )

