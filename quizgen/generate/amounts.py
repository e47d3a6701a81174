"""Amounts the NLP layer reads as two: a range ("between 8 and 12", "1756 to 1763", "1008–1074")
and a compound amount ("2 hours and 16 minutes", "5 feet 6 inches") are one answer.

Blanking one end of a range, or the minutes of a time, asks half a fact and
shows the other half beside the blank.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from quizgen.nlp.document import Span, Token

# Units from the largest to the smallest, each list one dimension: "2 hours and 16 minutes".
_UNIT_SCALES = (
    ("millennium", "century", "decade", "year", "month", "week", "day", "hour", "minute", "second"),
    ("mile", "yard", "foot", "feet", "inch"),
    ("kilometre", "kilometer", "km", "metre", "meter", "m", "centimetre", "centimeter", "cm",
     "millimetre", "millimeter", "mm"),
    ("ton", "stone", "pound", "lb", "ounce", "oz"),
    ("tonne", "kilogram", "kg", "gram", "g", "milligram", "mg"),
    ("pound", "shilling", "penny", "pence"),
    ("dollar", "cent"),
)  # fmt: skip
_UNIT_RANK = {
    unit: (dimension, rank)
    for dimension, units in enumerate(_UNIT_SCALES)
    for rank, unit in enumerate(units)
}
_RANGE_JOINERS = frozenset({"to", "-", "–", "—", "through", "and"})
_COMPOUND_JOINERS = frozenset({"and", ","})
_NUMERIC_LABELS = frozenset({"QUANTITY", "NUMBER", "MONEY", "DATE", "CARDINAL", "PERCENT"})
_YEARISH = re.compile(r"\d{3,4}")
# Two numbers each with its unit: "about 2 hours and 16 minutes", "5 feet 6 inches".
_COMPOUND = re.compile(r"\D*\d[\d.,]*\s+[A-Za-z]+,?\s+(?:and\s+)?\d[\d.,]*\s+[A-Za-z]+")


class Amount(NamedTuple):
    """An entity of a sentence view, in token indexes [first, last); `whole` for a compound
    amount, whose units stay inside the blank."""

    label: str
    first: int
    last: int
    value: float | None
    unit: str
    whole: bool = False


def joined_amounts(tokens: Sequence[Token], amounts: Sequence[Amount]) -> list[Amount]:
    """Return the amounts with each range and compound amount made one."""
    out: list[Amount] = []
    for amount in amounts:
        previous = out[-1] if out else None
        joined = _joined(tokens, previous, amount) if previous is not None else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(amount)
    return out


def is_compound_amount(text: str) -> bool:
    """Return True for an amount in two units: "2 hours and 16 minutes" (no believable
    options are made of it by changing its numbers)."""
    return _COMPOUND.fullmatch(text.strip()) is not None


def _joined(tokens: Sequence[Token], a: Amount, b: Amount) -> Amount | None:
    """Return `a` and `b` as one amount, or None when they are two."""
    if a.label not in _NUMERIC_LABELS or b.label not in _NUMERIC_LABELS or a.value is None:
        return None
    between = [t.text.casefold() for t in tokens[a.last : b.first]]
    if len(between) > 1:
        return None
    joiner = between[0] if between else ""
    if _smaller_unit(a.unit, b.unit) and joiner in _COMPOUND_JOINERS | {""}:
        return Amount("QUANTITY", a.first, b.last, a.value, a.unit, whole=True)
    if joiner not in _RANGE_JOINERS or (a.unit and b.unit and a.unit != b.unit):
        return None  # "3 boys to 4 girls": two counts, no range
    before = tokens[a.first - 1].text.casefold() if a.first > 0 else ""
    years = a.label == "DATE" and b.label == "DATE"
    if years:
        texts = [tokens[i].text for i in (a.first, b.first)]
        if (
            a.last - a.first != 1
            or b.last - b.first != 1
            or not all(map(_YEARISH.fullmatch, texts))
        ):
            return None  # "March to May": months, each a date of its own
    elif joiner == "and" and before != "between":
        return None  # "3 boys and 4 girls"
    elif joiner == "to" and before == "from":
        return None  # "rose from 5% to 8%": a change, two facts
    label = "DATE" if years else b.label if b.label == a.label else "QUANTITY"
    return Amount(label, a.first, b.last, a.value, b.unit or a.unit)


def _smaller_unit(big: str, small: str) -> bool:
    """Return True when `small` is a smaller unit of `big`'s dimension: "hours", "minutes"."""
    a = _UNIT_RANK.get(_singular(big))
    b = _UNIT_RANK.get(_singular(small))
    return a is not None and b is not None and a[0] == b[0] and a[1] < b[1]


def _singular(unit: str) -> str:
    word = unit.casefold().split()[-1] if unit.strip() else ""
    if word in {"feet", "pence"}:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def changes(entities: Sequence[Span]) -> list[tuple[Span, Span, Span]]:
    """Return the sentence's percentages its other figures state whole, as (lower, higher,
    percent): a change between two amounts of one unit ("dropped 9 percent to $144 million
    from $158.1 million": 158.1 down to 144 is 9 percent), or a share of one count in
    another ("hit 13 of 21 shots for 61 percent"); rounding allowed."""
    percents = [e for e in entities if e.label == "PERCENT" and e.value]
    figures = [e for e in entities if e.label in _FIGURE_LABELS and e.value]
    found = []
    for percent in percents:
        stated = percent.value
        for low in figures:
            for high in figures:
                if low is high or not low.value < high.value:
                    continue
                share = low.value * 100 / high.value
                change = (high.value - low.value) * 100
                # A fall from the higher amount, a rise from the lower one, or a share.
                same_unit = low.label == high.label and low.unit == high.unit
                ratios = (change / low.value, change / high.value) if same_unit else ()
                # Whole counts: "13 of 21"; "46.54 points, or 1.7 percent, to 2,789.60" asks
                # a division nobody does in their head.
                counts = {low.label, high.label} <= {"NUMBER", "QUANTITY"} and all(
                    float(figure.value).is_integer() for figure in (low, high)
                )
                if any(abs(r - stated) <= _CHANGE_SLACK for r in ratios) or (
                    counts and abs(share - stated) <= _CHANGE_SLACK
                ):
                    found.append((low, high, percent))
    return found


_FIGURE_LABELS = frozenset({"MONEY", "QUANTITY", "NUMBER"})
# Percentage points a stated percentage may differ from the one its figures give (rounding).
_CHANGE_SLACK = 0.6
