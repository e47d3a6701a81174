"""NLTK's WordNet reader without its 1-3 s start: lemmas are looked up on demand by binary search.

NLTK's `WordNetCorpusReader` reads all four index files into a dict when it is
created, and (in NLTK 3.10) also maps WordNet 3.0 onto itself through
`index.sense`. The generator asks about a few hundred words per article, so
this reader finds each lemma in the sorted `index.<pos>` file when first asked
and remembers it. Synsets, morphy and the relations are NLTK's own code.
"""

from __future__ import annotations

import array
import bisect
import contextlib
import itertools
import mmap
import operator
import os
import re
import tempfile
import types
from pathlib import Path
from typing import Any, NamedTuple

from nltk.corpus.reader.wordnet import POS_LIST, WordNetCorpusReader


class SynsetHead(NamedTuple):
    """The head of a synset's data line: its kind and first lemma, without NLTK's full parse."""

    offset: int
    lexname: str
    first_lemma: str  # as written in WordNet: "Latvia", "New_Zealand"


class SynsetBrief(NamedTuple):
    """A synset's head with NLTK's name for it: enough to rank it, without NLTK's full parse."""

    offset: int
    name: str  # NLTK's name for it: "latvia.n.01"
    lexname: str
    first_lemma: str  # as written in WordNet: "Latvia", "New_Zealand"


