"""Rule-based numeric entities (DATE, TIME, MONEY, PERCENT, QUANTITY, NUMBER), value and unit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.nlp.document import Token
from quizgen.nlp.gazetteer import MISC_HOLIDAYS, MISC_WORDS

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan.": 1,
    "feb.": 2,
    "mar.": 3,
    "apr.": 4,
    "jun.": 6,
    "jul.": 7,
    "aug.": 8,
    "sep.": 9,
    "sept.": 9,
    "oct.": 10,
    "nov.": 11,
    "dec.": 12,
}
# What joins the two numbers of a score or range: "24–10", "44 to 43".
_SCORE_JOINERS = frozenset(("-", "–", "—", "‒", "to"))
WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
# Words that may stand before a bare month name and make it a date ("in May", not "may").
_MONTH_CUES = frozenset(
    (
        "in",
        "since",
        "until",
        "till",
        "by",
        "from",
        "last",
        "next",
        "early",
        "late",
        "mid",
        "mid-",
        "of",
        "this",
        "during",
        "before",
        "after",
        "through",
        "to",
        "on",
        "between",
        "and",
    )
)
# Hedges that qualify a number are part of its entity ("about 50%", "over $4 billion").
HEDGES: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(h.split())
            for h in (
                "about",
                "around",
                "approximately",
                "roughly",
                "nearly",
                "almost",
                "over",
                "under",
                "some",
                "more than",
                "less than",
                "fewer than",
                "at least",
                "at most",
                "up to",
                "just over",
                "just under",
                "as many as",
                "as much as",
                "an estimated",
                "close to",
                "well over",
                "below",
                "above",
                "only",
                "exactly",
                "almost exactly",
            )
        ),
        key=len,
        reverse=True,
    )
)
# The hedges by first word, longest first, so most words are ruled out by one lookup.
_HEDGES_BY_FIRST_WORD: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(h for h in HEDGES if h[0] == first) for first in {h[0] for h in HEDGES}
}
SCALES = frozenset(("thousand", "million", "billion", "trillion", "bn", "mn", "m", "k", "tn"))
_DOLLAR_PREFIXES = frozenset(("us", "u.s.", "a", "c", "nz", "hk", "s"))
_CURRENCY_SYMBOLS = {"$": "$", "US$": "$", "€": "€", "£": "£", "¥": "¥", "₽": "₽"}
CURRENCY_WORDS = frozenset(
    (
        "dollar",
        "dollars",
        "euro",
        "euros",
        "pound",
        "pounds",
        "sterling",
        "ruble",
        "rubles",
        "rouble",
        "roubles",
        "yen",
        "yuan",
        "renminbi",
        "rupee",
        "rupees",
        "franc",
        "francs",
        "peso",
        "pesos",
        "real",
        "reais",
        "won",
        "lira",
        "krona",
        "kronor",
        "krone",
        "kroner",
        "zloty",
        "rand",
        "shekels",
        "dirhams",
        "riyals",
        "hryvnias",
        "bitcoin",
        "cents",
    )
)
_PERCENT_WORDS = (
    ("%",),
    ("percent",),
    ("per", "cent"),
    ("percentage", "points"),
    ("percentage", "point"),
)
_TIME_SUFFIXES = frozenset(("a.m.", "p.m.", "am", "pm", "a.m", "p.m"))
# Not "est": "(2010 est.)" is an estimate's year.
_TIME_ZONES = frozenset(("gmt", "utc", "et", "bst", "cet", "msk", "edt", "pst", "pdt"))
# "1200 GMT", "0930 UTC": a 24-hour time, which a zone after it tells from a year.
_ZONED_HOURS = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")
_NUMBER_WORDS = frozenset(
    (
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "dozen",
        "hundreds",
        "thousands",
        "millions",
        "dozens",
    )
)
_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")
_YEAR = re.compile(r"^(1[0-9]|20)\d\d$")
DECADE = re.compile(r"^(1[0-9]|20)\d0s$")
_DAY = re.compile(r"^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$")
# Days written as one range token: "7-9" in "April 7-9".
_DAYS = re.compile(r"^([1-9]|[12]\d|3[01])[-–]([1-9]|[12]\d|3[01])$")
_DAY_JOINERS = frozenset(("-", "–", "—", "to", "and"))
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
# Plural or unit nouns that a number counts; words like "years" still make a quantity.
_UNIT_TAGS = frozenset(("NNS", "NN"))


@dataclass(frozen=True)
class Found:
    """An entity found in one sentence: tokens `[first, last)`, label, value and unit."""

    first: int
    last: int
    label: str
    value: float | None = None
    unit: str = ""


def starts_score_or_range(tokens: Sequence[Token], index: int) -> bool:
    """Return True when the number at `index` opens a score or range ("the Bears 24–10",
    "trailing Obama 44 to 43 percent"): it belongs to the number after it, not to a name
    before it."""
    return (
        index + 2 < len(tokens)
        and tokens[index].text[:1].isdigit()
        and tokens[index + 1].text in _SCORE_JOINERS
        and tokens[index + 2].text[:1].isdigit()
    )


def find_numeric(tokens: Sequence[Token]) -> list[Found]:
    """Return the DATE, TIME, MONEY, PERCENT, QUANTITY and NUMBER entities of one sentence."""
    words = [t.text for t in tokens]
    lower = [w.lower() for w in words]
    found: list[Found] = []
    i = 0
    while i < len(tokens):
        if not lower[i][:1].isdigit() and lower[i] not in _STARTS and words[i] not in _SYMBOLS:
            i += 1  # no date, time or measure starts here: most words need no closer look
            continue
        zoned = _zoned_time(lower, i)
        if zoned is None and _code_not_count(tokens, i):
            i += 1
            continue
        match = zoned or _date(tokens, lower, i) or _time(tokens, lower, i)
        match = match or _measure(tokens, lower, i)
        if match:
            if not _cut_short(words, match.last):
                found.append(match)
            i = match.last
        else:
            i += 1
    return found


# What goes on a number written with no space: a vulgar fraction ("6 ½") or a range's end
# ("20%-40%", split as "20", "%", "-40", "%").
_NUMBER_GOES_ON = re.compile(r"[¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|[-–]\d[\d.,]*")


def _cut_short(words: Sequence[str], end: int) -> bool:
    """Return True when the number ending before `end` is only the first part of one: "6"
    of "6 ½ minutes", "20%" of "20%-40%" is no value of its own."""
    return end < len(words) and _NUMBER_GOES_ON.fullmatch(words[end]) is not None


# The words other than numbers that `_date`, `_time` and `_measure` can start at (lower case),
# and the symbols: a word that is neither, nor begins with a digit, starts no entity.
_STARTS = frozenset(
    {
        *("last", "next", "this", "early", "late", "mid", "mid-"),
        *WEEKDAYS,
        *MONTHS,
        *_NUMBER_WORDS,
        *_HEDGES_BY_FIRST_WORD,
        *_DOLLAR_PREFIXES,
    }
)
_SYMBOLS = frozenset(_CURRENCY_SYMBOLS)


def _code_not_count(tokens: Sequence[Token], i: int) -> bool:
    """Return True for digits that label rather than count: a leading zero ("007", "0800"),
    a prime mark glued on ("the 3' end of DNA", "5′ cap"), a year written short ("'83")."""
    text = tokens[i].text
    if len(text) > 1 and text[0] == "0" and text.isdigit():
        return True
    if (
        len(text) == 2
        and text.isdigit()
        and i > 0
        and tokens[i - 1].text in ("'", "’", '"', "`", "``", "‘")
        and tokens[i - 1].end == tokens[i].start
    ):
        return True  # "in '83 and '84": a year written short
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        text.isdigit()
        and following is not None
        and following.text in ("'", "′")
        and following.start == tokens[i].end
    )


_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
_UNITS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})


def _is_number(token: Token, lower: str) -> bool:
    if _DIGITS.match(lower):
        return True
    return lower in _NUMBER_WORDS  # the tagger sometimes misses these ("ten" as VBN)


def _number_run(tokens: Sequence[Token], lower: list[str], i: int) -> int:
    """Return the end of the number that starts at `i` ("4", "4 billion", "1.5 million"), or i."""
    if i >= len(tokens) or not _is_number(tokens[i], lower[i]):
        return i
    j = i + 1
    if lower[i] in _TENS and j < len(tokens) and lower[j] in _UNITS:
        j += 1  # "seventy five", written without its hyphen
    if (
        j < len(tokens)
        and (lower[j] in SCALES or lower[j] == "hundred")  # "seven hundred stores"
        and (lower[j] not in ("m", "k") or tokens[j].start == tokens[j - 1].end)
    ):
        j += 1
    return j


def hedge_end(lower: list[str], i: int) -> int:
    """Return where the hedge that opens at `i` of lower-case words ends ("more than"), or `i`."""
    for hedge in _HEDGES_BY_FIRST_WORD.get(lower[i], ()):
        if tuple(lower[i : i + len(hedge)]) == hedge:
            return i + len(hedge)
    return i


def _value(tokens: Sequence[Token], first: int, last: int) -> float | None:
    return _parsed(" ".join(t.text for t in tokens[first:last]))


def _parsed(text: str) -> float | None:
    from quizgen.answers import parse_number

    return parse_number(text)


def _measure(tokens: Sequence[Token], lower: list[str], i: int) -> Found | None:
    """MONEY, PERCENT, QUANTITY or NUMBER starting at `i` (optionally with a hedge)."""
    body = hedge_end(lower, i)
    if (
        body + 1 < len(tokens)
        and lower[body] in _DOLLAR_PREFIXES
        and tokens[body + 1].text == "$"
        and (tokens[body].end == tokens[body + 1].start or tokens[body].text in ("HK", "NZ", "US"))
        and not (body > 0 and lower[body - 1] == "the")  # "the US $20 billion market"
    ):
        # "US$20bn", "A$5", "HK $100": the country is part of the currency ("a $5 bill" is not).
        body += 1
    if body < len(tokens) and tokens[body].text in _CURRENCY_SYMBOLS:
        num_end = _number_run(tokens, lower, body + 1)
        if num_end > body + 1:
            last = num_end
            if last < len(tokens) and lower[last] in CURRENCY_WORDS:
                last += 1  # "$5 billion dollars" keeps the redundant word inside
            return Found(
                i,
                last,
                "MONEY",
                _value(tokens, body + 1, num_end),
                _CURRENCY_SYMBOLS[tokens[body].text],
            )
        return None
    glued = _GLUED_UNIT.match(lower[body]) if body < len(tokens) else None
    if glued:
        # "226g", "10km": a number and its unit written as one word.
        return Found(i, body + 1, "QUANTITY", _parsed(glued[1]), glued[2])
    if _metres(tokens, lower, body):
        # "titles over 1500m": the distance run, not "more than"; "over 100m tall" is.
        after = lower[body + 2] if body + 2 < len(lower) else ""
        first = body if lower[i] == "over" and after not in _MEASURED_BY else i
        return Found(first, body + 2, "QUANTITY", _parsed(lower[body]), "m")
    num_end = _number_run(tokens, lower, body)
    if num_end == body:
        return None
    if body == i and num_end == i + 1 and _is_model_number(tokens, i):
        return None  # "Boeing 737", "Falcon 9", "Windows 11": part of a name
    ranged = False
    if num_end + 1 < len(tokens) and lower[num_end] in ("or", "to", "-", "–"):
        upper = _GLUED_UNIT.match(lower[num_end + 1])
        if upper:  # "226 to 340g"
            value = _value(tokens, body, num_end)
            return Found(i, num_end + 2, "QUANTITY", value, upper[2])
        upper_end = _number_run(tokens, lower, num_end + 1)
        if upper_end > num_end + 1:
            # "six or seven roadmaps": one entity; its value is the lower bound.
            value_end, num_end, ranged = num_end, upper_end, True
    # A lone year is a date, not a count, unless a hedge or a unit says otherwise.
    for words in _PERCENT_WORDS:
        if tuple(lower[num_end : num_end + len(words)]) == words:
            return Found(i, num_end + len(words), "PERCENT", _value(tokens, body, num_end), "%")
    if num_end < len(tokens) and lower[num_end] in CURRENCY_WORDS:
        return Found(i, num_end + 1, "MONEY", _value(tokens, body, num_end), lower[num_end])
    if (
        num_end + 1 < len(tokens)
        and lower[num_end] in ("us", "u.s.")
        and lower[num_end + 1] in CURRENCY_WORDS
    ):
        return Found(i, num_end + 2, "MONEY", _value(tokens, body, num_end), lower[num_end + 1])
    unit_end = _unit_end(tokens, lower, num_end)
    if body == i and unit_end == num_end and _YEAR.match(lower[body]) and num_end == body + 1:
        return None  # a year: _date handles it
    if unit_end > num_end:
        unit = " ".join(t.text for t in tokens[num_end:unit_end])
        value = _value(tokens, body, value_end if ranged else num_end)
        return Found(i, unit_end, "QUANTITY", value, unit)
    if ranged:
        return None  # "2019 to 2020", "3-1": years and scores, not a measure
    if not _DIGITS.match(lower[body]):
        return None  # "hundreds", "dozen" alone say no number worth asking about
    return Found(i, num_end, "NUMBER", _value(tokens, body, num_end))


def is_year(text: str) -> bool:
    """Return True for a year written in digits, 1000 to 2099: "1998", "2005"."""
    return _YEAR.match(text) is not None


def _metres(tokens: Sequence[Token], lower: list[str], i: int) -> bool:
    """Return True for "1500m", "the 100m final", "over 5,000m and 10,000m": a distance.

    A bare number with "m" glued on is millions ("grew to 60m", "a 5m euro
    loan", "300m users") unless a race's word follows it or it stands alone
    after "the", "over" or "and" ("won the 800m in Oslo").
    """
    if not (
        i + 1 < len(tokens)
        and lower[i + 1] == "m"
        and tokens[i + 1].start == tokens[i].end
        and _DIGITS.match(lower[i]) is not None
    ):
        return False
    after = lower[i + 2] if i + 2 < len(tokens) else ""
    if after in _DISTANCE_WORDS:
        return True
    alone = i + 2 >= len(tokens) or not tokens[i + 2].tag.startswith(("NN", "JJ"))
    return alone and i > 0 and lower[i - 1] in _BEFORE_A_DISTANCE


def _ends_a_name(tokens: Sequence[Token], lower: list[str], i: int) -> bool:
    """Return True for a year after "of" and a capitalised word of an event's or a law's
    name: "the War of 1812", "the Act of 1707", "the Class of 2005"; or right after a
    statute's "Act", as British laws are named: "the Municipal Corporations Act 1835"."""
    if i >= 2 and tokens[i - 1].text in ("Act", "Acts") and tokens[i - 2].text[:1].isupper():
        return True
    return (
        i >= 2
        and lower[i - 1] == "of"
        and tokens[i - 2].text[:1].isupper()
        and (lower[i - 2] in MISC_WORDS or lower[i - 2] == "class")
        and lower[i - 2] not in MISC_HOLIDAYS  # "at Christmas of 1914" is a date
    )


# Words before a year: "in 2020 degrees were awarded" dates the degrees.
_YEAR_CUES = frozenset({"in", "since", "by", "until", "till", "during", "before", "after"})
# Units that make a number in a year's range a measure: "1000 km2", "2000 square kilometres".
MEASURE_UNITS = frozenset(
    {"km", "km2", "km²", "sq", "square", "mi", "miles", "kilometres", "kilometers", "metres",
     "meters", "feet", "ft", "yards", "acres", "hectares", "ha", "tonnes", "tons", "kg",
     "megatonnes", "gigatonnes",
     "kilograms", "lb", "lbs", "litres", "liters", "gallons", "barrels", "mph",
     "km/h", "kw", "mw", "gw", "megawatts", "gigawatts", "terawatts", "calories", "degrees"}
)  # fmt: skip
# Words after a distance, and before one that stands alone: "the 800m champion".
_DISTANCE_WORDS = frozenset(
    {"champion", "champions", "title", "titles", "final", "finals", "race", "races", "record",
     "records", "hurdles", "relay", "relays", "freestyle", "butterfly", "backstroke",
     "breaststroke", "crown", "gold", "silver", "bronze", "runner", "runners", "event", "heat",
     "heats", "sprint", "medal", "tall", "high", "long", "deep", "wide"}
)  # fmt: skip
_BEFORE_A_DISTANCE = frozenset({"the", "over", "and", "or", "world"})
_MEASURED_BY = frozenset({"tall", "high", "long", "deep", "wide"})
# A number with its unit's symbol glued on: "226g", "10km", "5.5kg" (not "m": "400m" may
# be metres or millions).
_GLUED_UNIT = re.compile(
    r"^(\d+(?:[.,]\d+)*)(g|kg|mg|km|cm|mm|ml|lb|lbs|oz|ft|mph|kph|km/h|kw|kwh|mw|gw|hz|khz|mhz|"
    r"ghz|gb|tb)$"
)


def _is_model_number(tokens: Sequence[Token], i: int) -> bool:
    previous = tokens[i - 1] if i > 0 else None
    return (
        previous is not None
        and tokens[i].text.isdigit()
        and previous.end + 1 >= tokens[i].start
        and previous.text[:1].isupper()
        and previous.text.isalpha()
        and (i > 1 or previous.tag in ("NNP", "NNPS"))
    )


def _unit_end(tokens: Sequence[Token], lower: list[str], j: int) -> int:
    """Return the end of the counted noun after a number ("31 integration roadmaps"), or j."""
    end = j
    k = j
    while k < len(tokens) and k < j + 3:
        token = tokens[k]
        if not token.text[:1].isalpha() and token.text not in ("°C", "°F"):
            break
        if token.text[:1].isupper():
            # A name may qualify the counted noun ("22 Starlink satellites") but not be it.
            if token.tag not in ("NNP", "NNPS", "NN", "JJ"):
                break
        elif token.tag in _UNIT_TAGS or (token.tag == "VBZ" and lower[k].endswith("s")):
            # After a number, "titles" is a plural noun even when the tagger says VBZ.
            end = k + 1
        elif token.tag not in ("JJ", "VBN", "JJS") or lower[k] in ("of",):
            break
        k += 1
        if end == k and tokens[end - 1].tag in ("NNS", "VBZ"):
            break  # a plural noun ends the counted thing
    return end


def _time(tokens: Sequence[Token], lower: list[str], i: int) -> Found | None:
    clock = _CLOCK.match(lower[i]) and ":" in lower[i]
    if clock or (
        _DIGITS.match(lower[i]) and i + 1 < len(tokens) and lower[i + 1] in _TIME_SUFFIXES
    ):
        last = i + 1
    else:
        return None
    if last < len(tokens) and lower[last] in _TIME_SUFFIXES:
        last += 1
        if (
            lower[last - 1] in ("a.m", "p.m")
            and last < len(tokens)
            and lower[last] == "."
            and tokens[last].start == tokens[last - 1].end
        ):
            last += 1  # at a sentence end the tokenizer splits "p.m." into "p.m" and "."
    if last < len(tokens) and lower[last] in _TIME_ZONES:
        last += 1
    return Found(i, last, "TIME")


def _zoned_time(lower: list[str], i: int) -> Found | None:
    if _ZONED_HOURS.match(lower[i]) and i + 1 < len(lower) and lower[i + 1] in _TIME_ZONES:
        return Found(i, i + 2, "TIME")
    return None


def first_name_of_a_month(tokens: Sequence[Token], lower: Sequence[str], i: int) -> bool:
    """Return True for a month's name that is a person's first name: a surname follows it,
    and no word before says when ("by Whistler, Renoir and August Johns", "June Carter";
    not "in August Congress…")."""
    if i + 1 >= len(tokens) or lower[i] not in MONTHS:
        return False
    after = tokens[i + 1].text
    return (
        after[:1].isupper()
        and after.isalpha()
        and lower[i + 1] not in MONTHS
        and lower[i + 1] not in WEEKDAYS
        and not (i > 0 and lower[i - 1] in _MONTH_CUES - _PERSON_CUES)
    )


# Of the words before a month, those that as well come before a person: "by August Johns".
_PERSON_CUES = frozenset(("by", "and", "to"))


# Words before a month that say which part of it: "early March", "mid-July".
_PART_OF_A_MONTH = frozenset(("early", "late", "mid", "mid-"))


def _is_month(tokens: Sequence[Token], lower: list[str], k: int) -> bool:
    return k < len(tokens) and lower[k] in MONTHS and tokens[k].text[0].isupper()


def _days_end(lower: list[str], i: int) -> int:
    """Return the end of the day or days starting at `i` ("22", "7-9", "3 to 5"), or `i`.

    A date names its days whole: blanking "April" of "April 7-9" would cut it.
    """
    if i >= len(lower):
        return i
    days = _DAYS.match(lower[i])
    if days:
        return i + 1 if int(days[1]) < int(days[2]) else i
    if not _DAY.match(lower[i]):
        return i
    if (
        i + 2 < len(lower)
        and lower[i + 1] in _DAY_JOINERS
        and _DAY.match(lower[i + 2])
        and _day_number(lower[i]) < _day_number(lower[i + 2])
    ):
        return i + 3
    if (
        i + 2 < len(lower)
        and _DAY.match(lower[i + 1])
        and lower[i + 2] in MONTHS
        and _day_number(lower[i]) < _day_number(lower[i + 1])
    ):
        return i + 2  # "16 18 December": a range whose dash was lost in conversion
    return i + 1


def _day_number(word: str) -> int:
    return int(word.rstrip("stndrh"))


def _date(tokens: Sequence[Token], lower: list[str], i: int) -> Found | None:
    n = len(tokens)
    first = i
    # "last Tuesday", "early March", "the 1990s", "mid-2019"
    if (
        lower[i] in ("last", "next", "this", "early", "late", "mid", "mid-")
        and i + 1 < n
        and (lower[i + 1] in WEEKDAYS or _is_month(tokens, lower, i + 1))
        # "released late Dec. 9": late in that day, no part of the date
        and not (lower[i] in _PART_OF_A_MONTH and i + 2 < n and _days_end(lower, i + 2) > i + 2)
    ):
        i += 1
    if lower[i] in WEEKDAYS and tokens[i].text[0].isupper():
        last = i + 1
        # "Tuesday, 22 February" joins into one date
        if last + 1 < n and lower[last] == ",":
            more = _date(tokens, lower, last + 1)
            if more and more.label == "DATE" and more.value is None:
                return Found(first, more.last, "DATE")
        return Found(first, last, "DATE")
    days_end = _days_end(lower, i)
    if days_end > i and _is_month(tokens, lower, days_end):
        last = days_end + 1
        if last < n and _YEAR.match(lower[last]):
            last += 1
        return Found(first, last, "DATE")
    if _is_month(tokens, lower, i) and not (i > 0 and lower[i - 1] in ("named", "called")):
        last = i + 1
        days_end = _days_end(lower, last) if last < n else last
        if days_end > last and not _YEAR.match(lower[last]):
            last = days_end
            if last + 1 < n and lower[last] == "," and _YEAR.match(lower[last + 1]):
                last += 2
            elif last < n and _YEAR.match(lower[last]):
                last += 1
            return Found(first, last, "DATE")
        if last < n and _YEAR.match(lower[last]):
            return Found(first, last + 1, "DATE")
        # "May" and "March" are also a verb and a name: alone, they need a cue ("in May").
        cue = first != i or (first > 0 and lower[first - 1] in _MONTH_CUES)
        if first == i and first_name_of_a_month(tokens, lower, i):
            return None
        if lower[i] not in ("may", "march") or cue:
            return Found(first, last, "DATE")
        return None
    year = _YEAR.match(lower[i]) and tokens[i].tag == "CD"
    measured = _metres(tokens, lower, i) or (
        # "1000 km2", but not "In 1959 Miles Davis…" nor "In 2020 degrees were awarded"
        i + 1 < n
        and tokens[i + 1].text in MEASURE_UNITS
        and (i == 0 or lower[i - 1] not in _YEAR_CUES)
    )
    if first == i and year and _ends_a_name(tokens, lower, i):
        return None  # "the War of 1812", "the Class of 2005": the year is part of the name
    if first == i and year and not measured:
        return Found(i, i + 1, "DATE", float(lower[i]))
    if DECADE.match(lower[i]):
        return Found(first, i + 1, "DATE", float(lower[i][:4]))
    if _ORDINAL.match(lower[i]) and i + 1 < n and lower[i + 1] in ("century", "centuries"):
        return Found(first, i + 2, "DATE")
    if (
        _ORDINAL.match(lower[i])
        and i + 3 < n
        and lower[i + 1] in ("and", "or", "to", "–", "-", "—")
        and _ORDINAL.match(lower[i + 2])
        and lower[i + 3] == "centuries"
    ):
        return Found(first, i + 4, "DATE")  # "the 10th and 11th centuries", "15th–17th": one span
    return None
