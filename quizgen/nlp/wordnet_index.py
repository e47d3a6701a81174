"""NLTK's WordNet reader without its 1-3 s start: lemmas are looked up on demand by binary search.

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

    Adjective satellites ("s") are not told apart from adjectives, so
    adjective senses can differ from NLTK's reader (their names, and lookups
    with pos "s"); nouns, verbs and adverbs are NLTK's exactly.
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

    def lookup(self, lemma: str, pos: str) -> list[int] | None:
        """Return the synset offsets of `lemma` as part of speech `pos`, or None if it has none.

        `lemma` is lower case with underscores for spaces; "s" (adjective
        satellite) is looked up as "a": with no satellite scan, every adjective
        sense is a candidate.
        """
        if not lemma or lemma != lemma.strip() or " " in lemma:
            return None  # never a WordNet lemma; and " " would match the licence lines
        suffix = self._FILEMAP.get("a" if pos == "s" else pos)
        if suffix is None:
            return None
        line = _find_line(self._index(suffix), lemma.encode("utf-8", "replace"))
        if line is None:
            return None
        fields = line.decode("utf-8", "replace").split()
        n_synsets = int(fields[2])
        offsets_at = 4 + int(fields[3]) + 2
        return [int(f) for f in fields[offsets_at : offsets_at + n_synsets]]

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

    def __missing__(self, lemma: str) -> _LazyEntry:
        entry = _LazyEntry(self._reader, lemma)
        self[lemma] = entry
        return entry

    def __contains__(self, lemma: object) -> bool:
        # NLTK asks `form in index` and then `pos in index[form]`; answering the second
        # alone saves looking the form up in all four files.
        return isinstance(lemma, str)


class _LazyEntry(dict):  # type: ignore[type-arg]
    """One lemma's pos -> offsets, each part of speech looked up when first asked for."""

    _POS = ("n", "v", "a", "r")

    def __init__(self, reader: LazyWordNet, lemma: str) -> None:
        super().__init__()
        self._reader = reader
        self._lemma = lemma
        self._absent: set[str] = set()

    def _load(self, pos: str) -> bool:
        if dict.__contains__(self, pos):
            return True
        if pos in self._absent:
            return False
        offsets = self._reader.lookup(self._lemma, pos)
        if offsets is None:
            self._absent.add(pos)
            return False
        self[pos] = offsets
        return True

    def __contains__(self, pos: object) -> bool:
        return isinstance(pos, str) and self._load(pos)

    def __missing__(self, pos: str) -> list[int]:
        if self._load(pos):
            return dict.__getitem__(self, pos)
        raise KeyError(pos)

    def get(self, pos: str, default: object = None) -> object:  # type: ignore[override]
        return dict.__getitem__(self, pos) if self._load(pos) else default

    def known(self) -> bool:
        """Return True if the lemma has any part of speech (stops at the first found)."""
        return any(self._load(pos) for pos in self._POS)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter([pos for pos in (*self._POS, "s") if self._load(pos)])


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
