"""Bylines, credits, pull quotes and page footers that lost their line break and run into the prose.

A page's text copied without its line breaks puts "… on Friday. - Jane Roe,
Harbour News Ferry fares …", "… the winner. (Ola Dahl) Ten years ago …" or
"… in June. Tags: ferries, Tromso Copyright 2011 Harbour News. All rights
reserved." on one line with the article. Each finder here looks only where a
sentence starts (or at an attribution's closing bracket) and needs the marks
that such lines carry (a dash and a newspaper's name, a credit in brackets, a
"Tags:" label), so that a sentence of the article is never taken for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from quizgen.article.glued_headings import sentence_starts
from quizgen.article.listings import glued_listings

# Words that end the name of a newspaper, agency or desk: "Mercury News", "The Daily Star".
MEDIA_WORDS = (
    "News|Times|Post|Journal|Herald|Tribune|Press|Chronicle|Gazette|Telegraph|Guardian|"
    "Examiner|Observer|Independent|Standard|Globe|Courier|Bulletin|Dispatch|Inquirer|Monitor|"
    "Sentinel|Star|Mail|Wire|Magazine|Daily|Weekly|Reuters|Bloomberg|Register|Record|Review|"
    "Report|Staff|Writer|Correspondent|Reporter|Service|Agency|Network|Online|Digest|Today"
)
_CAPITALISED = r"[A-Z][\w&'’.-]*"
# "- Jane Roe, Harbour News", "— Bloomberg News", "-- Ola Dahl, Staff Writer": a dash, maybe a
# name and a comma, then a name that ends with a newspaper's word; then a sentence or the end.
_BYLINE = re.compile(
    rf"[-—–]{{1,2}}\s*(?:By\s+)?(?:[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+{_CAPITALISED}){{1,2}},\s+)?"
    rf"(?:The\s+)?(?:{_CAPITALISED}\s+){{0,3}}(?:{MEDIA_WORDS})\b(?=\s+[A-Z“\"‘(]|\s*$)"
)
# "By Ann Lee and Ola Dahl, CNBC.com Stocks ended…": a byline run into the first sentence,
# its outlet a web address or a name ending in a newspaper's word.
_BY_AT_START = re.compile(
    r"By\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:and\s+(?:[A-Z][\w'’.-]*\s*){1,3})?,\s+"
    rf"(?:[\w-]+\.com|(?:The\s+)?(?:{_CAPITALISED}\s+){{0,3}}(?:{MEDIA_WORDS}))(?=\s+[A-Z“\"‘(])"
)
# "(Reporting by Ola Dahl; Editing by Ann Lee)": a wire service's credits.
_CREDIT_LINE = re.compile(
    r"\((?:(?:Additional\s+)?Reporting|Editing|Writing|Compiled|Translated|Produced)"
    r"(?:\s+and\s+\w+)?\s+by\s[^()]{1,150}\)",
    re.IGNORECASE,
)
# "(Ola Dahl)" or "(AP Photo/Ola Dahl)" after a sentence: a photographer's credit.
_PHOTO_CREDIT = re.compile(
    r"\((?:(?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’-]+"
    r"|[^()]{0,40}\b(?:Photo|Photograph|Image|Illustration|Getty Images)\b[^()]{0,40})\)"
    r"(?=\s+[A-Z“\"‘]|\s*$)"
)
# A caption before a credit is one short sentence.
_CAPTION_MAX_WORDS = 25
_CAPTION_MAX_CHARS = 12 * _CAPTION_MAX_WORDS
# "‘The word is nowhere in the law’ — MP3tunes’ CEO Ann Lee If the labels…": a quotation,
# a dash, the speaker's name and title, and a new sentence (a capital, then a lower-case word).
_PULL_QUOTE = re.compile(
    r"[‘“\"'][^‘“”\"\n]{10,300}?[’”\"']\s+[—–]{1,2}\s+"
    r"(?:[A-Z0-9][\w&.'’-]*\s+){1,6}?(?=[A-Z][a-z]*\s+[a-z])"
)
# Labels after which a page has only its footer: tags, related links, copyright.
_FOOTER = re.compile(
    r"(?P<tags>(?:Tags?|Keywords?|Topics|Filed under|Categories)\s*:\s)"
    r"|(?P<boilerplate>Related (?:content|articles?|stories|coverage|links|posts)\b[^.:]{0,60}:)"
    r"|(?P<copyright>©|Copyright\s*(?:©|\(c\))?\s*\d{4}\b|\(c\)\s*\d{4}\b)"
)
# A footer is short: what follows its label is cut only within this many words.
_FOOTER_MAX_WORDS = 120
_FOOTER_MAX_CHARS = 12 * _FOOTER_MAX_WORDS
# Page furniture that a sentence never is: "Story continues below", "Continue reading …".
_FURNITURE = re.compile(
    r"(?:Story continues below(?: advertisement)?|Continue reading(?: the main story| below)?"
    r"(?:\s*(?:…|\.\.\.))?|Scroll (?:down )?to continue(?: reading)?|Read more(?:\s*(?:»|›|…))?"
    r"|Click to expand)(?=\s+[A-Z“\"‘]|\W*$)",
    re.IGNORECASE,
)
# "___ BERLIN (AP) — …": a rule between the items of a round-up.
_RULE = re.compile(r"(?:_{3,}|-{3,}|={3,}|\*{3,}|~{3,})(?=\s|$)")
# "Via Politico The report…": where a blog post credits its source.
_VIA = re.compile(rf"Via\s+((?:{_CAPITALISED}\s+)*{_CAPITALISED})")
_SENTENCE_OPENER_LIST = (
    "The A An This These Those It Its He She They We I In On At For From After Before When "
    "While If As But And So Yet There"
)
_SENTENCE_OPENERS = frozenset(_SENTENCE_OPENER_LIST.split())
_LOWER_WORD = re.compile(r"\s+[a-z]")
# After a byline a round-up's next item starts, often with its headline: "Airwaves Auction
# discussion The Obama administration plans…". The headline runs to a word that opens a
# sentence, within five words, with no punctuation on the way.
_HEADING_AFTER_BYLINE = re.compile(
    r"([A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,4}?)\s+"
    rf"(?=(?:{'|'.join(sorted(_SENTENCE_OPENERS))})\s+\S+\s+\S+\s+\S+)"
)
_SPACE = re.compile(r"\s*")
# What each finder below needs at a sentence's start, tried first and once.
_MAY_START_CREDIT = re.compile(
    r"[-—–(‘“\"'_=*~©]|Tags?\s*:|Keywords?\s*:|Topics\s*:|Filed |Categories\s*:|Related |"
    r"Copyright|Story |Continue |Scroll |Read |Click |Via\s|By\s",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"\S+")


def glued_credits(
    text: str, start: int = 0, end: int | None = None, *, starts: Iterable[int] | None = None
) -> list[tuple[int, int, str]]:
    """Return `(start, end, reason)` of the bylines, credits and footers run into `text[start:end]`.

    The reason is "byline", "caption", "source", "quote" (a pull quote),
    "listing" (tour dates, a release credit: see `quizgen.article.listings`),
    "separator" (a rule of underscores), "boilerplate" or, for a footer that
    runs to the end, "tags", "boilerplate" (related links) or "copyright".
    `start` counts as a sentence's start; `starts`, when given, are the
    sentence starts already found in the range. The spans are in text order
    and do not overlap.
    """
    end = len(text) if end is None else end
    found = [
        (match.start(), match.end(), "byline") for match in _CREDIT_LINE.finditer(text, start, end)
    ]
    # A wire service's credits end a story as a sentence would: "(Editing by…) Copyright…".
    after_credits = [_SPACE.match(text, credit_end).end() for _, credit_end, _ in found]
    starts = sorted({*(sentence_starts(text, start, end) if starts is None else starts)})
    for at in sorted({*starts, *after_credits}):
        if not _MAY_START_CREDIT.match(text, at, end):
            continue  # most sentences open with none of the marks looked for below
        found.extend(_at_sentence_start(text, at, start, end))
        if found and found[-1][1] == end and found[-1][2] != "caption":
            break  # the rest is the footer
    return _without_overlaps(found + glued_listings(text, starts, end))


def _at_sentence_start(text: str, at: int, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    footer = _FOOTER.match(text, at, end)
    if footer and end - at <= _FOOTER_MAX_CHARS and len(text[at:end].split()) <= _FOOTER_MAX_WORDS:
        yield at, end, str(footer.lastgroup)
        return
    if match := _BYLINE.match(text, at, end) or _BY_AT_START.match(text, at, end):
        yield at, match.end(), "byline"
        heading = _HEADING_AFTER_BYLINE.match(text, _SPACE.match(text, match.end()).end(), end)
        if heading:
            yield heading.start(), heading.end(1), "heading"
        return
    if match := _RULE.match(text, at, end):
        yield at, match.end(), "separator"
        return
    if match := _FURNITURE.match(text, at, end):
        yield at, match.end(), "boilerplate"
        return
    if match := _PULL_QUOTE.match(text, at, end):
        yield at, match.end(), "quote"
        return
    if match := _PHOTO_CREDIT.match(text, at, end):
        if at > start:
            caption = _caption_before(text, start, at)
            if caption is not None:
                yield caption, at, "caption"
        yield at, match.end(), "caption"
        return
    if via := _via_credit(text, at, end):
        yield at, via, "source"


def _caption_before(text: str, start: int, credit: int) -> int | None:
    """Return where the caption of a credit starts: the paragraph's first sentence, if short."""
    if credit - start > _CAPTION_MAX_CHARS:
        return None
    before = text[start:credit].rstrip()
    starts = list(sentence_starts(text, start, start + len(before)))
    if len(starts) == 1 and before[-1:] in ".!?" and len(before.split()) <= _CAPTION_MAX_WORDS:
        return start
    return None


def _via_credit(text: str, at: int, end: int) -> int:
    """Return the end of "Via Boy Genius Report" opening a sentence, or 0 if there is none.

    The source's name is the capitalised words after "Via", up to a word that
    opens the next sentence: "The" or "In" ("Via Politico The report…"), or a
    capitalised word before a lower-case one ("Via Daily Tech Sour grapes…").
    """
    match = _VIA.match(text, at, end)
    if match is None:
        return 0
    words = list(_NAME_WORD.finditer(match.group(1)))
    after = match.end()
    if after >= end or not text[after:end].strip():
        return after
    for index, word in enumerate(words):
        if index and word.group() in _SENTENCE_OPENERS:
            return match.start(1) + words[index - 1].end()
    if len(words) >= 3 and _LOWER_WORD.match(text, after, end):
        # Three words at least: "Via Rail Canada operates…" is a sentence about a company.
        return match.start(1) + words[-2].end()
    if _LOWER_WORD.match(text, after, end) is None and text[after:end].lstrip()[:1] in '“"‘(':
        return after
    return 0


def _without_overlaps(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for item in sorted(found):
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
    return kept
