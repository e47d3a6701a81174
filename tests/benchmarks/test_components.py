"""Finding a measured component: "not available yet" only when the component itself is missing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks.components import NotAvailable, attribute


def test_a_missing_module_or_name_is_not_available() -> None:
    with pytest.raises(NotAvailable):
        attribute("quizgen.no_such_component", "run")
    with pytest.raises(NotAvailable):
        attribute("quizgen.model", "no_such_name")


def test_a_broken_import_inside_a_component_is_a_failure_not_a_gap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "halfbuilt.py").write_text("import no_such_dependency_anywhere\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "halfbuilt", raising=False)
    with pytest.raises(ModuleNotFoundError):
        attribute("halfbuilt", "run")
