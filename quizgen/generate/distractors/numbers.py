"""Wrong numbers that look like the right one: same format, unit, scale word and hedge."""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from quizgen.generate import lexicon
from quizgen.generate.kinds import YEAR

_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
# fmt: off
# In order: a word's position + 1 is its value.
NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty",
)
# fmt: on
_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
# Multipliers tried for numbers too large to step by one: spread both ways, within half
# the value either side first ("62 years old": 31 and 93, not 124).
_FACTORS = (0.5, 1.5, 0.75, 1.25, 2.0, 0.6, 2.5, 3.0, 0.4, 0.3)
_SMALL_STEPS = (1, -1, 2, -2, 3, -3, 4, 5, -4, 6, -5, 8, 10)
# Shares from a fifth to four fifths, and the steps (in points) their options take.
_MID_SHARE = (20.0, 80.0)
_SHARE_STEPS = (10, -10, 20, -20, 15, -15)
# Words before a number that make it a rough one: "nearly 10" is not "nearly 11".
_HEDGED = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|over|more than|less than|fewer than|under|"
    r"some|approximately|at least|up to|close to|estimated|an estimated|est\.)\s+[$€£¥₽]?$",
    re.IGNORECASE,
)
# Bounds: an option on the side a bound allows is true too ("over 4" makes "over 2" true).
_LOWER_BOUND = re.compile(
    r"\b(?:over|more than|at least|above|upwards of)\s+[$€£¥₽]?$", re.IGNORECASE
)
_UPPER_BOUND = re.compile(
    r"\b(?:under|less than|fewer than|up to|below|at most)\s+[$€£¥₽]?$", re.IGNORECASE
)
_CURRENCY = re.compile(r"[$€£¥₽]|\b(?:dollars?|euros?|pounds?|yuan|yen|rubles?|roubles?)\b")
_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]{3,})")
_YEAR = re.compile(YEAR)
_POSSESSIVE = re.compile(r"['’]s\b")
_NOT_SPACE = re.compile(r"\S+")
_PLURAL_WORD = re.compile(r"[a-z][^su]s$")
_LOWER_WORD = re.compile(r"[a-z][a-z-]*")
_PLURAL_ENDING = re.compile(r"[^su]s$")
# A time of day: "9:45", "10:30 am", "18:00".
_CLOCK = re.compile(r"\b(\d{1,2}):([0-5]\d)\b")
_HALF_DAY = re.compile(r"\b(?:a\.?m|p\.?m)\b", re.IGNORECASE)
# Minutes a time of day moves: an hour, two, half an hour, three.
_CLOCK_SHIFTS = (60, -60, 120, -120, 30, -30, 180, -180)
# A number before a scale word: "600 million", "1,200 billion".
_SCALED = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(?:thousand|million|billion|trillion|bn|mn)\b")


