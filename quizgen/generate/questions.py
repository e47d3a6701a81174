"""Turn chosen answer candidates into Cloze and MultipleChoice questions with provenance."""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Sequence

from quizgen import __version__
from quizgen.answers import number_unit
from quizgen.cloze import make_deletion
from quizgen.generate.candidates import Candidate
from quizgen.generate.context import SentenceView
from quizgen.generate.glosses import without_spellings
from quizgen.generate.hints import HintEvidence, city_hint
from quizgen.generate.kinds import (
    HINTS,
    NAME_KINDS,
    NUMERIC_KINDS,
    SEASON_WORDS,
    doubtful_name,
)
from quizgen.generate.people import ends_with_a_title
from quizgen.generate.stems import rest_after, settle_article
from quizgen.model import Cloze, Distractor, Generated, MultipleChoice, SourceRef, one_line
from quizgen.nlp.numeric import DECADE, hedge_end
from quizgen.sets.ids import content_fingerprint, question_id_for

GENERATOR_VERSION = f"quizgen-generate {__version__}"


def independent(a: Candidate, b: Candidate, view: SentenceView) -> bool:
    """Return True when two answers of one sentence are separate facts that can be c1 and c2.

    Each card of a note shows the other answers, so facts of any kind can share
    a note. Not independent: overlapping spans, answers only "and"/"or"/a comma
    apart ("Lukashenko and Putin": one listed fact, each card handing over half
    of it), two names of one place ("Krasnaya Polyana, Sochi"), or two answers
    side by side other than a count and what it counts, or two figures of a
    percentage change ("put at £2 billion, it came to £3 billion, an overrun of
    50 per cent": any two give the third away).
    """
    if a.first < b.last and b.first < a.last:
        return False
    if a.kind in NUMERIC_KINDS and b.kind in NUMERIC_KINDS and _linked_figures(a, b, view):
        return False
    left, right = (a, b) if a.first < b.first else (b, a)
    between = {t.text.casefold() for t in view.tokens[left.last : right.first]}
    if not between:
        # "31 integration roadmaps": a count and what it counts; but "the H7N9 bird flu
        # strain" is one noun phrase cut in two, each blank half of one answer.
        return left.kind in {"number", "quantity"} and right.kind == "term"
    names = a.kind in NAME_KINDS and b.kind in NAME_KINDS
    if between <= {",", "the"} and a.kind != b.kind and not names:
        return True  # "At the end of 2019, Russia...": a comma between a date and a subject
    if between <= {"and", "or", ",", "&", "the"}:
        return False  # "the Brigach and the Breg"
    if between == {"("} and _SYMBOL.fullmatch(right.text):
        return False  # "mercuric oxide (HgO)": one thing and its symbol, each gives the other
    # "Sochi in Russia", "the University of Paris": one place or body named twice.
    return not (names and right.first - left.last <= 2 and between <= {"of", "the", "in", ","})


# An acronym or a symbol: "HgO", "TEU", "CO2" (not "1811–1891": a life's dates are a fact).
_SYMBOL = re.compile(r"(?=\w*[A-Z]\w*[A-Z0-9])[A-Za-z][A-Za-z0-9]*")


def _linked_figures(a: Candidate, b: Candidate, view: SentenceView) -> bool:
    """Return True when both answers are among a sentence's two amounts of one unit and its
    percentage: "from £2 billion to £3 billion, a rise of 50 per cent"."""
    by_unit: dict[str, list[tuple[int, int]]] = {}
    for entity in view.sentence.entities:
        if entity.value is None or entity.label in {"DATE", "TIME"}:
            continue
        span = (view.token_index(entity.first), view.token_index(entity.last))
        by_unit.setdefault(number_unit(entity.text), []).append(span)
    percents = by_unit.pop("%", [])
    if not percents:
        return False
    for spans in by_unit.values():
        if len(spans) < 2:
            continue
        linked = spans + percents
        if all(any(c.first < last and first < c.last for first, last in linked) for c in (a, b)):
            return True
    return False


