"""Answer candidates: the spans of a sentence worth blanking, with a score and the reasons for it.

Candidates are named entities, numbers (trimmed to the number, its hedge and
scale, the counted noun left in the sentence), dates, and key terms (noun
phrases rare in general English or repeated in the article). The never-blank
rules drop stopwords, pronouns, part of a name, and an answer the sentence
gives away by repeating it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from quizgen.generate import lexicon
from quizgen.generate.caches import word_cache
from quizgen.generate.context import SentenceView
from quizgen.generate.distractors.filters import normal_form
from quizgen.generate.kinds import (
    DATE_KINDS,
    NAME_KINDS,
    NUMERIC_KINDS,
    is_common_word_name,
    kind_of,
)
from quizgen.generate.offensive import abusive
from quizgen.nlp import gazetteer
from quizgen.nlp.document import Document, Span, Token

# A code-like name: letters and digits, with a capital ("COVID-19", "H1N1", "F-16", "G20").
_CODE = re.compile(r"(?=[^\s]*[A-Z])(?=[^\s]*\d)[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
# Words that take an adjective for themselves: "how long", "so much", "too many".
_DEGREE_WORDS = frozenset({"how", "so", "too", "as"})
_NUMBER_TOKEN = re.compile(r"^(\d[\d,.]*|[a-z]+(-[a-z]+)?)$", re.IGNORECASE)
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "bn", "mn", "m", "k"})
_HEDGE_WORDS = frozenset(
    {
        "about",
        "around",
        "roughly",
        "nearly",
        "almost",
        "over",
        "some",
        "approximately",
        "more",
        "less",
        "than",
        "under",
        "at",
        "least",
        "up",
        "to",
    }
)
_RANGE_WORDS = frozenset({"or", "to", "-", "–", "and"})
_BASE_SCORE = {
    "person": 0.7,
    "place": 0.65,
    "country": 0.7,
    "city": 0.7,
    "organisation": 0.65,
    "date": 0.7,
    "year": 0.7,
    "time": 0.5,
    "money": 0.75,
    "percent": 0.75,
    "number": 0.6,
    "quantity": 0.6,
    "name": 0.55,
    "term": 0.45,
}
# Words that come before a name without being part of it ("Ambassador Semashko").
# fmt: off
TITLES = frozenset((
    "ambassador", "president", "prime", "minister", "mr", "mrs", "ms", "dr", "professor",
    "prof", "general", "king", "queen", "prince", "princess", "chancellor", "senator",
    "governor", "mayor", "pope", "sir", "lord", "lady", "judge", "chairman", "chairwoman",
    "director", "secretary", "spokesman", "spokeswoman", "captain", "colonel", "commander",
    "premier",
))
# fmt: on
_DURATION = re.compile(
    r"\b(?:(?:about|around|nearly|almost|over|some|more than|less than|roughly)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+(?:\.\d+)?)\s+"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b",
    re.IGNORECASE,
)
# Adjectives that say nothing about the thing itself: "a new factory" is just "a factory".
# fmt: off
_GENERIC_MODIFIERS = frozenset((
    "new", "old", "first", "second", "third", "last", "next", "other", "another", "same",
    "similar", "further", "many", "several", "large", "small", "big", "main", "major", "key",
    "great", "little", "few", "various", "certain", "whole", "own", "such", "recent", "current",
    "former", "latest", "early", "late", "good", "best", "today", "yesterday", "tomorrow",
    "now",
))
# fmt: on
# fmt: off
_ORDINALS = frozenset((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "twentieth", "hundredth", "thousandth", "half", "halves",
    "quarter", "quarters", "thirds",
))
# fmt: on
_MODIFIER = re.compile(r"[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*")
# Rarer than this, one word is a technical term ("pitchblende", "isotope") even if said once.
_TECHNICAL_ZIPF = 2.5
# A term word more common than this ("economy") is not given away by a word made from it.
_DERIVED_CLUE_ZIPF = 4.0
# Where a list of the things counted may begin, and what separates its items.
_LIST_OPENING = re.compile(r"[:—–(]|--|\b(?:such as|namely|including)\b")
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;]\s*(?:and|or)?|\band\b|\bor\b)\s*")
_LIST_CLOSING = re.compile(r"[—–)]|--")
_RELATIVE_DATE = re.compile(
    r"(?:(?:on|last|next|this|early|late)\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|today|tonight|yesterday|tomorrow|weekend|week|month|year)"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)
# A word of a name rarer than this identifies the name ("Apollo"); commoner ones do not.
_DISTINCTIVE_ZIPF = 4.5
# Capitalised words that open a sentence and that the NLP layer may take into a name.
_OPENERS = frozenset(
    {"though", "although", "while", "when", "after", "before", "since", "if", "as", "because"}
)
_PARTICLES = frozenset({"up", "out", "off"})
# Lower-case words inside names: "Commission for the Protection of the Danube", "Centre de
# Commandement des Operations", "Ludwig van Beethoven".
_PARTICLES_IN_NAMES = ("de", "des", "du", "la", "le", "da", "di", "del", "van", "von", "der")
_NAME_JOINERS = frozenset({"of", "for", "the", *_PARTICLES_IN_NAMES})
_JOINS = frozenset(
    {("of",), ("of", "the"), ("for", "the"), *((p,) for p in _PARTICLES_IN_NAMES), ("de", "la")}
)
_TERM_HEAD_TAGS = frozenset({"NN", "NNS"})
_TERM_MODIFIER_TAGS = frozenset({"NN", "NNS", "JJ", "NNP"})


@dataclass(frozen=True)
class Candidate:
    """A span of a sentence that could be blanked, in the sentence view's offsets."""

    sentence: int
    text: str
    kind: str
    label: str
    first: int  # token indexes [first, last) in the view
    last: int
    start: int  # character offsets in the view's text
    end: int
    doc_start: int  # character offsets in the article
    doc_end: int
    value: float | None = None
    unit: str = ""
    score: float = 0.0
    reasons: tuple[str, ...] = field(default=(), compare=False)

    @property
    def key(self) -> str:
        """The fact's identity within a sentence: its normalised answer."""
        return normal_form(self.text)


