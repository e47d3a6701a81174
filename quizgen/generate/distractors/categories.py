"""WordNet categories walked from synsets' line heads: a noun's ancestors, kinds in name order.

The generator walks hundreds of categories per article; NLTK's full parse of
each synset would cost several times the reads of these heads and pointers.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from quizgen.generate import lexicon

if TYPE_CHECKING:
    from quizgen.nlp.wordnet_index import SynsetHead


def ancestors(offset: int) -> set[int]:
    """Return the offsets of every category above a noun synset (its hypernyms' closure)."""
    reader = lexicon.wordnet()
    found: set[int] = set()
    todo = [offset]
    while todo:
        links = reader.pointers("n", todo.pop())
        for above in links.get("@", ()) + links.get("@i", ()):
            if above not in found:
                found.add(above)
                todo.append(above)
    return found


def heads(offsets: tuple[int, ...]) -> list[SynsetHead]:
    """Return noun synsets' line heads, sorted by name (NLTK's order for related synsets).

    A name is "<first lemma>.n.<sense number>", and no noun lemma holds ".n.", so
    names sort as "<first lemma>.n." do; the sense number, an index read, is only
    needed where two of them share a first lemma.
    """
    reader = lexicon.wordnet()
    found = [reader.head("n", o) for o in offsets]
    shared = Counter(head.first_lemma.lower() for head in found)

    def name_order(head: SynsetHead) -> tuple[str, str]:
        lower = head.first_lemma.lower()
        return f"{lower}.n.", reader.brief("n", head.offset).name if shared[lower] > 1 else ""

    return sorted(found, key=name_order)
