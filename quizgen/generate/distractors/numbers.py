"""Wrong numbers that look like the right one: same format, unit, scale word and hedge."""

from __future__ import annotations

import math
import re

_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# fmt: off
# In order: a word's position + 1 is its value.
NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty",
)
# fmt: on
_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
# Multipliers tried for numbers too large to step by one: spread both ways, near ones first.
_FACTORS = (0.5, 1.5, 2.0, 0.75, 0.6, 2.5, 1.25, 3.0, 0.4, 0.3)
_SMALL_STEPS = (1, -1, 2, -2, 3, -3, 4, 5, -4)


def perturb_number(answer: str, *, limit: int = 8, percent: bool | None = None) -> list[str]:
    """Return up to `limit` wrong versions of a numeric answer, nearest in size first.

    Only the number itself changes: "about 50%" gives "about 30%", "over $4
    billion" gives "over $2 billion", "six roadmaps" gives "seven roadmaps".
    A range such as "six or seven" or "6-7" moves as a whole. Returns [] when
    the answer states no number.
    """
    matches = list(_DIGITS.finditer(answer))
    words = False
    if not matches:
        matches = list(_WORD.finditer(answer))
        words = True
    if not matches or len(matches) > 2:
        return []
    values = [_value(m.group(), words) for m in matches]
    if percent is None:
        percent = "%" in answer or "percent" in answer.casefold() or "per cent" in answer.casefold()
    if len(values) == 2:
        replacements = [(a, b) for a, b in _range_shifts(values[0], values[1], words)]
    else:
        replacements = [(v,) for v in _alternatives(values[0], matches[0].group(), words, percent)]
        if _counts_a_plural(answer[matches[0].end() :]):
            replacements = [r for r in replacements if r != (1.0,)]  # not "1 pounds"
    out: list[str] = []
    for new_values in replacements:
        text = answer
        for match, value in sorted(
            zip(matches, new_values, strict=True), key=lambda pair: -pair[0].start()
        ):
            text = (
                text[: match.start()] + _format(value, match.group(), words) + text[match.end() :]
            )
        if text != answer and text not in out:
            out.append(text)
        if len(out) >= limit:
            break
    return out


def _counts_a_plural(after: str) -> bool:
    """Return True when a plural noun follows the number: "2 pounds", "three children"."""
    match = re.match(r"\s+([a-z]+)", after)
    if match is None:
        return False
    word = match.group(1)
    return (word.endswith("s") and word not in {"percent", "cents"}) or word in {
        "children",
        "people",
        "men",
        "women",
        "feet",
        "teeth",
        "mice",
        "geese",
    }


def year_alternatives(year: int) -> list[int]:
    """Return other years near `year`, nearest first, mixing earlier and later ones."""
    return [year + step for step in (-2, 1, -5, 3, -1, 2, -3, 5, -10, 10)]


def _value(token: str, words: bool) -> float:
    if words:
        return float(NUMBER_WORDS.index(token.casefold()) + 1)
    return float(token.replace(",", ""))


def _alternatives(value: float, token: str, words: bool, percent: bool) -> list[float]:
    """Return candidate values, plausible in size, never equal to `value`."""
    is_year = not words and re.fullmatch(r"1[5-9]\d\d|20\d\d", token) is not None
    if is_year:
        return [float(y) for y in year_alternatives(int(value))]
    if words or (value.is_integer() and value <= 12 and "." not in token and not percent):
        floor = 1.0
        ceiling = float(len(NUMBER_WORDS)) if words else math.inf
        steps = [value + s for s in _SMALL_STEPS]
        return [v for v in steps if floor <= v <= ceiling and v != value]
    grain = _grain(value, token)
    candidates: list[float] = []
    for factor in _FACTORS:
        candidate = _round_to(value * factor, grain)
        if percent and not 0 < candidate < 100:
            continue
        if candidate > 0 and candidate != value and 0.25 <= candidate / value <= 4:
            candidates.append(candidate)
    if percent:
        for step in (20, -20, 10, -10, 30, -30):
            candidate = _round_to(value + step, grain)
            if 0 < candidate < 100 and candidate != value:
                candidates.append(candidate)
    return list(dict.fromkeys(candidates))


def _grain(value: float, token: str) -> float:
    """Return the rounding step that keeps a candidate as "round" as the true number."""
    if "." in token.replace(",", ""):
        decimals = len(token.split(".")[1])
        # "2.75" -> steps of 0.05: "1.4", not "1.38"
        return 10**-decimals * (5 if decimals >= 2 else 1)
    if value < 10:
        return 0.5  # "$4 billion" -> "$1.5 billion": a half step still reads naturally
    zeros = len(token) - len(token.rstrip("0"))
    magnitude = 10 ** int(math.log10(value))
    return float(max(10**zeros, magnitude / 10 if value >= 100 else 1))


def _round_to(value: float, grain: float) -> float:
    return round(round(value / grain) * grain, 6)


def _range_shifts(low: float, high: float, words: bool) -> list[tuple[float, float]]:
    width = high - low
    shifts = [1, -1, 2, -2, 3, -3] if high <= 20 else [width, -width, 2 * width, -2 * width]
    out = []
    for shift in shifts:
        a, b = low + shift, high + shift
        if a >= 1 and (not words or b <= len(NUMBER_WORDS)):
            out.append((a, b))
    return out


def _format(value: float, original: str, words: bool) -> str:
    """Write `value` the way `original` was written: words, separators, decimals, case."""
    if words:
        word = NUMBER_WORDS[int(value) - 1]
        if original.isupper() and len(original) > 1:
            return word.upper()  # "FIVE CENTS" -> "SIX CENTS"
        return word.capitalize() if original[:1].isupper() else word
    decimals = len(original.split(".")[1]) if "." in original.replace(",", "") else 0
    if not value.is_integer():
        decimals = max(decimals, len(repr(value).split(".")[1].rstrip("0")))
    text = f"{value:,.{decimals}f}" if "," in original else f"{value:.{decimals}f}"
    # "$1.5 billion" -> "$3 billion", not "$3.0 billion"
    return text.rstrip("0").rstrip(".") if "." in text else text
