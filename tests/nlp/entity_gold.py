"""Entity span F1 on the hand-checked sentences in entity_gold.txt (run this file to print it)."""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

GOLD_FILE = Path(__file__).with_name("entity_gold.txt")
# Written after the rules were tuned on GOLD_FILE and never used to tune them.
HELDOUT_FILE = Path(__file__).with_name("entity_heldout.txt")
_MARK = re.compile(r"\[(?P<label>[A-Z]+) (?P<text>[^\[\]]+)\]")


@dataclass(frozen=True)
class GoldItem:
    """One line of the gold file: its plain text and its entities as (start, end, label)."""

    text: str
    entities: frozenset[tuple[int, int, str]]


def load_gold(path: Path = GOLD_FILE) -> list[GoldItem]:
    """Return the gold items, with offsets into each line's text without the markup."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        plain: list[str] = []
        entities = set()
        position = 0
        length = 0
        for match in _MARK.finditer(line):
            plain.append(line[position : match.start()])
            length += match.start() - position
            entities.add((length, length + len(match["text"]), match["label"]))
            plain.append(match["text"])
            length += len(match["text"])
            position = match.end()
        plain.append(line[position:])
        items.append(GoldItem("".join(plain), frozenset(entities)))
    return items


@dataclass(frozen=True)
class Score:
    """Exact span-and-type matches counted over the gold file."""

    true_positives: int
    predicted: int
    gold: int
    misses: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(items: list[GoldItem]) -> tuple[Score, dict[str, Score]]:
    """Return the overall score and one per label, analysing each item on its own."""
    from quizgen.nlp.pipeline import analyse_text

    totals: Counter[str] = Counter()
    misses: dict[str, list[str]] = {}
    for item in items:
        document = analyse_text(item.text)
        found = {(e.start, e.end, e.label) for s in document.sentences for e in s.entities}
        for start, end, label in found | item.entities:
            hit = (start, end, label) in found and (start, end, label) in item.entities
            totals[f"{label}:tp"] += hit
            totals[f"{label}:pred"] += (start, end, label) in found
            totals[f"{label}:gold"] += (start, end, label) in item.entities
            if not hit:
                side = "extra" if (start, end, label) in found else "missed"
                misses.setdefault(label, []).append(f"{side} {label} {item.text[start:end]!r}")
    labels = sorted({key.split(":")[0] for key in totals})
    per_label = {
        label: Score(
            totals[f"{label}:tp"],
            totals[f"{label}:pred"],
            totals[f"{label}:gold"],
            tuple(misses.get(label, ())),
        )
        for label in labels
    }
    overall = Score(
        sum(s.true_positives for s in per_label.values()),
        sum(s.predicted for s in per_label.values()),
        sum(s.gold for s in per_label.values()),
        tuple(m for s in per_label.values() for m in s.misses),
    )
    return overall, per_label


def main() -> int:
    for path in (GOLD_FILE, HELDOUT_FILE):
        report(path, verbose="-v" in sys.argv)
    return 0


def report(path: Path, *, verbose: bool) -> None:
    """Print per-label and overall scores for one gold file."""
    items = load_gold(path)
    overall, per_label = score(items)
    print(f"{path.name}: {len(items)} items, {overall.gold} gold entities")
    for label, result in per_label.items():
        print(
            f"  {label:<9} P {result.precision:.2f}  R {result.recall:.2f}  "
            f"F1 {result.f1:.2f}  ({result.gold} gold)"
        )
    print(
        f"entity span F1 (exact span and type): {overall.f1:.3f} "
        f"(P {overall.precision:.3f}, R {overall.recall:.3f})"
    )
    if verbose:
        print("\n".join(overall.misses))


if __name__ == "__main__":
    raise SystemExit(main())
