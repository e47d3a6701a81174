"""Question stems: a wh-question where a simple, safe change exists, else a blanked sentence.

Transformations (anything else keeps the sentence with a blank):
- subject: "Putin (also) said that..." -> "Who (also) said that...?" ("Which country ...?"
  for places);
- final place or date phrase: "Talks began in Sochi." -> "Where did talks begin?";
- counted object: "They prepared 31 roadmaps." -> "How many roadmaps did they prepare?".
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from quizgen.generate import lexicon
from quizgen.generate.candidates import Candidate
from quizgen.generate.context import SentenceView
from quizgen.generate.kinds import NUMERIC_KINDS
from quizgen.nlp.document import Token

BLANK = "_____"
_ASIDE = re.compile(r"\s*\([^()]*\)")
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_BE = frozenset({"is", "are", "was", "were"})
_AUX = frozenset(
    {
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "shall",
    }
)
_WHICH = {"country": "Which country", "city": "Which city", "organisation": "Which organisation"}
# Words that open a sentence without being part of its subject.
_TIME_WORDS = frozenset(
    {"yesterday", "today", "tomorrow", "now", "then", "later", "earlier", "tonight", "recently"}
)
_PLACE_PREPOSITIONS = frozenset({"in", "at"})
# What joins a second clause, and how a clause's subject starts and how far its verb may be.
_CLAUSE_JOINERS = frozenset({"and", "but", "while", "whereas", "yet"})
_SUBJECT_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "PRP", "DT", "JJ", "CD"})
_SUBJECT_REACH = 5
_DATE_PREPOSITIONS = frozenset({"in", "on", "during", "by"})
# Nouns a date right after names rather than dates the verb: "for her big day on April 29".
_DAY_NOUNS = frozenset(
    {"day", "days", "night", "date", "evening", "morning", "afternoon", "weekend", "birthday",
     "anniversary", "deadline"}
)  # fmt: skip


def blank_stem(view: SentenceView, candidate: Candidate) -> str:
    """Return the sentence with the answer replaced by a blank.

    "a" or "an" before the blank becomes "a(n)": "inside an _____ called a
    chloroplast" would leave only the option that starts with a vowel.
    """
    before = _ARTICLE_BEFORE.sub(_either_article, view.text[: candidate.start])
    return before + BLANK + rest_after(view.text, candidate)


def rest_after(text: str, candidate: Candidate) -> str:
    """Return the text after an answer, without the same amount in other units, money or
    time zone in brackets: "£3.7bn ($7bn)", "190 km (118 miles)" and "8:51 p.m. (1451 GMT)"
    would each give "_____" away. The answer's own unit stays: "_____ km"."""
    end = candidate.end
    if candidate.kind not in NUMERIC_KINDS and candidate.kind != "time":
        return text[end:]
    at = end
    for _ in range(_MAX_UNIT_WORDS):
        word = _NEXT_WORD.match(text, at)
        if not word or not _unit_word(word.group(1)):
            break
        at = word.end()
    match = _CONVERSION.match(text, at)
    return text[end:at] + text[match.end() :] if match else text[end:]


def _unit_word(word: str) -> bool:
    return word.casefold() in lexicon.MEASURE_UNITS or lexicon.is_unit(word)


# "square miles", "metric tons": the words of a unit between a number and its conversion.
_MAX_UNIT_WORDS = 2
_NEXT_WORD = re.compile(r" ([^\s()]+)")


# A bracket right after an amount that holds the same amount in other money or units:
# "($9.7bn)", "($10.7bn; 8.2bn euros)", "(1,800 mi)"; not "(3.4% a year earlier)" or
# "(2011 census)". `candidates._converted` keeps a conversion from being an answer itself.
_CONVERSION = re.compile(
    r" ?\((?:about |around |some |c\. )?"
    r"(?:(?:US|A|C|HK)?[$€£¥]\d[\d.,]*(?: ?(?:bn|m|tn|k|billion|million|trillion))?"
    r"(?:[;,] ?(?:[$€£¥])?\d[\d.,]*(?: ?(?:bn|m|tn|k|billion|million|trillion))?(?: [a-z]+)?)?"
    # A measure, or a range of them, maybe with a fraction: "(118 miles)", "(6½-10 feet)".
    r"|\d[\d.,]*[¼½¾⅓⅔]?(?: ?[-–] ?\d[\d.,]*[¼½¾⅓⅔]?)?"
    r" ?(?:mi|km|ft|in|yd|m|cm|mm|kg|lb|lbs|oz|g|miles|kilometres|kilometers|feet"
    r"|metres|meters|pounds|kilograms|°[CF]|sq mi|sq ft|sq km|km2|km²|m2|m²|acres|hectares"
    r"|ha|square (?:feet|metres|meters|miles|kilometres|kilometers)|tonnes|tons|litres"
    r"|liters|gallons|mph|km/h)"
    r"(?: \d[\d.,]* ?(?:in|ft|oz|lb))?"
    # The same moment in another zone: "(1451 GMT)", "(2:51 p.m. EST)".
    r"|\d{1,2}(?:[:.]\d{2})? ?[ap]\.?m\.?(?: [A-Z]{2,4})?|\d{1,2}:\d{2} [A-Z]{2,4}"
    r"|\d{4} ?(?:GMT|UTC))\)"
)


