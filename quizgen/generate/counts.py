"""Numbers a sentence gives away: it lists what it counts, its parts add up, or it is a convention.

- "There are three kinds: A, B and C", "two new services, X and Y": the list counts;
- "12 people: 7 adults and 5 children", "10 cases, four in A, two in B...",
  "three tunnels: two rail tunnels and a service tunnel": the parts add up to
  the total ("a" counting one), so the total, or any part, can be worked out;
- "eight witnesses, barely a third of the 23 called": a share of a count
  gives the count, or the part, away;
- "seven out of every 10", "24 hours a day": the base of a ratio, a fixed ratio;
- "several hundred thousand": a vague number is no fact to recall.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.answers import parse_number
from quizgen.generate.kinds import YEAR
from quizgen.generate.lists import lists_of
from quizgen.generate.quotations import SPEECH_VERBS
from quizgen.nlp.document import Span, Token

# Where a list of the things counted may begin, and what separates its items.
_LIST_OPENING = re.compile(r"[:—–(]|--|\b(?:such as|namely|including)\b")
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;]\s*(?:and|or)?|\band\b|\bor\b)\s*")
_LIST_CLOSING = re.compile(r"[—–)]|--")
# The counted noun, then a comma, then the list: "two new services, X and Y".
_COMMA_OPENING = re.compile(r"^\s*(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*\s*,")
# Words between a count and the colon before its quoted titles: "three movies that will
# clearly dominate the schools-out season:".
_MAX_WORDS_BEFORE_TITLES = 10
_LOWER_WORD = re.compile(r"[a-z]+")
# A quotation mark that opens a title: after a space, before a word.
_TITLE_OPENING = re.compile(r"(?:^|(?<=\s))[\"“](?=\w)")
_ASIDE = re.compile(r"\s*\([^()]*\)")
_ONE_AND_THE_OTHER = re.compile(r"\bone\b.*\b(?:the other|another)\b")
_AND_OR = re.compile(r"\b(?:and|or)\b")
_WORD = re.compile(r"\w")
# Digits with letters: a label or code ("40.4d", "4G"), never a count.
_CODE = re.compile(r"\d.*[^\W\d_]|[^\W\d_].*\d")
_POWER_OF_TEN = re.compile(r"10*")
_YEAR = re.compile(YEAR)
_MAX_ITEM_WORDS = 6
# The most things a sentence's subject lists before "are" and their count.
_MAX_LISTED = 6
# Words before the base of a ratio: "seven out of every 10", "3 in every 100", "per 1,000",
# "for every 100 females".
_RATIO_BASES = (("out", "of"), ("every",), ("per",))
# Fixed ratios of units of time: "24 hours a day", "seven days a week".
_UNITS_PER = {
    ("hour", "day"): 24,
    ("day", "week"): 7,
    ("day", "year"): 365,
    ("week", "year"): 52,
    ("month", "year"): 12,
    ("minute", "hour"): 60,
    ("second", "minute"): 60,
}
_PER_WORDS = frozenset({"a", "an", "per", "each", "every"})
_VAGUE_BEFORE = frozenset({"several", "few", "many", "dozens", "hundreds", "thousands"})
_SCALES = frozenset({"hundred", "thousand", "million", "billion", "dozen"})
# What opens the list of a count's parts, and what comes before a part said with "a".
_OPENERS = frozenset({":", "—", "–", "--", "(", "including", "namely"})
_PART_JOINERS = frozenset({"and", "or", ",", ":", "—", "–", "--", "(", "plus", ";"})
# Shares of a count ("a third of", "two-thirds of", "half of"), by their denominator.
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
# Words between "a third of" and the count: "a third of the 23", "half of about 40".
_BEFORE_A_WHOLE = frozenset(
    {"the", "about", "some", "nearly", "almost", "around", "roughly", "just", "only", "its"}
)
# How far a share may be off and still give the count away: "a third of 23" is about 8.
_SHARE_SLACK = 0.15


def guessable_count(text: str, tokens: Sequence[Token], span: Span) -> str:
    """Return why the number at `span` of the sentence gives itself away, or "" if it does not."""
    value = span.value
    words = [t.text.casefold() for t in tokens]
    before = words[max(0, span.first - 3) : span.first]
    vague = (before[-1:] != [] and before[-1] in _VAGUE_BEFORE) or before[-2:] == ["a", "few"]
    if vague and words[span.first] in _SCALES:
        return "vague-number"  # "several hundred thousand square feet"
    if value is None or value != int(value):
        return ""
    if value >= 10 and _POWER_OF_TEN.fullmatch(str(int(value))) and _after_ratio_words(before):
        return "ratio-base"  # "seven out of every 10 nests": the fact is the seven
    if _fixed_ratio(words, span.last, value):
        return "fixed-ratio"  # "24 hours a day"
    if (
        _counted_in_sentence(text[span.end :], tokens[span.last :], value)
        or _subject_listed(tokens, span, value)
        or _listed_before(tokens, span, value)
    ):
        return "count-of-a-list"
    if _sum_of_parts(tokens, span, value):
        return "sum-of-parts"
    if _years_between(tokens, span, value):
        return "sum-of-parts"  # "covers 23 years, from 1987 to 2009": a subtraction away
    if _share_of_a_count(tokens, span, value):
        return "share-of-a-count"
    return ""


def _listed_before(tokens: Sequence[Token], span: Span, value: float) -> bool:
    """Return True for "… the financial, technology and human resources industries … in all
    three sectors": a count after "all"/"the"/"these" of a list the sentence gave before."""
    if not 2 <= value <= _MAX_LISTED or span.first < 2:
        return False
    if tokens[span.first - 1].text.casefold() not in {"all", "the", "these", "those"}:
        return False
    return any(len(items) == value for items in lists_of(tokens[: span.first - 1]))