def find_candidates(
    document: Document, views: list[SentenceView], dropped: Counter[str]
) -> list[Candidate]:
    """Return every acceptable candidate of the given sentence views, scored, in reading order.

    Each rejected span adds one to `dropped[reason]`.
    """
    mentions = _mention_counts(document)
    title_words = {lexicon.noun_lemma(w) for w in re.findall(r"[A-Za-z]+", document.title)}
    found: list[Candidate] = []
    for view in views:
        spans = [s for s in _entity_spans(view) if s is not None]
        taken = [(s.first, s.last) for s in spans]
        durations = _duration_spans(view, taken)
        taken += [(s.first, s.last) for s in durations]
        codes = _code_spans(view, taken)
        taken += [(s.first, s.last) for s in codes]
        spans += durations + codes + _term_spans(view, taken)
        seen: set[str] = set()
        for span in spans:
            candidate, reason = _candidate(
                view,
                span,
                mentions,
                len(document.sentences),
                title_words,
                _article_subject(document.title),
            )
            if candidate is None:
                dropped[reason] += 1
            elif candidate.key in seen:
                dropped["same-answer-twice"] += 1
            else:
                seen.add(candidate.key)
                found.append(candidate)
    return found


def _entity_spans(view: SentenceView) -> list[Span | None]:
    """Return the sentence's entities re-based on the view, numbers trimmed to the number."""
    out: list[Span | None] = []
    for entity in view.sentence.entities:
        first = entity.first - view.first_token
        last = entity.last - view.first_token
        if first < 0 or last > len(view.tokens):
            continue  # dropped with a connective or a pronoun, or cut quotation mark
        if entity.label in {"QUANTITY", "NUMBER"}:
            first, last = _number_part(view.tokens, first, last)
            if first >= last:
                continue
        # "Though Chopin": a capitalised sentence opener is not part of the name.
        while last - first > 1 and view.tokens[first].text.casefold() in _OPENERS:
            first += 1
        tokens = view.tokens[first:last]
        out.append(
            Span(
                entity.label,
                view.text[tokens[0].start : tokens[-1].end],
                first,
                last,
                tokens[0].start,
                tokens[-1].end,
                entity.value,
                entity.unit,
            )
        )
    return out


