"""Whether two names may name one thing: an acronym, a shorter form, or an alias the article gives.

A wrong option that is another name of the answer ("the Blue Network" for
"NBC Blue", "FCC" for "Federal Communications Commission") is also a right
answer. Only safe signals count: a sister name that shares the family part
("NBC Red" beside "NBC Blue") stays a good wrong option.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence

from quizgen.answers import normalize
from quizgen.generate import lexicon
from quizgen.generate.caches import WORD_CACHE_SIZE, word_cache
from quizgen.nlp import gazetteer
from quizgen.nlp.gazetteer import word_set

# Words that join the words of a name and say nothing of which one it is.
_FUNCTION_WORDS = frozenset({"of", "for", "on", "in", "and", "the", "de", "at", "to"})
# Words that set a sister apart from a shorter name they contain: "University of North
# Florida" is not the "University of Florida", nor "New York" York.
_QUALIFIERS = word_set("""
north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|great|
little|new|old|state|national|international|royal|federal|imperial|general|first|second|
third|fourth|junior|senior|mid|middle|inner|outer|grand|
""")
# Words that join the parts of one name: "Treaty on ...", "Bank of ...".
_JOINING = frozenset({"of", "on", "for", "and", "&", "de", "du", "la", "von", "van", "del"})
_ACRONYM = re.compile(r"[A-Z][A-Z0-9.&]{1,9}")
_NOT_CAPITAL = re.compile(r"[^A-Z0-9]")
_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]")
_NAME_BREAK = re.compile(r"[\s/]+")
_WORD_CHARACTER = re.compile(r"\w")
# What may stand between a name and its alias: ", also known as", " (formerly", ", later
# renamed", " (now"... After a bare comma a cue is needed, or "A, B and C" would alias B to A,
# and a lone "then" or "later" is a sequence ("Paris, then London"), not a new name.
_ADVERBS = (
    r"(?:also|better|commonly|popularly|now|formerly|previously|originally|later|then|"
    r"officially|sometimes|today|subsequently|once)"
)
_NAMING = r"(?:known|called|named|renamed|rebranded|styled|nicknamed|abbreviated|referred\s+to)"
_COMMA_CUE = (
    rf"(?:(?:{_ADVERBS}\s+)*{_NAMING}\s+(?:as\s+|to\s+)?"
    r"|(?:formerly|previously|originally|now|today|once)\s+)"
)
_ANY_CUE = rf"(?:{_COMMA_CUE})?"
_CUE_WORDS = (
    "formerly", "previously", "originally", "now", "today", "once", "known", "called", "named",
    "renamed", "rebranded", "styled", "nicknamed", "abbreviated", "referred",
)  # fmt: skip
_OR_CUE = r",\s*or\s"
_ALIAS_CUE = rf"\(|{_OR_CUE}|\b(?:{'|'.join(_CUE_WORDS)}|changed\s+its\s+name)\b"
_ANY_ALIAS_CUE = re.compile(_ALIAS_CUE, re.IGNORECASE)
_LOWER_ALIAS_CUE = re.compile(_ALIAS_CUE)
_LOWER_OR_CUE = re.compile(_OR_CUE)
# What the cues other than ", or" begin with, in lower case.
_CUE_STARTS = ("(", *_CUE_WORDS, "changed")
_NO_KEYS: frozenset[str] = frozenset()
# The letters besides "I", "S" and "K" that ignoring case takes for "i", "s" or "k".
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def normal_form(text: str) -> str:
    """quizgen.answers.normalize, remembered: the generator folds the same texts many times."""
    return normalize(text)


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _words(name: str) -> tuple[str, ...]:
    return tuple(normal_form(name).split())


def name_words(name: str) -> frozenset[str]:
    """Return the words of a name as `normal_form` folds them."""
    return frozenset(_words(name))


def name_keys(name: str) -> frozenset[str]:
    """Return what two names of one thing share by their form: a word, or initials.

    An index of names under these keys finds a name's look-alikes without trying all.
    """
    keys = {w for w in _words(name) if w not in _FUNCTION_WORDS}
    keys |= {initials.casefold() for initials in _initials(name)}
    return frozenset(keys)


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def is_acronym(name: str) -> bool:
    """Return True for a name written as capital initials: "FCC", "U.S.", "AT&T"."""
    stripped = name.strip()
    return bool(_ACRONYM.fullmatch(stripped)) and sum(c.isupper() for c in stripped) >= 2


def acronym_of(short: str, long: str) -> bool:
    """Return True when `short` is the capital initials of `long`: "NBC", "National
    Broadcasting Company"; "DOJ", "Department of Justice"."""
    key = acronym_key(short)
    return bool(key) and key in _initials(long)


