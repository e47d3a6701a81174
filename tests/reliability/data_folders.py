"""Comparing quizgen's NLTK data folders file by file (a whole cache has every file, unchanged)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path


def with_empty_cache(env: Mapping[str, str], cache: Path) -> dict[str, str]:
    """Return `env` changed so that quizgen builds its NLTK data afresh in `cache`."""
    kept = {key: value for key, value in env.items() if key != "QUIZGEN_NLTK_DATA"}
    return {**kept, "QUIZGEN_CACHE_DIR": str(cache)}


def data_files(root: Path) -> dict[str, str]:
    """Return {relative path: sha256} of the data under `root`.

    Lock files and the staging folders of builds (`.build-*`) are left out: they
    are not data that NLTK reads.
    """
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.name.endswith(".lock")
        and not path.relative_to(root).parts[0].startswith(".build-")
    }


def staging_folders(root: Path) -> set[str]:
    """Return the names of build staging folders in `root` (left behind by a killed build)."""
    return {path.name for path in root.glob(".build-*")} if root.is_dir() else set()