def doubtful_kind(candidate: Candidate, view: SentenceView) -> bool:
    """Return True when a name's kind is unsure: no MCQ (wrong-kind options) and no cloze hint."""
    if candidate.kind not in NAME_KINDS:
        return False
    # A name is proper nouns (and "of", "the"...): "Neighbouring Sopot" is not one name.
    tags = [t.tag for t in view.tokens[candidate.first : candidate.last] if t.text[:1].isupper()]
    if any(not tag.startswith("NNP") for tag in tags[1:]) or (tags and tags[0] in {"JJ", "VBG"}):
        return True
    return doubtful_name(candidate.label, candidate.kind, candidate.text)


def build_cloze(
    view: SentenceView,
    answers: Sequence[Candidate],
    score: float,
    hints: HintEvidence | None = None,
) -> Cloze:
    """Return a cloze of the view's text with each answer a deletion c1, c2... in reading order.

    A hint shows only a kind that is certain: a person's or a city's only with the article's
    evidence (`hints`; without it, no such hint).
    """
    ordered = sorted(answers, key=lambda c: c.start)
    text = view.text
    for number, candidate in reversed(list(enumerate(ordered, start=1))):
        hint = (
            None
            if doubtful_kind(candidate, view) or _after_a_title(view.text, candidate)
            else _certain_hint(candidate, hints)
        )
        # "about {{c1::two}}": the hedge stays in the sentence, the number is recalled.
        hedge = _hedge_length(view, candidate) if candidate.kind in NUMERIC_KINDS else 0
        deletion = make_deletion(one_line(candidate.text[hedge:]), number, hint)
        start = candidate.start + hedge
        text = text[:start] + deletion + rest_after(text, candidate)
    reasons = tuple(dict.fromkeys(r for c in ordered for r in c.reasons))
    question_id = question_id_for("cloze", view.sentence.text, "\x1e".join(c.text for c in ordered))
    cloze = Cloze(
        id=question_id,
        text=without_pronunciation(one_line(text)),  # a wrapped article's lines are spaces
        tags=tuple(dict.fromkeys(c.kind for c in ordered)),
        source=_source(view),
        generated=Generated(
            method="cloze", version=GENERATOR_VERSION, score=score, reasons=reasons
        ),
    )
    return _with_fingerprint(cloze)


# A pronunciation in the phonetic alphabet, and its alternatives: "/ˈluːθər/ or /ˈluːðər/".
_IPA = "ˈˌːəɪʊʃʒɑɒʌɜɹɾɐɛʁɔŋɲɣχβɯɨʉʏœ"
_IPA_WRITTEN = rf"/[^/(){{}}\n]*[{_IPA}][^/(){{}}\n]*/|\[[^\](){{}}\n]*[{_IPA}][^\](){{}}\n]*\]"
_PRONUNCIATION = re.compile(rf"(?:{_IPA_WRITTEN})(?:\s*(?:or|,)\s*(?:{_IPA_WRITTEN}))*\s*")
_LISTEN = re.compile(r"\(\s*listen\)\s*")
# What a removed pronunciation leaves: its label ("RP:"), a separator, empty brackets.
_LEFT_LABEL = re.compile(r"(?<=[(;])\s*[A-Z][\w ]{0,20}:\s*(?=[;)])")
_LEFT_OPENING = re.compile(r"\(\s*;\s*")
_LEFT_CLOSING = re.compile(r"\s*;\s*\)")
_LEFT_EMPTY = re.compile(r"\s*\(\s*\)")


