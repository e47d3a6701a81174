"""What makes two answers "the same": text normalisation and reading numbers in words or digits.

Shared by the generator (a distractor must not equal the answer) and by quiz
grading (a typed answer is compared with the right one).
"""

from __future__ import annotations

import re
import unicodedata

_ARTICLES = ("the ", "a ", "an ")
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}
_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
_NUMBER = re.compile(
    r"^(?P<num>\d+(?:[.,]\d+)*(?:\.\d+)?|[a-z]+(?:[- ][a-z]+)?)\s*"
    r"(?P<scale>hundred|thousand|million|billion|trillion|mln|mn|bn|tn|k|m|b)?\b"
)
_CURRENCY = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₽": "rub"}
_HEDGES = ("about ", "around ", "roughly ", "nearly ", "almost ", "over ", "more than ",
           "less than ", "under ", "some ", "approximately ", "at least ", "up to ")


# The comma or point first, then the digit before it: the search skips to each comma or point.
_THOUSANDS_COMMA = re.compile(r",(?<=\d,)(?=\d{3}\b)")
_DECIMAL_POINT = re.compile(r"\.(?<=\d\.)(?=\d)")
_PUNCTUATION = re.compile(r"[^\w\s%$€£¥₽\ue000]")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
_GROUPED_DIGITS = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")
_WORD_BREAK = re.compile(r"[- ]")
_LOWER_WORD = re.compile(r"[a-z]+")


def normalize(text: str) -> str:
    """Return `text` folded for comparison: case, accents, punctuation, spaces, leading article."""
    if not text.isascii():  # ASCII has no accents to fold: skip the costly per-letter pass
        text = unicodedata.normalize("NFKD", text)
        # Only the letters beyond ASCII can be combining marks: the rest is kept whole.
        text = _NOT_ASCII.sub(_without_combining, text)
    text = text.casefold()
    # "4,000,000" is 4000000 and "3.5" keeps its point; other punctuation is a space.
    if "," in text:
        text = _THOUSANDS_COMMA.sub("", text)
    if "." in text:
        text = _DECIMAL_POINT.sub("\ue000", text)
    text = _PUNCTUATION.sub(" ", text).replace("\ue000", ".")
    text = " ".join(text.split())
    for article in _ARTICLES:
        if text.startswith(article):
            text = text[len(article):]
            break
    return text


def _without_combining(run: re.Match[str]) -> str:
    return "".join(ch for ch in run.group() if not unicodedata.combining(ch))


def parse_number(text: str) -> float | None:
    """Return the number an answer states, or None if it is not a number.

    Reads "50%", "50 percent", "4 billion", "$4 billion", "4,000,000,000",
    "about 50%", "six" and "twenty-one". The unit is ignored: compare units
    separately with `number_unit`.
    """
    t = text.casefold().strip()
    for hedge in _HEDGES:
        if t.startswith(hedge):
            t = t[len(hedge):]
            break
    t = t.lstrip("$€£¥₽ ").replace("per cent", "percent")
    match = _NUMBER.match(t)
    if not match:
        return None
    raw = match.group("num")
    if raw[0].isdigit():
        if _GROUPED_DIGITS.fullmatch(raw):
            raw = raw.replace(",", "")
        elif "," in raw:
            raw = raw.replace(",", ".") if raw.count(",") == 1 and "." not in raw else ""
        try:
            value = float(raw)
        except ValueError:
            return None
    else:
        # "twenty-one" or "twenty one"; else the first word alone ("six roadmaps").
        value = _words_value(raw)
        words = _WORD_BREAK.split(raw)
        if value is None and len(words) == 2 and words[1] in _SCALES:
            first = _words_value(words[0])  # "two thousand": the scale took the second word
            value = first * _SCALES[words[1]] if first is not None else None
        if value is None:
            value = _words_value(words[0])
        if value is None:
            return None
    scale = match.group("scale")
    return value * _SCALES[scale] if scale else value


def number_unit(text: str) -> str:
    """Return what a numeric answer counts: "%", a currency code, or the word after the number."""
    t = text.casefold().strip()
    for symbol, code in _CURRENCY.items():
        if symbol in t:
            return code
    if "%" in t or "percent" in t or "per cent" in t:
        return "%"
    words = _LOWER_WORD.findall(t)
    skip = set(_SCALES) | set(_WORDS) | {word for hedge in _HEDGES for word in hedge.split()}
    rest = [w for w in words if w not in skip]
    return rest[0] if rest else ""


def _words_value(raw: str) -> float | None:
    parts = _WORD_BREAK.split(raw)
    if not all(p in _WORDS for p in parts):
        return None
    total = 0
    for part in parts:
        value = _WORDS[part]
        total = total * value if value == 100 and total else total + value
    return float(total)


def same_answer(a: str, b: str) -> bool:
    """Return True when two answers say the same thing (same text, or same number and unit)."""
    if normalize(a) == normalize(b):
        return True
    na, nb = parse_number(a), parse_number(b)
    return na is not None and na == nb and number_unit(a) == number_unit(b)


def typo_allowance(answer: str) -> int:
    """Return how many edits a typed answer may be off and still count as right.

    None up to 3 letters (a one-letter slip changes a short word), 1 up to 7, 2 up to
    12, then one more for every further 6 letters.
    """
    length = len(normalize(answer).replace(" ", ""))
    if length <= 3:
        return 0
    if length <= 7:
        return 1
    return 2 + max(0, (length - 7) // 6)


def within_edits(a: str, b: str, limit: int) -> bool:
    """Return True when `edit_distance(a, b) <= limit`, working out only what decides it.

    A cell of the table more than `limit` off its diagonal costs more than
    `limit` whatever the letters, and so does every cell after a row with none
    within `limit`: values are only needed up to limit + 1.
    """
    if abs(len(a) - len(b)) > limit:
        return False
    over = limit + 1
    width = len(b)
    before: list[int] = []
    row = [min(j, over) for j in range(width + 1)]
    for i, ca in enumerate(a, 1):
        current = [over] * (width + 1)
        current[0] = min(i, over)
        low, high = max(1, i - limit), min(width, i + limit)
        for j in range(low, high + 1):
            cb = b[j - 1]
            value = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, before[j - 2] + 1)
            current[j] = min(value, over)
        if min(current[low - 1 : high + 1]) > limit:
            # Every later cell costs at least one of this row's: even a transposition from
            # the row before costs no less than the substitution that reaches this row.
            return False
        before, row = row, current
    return row[width] <= limit


def edit_distance(a: str, b: str) -> int:
    """Return the Damerau-Levenshtein (optimal string alignment) distance: a swap costs one."""
    if a == b:
        return 0
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]
