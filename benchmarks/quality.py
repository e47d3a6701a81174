"""Question quality against human gold data, each figure beside a simple baseline from the same run.

    python -m benchmarks.quality --gold ../shared/gold [--limit N] [--markdown]
    python -m benchmarks.quality --smoke        # a tiny built-in sample, no gold needed

Answer selection (SQuAD answers, KPCrowd keyphrases): the distinct answers
of the generated questions (cloze deletions and MCQ answers) against the gold,
by exact match and by token-F1 >= 0.5 after SQuAD's normalisation, as
precision, recall and F1. As in SQuAD's own evaluation, a SQuAD question
counts as recalled when any of its annotators' answers is matched (a
KPCrowd keyphrase is its own group). Baseline: as many distinct noun phrases
of the text, drawn at random.

Distractors (SciQ with its support passage, DGen gap-fill sentences): three
distractors for the given stem and answer. Reported: coverage (items given 3),
the rule-check pass rate of the generated sets and of the human ones, and how
many generated distractors match a human one (exact or lemma match).
Baseline: three nouns drawn at random from the passage (DGen: from the other
items' sentences).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SEED = 1234
_SMOKE_PARAGRAPHS = [
    {
        "title": "Harbour",
        "context": (
            "The port of Rotterdam is the largest port in Europe. In 2022 it handled about 440 "
            "million tonnes of cargo, most of it crude oil, coal and containers. The port was "
            "expanded between 2008 and 2013, when the Maasvlakte 2 area was built on land "
            "reclaimed from the North Sea. Its director, Allard Castelein, said the port would "
            "invest 1.5 billion euros in cleaner energy by 2030."
        ),
        "answers": [
            "Rotterdam",
            "about 440 million tonnes",
            "Maasvlakte 2",
            "North Sea",
            "Allard Castelein",
            "2030",
            "1.5 billion euros",
        ],
    },
    {
        "title": "Volcano",
        "context": (
            "Mount Etna in Sicily is the most active volcano in Europe. It is about 3,350 "
            "metres high, but its height changes after every eruption. The Greek poet Hesiod "
            "wrote about its eruptions around 700 BC. In 2013 UNESCO added Etna to its list of "
            "World Heritage Sites."
        ),
        "answers": ["Sicily", "about 3,350 metres", "Hesiod", "2013", "UNESCO"],
    },
]
_SMOKE_DISTRACTOR_ITEMS = [
    {
        "question": "Which gas in smog can damage plants?",
        "correct_answer": "ozone",
        "distractors": ["carbon dioxide", "nitrogen", "argon"],
        "support": "Ozone near the ground is a pollutant that damages the leaves of plants.",
    },
    {
        "question": "Which organs does the respiratory system use to take in oxygen?",
        "correct_answer": "lungs",
        "distractors": ["kidneys", "ovaries", "intestines"],
        "support": "The lungs take in oxygen and release carbon dioxide.",
    },
]


# ---------------------------------------------------------------- matching (SQuAD's rules)


def squad_normalize(text: str) -> str:
    """Lower case, no punctuation, no articles, single spaces (SQuAD's evaluation script)."""
    text = text.lower()
    text = "".join(ch for ch in text if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def token_f1(prediction: str, gold: str) -> float:
    """Return SQuAD's token-overlap F1 of two answers."""
    predicted, expected = squad_normalize(prediction).split(), squad_normalize(gold).split()
    common = Counter(predicted) & Counter(expected)
    overlap = sum(common.values())
    if not overlap:
        return 0.0
    precision, recall = overlap / len(predicted), overlap / len(expected)
    return 2 * precision * recall / (precision + recall)


@dataclass
class Tally:
    """Counts for precision and recall of chosen spans against gold spans, by one match rule."""

    chosen: int = 0
    chosen_matched: int = 0
    gold: int = 0
    gold_matched: int = 0

    def add(self, chosen: Sequence[str], gold: Sequence[Sequence[str]], exact: bool) -> None:
        """Count `chosen` spans against `gold`: groups of answers, each group one question."""

        def match(a: str, b: str) -> bool:
            return squad_normalize(a) == squad_normalize(b) if exact else token_f1(a, b) >= 0.5

        answers = [g for group in gold for g in group]
        self.chosen += len(chosen)
        self.gold += len(gold)
        self.chosen_matched += sum(any(match(c, g) for g in answers) for c in chosen)
        self.gold_matched += sum(any(match(c, g) for c in chosen for g in group) for group in gold)

    @property
    def precision(self) -> float:
        return self.chosen_matched / self.chosen if self.chosen else 0.0

    @property
    def recall(self) -> float:
        return self.gold_matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------- answer selection


@dataclass(frozen=True)
class Passage:
    """A text and the spans people chose in it, grouped by question (one group per keyphrase)."""

    title: str
    text: str
    gold: tuple[tuple[str, ...], ...]


def distinct(spans: Iterable[str]) -> list[str]:
    """Return the spans without repeats (after SQuAD's normalisation), first one kept."""
    kept: dict[str, str] = {}
    for span in spans:
        kept.setdefault(squad_normalize(span), span)
    return list(kept.values())


def generated_answers(question_set: Any) -> list[str]:
    """Return the distinct answers of a generated set: cloze deletions and MCQ answers."""
    from quizgen.cloze import deletions

    found: list[str] = []
    for question in question_set.questions:
        if question.type == "cloze":
            found += [d.answer for d in deletions(question.text)]
        else:
            found.append(question.answer)
    return distinct(found)


def random_noun_phrases(document: Any, count: int, rng: random.Random) -> list[str]:
    """Return `count` noun phrases of the document drawn at random (determiners dropped)."""
    phrases = []
    for sentence in document.sentences:
        for chunk in sentence.chunks:
            tokens = [t.text for t in sentence.tokens[chunk.first : chunk.last]]
            while tokens and tokens[0].lower() in {
                "the",
                "a",
                "an",
                "this",
                "that",
                "these",
                "those",
                "its",
                "his",
                "her",
                "their",
            }:
                tokens = tokens[1:]
            if tokens:
                phrases.append(" ".join(tokens))
    phrases = distinct(phrases)
    return rng.sample(phrases, min(count, len(phrases)))


def answer_selection(passages: Iterable[Passage]) -> dict[str, Tally]:
    """Return tallies for the generator and the random baseline, exact and token-F1."""
    from quizgen.article import article_from_text
    from quizgen.generate import generate_set
    from quizgen.nlp.pipeline import analyse

    rng = random.Random(SEED)
    tallies = {name: Tally() for name in ("gen-exact", "gen-f1", "base-exact", "base-f1")}
    for passage in passages:
        article = article_from_text(passage.text, title=passage.title)
        if not article.prose:
            continue
        document = analyse(article)
        chosen = generated_answers(generate_set(article, document=document))
        baseline = random_noun_phrases(document, len(chosen), rng)
        for name, spans in (("gen", chosen), ("base", baseline)):
            tallies[f"{name}-exact"].add(spans, passage.gold, exact=True)
            tallies[f"{name}-f1"].add(spans, passage.gold, exact=False)
    return tallies


def squad_passages(gold: Path, limit: int | None) -> list[Passage]:
    rows = _jsonl(gold / "squad" / "squad_v1.1_dev_subset_paragraphs.jsonl", limit)
    out = []
    for row in rows:
        groups = tuple(tuple(dict.fromkeys(a["text"] for a in qa["answers"])) for qa in row["qas"])
        title = row["title"].replace("_", " ")
        out.append(Passage(title, row["context"], groups))
    return out


def kpcrowd_passages(gold: Path, limit: int | None) -> list[Passage]:
    rows = _jsonl(gold / "kpcrowd" / "kpcrowd_sample.jsonl", limit)
    return [
        Passage(row["title"], row["text"], tuple((k,) for k in dict.fromkeys(row["keyphrases"])))
        for row in rows
    ]


# ---------------------------------------------------------------- distractors


@dataclass(frozen=True)
class DistractorItem:
    """A question written by people: stem, answer, their distractors and the passage, if any."""

    stem: str
    answer: str
    human: tuple[str, ...]
    passage: str


@dataclass
class DistractorTally:
    """Counts for one distractor method over a data set."""

    items: int = 0
    covered: int = 0
    sets_passed: int = 0
    distractors: int = 0
    matched: int = 0
    human_matched: int = 0
    human_total: int = 0

    def line(self) -> tuple[str, str, str, str]:
        coverage = self.covered / self.items if self.items else 0.0
        passed = self.sets_passed / self.covered if self.covered else 0.0
        match = self.matched / self.distractors if self.distractors else 0.0
        recall = self.human_matched / self.human_total if self.human_total else 0.0
        return (f"{coverage:.1%}", f"{passed:.1%}", f"{match:.1%}", f"{recall:.1%}")


def set_problems(
    item: DistractorItem, distractors: Sequence[str], kind: str, facts: Any
) -> list[str]:
    """Return the rule violations of one set of distractors for the item (the generator's rules)."""
    from quizgen.generate.rules import distractor_set_problems

    return distractor_set_problems(
        item.answer, distractors, stem=item.stem, kind=kind, facts=facts, count=3
    )


def _lemma(text: str) -> str:
    from quizgen.generate.lexicon import noun_lemma

    return " ".join(noun_lemma(w) for w in squad_normalize(text).split())


def _tally(
    tally: DistractorTally, item: DistractorItem, distractors: Sequence[str], kind: str, facts: Any
) -> None:
    tally.items += 1
    human = {_lemma(h) for h in item.human}
    tally.human_total += len(human)
    if len(distractors) < 3:
        return
    tally.covered += 1
    if not set_problems(item, distractors, kind, facts):
        tally.sets_passed += 1
    tally.distractors += len(distractors)
    produced = {_lemma(d) for d in distractors}
    tally.matched += len(produced & human)
    tally.human_matched += len(human & produced)


def distractor_quality(
    items: Sequence[DistractorItem], noun_pool: Sequence[str] = ()
) -> dict[str, DistractorTally]:
    """Return tallies for the generator, the random baseline and the human distractors."""
    from quizgen.generate import answer_kind, distractors_for
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.nlp.pipeline import analyse_text

    rng = random.Random(SEED)
    tallies = {
        "generated": DistractorTally(),
        "baseline": DistractorTally(),
        "human": DistractorTally(),
    }
    for item in items:
        document = analyse_text(item.passage) if item.passage.strip() else None
        facts = ArticleFacts.of(document)
        kind, made = distractors_for(item.answer, item.stem, document=document)
        _tally(tallies["generated"], item, [d.text for d in made], kind, facts)
        nouns = _nouns(document) if document else [n for n in noun_pool if n not in item.stem]
        nouns = [
            n for n in dict.fromkeys(nouns) if squad_normalize(n) != squad_normalize(item.answer)
        ]
        baseline = rng.sample(nouns, min(3, len(nouns)))
        _tally(tallies["baseline"], item, baseline, kind, facts)
        _tally(tallies["human"], item, list(item.human), answer_kind(item.answer, document), facts)
    return tallies


def _nouns(document: Any) -> list[str]:
    return [t.text for s in document.sentences for t in s.tokens if t.tag in {"NN", "NNS"}]


def sciq_items(gold: Path, limit: int | None) -> list[DistractorItem]:
    rows = [r for r in _jsonl(gold / "sciq" / "sciq_test.jsonl", None) if r.get("support")]
    rows = rows[:limit] if limit else rows
    return [
        DistractorItem(r["question"], r["correct_answer"], tuple(r["distractors"]), r["support"])
        for r in rows
    ]


def dgen_items(gold: Path, limit: int | None) -> list[DistractorItem]:
    rows = _jsonl(gold / "dgen" / "dgen_test.jsonl", limit)
    return [
        DistractorItem(
            r["sentence"].replace("**blank**", "_____"), r["answer"], tuple(r["distractors"]), ""
        )
        for r in rows
    ]


def dgen_noun_pool(items: Sequence[DistractorItem]) -> list[str]:
    """Nouns of all DGen sentences, for the baseline (an item has no passage of its own)."""
    from quizgen.nlp.pipeline import analyse_text

    text = "\n\n".join(item.stem.replace("_____", "it") + "." for item in items)
    return _nouns(analyse_text(text))


# ---------------------------------------------------------------- report


def selection_rows(name: str, tallies: dict[str, Tally]) -> list[list[str]]:
    rows = []
    for rule, label in (("exact", "exact match"), ("f1", "token-F1 >= 0.5")):
        gen, base = tallies[f"gen-{rule}"], tallies[f"base-{rule}"]
        ratio = f"{gen.f1 / base.f1:.1f}x" if base.f1 else "-"
        rows.append(
            [
                f"{name} answers, {label}",
                f"{gen.precision:.2f}",
                f"{gen.recall:.2f}",
                f"{gen.f1:.2f}",
                f"{base.f1:.2f}",
                ratio,
            ]
        )
    return rows


def print_report(
    selection: list[list[str]], distractors: list[list[str]], markdown: bool, seconds: float
) -> None:
    out = sys.stdout
    head = ["answer selection", "precision", "recall", "F1", "random NP F1", "ratio"]
    _table(out, head, selection, markdown)
    out.write("\n")
    head = [
        "distractors",
        "method",
        "given 3",
        "rule check passed",
        "match human",
        "human recalled",
    ]
    _table(out, head, distractors, markdown)
    out.write(f"\n({seconds:.0f} s, seed {SEED})\n")


def _table(out: Any, head: list[str], rows: list[list[str]], markdown: bool) -> None:
    if markdown:
        out.write("| " + " | ".join(head) + " |\n|" + "---|" * len(head) + "\n")
        for row in rows:
            out.write("| " + " | ".join(row) + " |\n")
        return
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    for row in [head, *rows]:
        out.write("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + "\n")


def _jsonl(path: Path, limit: int | None) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as source:
        for line in source:
            if line.strip():
                rows.append(json.loads(line))
                if limit and len(rows) >= limit:
                    break
    return rows


def run_all(gold: Path | None, *, smoke: bool, limit: int | None) -> tuple[list, list]:
    """Run every measurement; return (answer-selection rows, distractor rows)."""
    if smoke:
        passages = [
            Passage(p["title"], p["context"], tuple((a,) for a in p["answers"]))
            for p in _SMOKE_PARAGRAPHS
        ]
        sets = {
            "sample": [
                DistractorItem(
                    i["question"], i["correct_answer"], tuple(i["distractors"]), i["support"]
                )
                for i in _SMOKE_DISTRACTOR_ITEMS
            ]
        }
        selection = selection_rows("sample", answer_selection(passages))
        pools: dict[str, list[str]] = {"sample": []}
    else:
        assert gold is not None
        selection = selection_rows("SQuAD", answer_selection(squad_passages(gold, limit)))
        selection += selection_rows("KPCrowd", answer_selection(kpcrowd_passages(gold, limit)))
        dgen = dgen_items(gold, limit)
        sets = {"SciQ": sciq_items(gold, limit), "DGen": dgen}
        pools = {"SciQ": [], "DGen": dgen_noun_pool(dgen)}
    rows = []
    for name, items in sets.items():
        tallies = distractor_quality(items, pools[name])
        for method in ("generated", "baseline", "human"):
            label = {
                "generated": "quizgen",
                "baseline": "random passage nouns",
                "human": "human (same rules)",
            }[method]
            rows.append([name, label, *tallies[method].line()])
    return selection, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.quality", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--gold", type=Path, help="the gold data folder (shared/gold)")
    parser.add_argument(
        "--smoke", action="store_true", help="run on a tiny built-in sample (no gold data needed)"
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=None,
        metavar="N",
        help="use only the first N items of each data set",
    )
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    args = parser.parse_args(argv)
    if not args.smoke and (args.gold is None or not args.gold.is_dir()):
        parser.error("give --gold FOLDER (the shared gold data), or --smoke")
    started = time.perf_counter()
    selection, distractors = run_all(args.gold, smoke=args.smoke, limit=args.limit)
    print_report(selection, distractors, args.markdown, time.perf_counter() - started)
    return 0


def run(context: Any) -> Iterator[Any]:
    """Figures for `python -m benchmarks` (benchmarks/__main__.py), if it lists "quality"."""
    from benchmarks.report import Figure

    if not context.smoke and context.gold is None:
        return
    selection, distractors = run_all(
        context.gold, smoke=context.smoke, limit=5 if context.smoke else None
    )
    for name, _p, _r, f1, base, ratio in selection:
        yield Figure("quality", name, value=f"F1 {f1}", floor=f"random {base}", ratio=ratio)
    for name, method, given, passed, match, _ in distractors:
        yield Figure(
            "quality",
            f"{name} distractors, {method}",
            value=f"pass {passed}",
            note=f"given 3: {given}; match human: {match}",
        )


if __name__ == "__main__":
    raise SystemExit(main())