def without_pronunciation(text: str) -> str:
    """Return a question's text without the pronunciations and other languages' spellings an
    encyclopedia gives in brackets: "Michael Faraday (/ˈfærədeɪ/; 22 September 1791 – …)"
    reads "(22 September 1791 – …)", "Bodmin (Cornish: Bosvena) is" reads "Bodmin is".
    A reader cannot recall them, and the card reads better without."""
    text = without_spellings(text)
    if "/" not in text and "[" not in text and "listen" not in text:
        return text
    cut = _LEFT_LABEL.sub("", _LISTEN.sub("", _PRONUNCIATION.sub("", text)))
    while True:
        tidied = _LEFT_EMPTY.sub("", _LEFT_CLOSING.sub(")", _LEFT_OPENING.sub("(", cut)))
        if tidied == cut:
            return re.sub(r"(?<=\S)  +", " ", cut)
        cut = tidied


def _hedge_length(view: SentenceView, candidate: Candidate) -> int:
    """Return the length of the hedge a number's answer opens with ("more than "), or 0.

    A capitalised hedge inside a sentence is a title's words ("the documentary More
    Than 30 Years in the TARDIS"): it stays in the answer."""
    words = view.tokens[candidate.first : candidate.last]
    body = hedge_end([t.text.casefold() for t in words], 0)
    if not 0 < body < len(words) or (candidate.first > 0 and not words[0].text.islower()):
        return 0
    return words[body].start - candidate.start


def _after_a_title(text: str, candidate: Candidate) -> bool:
    """Return True for a person's name right after a title, which says the kind already:
    "Ms {{c1::Hutt}}", "chief executive {{c1::Takashi Nishioka}}"."""
    return candidate.kind == "person" and ends_with_a_title(text[: candidate.start])


def _certain_hint(candidate: Candidate, hints: HintEvidence | None) -> str | None:
    """Return the hint of a candidate's kind, or None when its kind is not certain."""
    if candidate.kind == "person" and (hints is None or not hints.person(candidate.text)):
        return None
    if candidate.kind == "city" and not city_hint(candidate.text):
        return None
    if candidate.kind == "date" and candidate.text.casefold() in SEASON_WORDS:
        return "season"  # "during the [season]": a season is no date
    if candidate.kind == "date" and DECADE.match(candidate.text.removeprefix("the ")):
        return "decade"  # "in the [decade]": "the 1990s" is no day
    return HINTS.get(candidate.kind)


def build_mcq(
    view: SentenceView,
    candidate: Candidate,
    stem: str,
    style: str,
    distractors: Sequence[Distractor],
    score: float,
    seed: int,
) -> MultipleChoice:
    """Return an MCQ with the options shuffled by `seed` and the source sentence as explanation."""
    question_id = question_id_for("mcq", view.sentence.text, candidate.text)
    # A hard-wrapped article's line breaks shown as spaces, in the stem and every option.
    answer = one_line(candidate.text)
    distractors = [dataclasses.replace(d, text=one_line(d.text)) for d in distractors]
    choices = [answer, *(d.text for d in distractors)]
    random.Random(f"{seed}:{question_id}").shuffle(choices)
    methods = ",".join(sorted({d.method for d in distractors}))
    mcq = MultipleChoice(
        id=question_id,
        question=settle_article(without_pronunciation(one_line(stem)), choices),
        answer=answer,
        choices=tuple(choices),
        distractors=tuple(distractors),
        explanation=view.sentence.text.strip(),
        tags=(candidate.kind,),
        source=_source(view),
        generated=Generated(
            method=f"mcq-{style}",
            version=GENERATOR_VERSION,
            score=score,
            reasons=(*candidate.reasons, f"distractors: {methods}"),
        ),
    )
    return _with_fingerprint(mcq)


def _source(view: SentenceView) -> SourceRef:
    sentence = view.sentence
    return SourceRef(sentence=sentence.text, start=sentence.start, end=sentence.end)


def _with_fingerprint(question: Cloze | MultipleChoice) -> Cloze | MultipleChoice:
    assert question.generated is not None
    made = dataclasses.replace(question.generated, fingerprint=content_fingerprint(question))
    return dataclasses.replace(question, generated=made)
