"""Which sentences can stand alone as a question, and their cleaned text.

A question shows one sentence out of its article, so that sentence must make
sense alone: leading connectives ("However,") are dropped, a sentence-initial
"He"/"She"/"It" is replaced by the entity it refers to when that is safe,
and sentences that need their neighbours (first-person quotes, "This", "They")
are not used.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from quizgen.nlp.document import Document, Sentence, Token

CONNECTIVE = re.compile(
    r"^(?:however|meanwhile|moreover|furthermore|in addition|additionally|also|nevertheless|"
    r"nonetheless|still|thus|therefore|hence|consequently|as a result|instead|indeed|notably|"
    r"besides|likewise|similarly|in turn|at the same time|of course|in fact|recall that|"
    r"note that|but|and|so|yet|then)\b,?\s+",
    re.IGNORECASE,
)
# Lines that are not article prose even when a reader let them through.
NOT_PROSE = re.compile(
    r"^(?:photo|image|picture|caption|credit|source|sources|read more|see also|related|"
    r"copyright|video|advertisement|tags?)\s*[:|-]",
    re.IGNORECASE,
)
_FIRST_SECOND_PERSON = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves".split()
    + ["’ve", "'ve", "’m", "'m", "’ll", "'ll"]
)
_NEEDS_CONTEXT = frozenset(
    "they them their this these those that such its his her both another".split()
)
_PERSON_PRONOUNS = frozenset({"he", "she"})
_FINITE_VERB = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OPEN_QUOTES = ("“", '"', "‘", "«", "``")
_CLOSE_QUOTES = ("”", '"', "’", "»", "''")
MIN_TOKENS = 6
MAX_TOKENS = 60


@dataclass(frozen=True)
class SentenceView:
    """A sentence as a question shows it: cleaned text, with tokens in the view's own offsets.

    `cut` is how many characters of the original sentence were dropped at its
    start and `prefix` what replaced them (the entity a pronoun stands for), so
    that `view_offset(doc_offset)` maps article offsets into `text`.
    """

    index: int
    sentence: Sentence
    text: str
    tokens: tuple[Token, ...]
    first_token: int  # index in sentence.tokens of the first token still shown
    cut: int
    prefix: str
    resolved: str = ""  # the entity that replaced a leading pronoun, if any

    def view_offset(self, doc_offset: int) -> int:
        """Return where article offset `doc_offset` falls in `text`."""
        return doc_offset - self.sentence.start - self.cut + len(self.prefix)

    def shows(self, doc_start: int) -> bool:
        """Return True if the article text at `doc_start` is still part of the view."""
        return doc_start - self.sentence.start >= self.cut


@dataclass(frozen=True)
class ArticleContext:
    """What the article is about: its main person and its main place or organisation."""

    main_person: str
    main_thing: str
    person_mentions: Counter[str]
    # Sentences that continue a quotation opened in an earlier sentence: someone's words,
    # often with "we" or "they" that the reader cannot place.
    quoted: frozenset[int] = frozenset()


def article_context(document: Document) -> ArticleContext:
    """Return the article's most mentioned person and place/organisation (by surname or name)."""
    people: Counter[str] = Counter()
    longest: dict[str, str] = {}
    things: Counter[str] = Counter()
    for sentence in document.sentences:
        for entity in sentence.entities:
            if entity.label == "PERSON":
                key = entity.text.split()[-1]
                people[key] += 1
                if len(entity.text) > len(longest.get(key, "")):
                    longest[key] = entity.text
            elif entity.label in {"ORG", "GPE", "LOC"}:
                things[entity.text] += 1
    main_person = ""
    if people:
        (top, top_count), *rest = people.most_common(2) + [("", 0)]
        # Only "safe" when one person clearly dominates the article.
        if top_count >= 2 * rest[0][1] or len(people) == 1:
            main_person = longest[top]
    main_thing = things.most_common(1)[0][0] if things else ""
    return ArticleContext(main_person, main_thing, people, _quoted_sentences(document))


def _quoted_sentences(document: Document) -> frozenset[int]:
    """Return the indexes of sentences that start inside an open quotation."""
    inside: set[int] = set()
    is_open = False
    previous_end = 0
    for index, sentence in enumerate(document.sentences):
        if "\n" in document.text[previous_end:sentence.start]:
            is_open = False  # a new paragraph: a quotation that runs on reopens with a new mark
        if is_open:
            inside.add(index)
        for token in sentence.tokens:
            if token.text in ("“", "``", "«"):
                is_open = True
            elif token.text in ("”", "''", "»"):
                is_open = False
            elif token.text == '"':
                is_open = not is_open
        previous_end = sentence.end
    return frozenset(inside)


