"""Cold start: `quizgen --help`, a cold `quizgen generate`, the first build of the data cache."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from pathlib import Path

from benchmarks.components import NotAvailable, attribute, quizgen_command, require_command
from benchmarks.context import REPO, Context
from benchmarks.corpus import synthetic_article
from benchmarks.report import Figure, timed, unavailable
from benchmarks.timing import alternate, environment, run_timed

NAME = "cold_start"

HELP_LIMIT_S = 0.3
GENERATE_LIMIT_S = 1.5

_BUILD_ALL = (
    "from quizgen.nlp.resources import RESOURCES, ensure\nfor name in RESOURCES: ensure(name)"
)


def run(context: Context) -> Iterator[Figure]:
    quizgen = quizgen_command()
    help_s, floor_s = alternate(
        lambda: run_timed([*quizgen, "--help"]),
        lambda: run_timed([sys.executable, "-c", "pass"]),
        context.repeats(7),
    )
    yield timed(NAME, "quizgen --help", help_s, floor_s, "python -c pass", max_s=HELP_LIMIT_S)
    yield _first_cache_build(context)
    article = _article(context)
    if article is None:
        yield unavailable(NAME, "cold quizgen generate",
                          "skipped: no commissioning article (give --article PATH)")
        return
    try:
        require_command("generate")
    except NotAvailable as missing:  # reported per figure, so the other figures still show
        yield unavailable(NAME, "cold quizgen generate", str(missing))
        return
    yield from _cold_generate(context, quizgen, article)


def _article(context: Context) -> Path | None:
    if context.smoke:
        path = context.folder(NAME) / "made-up-article.txt"
        path.write_text(synthetic_article(seed=7), encoding="utf-8")
        return path
    return context.article


def _first_cache_build(context: Context) -> Figure:
    """Build every NLTK resource into an empty cache folder, against the same with it built."""
    attribute("quizgen.nlp.resources", "RESOURCES")
    counter = itertools.count()
    built = environment(QUIZGEN_CACHE_DIR=str(context.folder(f"{NAME}/cache-built")))
    run_timed([sys.executable, "-c", _BUILD_ALL], built)

    def first_build() -> float:
        fresh = context.folder(f"{NAME}/cache-fresh-{next(counter)}")
        fresh_env = environment(QUIZGEN_CACHE_DIR=str(fresh))
        return run_timed([sys.executable, "-c", _BUILD_ALL], fresh_env)

    first_s, again_s = alternate(
        first_build, lambda: run_timed([sys.executable, "-c", _BUILD_ALL], built),
        context.repeats(3),
    )
    return timed(NAME, "first build of the NLTK data cache", first_s, again_s,
                 "same, cache already built", note="reported, no target")


def _cold_generate(context: Context, quizgen: list[str], article: Path) -> Iterator[Figure]:
    folder = context.folder(NAME)
    runs = itertools.count()

    def generate(env: dict[str, str] | None = None) -> float:
        output = folder / f"generated-{next(runs)}.yaml"
        return run_timed([*quizgen, "generate", str(article), "-o", str(output)], env)

    generate()  # builds the data cache in the run's cache folder, as a user's first run would
    data_root = attribute("quizgen.nlp.resources", "data_root")()
    floor_env = environment(NLTK_DATA=str(data_root), PYTHONPATH=str(REPO))
    generate_s, floor_s = alternate(
        generate,
        lambda: run_timed([sys.executable, "-m", "benchmarks.nltk_floor", str(article)], floor_env),
        context.repeats(5),
    )
    yield timed(NAME, "cold quizgen generate (cache built)", generate_s, floor_s,
                "cold python: NLTK split+tokenise+tag", max_s=GENERATE_LIMIT_S)
    fresh = context.folder(f"{NAME}/generate-cache-fresh")
    first_s = generate(environment(QUIZGEN_CACHE_DIR=str(fresh)))
    yield timed(NAME, "first quizgen generate (empty cache)", first_s, generate_s,
                "same, cache built", note="reported, no target")