def perturb_number(answer: str, *, limit: int = 8, percent: bool | None = None) -> list[str]:
    """Return up to `limit` wrong versions of a numeric answer, nearest in size first.

    Only the number itself changes: "about 50%" gives "about 40%", "over $4
    billion" gives "over $6 billion", "six roadmaps" gives "seven roadmaps".
    A range such as "six or seven" or "6-7" moves as a whole. Returns [] when
    the answer states no number.
    """
    clock = _CLOCK.search(answer)
    if clock:
        return _clock_alternatives(answer, clock)[:limit]
    matches = list(_DIGITS.finditer(answer))
    words = False
    if not matches:
        matches = list(_WORD.finditer(answer))
        words = True
    if not matches:
        return _one_unit_alternatives(answer)[:limit]
    if len(matches) > 2:
        return []
    values = [_value(m.group(), words) for m in matches]
    if percent is None:
        percent = "%" in answer or "percent" in answer.casefold() or "per cent" in answer.casefold()
    if len(values) == 2:
        replacements = [(a, b) for a, b in _range_shifts(values[0], values[1], words)]
    else:
        token = matches[0].group()
        style = _Style(
            percent=percent,
            hedged=_HEDGED.search(answer[: matches[0].start()]) is not None,
            price=_CURRENCY.search(answer) is not None,
            bounded=any(
                bound.search(answer[: matches[0].start()]) for bound in (_LOWER_BOUND, _UPPER_BOUND)
            ),
        )
        replacements = [(v,) for v in _alternatives(values[0], token, words, style)]
        before = answer[: matches[0].start()]
        if _LOWER_BOUND.search(before):
            replacements = [r for r in replacements if r[0] > values[0]]
        elif _UPPER_BOUND.search(before):
            replacements = [r for r in replacements if r[0] < values[0]]
        if noun_after(answer[matches[0].end() :]) == "plural":
            replacements = [r for r in replacements if r != (1.0,)]  # not "1 pounds"
        elif values[0] == 1 and _counts_one(answer[matches[0].end() :]):
            # "one mutated allele": "three mutated allele" is no English; "one year" has plurals.
            return _one_unit_alternatives(answer)[:limit]
    out: list[str] = []
    for new_values in replacements:
        text = answer
        for match, value in sorted(
            zip(matches, new_values, strict=True), key=lambda pair: -pair[0].start()
        ):
            text = (
                text[: match.start()] + _format(value, match.group(), words) + text[match.end() :]
            )
        # "1st century" -> "2nd century", not "2st century".
        text = _ORDINAL.sub(lambda m: m.group(1) + ordinal_suffix(int(m.group(1))), text)
        if text != answer and text not in out and not _past_its_scale(text, answer):
            out.append(text)
        if len(out) >= limit:
            break
    return out


def ordinal_suffix(n: int) -> str:
    """Return the letters after an ordinal's number: "st" for 1 and 21, "th" for 11 and 12."""
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")


def _clock_alternatives(answer: str, clock: re.Match[str]) -> list[str]:
    """Return other times of day in the answer's form: "9:45" gives "10:45", "8:45"; a
    12-hour time ("10:30 am") stays from 1 to 11."""
    hour, minute = int(clock.group(1)), int(clock.group(2))
    twelve = _HALF_DAY.search(answer) is not None
    out: list[str] = []
    for shift in _CLOCK_SHIFTS:
        total = (hour * 60 + minute + shift) % (24 * 60)
        new_hour, new_minute = divmod(total, 60)
        if twelve and not 1 <= new_hour <= 11:
            continue  # not "12:30 am" (or past noon) for "10:30 am"
        width = 2 if clock.group(1).startswith("0") else 1  # "09:05" keeps its zero
        text = f"{new_hour:0{width}d}:{new_minute:02d}"
        out.append(answer[: clock.start()] + text + answer[clock.end() :])
    return [o for o in dict.fromkeys(out) if o != answer]


def _past_its_scale(option: str, answer: str) -> bool:
    """Return True for "$1200 million" from "$600 million": a thousand of a scale word is
    written with the next one ("$1.2 billion"), which would be another form than the
    answer's."""
    found, given = _SCALED.search(option), _SCALED.search(answer)
    if found is None or given is None:
        return False
    return float(found.group(1).replace(",", "")) >= 1000 > float(given.group(1).replace(",", ""))


# "an hour", "a decade", "one year": a single unit of time, whose options count more of it.
_ONE_UNIT = re.compile(
    r"\b(an?|one)\s+(second|minute|hour|day|week|fortnight|month|year|decade|century)\b",
    re.IGNORECASE,
)


def _one_unit_alternatives(answer: str) -> list[str]:
    """Return "two hours", "three hours"... for "an hour" ("about an hour" keeps "about")."""
    match = _ONE_UNIT.search(answer)
    # Only the whole answer, hedged or not: not "half an hour" or "a day in the life".
    if match is None or match.end() != len(answer):
        return []
    before = answer[: match.start()]
    if before and (not _HEDGED.fullmatch(before) or _UPPER_BOUND.search(before)):
        return []  # "less than an hour" makes "less than two hours" true
    article, unit = match.groups()
    plural = unit[:-1] + "ies" if unit.casefold().endswith("ry") else unit + "s"
    out = []
    for value in (2, 3, 4, 5):
        count = _format(float(value), article, words=True)
        out.append(f"{answer[: match.start()]}{count} {plural}{answer[match.end() :]}")
    return out


