"""What kind of thing an answer is (person, city, year, money, term...) and what form it is written in.

Options of one question must all be of one kind and one form: a state's
abbreviation beside full state names gives the answer away.
"""

from __future__ import annotations

import re

from quizgen.answers import number_unit

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)
NUMERIC_KINDS = frozenset({"number", "percent", "money", "quantity"})
DATE_KINDS = frozenset({"date", "year", "time"})
NAME_KINDS = frozenset({"person", "place", "country", "city", "organisation"})
PLACE_KINDS = frozenset({"place", "country", "city"})

# The hint shown in a cloze blank, where knowing the kind helps the reader.
HINTS = {
    "person": "person", "place": "place", "country": "country", "city": "city",
    "organisation": "organisation", "date": "date", "year": "year",
}
_LABEL_KINDS = {
    "PERSON": "person", "GPE": "place", "LOC": "place", "ORG": "organisation",
    "DATE": "date", "TIME": "time", "MONEY": "money", "PERCENT": "percent",
    "QUANTITY": "quantity", "NUMBER": "number", "NP": "term",
}
_HEDGE = re.compile(
    r"^(about|around|roughly|nearly|almost|over|more than|less than|under|some|"
    r"approximately|at least|up to)\b", re.IGNORECASE,
)
_SCALE = re.compile(r"\b(thousand|million|billion|trillion|bn|mn|m|k)\b", re.IGNORECASE)
_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)")
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")


def kind_of(label: str, text: str) -> str:
    """Return the answer kind for an NLP label and its text ("GPE" "Belarus" -> "country")."""
    kind = _LABEL_KINDS.get(label, "term")
    if kind == "place":
        return place_kind(text) or "place"
    if kind == "date" and _YEAR.fullmatch(text.strip()):
        return "year"
    if kind == "number" and "%" in text:
        return "percent"
    return kind


def answer_form(text: str, kind: str) -> tuple[str, ...]:
    """Return a signature that two options of one question must share.

    Numbers: unit, hedge ("about"), scale word, digits or words. Dates: which
    parts are written (day, month, year). Names: abbreviation or not, one word
    or several. Terms: plural or not, capitalised or not.
    """
    stripped = text.strip()
    if kind in NUMERIC_KINDS:
        hedge = _HEDGE.match(stripped)
        scale = _SCALE.search(stripped)
        digits = "digits" if re.search(r"\d", stripped) else "words"
        return (
            "number", number_unit(stripped), hedge.group(1).casefold() if hedge else "",
            scale.group(1).casefold() if scale else "", digits,
        )
    if kind in DATE_KINDS:
        parts = (
            "day" if re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", stripped) else "",
            "month" if _MONTH.search(stripped) else "",
            "year" if _YEAR.search(stripped) else "",
        )
        return ("date", *parts, _shape(stripped))
    if kind in NAME_KINDS:
        if re.fullmatch(r"[A-Z][A-Z.&]{1,6}", stripped):
            return ("name", kind, "abbreviation")
        if kind in PLACE_KINDS:
            # A city among countries stands out: judge each option's own kind.
            return ("name", place_kind(stripped) or "place", "words")
        # A surname beside full names stands out; for bodies, length varies freely.
        if kind == "person":
            return ("name", kind, "one-word" if len(stripped.split()) == 1 else "full-name")
        return ("name", kind, "words")
    from quizgen.generate.lexicon import is_plural

    head = stripped.split()[-1] if stripped else ""
    capital = "capital" if stripped[:1].isupper() else "lower"
    return ("term", "plural" if head and is_plural(head) else "singular", capital)


def place_kind(name: str) -> str:
    """Return "country" or "city" if the curated lists or WordNet know the place, else ""."""
    from quizgen.generate.distractors.fallback import known_place_kind

    return known_place_kind(name) or _wordnet_place_kind(name)


def _wordnet_place_kind(name: str) -> str:
    from quizgen.generate import lexicon

    for synset in lexicon.wordnet().synsets(name.replace(" ", "_"), "n")[:2]:
        for hypernym in synset.instance_hypernyms():
            label = hypernym.name()
            if "country" in label or "nation" in label:
                return "country"
            if any(word in label for word in ("city", "town", "port", "capital")):
                return "city"
    return ""


def _shape(text: str) -> str:
    """Return the text with digits and month names generalised, e.g. "D Month"."""
    shape = _MONTH.sub("Month", text)
    return re.sub(r"\d+", "D", shape)