class LazyWordNet(WordNetCorpusReader):
    """A WordNetCorpusReader whose lemma index is read lazily (nouns, verbs, adverbs, adjectives).

    Adjective satellites ("s") are not told apart from adjectives, so
    adjective senses can differ from NLTK's reader (their names, and lookups
    with pos "s"); nouns, verbs and adverbs are NLTK's exactly.
    """

    def __init__(self, root: Any) -> None:
        self._indexes: dict[str, _SortedIndex] = {}
        self._data: dict[str, mmap.mmap | bytes] = {}
        self._heads: dict[tuple[str, int], SynsetHead] = {}
        self._briefs: dict[tuple[str, int], SynsetBrief] = {}
        self._pointers: dict[tuple[str, int], dict[str, tuple[int, ...]]] = {}
        self._depths: dict[tuple[str, int], int] = {}
        super().__init__(root, None)
        # The last letters of each part of speech's inflections ("s" of "ies"): a word ending
        # in none of them has no other form to look up.
        self._inflected_ends = {
            pos: frozenset(old[-1] for old, _ in rules)
            for pos, rules in self.MORPHOLOGICAL_SUBSTITUTIONS.items()
        }
        # Every article asks about nouns, and nearly every one about verbs and adjectives:
        # their sorted indexes (a few ms) are read with the reader, not amid the first article,
        # and their data files mapped (a line is then read without a system call).
        for suffix in self._FILEMAP.values():
            self._index(suffix)
            self._data[suffix] = _mapped(Path(str(self._root)) / f"data.{suffix}")

    def head(self, pos: str, offset: int) -> SynsetHead:
        """Return the noun synset at `offset` as its line's head gives it: kind and first lemma."""
        key = (pos, offset)
        found = self._heads.get(key)
        if found is not None:
            return found
        line = self._noun_line(pos, offset)
        if line is None:
            full = self.synset_from_pos_and_offset(pos, offset)
            found = SynsetHead(offset, full.lexname(), full.lemmas()[0].name())
        else:
            fields = line.split(" ", 5)
            found = SynsetHead(offset, self._lexnames[int(fields[1])], fields[4])
        self._heads[key] = found
        return found

    def brief(self, pos: str, offset: int) -> SynsetBrief:
        """Return the noun synset at `offset` in brief, named as NLTK's reader names it."""
        key = (pos, offset)
        if key not in self._briefs:
            head = self.head(pos, offset)
            name = self._name(pos, offset, head.first_lemma)
            self._briefs[key] = SynsetBrief(offset, name, head.lexname, head.first_lemma)
        return self._briefs[key]

    def _name(self, pos: str, offset: int, first_lemma: str) -> str:
        full = self._synset_offset_cache[pos].get(offset)
        if full is not None:
            return str(full.name())
        # NLTK names a synset by its first lemma and that lemma's sense number: an index read.
        lower = first_lemma.lower()
        number = self._lemma_pos_offset_map[lower][pos].index(offset) + 1
        return f"{lower}.{pos}.{number:02d}"

    def morphy(self, form: str, pos: str | None = None, check_exceptions: bool = True) -> Any:
        """NLTK's `morphy`: the first of the forms its `_morphy` would find, tried in its order.

        NLTK looks every form up before it returns the first found; this stops there,
        which saves a look-up of a new word's other forms ("news", "new").
        """
        index = self._lemma_pos_offset_map
        for part in [pos] if pos else POS_LIST:
            exceptions = self._exception_map[part]
            if check_exceptions and form in exceptions:
                forms = exceptions[form]
            elif form[-1:] in self._inflected_ends[part]:
                forms = [
                    form[: -len(old)] + new
                    for old, new in self.MORPHOLOGICAL_SUBSTITUTIONS[part]
                    if form.endswith(old)
                ]
            else:
                forms = []
            for found in (form, *forms):
                if found in index and part in index[found]:
                    return found
        return None

    def lemma_or_form(self, form: str, pos: str) -> str:
        """Return `morphy(form, pos)`, or `form` itself when that finds nothing.

        A form with no inflected ending and no irregular inflection is its own
        answer either way, so it is not looked up: "Sochi", "talk".
        """
        if form[-1:] not in self._inflected_ends[pos] and form not in self._exception_map[pos]:
            return form
        return self.morphy(form, pos) or form

    def sense_offsets(self, lemma: str, pos: str) -> list[int]:
        """Return where the synsets of `synsets(lemma, pos)` are, in its order, reading none."""
        index = self._lemma_pos_offset_map
        return [
            offset
            for form in self._morphy(lemma.lower(), pos, True)
            for offset in index[form].get(pos, [])
        ]

    def lexname_at(self, pos: str, offset: int) -> str:
        """Return the lexicographer file ("noun.person") of the synset at `offset`, as its
        `lexname()`, reading only the head of its line when it was not read in full."""
        cached = self._synset_offset_cache[pos].get(offset)
        if cached is None:
            line = self._data_line(pos, offset)
            if line is not None:
                return str(self._lexnames[int(line.split(" ", 2)[1])])
            cached = self.synset_from_pos_and_offset(pos, offset)  # NLTK's errors as ever
        return str(cached.lexname())

    def definition_at(self, pos: str, offset: int) -> str:
        """Return the `definition()` of the synset at `offset`, reading only its gloss when it
        was not read in full (a gloss is a tenth of the cost of the whole synset)."""
        return self.gloss_at(pos, offset)[0]

    def gloss_at(self, pos: str, offset: int) -> tuple[str, tuple[str, ...]]:
        """Return the synset's `definition()` and `examples()`, read from its gloss alone."""
        cached = self._synset_offset_cache[pos].get(offset)
        if cached is None:
            line = self._data_line(pos, offset)
            columns = line.strip().split("|") if line is not None else []
            if len(columns) == 2:
                # As NLTK's parse: quoted examples out of the definition, and listed apart.
                definition = re.sub(r"[\"].*?[\"]", "", columns[1]).strip().strip("; ")
                return definition, tuple(re.findall(r'"([^"]*)"', columns[1]))
            cached = self.synset_from_pos_and_offset(pos, offset)  # NLTK's answer and errors
        return str(cached.definition()), tuple(cached.examples())

    def pointers(self, pos: str, offset: int) -> dict[str, tuple[int, ...]]:
        """Return a noun synset's synset-level pointers ("@" hypernyms, "~" hyponyms...) as
        sorted offsets of nouns, read from its line's head: walking categories needs no more."""
        key = (pos, offset)
        found = self._pointers.get(key)
        if found is not None:
            return found
        line = self._noun_line(pos, offset)
        gathered: dict[str, list[int]] = {}
        if line is None:
            synset = self.synset_from_pos_and_offset(pos, offset)
            for symbol, targets in synset._pointers.items():
                gathered[symbol] = [o for p, o in targets if p == pos]
        else:
            fields = line.split("|", 1)[0].split()
            at = 4 + 2 * int(fields[3], 16)
            for i in range(at + 1, at + 1 + 4 * int(fields[at]), 4):
                if fields[i + 2] == pos and fields[i + 3] == "0000":
                    gathered.setdefault(fields[i], []).append(int(fields[i + 1]))
        found = {symbol: tuple(sorted(set(o))) for symbol, o in gathered.items() if o}
        self._pointers[key] = found
        return found

    def min_depth_at(self, pos: str, offset: int) -> int:
        """Return the synset's `min_depth()`: the fewest hypernym steps up to a root."""
        depth = self._depths.get((pos, offset))
        if depth is None:
            links = self.pointers(pos, offset)
            up = links.get("@", ()) + links.get("@i", ())
            depth = 1 + min(self.min_depth_at(pos, o) for o in up) if up else 0
            self._depths[(pos, offset)] = depth
        return depth

    def lemma_names_at(self, pos: str, offset: int) -> tuple[str, ...]:
        """Return a noun synset's `lemma_names()`, read from the head of its line.

        Walking a category's kinds two levels down for compound names ("heat
        energy") needs only these and `pointers`; the full parse of every kind
        would cost several times more.
        """
        line = self._noun_line(pos, offset)
        if line is None:
            return tuple(self.synset_from_pos_and_offset(pos, offset).lemma_names())
        fields = line.split("|", 1)[0].split()
        return tuple(fields[4 : 4 + 2 * int(fields[3], 16) : 2])

    def synset_from_pos_and_offset(self, pos: str, offset: int) -> Any:
        """Return the synset at `offset` of the `pos` data file, as NLTK's reader does.

        The line is sliced from the mapped data file instead of NLTK's seek and
        decoding readline, which cost more than parsing the line; the parse is NLTK's own.
        """
        cached = self._synset_offset_cache[pos].get(offset)
        if cached is not None:
            return cached
        line = self._data_line(pos, offset)
        if line is None:
            return super().synset_from_pos_and_offset(pos, offset)  # NLTK's warning and None
        synset = _parse_line(self, pos, line)
        self._synset_offset_cache[pos][offset] = synset
        return synset

    def _noun_line(self, pos: str, offset: int) -> str | None:
        """Return the data line of a noun synset not yet read in full, else None: then the
        read synset answers, or NLTK's reader does (with its errors for a bad offset)."""
        if pos != "n" or offset in self._synset_offset_cache[pos]:
            return None
        return self._data_line(pos, offset)

    def _data_line(self, pos: str, offset: int) -> str | None:
        """Return the data file's line at `offset` if one starts there, else None."""
        suffix = self._FILEMAP.get(pos)
        if suffix is None or offset < 0:
            return None
        data = self._data[suffix]
        end = data.find(b"\n", offset)
        line = data[offset : end + 1 if end >= 0 else len(data)]
        if not line.startswith(b"%08d " % offset):
            return None
        return line.decode("utf-8")

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
        found = self.senses(lemma, pos)
        return None if found is None else found[0]

    def senses(self, lemma: str, pos: str) -> tuple[list[int], int] | None:
        """Return `lemma`'s synset offsets as `pos` in WordNet's order, and how many of them
        the sense-tagged corpus attests (those come first), or None if it has none."""
        if not lemma or lemma != lemma.strip() or " " in lemma:
            return None  # never a WordNet lemma; and " " would match the licence lines
        suffix = self._FILEMAP.get("a" if pos == "s" else pos)
        if suffix is None:
            return None
        line = self._index(suffix).find(lemma.encode("utf-8", "replace"))
        if line is None:
            return None
        # Split as bytes: WordNet's index files are ASCII, and int() reads ASCII digits.
        fields = line.split()
        n_synsets = int(fields[2])
        offsets_at = 4 + int(fields[3]) + 2
        tagged = int(fields[offsets_at - 1])
        return [int(f) for f in fields[offsets_at : offsets_at + n_synsets]], tagged

    def forget(self) -> None:
        """Drop the lemmas and synsets read so far (they are read again when next asked for)."""
        self._lemma_pos_offset_map.clear()
        self._synset_offset_cache.clear()
        self._heads.clear()
        self._briefs.clear()
        self._pointers.clear()
        self._depths.clear()

    def _index(self, suffix: str) -> _SortedIndex:
        if suffix not in self._indexes:
            path = Path(str(self._root)) / f"index.{suffix}"
            data = path.read_bytes()
            self._indexes[suffix] = _SortedIndex(data, _line_starts(path, data))
        return self._indexes[suffix]


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

    # No __dict__: an article makes hundreds of these, and each dict is one more for the GC.
    __slots__ = ("_absent", "_lemma", "_reader")
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


