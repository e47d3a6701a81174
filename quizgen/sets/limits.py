"""Limits that keep a hostile question-set file from using unbounded time or memory."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from quizgen.sets.problems import InvalidSetError, Problem


def _default_max_bytes() -> int:
    # 10,000 generated questions take about 7 MB, so 32 MB leaves room while stopping a 100 MB
    # file.
    value = os.environ.get("QUIZGEN_MAX_SET_BYTES", "")
    return int(value) if value.isdigit() else 32 * 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How big a question-set file may be, and how far its YAML aliases may expand."""

    max_bytes: int = 0  # 0: $QUIZGEN_MAX_SET_BYTES, else 32 MB
    max_aliases: int = 1000
    # Nodes the document would have with every alias expanded; a "billion laughs" file
    # is small on disk but expands to billions.
    max_expanded_nodes: int = 2_000_000

    @property
    def byte_limit(self) -> int:
        return self.max_bytes or _default_max_bytes()


DEFAULT_LIMITS = Limits()


def read_limited(path: Path, limits: Limits) -> bytes:
    """Return the bytes of `path`, reading no more than the size limit.

    Raises InvalidSetError (a FormatError) if the file is larger than the limit,
    and OSError if it cannot be read.
    """
    limit = limits.byte_limit
    with open(path, "rb") as handle:
        content = handle.read(limit + 1)
    if len(content) > limit:
        raise InvalidSetError([Problem(
            str(path), 1, 1, f"the file is larger than the limit of {limit:,} bytes"
            # The limit came from `check --max-bytes` or from the environment.
            + (" (raise it with --max-bytes N)" if limits.max_bytes
               else " (set QUIZGEN_MAX_SET_BYTES to raise it)")
        )])
    return content
