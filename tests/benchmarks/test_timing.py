"""Timing helpers: floors measured in turn with figures, and child processes' cost and failures."""

from __future__ import annotations

import sys

import pytest

from benchmarks.timing import BenchmarkFailure, interleaved, run_child, samples


def test_measures_are_taken_in_turn_and_their_medians_returned() -> None:
    calls: list[str] = []
    values = {"a": iter([5.0, 1.0, 3.0]), "b": iter([10.0, 30.0, 20.0])}

    def measure(name: str):  # type: ignore[no-untyped-def]
        def take() -> float:
            calls.append(name)
            return next(values[name])
        return take

    medians = interleaved([measure("a"), measure("b")], repeats=3)
    assert calls == ["a", "b", "a", "b", "a", "b"]
    assert medians == [3.0, 20.0]


def test_peak_memory_of_a_child_includes_what_it_allocated() -> None:
    small = run_child([sys.executable, "-c", "pass"])
    big = run_child([sys.executable, "-c", "x = b'1' * (200 * 1024 * 1024)"])
    assert big.peak_rss_kb - small.peak_rss_kb > 150 * 1024


def test_a_failing_child_raises_with_its_error_output() -> None:
    with pytest.raises(BenchmarkFailure, match="no such thing"):
        run_child([sys.executable, "-c", "import sys; sys.exit('no such thing')"])


def test_a_spent_budget_stops_further_rounds_but_keeps_the_first() -> None:
    taken = samples([lambda: 1.0, lambda: 2.0], repeats=5, budget_s=0.0)
    assert taken == [[1.0], [2.0]]