# NLTK's own synset parse, with its three regular expressions (a quoted example, and a
# lemma's syntactic marker) run by the standard library: NLTK runs them through its ReDoS
# guard, whose timeout costs more than the rest of the parse, and these patterns are linear.
_parse_line = types.FunctionType(
    WordNetCorpusReader._synset_from_pos_and_line.__code__,
    {
        **WordNetCorpusReader._synset_from_pos_and_line.__globals__,
        "redos": types.SimpleNamespace(sub=re.sub, findall=re.findall, match=re.match),
    },
)


class _SortedIndex:
    """A sorted WordNet index file and where each of its lemma lines starts, for look-ups."""

    # Lines per block of the sparse index: a look-up bisects the blocks' first lemmas
    # (in C), then scans one block of a few kilobytes.
    _BLOCK = 32

    def __init__(self, data: bytes, starts: array.array[int]) -> None:
        self.data = data
        self.starts = starts
        # Each block's first lemma with the space after it: a lemma holds no space, so these
        # sort as their lines do.
        self._firsts = [
            data[start : data.index(b" ", start) + 1] for start in starts[:: self._BLOCK]
        ]

    def find(self, key: bytes) -> bytes | None:
        """Return the line of lemma `key` (without its newline), or None if it has none."""
        if b"\n" in key:
            return None  # would match across lines
        target = key + b" "
        block = bisect.bisect_right(self._firsts, target) - 1
        if block < 0:
            return None
        data, starts = self.data, self.starts
        # Every line of the block follows a newline (the licence lines come before the first).
        low = starts[block * self._BLOCK] - 1
        after = (block + 1) * self._BLOCK
        high = starts[after] if after < len(starts) else len(data)
        at = data.find(b"\n" + target, low, high)
        if at < 0:
            return None
        end = data.find(b"\n", at + 1)
        return data[at + 1 : end if end >= 0 else len(data)]


