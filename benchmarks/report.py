"""Figures and how they are printed: aligned lines for a terminal, or a Markdown table."""

from __future__ import annotations

import datetime
import os
import platform
from collections.abc import Sequence
from dataclasses import dataclass

MISSED = "MISSED"


@dataclass(frozen=True)
class Figure:
    """One measured figure beside its floor: every field is already formatted for people.

    `met` is None when the figure has no target (it is reported only), or when
    it could not be measured (then `note` says why).
    """

    benchmark: str
    name: str
    value: str = ""
    floor: str = ""
    ratio: str = ""
    target: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.met is None:
            return ""
        return "met" if self.met else MISSED


def unavailable(benchmark: str, name: str, why: str = "not available yet") -> Figure:
    """Return the line printed for a figure whose component has not landed (or was skipped)."""
    return Figure(benchmark, name, note=why)


def seconds(value: float) -> str:
    """Format a duration for people: milliseconds below one second."""
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def rate(words_per_second: float) -> str:
    return f"{words_per_second:,.0f} words/s"


def megabytes(kilobytes: float) -> str:
    return f"{kilobytes / 1024:.1f} MB"


def times(ratio: float) -> str:
    return f"{ratio:.2f}x"


def timed(
    benchmark: str,
    name: str,
    value_s: float,
    floor_s: float | None = None,
    floor_name: str = "",
    *,
    max_s: float | None = None,
    max_ratio: float | None = None,
    note: str = "",
) -> Figure:
    """Return a figure for a duration, its floor and ratio, checked against its targets.

    `max_s` is an absolute limit, `max_ratio` a limit on value / floor; either,
    both or neither may be given, and the figure is met only when all hold.
    """
    ratio = value_s / floor_s if floor_s else None
    targets: list[str] = []
    checks: list[bool] = []
    if max_s is not None:
        targets.append(f"< {max_s:g} s")
        checks.append(value_s < max_s)
    if max_ratio is not None and ratio is not None:
        targets.append(f"<= {max_ratio:g}x floor")
        checks.append(ratio <= max_ratio)
    floor_text = f"{seconds(floor_s)} ({floor_name})" if floor_s is not None else ""
    return Figure(
        benchmark, name, value=seconds(value_s), floor=floor_text,
        ratio=times(ratio) if ratio is not None else "", target=", ".join(targets),
        met=all(checks) if checks else None, note=note,
    )


def machine() -> dict[str, str]:
    """Return what a reader needs to compare figures across machines."""
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        model = platform.processor() or model
    try:
        load = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        load = "unknown"
    return {
        "cores": str(len(os.sched_getaffinity(0))),
        "cpu": model,
        "python": platform.python_version(),
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "load": load,
    }


def machine_line(info: dict[str, str]) -> str:
    return (f"machine: {info['cores']} cores, {info['cpu']}, Python {info['python']}; "
            f"{info['date']}; load average at start {info['load']}")


def text_line(figure: Figure, width: int = 56) -> str:
    """Return one line for a figure: a note in place of numbers where nothing was measured."""
    label = f"{figure.benchmark}: {figure.name}".ljust(width)
    if not figure.value:
        return f"{label}  -- {figure.note}"
    parts = [figure.value]
    if figure.floor:
        parts.append(f"floor {figure.floor}")
    if figure.ratio:
        parts.append(f"ratio {figure.ratio}")
    if figure.target:
        parts.append(f"target {figure.target}")
    if figure.verdict:
        parts.append(figure.verdict)
    if figure.note:
        parts.append(f"({figure.note})")
    return f"{label}  " + " | ".join(parts)


def markdown(figures: Sequence[Figure], info: dict[str, str]) -> str:
    """Return the README table: one row a figure, with the machine and date above it."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    rows = [
        f"Measured {info['date']} on {info['cores']} cores ({info['cpu']}), "
        f"Python {info['python']}, load average at start {info['load']}.",
        "",
        "| benchmark | figure | value | floor | ratio | target | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in figures:
        value = f.value or f.note
        verdict = f.verdict or ("" if f.value else "-")
        if f.value and f.note:
            value = f"{f.value} ({f.note})"
        rows.append("| " + " | ".join(cell(c) for c in (
            f.benchmark, f.name, value, f.floor, f.ratio, f.target, verdict)) + " |")
    return "\n".join(rows)