def _number_part(tokens: tuple[Token, ...], first: int, last: int) -> tuple[int, int]:
    """Return [first, last) of the number in a quantity ("about 31" of "about 31 roadmaps").

    A range ("six or seven", "10 to 12") is taken whole, so the blank is never half of one.
    """
    end = first
    while end < last and (
        tokens[end].tag == "CD"
        or tokens[end].text.casefold() in _SCALE_WORDS | _HEDGE_WORDS
        or (
            tokens[end].text.casefold() in _RANGE_WORDS
            and end + 1 < last
            and tokens[end + 1].tag == "CD"
        )
    ):
        end += 1
    while end > first and tokens[end - 1].text.casefold() in _HEDGE_WORDS:
        end -= 1
    if (
        first >= 2
        and tokens[first - 1].text.casefold() in _RANGE_WORDS
        and (tokens[first - 2].tag == "CD")
    ):
        first -= 2
    return first, end


def _duration_spans(view: SentenceView, taken: list[tuple[int, int]]) -> list[Span]:
    """Return durations the NLP layer leaves unlabelled: "about an hour", "three weeks"."""
    out: list[Span] = []
    starts = {t.start: i for i, t in enumerate(view.tokens)}
    ends = {t.end: i + 1 for i, t in enumerate(view.tokens)}
    for match in _DURATION.finditer(view.text):
        if match.group().split()[0].casefold() in {"a", "an", "one"}:
            # "in a year", "One day": a rate or an idiom; "about an hour" is a duration.
            continue
        first, last = starts.get(match.start()), ends.get(match.end())
        if first is None or last is None or any(a < last and first < b for a, b in taken):
            continue
        out.append(Span("QUANTITY", match.group(), first, last, match.start(), match.end()))
    return out


def _term_spans(view: SentenceView, taken: list[tuple[int, int]]) -> list[Span]:
    """Return key-term spans: the noun-headed core of each chunk that no entity overlaps."""
    out: list[Span] = []
    tokens = view.tokens
    for chunk in view.sentence.chunks:
        first = chunk.first - view.first_token
        last = chunk.last - view.first_token
        if first < 0 or last > len(tokens):
            continue
        # Cut the chunk at punctuation, keep the noun-headed tail, at most three words.
        head = last
        while head > first and tokens[head - 1].tag not in _TERM_HEAD_TAGS:
            head -= 1
        if head == first or not tokens[head - 1].text.isalpha():
            continue
        start = head - 1
        while (
            start > first
            and head - start < 3
            and tokens[start - 1].tag in _TERM_MODIFIER_TAGS
            and _MODIFIER.fullmatch(tokens[start - 1].text)
            and not _is_number_word(tokens[start - 1].text)
            and tokens[start - 1].text.casefold() not in _GENERIC_MODIFIERS
        ):
            start -= 1
        # "how long radioactivity lasts": the adjective belongs to "how", not to the noun.
        while (
            start < head - 1
            and start > 0
            and tokens[start - 1].text.casefold() in _DEGREE_WORDS
            and tokens[start].tag.startswith("JJ")
        ):
            start += 1
        if tokens[head - 1].text.casefold() in _ORDINALS:
            continue
        if any(a < head and start < b for a, b in taken):
            continue
        words = tokens[start:head]
        out.append(
            Span(
                "NP",
                view.text[words[0].start : words[-1].end],
                start,
                head,
                words[0].start,
                words[-1].end,
            )
        )
    return out


