"""Whether two names may name one thing: an acronym, a shorter form, or an alias the article gives.

A wrong option that is another name of the answer ("the Blue Network" for
"NBC Blue", "FCC" for "Federal Communications Commission") is also a right
answer. Only safe signals count: a sister name that shares the family part
("NBC Red" beside "NBC Blue") stays a good wrong option.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
_ANY_ALIAS_CUE = re.compile(
    r"\(|,\s*or\s|\b(?:formerly|previously|originally|now|today|once|known|called|named|"
    r"renamed|rebranded|styled|nicknamed|abbreviated|referred|changed\s+its\s+name)\b",
    re.IGNORECASE,
)


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _words(name: str) -> tuple[str, ...]:
    return tuple(normalize(name).split())


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
    key = _acronym_key(short)
    return bool(key) and key in _initials(long)


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _acronym_key(name: str) -> str:
    """Return an acronym's letters ("US" for "U.S.", "ATT" for "AT&T"), or "" for no acronym."""
    key = re.sub(r"[^A-Z0-9]", "", name.strip().upper()) if is_acronym(name) else ""
    return key if len(key) >= 2 else ""


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _initials(name: str) -> frozenset[str]:
    """Return a name's initials, without and with its lower-case joining words."""
    words = [w for w in re.split(r"[\s/]+", name.strip()) if w]
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) < 2:
        return frozenset()
    strict, loose = [], []
    for word in words:
        letters = re.sub(r"[^A-Za-z0-9]", "", word)
        if not letters:
            continue
        # An acronym inside a name gives all its letters: "U.S. Navy" -> "USN".
        part = re.sub(r"[^A-Z0-9]", "", word.upper()) if is_acronym(word) else letters[0].upper()
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
    for whole, part in ((a, b), (b, a)):
        words = whole.split()
        if len(words) > 1 and any(acronym_of(word.strip(",;:()"), part) for word in words):
            return True
    return False


def may_give_alias(sentence: str) -> bool:
    """Return True when a sentence has what `stated_alias` looks for: a parenthesis, a cue."""
    return bool(_ANY_ALIAS_CUE.search(sentence))


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
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)


def _spans(name: str, sentence: str) -> list[tuple[int, int]]:
    return (
        [match.span() for match in _name_pattern(name).finditer(sentence)] if name.split() else []
    )


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
