"""Loading big question sets: load_set on a 10,000-question YAML file, against a bare YAML parse."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator

from benchmarks.components import attribute
from benchmarks.context import Context
from benchmarks.question_sets import made_up_sets
from benchmarks.report import Figure, seconds, timed
from benchmarks.timing import interleaved, time_call

NAME = "yaml_load"

QUESTIONS = 10_000
SMOKE_QUESTIONS = 60
MAX_S = 2.0


def run(context: Context) -> Iterator[Figure]:
    load_set = attribute("quizgen.sets", "load_set")
    dump_set = attribute("quizgen.sets", "dump_set")
    import yaml

    count = SMOKE_QUESTIONS if context.smoke else QUESTIONS
    path = context.folder(NAME) / f"made-up-{count}.yaml"
    path.write_text(dump_set(made_up_sets(count, per_set=count)[0]), encoding="utf-8")
    fast = getattr(yaml, "CSafeLoader", None)
    loader = fast or yaml.SafeLoader

    def parse_only() -> None:
        with open(path, encoding="utf-8") as source:
            yaml.load(source, Loader=loader)  # a safe loader, C or Python

    def paused(function: Callable[[], object]) -> Callable[[], object]:
        # load_set pauses Python's cyclic garbage collector while it builds a set; the
        # floor gets the same treatment, or most of what it measured would be the collector.
        def call() -> object:
            gc.disable()
            try:
                return function()
            finally:
                gc.enable()
        return call

    loaded: list[int] = []
    load_set(path)  # once untimed: imports and compiles the reader's patterns
    load_s, floor_s, collected_s = interleaved([
        lambda: time_call(lambda: loaded.append(len(load_set(path).questions))),
        lambda: time_call(paused(parse_only)),
        lambda: time_call(parse_only),
    ], context.repeats(3))
    if loaded[-1] != count:
        raise AssertionError(f"load_set returned {loaded[-1]} questions of {count}")
    # What the same data costs with no YAML at all: shows how much is the format itself.
    with open(path, encoding="utf-8") as source:
        as_json = json.dumps(yaml.load(source, Loader=loader))
    json_s = time_call(lambda: json.loads(as_json))
    libyaml = "libyaml present" if fast else "libyaml ABSENT"
    yield timed(NAME, f"load_set, {count:,} questions", load_s, floor_s,
                f"yaml.load with {loader.__name__}, same file, collector paused", max_s=MAX_S,
                note=f"{path.stat().st_size / 1e6:.1f} MB, {libyaml}; the same yaml.load with"
                     f" the collector running {seconds(collected_s)};"
                     f" json.loads of the same data {seconds(json_s)}")
