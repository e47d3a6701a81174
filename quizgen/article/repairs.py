"""Typing slips that glue words or sentences together, mended: "users.He", "year,Zuckerberg".

Only a missing space is put back (or a hyphen between a word typed twice,
"carboncarbon"); no word is respelled. A space goes after a full stop, "?" or
"!" that is followed by a capitalised word ("parasites.The prize" is two
sentences), after a comma between two words, and between two common words run
together into one that no dictionary knows ("microbefound", "heatingthem").
Abbreviations and addresses keep their dots: "U.S.", "e.g.", "Node.js", "3.5",
"www.example.com", "J.R.R." all lack the lower-case letters before the dot or
the capital after it.

A number loses its space as easily: "June14" and "14June" are a month and a
day, "115and" or "30passengers" a number and a word, "flightAB12" a word and a
code. Codes and units keep their form ("COVID19", "A380", "4G", "MP3", "3D",
"10am", "4th", "1990s"): only a month's full name, a function word or a common
word of four letters or more is split from the number. A comma typed with no
space before a capitalised word that opens a clause ("improved,After the…")
ends a sentence: it becomes a full stop, as the capital shows the writer meant.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Collection

# ".The", "?Mary", '".The', ".”We": two lower-case letters (or digits), the mark, a
# capitalised word.
# (The letters before are checked in code: a look-behind first makes the search slow.)
_GLUED_STOP = re.compile(r"[.!?][\"”’')\]]?(?=[A-Z][a-z]|[AI]\s)")
_GLUED_COMMA = re.compile(r",(?=[^\W\d_]{2}|[aI]\s)")
_CLOSERS = "\"”’')]"
_WORD_AFTER_NUMBER = re.compile(r"[A-Z]?[a-z]{2}")
# fmt: off
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# fmt: on
# Where the rules for numbers may apply: a letter and a digit side by side ("14June",
# "115and", "flightAB12"), looked for once a line before the rules themselves.
_MAY_GLUE_NUMBER = re.compile(r"\d(?:[a-zA-Z]|(?<=[a-zA-Z]\d))")
# The rules, each the place where a space goes:
# "November14" and "14November" (a month's full name and a number typed together),
# "115and", "MH370and", "239passengers" (a number, or a code ending in one, and a word),
# "flightMH370", "vitaminB12" (a lower-case word and a code of capitals and digits).
_ORDINAL = r"(?:st|nd|rd|th)?"
_MONTH_THEN_DAY = re.compile(rf"(?<![\w'’@/.-])(?:{_MONTH_NAMES})(?=\d{{1,4}}{_ORDINAL}\b)")
_DAY_THEN_MONTH = re.compile(rf"(?<![\w'’@/.,-])\d{{1,2}}{_ORDINAL}(?=(?:{_MONTH_NAMES})\b)")
_NUMBER_THEN_WORD = re.compile(r"(?<![\w'’@/.,-])(?:[A-Z]{1,3})?\d+(?=([a-z]{2,})(?![\w'’@/-]))")
_WORD_THEN_CODE = re.compile(r"(?<![\w'’@/.-])([a-z]{4,})(?=[A-Z]{1,3}\d)")

# "improved,After the plane…": a glued comma (ASCII or full-width), then a capitalised word
# that opens a clause and a lower-case word or a number.
_CLAUSE_OPENER_LIST = (
    "The This These Those It Its He She They We You There Their His Her Our After Before "
    "When While Although Though Because Since If But However So Then In On At For As "
    "During Meanwhile Besides Yet"
)
# A decimal point typed with a space after it: "an average of 8. 2 hours" (a sentence
# does not open with a figure, so "8. 2" after a word is one number).
_SPLIT_DECIMAL = re.compile(r"(?<=[a-z] )(\d{1,2})\. (\d{1,2})(?= [a-z%])")
_MAY_SPLICE = re.compile(r"[,，][A-Z]")
_COMMA_SPLICE = re.compile(
    rf"(?<=[a-z0-9]{{2}})[,，](?=(?:{'|'.join(_CLAUSE_OPENER_LIST.split())})\s+[a-z0-9])"
)
# Full-width punctuation typed in English text ("easier，here’s"): the ASCII mark.
_FULL_WIDTH = {"，": ",", "；": ";", "：": ":", "！": "!", "？": "?"}
_FULL_WIDTH_MARK = re.compile("[，；：！？]")
# A web or e-mail address, or a file name: its dots and commas are not slips.
_ADDRESS = re.compile(r"://|www\.|@|/|\.(?:com|org|net|gov|edu|io|co|uk)\b", re.IGNORECASE)
# "Amazon.Com", "Salesforce.Net": a capitalised domain ending, not a sentence.
_DOMAIN_ENDINGS = frozenset(("Com", "Net", "Org", "Gov", "Edu", "Co", "Io", "Uk"))
_LETTERS = re.compile(r"[A-Za-z]+")
# A lower-case word of six letters or more standing alone (not part of an address,
# markup such as "onerror=", a hyphenated word or a contraction), which may be two words
# run together.
_LONGEST_WORD = 30
_LONG_WORD = re.compile(
    rf"(?<![\w'’.@/:=<{{-])[a-z]{{6,{_LONGEST_WORD}}}(?![\w'’@/=(>}}-]|\.[a-z]|:/|\s*@)"
)
# How far around a mark to look for the address it may belong to.
_ADDRESS_REACH = 120

# fmt: off
# Function words (a closed class): run into a neighbour they make a slip easy to see.
_FUNCTION_WORD_LIST = (
    "a an the of in on at to by for from with as into onto about over than that this these "
    "those it its he him his she her they them their we us our you your me my and or but nor "
    "so if is are was were be been am has have had do does did will would shall should can "
    "could may might must not no all any some each"
)
# Word-forming prefixes and suffixes that are also words: "microbat", "fatlike", "keelmen"
# are single words, not slips.
_PREFIX_LIST = (
    "anti auto bio counter cross cyber eco electro endo exo extra geo hemo hydro hyper hypo infra "
    "inter intra macro mega meta micro mid mini mono multi neo neuro non osmo over para peri "
    "paleo photo poly post pre pro proto pseudo retro self semi sub super tele thermo trans tri "
    "ultra under uni vaso chemo out up down supra circum contra ante"
)
_SUFFIX_LIST = (
    "like less ness ship side wise ward wards land lands man men woman women hood dom ism "
    "isms ist ists ers able ible ful fold proof free wide work works some ology ite ites "
    "ling lings let lets ware worm worms wort worts berry bird fish weed wood"
)
# Endings of a known word's inflected forms: "raveled" is "ravel" + "ed", not "rave led".
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "est", "ness", "ism", "ist")
# fmt: on
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_LIST.split())
# After a number these are units or times, not words: "10am", "6in", "5us", "1no".
_NUMBER_SUFFIXES = frozenset(("am", "in", "us", "no", "me", "do", "a"))
# Function words that end a run-together word whose first part is long but rare
# ("irradiatingthem"): no English word ends so unless it is in the dictionary already.
_TRAILING_FUNCTION_WORD_LIST = (
    "the and them they their this that these those his her its our your with from into "
    "for was were are has have had not but"
)
_TRAILING_FUNCTION_WORDS = frozenset(_TRAILING_FUNCTION_WORD_LIST.split())
_PREFIXES = frozenset(_PREFIX_LIST.split())
_SUFFIXES = frozenset(_SUFFIX_LIST.split())
# How common (Zipf) the parts of a run-together word must be.
_COMMON = 3.0
_VERY_COMMON = 5.0
_KNOWN = 2.0
_KNOWN_FREQUENCY = 10 ** (_KNOWN - 9)  # Zipf 2 as wordfreq's frequency
# A long word before a trailing function word may be rarer: "irradiating" is Zipf 1.98.
_RARE = 1.5
# A word this long may be this rare and still be read off a function word glued to it.
_LONG_WORD_LETTERS = 10
_KNOWN_LONG = 2.5
_LONG_PART = 7


def repair_typing(text: str, *, skip_lines: Collection[int] = ()) -> str:
    """Return `text` with missing spaces put back; lines whose index is in `skip_lines` (code,
    for instance) are left alone."""
    if not skip_lines:
        return _repair_line(text)  # no slip pattern runs across a line break
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if index not in skip_lines and line.strip():
            lines[index] = _repair_line(line)
    return "\n".join(lines)


def _repair_line(line: str) -> str:
    if _MAY_SPLICE.search(line):
        line = _COMMA_SPLICE.sub(_comma_splice, line)
    if "，" in line or "；" in line or "：" in line or "！" in line or "？" in line:
        line = _FULL_WIDTH_MARK.sub(_ascii_mark, line)
    if ". " in line:
        line = _SPLIT_DECIMAL.sub(r"\1.\2", line)
    quotes = _QuoteCount(line)
    line = _insert_spaces(line, _GLUED_STOP, lambda text, match: _glued_stop(text, match, quotes))
    line = _insert_spaces(line, _GLUED_COMMA, _glued_comma)
    if _MAY_GLUE_NUMBER.search(line):
        line = _insert_spaces(line, _WORD_THEN_CODE, _word_then_code)
        line = _insert_spaces(line, _MONTH_THEN_DAY, _at_end_outside_address)
        line = _insert_spaces(line, _DAY_THEN_MONTH, _at_end_outside_address)
        line = _insert_spaces(line, _NUMBER_THEN_WORD, _number_then_word)
    return _LONG_WORD.sub(_split_run_together, line)


def _ascii_mark(match: re.Match[str]) -> str:
    mark = _FULL_WIDTH[match.group()[0]]
    follows = match.end() < len(match.string) and match.string[match.end()].isalnum()
    return mark + " " if follows else mark


def _insert_spaces(
    line: str, pattern: re.Pattern[str], where: Callable[[str, re.Match[str]], int]
) -> str:
    """Return `line` with a space put in where `where` says for each match (-1: nowhere)."""
    pieces: list[str] = []
    position = 0
    for match in pattern.finditer(line):
        at = where(line, match)
        if at >= 0:
            pieces.append(line[position:at])
            pieces.append(" ")
            position = at
    if not pieces:
        return line
    pieces.append(line[position:])
    return "".join(pieces)


class _QuoteCount:
    """How many straight double quotes a line has before a place, counted once from the left.

    The count starts again at each line break: a quotation that runs on into
    the next paragraph opens it again without closing it first.
    """

    def __init__(self, text: str) -> None:
        self.text, self.position, self.count = text, 0, 0

    def before(self, at: int) -> int:
        # Asked in increasing order of `at`, as matches come: each character is counted once.
        line_start = self.text.rfind("\n", self.position, at)
        if line_start != -1:
            self.position, self.count = line_start, 0
        self.count += self.text.count('"', self.position, at)
        self.position = at
        return self.count


def _glued_stop(line: str, match: re.Match[str], quotes: _QuoteCount) -> int:
    at = match.start()
    if at and line[at - 1] in _CLOSERS:
        at -= 1  # 'anywhere".The'
    before = line[max(0, at - 2) : at]
    if (
        len(before) < 2
        or not (
            ("a" <= before[0] <= "z" and "a" <= before[1] <= "z")
            # "in 1936.It is…", but not "Figure 4.A shows…"
            or (before.isdigit() and line[match.end() + 1 : match.end() + 2].islower())
        )
    ):
        return -1
    following = _LETTERS.match(line, match.end())
    if (following and following.group() in _DOMAIN_ENDINGS) or not _outside_address(line, match):
        return -1
    if line[match.end() - 1] == '"' and quotes.before(match.end() - 1) % 2 == 0:
        return match.end() - 1  # 'basis."Media companies…': the mark opens the next quotation
    return match.end()


def _glued_comma(line: str, match: re.Match[str]) -> int:
    at = match.start()
    if at and line[at - 1] in _CLOSERS:
        at -= 1  # '…the benefits",Shields said'
    if at < 2:
        return -1
    # "on March 8,more than…", "in 1923,Steenbock found…": a number, then a word ("1,000"
    # has digits after it).
    after_number = line[at - 1].isdigit() and _WORD_AFTER_NUMBER.match(line, match.end())
    if not (after_number or (line[at - 2].isalpha() and line[at - 1].isalpha())):
        return -1
    return match.end() if _outside_address(line, match) else -1


def _comma_splice(match: re.Match[str]) -> str:
    return ". " if _outside_address(match.string, match) else match.group() + " "


def _at_end_outside_address(line: str, match: re.Match[str]) -> int:
    return match.end() if _outside_address(line, match) else -1


def _word_then_code(line: str, match: re.Match[str]) -> int:
    """Split "flightMH370" before the code when the word before it is a common one."""
    word = match.group(1)
    frequencies = _frequencies()
    if word in _PREFIXES or word not in frequencies or _zipf(word) < _COMMON:
        return -1  # "microRNA", "macOS"-like names keep their form
    return _at_end_outside_address(line, match)


def _number_then_word(line: str, match: re.Match[str]) -> int:
    """Split "115and" or "30passengers", never a unit or an ordinal ("10am", "4th", "5kg")."""
    word = match.group(1)
    if word in _NUMBER_SUFFIXES:
        return -1
    if word not in _FUNCTION_WORDS and (
        len(word) < 4 or word not in _frequencies() or _zipf(word) < _COMMON
    ):
        return -1
    return _at_end_outside_address(line, match)


def _outside_address(line: str, match: re.Match[str]) -> bool:
    return _ADDRESS.search(_token_at(line, match.start())) is None


def _token_at(line: str, at: int) -> str:
    """Return the run of non-space characters around `at` (at most _ADDRESS_REACH each way)."""
    start = at
    while start > max(0, at - _ADDRESS_REACH) and not line[start - 1].isspace():
        start -= 1
    end = at
    while end < min(len(line), at + _ADDRESS_REACH) and not line[end].isspace():
        end += 1
    return line[start:end]


def _split_run_together(match: re.Match[str]) -> str:
    word = match.group()
    frequencies = _frequencies()
    if word in frequencies or _inflected(word, frequencies):
        return word
    return _best_split(word) or word


@functools.lru_cache(maxsize=4096)
def _best_split(word: str) -> str:
    """Return `word` as the two words it was run together from, or "" when unsure."""
    frequencies = _frequencies()
    found: list[str] = []
    for at in range(2, len(word) - 1):
        first, second = word[:at], word[at:]
        if first in frequencies and second in frequencies and _slip(first, second):
            found.append(f"{first}-{second}" if first == second else f"{first} {second}")
    # Two readings ("lived ash", "live dash") mean a guess: leave the word as it is.
    return found[0] if len(found) == 1 else ""


def _slip(first: str, second: str) -> bool:
    """Return True when `first` + `second` reads as two words typed without a space."""
    if first in _PREFIXES or second in _SUFFIXES:
        return False
    one, two = _zipf(first), _zipf(second)
    if second in _TRAILING_FUNCTION_WORDS and len(first) >= _LONG_PART and one >= _RARE:
        return first not in _FUNCTION_WORDS  # "irradiatingthem", "calibratingthe"
    if first in _FUNCTION_WORDS or second in _FUNCTION_WORDS:
        other, other_zipf = (second, two) if first in _FUNCTION_WORDS else (first, one)
        # A long word may be rarer: "theradioactivity" (no word itself) is "the radioactivity".
        least = _KNOWN_LONG if len(other) >= _LONG_WORD_LETTERS else _COMMON
        return len(other) >= 3 and other not in _FUNCTION_WORDS and other_zipf >= least
    if len(first) < 4 or len(second) < 4:
        return False  # "bitstrings" is no "bit strings"
    if min(one, two) >= _COMMON:
        return True
    # "microbe found", "called oxidants": a very common word beside a rarer long one.
    (common, common_zipf), (rare, rare_zipf) = sorted(
        ((first, one), (second, two)), key=lambda item: -item[1]
    )
    return (
        common_zipf >= _VERY_COMMON and len(common) >= 4 and rare_zipf >= _KNOWN and len(rare) >= 6
    )


def misspelt(word: str) -> bool:
    """Return True for a rare lower-case word that is a common one with two letters swapped.

    "garve" for "grave", "deovted" for "devoted": a slip that cannot be mended
    without guessing, so the sentence is better left unasked. A word wordfreq
    knows well (Zipf 2 or more) is never one.
    """
    if _frequencies().get(word, 0.0) >= _KNOWN_FREQUENCY or not 4 <= len(word) <= _LONGEST_WORD:
        return False
    return word.isalpha() and word.islower() and _swapped_letters(word)


@functools.lru_cache(maxsize=4096)
def _swapped_letters(word: str) -> bool:
    frequencies = _frequencies()
    for at in range(len(word) - 1):
        if word[at] != word[at + 1]:
            swapped = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
            if swapped in frequencies and _zipf(swapped) >= _COMMON + 1:
                return True
    return False


def _inflected(word: str, frequencies: dict[str, float]) -> bool:
    return any(
        word.endswith(ending) and word[: -len(ending)] in frequencies for ending in _INFLECTIONS
    )


def _zipf(word: str) -> float:
    return math.log10(_frequencies()[word]) + 9


@functools.cache
def _frequencies() -> dict[str, float]:
    """Return wordfreq's English word list (the same object `quizgen.nlp.lexicon` reads)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", "best")