# "a " or "an " just before the blank, as a word of its own.
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])([Aa])n? $")


def _either_article(match: re.Match[str]) -> str:
    return f"{match.group(1)}(n) "


# A quotation's full stop before the question mark added after it: `children."?`.
_STOP_IN_CLOSING_QUOTE = re.compile(r"[.]([”\"’»]+)\?$")


def question_stem(
    view: SentenceView, candidate: Candidate, names: Container[str] = frozenset()
) -> tuple[str, str]:
    """Return (stem, style): style "wh" for a question, "blank" for a sentence with a blank.

    `names` holds the words the article writes capitalised where no sentence
    starts ("Banting" after "Frederick"): a subject that opens with one keeps its
    capital inside a question.

    Someone's quoted words keep their speaker in front ('Ana Costa: “We have
    opened _____ new clinics.”'): a question made of them would lose whose
    words they are.
    """
    if view.prefix:
        return blank_stem(view, candidate), "blank"
    for transform in (_subject_question, _final_phrase_question, _how_many_question):
        stem = transform(view, candidate, names)
        if stem:
            # An aside in brackets only lengthens a question: "(about 50%)".
            stem = " ".join(_ASIDE.sub("", stem).split()).replace(" ?", "?")
            # 'added that "… children."?': the quotation's full stop gives way to the "?".
            return _STOP_IN_CLOSING_QUOTE.sub(r"\1?", stem), "wh"
    return blank_stem(view, candidate), "blank"


def _subject_question(view: SentenceView, candidate: Candidate, names: Container[str]) -> str:
    tokens = view.tokens
    if candidate.first != 0 or candidate.last >= len(tokens):
        return ""
    verb = tokens[candidate.last]
    if (
        verb.tag == "RB"
        and verb.text.casefold() != "not"
        and candidate.last + 1 < len(tokens)
        and (tokens[candidate.last + 1].tag in _FINITE or tokens[candidate.last + 1].tag == "MD")
    ):
        verb = tokens[candidate.last + 1]  # "Merkel also opened..." -> "Who also opened...?"
        rest_from = tokens[candidate.last].start
    else:
        rest_from = verb.start
    if verb.tag not in _FINITE and verb.tag != "MD":
        return ""
    if candidate.kind == "person":
        wh = "Who"
    elif candidate.kind in _WHICH:
        wh = _WHICH[candidate.kind]
    else:
        return ""
    if _second_clause(tokens, candidate.last + 1):
        # "X advised Essar, and Vodafone used Goldman": "Who advised Essar, and Vodafone
        # used Goldman?" asks about the first clause in the words of both.
        return ""
    rest = view.text[rest_from:].rstrip(" .!")
    return f"{wh} {rest}?"


def _second_clause(tokens: tuple[Token, ...], start: int) -> bool:
    """Return True when a clause with its own subject follows: ", and Vodafone used…",
    "and there were draws…" (with a comma or without)."""
    for at in range(start, len(tokens) - 1):
        if tokens[at].text == ";":
            return True
        if tokens[at].text.casefold() not in _CLAUSE_JOINERS:
            continue
        following = tokens[at + 1 : at + 1 + _SUBJECT_REACH]
        if following[0].tag == "EX":
            return True  # "and there were draws": a clause of its own
        verbs = [k for k, t in enumerate(following) if t.tag in _FINITE or t.tag == "MD"]
        if at == 0 or tokens[at - 1].text != ",":
            # "between Islam and Islamism leads": no comma, two nouns of one clause; but
            # "Shaw died in 1979 and James Baxter was elected": after the first clause's verb,
            # a name and a verb of its own.
            said = any(t.tag in _FINITE for t in tokens[:at])
            if said and verbs and all(t.tag in {"NNP", "NNPS"} for t in following[: verbs[0]]):
                return verbs[0] > 0
            continue
        if verbs and verbs[0] > 0 and following[0].tag in _SUBJECT_TAGS:
            return True
    return False