def sentence_view(
    document: Document, index: int, context: ArticleContext
) -> tuple[SentenceView | None, str]:
    """Return the question-ready view of sentence `index`, or (None, reason it is unusable)."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = [t.text.casefold() for t in tokens]
    if NOT_PROSE.match(sentence.text):
        return None, "not-prose"
    if index in context.quoted:
        return None, "inside-quotation"
    if len(tokens) < MIN_TOKENS:
        return None, "too-short"
    if len(tokens) > MAX_TOKENS:
        return None, "too-long"
    if sentence.text.rstrip("”\"’» ").endswith("?"):
        return None, "question-sentence"
    colon = _colon_before_quote(tokens)
    if colon is not None:
        # "X commented on Y: “<quotation>”": the part before the colon stands alone.
        tokens = tokens[:colon]
        words = words[:colon]
    if any(w in _FIRST_SECOND_PERSON for w in words):
        return None, "first-person-quote"
    if not any(t.tag.startswith("VB") or t.tag == "MD" for t in tokens):
        return None, "no-verb"

    # Unbalanced quote marks at the edges belong to a quotation cut by the sentence splitter.
    first = 0
    while first < len(tokens) and tokens[first].text in _OPEN_QUOTES:
        first += 1
    last = len(tokens)
    while last > first and tokens[last - 1].text in _CLOSE_QUOTES:
        last -= 1
    if not _quotes_balanced(tokens[first:last]):
        return None, "broken-quote"

    text_from = tokens[first].start - sentence.start
    match = CONNECTIVE.match(sentence.text[text_from:])
    while match:
        text_from += match.end()
        match = CONNECTIVE.match(sentence.text[text_from:])
    # Resume at a token boundary.
    first_token = next(
        (i for i, t in enumerate(tokens) if t.start - sentence.start >= text_from), len(tokens)
    )
    if first_token >= last:
        return None, "too-short"
    prefix = ""
    resolved = ""
    lead = tokens[first_token].text.casefold()
    if lead in _PERSON_PRONOUNS or lead == "it":
        resolved = _resolve(document, index, first_token, context)
        if not resolved:
            return None, "unresolved-pronoun"
        prefix = resolved
        first_token += 1
    elif lead in _NEEDS_CONTEXT or (
        first_token + 1 < len(tokens) and (lead, tokens[first_token + 1].text.casefold()) in {
            ("the", "latter"), ("the", "former"), ("the", "same"), ("all", "others"),
            ("the", "others"), ("the", "rest"), ("some", "others")}
    ):
        return None, "needs-context"

    cut = tokens[first_token].start - sentence.start if first_token < len(tokens) else 0
    end = tokens[last - 1].end - sentence.start
    body = sentence.text[cut:end]
    if prefix:
        text = f"{prefix} {body}"
        prefix = prefix + " "
    else:
        text = body[:1].upper() + body[1:]
    if text[-1:] not in ".!":
        text += "."
    shift = len(prefix) - cut
    view_tokens = tuple(
        Token(t.text, t.tag, t.start - sentence.start + shift, t.end - sentence.start + shift)
        for t in tokens[first_token:last]
    )
    if len(view_tokens) < MIN_TOKENS - 1:
        return None, "too-short"
    return SentenceView(index, sentence, text, view_tokens, first_token, cut, prefix, resolved), ""


def _colon_before_quote(tokens: tuple[Token, ...]) -> int | None:
    """Return the index of a colon that opens a quotation, if the words before it make a clause."""
    for i, token in enumerate(tokens[:-1]):
        if token.text == ":" and tokens[i + 1].text in _OPEN_QUOTES:
            before = tokens[:i]
            if len(before) >= MIN_TOKENS and any(t.tag in _FINITE_VERB for t in before):
                return i
            return None
    return None


def _quotes_balanced(tokens: tuple[Token, ...]) -> bool:
    """Return True when quotation marks pair up, or the only one closes a cut-off quotation.

    "<quoted words>,” said X." is kept: the sentence splitter cut the opening
    quote off into the previous sentence, but the sentence reads whole.
    """
    texts = [t.text for t in tokens]
    opens = sum(t in ("“", "``", "«") for t in texts)
    closes = sum(t in ("”", "''", "»") for t in texts)
    straight = texts.count('"')
    if opens == closes and straight % 2 == 0:
        return True
    closers = [i for i, t in enumerate(texts) if t in ("”", "''", '"')]
    return opens == 0 and len(closers) == 1 and 0 < closers[0] < len(texts) - 2


def _resolve(document: Document, index: int, token_index: int, context: ArticleContext) -> str:
    """Return the entity a leading "He"/"She"/"It" refers to, or "" when unsure."""
    sentence = document.sentences[index]
    pronoun = sentence.tokens[token_index].text.casefold()
    previous = document.sentences[index - 1] if index > 0 else None
    following = sentence.tokens[token_index + 1] if token_index + 1 < len(sentence.tokens) else None
    if following is None or following.tag not in _FINITE_VERB:
        return ""
    if pronoun in _PERSON_PRONOUNS:
        if previous is not None:
            people = {e.text.split()[-1]: e.text for e in previous.entities if e.label == "PERSON"}
            if len(people) == 1:
                surname, name = next(iter(people.items()))
                return _longest_name(document, surname) or name
            if len(people) > 1:
                return ""
        return context.main_person
    # "It is clear that..." / "It was important to...": the "it" stands for nothing.
    after = sentence.tokens[token_index + 2] if token_index + 2 < len(sentence.tokens) else None
    if following.text.casefold() in {"is", "was", "'s", "’s"} and (
        after is None or after.tag.startswith("JJ") or after.text.casefold() in {"that", "to"}
    ):
        return ""
    if previous is None:
        return ""
    things = [e for e in previous.entities if e.label in {"ORG", "GPE", "LOC"}]
    people = [e for e in previous.entities if e.label == "PERSON"]
    if len({e.text for e in things}) == 1 and not people and things[0].first <= 1:
        return things[0].text
    return ""


def _longest_name(document: Document, surname: str) -> str:
    best = ""
    for sentence in document.sentences:
        for entity in sentence.entities:
            if (entity.label == "PERSON" and entity.text.split()[-1] == surname
                    and len(entity.text) > len(best)):
                best = entity.text
    return best