def _years_between(tokens: Sequence[Token], span: Span, value: float) -> bool:
    """Return True for a count of years the sentence's first and last years give: 22 or 23
    for "from 1987 to 2009"."""
    unit = {t.text.casefold() for t in tokens[span.first : span.last + 1]}
    if not unit & {"years", "year"}:
        return False
    years = sorted(int(t.text) for t in tokens if _YEAR.fullmatch(t.text))
    if len(years) < 2:
        return False
    apart = years[-1] - years[0]
    return value in (apart, apart + 1)


def _subject_listed(tokens: Sequence[Token], span: Span, value: float) -> bool:
    """Return True for "The Golden Temple and Expo Garden are two famous places": the
    subject lists as many things as the count after "are"/"were"."""
    if not 2 <= value <= _MAX_LISTED or span.first < 4:
        return False
    if tokens[span.first - 1].text.casefold() not in {"are", "were"}:
        return False
    subject = " ".join(t.text for t in tokens[: span.first - 1])
    if not _AND_OR.search(subject):
        return False
    items = [item for item in _LIST_SEPARATOR.split(subject) if _WORD.search(item)]
    return len(items) == value and all(len(item.split()) <= _MAX_ITEM_WORDS for item in items)


def _after_ratio_words(before: Sequence[str]) -> bool:
    return any(tuple(before[-len(words) :]) == words for words in _RATIO_BASES)


def _fixed_ratio(words: Sequence[str], after: int, value: float) -> bool:
    """Return True for "24 hours a day": a count of a unit in a larger one."""
    if after + 2 >= len(words) or words[after + 1] not in _PER_WORDS:
        return False
    return _UNITS_PER.get((_singular(words[after]), _singular(words[after + 2]))) == value


def _singular(unit: str) -> str:
    """Return a unit of time in the singular ("hours" -> "hour": WordNet keeps "hours")."""
    return unit[:-1] if unit.endswith("s") else unit


def _counted_in_sentence(rest: str, tokens: Sequence[Token], value: float) -> bool:
    """Return True when the words after a small count list that many things, or say "one ...
    the other" for two: "the Big Four labels: Sony, Universal, Warner and EMI"."""
    if not 2 <= value <= 10:
        return False
    rest = _ASIDE.sub("", rest)
    if value == 2 and _ONE_AND_THE_OTHER.search(rest):
        return True
    opening = _LIST_OPENING.search(rest)
    comma = _COMMA_OPENING.match(rest)
    for start in (opening.end() if opening else None, comma.end() if comma else None):
        if start is not None and _items_listed(rest[start:]) == value:
            return True
    # The colon close after the count, and no speech verb after it: '…: "We lost
    # everything," he said, "in minutes."' quotes one speaker twice.
    listing = (
        opening is not None
        and opening.group() == ":"
        and len(rest[: opening.start()].split()) <= _MAX_WORDS_BEFORE_TITLES
        and not SPEECH_VERBS.intersection(_LOWER_WORD.findall(rest[opening.end() :]))
    )
    if listing and len(_TITLE_OPENING.findall(rest[opening.end() :])) == value:
        # "three movies …: Warner Bros.' "Harry Potter and…," Paramount's "Transformers"
        # and Disney's "Cars 2."": titles in quotation marks, however many words each.
        return True
    # A longer list anywhere after the count: "four berth points ... 5 km, 400 m, 140 m and 30 m".
    return value >= 3 and any(len(items) == value for items in lists_of(tokens))


def _items_listed(listed: str) -> int:
    """Return how many items a list opening `listed` has (0 if it is no list)."""
    listed = _LIST_CLOSING.split(listed, maxsplit=1)[0]
    at = 0
    for count, separator in enumerate(_LIST_SEPARATOR.finditer(listed), start=1):
        item = listed[at : separator.start()]
        at = separator.end()
        if not _WORD.search(item) or len(item.split()) > _MAX_ITEM_WORDS:
            return 0
        if _AND_OR.search(separator.group()):
            # Items up to the one after the first "and"/"or": "A, B and C, which..." lists three.
            return count + 1
    return 0