def by_initials(names: Sequence[str]) -> dict[str, str]:
    """Return the first of `names` by each of its initials: the name an acronym stands for,
    under its `acronym_key`, is the first the acronym is `acronym_of`."""
    found: dict[str, str] = {}
    for name in reversed(names):
        found.update(dict.fromkeys(_initials(name), name))
    found.pop("", None)  # a name without capitals: no acronym's letters are ""
    return found


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def acronym_key(name: str) -> str:
    """Return an acronym's letters ("US" for "U.S.", "ATT" for "AT&T"), or "" for no acronym."""
    key = _NOT_CAPITAL.sub("", name.strip().upper()) if is_acronym(name) else ""
    return key if len(key) >= 2 else ""


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _initials(name: str) -> frozenset[str]:
    """Return a name's initials, without and with its lower-case joining words."""
    words = [w for w in _NAME_BREAK.split(name.strip()) if w]
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) < 2:
        return frozenset()
    strict, loose = [], []
    for word in words:
        letters = word if word.isascii() and word.isalnum() else _NOT_ALNUM.sub("", word)
        if not letters:
            continue
        # An acronym inside a name gives all its letters: "U.S. Navy" -> "USN".
        part = _NOT_CAPITAL.sub("", word.upper()) if is_acronym(word) else letters[0].upper()
        if word[:1].isupper() or word[:1].isdigit():
            strict.append(part)
        loose.append(part)
    return frozenset({"".join(strict), "".join(loose)})


def names_one_body(a: str, b: str, generic: frozenset[str]) -> bool:
    """Return True when two organisation names are one body told two ways.

    `generic` are the words that say what kind of body a name is (Network,
    Company, University, River...). Left are each name's distinctive words: one
    body when they are the same ("Labor Department", "Department of Labor") or
    the shorter's are the end of the longer's ("Blue Network", "NBC Blue"),
    unless what the longer adds is a qualifier ("North Florida") or the two
    kind words differ ("European Union", "European Council"). A place alone
    ("Warsaw") must come with the same kind words.
    """
    words_a, kinds_a = _distinctive(a, generic)
    words_b, kinds_b = _distinctive(b, generic)
    if not words_a or not words_b:
        return False
    if kinds_a and kinds_b and not kinds_a & kinds_b:
        return False
    short, long = sorted((words_a, words_b), key=len)
    if all(_qualifier(word) for word in short):
        # Many bodies are named for one place: "University of Warsaw" is not the "Warsaw
        # University of Technology", though it is "Warsaw University".
        return words_a == words_b and kinds_a == kinds_b
    if short == long:
        return True
    # The shared words must end the longer name: "NBC Red" and "NBC Blue" share "NBC" only as
    # a family, and "Sky News" is not "Sky Sports News".
    if long[len(long) - len(short) :] != short:
        return False
    return not any(_qualifier(word) for word in long[: len(long) - len(short)])


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _distinctive(name: str, generic: frozenset[str]) -> tuple[tuple[str, ...], frozenset[str]]:
    words = [w for w in _words(name) if w not in _FUNCTION_WORDS]
    return tuple(w for w in words if w not in generic), frozenset(w for w in words if w in generic)