def _counts_one(after: str) -> bool:
    """Return True when a singular noun follows the number one: "one allele", "1 year"; not
    "1 km", "one million" or "one of the cells"."""
    match = _WORD_AFTER.match(after)
    if match is None:
        return False
    word = match.group(1)
    return not (lexicon.is_stopword(word) or word in _SCALE_WORDS or word in {"percent", "cent"})


_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})


def year_alternatives(year: int) -> list[int]:
    """Return other years near `year`, nearest first, mixing earlier and later ones."""
    return [year + step for step in (-2, 1, -5, 3, -1, 2, -3, 5, -10, 10)]


def _value(token: str, words: bool) -> float:
    if words:
        return float(NUMBER_WORDS.index(token.casefold()) + 1)
    return float(token.replace(",", ""))


@dataclass(frozen=True)
class _Style:
    """How a number is meant: a percentage, a rough figure ("about 10"), a price."""

    percent: bool = False
    hedged: bool = False
    price: bool = False
    bounded: bool = False  # "more than 2000", "up to 1500": a count, never a year


def _alternatives(value: float, token: str, words: bool, style: _Style) -> list[float]:
    """Return candidate values, plausible in size, never equal to `value`."""
    is_year = (
        not words
        and not (style.bounded or style.price or style.percent)
        and _YEAR.fullmatch(token) is not None
    )
    if is_year:
        return [float(y) for y in year_alternatives(int(value))]
    decimal = "." in token
    if style.hedged and not words and not decimal and value in {10.0, 15.0, 20.0}:
        # "nearly 10" -> "nearly 5", "nearly 15": a rough figure's options are as round.
        return [v for v in (value - 5, value + 5, value + 10, value - 10) if v > 0]
    if words or (value.is_integer() and value <= 12 and not decimal and not style.percent):
        return _small_steps(value, words, style.hedged)
    snaps = _snaps(value, token, style.price)
    candidates: list[float] = []
    if style.percent and _MID_SHARE[0] <= value <= _MID_SHARE[1]:
        # "64.2 percent of adults": a share in the middle moves by points, as readers judge
        # it; halved or half again (32.2, 96.2) it is absurd beside "two-thirds".
        for step in _SHARE_STEPS:
            candidate = snaps[0](value + step)
            if 0 < candidate < 100 and candidate != value and candidate / value >= 0.25:
                candidates.append(candidate)
    # An exact count's options are as exact, and no simple ratio of it: "7,368" beside
    # "14,736" is its half, which gives the pair away.
    exact = not (decimal or style.price) and value >= _PRECISE and not token.endswith("0")
    for snap in snaps:
        for factor in _FACTORS:
            candidate = snap(value * factor)
            if exact:
                candidate = _off_the_ratio(candidate, value)
            if style.percent and not 0 < candidate < 100:
                continue
            if candidate > 0 and candidate != value and 0.25 <= candidate / value <= 4:
                candidates.append(candidate)
        if len(set(candidates)) >= 3:
            break
    if style.percent:
        for step in (20, -20, 10, -10, 30, -30):
            if abs(step) > value:
                continue  # "3%" -> "23%": a small share stays small
            candidate = snaps[-1](value + step)
            if 0 < candidate < 100 and candidate != value:
                candidates.append(candidate)
    return list(dict.fromkeys(candidates))


def _off_the_ratio(candidate: float, value: float) -> float:
    """Return `candidate` moved by a few tens (hundreds, for six digits) and units that its
    own digits choose, so that it is no simple ratio of `value` and, like it, ends in no 0."""
    step = 10.0 ** max(int(math.log10(candidate)) - 2, 1)
    mix = zlib.crc32(f"{value:.0f}:{candidate:.0f}".encode())
    shift = (mix % 9 + 1) * step + (mix >> 8) % 9 + 1
    moved = candidate - shift if mix & 1024 else candidate + shift
    if moved <= 0 or moved == value:
        moved = candidate + shift
    return moved + 1 if moved % 10 == 0 else moved


