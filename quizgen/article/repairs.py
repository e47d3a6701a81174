"""Typing slips that glue words or sentences together, mended: "users.He", "year,Zuckerberg".

Only a missing space is put back (or a hyphen between a word typed twice,
"carboncarbon"); no word is respelled. A space goes after a full stop, "?" or
"!" that is followed by a capitalised word ("parasites.The prize" is two
sentences), after a comma between two words, and between two common words run
together into one that no dictionary knows ("microbefound"). Abbreviations and
addresses keep their dots: "U.S.", "e.g.", "Node.js", "3.5", "www.example.com",
"J.R.R." all lack the lower-case letters before the dot or the capital after it.
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
    "ultra under uni vaso chemo out up down"
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
_PREFIXES = frozenset(_PREFIX_LIST.split())
_SUFFIXES = frozenset(_SUFFIX_LIST.split())
# How common (Zipf) the parts of a run-together word must be.
_COMMON = 3.0
_VERY_COMMON = 5.0
_KNOWN = 2.0
_KNOWN_FREQUENCY = 10 ** (_KNOWN - 9)  # Zipf 2 as wordfreq's frequency


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
    if "，" in line or "；" in line or "：" in line or "！" in line or "？" in line:
        line = _FULL_WIDTH_MARK.sub(_ascii_mark, line)
    quotes = _QuoteCount(line)
    line = _insert_spaces(line, _GLUED_STOP, lambda text, match: _glued_stop(text, match, quotes))
    line = _insert_spaces(line, _GLUED_COMMA, _glued_comma)
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
    if at < 2 or not (line[at - 2].isalpha() and line[at - 1].isalpha()):
        return -1
    return match.end() if _outside_address(line, match) else -1


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
    if first in _FUNCTION_WORDS or second in _FUNCTION_WORDS:
        other, other_zipf = (second, two) if first in _FUNCTION_WORDS else (first, one)
        return len(other) >= 3 and other not in _FUNCTION_WORDS and other_zipf >= _COMMON
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
