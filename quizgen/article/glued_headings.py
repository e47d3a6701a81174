"""Headings that lost their line break and run into the next sentence: "Casualties At least…"."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

_MAX_HEADING_WORDS = 5
# What is left after the heading must still read as a sentence: "At least 30 workers were hurt."
_MIN_SENTENCE_WORDS = 4

_CLOSERS = "\"'”’»)]"
# Opening quotation marks that cannot close one (a straight quote can).
_OPENING_QUOTES = "“«"
_CLOSING_QUOTES = "”»"
# Marks a quoted heading may open with: '"That Is Scary" Thompson says…' too.
_QUOTED_HEADING_OPENERS = _OPENING_QUOTES + "‘\""
_SENTENCE_END = re.compile(rf"[.!?…][{re.escape(_CLOSERS)}]*$")
# A word's end that may end a sentence, with the space after it.
_END_MARK = re.compile(rf"[.!?…][{re.escape(_CLOSERS)}]*(?=\s)")
_SPACE = re.compile(r"\s*")
_WORD = re.compile(r"\S+")
# Words looked at from a sentence's start: a heading, its connectors, the opening and a few more.
_WINDOW_WORDS = 3 * _MAX_HEADING_WORDS + _MIN_SENTENCE_WORDS + 4
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:[-’'][A-Za-z]+)*")
_CAPS_WORD = re.compile(r"[A-Z][A-Z&’'-]*[A-Z]")
_LOWER_WORD = re.compile(r"[a-z][a-z’'-]*,?")
_NUMBER = re.compile(r"\d")
_POSSESSIVE = re.compile(r"[’']s$")

# fmt: off
# Words that open a sentence and are written in lower case inside one, so a capital one
# straight after a capitalised phrase marks where a sentence began: "Fares Rise In 2023".
# Left out on purpose: words capitalised inside titles of works and names ("Gone With the
# Wind", "Nothing But the Truth", "Catch Me If You Can", "Doctor Who is", "Formula One",
# "Believe It or Not", "Zheng He sailed"), and the letters "A" and "I" ("Vitamin A
# deficiency", "Series A investors", "Then I moved").
_STARTERS_LIST = (
    "The", "An", "This", "These", "Those", "Some", "Many", "Most", "Several", "Both", "Each",
    "Every", "Earlier", "They", "There", "At", "In", "On", "By", "For", "From", "After",
    "Before", "During", "Since", "Despite", "Although", "Because", "When", "While", "Whereas",
    "Meanwhile", "However",
)
_STARTERS = frozenset(_STARTERS_LIST)
# Words that open a sentence only before a number: "About 1,200 people…", "Nearly 40%…".
_QUANTITY_STARTERS = frozenset((
    "About", "Nearly", "Almost", "Around", "Roughly", "Approximately", "Over", "Only",
))
# After these a lower-case word must follow, and after an article one more: "In the
# capital" opens a sentence, "Alone In the Dark" is a title.
_ARTICLES = frozenset(("the", "a", "an", "of"))
# "Wang An said" is a name; "An official said" a sentence ("an" goes before a vowel).
_NAME_VERBS = frozenset((
    "is", "was", "are", "were", "and", "or", "also", "asked", "added", "agreed", "argued",
    "announced", "admitted", "insisted", "urged", "explained", "emphasised", "emphasized",
))
# One-word section labels that any sentence opening may follow: "Notes The Bears play…".
_SECTION_LABELS = frozenset((
    "Notes", "Background", "Analysis", "Outlook", "Reaction", "Reactions", "Summary",
    "Overview", "Update", "Context", "Timeline", "Aftermath", "Advertisement", "Discussion",
    "Introduction", "Conclusion", "Conclusions",
))
# fmt: on
# Capitalised at a sentence's start but never a heading's word: "Then I moved", "Now the…".
_NOT_HEADING_WORD_LIST = (
    "a an the and or but nor so yet for of in on at by to from with as into onto upon about "
    "above across after against along among around before behind below beneath beside "
    "between beyond during except inside near off out outside over past since through "
    "throughout till toward towards under until up down within without despite like unlike "
    "per than i me my mine you your he him his she her it its we us our they them their this "
    "that these those there here who whom whose what which when where why how if because "
    "while although though whether unless whereas once is are was were be been being am has "
    "have had do does did will would shall should can could may might must not no yes said "
    "says also then now today tonight yesterday tomorrow still even just only already again "
    "never always often soon later earlier meanwhile however instead indeed thus hence "
    "therefore perhaps maybe ever last next first finally some many most several all both "
    "each every any such other another more less much very too well either neither few"
)
_NOT_HEADING_WORDS = frozenset(_NOT_HEADING_WORD_LIST.split())
_CONNECTORS = frozenset(("of", "and", "&", "for", "the", "on", "in", "to"))
# A label before a heading: "7:30 pm:", "Midday:", "Step 2:", "Day 3:" (a word of a
# label is capitalised, a number or a time, or "am"/"pm").
_MAX_LABEL_WORDS = 4
_LABEL_WORD = re.compile(r"(?:[A-Z][A-Za-z’'-]*|[\d:.\-–]*\d[\d:.\-–]*[ap]?m?|[ap]\.?m\.?)")
_LABEL_START = re.compile(r"\d{1,2}[:.]\d{2}")
_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?")
# Words that open a sentence after a labelled heading: "Watch TV We feel…", "A survey…".
_LABEL_OPENERS = frozenset((
    *_STARTERS_LIST,
    "A", "As", "According", "It", "We", "You", "He", "She", "Your", "Our", "My", "His",
    "Her", "Their", "Its", "If", "So", "Make", "Try", "Do", "Don't", "Don’t",
))  # fmt: skip
# A headline echoed by its lead ends within this many words; verbs of a sentence that
# reports something are never a headline's ("Smith told Smith's staff…").
_ECHO_MAX_WORDS = 6
_SPEECH_WORD_LIST = (
    "is are was were be been has have had will would can could said says told asked he she "
    "they it we i you"
)
_SPEECH_WORDS = frozenset(_SPEECH_WORD_LIST.split())
# A period after these ends an abbreviation ("Gov. Chris Christie"), not a sentence.
_ABBREVIATION_LIST = (
    "mr mrs ms dr prof gov sen rep gen col lt capt cmdr sgt maj adm supt st mt ft jr sr rev "
    "fr inc corp co ltd bros no nos vol vs etc approx dept univ ave blvd rd jan feb mar apr "
    "jun jul aug sep sept oct nov dec"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_LIST.split())
# The end of a web address: "example.org", "www.harbour.no".
_ADDRESS_END = re.compile(r"[a-z0-9]{2,}\.(?:[a-z]{2,}\.)*[a-z]{2,}$")


class _Word(NamedTuple):  # a plain tuple: one is made for every word looked at
    text: str
    start: int
    end: int


def glued_headings(
    text: str, start: int = 0, end: int | None = None, *, starts: Iterable[int] | None = None
) -> list[tuple[int, int]]:
    """Return the `[start, end)` spans of headings run into the sentence after them, in order.

    Only `text[start:end]` is searched, and `start` counts as a sentence's
    start; `starts`, when given, are the sentence starts already found there.
    A heading is a short capitalised phrase (one to five words) right after a
    sentence's end that is directly followed by a sentence opening
    written with a capital: "… on Tuesday. Human Costs There were 12 injuries…"
    gives the span of "Human Costs"; an upper-case label ("EARLY DAYS: I
    started…", "MAJOR SHAREHOLDERS Nordbank has bought…") is one too. The rule
    is strict on purpose, since a wrong cut breaks a good sentence: a name that
    opens a sentence ("Prime Minister David Cameron said…") is never a heading.
    A headline that the lead's first words echo is one too: "Ferry Line Adds
    more routes Ferry Line (FLN) said on Monday…".
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    # Only a sentence's first words can be a heading: look at those alone, a few words each,
    # rather than at every word of a long text.
    for at in sentence_starts(text, start, end) if starts is None else starts:
        opening = _WORD.search(text, at, end)
        if opening is None or not (
            _is_heading_word(opening.group())
            or _CAPS_WORD.fullmatch(opening.group().removesuffix(":"))
            or (opening.group() == "The" and _heading_word_at(text, opening.end(), end))
            or _LABEL_START.match(opening.group())
            or opening.group()[:1] in _QUOTED_HEADING_OPENERS
        ):
            continue  # "In", "However,": most sentences open with no heading's word
        words = [
            _Word(match.group(), match.start(), match.end())
            for match in itertools.islice(_WORD.finditer(text, at, end), _WINDOW_WORDS)
        ]
        length = (
            _caps_heading(words, 0)
            or _title_heading(words, 0)
            or _echo_heading(words)
            or _doubled_heading(words)
            or _doubled_word_heading(words, text)
            or _place_heading(words)
            or _labelled_heading(words)
            or _quoted_heading(words)
        )
        if length:
            spans.append((words[0].start, words[length - 1].end))
    return spans


def _heading_word_at(text: str, at: int, end: int) -> bool:
    """Return True when the word after `at` may be a heading's ("The Ice Fair…")."""
    word = _WORD.search(text, at, end)
    return word is not None and _is_heading_word(word.group())


def sentence_starts(text: str, start: int, end: int) -> Iterator[int]:
    """Yield `start` and where each word after a sentence's end starts, within [start, end)."""
    yield start
    for match in _END_MARK.finditer(text, start, end):
        word_start = match.start()
        while word_start > start and not text[word_start - 1].isspace():
            word_start -= 1
        if match.end() < end and _ends_sentence(text[word_start : match.end()]):
            yield match.end() + len(_SPACE.match(text, match.end(), end).group())


def _title_heading(words: list[_Word], first: int) -> int:
    """Return the length of a Title-Case heading at `first` ("Staff Cuts An estimated…"), or 0.

    A heading may open with "The" ("The Winter Fair in Oslo When snow falls…").
    """
    if _text(words, first) == "The":
        if first or not _is_heading_word(_text(words, 1)):
            return 0
        length = _title_heading(words, 1)
        return length + 1 if length > 1 else 0
    run = 0
    while first + run < len(words) and run < _MAX_HEADING_WORDS:
        word = words[first + run].text
        if _is_heading_word(word):
            run += 1
        elif run and word in _CONNECTORS and _is_heading_word(_text(words, first + run + 1)):
            run += 1  # "Oil and Gas", "Rule of Law"
        else:
            break
    if not run or all(len(word.text) < 3 for word in words[first : first + run]):
        return 0
    label = run == 1 and words[first].text in _SECTION_LABELS
    return run if _opens_sentence(words, first + run, after_label=label) else 0


def _caps_heading(words: list[_Word], first: int) -> int:
    """Return the length of an upper-case heading at `first` ("EARLY DAYS:", "TROMSO"), or 0."""
    run = 0
    while first + run < len(words) and run < _MAX_HEADING_WORDS:
        word = words[first + run].text
        if not _CAPS_WORD.fullmatch(word.removesuffix(":")):
            break
        run += 1
        if word.endswith(":"):
            # "EARLY DAYS: I started fishing…": a label, a colon, then a sentence.
            letters = sum(len(word.text) - 1 for word in words[first : first + run])
            opens = _text(words, first + run)[:1].isupper() and _reads_on(words, first + run)
            return run if letters >= 4 and opens else 0
    if not run:
        return 0
    caps = [word.text for word in words[first : first + run]]
    if sum(len(word) for word in caps) >= 4 and _opens_sentence(words, first + run):
        return run  # "TROMSO For a closer look…"
    # "MAJOR SHAREHOLDERS Nordbank has bought…": a capitalised name, then a lower-case word.
    # Short upper-case words are acronyms ("NATO ISAF Commander said"), not headings.
    name, after = _text(words, first + run), _text(words, first + run + 1)
    if (
        run >= 2
        and any(len(word) >= 6 for word in caps)
        and _TITLE_WORD.fullmatch(name)
        and _LOWER_WORD.fullmatch(after)
        and _reads_on(words, first + run)
    ):
        return run
    return 0


def _echo_heading(words: list[_Word]) -> int:
    """Return the length of a headline whose first word opens the lead again, or 0.

    "Netflix Adds more shows Netflix (NFLX), the…", "Amazon vs. the music
    industry Amazon launched…": news leads repeat the headline's subject. The
    headline has a lower-case word and no punctuation, the name (of one word or
    more) comes back two to six words later not followed by another capitalised
    word ("Manchester United beat Manchester City" is a sentence), and a
    sentence reads on from it.
    A past tense ("Paris Hilton visited Paris…") reports; headlines use the present.
    """
    first = words[0].text
    if not _TITLE_WORD.fullmatch(first) or first.lower() in _NOT_HEADING_WORDS:
        return 0
    for echo in range(2, min(_ECHO_MAX_WORDS + 1, len(words))):
        word = words[echo - 1].text
        if (
            word[-1:] in ",;:\"”’')"
            or _ends_sentence(word)
            or word.lower() in _SPEECH_WORDS
            or (word.islower() and word.endswith("ed"))  # a report, not a headline: "visited"
        ):
            return 0
        if words[echo].text != first:
            continue
        # The lead may repeat a name of several words: "Ice Day in Oslo Ice Day is…".
        same = 1
        while same < echo - 1 and _text(words, echo + same) == words[same].text:
            same += 1
        after = _text(words, echo + same)
        lower = any(_LOWER_WORD.fullmatch(w.text) for w in words[1:echo])
        if not lower or after[:1].isupper() or not _reads_on(words, echo):
            return 0
        # "Uribe sits out Juan Uribe was…": the lead's name starts with its first name.
        named = same == 1 and echo > 2 and _is_heading_word(word) and words[echo - 2].text.islower()
        return echo - 1 if named else echo
    return 0


def _doubled_heading(words: list[_Word]) -> int:
    """Return the length of a heading whose last word opens the sentence again, or 0.

    "The Salt Fair in Peru Peru is a country…", "Hiking in Norway's Fjords
    Fjords are…": a title of two words or more, with "The" or a small word such
    as "in" or "of" inside (so that a doubled name, "Bora Bora is…", is none),
    whose last word is written twice, the second time opening a sentence.
    """
    linked = words[0].text == "The"
    for index in range(1, min(len(words) - 1, _MAX_HEADING_WORDS + 3)):
        word, previous = words[index].text, words[index - 1].text
        if word in _CONNECTORS and index > 1:
            linked = True
            continue
        if not (_is_heading_word(word) or _is_heading_word(_POSSESSIVE.sub("", word))):
            return 0
        if (
            word == previous
            and index >= 2
            and linked
            and _LOWER_WORD.fullmatch(_text(words, index + 1))
            and _reads_on(words, index)
        ):
            return index
    return 0


def _doubled_word_heading(words: list[_Word], text: str) -> int:
    """Return 1 for a one-word heading the sentence opens with again, or 0: "Chloroplasts
    Chloroplasts are one type of plastid…".

    The word must be a long common noun, one the text also writes in lower case,
    doubled only here, so that a doubled name ("Bora Bora is…", "Talk Talk were an
    English band… talk of a reunion") is none.
    """
    word = words[0].text
    if len(words) < 3 or words[1].text != word or len(word) < _MIN_DOUBLED_HEADING:
        return 0
    if not _is_heading_word(word) or not _LOWER_WORD.fullmatch(words[2].text):
        return 0
    if not _reads_on(words, 1) or text.count(f"{word} {word}") > 1:
        return 0
    return 1 if re.search(rf"\b{re.escape(word.lower())}\b", text) else 0


def _place_heading(words: list[_Word]) -> int:
    """Return the length of a place's name that heads a sentence opening with "In" and the
    name again, or 0: "Thailand In Thailand, people greet…", "South Korea In South Korea
    bowing is…". A sentence never puts a capital on "In" after a name."""
    for size in range(1, min(_MAX_PLACE_WORDS, len(words) - 2) + 1):
        name = [w.text for w in words[:size]]
        if not all(_is_heading_word(word) for word in name):
            return 0
        opener = words[size].text
        again = [w.text.rstrip(",") for w in words[size + 1 : size + 1 + size]]
        # A sentence still follows: "In Thailand" and more words than the name again.
        rest = len(words) - size
        if opener in _PLACE_OPENERS and again == name and rest > size + 1 and rest >= 4:
            return size
    return 0


_PLACE_OPENERS = frozenset({"In", "At", "Across", "Throughout"})
_MAX_PLACE_WORDS = 3


# Letters of a one-word heading said twice: "Chloroplasts Chloroplasts", not "Talk Talk".
_MIN_DOUBLED_HEADING = 7


def _quoted_heading(words: list[_Word]) -> int:
    """Return the length of a heading in quotation marks, or 0: "‘Substantial Challenge’
    Adding content is easier…" (a quoted phrase of the story used as its section's title).

    The words inside are capitalised and unpunctuated; a capitalised word then
    opens the sentence, before a lower-case one ("“Star Wars” Director J. J.
    Abrams said" is a sentence).
    """
    first = words[0].text
    if first[:1] not in _QUOTED_HEADING_OPENERS:
        return 0
    closers = '"' if first[:1] == '"' else "”’"
    for length in range(1, min(_MAX_HEADING_WORDS, len(words) - 2) + 1):
        word = words[length - 1].text.lstrip(_QUOTED_HEADING_OPENERS)
        closed = word[-1:] in closers
        if not _TITLE_WORD.fullmatch(word.rstrip(closers)):
            return 0
        if closed:
            opener, after = _text(words, length), _text(words, length + 1)
            opens = _TITLE_WORD.fullmatch(opener) and _LOWER_WORD.fullmatch(after)
            return length if length > 1 and opens and _reads_on(words, length) else 0
    return 0


def _labelled_heading(words: list[_Word]) -> int:
    """Return the length of a labelled heading ("7:30 pm: Dinner", "Step 2: Pack light"), or 0.

    Timetables and guides run a label, a short heading and the text together:
    "4:15 pm: Take a walk We feel sleepy then…". The label is a time, or up
    to four capitalised words or numbers before a colon; the heading is up to
    five words without punctuation; the sentence opens with a word that opens
    sentences ("We", "A", "According") before a lower-case word.
    """
    label = 0
    while label < _MAX_LABEL_WORDS and label < len(words):
        word = words[label].text
        label += 1
        if word.endswith(":") and len(word) > 1:
            break
        if not _LABEL_WORD.fullmatch(word):
            return 0
    else:
        # No colon: only a clock time is a label ("7:00 pm Dinner As it gets dark…").
        label = 2 if _CLOCK_TIME.fullmatch(" ".join(w.text for w in words[:2])) else 0
        if not label and not _CLOCK_TIME.fullmatch(_text(words, 0)):
            return 0
        label = label or 1
    if not _LABEL_WORD.fullmatch(words[label - 1].text.removesuffix(":")):
        return 0
    for opener in range(label + 1, min(label + _MAX_HEADING_WORDS + 1, len(words))):
        heading = words[opener - 1].text
        if not heading[-1:].isalnum():
            return 0  # punctuation: the heading ends no sentence's start here
        if (
            words[opener].text in _LABEL_OPENERS
            and _LOWER_WORD.fullmatch(_text(words, opener + 1))
            and _reads_on(words, opener)
        ):
            return opener
    return 0


def _opens_sentence(words: list[_Word], index: int, *, after_label: bool = False) -> bool:
    """Return whether `words[index]` opens a sentence: "At least…", "The city…", "In 2010…"."""
    starter, after = _text(words, index), _text(words, index + 1)
    if starter[:1] in _OPENING_QUOTES and starter[1:2].isupper():
        if starter[-1:] in _CLOSING_QUOTES and after[:1].isupper():
            return False  # a nickname inside a name: "Altimont “Freddie” Butler was…"
        # "Fading Sales “Readers have moved online,” she said.": a quotation opens it.
        return _reads_on(words, index)
    if starter in _QUANTITY_STARTERS:
        return bool(_NUMBER.match(after.lstrip("$€£¥"))) and _reads_on(words, index)
    if starter.removesuffix(",") not in _STARTERS or not _reads_on(words, index):
        return False
    if after_label or starter.endswith(","):
        return True  # "Notes The Bears play…", "Meanwhile, shops such as…"
    if starter == "An" and (after[:1] not in "aeiou" or after.removesuffix(",") in _NAME_VERBS):
        return False
    if not (_LOWER_WORD.fullmatch(after) or _NUMBER.match(after)):
        return False
    if after in _ARTICLES:
        following = _text(words, index + 2)
        return bool(_LOWER_WORD.fullmatch(following) or _NUMBER.match(following))
    return True


def _reads_on(words: list[_Word], index: int) -> bool:
    """Return whether a sentence of a few words at least starts at `words[index]`."""
    for count, word in enumerate(words[index : index + _MIN_SENTENCE_WORDS], start=1):
        if _ends_sentence(word.text):
            return count >= _MIN_SENTENCE_WORDS
    return len(words) - index >= _MIN_SENTENCE_WORDS


def _is_heading_word(word: str) -> bool:
    return (
        bool(_TITLE_WORD.fullmatch(word))
        and not _POSSESSIVE.search(word)
        and word.lower() not in _NOT_HEADING_WORDS
        and not word.endswith("ly")  # "Sometimes", "Finally": adverbs open sentences
    )


def _ends_sentence(word: str) -> bool:
    if not _SENTENCE_END.search(word):
        return False
    bare = word.rstrip(_CLOSERS)
    if not bare.endswith("."):
        return True
    # "U.S.", "Gov.", "J." and "..." end an abbreviation or trail off, not a sentence; a
    # number ("PlayStation 3.") or a web address ("at www.example.org.") may end one.
    stem = bare.rstrip(".")
    if stem.isdigit() or _ADDRESS_END.search(stem):
        return not bare.endswith("..")
    return len(stem) > 1 and "." not in stem and stem.lower() not in _ABBREVIATIONS


def _text(words: list[_Word], index: int) -> str:
    return words[index].text if 0 <= index < len(words) else ""