def _final_phrase_question(view: SentenceView, candidate: Candidate, names: Container[str]) -> str:
    """ "<Subject> <verb> ... in <answer>." -> "Where/When <aux> <subject> <verb> ...?"."""
    tokens = view.tokens
    if candidate.kind in {"place", "country", "city"}:
        wh, prepositions = "Where", _PLACE_PREPOSITIONS
    elif candidate.kind in {"date", "year"}:
        wh, prepositions = "When", _DATE_PREPOSITIONS
    else:
        return ""
    if candidate.first < 3 or tokens[candidate.first - 1].text.casefold() not in prepositions:
        return ""
    if candidate.last != len(tokens) - 1 or tokens[-1].text not in {".", "!"}:
        return ""
    if wh == "When" and _day_of_a_purpose(tokens, candidate.first - 2):
        # "commissioned two dresses for her big day on April 29": the day is April 29, and
        # "When did she commission two dresses?" asks another date.
        return ""
    if wh == "Where" and tokens[candidate.first - 2].tag.startswith("NNP"):
        # "works at Drew University in New Jersey": the place says where the university is,
        # and "Where does he work at Drew University?" is answered in the question.
        return ""
    verb_at = _clause_verb(tokens, candidate.first - 1)
    if verb_at is None or _another_such_phrase(tokens, verb_at, candidate.first - 1, prepositions):
        return ""
    if _reduced_relative(tokens, verb_at, candidate.first - 1):
        return ""
    subject = _lower_first(view, view.text[tokens[0].start : tokens[verb_at - 1].end], names)
    middle = view.text[tokens[verb_at].end : tokens[candidate.first - 1].start].strip()
    return _invert(wh, tokens[verb_at], subject, middle)


def _day_of_a_purpose(tokens: tuple[Token, ...], at: int) -> bool:
    """Return True for a day noun at `at` in a phrase opened by "for": "for her big day"
    (on April 29), whose date is the day's, not the verb's ("celebrated her birthday on
    4 May" asks when she celebrated it)."""
    if tokens[at].text.casefold() not in _DAY_NOUNS:
        return False
    before = at - 1
    while before > 0 and tokens[before].tag in {"JJ", "PRP$", "DT", "POS", "NNP", "CD"}:
        before -= 1
    return tokens[before].text.casefold() == "for"


