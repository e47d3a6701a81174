"""Run the benchmarks: `python -m benchmarks [--smoke] [--gold PATH] [--article PATH] [--markdown]`.

Every figure is printed beside a floor measured in the same run, their ratio,
the target and whether it is met. The exit status is non-zero only when a
benchmark crashes, never because a target is missed. Each benchmark runs in a
fresh interpreter, so that none is measured amid the memory and caches that an
earlier one left behind.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

from benchmarks.components import NotAvailable
from benchmarks.context import DEFAULT_ARTICLE, DEFAULT_GOLD, REPO, Context
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
    parser.add_argument("--same-process", action="store_true",
                        help="run every benchmark in this process (for profiling; figures of later"
                             " benchmarks then carry the memory and caches of earlier ones)")
    # How the runner starts each benchmark in a fresh interpreter; not for people.
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--figures-to", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    for option, path in (("--gold", args.gold), ("--article", args.article)):
        if path is not None and not path.exists():
            parser.error(f"{option} {path}: no such file or folder")
    return args


def _existing(path: Path | None, default: Path) -> Path | None:
    if path is not None:
        return path.resolve()
    return default if default.exists() else None


def run_benchmark(
    name: str, context: Context, figures: list[Figure], record: Path | None = None
) -> bool:
    """Run one benchmark here, printing each figure as it comes; return False if it crashed.

    With `record`, each figure is also appended to that file as a line of JSON.
    """

    def add(figure: Figure) -> None:
        if context.smoke and figure.met is not None:
            # Tiny inputs say nothing about a target: a "MISSED" there would only mislead.
            figure = dataclasses.replace(figure, met=None, target=f"{figure.target}, not judged")
        figures.append(figure)
        print(text_line(figure), flush=True)
        if record is not None:
            with open(record, "a", encoding="utf-8") as out:
                out.write(json.dumps(dataclasses.asdict(figure)) + "\n")

    try:
        module = importlib.import_module(f"benchmarks.{name}")
        for figure in module.run(context):
            add(figure)
    except NotAvailable as missing:
        add(unavailable(name, "(all figures)", str(missing)))
    except Exception:  # a crash of one benchmark must not hide the others' figures
        traceback.print_exc()
        add(unavailable(name, "(crashed)", "CRASHED: see the traceback above"))
        return False
    return True


def run_in_fresh_process(name: str, context: Context, figures: list[Figure]) -> bool:
    """Run one benchmark in a fresh interpreter, so none measures in the leftovers of another.

    Its lines show as they come; its figures are read back afterwards. Returns
    False if it crashed.
    """
    record = context.workdir / f"figures-{name}.jsonl"
    command = [sys.executable, "-m", "benchmarks", "--only", name,
               "--workdir", str(context.workdir), "--figures-to", str(record)]
    if context.smoke:
        command.append("--smoke")
    for option, path in (("--gold", context.gold), ("--article", context.article)):
        if path is not None:
            command += [option, str(path)]
    done = subprocess.run(command, cwd=REPO, check=False)
    recorded: list[Figure] = []
    if record.exists():
        with open(record, encoding="utf-8") as lines:
            recorded = [Figure(**json.loads(line)) for line in lines if line.strip()]
    figures.extend(recorded)
    if done.returncode != 0 and not any(f.name == "(crashed)" for f in recorded):
        # Killed or died before it could say so (out of memory, a signal).
        died = unavailable(name, "(crashed)", f"CRASHED: exit status {done.returncode}")
        figures.append(died)
        print(text_line(died), flush=True)
    return done.returncode == 0


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    names = args.only or BENCHMARKS
    child = args.figures_to is not None
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="quizgen-bench-"))
    if not child:
        # Private cache and data folders: a benchmark run never reads or writes the user's.
        os.environ["QUIZGEN_CACHE_DIR"] = str(workdir / "cache")
        os.environ["QUIZGEN_DATA_DIR"] = str(workdir / "data")
        os.environ.pop("QUIZGEN_NLTK_DATA", None)
    context = Context(
        smoke=args.smoke, workdir=workdir,
        article=_existing(args.article, DEFAULT_ARTICLE),
        gold=None if args.smoke else _existing(args.gold, DEFAULT_GOLD),
    )
    figures: list[Figure] = []
    if child:
        crashed = [name for name in names
                   if not run_benchmark(name, context, figures, args.figures_to)]
        return 1 if crashed else 0
    info = machine()
    print(machine_line(info) + ("  [smoke: tiny inputs, figures mean nothing]"
                                if args.smoke else ""), flush=True)
    crashed = []
    started = time.perf_counter()
    try:
        for name in names:
            ok = (run_benchmark(name, context, figures) if args.same_process
                  else run_in_fresh_process(name, context, figures))
            if not ok:
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
