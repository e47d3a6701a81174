"""NLTK's WordNet reader without its 1-3 s start-up: lemmas are looked up on demand by binary search.

NLTK's `WordNetCorpusReader` reads all four index files into a dict when it is
created, and (in NLTK 3.10) also maps WordNet 3.0 onto itself through
`index.sense`. The generator asks about a few hundred words per article, so
this reader finds each lemma in the sorted `index.<pos>` file when first asked
and remembers it. Synsets, morphy and the relations are NLTK's own code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nltk.corpus.reader.wordnet import WordNetCorpusReader


class LazyWordNet(WordNetCorpusReader):
    """A WordNetCorpusReader whose lemma index is read lazily (nouns, verbs, adverbs, adjectives).

    Adjective satellites ("s") are not told apart from adjectives: the
    generator only asks about nouns and verbs.
    """

    def __init__(self, root: Any) -> None:
        self._index_bytes: dict[str, bytes] = {}
        super().__init__(root, None)

    def _scan_satellites(self) -> None:
        self.satellite_offsets = set()

    def _load_lemma_pos_offset_map(self) -> None:
        self._lemma_pos_offset_map = _LazyLemmaIndex(self)

    def map_wn(self, version: str = "wordnet") -> None:
        # We read WordNet 3.0 itself: there is nothing to map.
        return None

    def lookup_lemma(self, lemma: str) -> dict[str, list[int]]:
        """Return {pos: [synset offsets]} for a lemma (lower case, underscores for spaces)."""
        found: dict[str, list[int]] = {}
        if not lemma or lemma != lemma.strip() or " " in lemma:
            return found  # never a WordNet lemma; and " " would match the licence lines
        key = lemma.encode("utf-8", "replace")
        for pos, suffix in self._FILEMAP.items():
            line = _find_line(self._index(suffix), key)
            if line is not None:
                fields = line.decode("utf-8", "replace").split()
                n_synsets = int(fields[2])
                n_pointers = int(fields[3])
                offsets_at = 4 + n_pointers + 2
                found[pos] = [int(f) for f in fields[offsets_at: offsets_at + n_synsets]]
        if "a" in found:
            # NLTK looks satellites up under "s"; with no satellite scan, every adjective sense
            # is a candidate, which is all that lookup needs.
            found["s"] = found["a"]
        return found

    def _index(self, suffix: str) -> bytes:
        if suffix not in self._index_bytes:
            path = Path(str(self._root)) / f"index.{suffix}"
            self._index_bytes[suffix] = path.read_bytes()
        return self._index_bytes[suffix]


class _LazyLemmaIndex(dict):  # type: ignore[type-arg]
    """The reader's lemma -> pos -> offsets map, filled one lemma at a time."""

    def __init__(self, reader: LazyWordNet) -> None:
        super().__init__()
        self._reader = reader

    def __missing__(self, lemma: str) -> dict[str, list[int]]:
        entry = self._reader.lookup_lemma(lemma)
        self[lemma] = entry
        return entry

    def __contains__(self, lemma: object) -> bool:
        return isinstance(lemma, str) and bool(self[lemma])


def _find_line(index: bytes, key: bytes) -> bytes | None:
    """Binary-search a sorted WordNet index (license lines start with spaces) for `key`."""
    lo, hi = 0, len(index)
    target = key + b" "
    while lo < hi:
        mid = (lo + hi) // 2
        start = index.rfind(b"\n", 0, mid) + 1
        end = index.find(b"\n", start)
        if end == -1:
            end = len(index)
        line = index[start:end]
        if line.startswith(target) and not line.startswith(b" "):
            return line
        if line.startswith(b" ") or line[: len(target)] < target:
            lo = end + 1  # the licence lines at the top start with spaces: skip past them
        else:
            hi = start
    return None
