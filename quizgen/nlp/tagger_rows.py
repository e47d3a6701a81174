"""The tagger's weights packed ahead into a file: every feature's row, ready to add.

`FastTagger` packs a feature's weights into one integer (a field per tag) the
first time a sentence uses it. For the words a process meets for the first
time that packing is most of the tagging time: a few microseconds a row, and
an article brings hundreds of new rows. This resource holds every row of the
model packed the same way, built once with quizgen's NLTK data (from the
tagger model's weights, which it names by size and a hash of its ends) and
mapped into memory when the tagger loads: a new word's rows are then sliced out.

The folder also holds the model itself (weights, tag dictionary, classes) in
`marshal`'s format, which Python reads about twice as fast as the JSON files:
those take a fifth of a cold start.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import marshal
import mmap
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from quizgen.nlp.tagger import UNPACKABLE, RowPacker

FORMAT = 2
# The format is in the folder's name: a quizgen that packs rows another way builds a folder
# of its own, where one name would find the old folder and pack every row as it meets it.
FIND_NAME = f"taggers/quizgen_tagger_rows_v{FORMAT}/"
FILE_NAME = "rows.bin"
PARAMS_NAME = "model.marshal"
# Rows checked against a fresh packing when the file is mapped, spread over the model
# (about 5 microseconds each).
_CHECKED_ROWS = 64


class PackedRows:
    """The packed rows of one weights file, looked up by feature."""

    def __init__(self, index: dict[str, int], data: mmap.mmap, start: int, size: int) -> None:
        self._index = index
        self._data = data
        self._start = start
        self._size = size
        self._unpackable = b"\xff" * size

    def get(self, feature: str) -> int | None:
        """Return the feature's packed row (or UNPACKABLE), or None if the model has no row."""
        number = self._index.get(feature)
        if number is None:
            return None
        at = self._start + number * self._size
        raw = self._data[at : at + self._size]
        return UNPACKABLE if raw == self._unpackable else int.from_bytes(raw, "little")


# Bytes hashed at each end of the weights file: enough to tell two models apart, cheap to read.
_ENDS = 1 << 18


def build(
    folder: Path,
    weights_file: Path,
    classes: Any,
    weights: Mapping[str, Mapping[str, float]] | None = None,
) -> None:
    """Write the packed rows of the weights in `weights_file` into `folder`, in the file's order
    (`weights`: the file's weights, already read).

    A row that cannot be packed exactly is written as all ones: no packed row is.
    """
    if weights is None:
        with open(weights_file, encoding="utf-8") as source:
            weights = json.load(source)
    packer = RowPacker(classes)
    size = 4 * len(packer.labels)
    header = {
        "format": FORMAT,
        **packer.layout,
        "rows": len(weights),
        "weights": _identity(weights_file),
    }
    unpackable = b"\xff" * size
    path = folder / FILE_NAME
    with open(path, "wb") as out:
        out.write(json.dumps(header).encode("utf-8") + b"\n")
        for row in weights.values():
            value = packer.pack(row)
            out.write(unpackable if value == UNPACKABLE else value.to_bytes(size, "little"))
    os.chmod(path, 0o600)


def load(
    folder: Path,
    weights_file: Path,
    weights: Mapping[str, Mapping[str, float]],
    packer: RowPacker,
) -> PackedRows | None:
    """Return the packed rows in `folder` for `weights` (read from `weights_file`), or None
    when they were packed from another file or another way: then rows are packed as used."""
    try:
        with open(folder / FILE_NAME, "rb") as source:
            header = json.loads(source.readline())
            start = source.tell()
            # Populated at once: a page first touched while tagging costs more than its row.
            data = mmap.mmap(
                source.fileno(),
                0,
                flags=mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0),
                prot=mmap.PROT_READ,
            )
    except (OSError, ValueError):
        return None
    size = 4 * len(packer.labels)
    expected = {
        "format": FORMAT,
        **packer.layout,
        "rows": len(weights),
        "weights": _identity(weights_file),
    }
    if header != expected or len(data) != start + size * len(weights):
        return None
    # Row numbers in the weights' order (the file's): a copy of the dict keeps its hashes,
    # so only the values are set, several times faster than building a new dict.
    index = dict(weights)
    index.update(zip(weights, itertools.count()))  # type: ignore[arg-type]
    rows = PackedRows(index, data, start, size)  # type: ignore[arg-type]
    step = max(1, len(weights) // _CHECKED_ROWS)
    for feature, row in itertools.islice(weights.items(), 0, None, step):
        if rows.get(feature) != packer.pack(row):
            return None
    return rows


def write_model(folder: Path, weights_file: Path, params: list[Any]) -> None:
    """Write the model's `params` (weights, tagdict, classes, as read from its JSON files,
    the weights from `weights_file`) into `folder` in marshal's format."""
    path = folder / PARAMS_NAME
    with open(path, "wb") as out:
        out.write(json.dumps(_model_header(weights_file)).encode("utf-8") + b"\n")
        out.write(marshal.dumps(params))
    os.chmod(path, 0o600)


def read_model(folder: Path, weights_file: Path) -> list[Any] | None:
    """Return the params that `write_model` wrote for `weights_file`, or None when they are
    missing, cut short, or written from another file or by another Python."""
    try:
        with open(folder / PARAMS_NAME, "rb") as source:
            if json.loads(source.readline()) != _model_header(weights_file):
                return None
            params = marshal.loads(source.read())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return params if isinstance(params, list) and len(params) == 3 else None


def _model_header(weights_file: Path) -> dict[str, Any]:
    # marshal's format may change between Python versions; a copy from another one is not read.
    return {"format": FORMAT, "python": sys.implementation.cache_tag, "marshal": marshal.version,
            "weights": _identity(weights_file)}


def _identity(weights_file: Path) -> list[int | str]:
    """Return what tells one weights file from another written in its place: its size and a
    hash of its two ends (the same file built twice gives the same identity, unlike its time)."""
    size = weights_file.stat().st_size
    digest = hashlib.sha256()
    with open(weights_file, "rb") as source:
        digest.update(source.read(_ENDS))
        source.seek(max(0, size - _ENDS))
        digest.update(source.read(_ENDS))
    return [size, digest.hexdigest()]