@word_cache
def _qualifier(word: str) -> bool:
    """Return True for a word that tells sisters apart: a direction, a place, a number."""
    return (
        word in _QUALIFIERS
        or word.isdigit()
        or word in gazetteer.DEMONYMS
        or word in gazetteer.COUNTRIES
        or word in gazetteer.CITIES
        or word in gazetteer.REGIONS
        or lexicon.first_sense_lexname(word) == "noun.location"
    )


def shortened(a: str, b: str) -> bool:
    """Return True when one name shortens each word of the other: "Man United", "Manchester
    United"."""
    words_a, words_b = _words(a), _words(b)
    if len(words_a) != len(words_b) or len(words_a) < 2:
        return False  # one word alone is no shortening: "Mann" is not "Manning"
    pairs = [sorted((x, y), key=len) for x, y in zip(words_a, words_b, strict=True)]
    cut = [long for short, long in pairs if short != long]
    return 0 < len(cut) < len(pairs) and all(
        len(short) >= 3 and long.startswith(short) for short, long in pairs
    )


def acronym_inside(a: str, b: str) -> bool:
    """Return True when a word of one name is the other's acronym: "NBC Blue" holds "National
    Broadcasting Company" as "NBC", as it would hold "NBC" itself."""
    # Most names hold no acronym: then their initials are never worked out.
    for whole, part in ((a, b), (b, a)):
        keys = _word_acronyms(whole)
        if keys and not keys.isdisjoint(_initials(part)):
            return True
    return False


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _word_acronyms(name: str) -> frozenset[str]:
    """Return the letters of each word of a name of two words or more that is an acronym."""
    words = name.split()
    keys = (
        frozenset(key for word in words if (key := acronym_key(word.strip(",;:()"))))
        if len(words) > 1
        else _NO_KEYS
    )
    return keys or _NO_KEYS  # one empty set for the many names without an acronym


def may_give_alias(sentence: str) -> bool:
    """Return True when a sentence has what `stated_alias` looks for: a parenthesis, a cue."""
    return bool(sentences_giving_alias([sentence]))


def sentences_giving_alias(sentences: Sequence[str]) -> frozenset[int]:
    """Return the indexes of the sentences that `may_give_alias`."""
    found: set[int] = set()
    plain: list[int] = []
    accented: list[int] = []
    for number, sentence in enumerate(sentences):
        if sentence.isascii():
            plain.append(number)
        elif any(letter in sentence for letter in _CASE_TRAPS):
            if _ANY_ALIAS_CUE.search(sentence):
                found.add(number)
        else:
            accented.append(number)
    # Lower case finds what ignoring case finds, but for the trap letters. ASCII apart: it is
    # lower-cased faster.
    for numbers in (plain, accented):
        # Joined by NUL, which no cue matches: no cue spans two sentences, and a word either
        # side of a NUL has the word boundary it has at a sentence's start or end.
        text = "\0".join(sentences[number] for number in numbers).lower()
        ends = list(itertools.accumulate(len(sentences[number]) + 1 for number in numbers))
        found.update(numbers[bisect.bisect_right(ends, at)] for at in _cue_starts(text))
    return frozenset(found)


def _cue_starts(text: str) -> list[int]:
    """Return where an alias cue starts in lower-case `text`: where `_LOWER_ALIAS_CUE` matches."""
    # Each cue word looked for with str.find and confirmed by the pattern: the pattern's own
    # search tries every cue at every letter, several times slower.
    starts = [match.start() for match in _LOWER_OR_CUE.finditer(text)]
    for cue in _CUE_STARTS:
        at = text.find(cue)
        while at >= 0:
            if _LOWER_ALIAS_CUE.match(text, at):
                starts.append(at)
            at = text.find(cue, at + 1)
    return starts


def stated_alias(a: str, b: str, sentences: Iterable[str]) -> bool:
    """Return True when a sentence gives one name as another's: "A (B)", "A, also known as B",
    "A, later renamed B", "A (formerly B)", "A, or B,", "A was renamed B"."""
    for sentence in sentences:
        for first, second in ((a, b), (b, a)):
            for start, end in _spans(first, sentence):
                if _names_longer_one(sentence, start):
                    continue
                for later_start, later_end in _spans(second, sentence):
                    if later_start >= end and _alias_between(
                        sentence, start, end, later_start, later_end
                    ):
                        return True
    return False


