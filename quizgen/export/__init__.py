"""Export question sets to Anki packages (.apkg) that update in place on re-import."""

from __future__ import annotations

from quizgen.export.package import ExportSummary, build_package, write_apkg

__all__ = ["ExportSummary", "build_package", "write_apkg"]
