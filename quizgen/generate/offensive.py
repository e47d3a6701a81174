"""Slurs and obscenities: never an answer or a wrong option, and a sentence using one is not asked.

An article may quote abuse (a report on online hate does); a study card or a
wrong option should not repeat it. The list is short and curated: WordNet
labels slurs in its glosses too, but reading them costs time on every word,
and its labels also catch "queen", "tool" or "shrimp" through one rare sense.
"""

from __future__ import annotations

import re

# Words that are abusive in every sense a news text would use them in; words with an
# everyday sense as well ("queen", "tool", "dike") are left out.
_ABUSIVE = frozenset(
    {
        "arsehole",
        "asshole",
        "beaner",
        "bitch",
        "bullshit",
        "chink",
        "cocksucker",
        "cunt",
        "dago",
        "darkey",
        "darkie",
        "darky",
        "dickhead",
        "dyke",
        "fag",
        "faggot",
        "fagot",
        "fuck",
        "fucked",
        "fucker",
        "fucking",
        "gook",
        "greaseball",
        "honkey",
        "honkie",
        "honky",
        "horseshit",
        "hymie",
        "jigaboo",
        "kike",
        "motherfucker",
        "nigga",
        "nigger",
        "nigra",
        "paki",
        "picaninny",
        "piccaninny",
        "pickaninny",
        "poof",
        "poove",
        "pussy",
        "raghead",
        "retard",
        "retarded",
        "sheeny",
        "shit",
        "shite",
        "shitter",
        "shitty",
        "slut",
        "spic",
        "spick",
        "towelhead",
        "tranny",
        "twat",
        "wanker",
        "wetback",
        "whore",
        "wop",
        "yid",
    }
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def abusive(text: str) -> bool:
    """Return True when the text uses a word of the abusive list (any form with -s or -es)."""
    return any(_listed(word.casefold()) for word in _WORD.findall(text))


def _listed(word: str) -> bool:
    return (
        word in _ABUSIVE
        or (word.endswith("s") and word[:-1] in _ABUSIVE)
        or (word.endswith("es") and word[:-2] in _ABUSIVE)
    )
