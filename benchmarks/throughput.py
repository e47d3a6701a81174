"""Generation throughput: words/s of the NLP layer and the generator, against plain NLTK tagging."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterator

from benchmarks.components import NotAvailable, attribute
from benchmarks.context import Context
from benchmarks.corpus import gold_text, synthetic_article, word_count
from benchmarks.nltk_floor import prepare, tag_text
from benchmarks.report import Figure, rate, times, unavailable
from benchmarks.timing import samples, time_call

NAME = "throughput"

MAX_RATIO = 2.0  # the whole generator takes at most twice the floor's time
LONG_WORDS = 200_000
FLOOR_NAME = "NLTK split+tokenise+tag"
# Rounds after the first stop once this is spent: a slow generator is still measured, once.
BUDGET_S = 240.0


def run(context: Context) -> Iterator[Figure]:
    analyse_text = attribute("quizgen.nlp.pipeline", "analyse_text")
    try:
        generate_set = attribute("quizgen.generate", "generate_set")
    except NotAvailable as missing:
        generate_set = None
        yield unavailable(NAME, "generate words/s", str(missing))
    inputs = list(_inputs(context))
    texts = [(label, text) for label, text in inputs if text is not None]
    for label, text in inputs:
        if text is None:
            yield unavailable(NAME, label, "skipped: input not found (see --article, --gold)")
    if not texts:
        return
    prepare()
    # Loads every model and table on every side, so that runs below measure work, not loading.
    warm = texts[0][1]
    tag_text(warm)
    analyse_text(warm)
    if generate_set is not None:
        generate_set(warm, seed=1)
    for label, text in texts:
        yield from measure(label, text, analyse_text, generate_set,
                           context.repeats(3 if word_count(text) > 50_000 else 7))


def measure(
    label: str, text: str, analyse_text: Callable, generate_set: Callable | None, repeats: int
) -> Iterator[Figure]:
    """Yield words/s of the NLP layer and of the generator on `text`, beside the floor's."""
    words = word_count(text)
    questions: list[int] = []

    def generate() -> None:
        assert generate_set is not None
        questions.append(len(generate_set(text, seed=1).questions))

    measures = [lambda: time_call(lambda: tag_text(text)),
                lambda: time_call(lambda: analyse_text(text))]
    if generate_set is not None:
        measures.append(lambda: time_call(generate))
    taken = samples(measures, repeats, budget_s=BUDGET_S)
    floor_s, analyse_s, *generate_s = (statistics.median(times_s) for times_s in taken)
    floor = f"{rate(words / floor_s)} ({FLOOR_NAME})"
    note = f"{words:,} words, median of {len(taken[0])}"
    yield Figure(NAME, f"NLP analyse_text words/s, {label}", value=rate(words / analyse_s),
                 floor=floor, ratio=f"{times(analyse_s / floor_s)} the time", note=note)
    if generate_s:
        ratio = generate_s[0] / floor_s
        yield Figure(
            NAME, f"generate words/s, {label}", value=rate(words / generate_s[0]), floor=floor,
            ratio=f"{times(ratio)} the time", target=f"<= {MAX_RATIO:g}x", met=ratio <= MAX_RATIO,
            note=f"{note}, {questions[-1]} questions",
        )


def _inputs(context: Context) -> Iterator[tuple[str, str | None]]:
    if context.smoke:
        yield "made-up article", synthetic_article(seed=3)
        yield "made-up long text", "\n\n".join(synthetic_article(seed) for seed in range(8))
        return
    article = context.article
    yield "commissioning article", (
        article.read_text(encoding="utf-8") if article and article.exists() else None)
    if context.gold is None:
        yield f"{LONG_WORDS:,}+ words of gold text", None
    else:
        yield f"{LONG_WORDS:,}+ words of gold text", gold_text(context.gold, LONG_WORDS)