def _mapped(path: Path) -> mmap.mmap | bytes:
    """Return a data file's bytes, mapped read-only and populated at once (a page first
    touched amid an article costs more than the line read from it)."""
    with open(path, "rb") as source:
        if os.fstat(source.fileno()).st_size == 0:
            return b""  # mmap cannot map an empty file
        return mmap.mmap(
            source.fileno(),
            0,
            flags=mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0),
            prot=mmap.PROT_READ,
        )


def _line_starts(path: Path, data: bytes) -> array.array[int]:
    """Return where each lemma line of an index file starts, from the user's cache if there.

    Finding them takes 10-15 ms for the noun index (splitting 118,000 lines), more
    than the look-ups of a whole article save; so they are worked out once per user
    and kept in the cache folder beside a name that changes with the index file.
    """
    from quizgen.paths import cache_dir

    stat = path.stat()
    cached = cache_dir() / "wordnet-index" / f"{path.name}.{stat.st_size}.{stat.st_mtime_ns}.starts"
    try:
        raw = cached.read_bytes()
    except OSError:
        raw = b""
    starts = array.array("I")
    if raw and len(raw) % starts.itemsize == 0:
        starts.frombytes(raw)
        if _plausible(starts, data):
            return starts
    starts = _find_starts(data)
    with contextlib.suppress(OSError):  # a read-only cache: work them out again next time
        _write_atomically(cached, starts.tobytes())
    return starts


def _find_starts(data: bytes) -> array.array[int]:
    lines = data.split(b"\n")
    # Line i starts after lines 0..i-1 and their newlines (all in C: no Python loop).
    ends = itertools.accumulate(map(len, lines), initial=0)
    starts = array.array("I", map(operator.add, ends, range(len(lines) + 1)))
    # The licence lines at the top start with a space; the "line" after the last newline
    # is empty. Neither is a lemma.
    first = 0
    while first < len(lines) and lines[first].startswith(b" "):
        first += 1
    last = len(lines) - (1 if lines and not lines[-1] else 0)
    return starts[first:last]


def _plausible(starts: array.array[int], data: bytes) -> bool:
    """Return True when cached line starts fit this file: each checked one follows a newline."""
    if not starts or starts[-1] >= len(data):
        return False
    step = max(1, len(starts) // 64)
    return all(
        starts[i] > 0 and data[starts[i] - 1] == 0x0A and data[starts[i]] != 0x20
        for i in range(0, len(starts), step)
    )


def _write_atomically(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