def _reduced_relative(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Return True when a past participle after a noun in tokens[start:end] has the phrase
    after it: in "presented his findings at the meeting being held in Boston" the place is
    the meeting's, and "Where did he present his findings at the meeting being held?" is
    no question ("spent two years studying law in Paris" asks where he studied)."""
    return any(
        tokens[i - 1].tag.startswith("NN")
        and (
            tokens[i].tag == "VBN"
            or (tokens[i].text.casefold() == "being" and tokens[i + 1].tag == "VBN")
        )
        for i in range(start + 2, end - 1)
    )


def _another_such_phrase(
    tokens: tuple[Token, ...], start: int, end: int, prepositions: frozenset[str]
) -> bool:
    """Return True when tokens[start:end] hold another place or date phrase ("in 1190", "at
    Oslo"): "built a church in 1190 and a library in 1243" asks "When did they build a church
    in 1190 and a library?", which reads as if both were built in 1190."""
    return any(
        tokens[i].text.casefold() in prepositions and tokens[i + 1].tag in {"CD", "NNP", "NNPS"}
        for i in range(start, end - 1)
    )


def _how_many_question(view: SentenceView, candidate: Candidate, names: Container[str]) -> str:
    """ "<Subject> <verb> 31 roadmaps." -> "How many roadmaps did <subject> <verb>?"."""
    tokens = view.tokens
    if candidate.kind not in {"number", "quantity"} or candidate.value is None:
        return ""
    if not float(candidate.value).is_integer() or candidate.last - candidate.first != 1:
        return ""
    noun_end = candidate.last
    while noun_end < len(tokens) and tokens[noun_end].tag in {"JJ", "NN", "NNS"}:
        noun_end += 1
    if noun_end == candidate.last or tokens[noun_end - 1].tag != "NNS":
        return ""
    if noun_end != len(tokens) - 1 or tokens[-1].text not in {".", "!"}:
        return ""
    verb_at = _clause_verb(tokens, candidate.first)
    if verb_at is None or verb_at != candidate.first - 1:
        return ""
    subject = _lower_first(view, view.text[tokens[0].start : tokens[verb_at - 1].end], names)
    noun = view.text[tokens[candidate.last].start : tokens[noun_end - 1].end]
    question = _invert("How many " + noun, tokens[verb_at], subject, "")
    return question


def _clause_verb(tokens: tuple[Token, ...], before: int) -> int | None:
    """Return the index of the only finite verb before `before`, if the subject before it is plain.

    Plain: at least one word, no comma, no other verb, no "that"/"which"
    (which would make the sentence more than one clause).
    """
    finite = [i for i in range(before) if tokens[i].tag in _FINITE or tokens[i].tag == "MD"]
    if len(finite) != 1 or finite[0] == 0:
        return None
    verb_at = finite[0]
    if any(
        t.text in {",", ";", ":", "(", ")", "–", "-"}
        or t.tag in {"WDT", "WP"}
        or t.text.casefold() == "that"
        for t in tokens[:before]
    ):
        return None
    if any(t.tag.startswith("VB") and t.tag != "VBN" for t in tokens[:verb_at]):
        return None
    if tokens[0].text.casefold() in _TIME_WORDS or tokens[0].tag in {"RB", "IN"}:
        return None  # "Yesterday Lena Vik opened...": no "When did yesterday Lena Vik open?"
    return verb_at


def _invert(wh: str, verb: Token, subject: str, rest: str) -> str:
    word = verb.text.casefold()
    tail = f" {rest}" if rest else ""
    if word in _BE or word in _AUX or verb.tag == "MD":
        return f"{wh} {word} {subject}{tail}?"
    do = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(verb.tag)
    if do is None:
        return ""
    base = lexicon.past_verb_lemma(word) if verb.tag == "VBD" else lexicon.verb_lemma(word)
    return f"{wh} {do} {subject} {base}{tail}?"


def _lower_first(view: SentenceView, text: str, names: Container[str]) -> str:
    """Return the sentence's opening words as they read inside a question.

    The first word loses its capital unless it is a name: tagged as one, the
    start of one of the sentence's names (the tagger reads "Banting" opening a
    sentence as a common noun), or a word the article capitalises elsewhere.
    """
    first = view.tokens[0]
    if first.tag.startswith("NNP") or first.text == "I":
        return text
    if not lexicon.is_stopword(first.text) and (
        first.text in names
        or any(e.first == view.first_token and e.value is None for e in view.sentence.entities)
    ):
        return text
    return text[:1].lower() + text[1:]


def settle_article(stem: str, choices: Sequence[str]) -> str:
    """Return the stem with its "a(n) _____" written as "a" or "an" when every choice takes
    the same one ("a(n) _____ shareholder" for 30%, 20%, 40% and 50% reads "a _____")."""
    if f"(n) {BLANK}" not in stem:
        return stem
    articles = {_indefinite_article(choice) for choice in choices}
    if len(articles) != 1 or "" in articles:
        return stem
    # blank_stem wrote "a(n) " right before the blank: "(n)" becomes "" or "n".
    return stem.replace(f"(n) {BLANK}", f"{articles.pop()[1:]} {BLANK}")


def _indefinite_article(text: str) -> str:
    """Return "a" or "an" for a word or number as it is said, or "" when unsure."""
    word = text.split()[0] if text.split() else ""
    # "$550 million" is said "five hundred and fifty million dollars": by its number.
    digits = re.match(r"[$€£¥₽]?(\d[\d,]*)", word)
    if digits:
        # Said by its first group of thousands: "an 8%", "an 11,000" or "11000", "an
        # 18.5", "an 800,000", but "a 110" and "a 1,800".
        whole = digits.group(1).replace(",", "")
        lead = whole[: len(whole) % 3 or 3]
        return "an" if lead.startswith("8") or lead in ("11", "18") else "a"
    if not word[:1].isalpha():
        return ""
    lower = word.casefold()
    if word.isupper() and len(word) > 1:
        # Read letter by letter ("an FBI agent") or as a word ("a NATO base"): only a
        # code without vowels is surely read by letters.
        if any(letter in "AEIOU" for letter in word):
            return ""
        return "an" if lower[0] in "fhlmnrsx" else "a"
    if lower[0] == "u":
        return ""  # "a union", "a user", but "an umbrella", "an uninsured driver"
    if lower.startswith(_SAID_WITH_A_CONSONANT):
        return "a"
    if lower.startswith(_SILENT_H):
        return "an"
    return "an" if lower[0] in "aeio" else "a"


# Vowel letters said as a consonant ("a one-off", "a eurozone") and a silent h ("an hour").
_SAID_WITH_A_CONSONANT = ("eu", "ewe", "one", "once")
_SILENT_H = ("hour", "honest", "honour", "honor", "heir")
