"""Wrong dates written like the right one: "22 February" becomes "12 February", "2019" "2017"."""

from __future__ import annotations

import datetime
import re

from quizgen.generate.distractors.numbers import ordinal_suffix, year_alternatives
from quizgen.generate.kinds import MONTHS, SEASON, SEASONS, YEAR

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)})\b")
_MONTH = (
    "|".join(MONTHS)
    + r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})(?P<suffix>st|nd|rd|th)?\s+(?P<month>{_MONTH})\b")
_MONTH_DAY = re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?P<suffix>st|nd|rd|th)?\b")
# Days of a month given as a range ("April 7-9", "3 to 5 May"), moved whole.
_DAY_RANGE = re.compile(
    r"\b(?P<start>\d{1,2})(?P<joiner>\s*[-–—]\s*|\s+(?:to|and)\s+)(?P<end>\d{1,2})\b"
)
_MONTH_ONLY = re.compile(rf"\b(?P<month>{'|'.join(MONTHS)})\b")
_ANY_MONTH = re.compile(rf"\b(?:{_MONTH})(?!\w)")
_YEAR = re.compile(rf"\b(?P<year>{YEAR})(?P<decade>s)?\b")
_YEAR_RANGE = re.compile(
    r"(?P<start>\d{3,4})(?P<joiner>\s*[-–—]\s*|\s+(?:to|and)\s+)(?P<end>\d{3,4})"
)
_CENTURY = re.compile(r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century\b", re.IGNORECASE)
_CENTURIES = re.compile(
    r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s*(?:\s(?:and|to|or)\s|[–—-])\s*(?P<m>\d{1,2})(?:st|nd|rd|th)\s+"
    r"centuries\b",
    re.IGNORECASE,
)
# Days far enough from the truth to be clearly different, close enough to be believable.
_DAY_STEPS = (-10, 5, -4, 8, 3, -7, 6, -2)


def perturb_date(answer: str, *, limit: int = 8, by_year: bool = False) -> list[str]:
    """Return up to `limit` wrong versions of a date answer, keeping its format.

    `by_year`: a date with its year ("October 8, 2015", "May 2002") gets other years,
    its day and month kept. In an article of many years the year is what a reader
    learns; its options of other days of one month are hair-splitting.

    Moves a range of years or days whole ("1756 to 1763" -> "1754 to 1761",
    "April 7-9" -> "April 17-19"); else
    changes the day when there is one ("22 February" -> "12 February"),
    otherwise the month ("March" -> "May"), the season ("autumn" -> "spring",
    "spring of 2019" -> "autumn of 2019"), the year ("2019" -> "2017"), the
    decade ("1990s"), the century or the weekday. Returns [] for text it
    cannot read as a date.
    """
    if by_year and _one_year_of_a_day(answer):
        found = _change_year(answer)
        if found:
            return list(dict.fromkeys(found))[:limit]
    for change in (
        _change_year_range,
        _change_day_range,
        _change_day,
        _change_month,
        _change_season,
        _change_year,
        _change_century,
        _change_weekday,
    ):
        found = change(answer)
        if found:
            if _YEAR.search(answer) and _WEEKDAY.search(answer):
                # "Monday, October 8, 2015": another day falls on another weekday.
                found = [_with_its_weekday(text) for text in found]
            return list(dict.fromkeys(found))[:limit]
    return []


def year_in(text: str) -> frozenset[str]:
    """Return the years written in a date's text: {"2015"} of "October 8, 2015" (no decade)."""
    return frozenset(m.group("year") for m in _YEAR.finditer(text) if not m.group("decade"))


def _with_its_weekday(text: str) -> str:
    """Return a full date with the weekday it fell on: "Monday, October 13, 2015" becomes
    "Tuesday, October 13, 2015"; the text as it is when it is no date of the calendar."""
    day = _DAY_MONTH.search(text) or _MONTH_DAY.search(text)
    year = _YEAR.search(text)
    month = _MONTH_ONLY.search(text)
    if not (day and year and month):
        return text
    try:
        date = datetime.date(
            int(year.group("year")), MONTHS.index(month.group("month")) + 1, int(day.group("day"))
        )
    except ValueError:
        return text
    weekday = _WEEKDAYS[date.weekday()]
    return _WEEKDAY.sub(weekday, text, count=1)


def _one_year_of_a_day(answer: str) -> bool:
    """Return True for a date whose year alone may change: one year, a month, no weekday
    (it would be wrong in another year) and not 29 February (no day of most years)."""
    return (
        len(_YEAR.findall(answer)) == 1
        and bool(_ANY_MONTH.search(answer))
        and not _WEEKDAY.search(answer)
        and not re.search(r"\b29(?:th)?\s+Feb|\bFeb\w*\.?\s+29\b", answer)
    )


def is_date_like(text: str) -> bool:
    """Return True if `text` names a date, month, year, decade, century, season or weekday."""
    return bool(perturb_date(text, limit=1))


def _change_day(answer: str) -> list[str]:
    match = _DAY_MONTH.search(answer) or _MONTH_DAY.search(answer)
    if not match:
        return []
    day = int(match.group("day"))
    if not 1 <= day <= 31:
        return []
    out = []
    for step in _DAY_STEPS:
        new_day = day + step
        if 1 <= new_day <= 28:
            suffix = ordinal_suffix(new_day) if match.group("suffix") else ""
            start, end = match.span("day")
            text = answer[:start] + str(new_day) + answer[end:]
            if suffix:
                s_start, s_end = match.span("suffix")
                shift = len(str(new_day)) - (end - start)
                text = text[: s_start + shift] + suffix + text[s_end + shift :]
            out.append(text)
    return out


def _change_day_range(answer: str) -> list[str]:
    """Return a month's range of days moved whole, its length kept: "April 7-9" -> "April 17-19"."""
    match = _DAY_RANGE.search(answer)
    if not match or not _MONTH_ONLY.search(answer):
        return []
    start, end = int(match.group("start")), int(match.group("end"))
    if not 1 <= start < end <= 31:
        return []
    out = []
    for step in _DAY_STEPS:
        # A range sharing a day with the true one would be partly right.
        if abs(step) > end - start and 1 <= start + step < end + step <= 28:
            moved = f"{start + step}{match.group('joiner')}{end + step}"
            out.append(answer[: match.start()] + moved + answer[match.end() :])
    # A range too long to move within the month moves to another month.
    return out or _change_month(answer)


def _change_month(answer: str) -> list[str]:
    match = _MONTH_ONLY.search(answer)
    if not match:
        return []
    index = MONTHS.index(match.group("month"))
    out = []
    for step in (2, -2, 4, -3, 1, -1, 5, 3):
        month = MONTHS[(index + step) % 12]
        out.append(answer[: match.start()] + month + answer[match.end() :])
    return out


def _change_year_range(answer: str) -> list[str]:
    """Return a range of years moved whole, its length kept: "1008–1074" -> "1006–1072"."""
    match = _YEAR_RANGE.fullmatch(answer.strip())
    if not match or int(match.group("start")) >= int(match.group("end")):
        return []
    start, end = int(match.group("start")), int(match.group("end"))
    joiner = match.group("joiner")
    return [f"{y}{joiner}{y + end - start}" for y in year_alternatives(start) if y > 0]


# "The 2000s" is read as the decade; "the 1800s" and "the 1900s" as centuries.
_DECADE_NOT_CENTURY = 2000


def _change_year(answer: str) -> list[str]:
    match = _YEAR.search(answer)
    if not match:
        return []
    year = int(match.group("year"))
    if match.group("decade") and year % 100 == 0 and year < _DECADE_NOT_CENTURY:
        # "the 1800s" is a century: "the 1810s" would fall inside it.
        centuries = (year - 100, year + 100, year - 200, year - 300)
        years = [y for y in centuries if y < _DECADE_NOT_CENTURY]
    elif match.group("decade"):
        # Never "the 1900s" beside "the 1910s": read as a century, it holds the answer.
        years = [
            year + step
            for step in (-20, -10, 10, -30, 20, -40)
            if (year + step) % 100 or year + step >= _DECADE_NOT_CENTURY
        ]
    elif _ROUGH_YEAR.match(answer):
        # "c. 1040": a year known only roughly is no fact to tell from 1039.
        years = [year + step for step in (-20, 10, -10, 20, -30, 30)]
    else:
        years = year_alternatives(year)
    start, end = match.span("year")
    return [answer[:start] + str(y) + answer[end:] for y in years]


# A hedge that makes a year rough: "c. 1040", "circa 1200", "around 1500".
_ROUGH_YEAR = re.compile(r"(?:c\.|ca\.|circa|about|around|approximately)\s", re.IGNORECASE)


def _change_century(answer: str) -> list[str]:
    """Return the century moved: "18th century" -> "17th century", and a span of centuries
    moved whole ("19th and 20th centuries" -> "17th and 18th centuries"), none after the
    21st."""
    found = _CENTURY.search(answer) or _CENTURIES.search(answer)
    if not found:
        return []
    spots = [name for name in ("n", "m") if name in found.groupdict()]
    out = []
    width = int(found.group("m")) - int(found.group("n")) if len(spots) == 2 else 0
    # A span moves past itself: "15th–17th" to "12th–14th", never to "13th–15th".
    for step in [s for s in (-1, 1, -2, 2, -3, 3, -4, 4, -5) if abs(s) > width][:5]:
        moved = [int(found.group(name)) + step for name in spots]
        if not all(1 <= n <= 21 for n in moved):
            continue
        text = answer
        for name, n in reversed(list(zip(spots, moved, strict=True))):
            # The number and its two-letter suffix give way to the new ordinal.
            start, end = found.start(name), found.end(name) + 2
            text = text[:start] + f"{n}{ordinal_suffix(n)}" + text[end:]
        out.append(text)
    return out


def _change_season(answer: str) -> list[str]:
    """Return the answer with each other season: "by autumn" asks which season, not a month.

    "fall" and "autumn" are one season, so neither is offered for the other.
    """
    match = SEASON.search(answer)
    if not match:
        return []
    word = match.group().casefold()
    others = [s for s in SEASONS if s != word and not (word == "fall" and s == "autumn")]
    return [_replaced(answer, match, season) for season in others]


def _change_weekday(answer: str) -> list[str]:
    for day in _WEEKDAYS:
        match = re.search(rf"\b{day}\b", answer, re.IGNORECASE)
        if match:
            return [_replaced(answer, match, other) for other in _WEEKDAYS if other != day]
    return []


def _replaced(answer: str, match: re.Match[str], word: str) -> str:
    """Return `answer` with the matched word replaced by `word`, capitalised as it was."""
    written = word.capitalize() if match.group()[0].isupper() else word.lower()
    return answer[: match.start()] + written + answer[match.end() :]
