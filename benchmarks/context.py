"""What every benchmark is given: smoke or full, where the inputs are, and a private work folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLE = REPO.parent / "shared" / "articles" / "sochi-talks.txt"
DEFAULT_GOLD = REPO.parent / "shared" / "gold"


@dataclass(frozen=True)
class Context:
    """Settings of one benchmark run.

    `workdir` is a temporary folder that the run owns; QUIZGEN_CACHE_DIR and
    QUIZGEN_DATA_DIR point into it, so a run never touches the user's files.
    """

    smoke: bool
    workdir: Path
    article: Path | None
    gold: Path | None

    def repeats(self, full: int) -> int:
        """Return how many times to measure something cheap: once in smoke mode."""
        return 1 if self.smoke else full

    def folder(self, name: str) -> Path:
        """Return a fresh subfolder of the work folder for one benchmark."""
        path = self.workdir / name
        path.mkdir(parents=True, exist_ok=True)
        return path
