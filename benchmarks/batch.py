"""Batch scale: `quizgen generate DIR` with -j 1 against -j 2, and peak memory as articles grow."""

from __future__ import annotations

import os
from collections.abc import Iterator

from benchmarks.components import quizgen_command, require_command
from benchmarks.context import Context
from benchmarks.corpus import gold_articles, synthetic_article, word_count, write_articles
from benchmarks.report import Figure, megabytes, seconds, times, unavailable
from benchmarks.timing import ChildRun, run_child

NAME = "batch"

SIZES = (50, 200, 500)
SMOKE_SIZES = (1, 3)
MAX_RSS_GROWTH = 1.10  # memory stays flat: under 10% more at the largest size than the smallest
PARALLEL = 2
MIN_SPEEDUP = 1.6  # "uses all cores": 80% of the ideal 2x on 2 processes


def run(context: Context) -> Iterator[Figure]:
    require_command("generate")
    sizes = SMOKE_SIZES if context.smoke else SIZES
    if context.smoke:
        articles = [synthetic_article(seed, sentences=6) for seed in range(max(sizes))]
    elif context.gold is None:
        yield unavailable(NAME, "(all figures)", "skipped: no gold folder (give --gold PATH)")
        return
    else:
        articles = gold_articles(context.gold, max(sizes))
    folder = context.folder(NAME)
    quizgen = quizgen_command()

    def generate(size: int, jobs: int) -> ChildRun:
        source = folder / f"articles-{size}"
        if not source.exists():
            write_articles(articles[:size], source)
        output = folder / f"sets-{size}-j{jobs}"
        return run_child([*quizgen, "generate", str(source), "-o", str(output), "-j", str(jobs)])

    if not context.smoke:
        generate(1, 1)  # builds the data cache, so that no measured run pays for it
    serial = {size: generate(size, 1) for size in sizes}
    smallest, largest = sizes[0], sizes[-1]
    for size in sizes:
        growth = serial[size].peak_rss_kb / serial[smallest].peak_rss_kb
        checked = size == largest
        yield Figure(
            NAME, f"peak RSS, {_articles(size)} (-j 1)", value=megabytes(serial[size].peak_rss_kb),
            floor=f"{megabytes(serial[smallest].peak_rss_kb)} ({_articles(smallest)})"
            if size != smallest else "",
            ratio=times(growth) if size != smallest else "",
            target=f"<= {MAX_RSS_GROWTH:g}x" if checked else "",
            met=growth <= MAX_RSS_GROWTH if checked else None,
        )
    load_before = os.getloadavg()[0]
    parallel = generate(largest, PARALLEL)
    speedup = serial[largest].wall_s / parallel.wall_s
    words = sum(word_count(text) for text in articles[:largest])
    yield Figure(
        NAME, f"speed-up -j {PARALLEL} over -j 1, {_articles(largest)}",
        value=f"{seconds(parallel.wall_s)} (-j {PARALLEL})",
        floor=f"{seconds(serial[largest].wall_s)} (-j 1)", ratio=f"speed-up {times(speedup)}",
        target=f">= {MIN_SPEEDUP:g}x", met=speedup >= MIN_SPEEDUP,
        note=f"{words:,} words, one run each; load average {load_before:.2f} before -j {PARALLEL}",
    )
    one = serial[largest]
    yield Figure(
        NAME, f"cores busy with -j {PARALLEL}",
        value=f"{parallel.cpu_s / parallel.wall_s:.2f} cores",
        floor=f"{one.cpu_s / one.wall_s:.2f} cores (-j 1)",
        ratio=f"CPU time {times(parallel.cpu_s / one.cpu_s)}",
        note=f"CPU time / wall time: {parallel.cpu_s:.1f} s / {parallel.wall_s:.1f} s with -j "
             f"{PARALLEL}, {one.cpu_s:.1f} s / {one.wall_s:.1f} s with -j 1;"
             f" other processes' load lowers both",
    )


def _articles(count: int) -> str:
    return f"{count} article{'s' if count != 1 else ''}"