def _article_subject(title: str) -> tuple[frozenset[str], str]:
    """Return what a title names as the article's subject: its normal forms, and its head noun.

    "The Channel Tunnel: thirty years under the sea" is about "Channel Tunnel",
    a tunnel. A headline that is a sentence has no head noun: only the short
    name before a colon or dash, or a title of at most four words, gives one.
    """
    subject = re.split(r"\s*(?::|\s[-–—|]\s)\s*", title.strip(), maxsplit=1)[0]
    names = frozenset(n for n in (normal_form(title), normal_form(subject)) if n)
    words = re.findall(r"[A-Za-z]+", subject)
    head = lexicon.noun_lemma(words[-1].casefold()) if 0 < len(words) <= 4 else ""
    return names, head


def _code_spans(view: SentenceView, taken: list[tuple[int, int]]) -> list[Span]:
    """Return names written as codes, which the entity layer leaves untyped: "COVID-19", "H1N1".

    They are specific and often the point of a sentence, but of no kind with
    believable wrong options, so they are "name" answers (cloze only).
    """
    out: list[Span] = []
    for at, token in enumerate(view.tokens):
        if not _CODE.fullmatch(token.text) or any(a <= at < b for a, b in taken):
            continue
        out.append(Span("CODE", token.text, at, at + 1, token.start, token.end))
    return out


def _is_number_word(word: str) -> bool:
    """Return True for "six", "six-seven", "twenty-one": counts, not parts of a term."""
    from quizgen.generate.distractors.numbers import NUMBER_WORDS

    return all(part.casefold() in NUMBER_WORDS for part in word.split("-"))


