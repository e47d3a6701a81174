"""Where quizgen keeps its per-user files: caches, progress and the user's own decks."""

from __future__ import annotations

import os
from pathlib import Path


def _xdg(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable, "")
    # The XDG spec says relative values are invalid and must be ignored.
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / fallback


def cache_dir() -> Path:
    """Return the per-user cache folder (`$QUIZGEN_CACHE_DIR`, else XDG cache)."""
    override = os.environ.get("QUIZGEN_CACHE_DIR")
    return Path(override) if override else _xdg("XDG_CACHE_HOME", ".cache") / "quizgen"


def data_dir() -> Path:
    """Return the per-user data folder (`$QUIZGEN_DATA_DIR`, else XDG data)."""
    override = os.environ.get("QUIZGEN_DATA_DIR")
    return Path(override) if override else _xdg("XDG_DATA_HOME", ".local/share") / "quizgen"


def user_decks_dir() -> Path:
    """Return the folder for the user's own question sets."""
    return data_dir() / "decks"


def progress_db_path() -> Path:
    """Return the SQLite file that holds quiz progress."""
    return data_dir() / "progress.sqlite3"


def bundled_decks_dir() -> Path:
    """Return the `decks/` folder shipped with the project (`$QUIZGEN_BUNDLED_DECKS` overrides)."""
    override = os.environ.get("QUIZGEN_BUNDLED_DECKS")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "decks"
