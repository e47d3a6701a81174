"""Run the benchmarks: `python -m benchmarks [--smoke] [--gold PATH] [--article PATH] [--markdown]`.

Every figure is printed beside a floor measured in the same run, their ratio,
the target and whether it is met. The exit status is non-zero only when a
benchmark crashes, never because a target is missed.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from benchmarks.components import NotAvailable
from benchmarks.context import DEFAULT_ARTICLE, DEFAULT_GOLD, Context
from benchmarks.report import Figure, machine, machine_line, markdown, text_line, unavailable

# Cold start first: it times the first build of the NLTK data cache before anything else has.
# Quality (benchmarks/quality.py, the generator's own) is last: it measures no speed.
BENCHMARKS = ("cold_start", "throughput", "batch", "tui", "export", "yaml_load", "quality")


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Run the benchmarks; each figure is printed beside a floor measured in the"
                    " same run, their ratio, the target, and met or MISSED.",
    )
    parser.add_argument("--smoke", action="store_true",
                        help="tiny made-up inputs, one run each: checks that every benchmark runs")
    parser.add_argument("--gold", type=Path, default=None, metavar="PATH",
                        help=f"the gold data folder (default: {DEFAULT_GOLD}, when present)")
    parser.add_argument("--article", type=Path, default=None, metavar="PATH",
                        help=f"the commissioning article (default: {DEFAULT_ARTICLE})")
    parser.add_argument("--only", action="append", choices=BENCHMARKS, metavar="NAME",
                        help="run only this benchmark (repeatable): " + ", ".join(BENCHMARKS))
    parser.add_argument("--markdown", action="store_true",
                        help="also print a Markdown table for the README")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary work folder and print where it is")
    args = parser.parse_args(argv)
    for option, path in (("--gold", args.gold), ("--article", args.article)):
        if path is not None and not path.exists():
            parser.error(f"{option} {path}: no such file or folder")
    return args


def _existing(path: Path | None, default: Path) -> Path | None:
    if path is not None:
        return path.resolve()
    return default if default.exists() else None


def run_benchmark(name: str, context: Context, figures: list[Figure]) -> bool:
    """Run one benchmark, printing each figure as it comes; return False if it crashed."""
    try:
        module = importlib.import_module(f"benchmarks.{name}")
        for figure in module.run(context):
            figures.append(figure)
            print(text_line(figure), flush=True)
    except NotAvailable as missing:
        figure = unavailable(name, "(all figures)", str(missing))
        figures.append(figure)
        print(text_line(figure), flush=True)
    except Exception:  # a crash of one benchmark must not hide the others' figures
        traceback.print_exc()
        figure = unavailable(name, "(crashed)", "CRASHED: see the traceback above")
        figures.append(figure)
        print(text_line(figure), flush=True)
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    workdir = Path(tempfile.mkdtemp(prefix="quizgen-bench-"))
    # Private cache and data folders: a benchmark run never reads or writes the user's.
    os.environ["QUIZGEN_CACHE_DIR"] = str(workdir / "cache")
    os.environ["QUIZGEN_DATA_DIR"] = str(workdir / "data")
    os.environ.pop("QUIZGEN_NLTK_DATA", None)
    context = Context(
        smoke=args.smoke, workdir=workdir,
        article=_existing(args.article, DEFAULT_ARTICLE),
        gold=None if args.smoke else _existing(args.gold, DEFAULT_GOLD),
    )
    info = machine()
    print(machine_line(info) + ("  [smoke: tiny inputs, figures mean nothing]"
                                if args.smoke else ""), flush=True)
    figures: list[Figure] = []
    crashed: list[str] = []
    started = time.perf_counter()
    try:
        for name in args.only or BENCHMARKS:
            if not run_benchmark(name, context, figures):
                crashed.append(name)
    finally:
        if args.keep:
            print(f"work folder kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"took {time.perf_counter() - started:.1f} s", flush=True)
    if args.markdown:
        print()
        print(markdown(figures, info))
    if crashed:
        print(f"benchmarks: crashed: {', '.join(crashed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
