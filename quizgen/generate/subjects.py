"""What a whole article is about ("the Los Angeles Zoo", "China", "students"): never a blank.

A reader of a text about the zoo knows it is about the zoo: "The _____ has
many public programs" asks nothing. The subject is a name that dominates the
article from its opening (said in a quarter of its sentences, twice as often
as any other, with its short forms: "the Zoo" for "the Los Angeles Zoo"), or a
noun that does ("students" in a third of the sentences, twice as often as any
other noun), or the noun the article opens by defining ("A neuron is a cell
that...") when no noun is said more often, in a quarter of the sentences. A
term of the subject noun with a rare modifier ("igneous rocks" in a text about
rocks) still tells kinds apart and may be asked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from quizgen.generate import lexicon
from quizgen.generate.distractors.filters import normal_form
from quizgen.generate.selection import NamedAnswer, answer_key
from quizgen.nlp.document import Document

_NOUN_TAGS = frozenset({"NN", "NNS"})
_THING_LABELS = frozenset({"ORG", "GPE", "LOC", "PRODUCT", "EVENT", "FAC", "WORK_OF_ART"})
# A subject name: said this often, in this share of sentences, first within the lead.
_NAME_MENTIONS = 3
_NAME_SHARE = 0.25
_LEAD_SENTENCES = 3
# A subject noun: said this often, in this share of sentences.
_NOUN_MENTIONS = 6
_NOUN_SHARE = 1 / 3
_FORMS_LOOKED_UP = 12
# A noun the first sentence defines ("A neuron is a cell...") needs fewer mentions.
_DEFINING_VERBS = frozenset({"is", "are"})
_DEFINED_MENTIONS = 3
# A modifier commoner than this only narrows the subject: "university students".
_PLAIN_MODIFIER_ZIPF = 4.0


@dataclass(frozen=True)
class Subjects:
    """The normal forms of an article's subject name, and the key of its subject noun."""

    names: frozenset[str] = frozenset()
    noun: str = ""

    def __bool__(self) -> bool:
        return bool(self.names or self.noun)

    def covers(self, kind: str, text: str, key: str) -> bool:
        """Return True when an answer (its kind, text and `answer_key`) is the subject."""
        if kind != "term":
            return normal_form(text) in self.names
        words = text.split()
        return (
            bool(self.noun)
            and key == self.noun
            and all(lexicon.zipf(w.casefold()) > _PLAIN_MODIFIER_ZIPF for w in words[:-1])
        )


def article_subjects(document: Document, title: str = "") -> Subjects:
    """Return what the article is about, if one name or one noun dominates it."""
    count = len(document.sentences)
    if not count:
        return Subjects()
    return Subjects(_subject_names(document, title), _subject_noun(document))


def _subject_names(document: Document, title: str) -> frozenset[str]:
    """Return the keys of the dominant name and its short forms, or none."""
    mentions: Counter[str] = Counter()
    sentences: Counter[str] = Counter()
    first: dict[str, int] = {}
    for number, sentence in enumerate(document.sentences):
        seen: set[str] = set()
        for entity in sentence.entities:
            if entity.label in _THING_LABELS:
                key = normal_form(entity.text)
                if key:
                    mentions[key] += 1
                    seen.add(key)
                    first.setdefault(key, number)
        sentences.update(seen)
    # A short form counts for the one longer name it heads: "Zoo" for "Los Angeles Zoo" (not
    # "Chicago" for "University of Chicago", nor "Parliament" beside two parliaments).
    heads: dict[str, list[str]] = {}
    for name in mentions:
        *rest, last = name.split()
        if rest and "of" not in rest and _common_noun(last):
            heads.setdefault(last, []).append(name)
    longer = {
        short: names[0] for short, names in heads.items() if short in mentions and len(names) == 1
    }
    merged: Counter[str] = Counter()
    merged_sentences: Counter[str] = Counter()
    for key, said in mentions.items():
        merged[longer.get(key, key)] += said
        merged_sentences[longer.get(key, key)] += sentences[key]
    ranked = [*merged.most_common(2), ("", 0), ("", 0)]
    (top, said), (_, second) = ranked[0], ranked[1]
    shorts = {short for short, name in longer.items() if name == top}
    opening = min(first[key] for key in {top, *shorts}) if top else len(document.sentences)
    named_in_title = bool(title) and f" {top} " in f" {normal_form(title)} "
    if (
        not top
        or said < _NAME_MENTIONS
        or said < 2 * second
        or merged_sentences[top] < _NAME_SHARE * len(document.sentences)
        or not (opening < _LEAD_SENTENCES or named_in_title)
    ):
        return frozenset()
    return frozenset({top, *shorts})


def _subject_noun(document: Document) -> str:
    """Return the lemma of the dominant common noun, or ""."""
    said: Counter[str] = Counter()
    sentences_of: Counter[str] = Counter()
    for sentence in document.sentences:
        words = [t.text for t in sentence.tokens if t.tag in _NOUN_TAGS and t.text.isalpha()]
        said.update(words)
        sentences_of.update(set(words))
    # By lemma, the commonest written forms looked up once: "students" and "student" are one
    # noun, and a form said once or twice cannot make its noun dominate.
    mentions: Counter[str] = Counter()
    sentences: Counter[str] = Counter()
    for word, count in said.most_common(_FORMS_LOOKED_UP):
        lemma = lexicon.noun_lemma(word)
        mentions[lemma] += count
        sentences[lemma] += sentences_of[word]  # a sentence with both forms counts twice
    ranked = [*mentions.most_common(2), ("", 0), ("", 0)]
    (top, said_most), (_, second) = ranked[0], ranked[1]
    count = len(document.sentences)
    defined = _defined_noun(document)
    if (
        defined
        and mentions[defined] >= _DEFINED_MENTIONS
        and mentions[defined] == said_most
        and sentences[defined] >= _NAME_SHARE * count
    ):
        # "A neuron is a cell that...": the noun an article opens by defining is its subject
        # when no noun is said more often.
        return answer_key(NamedAnswer("term", defined))
    if (
        not top
        or said_most < _NOUN_MENTIONS
        or said_most < 2 * second
        or sentences[top] < _NOUN_SHARE * count
    ):
        return ""
    return answer_key(NamedAnswer("term", top))


def _defined_noun(document: Document) -> str:
    """Return the lemma of the noun the first sentence defines ("A neuron is a cell..."), or ""."""
    if not document.sentences:
        return ""
    tokens = document.sentences[0].tokens
    at = 1 if tokens and tokens[0].tag == "DT" else 0
    if (
        at + 2 < len(tokens)
        and tokens[at].tag in _NOUN_TAGS
        and tokens[at + 1].text.casefold() in _DEFINING_VERBS
        and tokens[at + 2].tag == "DT"
    ):
        return lexicon.noun_lemma(tokens[at].text)
    return ""


def _common_noun(word: str) -> bool:
    """Return True for a word WordNet knows first as a kind of thing ("zoo"), not as one
    named thing ("Kenya", "Rhine")."""
    synset = lexicon.first_sense(word)
    return synset is not None and not synset.instance_hypernyms()