def _small_steps(value: float, words: bool, hedged: bool) -> list[float]:
    """Return small whole numbers near `value`: a step of one, or for a rough figure
    ("about seven") a step a reader can tell apart (two at least, a quarter of it)."""
    ceiling = float(len(NUMBER_WORDS)) if words else math.inf
    least = max(2, math.ceil(value / 4)) if hedged else 1
    steps = [value + s for s in _SMALL_STEPS if abs(s) >= least]
    return [v for v in steps if 1.0 <= v <= ceiling and v != value]


def _snaps(value: float, token: str, price: bool) -> list[Callable[[float], float]]:
    """Return ways to round a candidate to the true number's form, the closest form first.

    Decimals keep their number of places and their last digit ("1.19" -> "0.59",
    "$7.99" -> "$3.99"); a price's whole number keeps its last digit 9 or 5
    ("$349" -> "$179"); other numbers are as round as the truth ("25,000" ->
    "12,000", "62" -> "31").
    """
    plain = token.replace(",", "")
    if "." in plain:
        places = len(plain.split(".")[1])
        unit = 10.0**-places
        last = plain[-1]
        if last != "0":
            ending = int(last) * unit
            return [_ending_snap(ending, 10 * unit), _grain_snap(unit)]
        return [_grain_snap(10 * unit)]
    if price and value >= 10 and plain[-1] in "59":
        return [_ending_snap(float(plain[-1]), 10.0), _grain_snap(_grain(value, plain))]
    return [_grain_snap(_grain(value, plain))]


def _ending_snap(ending: float, step: float) -> Callable[[float], float]:
    """Return a rounding to the nearest number that ends like the truth: step * n + ending."""
    return lambda candidate: round(round((candidate - ending) / step) * step + ending, 6)


def _grain_snap(grain: float) -> Callable[[float], float]:
    return lambda candidate: round(round(candidate / grain) * grain, 6)


# A whole number this large and not ending in 0 is an exact count or a price to the unit.
_PRECISE = 1000


def _grain(value: float, plain: str) -> float:
    """Return the rounding step of a whole number that keeps a candidate as "round" as it."""
    if value < 10:
        return 1.0
    zeros = len(plain) - len(plain.rstrip("0"))
    if zeros == 0 and value >= _PRECISE:
        # "19,548 yuan": a figure to the unit gets options as exact; "15,000" beside it
        # would give the one exact option away.
        return 1.0
    magnitude = 10 ** int(math.log10(value))
    # "45 minutes", "15 years": a figure ending in 5 is rounded to fives, so its options are
    # too ("30", "60"), not "22" or "68".
    fives = 5.0 if value < 100 and plain.endswith("5") else 1.0
    return float(max(10**zeros, magnitude / 10 if value >= 100 else fives))


def _range_shifts(low: float, high: float, words: bool) -> list[tuple[float, float]]:
    """Return other ranges as wide, none sharing a number with the truth: "six or seven"
    gives "eight or nine", "four or five", never "five or six"."""
    width = high - low
    if high <= 20:
        shifts = [s for s in (1, -1, 2, -2, 3, -3, 4, -4, 5, -5) if abs(s) > width][:6]
    else:
        shifts = [2 * width, -2 * width, 3 * width, -3 * width]
    out = []
    for shift in shifts:
        a, b = low + shift, high + shift
        if a >= 1 and (not words or b <= len(NUMBER_WORDS)):
            out.append((a, b))
    return out


def _format(value: float, original: str, words: bool) -> str:
    """Write `value` the way `original` was written: words, separators, decimal places
    ("1.19" -> "0.59", ".39" -> ".19"), case."""
    if words:
        word = NUMBER_WORDS[int(value) - 1]
        if original.isupper() and len(original) > 1:
            return word.upper()  # "FIVE CENTS" -> "SIX CENTS"
        return word.capitalize() if original[:1].isupper() else word
    decimals = len(original.split(".")[1]) if "." in original.replace(",", "") else 0
    text = f"{value:,.{decimals}f}" if "," in original else f"{value:.{decimals}f}"
    return text[1:] if original.startswith(".") and text.startswith("0.") else text


