"""Slurs and obscenities: never an answer or a wrong option, and a sentence using one is not asked.

An article may quote abuse (a report on online hate does); a study card or a
wrong option should not repeat it. Sentences are checked against a short list
(cheap enough for every sentence); answers and distractors, which are few,
are also checked against WordNet's own labels ("offensive term for...",
"(ethnic slur)", "obscene terms for...").
"""

from __future__ import annotations

import re

from quizgen.generate.caches import word_cache

# Words that are abusive in every sense a news text would use them in. Names that are
# also words ("Dick") are left to WordNet's labels, which only answers and options meet.
_ABUSIVE = frozenset(
    {
        "asshole",
        "beaner",
        "bitch",
        "chink",
        "cunt",
        "dyke",
        "fag",
        "faggot",
        "fuck",
        "fucked",
        "fucker",
        "fucking",
        "gook",
        "kike",
        "motherfucker",
        "nigga",
        "nigger",
        "paki",
        "pussy",
        "raghead",
        "retard",
        "retarded",
        "shit",
        "shitter",
        "shitty",
        "slut",
        "spic",
        "towelhead",
        "tranny",
        "twat",
        "wanker",
        "wetback",
        "whore",
    }
)
# How WordNet's glosses label a sense that is a slur or an obscenity.
_LABELS = (
    "offensive term",
    "offensive name",
    "ethnic slur",
    "obscene",
    "disparaging term",
    "derogatory term",
    "insulting term",
    "vulgar",
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def abusive_text(text: str) -> bool:
    """Return True when the text uses a word of the abusive list (any form with -s or -es)."""
    return any(_listed(word.casefold()) for word in _WORD.findall(text))


def offensive(text: str) -> bool:
    """Return True when the text uses an abusive word, or a lower-case one WordNet labels so.

    Capitalised words are left out of the WordNet check: "Dick" in "Dick Cheney" is a name.
    """
    return abusive_text(text) or any(
        _labelled(word) for word in _WORD.findall(text) if word.islower()
    )


def _listed(word: str) -> bool:
    return (
        word in _ABUSIVE
        or (word.endswith("s") and word[:-1] in _ABUSIVE)
        or (word.endswith("es") and word[:-2] in _ABUSIVE)
    )


@word_cache
def _labelled(word: str) -> bool:
    from quizgen.generate import lexicon

    return any(label in gloss for gloss in lexicon.definitions(word) for label in _LABELS)
