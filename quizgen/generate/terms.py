"""Key terms: whether a noun phrase is specific and central enough to be worth recalling.

A learner who read the article learns nothing by recalling "researcher",
"health institutions" or "a civilized gesture": generic words and phrases of
common words. A key term is

- specific: a word rare in general English (wordfreq), a compound WordNet lists
  ("river blindness", "silicon dioxide"), a compound with a technical modifier
  or head ("paracrine signalling", "integration roadmaps"), a compound the
  article keeps using ("fashion magazines"), or a term the article defines
  ("an extension called an axon", "X is a kind of Y");
- and central: said more than once in the article, or defined there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from quizgen.generate import lexicon
from quizgen.generate.caches import word_cache
from quizgen.nlp.document import Document, Token

# A single word rarer than this is technical ("pitchblende", "avermectin"): specific even
# said once, as a sentence rarely names one in passing.
TECHNICAL_ZIPF = 2.5
# A single word as rare as this, said twice or more, is a key term ("roadmaps", "retina").
RARE_WORD_ZIPF = 3.5
# A word the title names and the text repeats is central; this rare, it is specific too.
TITLE_WORD_ZIPF = 4.0
# The head of a compound rarer than this makes it specific ("renal medulla").
RARE_HEAD_ZIPF = 3.0
# An adjective rarer than this classifies its noun ("renal", "paracrine"); a commoner one
# only describes it ("healthy chicks", "previous outbreaks") and is left out of the term.
CLASSIFYING_ADJECTIVE_ZIPF = 3.5
# A modifier rarer than this makes a compound specific if its head is not too common.
RARE_MODIFIER_ZIPF = 3.0
COMMON_HEAD_ZIPF = 4.5
# A fixed compound said once is a key term only with a head this rare ("river blindness").
FIXED_ONCE_ZIPF = 4.0
# A contrast ("the _____ immune system") is worth asking when the words that tell the two
# kinds apart are this rare: "temperate", not "digital", "manual" or "world".
CONTRAST_ZIPF = 3.5
# Words before a term that define it: "an extension called an axon", "known as".
_NAMING_VERBS = frozenset({"called", "termed", "dubbed", "named"})
_NAMING_PHRASES = (("known", "as"), ("referred", "to", "as"), ("defined", "as"))
_DETERMINERS = frozenset({"a", "an", "the"})
# "Y, a kind of X": the words that make an apposition a definition.
_KIND_WORDS = frozenset({"kind", "type", "form", "sort", "class", "group", "family", "member"})
_COPULAS = frozenset({"is", "are"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
_PHRASE_TAGS = frozenset({"NN", "NNS", "JJ"})


def word_zipf(word: str) -> float:
    """Return how common a noun is, as the commoner of its form and its singular.

    "outbreaks" (3.4) is as general as "outbreak" (4.0): a plural is rarer only
    because it is a plural.
    """
    return max(lexicon.zipf(word.casefold()), lexicon.zipf(lexicon.noun_lemma(word)))


def phrase_key(words: Sequence[str]) -> str:
    """Return the key a compound is counted under: its words folded, the head singular."""
    *modifiers, head = words
    return " ".join([*(w.casefold() for w in modifiers), lexicon.noun_lemma(head)])


def phrase_counts(document: Document) -> Counter[str]:
    """Count the two- and three-word noun compounds of the article ("integration roadmap")."""
    counts: Counter[str] = Counter()
    for sentence in document.sentences:
        tokens = sentence.tokens
        run: list[str] = []
        for token in (*tokens, None):
            if token is not None and token.tag in _PHRASE_TAGS and token.text.isalpha():
                run.append(token.text)
                if token.tag in _NOUN_TAGS:
                    for size in (2, 3):
                        if len(run) >= size:
                            counts[phrase_key(run[-size:])] += 1
            else:
                run = []
    return counts


@word_cache
def is_fixed_compound(words: str) -> bool:
    """Return True when WordNet lists the compound as one noun ("fishing boat", "bird flu")."""
    return bool(lexicon.wordnet().morphy(words.casefold().replace(" ", "_"), "n"))


def keeps_adjective(adjective: Token, head: str) -> bool:
    """Return True when an adjective belongs to the term before its noun.

    A rare lower-case adjective classifies ("renal medulla", "paracrine
    signalling"); a common one, or a nationality, only describes ("healthy
    chicks", "Indonesian helicopters"), unless WordNet lists the two as one term.
    """
    word = adjective.text
    if word.islower() and lexicon.zipf(word) <= CLASSIFYING_ADJECTIVE_ZIPF:
        return True
    return is_fixed_compound(f"{word} {head}")


def defined_in_sentence(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Return True when the sentence defines the term at `[first, last)`.

    "a long extension called an axon", "what is known as X", "carnivorous, or
    animal-eating, turtles", "X, a kind of Y", and "X is a Y" with X opening the
    sentence.
    """
    at = first
    while at > 0 and tokens[at - 1].text.casefold() in _DETERMINERS:
        at -= 1
    before = [t.text.casefold() for t in tokens[max(0, at - 3) : at]]
    if before and before[-1] in _NAMING_VERBS:
        return True
    if any(tuple(before[-len(p) :]) == p for p in _NAMING_PHRASES):
        return True
    after = [t.text.casefold() for t in tokens[last : last + 6]]
    if before[-2:] == [",", "or"] and at == first and after[:1] == [","]:
        # "disposable, or primary, batteries": a second name for the same thing (not the
        # last item of a list: "HIV/AIDS, or the use of drugs").
        return True
    if after[:1] == [","] and after[1:2] in (["a"], ["an"]):
        kind = next((i for i, w in enumerate(after) if w in _KIND_WORDS), None)
        if kind is not None and after[kind + 1 : kind + 2] == ["of"]:
            return True
    # "Artemisinin is a drug...": a rare word opening the sentence; not "The patient is a man".
    opens = all(t.text.casefold() in _DETERMINERS for t in tokens[:first])
    copula = after[:1] != [] and after[0] in _COPULAS and after[1:2] in (["a"], ["an"])
    return opens and copula and word_zipf(tokens[last - 1].text) <= RARE_WORD_ZIPF


def specificity(
    tokens: Sequence[Token],
    first: int,
    last: int,
    mentions: int,
    phrase_mentions: int,
    in_title: bool = False,
) -> tuple[float, str]:
    """Return (score bonus, reason) for a key term at `[first, last)`, or (0, "") if it is not one.

    `mentions` counts the head noun in the article, `phrase_mentions` the whole
    compound (0 for one word); `in_title` says the article's title names it.
    """
    words = [t.text for t in tokens[first:last]]
    head = words[-1]
    head_zipf = word_zipf(head)
    if defined_in_sentence(tokens, first, last):
        return 0.25, "defined in the article"
    if len(words) == 1:
        if head_zipf <= TECHNICAL_ZIPF:
            return 0.25, f"technical word (zipf {head_zipf:.1f})"
        if head_zipf <= RARE_WORD_ZIPF and mentions >= 2:
            return 0.2, f"rare in general English (zipf {head_zipf:.1f}), said {mentions}x"
        if head_zipf <= TITLE_WORD_ZIPF and mentions >= 2 and in_title:
            return 0.1, f"named in the title, said {mentions}x"
        return 0.0, ""  # a common word, or one said once in passing
    said = max(mentions, phrase_mentions)
    modifier_zipf = min(lexicon.zipf(w.casefold()) for w in words[:-1])
    if is_fixed_compound(" ".join(words[-2:])) or is_fixed_compound(" ".join(words)):
        if said >= 2:
            return 0.2, "a fixed term"
        if head_zipf <= FIXED_ONCE_ZIPF:
            return 0.1, "a fixed term, said once"
        return 0.0, ""  # "car factories", "long distances": listed, but plain words
    if head_zipf <= RARE_HEAD_ZIPF:
        if said >= 2 or head_zipf <= TECHNICAL_ZIPF:
            return 0.25, f"rare in general English (zipf {head_zipf:.1f})"
        return 0.0, ""
    if modifier_zipf <= RARE_MODIFIER_ZIPF and head_zipf <= COMMON_HEAD_ZIPF:
        if said >= 2 or modifier_zipf <= TECHNICAL_ZIPF:
            return 0.15, f"technical compound (zipf {modifier_zipf:.1f})"
        return 0.0, ""
    if phrase_mentions >= 2:
        # "fashion magazines" said five times: a term of the article, if not of English.
        return 0.1, f"compound said {phrase_mentions}x"
    return 0.0, ""  # common words side by side: "health institutions", "civilized gesture"