def _sum_of_parts(tokens: Sequence[Token], span: Span, value: float) -> bool:
    """Return True when the sentence's other counts add up to this one, or this one and the
    others make up a total said before them: "10 cases: four in A, two in B, ... three in D".

    A part said with "a" or "an" counts one: "three tunnels: two rail tunnels
    and a service tunnel".
    """
    numbers = _numbers(tokens, span)
    after = [n for at, n in numbers if at >= span.last] + _ones(tokens, span.first, span)
    if len(after) >= 2 and sum(after) == value:
        return True
    # A part: a total said first, and the other parts after it, this one among them.
    for at, total in numbers:
        if at >= span.first:
            break
        others = [n for other, n in numbers if other > at] + _ones(tokens, at, span)
        if len(others) >= 1 and total == value + sum(others):
            return True
    return False


def _numbers(tokens: Sequence[Token], span: Span) -> list[tuple[int, float]]:
    """Return the sentence's whole numbers outside `span` (no years), with their positions."""
    numbers: list[tuple[int, float]] = []
    for at, token in enumerate(tokens):
        if span.first <= at < span.last or token.tag != "CD" or _CODE.search(token.text):
            continue  # not "40.4d" of "Figure 40.4d": a label, no count
        number = parse_number(token.text)
        if number is None or number != int(number) or _looks_like_a_year(token.text):
            continue
        numbers.append((at, number))
    return numbers


def _ones(tokens: Sequence[Token], total: int, span: Span) -> list[float]:
    """Return a 1 for each part said with "a"/"an" in the list the count at `total` opens:
    "three tunnels: two rail tunnels and a service tunnel".

    The list opens with a colon, dash or bracket after the count, or a comma
    after its noun; a part counts when it names the count's noun, or the noun
    of a part said with a number ("three tunnels, two rail tunnels and a
    service tunnel"; not "four players: two from Norway ... and a coach", nor
    "killed three people, injured two firefighters and a child").
    """
    nouns = {_noun_after(tokens, total + 1)}
    opened = any(t.text == "," for t in tokens[total + 1 : total + 5])
    found: list[float] = []
    for at in range(total + 1, len(tokens)):
        word = tokens[at].text.casefold()
        opened = opened or word in _OPENERS
        if tokens[at].tag == "CD" and opened:
            nouns.add(_noun_after(tokens, at + 1))
        if span.first <= at < span.last or word not in {"a", "an"} or not opened:
            continue
        if tokens[at - 1].text.casefold() in _PART_JOINERS and _noun_after(tokens, at + 1) in (
            nouns - {""}
        ):
            found.append(1.0)
    return found


def _noun_after(tokens: Sequence[Token], start: int) -> str:
    """Return the head of the first noun phrase within a few words from `start`, singular:
    "smaller service tunnel" -> "tunnel"."""
    head = ""
    for token in tokens[start : start + 5]:
        if token.tag in {"NN", "NNS"}:
            head = _singular(token.text.casefold())
        elif head or token.tag not in {"JJ", "JJR", "JJS", "VBN", "VBG"}:
            break
    return head


def _share_of_a_count(tokens: Sequence[Token], span: Span, value: float) -> bool:
    """Return True when a share of one count gives the other: in "eight witnesses, barely
    a third of the 23 called" each of 8 and 23 is about a third or three times the other."""
    numbers: list[tuple[int, float]] | None = None
    for at in range(1, len(tokens) - 2):
        denominator = FRACTIONS.get(tokens[at].text.casefold().rsplit("-", 1)[-1])
        if denominator is None or tokens[at + 1].text.casefold() != "of":
            continue
        if numbers is None:
            numbers = _numbers(tokens, span)
        before = tokens[at - 1].text.casefold()
        numerator = parse_number(tokens[at].text.split("-")[0]) if "-" in tokens[at].text else None
        if numerator is None:
            numerator = parse_number(before) if before not in {"a", "an"} else 1
        share = (numerator or 1) / denominator
        whole = at + 2
        while whole < len(tokens) and tokens[whole].text.casefold() in _BEFORE_A_WHOLE:
            whole += 1
        if whole >= len(tokens) or tokens[whole].tag != "CD":
            continue
        if span.first <= whole < span.last:
            parts = [n for other, n in numbers if other < at]
            if any(abs(part / share - value) <= _SHARE_SLACK * value for part in parts):
                return True
        elif span.last <= at:
            total = next((n for other, n in numbers if other == whole), None)
            if total is not None and abs(total * share - value) <= _SHARE_SLACK * value:
                return True
    return False


def _looks_like_a_year(text: str) -> bool:
    return bool(_YEAR.fullmatch(text))