def _candidate(
    view: SentenceView,
    span: Span,
    mentions: Counter[str],
    n_sentences: int,
    title_words: set[str],
    subject: tuple[frozenset[str], str] = (frozenset(), ""),
) -> tuple[Candidate | None, str]:
    tokens = view.tokens
    words = tokens[span.first : span.last]
    kind = kind_of(span.label, span.text)
    if all(lexicon.is_stopword(t.text) or not any(ch.isalnum() for ch in t.text) for t in words):
        return None, "stopword-or-pronoun"
    if abusive(span.text):
        return None, "offensive"
    if kind in NAME_KINDS or kind == "name":
        if " and " in span.text or " or " in span.text:
            return None, "several-names-in-one"
        if is_common_word_name(span.text) or lexicon.is_stopword(span.text.split()[-1]):
            return None, "not-a-name"  # "Advertisement The": a page's debris, not a name
        before = tokens[span.first - 1] if span.first > 0 else None
        after = tokens[span.last] if span.last < len(tokens) else None
        if (
            before is not None
            and span.first > 1
            and before.text[:1].isupper()
            and before.text.casefold().rstrip(".") not in TITLES
        ) or (after is not None and after.tag.startswith("NNP") and after.text[:1].isupper()):
            return None, "part-of-a-name"
        if _joined_to_a_name(tokens, span.first, span.last):
            return None, "part-of-a-name"
        if (
            span.first == 1
            and before is not None
            and before.text.isalpha()
            and not lexicon.is_stopword(before.text)
            and before.text.casefold() not in TITLES
            and span.text[:1].isupper()
        ):
            # The view capitalises its first word: "Nna Berg" or "Yesterday Putin" cannot be
            # told from a two-word name, so the reader might see half a name blanked.
            return None, "part-of-a-name"
        if (
            kind == "person"
            and span.last - span.first == 1
            and span.last + 2 < len(tokens)
            and tokens[span.last].text == "and"
            and all(t.tag.startswith("NNP") for t in tokens[span.last + 1 : span.last + 3])
        ):
            return None, "part-of-a-name"  # "Marie" of "Marie and Pierre Curie"
    if (
        kind in {"number", "quantity"}
        and span.value is not None
        and span.value < 2
        and (span.value == 1 or not any(ch.isdigit() for ch in span.text))
    ):
        # "one of the...", "a single": not a fact to ask; "0.2 inhabitants per km2" is one.
        return None, "trivial-number"
    if kind in {"number", "quantity"} and _counted_in_sentence(view.text, span):
        # "There are _____ kinds of battery: disposable and rechargeable": the list counts.
        return None, "answer-in-sentence"
    if kind == "date" and _RELATIVE_DATE.fullmatch(span.text):
        # "On Wednesday afternoon", "last week": when the article was written, not a fact.
        return None, "relative-date"
    if kind == "term" and _title_before_a_name(tokens, span.last):
        # "spokesman Ben Padovan said": a role before a name, not a fact of the article.
        return None, "title-of-a-name"
    if _spelled_out(tokens, span.first, span.last):
        # "Federal Communications Commission ({{FCC}})": its expansion gives it away.
        return None, "answer-in-sentence"
    if kind in NUMERIC_KINDS and _converted(tokens, span.first):
        # "2,900 kilometres (1,800 mi)": the same fact again in other units.
        return None, "unit-conversion"
    scored = span
    if _repeated_in_sentence(view.text, span, kind):
        trimmed = _distinguishing_modifiers(view, span, kind)
        if trimmed is None:
            return None, "answer-in-sentence"
        span = trimmed
    if kind not in NUMERIC_KINDS and _derived_in_sentence(view.text, span, kind):
        # "herbivores or _____, most sea turtles being carnivorous"; "Cairo ... in _____'s
        # flag, the Egyptian crowd": a word made from the answer gives it away.
        return None, "answer-in-sentence"
    names, head = subject
    if normal_form(span.text) in names or (
        kind == "term" and span.last - span.first == 1 and lexicon.noun_lemma(span.text) == head
    ):
        # "Warsaw" in an article called "Warsaw", "tunnel" in "The Channel Tunnel: ...":
        # the deck's title gives it away.
        return None, "the-article-subject"
    score, reasons = _score(view, scored, kind, mentions, n_sentences, title_words)
    if score <= 0:
        return None, "not-salient"
    return Candidate(
        sentence=view.index,
        text=span.text,
        kind=kind,
        label=span.label,
        first=span.first,
        last=span.last,
        start=span.start,
        end=span.end,
        doc_start=view.doc_offset(span.start),
        doc_end=view.doc_offset(span.end),
        value=span.value,
        unit=span.unit,
        score=score,
        reasons=reasons,
    ), ""


def _counted_in_sentence(text: str, span: Span) -> bool:
    """Return True when the words after a small count list that many things, or say "one ...
    the other" for two: "the Big Four labels: Sony, Universal, Warner and EMI"."""
    value = span.value
    if value is None or value != int(value) or not 2 <= value <= 10:
        return False
    rest = text[span.end :]
    if value == 2 and re.search(r"\bone\b.*\b(?:the other|another)\b", rest):
        return True
    opening = _LIST_OPENING.search(rest)
    if opening is None:
        return False
    listed = _LIST_CLOSING.split(rest[opening.end() :], maxsplit=1)[0]
    # Items up to the one after the first "and"/"or": "A, B and C, which..." lists three.
    for items, separator in enumerate(_LIST_SEPARATOR.finditer(listed), start=1):
        if re.search(r"\b(?:and|or)\b", separator.group()):
            return items + 1 == value
    return False


