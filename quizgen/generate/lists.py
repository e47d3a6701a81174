"""Lists in a sentence ("Guinea, Liberia, Ivory Coast and Nigeria"), found from the tokens.

A member of a list of three or more is a poor blank: the other members show
what kind of answer fits, and which of several was named is rarely the point.
A count of such a list is given away by it ("four berth points: 5 km, 400 m,
140 m and 30 m").
"""

from __future__ import annotations

from collections.abc import Sequence

from quizgen.nlp.document import Token
from quizgen.nlp.gazetteer import DEMONYMS

# Tags of the words an item of a list is made of: short noun phrases and numbers.
_ITEM_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "DT", "POS", "PRP$"})
_MAX_ITEM_TOKENS = 6
# Words that open a sentence with a phrase set off by a comma: "In Paris, Smith and Jones".
_OPENING_TAGS = frozenset({"IN", "TO", "RB", "VBG", "DT", "CD", "NNP"})
# Separators of items; an adverb right after one hedges the item: "possibly Swedes".
_SEPARATORS = frozenset({",", "and", "or"})


def _is_item_token(token: Token) -> bool:
    return token.tag in _ITEM_TAGS or token.text in {"'s", "’s", "-"}


def _item_before(tokens: Sequence[Token], end: int, *, counted: bool = False) -> int:
    """Return where the item ending just before `end` starts (== end when there is none).

    In a list of counted things (`counted`: "5 km, 400 m and 30 m") an item
    starts at its number.
    """
    at, size = end, 0
    while at > 0 and size < _MAX_ITEM_TOKENS:
        if counted and at < end and tokens[at].tag == "CD":
            break
        token = tokens[at - 1]
        if token.text == ")":
            opening = next((i for i in range(at - 2, -1, -1) if tokens[i].text == "("), None)
            if opening is None:
                break
            at = opening  # "Universal Music Group (UMG)": the aside is part of the item
            continue
        if not _is_item_token(token):
            if _hedge(tokens, at - 1) and at < end:
                at -= 1  # ", possibly Swedes,": the hedge opens the item
            break
        at, size = at - 1, size + 1
    return at


def _item_after(tokens: Sequence[Token], start: int) -> int:
    """Return where the item starting at `start` ends (== start when there is none); a hedge
    opening it ("and possibly Swedes") is part of it."""
    at = start + 1 if _hedge(tokens, start) else start
    begin = at
    while at < len(tokens) and at - begin < _MAX_ITEM_TOKENS and _is_item_token(tokens[at]):
        at += 1
    return at if at > begin else start


def _hedge(tokens: Sequence[Token], at: int) -> bool:
    """Return True for an adverb right after a list's separator: ", possibly", "and perhaps"."""
    return (
        0 < at < len(tokens)
        and tokens[at].tag == "RB"
        and tokens[at].text.isalpha()
        and tokens[at - 1].text.casefold() in _SEPARATORS
    )


def _shape(tokens: Sequence[Token], first: int, last: int) -> str:
    """Return what an item is: a "count" ("seven adults"), a "number", a "name" or a "noun".

    Items of one list have one shape: in "injured 12 people in Bodo, seven adults
    and five children" Bodo is no item. An item is a name when its head is a
    proper noun; the last item may carry the noun all items share ("the Nike,
    Jawbone and FitBit devices").
    """
    words = [t for t in tokens[first:last] if t.tag not in {"DT", "RB"}] or list(tokens[first:last])
    lead, head = words[0], words[-1]
    if lead.tag == "CD":
        return "number" if all(t.tag == "CD" for t in words) else "count"
    if head.tag in {"NNP", "NNPS"} or (head.tag == "CD" and any(c.isupper() for c in lead.text)):
        return "name"  # "Bodo", "Xbox 360"
    if head.tag in {"NN", "NNS"} and head.text[:1].isupper() and lead.text[:1].isupper():
        return "name"  # "Anglo-Danes", a name the tagger took for a plural noun
    # "... Jawbone and FitBit devices": the last item may carry the noun all share; any
    # item may be a brand and its product ("Nestles Butterfinger bars, Hostess Twinkies").
    branded = lead.tag in {"NNP", "NNPS"} and lead.text.casefold() not in DEMONYMS
    return "name" if branded else "noun"


def lists_of(tokens: Sequence[Token]) -> list[list[tuple[int, int]]]:
    """Return the lists of three or more items, each item as token indexes [first, last)."""
    found: list[list[tuple[int, int]]] = []
    for at, token in enumerate(tokens):
        if token.text.casefold() not in {"and", "or"} or token.tag != "CC":
            continue
        last = (at + 1, _item_after(tokens, at + 1))
        if last[0] == last[1]:
            continue
        items = [last]
        shape = _shape(tokens, *last)
        end = at - 1 if at > 0 and tokens[at - 1].text == "," else at
        while True:
            start = _item_before(tokens, end, counted=shape == "count")
            # A year beside names is no item of theirs: "In 2019, Russia and Belarus".
            if start == end or _shape(tokens, start, end) != shape:
                break
            items.insert(0, (start, end))
            if start >= 2 and tokens[start - 1].text == ",":
                end = start - 1
                continue
            break
        first = items[0][0]
        if (
            len(items) >= 3
            and first > 0
            and tokens[0].tag in _OPENING_TAGS
            and all(t.tag in _OPENING_TAGS | {"NN"} for t in tokens[:first])
            and tokens[0].tag != "NNP"
        ):
            items = items[1:]  # "In Paris, Smith and Jones met": an opening phrase, not an item
        if len(items) >= 3:
            found.append(items)
    return found


def in_a_list(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when `[first, last)` lies in one item of a list of three or more."""
    return any(a <= first and last <= b for items in lists_of(tokens) for a, b in items)


def noun_lists(sentences: Sequence[Sequence[Token]]) -> tuple[tuple[str, ...], ...]:
    """Return the lists of three or more common nouns in the sentences' tokens, each as its
    items' texts without articles: "mercury, venus and mars" is no such list, "lungs, kidneys
    and skin" is ("lungs", "kidneys", "skin")."""
    found: list[tuple[str, ...]] = []
    for tokens in sentences:
        for items in lists_of(tokens):
            texts = []
            for first, last in items:
                words = [t for t in tokens[first:last] if t.tag not in {"DT", "PRP$"}]
                if not words or len(words) > 3 or words[-1].tag not in {"NN", "NNS"}:
                    break
                if not all(t.tag in {"NN", "NNS", "JJ"} and t.text.isalpha() for t in words):
                    break
                if any(t.text[:1].isupper() for t in words[1:]):
                    break
                texts.append(" ".join(t.text for t in words))
            else:
                found.append(tuple(texts))
    return tuple(found)
