"""Generation throughput: words/s of the NLP layer and the generator, against plain NLTK tagging.

Each measurement is one run on text the process has not seen: a fresh
interpreter loads every model, warms up on made-up text, then times the floor
and one run of the measured function on the input. Repeating a run on the same
text in one process would measure the generator's caches of that text (its
WordNet look-ups, word lists, packed tagger rows), which a user generating from
a new article does not have. The run repeated on the same text is reported
beside, for the short article, to show how much those caches give.

`python -m benchmarks.throughput generate|analyse FILE` is that fresh process;
it prints JSON.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.components import NotAvailable, attribute
from benchmarks.context import REPO, Context
from benchmarks.corpus import gold_text, synthetic_article, word_count
from benchmarks.report import Figure, rate, times, unavailable
from benchmarks.timing import BenchmarkFailure, environment, time_call

NAME = "throughput"

MAX_RATIO = 2.0  # the whole generator takes at most twice the floor's time
LONG_WORDS = 200_000
FLOOR_NAME = "NLTK split+tokenise+tag"
# Rounds after the first stop once this is spent: a slow generator is still measured, once.
BUDGET_S = 240.0
# The same text timed a second time in the process, only below this size (it doubles the cost).
REPEAT_BELOW_WORDS = 50_000

_MEASURED = {"analyse": ("quizgen.nlp.pipeline", "analyse_text"),
             "generate": ("quizgen.generate", "generate_set")}


def run(context: Context) -> Iterator[Figure]:
    attribute(*_MEASURED["analyse"])
    kinds = ["analyse"]
    try:
        attribute(*_MEASURED["generate"])
        kinds.append("generate")
    except NotAvailable as missing:
        yield unavailable(NAME, "generate words/s", str(missing))
    folder = context.folder(NAME)
    for number, (label, text) in enumerate(_inputs(context)):
        if text is None:
            yield unavailable(NAME, label, "skipped: input not found (see --article, --gold)")
            continue
        path = folder / f"input-{number}.txt"
        path.write_text(text, encoding="utf-8")
        rounds = context.repeats(5 if word_count(text) < REPEAT_BELOW_WORDS else 3)
        yield from measure(label, path, kinds, rounds)


def measure(label: str, path: Path, kinds: list[str], rounds: int) -> Iterator[Figure]:
    """Yield words/s of each kind on the text at `path`, beside the floor's, medians of rounds."""
    words = word_count(path.read_text(encoding="utf-8"))
    taken: dict[str, list[dict]] = {kind: [] for kind in kinds}
    started = time.perf_counter()
    for round_number in range(rounds):
        spent = time.perf_counter() - started
        if round_number and spent + spent / round_number > BUDGET_S:
            break
        for kind in kinds:
            taken[kind].append(_fresh_run(kind, path))
    floor_s = statistics.median(r["floor_s"] for runs in taken.values() for r in runs)
    floor = f"{rate(words / floor_s)} ({FLOOR_NAME})"
    for kind in kinds:
        runs = taken[kind]
        value_s = statistics.median(r["value_s"] for r in runs)
        ratio = value_s / floor_s
        processes = f"{len(runs)} fresh process" + ("es" if len(runs) != 1 else "")
        note = f"{words:,} words, median of {processes}"
        repeats = [r["repeat_s"] for r in runs if r.get("repeat_s")]
        if repeats:
            note += (f"; the same text again in the same process: "
                     f"{times(statistics.median(repeats) / floor_s)}")
        if kind == "generate":
            yield Figure(
                NAME, f"generate words/s, {label}", value=rate(words / value_s), floor=floor,
                ratio=f"{times(ratio)} the time", target=f"<= {MAX_RATIO:g}x",
                met=ratio <= MAX_RATIO, note=f"{note}; {runs[-1]['questions']} questions",
            )
        else:
            yield Figure(NAME, f"NLP analyse_text words/s, {label}", value=rate(words / value_s),
                         floor=floor, ratio=f"{times(ratio)} the time", note=note)


def _fresh_run(kind: str, path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.throughput", kind, str(path)],
        capture_output=True, text=True, cwd=REPO, env=environment(PYTHONPATH=str(REPO)),
        timeout=3600,
    )
    if done.returncode != 0:
        raise BenchmarkFailure(f"throughput {kind} on {path.name} failed: "
                               f"{done.stderr.strip()[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _inputs(context: Context) -> Iterator[tuple[str, str | None]]:
    if context.smoke:
        yield "made-up article", synthetic_article(seed=3)
        yield "made-up long text", "\n\n".join(synthetic_article(seed) for seed in range(8))
        return
    article = context.article
    yield "commissioning article", (
        article.read_text(encoding="utf-8") if article and article.exists() else None)
    label = f"{LONG_WORDS:,}+ words of gold text"
    yield label, gold_text(context.gold, LONG_WORDS) if context.gold else None


def measure_in_this_process(kind: str, text: str) -> dict:
    """Time the floor and one run of `kind` on `text`, after loading and warming on other text."""
    import importlib

    from benchmarks.nltk_floor import prepare, tag_text

    module, name = _MEASURED[kind]
    measured = getattr(importlib.import_module(module), name)
    options = {"seed": 1} if kind == "generate" else {}
    prepare()
    # Made-up text, never the input: loads models and tables without caching the input's words.
    warm = "\n\n".join(synthetic_article(seed, sentences=8) for seed in range(100, 103))
    tag_text(warm)
    measured(warm, **options)
    floor_s = time_call(lambda: tag_text(text))
    results = []
    value_s = time_call(lambda: results.append(measured(text, **options)))
    outcome = {"floor_s": floor_s, "value_s": value_s}
    if kind == "generate":
        outcome["questions"] = len(results[0].questions)
    if word_count(text) < REPEAT_BELOW_WORDS:
        outcome["repeat_s"] = time_call(lambda: measured(text, **options))
    return outcome


if __name__ == "__main__":
    kind_name, file_name = sys.argv[1:]
    source_text = Path(file_name).read_text(encoding="utf-8")
    print(json.dumps(measure_in_this_process(kind_name, source_text)))