def _alias_between(sentence: str, start: int, end: int, later_start: int, later_end: int) -> bool:
    """Return True when the text between two names (and after the second) makes it an alias."""
    between = sentence[end:later_start]
    for pattern, after in _BETWEEN:
        if pattern.fullmatch(between) and (after is None or after.match(sentence, later_end)):
            # "A, or B," is an alias; "X, A, or B," the end of a list.
            return pattern is not _OR or not sentence[:start].rstrip().endswith(",")
    return False


def _names_longer_one(sentence: str, start: int) -> bool:
    """Return True when the name at `start` ends a longer name: "Treaty on European Union
    (TEU)", "United Methodist Church (UMC)" give the longer name's alias."""
    before = sentence[:start].split()
    last = before[-1] if before else "the"
    return last.casefold() != "the" and (last[:1].isupper() or last in _JOINING)


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _name_pattern(name: str) -> re.Pattern[str]:
    """Return a pattern for a name as whole words, with any spacing and no leading "the"."""
    return re.compile(
        r"(?<!\w)" + r"\s+".join(map(re.escape, _pattern_words(name))) + r"(?!\w)", re.IGNORECASE
    )


def _pattern_words(name: str) -> list[str]:
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return words


def _spans(name: str, sentence: str) -> list[tuple[int, int]]:
    if not name.split():
        return []
    if name.isascii() and sentence.isascii():
        # Each word must be in the sentence, in any case, for the pattern to match: most
        # names are in none of a sentence's words, and compiling their patterns costs more.
        # (ASCII only: ignoring case, "k" also matches the Kelvin sign, "s" the long s.)
        lower = sentence.lower()
        words = _pattern_words(name)
        if any(word.lower() not in lower for word in words):
            return []
        if len(words) == 1:
            return _word_spans(words[0].lower(), lower)
    return [match.span() for match in _name_pattern(name).finditer(sentence)]


def _word_spans(word: str, sentence: str) -> list[tuple[int, int]]:
    """Return where the lower-case ASCII `word` stands as a whole word in the lower-case ASCII
    `sentence`: what the name's pattern finds there, without compiling it."""
    found: list[tuple[int, int]] = []
    at = sentence.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _WORD_CHARACTER.match(sentence, at - 1)) and (
            end == len(sentence) or not _WORD_CHARACTER.match(sentence, end)
        ):
            found.append((at, end))
            at = sentence.find(word, end)
        else:
            at = sentence.find(word, at + 1)
    return found


_THE = r"(?:the\s+)?"
_OR = re.compile(rf"\s*,\s*or\s+{_THE}", re.IGNORECASE)
# What stands between a name and its alias, and what must follow the alias (None: anything).
_BETWEEN: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = (
    # "A (B)", "A (also known as B)", "A (formerly B)": the parenthesis holds B alone.
    (re.compile(rf"\s*\(\s*{_ANY_CUE}{_THE}", re.IGNORECASE), re.compile(r"\s*\)")),
    # "A, also known as B", "A, later renamed B", "A, formerly B".
    (re.compile(rf"\s*,\s*{_COMMA_CUE}{_THE}", re.IGNORECASE), None),
    # "A, or B,": an alias between commas.
    (_OR, re.compile(r"\s*[,)]")),
    # "A was renamed B", "A changed its name to B".
    (
        re.compile(
            r"\s+(?:was|were|had\s+been|has\s+been|is)\s+"
            r"(?:(?:later|then|subsequently|officially)\s+)?(?:renamed|rebranded|known\s+as)\s+"
            rf"(?:(?:as|to)\s+)?{_THE}",
            re.IGNORECASE,
        ),
        None,
    ),
    (re.compile(rf"\s+changed\s+its\s+name\s+to\s+{_THE}", re.IGNORECASE), None),
)