def _joined_to_a_name(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Return True when "of (the)"/"for the"/"'s" joins the span to a capitalised word.

    "the Commission for the Protection of the Danube River" is one name; the NLP
    layer sometimes cuts it in two, and blanking either half reads as nonsense.
    "to Belarus for COVID-19 vaccine" is not joined: "for" alone is no joiner.
    """
    at = first
    while at > 0 and tokens[at - 1].text.casefold() in _NAME_JOINERS:
        at -= 1
    joiner = tuple(t.text.casefold() for t in tokens[at:first])
    if (
        joiner in _JOINS
        and at > 1
        and tokens[at - 1].text[:1].isupper()
        and tokens[at - 1].tag.startswith("NN")
    ):
        return True
    if (
        last + 1 < len(tokens)
        and tokens[last].text in {"'s", "’s"}
        and tokens[last + 1].text[:1].isupper()
        and tokens[last + 1].tag.startswith("NNP")
    ):
        return True  # "Levi" of "Levi's Stadium"
    at = last
    while at < len(tokens) and tokens[at].text.casefold() in _NAME_JOINERS:
        at += 1
    joiner = tuple(t.text.casefold() for t in tokens[last:at])
    return joiner in _JOINS and at < len(tokens) and tokens[at].text[:1].isupper()


def _distinguishing_modifiers(view: SentenceView, span: Span, kind: str) -> Span | None:
    """Return the words that set a term apart from another of the sentence with its head noun.

    "the innate immune system versus the adaptive immune system": blanking a
    whole term leaves its head beside the blank, but what a reader must recall
    is which kind, "the _____ immune system". None without such a contrast, or
    when those words are said elsewhere in the sentence too.
    """
    if kind != "term" or span.last - span.first < 2:
        return None
    tokens = view.tokens
    ours = [lexicon.noun_lemma(t.text) for t in tokens[span.first : span.last]]
    shared = 0
    for at in range(len(tokens)):
        if span.first <= at < span.last or lexicon.noun_lemma(tokens[at].text) != ours[-1]:
            continue
        same = 1  # the head; then the modifiers before both, while they agree
        while (
            same < len(ours)
            and at - same >= 0
            and lexicon.noun_lemma(tokens[at - same].text) == ours[-1 - same]
        ):
            same += 1
        other = tokens[at - same] if at - same >= 0 else None
        if (
            same < len(ours)
            and other is not None
            and other.tag in _TERM_MODIFIER_TAGS | {"VBN"}
            and _MODIFIER.fullmatch(other.text)
            and other.text.casefold() not in _GENERIC_MODIFIERS
        ):
            shared = max(shared, same)
    if not shared:
        return None
    words = tokens[span.first : span.last - shared]
    trimmed = Span(
        "NP",
        view.text[words[0].start : words[-1].end],
        span.first,
        span.last - shared,
        words[0].start,
        words[-1].end,
    )
    return None if _repeated_in_sentence(view.text, trimmed, "modifier") else trimmed


def _derived_in_sentence(text: str, span: Span, kind: str) -> bool:
    """Return True when a word outside the blank is made from an answer word: "carnivorous"
    beside "carnivores", "Egyptian" beside "Egypt" (a name's derived word is capitalised).

    A common word is no clue: "economic" beside "economy" says little.
    """
    by_prefix, counts = _sentence_words(text)
    inside = Counter(re.findall(r"[A-Za-z]+", span.text))
    for word in inside:
        lower = word.casefold()
        if len(lower) < 5 or lower in gazetteer.ORG_WORDS or lower in gazetteer.FEATURE_WORDS:
            continue  # "University" of two universities' names gives neither away
        if kind == "term" and lexicon.zipf(lower) > _DERIVED_CLUE_ZIPF:
            continue
        stem = lower[: max(5, len(lower) - 2)]
        for other in by_prefix.get(lower[:5], ()):
            folded = other.casefold()
            if (
                counts[other] > inside[other]
                and folded != lower
                and folded.startswith(stem)
                and folded not in {lower + "s", lower + "es"}
                and (len(lower) > 5 or other[:1].isupper())
            ):
                return True
    return False


@word_cache(maxsize=256)
def _sentence_words(text: str) -> tuple[dict[str, list[str]], Counter[str]]:
    """Return a sentence's words by their first five letters (folded), and their counts."""
    counts = Counter(re.findall(r"[A-Za-z]+", text))
    by_prefix: dict[str, list[str]] = {}
    for word in counts:
        if len(word) >= 5:
            by_prefix.setdefault(word[:5].casefold(), []).append(word)
    return by_prefix, counts


def _repeated_in_sentence(text: str, span: Span, kind: str) -> bool:
    """Return True when the sentence shows the answer (or a name's surname) outside the blank."""
    needles = [span.text]
    if kind in NAME_KINDS:
        # A surname gives its person away; of other names only a distinctive word does:
        # "Apollo" beside "Project Apollo", not "European" beside "European Parliament".
        needles += [
            w
            for w in span.text.split()
            if len(w) > 3
            and w[:1].isupper()
            and (kind == "person" or lexicon.zipf(w.casefold()) < _DISTINCTIVE_ZIPF)
        ]
    elif kind == "term":
        head = span.text.split()[-1]
        needles.append(lexicon.noun_lemma(head))
    # Whole words of the sentence, and of the answer, each counted once per occurrence.
    sentence = f" {normal_form(text)} "
    answer = f" {normal_form(span.text)} "
    for needle in needles:
        norm = normal_form(needle)
        if not norm:
            continue
        for form in (norm, norm + "s", norm + "es"):
            if sentence.count(f" {form} ") > answer.count(f" {form} "):
                return True
    return False


def _score(
    view: SentenceView,
    span: Span,
    kind: str,
    mentions: Counter[str],
    n_sentences: int,
    title_words: set[str],
) -> tuple[float, tuple[str, ...]]:
    """Return (score in 0..1, reasons): central? specific? not guessable from its sentence?"""
    score = _BASE_SCORE.get(kind, 0.5)
    reasons = [f"{kind}"]
    count = mentions[_mention_key(span.text, kind)]
    if count >= 2:
        score += min(0.15, 0.05 * (count - 1))
        reasons.append(f"mentioned {count}x in the article")
    if view.index < max(3, n_sentences // 5):
        score += 0.05
        reasons.append("lead of the article")
    if kind == "term":
        words = span.text.split()
        head = words[-1]
        head_zipf = lexicon.zipf(head)
        modifier_zipf = min((lexicon.zipf(w) for w in words[:-1]), default=7.0)
        if (
            head.casefold() in lexicon.VAGUE_NOUNS
            or lexicon.noun_lemma(head) in lexicon.VAGUE_NOUNS
        ):
            return 0.0, ()
        if not lexicon.is_noun(head) and (
            head.casefold().endswith(("ing", "ed")) or _verb_form(head)
        ):
            return 0.0, ()  # "a leaking shed", "Spiegler remembers": a verb tagged as a noun
        if lexicon.is_unit(head):
            return 0.0, ()  # "several tonnes": the unit is not the fact, the number is
        after = view.tokens[span.last] if span.last < len(view.tokens) else None
        if after is not None and (after.tag == "RP" or after.text.casefold() in _PARTICLES):
            return 0.0, ()  # "Season 3 wraps up": a verb tagged as a noun
        if after is not None and after.text == "by" and _participle(head):
            return 0.0, ()  # "a tunnel lit by oil lamps": a participle tagged as a noun
        if lexicon.noun_lemma(head) in title_words and head_zipf <= 5.0:
            score += 0.2
            reasons.append("in the article's title")
        elif head_zipf <= 3.5 and (len(words) > 1 or count >= 2 or head_zipf <= _TECHNICAL_ZIPF):
            score += 0.25
            reasons.append(f"rare in general English (zipf {head_zipf:.1f})")
        elif head_zipf <= 3.5:
            # One plain word said once ("benches", "pond"): rare, but rarely the point.
            score -= 0.1
            reasons.append(f"a single word said once (zipf {head_zipf:.1f})")
        elif len(words) == 1 and count < 2 and head_zipf <= 4.0:
            return 0.0, ()  # "skies", "headlines" said once: a plain word, not a key term
        elif head_zipf <= 4.0:
            score += 0.1
            reasons.append(f"uncommon in general English (zipf {head_zipf:.1f})")
        elif modifier_zipf <= 3.5 and head_zipf <= 5.0:
            score += 0.05
            reasons.append(f"specific compound (zipf {modifier_zipf:.1f})")
        elif (
            len(words) > 1
            and span.label == "NP"
            and head_zipf <= 4.7
            and _noun_compound(view.tokens[span.first : span.last])
        ):
            reasons.append("compound term")  # "energy sector": specific though its words are not
        else:
            return 0.0, ()  # a common word: not a key term, however often it is said
    elif kind in NUMERIC_KINDS or kind in DATE_KINDS:
        reasons.append("specific value")
    n_tokens = len(view.tokens)
    if n_tokens > 40:
        score -= 0.1
        reasons.append("long sentence")
    if view.resolved:
        score -= 0.03
        reasons.append(f"pronoun resolved to {view.resolved}")
    return round(max(0.0, min(1.0, score)), 3), tuple(reasons)


def _title_before_a_name(tokens: tuple[Token, ...], last: int) -> bool:
    """Return True when a capitalised name follows the span directly: "analyst Guy Peddy"."""
    return (
        last + 1 < len(tokens)
        and tokens[last].tag == "NNP"
        and tokens[last + 1].tag == "NNP"
        and tokens[last].text[:1].isupper()
    )


def _spelled_out(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Return True for an acronym in brackets after its expansion, or an expansion before its
    acronym in brackets: "Federal Communications Commission (FCC)", either way round."""

    def initials(words: Sequence[Token]) -> str:
        return "".join(w.text[0] for w in words if w.text[:1].isupper())

    def acronym_at(at: int) -> str:
        inside = at < len(tokens) and tokens[at].text.isupper() and tokens[at].text.isalpha()
        closed = at + 1 < len(tokens) and tokens[at + 1].text == ")"
        return tokens[at].text if inside and closed else ""

    if first > 1 and tokens[first - 1].text == "(" and last == first + 1:
        acronym = acronym_at(first)
        before = tokens[max(0, first - 1 - len(acronym) - 2) : first - 1]
        return bool(acronym) and initials(before).endswith(acronym)
    if last < len(tokens) and tokens[last].text == "(":
        acronym = acronym_at(last + 1)
        return bool(acronym) and initials(tokens[first:last]) == acronym
    return False


def _converted(tokens: tuple[Token, ...], first: int) -> bool:
    """Return True for a value in brackets right after another value: "50 km (31 mi)"."""
    if first < 2 or tokens[first - 1].text not in ("(", "-LRB-"):
        return False
    return any(t.tag == "CD" for t in tokens[max(0, first - 4) : first - 1])


def _participle(word: str) -> bool:
    """Return True for an inflected verb form ("lit" of "light"), not a verb's own base form."""
    base = lexicon.wordnet().morphy(word.casefold(), "v")
    return bool(base) and base != word.casefold()


def _verb_form(word: str) -> bool:
    """Return True when WordNet knows the lower-case word only as a verb form ("remembers")."""
    return word.islower() and bool(lexicon.wordnet().morphy(word, "v"))


def _noun_compound(tokens: tuple[Token, ...]) -> bool:
    """Return True when every word is a noun ("energy sector", not "regional level")."""
    return all(t.tag in {"NN", "NNS"} for t in tokens)


def _mention_key(text: str, kind: str = "") -> str:
    words = normal_form(text).split()
    if not words:
        return ""
    return lexicon.noun_lemma(words[-1]) if kind == "term" else words[-1]


def _mention_counts(document: Document) -> Counter[str]:
    """Count how often each name's last word / each term's head is mentioned in the article."""
    counts: Counter[str] = Counter()
    for sentence in document.sentences:
        for token in sentence.tokens:
            if token.tag in {"NN", "NNS"}:
                counts[lexicon.noun_lemma(token.text)] += 1
            elif token.tag.startswith("NN"):
                counts[normal_form(token.text)] += 1
    return counts
