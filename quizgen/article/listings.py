"""Listings run into the prose: tour dates ("Corn Hall, Diss, Wed; …") and release credits.

Reviews in a newspaper's round-up end with where and when to see the show or
in what form the film comes out. Copied without line breaks, "… a fridge.
Harbour Theatre, Hull; Sat; Corn Hall, Diss, Fri Tom Berg, On tour …" and
"… his planet. DVD & Blu-ray, Northlight Somewhere …" read as sentences, and
their venues and distributors as names. Each finder looks only where a
sentence starts and needs the listing's own shape: venues ending in a day of
the week, separated by semicolons; a release format, a comma and a company.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_DAY = (
    r"(?:Mon|Monday|Tue|Tues|Tuesday|Wed|Weds|Wednesday|Thu|Thur|Thurs|Thursday|Fri|Friday|"
    r"Sat|Saturday|Sun|Sunday)\.?"
)
_DAYS = rf"{_DAY}(?:\s*(?:-|–|to|&|and)\s*{_DAY})?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
# A venue or town: capitalised words or codes ("W1", "EC1"), a few small words inside.
_PLACE = r"[A-Z0-9][\w'’&.-]*+(?:\s+(?:[A-Z0-9][\w'’&.-]*+|of|the|upon|on|in|&))*+"
_ITEM = rf"{_PLACE}(?:,\s+{_PLACE}){{0,3}}[,;]\s+{_DAYS}"
_TOUR_DATES = re.compile(rf"{_ITEM}(?:;\s+{_ITEM})*(?=[\s.;]|$)")
# Each item ends with a day: two items at least, or one that ends the paragraph.
_ITEM_END = re.compile(rf"[,;]\s+{_DAYS}(?=[\s.;]|$)")
_MAY_HAVE_DAY = re.compile(rf"[,;]\s+{_DAY}(?![\w])")

_FORMAT = r"(?:DVD|Blu-?[Rr]ay|CD|LP|EP|VHS|[Vv]inyl|Download|Digital|(?:4K\s+)?UHD|Box\s+set)"
_RELEASE_DATE = r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
_COMPANY_WORD = rf"(?!{_FORMAT}\b)[A-Z][\w'’&.!-]*"
# The company is one word before the next item ("… Universal George Clooney plays…"), or
# up to three before a release date or the end: "Fjord Films, released 3 May".
_COMPANY = (
    rf"(?:{_COMPANY_WORD}(?:\s+{_COMPANY_WORD}){{0,2}},\s+(?:released|out)\s+{_RELEASE_DATE}"
    rf"|{_COMPANY_WORD}(?:\s+{_COMPANY_WORD}){{0,2}}(?=\s*$)|{_COMPANY_WORD})"
)
# "DVD & Blu-ray, Optimum", "Rubber DVD, Optimum, released 11 Apr": a film's title (a few
# capitalised words) may come first, as a round-up's first item opens with it.
_RELEASE = re.compile(
    rf"(?:[A-Z][\w'’:-]*\s+){{0,5}}?{_FORMAT}(?:\s*(?:&|and|/|,)\s*{_FORMAT})*,\s+{_COMPANY}"
    r"(?=\s+[A-Z“\"‘]|\s*$)"
)
# Looked for first, with str.find (a regex of alternatives costs more on a long paragraph).
_FORMAT_MARKS = ("DVD", "Blu", "CD", "LP", "EP", "VHS", "inyl", "Download", "Digital", "UHD", "Box")


def glued_listings(text: str, starts: Iterable[int], end: int) -> list[tuple[int, int, str]]:
    """Return `(start, end, "listing")` for tour dates and release credits opening a sentence.

    `starts` are where sentences start (in order), `end` where the paragraph
    ends. Venues with days count only when two are listed or the list ends the
    paragraph, so that "Meet at the Town Hall, Sat" inside a sentence is kept.
    """
    found: list[tuple[int, int, str]] = []
    starts = list(starts)
    if not starts:
        return found
    days = _MAY_HAVE_DAY.search(text, starts[0], end) is not None
    formats = any(text.find(mark, starts[0], end) != -1 for mark in _FORMAT_MARKS)
    for at in starts:
        if found and at < found[-1][1]:
            continue
        match = None
        if days:
            match = _TOUR_DATES.match(text, at, end)
            if match and not (
                len(_ITEM_END.findall(match.group())) >= 2 or not text[match.end() : end].strip()
            ):
                match = None
        if match is None and formats:
            match = _RELEASE.match(text, at, end)
        if match:
            found.append((at, match.end(), "listing"))
    return found
