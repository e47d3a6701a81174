"""Which parts of an article are prose: lines that are captions, credits, bylines, URLs… are not."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.article.article import Excluded
from quizgen.article.glued_credits import MEDIA_WORDS, glued_credits
from quizgen.article.glued_headings import glued_headings, sentence_starts
from quizgen.article.lost_stops import lost_stops
from quizgen.nlp.gazetteer import WIRE_AGENCIES

_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_LETTER_OR_DIGIT = re.compile(r"\w")
_HEADING_MAX_WORDS = 15
# "Items Not Allowed in the Park": two words or more, each capitalised but the small ones.
_TITLE_CASE_LINE = re.compile(
    r"[A-Z][a-z’'-]+(?:\s+(?:[A-Z][a-z’'-]*|of|in|on|at|for|and|the|to|a|an|with|by|from))+\s*$"
)
# A line shorter than this share of its paragraph's longest line can be a heading
# inside the paragraph; hard-wrapped prose lines are all near the wrap width.
_HEADING_MAX_WIDTH_SHARE = 0.7


def _pattern(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{item})" for item in alternatives), re.IGNORECASE)


_URL = _pattern(
    r"^[<(\[]?(?:https?://|ftp://|www\.)\S+$",
    r"^[^:]{1,40}:\s*[<(\[]?(?:https?://|www\.)\S+$",
    r"^\S+@\S+\.[a-z]{2,}$",
)
_CAPTION = _pattern(
    r"^(?:(?:file|cover|main|top|lead|featured|header)\s+)?"
    r"(?:photo(?:graph)?s?|images?|pictures?|pics?|illustrations?|graphics?|infographics?|"
    r"videos?|captions?|credits?|(?:photo|image|picture|video)\s+(?:credits?|source|by))"
    r"\s*(?::|\||—|–|-)\s*\S",
    r"^(?:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?|video)\s+"
    r"(?:by|courtesy(?:\s+of)?|via)\s+\S",
    r"^courtesy(?:\s+of)?\s+\S",
)
# "(Reuters photo)", "The leaders meet. (AP Photo/Jane Doe)", "[Image: NASA]" at a line's end.
_CREDIT_SUFFIX = re.compile(
    r"[(\[][^()\[\]]*(?:\b(?:photos?|photograph|images?|pictures?|pic|illustration)\b"
    r"|\bcredit\s*:)[^()\[\]]*[)\]]\.?$",
    re.IGNORECASE,
)
_AGENCY_CREDIT = re.compile(
    r"\b(?:Getty Images|Shutterstock|AP Photo|AFP Photo|REUTERS/|Reuters/|EPA-EFE|Alamy|"
    r"iStock|Wikimedia Commons|Creative Commons|CC BY(?:-SA)?)\b"
)
_SOURCE = _pattern(r"^sources?\s*(?::|\||—|–)\s*\S", r"^via\s*:\s*\S")
_BYLINE_LABEL = _pattern(
    r"^(?:(?:additional\s+)?reporting|writing|written|editing|edited|compiled|translated|"
    r"posted|story|words|text|interview)\s+by\b",
    r"^(?:authors?|reporter|correspondent|written by|posted by)\s*:\s*\S",
)
_BY = re.compile(r"^by\s+(.+)$", re.IGNORECASE)
_NAME_CONNECTORS = frozenset({
    "and", "&", "of", "the", "for", "in", "de", "del", "la", "le", "van", "von", "der", "den",
    "da", "di", "du", "bin", "al", "el", "y", "|", "-", "–", "—", "/", "·", "•",
})
_DATE_LABEL = _pattern(
    r"^(?:last\s+)?(?:updated|published|posted|modified|first\s+published|date[d]?)\b\s*:?\s*"
    r"(?:on\s+)?"
)
_DATE_WORD_LIST = (
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december mon tue tues wed thu thur thurs fri sat "
    "sun monday tuesday wednesday thursday friday saturday sunday am pm a.m p.m utc gmt bst "
    "est edt cst cdt mst mdt pst pdt msk cet cest eet eest et pt ist jst aest hkt sgt at on "
    "of the | - – — , updated published"
)
_DATE_WORDS = frozenset(_DATE_WORD_LIST.split())
_DATE_NUMBER = re.compile(r"^[\d:/.,\-–]+(?:st|nd|rd|th|h)?$")
# "MOSCOW, Feb 22 (Reuters) -" alone on a line.
_DATELINE_ONLY = re.compile(
    r"^[A-Z][A-Z .'’-]{2,}(?:,[^()]{0,30})?\s*(?:\([^()]{1,40}\))?\s*[-—–]*$"
)
# The same at the start of a paragraph, which then goes on with prose.
_DATELINE_PREFIX = re.compile(
    # "EL PASO": a first word of two letters before another upper-case word.
    r"(?:[A-Z][A-Z'’.-]{2,}|[A-Z][A-Z'’.-](?=\s+[A-Z][A-Z'’.-]))(?:\s+[A-Z][A-Z'’.-]+){0,3}"
    r"(?:(?:(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,3})?\s*\([^()]{1,40}\)\s*[-—–]{1,2}"
    r"|,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,3}\s*[-—–]{1,2}"
    # "SAN FRANCISCO - In the shadow…": the place alone, then a spaced dash.
    r"|\s+[-–]{1,2}\s+)"
    # "(Xinhua) --Another case": agencies' dashes may touch the first word.
    r"\s*(?=[A-Z\d“\"‘'(])"
    r"|\s+—\s+(?=\S))"
    # "HOUSTON The St. Louis Rams…": a place in capitals whose dash was lost, before an
    # article (an acronym opening a sentence goes on with a verb or a noun, never "The").
    r"|[A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+){0,3}\s+(?=(?:The|A|An)\s)"
    # "Washington • The nation's…", "SPRINGFIELD, Ill. • Illinois'…": a bullet is never prose.
    r"|[A-Z][\w'’.-]+(?:,?\s+[A-Z][\w'’.-]+){0,3}\s+•\s+(?=[A-Z\d“\"‘'(])"
)
# A wire service's dateline after a headline or byline: "… (AP) EL PASO, Texas (AP) — ".
# Only a news agency's name in the brackets (a closed list) makes an upper-case word a
# dateline here: "the NHS (National Health Service) – which…" is prose.
_AGENCIES = "|".join(map(re.escape, WIRE_AGENCIES))
# Glued to the next word only a longer name: "Harrisburg (PA)The…" may be a state's code.
_LONG_AGENCIES = "|".join(re.escape(name) for name in WIRE_AGENCIES if len(name) > 2)
_MONTH_DAY = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|"
    r"June|July|August|September|October|November|December)\.?\s+\d{1,2}(?:,\s*\d{4})?"
)
_AGENCY_DATELINE = re.compile(
    r"(?<=\s)(?:(?:[A-Z][A-Z'’.-]{2,}|[A-Z][A-Z'’.-](?=\s+[A-Z][A-Z'’.-]))"
    r"(?:\s+[A-Z][A-Z'’.-]+){0,3}(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,3})?"
    # "April 1 (Bloomberg) - ": the date alone stands for the place.
    rf"|{_MONTH_DAY})"
    rf"\s*\((?:{_AGENCIES})\)\s*[-—–]{{1,2}}\s*(?=[A-Z\d“\"‘'(])"
)
# "April 1 (Bloomberg) - The…" opening a paragraph, or a place in any case with the agency
# glued to the first word, as CNN's site prints it: "New York (CNN)When Liana…".
_DATED_DATELINE = re.compile(
    rf"(?:{_MONTH_DAY}\s*\((?:{_AGENCIES})\)\s*[-—–]{{1,2}}\s*(?=[A-Z\d“\"‘'(])"
    rf"|[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){{0,3}}\s*\((?:{_LONG_AGENCIES})\)(?=[A-Z][a-z]))"
)
# A textbook's numbered section heading run into its first sentence: "14.2 Central
# Processing Sensory input to the brain…" (the heading's last capital opens the sentence).
# Its small words go with it: "22.7 Embryonic Development of the Respiratory System The…".
_NUMBERED_HEADING = re.compile(
    r"\d{1,2}(?:\.\d{1,2})+\s+(?:(?:[A-Z][\w'’-]*|of|and|the|in|for)\s+){1,7}?"
    r"(?=[A-Z][a-z]+\s+(?!(?:of|and)\s+(?:the\s+)?[A-Z])[a-z])"
)
# A paper's name glued to the story by a dash: "New York Times--A gunman killed…" (a
# newspaper's word last: "The Senate—Republicans and Democrats alike—voted" is a sentence),
# or where its reporters wrote from: "Reporting from Washington and Los Angeles— The…".
_CREDIT_PREFIX = re.compile(
    rf"(?:(?:[A-Z][\w.'’&-]*\s+){{0,4}}(?:{MEDIA_WORDS})(?:--|—)(?=[A-Z])"
    r"|Reporting from [A-Z][^—–\n]{0,60}?\s*(?:--|—|–)\s*(?=[A-Z]))"
)
# How far into a paragraph such a dateline is looked for.
_DATELINE_REACH = 600
_BOILERPLATE = _pattern(
    r"^advertisements?$", r"^advertising$", r"^ad$", r"^sponsored(?: content)?$",
    r"^story continues below(?: advertisement)?$", r"^continue reading\b.*",
    r"^scroll (?:down )?to continue\b.*", r"^read more\b.*", r"^read (?:also|next)\b.*",
    r"^also read\b.*", r"^more\s*:.*", r"^see also\s*:.*", r"^related(?: articles| stories| "
    r"coverage| content| links| news)?\s*:.*", r"^related(?: articles| stories| coverage)?$",
    r"^(?:recommended|most read|most popular|trending now|top stories|you may also like|"
    r"more from \S+|more on this story)$",
    r"^share(?: this| the)?(?: article| story| page| post)?(?:\s+(?:on|via)\s+.+)?[:!]?$",
    r"^(?:tweet|e-?mail|print|copy link|comments?|save|like|whatsapp|facebook|twitter|"
    r"linkedin|telegram|reddit)$",
    r"^follow (?:us|@\S+|\S+ on)\b.*", r"^sign up\b.*", r"^subscribe\b.*", r"^click here\b.*",
    r"^(?:listen|watch)(?: to)?(?: this)?(?: article| story| now| live| video)?$",
    r"^\d+\s*(?:min|mins|minute|minutes)\s+read$", r"^(?:loading|please wait)\b.*",
    r"^(?:image|photo|picture|video)\s*\d+\s*(?:of|/)\s*\d+$",
    r"^(?:main articles?|further information|further reading|external links)\s*:.*",
    r"^\[edit\]$", r"^\^\s.*",
)
_COPYRIGHT = _pattern(r"^(?:©|\(c\))", r"^copyright\s*(?:©|\(c\)|\d{4})", r"all rights reserved")
_TAGS = _pattern(
    r"^(?:tags?|keywords?|topics?|categories|category|filed under|related topics|labels?|"
    r"subjects?)\s*:\s*\S"
)
# A cited page right after a sentence's final punctuation (":33", ":12–14"), left behind
# when its footnote mark went with the others (editor_marks).
_CITATION = re.compile(r"(?<=[.!?\"”])(?::\d{1,4}(?:[–-]\d{1,4})?)+(?=\s|$)")
# Section headings after which an encyclopedia article has no more prose.
_END_SECTIONS = _pattern(
    r"^(?:references|notes|footnotes|citations|external links|further reading|see also|"
    r"bibliography|sources)$"
)


@dataclass(frozen=True)
class Prose:
    """Prose ranges of a text, the lines left out, and the title found."""

    ranges: tuple[tuple[int, int], ...]
    excluded: tuple[Excluded, ...]
    title: str


def line_reason(line: str) -> str:
    """Return why the line (stripped) is not prose ("caption", "byline"…), or "" if it may be."""
    if not _LETTER_OR_DIGIT.search(line):
        return "separator"
    if _URL.search(line):
        return "url"
    if _SOURCE.search(line):
        return "source"
    words = line.split()
    if (
        _CAPTION.search(line)
        or (len(words) <= 40 and _CREDIT_SUFFIX.search(line))
        or (len(words) <= 12 and _AGENCY_CREDIT.search(line))
    ):
        return "caption"
    if len(words) <= 25 and _COPYRIGHT.search(line):
        return "copyright"
    if _TAGS.search(line):
        return "tags"
    if len(words) <= 14 and _BOILERPLATE.search(line):
        return "boilerplate"
    if len(words) <= 14 and (_BYLINE_LABEL.search(line) or _is_byline(line)):
        return "byline"
    if len(words) <= 14 and not _TERMINAL.search(line) and _is_pipe_label(line):
        return "byline" if line.count("|") == 1 else "navigation"
    if len(words) <= 16 and _is_date_only(line):
        return "dateline"
    return ""


def find_prose(text: str, *, title: str = "", skipped: dict[int, str] | None = None) -> Prose:
    """Return the prose ranges of `text`, one per paragraph, and the lines left out.

    `title`, when given, is left out where it stands as the first line; when
    not, a first line that is short, has no final period and is followed by a
    blank line is taken as the title. `skipped` maps line indexes already known
    not to be prose (Markdown headings, code) to the reason.
    """
    skipped = dict(skipped or {})
    lines = text.split("\n")
    starts = _line_starts(lines)
    reasons = [skipped.get(index) or line_reason(line.strip()) for index, line in enumerate(lines)]
    title = _mark_title(lines, reasons, title)
    _mark_headings(lines, reasons)
    _mark_end_sections(lines, reasons)
    if not any(line.strip() and not reason for line, reason in zip(lines, reasons, strict=True)):
        # Only short unpunctuated lines ("Putin met Lukashenko in Sochi" typed at a
        # prompt): they are the text, not headings of a text that is not there.
        reasons = ["" if reason in ("heading", "title") else reason for reason in reasons]

    ranges: list[tuple[int, int]] = []
    excluded: list[Excluded] = []
    open_start: int | None = None
    open_end = 0

    def close() -> None:
        nonlocal open_start
        if open_start is not None:
            start, end = _trim_dateline(text, open_start, open_end, excluded)
            ranges.extend(_split_at_cuts(text, start, end, excluded))
        open_start = None

    for index, line in enumerate(lines):
        content = line.strip()
        if not content:
            close()
            continue
        start = starts[index] + (len(line) - len(line.lstrip()))
        end = start + len(content)
        if reasons[index]:
            close()
            excluded.append(Excluded(start, end, reasons[index]))
            continue
        if open_start is None:
            open_start = start
        open_end = end
    close()
    return Prose(tuple(ranges), tuple(sorted(excluded, key=lambda item: item.start)), title)


def _line_starts(lines: list[str]) -> list[int]:
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    return starts


def _mark_title(lines: list[str], reasons: list[str], title: str) -> str:
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return title
    line = lines[first].strip()
    if title:
        if _same_title(line, title) and reasons[first] in ("", "heading", "title"):
            reasons[first] = "title"
        return title
    if reasons[first] == "title":
        return line
    followed_by_blank = first + 1 < len(lines) and not lines[first + 1].strip()
    more_text = any(line.strip() for line in lines[first + 1:])
    if (
        not reasons[first]
        and followed_by_blank
        and more_text
        and len(line) <= 200
        and len(line.split()) <= 25
        and (not line.endswith(".") or _name_ending_in_a_short_form(line))
    ):
        reasons[first] = "title"
        return line
    return ""


def _name_ending_in_a_short_form(line: str) -> bool:
    """Return True for a title whose only full stop ends a short form: "Clint Murchison
    Sr.", "Levi Strauss & Co.", "How Winter Wreaks Havoc on What's Underneath N.Y.C."; not
    a sentence ending in one ("The ship was sold to Hal Tamm Jr.")."""
    words = line.split()
    last = words[-1]
    if last in _NAME_ENDINGS:
        small: frozenset[str] = frozenset()
        if len(words) > _MAX_NAME_WORDS:
            return False
    elif _INITIALS.fullmatch(last):
        small = _HEADLINE_SMALL_WORDS  # a headline's small words may stay in lower case
    else:
        return False
    return all(
        word[:1].isupper() or not word[:1].isalpha() or word in small for word in words
    )


# Short forms that end a person's or a firm's name, and how long such a title may be.
_NAME_ENDINGS = frozenset({"Sr.", "Jr.", "Inc.", "Co.", "Ltd.", "Corp.", "Bros.", "Snr.", "Jnr."})
_MAX_NAME_WORDS = 8
# A place's initials: "U.S.", "N.Y.C.", "D.C.".
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# Words a headline writes in lower case.
_HEADLINE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "on", "in", "at", "to", "for", "by",
     "with", "from", "as", "vs.", "into", "over", "after"}
)  # fmt: skip


def _same_title(line: str, title: str) -> bool:
    return " ".join(line.split()).casefold() == " ".join(title.split()).casefold()


def _mark_headings(lines: list[str], reasons: list[str]) -> None:
    # A heading is a short line without final punctuation that stands alone, or
    # that starts a new unit inside a paragraph and is short next to its neighbours.
    for block in _blocks(lines):
        widest = max(len(lines[index].strip()) for index in block)
        limit = _HEADING_MAX_WIDTH_SHARE * widest
        for position, index in enumerate(block):
            line = lines[index].strip()
            if reasons[index] or _TERMINAL.search(line) or len(line.split()) > _HEADING_MAX_WORDS:
                continue
            if len(block) == 1:
                reasons[index] = "heading"
                continue
            previous = lines[block[position - 1]].strip() if position else ""
            following = lines[block[position + 1]].strip() if position + 1 < len(block) else ""
            # In a list of short lines (a price table), a Title Case line heads what follows.
            starts_unit = (
                position == 0
                or bool(_TERMINAL.search(previous))
                or (_TITLE_CASE_LINE.match(line) is not None and len(previous) < limit)
            )
            # A line that the next one goes on in lower case ("…biology. I" + "read lots…")
            # is a wrapped sentence, not a heading.
            goes_on = following[:1].islower()
            if starts_unit and not goes_on and len(line) < limit:
                reasons[index] = "heading"


def _mark_end_sections(lines: list[str], reasons: list[str]) -> None:
    for index, line in enumerate(lines):
        if reasons[index] == "heading" and _END_SECTIONS.search(line.strip().rstrip(":")):
            for later in range(index, len(lines)):
                if lines[later].strip():
                    reasons[later] = reasons[later] or "references"
            return


def _blocks(lines: list[str]) -> list[list[int]]:
    blocks: list[list[int]] = []
    current: list[int] = []
    for index, line in enumerate(lines):
        if line.strip():
            current.append(index)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _trim_dateline(
    text: str, start: int, end: int, excluded: list[Excluded]
) -> tuple[int, int]:
    match = _DATELINE_PREFIX.match(text, start, end) or _DATED_DATELINE.match(text, start, end)
    if match and match.end() < end:
        excluded.append(Excluded(start, match.end(), "dateline"))
        return match.end(), end
    heading = _NUMBERED_HEADING.match(text, start, end) or _CREDIT_PREFIX.match(text, start, end)
    if heading and heading.end() < end:
        excluded.append(Excluded(start, heading.end(), "heading"))
        return heading.end(), end
    return _trim_late_dateline(text, start, end, excluded), end


def _trim_late_dateline(text: str, start: int, end: int, excluded: list[Excluded]) -> int:
    """Return where the prose starts after a wire dateline that a headline or byline precedes.

    "Ferry fares rise (AP) TROMSO, Norway (AP) — The…", "By Ann Lee OSLO
    (Reuters) - The…": what comes before the dateline, with no sentence's end
    in it, is the story's headline or byline run into its first line.
    """
    match = _AGENCY_DATELINE.search(text, start + 1, min(end, start + _DATELINE_REACH))
    if match is None or match.end() >= end:
        return start
    before = text[start : match.start()].rstrip()
    if (
        len(before.split()) > _HEADING_MAX_WORDS * 4
        or len(list(sentence_starts(text, start, start + len(before)))) > 1
    ):
        return start
    reason = "byline" if _BY.match(before) else "heading"
    excluded.append(Excluded(start, start + len(before), reason))
    excluded.append(Excluded(match.start(), match.end(), "dateline"))
    return match.end()


def _split_at_cuts(
    text: str, start: int, end: int, excluded: list[Excluded]
) -> list[tuple[int, int]]:
    """Return the pieces of a paragraph left once citation markers and glued headings are cut out.

    "…Saint Petersburg.[1] It is…": a marker after a sentence's end is cut out;
    one inside a sentence stays, since cutting there would split the sentence.
    "…on Tuesday. Traffic Figures About 30,000 cars…": a heading that lost its
    line break is cut out, so that it is not read as part of the sentence.
    """
    citations = [(*match.span(), "citation") for match in _CITATION.finditer(text, start, end)]
    pieces: list[tuple[int, int]] = []
    for piece_start, piece_end in _cut(text, start, end, citations, excluded):
        starts = list(sentence_starts(text, piece_start, piece_end))
        credits = glued_credits(text, piece_start, piece_end, starts=starts)
        for part_start, part_end in _cut(text, piece_start, piece_end, credits, excluded):
            if part_start > piece_start:
                # After a byline or a rule, a round-up's next item may open with its dateline.
                part_start, part_end = _trim_dateline(text, part_start, part_end, excluded)
            part_starts = [part_start, *(at for at in starts if part_start < at < part_end)]
            headings = [
                # A glued "Advertisement" is boilerplate rather than a heading.
                (head_start, head_end, line_reason(text[head_start:head_end]) or "heading")
                for head_start, head_end in glued_headings(
                    text, part_start, part_end, starts=part_starts
                )
            ]
            for piece in _cut(text, part_start, part_end, headings, excluded):
                pieces.extend(_split_at_lost_stops(text, *piece, excluded))
    return pieces


def _split_at_lost_stops(
    text: str, start: int, end: int, excluded: list[Excluded]
) -> list[tuple[int, int]]:
    """Return the piece split where a sentence lost its full stop ("…coffee shops It could…").

    What comes before the first such place, when it opens the piece and is short
    enough, is a headline that lost its line break: it is left out as a heading.
    """
    pieces: list[tuple[int, int]] = []
    for at in lost_stops(text, start, end):
        before = text[start:at].rstrip()
        if (
            not pieces
            and len(before.split()) <= _HEADING_MAX_WORDS
            and not _TERMINAL.search(before)
            and "." not in before.rstrip(".")
        ):
            excluded.append(Excluded(start, start + len(before), "heading"))
        else:
            pieces.append((start, start + len(before)))
        start = at
    pieces.append((start, end))
    return pieces


def _cut(
    text: str,
    start: int,
    end: int,
    cuts: list[tuple[int, int, str]],
    excluded: list[Excluded],
) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    for cut_start, cut_end, reason in cuts:
        piece_end = cut_start
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            pieces.append((start, piece_end))
        excluded.append(Excluded(cut_start, cut_end, reason))
        start = cut_end
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def _is_byline(line: str) -> bool:
    match = _BY.match(line)
    if not match or _TERMINAL.search(line):
        return False
    # A book's listing goes on with its details: "By Ann Lee, 382 pages, $19.95".
    name, *details = match.group(1).split(",")
    words = name.split()
    if not words or not words[0][:1].isupper() or words[0].lower().strip(".") in _DATE_WORDS:
        return False
    if not all(word[:1].isupper() or word.lower() in _NAME_CONNECTORS for word in words):
        return False
    return all(
        all(word[:1].isupper() or word.lower() in _NAME_CONNECTORS for word in detail.split())
        or (len(words) >= 2 and _LISTING_DETAIL.fullmatch(detail.strip()))
        for detail in details
    )


# A book's details after its author: "382 pages", "$19.95", "2008" ("By Christmas, 300
# people" is a sentence wrapped at its line's end).
_LISTING_DETAIL = re.compile(
    r"\d+ pp?\.?|\d+ pages|[$£€]\s?\d[\d.,]*|(?:1[5-9]|20)\d\d|ISBN [\d-]+X?"
)


def _is_pipe_label(line: str) -> bool:
    return any(separator in line for separator in (" | ", " • ", " · "))


def _is_date_only(line: str) -> bool:
    if _DATELINE_ONLY.match(line) and ("(" in line or line.rstrip()[-1] in "-—–"):
        return True
    rest = _DATE_LABEL.sub("", line, count=1)
    words = rest.replace(",", " ").split()
    return (
        bool(words)
        and any(char.isdigit() for char in rest)
        and all(word.lower().strip(".") in _DATE_WORDS or _DATE_NUMBER.match(word)
                for word in words)
    )
