"""Stable Anki identities: note GUIDs from (set id, question id), deck IDs from deck names."""

from __future__ import annotations

import hashlib
from json.encoder import encode_basestring  # type: ignore[attr-defined]

from genanki.util import BASE91_TABLE

_BASE91 = "".join(BASE91_TABLE)
# Deck IDs land in [2**32, 2**52): far from Anki's "Default" deck (ID 1), and
# exact in JavaScript numbers, which AnkiDroid's and AnkiWeb's code use.
_DECK_ID_FLOOR = 1 << 32
_DECK_ID_SPAN = (1 << 52) - _DECK_ID_FLOOR


def note_guid(set_id: str, question_id: str) -> str:
    """Return the GUID of a question's note: the same for every export of that question.

    It equals `genanki.guid_for(json.dumps([set_id, question_id], ensure_ascii=False))`
    (tests hold it to that). The pair is JSON-encoded because genanki joins its
    arguments with "__", which would give ("a__b", "c") and ("a", "b__c") one GUID;
    the hash is done here because genanki's byte-by-byte loop costs more than
    the rest of a note's fields together.
    """
    # What json.dumps([set_id, question_id], ensure_ascii=False) returns, quicker.
    text = f"[{encode_basestring(set_id)}, {encode_basestring(question_id)}]"
    number = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")
    digits: list[str] = []
    while number:
        number, digit = divmod(number, 91)
        digits.append(_BASE91[digit])
    return "".join(reversed(digits))


def deck_id(deck_name: str) -> int:
    """Return the ID of the deck called `deck_name`: a hash of the name, never 1."""
    digest = hashlib.sha256(("quizgen deck\x1f" + deck_name).encode("utf-8")).digest()
    return _DECK_ID_FLOOR + int.from_bytes(digest[:8], "big") % _DECK_ID_SPAN