# Kinds of noun that follow a count in the singular: "5 km", "12 noon", "500 police",
# "40 sheep".
_COUNTED_AS_ONE = frozenset({"noun.quantity", "noun.time", "noun.group", "noun.animal"})
_NAME_WORD = re.compile(r"[A-Za-z]*[A-Z][A-Za-z]*")


def numbers_a_thing(answer: str, stem: str) -> bool:
    """Return True when the blanked number names or labels a thing rather than counts:
    "_____'s students", "Figure _____", "an iPad _____", "with _____ student Ana Berg".

    A count takes a plural ("826 students", "two doctorate degrees"); a number
    after a name word is part of that name ("Xbox 360", "the Big Four").
    """
    from quizgen.generate.kinds import MONTHS
    from quizgen.generate.stems import BLANK  # stems imports candidates, which imports us

    before, blank, after = stem.partition(BLANK)
    if not blank:
        return False
    if _POSSESSIVE.match(after):
        return True  # "_____'s star students": the number is a name
    words = before.split()
    if len(words) >= 2 and _NAME_WORD.fullmatch(words[-1]) and words[-1] not in MONTHS:
        return True  # not the stem's first word, which is capitalised anyway
    return _stated_value(answer) != 1 and noun_after(after) in {"singular", "name"}


def noun_after(after: str) -> str:
    """Return what the noun phrase after a number ends in: "plural" ("doctorate degrees",
    "powerful diseases", "Chinese astronauts"), "singular" ("student Ana Berg"), "name"
    ("D.C.", "Downing Street"), or "" (none: "km away", "of the cells")."""
    words = _NOT_SPACE.findall(after)[:4]
    name = bool(words) and words[0][:1].isupper()
    last = ""
    for word in words:
        bare = word.strip(".,;:!?()\"'“”‘’")
        if name and bare[:1].isupper():
            if _PLURAL_WORD.search(bare):
                return "plural"  # "20 Democrats"
        elif not _LOWER_WORD.fullmatch(bare) or lexicon.is_stopword(bare):
            break
        elif _plural(bare):
            return "plural"
        elif lexicon.is_noun(bare):
            last = bare
        elif last or name:
            break  # the phrase ended at its noun
        # else an adjective before the noun: "two powerful diseases"
        if bare != word:
            break  # punctuation ends the phrase
    if name:
        return "name"
    if last and lexicon.first_sense_lexname(last) not in _COUNTED_AS_ONE:
        return "singular"
    return ""


def _plural(word: str) -> bool:
    """Return True for a plural noun, also one WordNet lists as a word of its own ("chains",
    "goods") or does not know ("roadmaps")."""
    if lexicon.is_plural(word):
        return True
    lower = word.casefold()
    return bool(_PLURAL_ENDING.search(lower)) and (
        lexicon.is_noun(lower[:-1]) or not lexicon.is_noun(lower)
    )


# A sum of money in a sentence: "£4.65 billion", "$310m", "€14 million".
_MONEY = re.compile(
    r"[$€£¥₽]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:thousand|million|billion|trillion|bn|m)\b)?"
)


def breaks_the_order(option: str, answer: str, stem: str) -> bool:
    """Return True when a sum offered for the blank stands on the other side of a sum the
    stem states than the answer does: "the estimate was _____, but the final bill came to
    £4.65 billion" (an overrun) takes no estimate above £4.65 billion."""
    from quizgen.answers import number_unit

    unit = number_unit(answer)
    truth, offered = _stated_value(answer), _stated_value(option)
    if truth is None or offered is None or not _MONEY.search(answer):
        return False
    for match in _MONEY.finditer(stem):
        other = _stated_value(match.group())
        if other is None or other == truth or number_unit(match.group()) != unit:
            continue
        if (offered > other) != (truth > other):
            return True
    return False


def _stated_value(answer: str) -> float | None:
    from quizgen.answers import parse_number

    return parse_number(answer)
