"""The benchmark runner as the lead uses it: figures, MISSED beside missed targets, crashes fail."""

from __future__ import annotations

import sys
import tempfile
import types
from collections.abc import Iterator

import pytest

import benchmarks.__main__ as runner
from benchmarks.components import NotAvailable
from benchmarks.context import Context
from benchmarks.report import Figure, markdown, text_line, timed


def _register(monkeypatch: pytest.MonkeyPatch, name: str, run) -> None:  # type: ignore[no-untyped-def]
    module = types.ModuleType(f"benchmarks.{name}")
    module.NAME = name  # type: ignore[attr-defined]
    module.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, f"benchmarks.{name}", module)


@pytest.fixture
def fake_benchmarks(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the run's work folder goes here
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("QUIZGEN_DATA_DIR", str(tmp_path / "data"))
    # The runner sets or removes these for its run; monkeypatch restores them afterwards.
    monkeypatch.delenv("QUIZGEN_NLTK_DATA", raising=False)

    def slow(context: Context) -> Iterator[Figure]:
        yield timed("slow", "a step", 3.0, 1.0, "nothing", max_s=2.0)

    def fast(context: Context) -> Iterator[Figure]:
        yield timed("fast", "a step", 0.5, 0.4, "nothing", max_s=2.0, max_ratio=1.5)

    def boom(context: Context) -> Iterator[Figure]:
        raise RuntimeError("the component blew up")
        yield  # pragma: no cover

    def missing(context: Context) -> Iterator[Figure]:
        raise NotAvailable("quizgen.widget not available yet")
        yield  # pragma: no cover

    for name, run in (("slow", slow), ("fast", fast), ("boom", boom), ("missing", missing)):
        _register(monkeypatch, name, run)
    monkeypatch.setattr(runner, "BENCHMARKS", ("slow", "fast", "boom", "missing"))


@pytest.mark.usefixtures("fake_benchmarks")
def test_a_missed_target_is_printed_as_missed_and_the_run_still_succeeds(capsys) -> None:  # type: ignore[no-untyped-def]
    code = runner.main(["--same-process", "--only", "slow", "--only", "fast"])
    out = capsys.readouterr().out
    assert code == 0
    slow_line = next(line for line in out.splitlines() if line.startswith("slow:"))
    fast_line = next(line for line in out.splitlines() if line.startswith("fast:"))
    assert slow_line.endswith("MISSED")
    assert fast_line.endswith("met")


@pytest.mark.usefixtures("fake_benchmarks")
def test_a_smoke_run_judges_no_target_because_its_inputs_are_tiny(capsys) -> None:  # type: ignore[no-untyped-def]
    code = runner.main(["--same-process", "--smoke", "--only", "slow", "--only", "fast"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    slow_line = next(line for line in lines if line.startswith("slow:"))
    assert "target < 2 s, not judged" in slow_line
    assert not any(line.endswith(("MISSED", "met")) for line in lines)


@pytest.mark.usefixtures("fake_benchmarks")
def test_a_crashing_benchmark_fails_the_run_but_the_others_still_report(capsys) -> None:  # type: ignore[no-untyped-def]
    code = runner.main(["--same-process", "--smoke"])
    captured = capsys.readouterr()
    assert code != 0
    assert "the component blew up" in captured.err
    assert "CRASHED" in captured.out
    assert "fast: a step" in captured.out  # ran after nothing: before the crash
    assert "missing: (all figures)" in captured.out


@pytest.mark.usefixtures("fake_benchmarks")
def test_a_component_not_yet_built_is_reported_without_failing(capsys) -> None:  # type: ignore[no-untyped-def]
    code = runner.main(["--same-process", "--smoke", "--only", "missing"])
    assert code == 0
    assert "quizgen.widget not available yet" in capsys.readouterr().out


@pytest.mark.usefixtures("fake_benchmarks")
def test_markdown_gives_one_table_row_per_figure_with_the_machine_above(capsys) -> None:  # type: ignore[no-untyped-def]
    runner.main(["--same-process", "--smoke", "--only", "slow", "--only", "fast", "--markdown"])
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| benchmark | figure | value | floor | ratio | target | met |")
    assert len(rows) == 3
    assert "cores" in out and "Python" in out


def test_a_figure_with_two_targets_is_met_only_when_both_hold() -> None:
    under_both = timed("export", "write", 1.0, 0.8, "genanki", max_s=5.0, max_ratio=1.5)
    too_slow_against_floor = timed("export", "write", 1.0, 0.5, "genanki", max_s=5.0, max_ratio=1.5)
    assert under_both.met is True
    assert too_slow_against_floor.met is False
    assert too_slow_against_floor.ratio == "2.00x"


def test_table_cells_escape_pipes_so_a_note_cannot_break_the_row() -> None:
    figure = Figure("b", "name | with pipe", value="1 s", note="a|b")
    table = markdown([figure], {"date": "d", "cores": "2", "cpu": "c", "python": "3", "load": "0"})
    row = table.splitlines()[-1]
    assert row.count(" | ") == 6
    assert "name \\| with pipe" in row
    assert text_line(figure).startswith("b: name | with pipe")
