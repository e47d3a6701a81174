"""Which blanks' kinds are certain enough to show as a cloze hint ("{{c1::Ana Costa::person}}").

A wrong hint is worse than none: "Vogue Italia::person" tells a reader that a
magazine is a person. The name tagger guesses a person from the name's shape
("two capitalised words"), which fits magazines, firms and stories too, so a
person hint needs evidence beyond the shape, found once per article: a title
before a mention ("Dr", "President"), a role the article gives ("X, a
spokeswoman"), a first name Punkt knows ("Clara"), a speech verb beside a
mention ("said X", "X said"), or "he"/"she" right after the name. A city hint
needs a place the gazetteer or WordNet knows as a city ("Soho" is a district).
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.generate.distractors.filters import ArticleFacts
from quizgen.generate.distractors.persons import own_names
from quizgen.generate.distractors.roles import person_noun
from quizgen.generate.distractors.towns import is_town_name
from quizgen.generate.quotations import SPEECH_VERBS
from quizgen.nlp import gazetteer
from quizgen.nlp.document import Document, Span, Token

# Pronouns that refer back to a person, right after the name's clause: "X said he...".
_PERSONAL = frozenset({"he", "she", "his", "her", "him"})
# Speech verbs whose object is the one spoken to, not the speaker: "told National Geographic".
_TO_SOMEONE = frozenset({"told", "tells", "asked", "asks", "answered", "answers"})
# How far after a name a pronoun still refers back to it.
_PRONOUN_REACH = 6


@dataclass(frozen=True)
class HintEvidence:
    """The article's persons typed with evidence beyond their names' shape."""

    persons: frozenset[str]
    facts: ArticleFacts

    @classmethod
    def of(cls, document: Document, facts: ArticleFacts) -> HintEvidence:
        """Return the evidence of `document` (read once per article)."""
        from quizgen.nlp.names import known_first_name
        from quizgen.nlp.pipeline import word_knowledge

        knowledge = word_knowledge()
        persons: set[str] = set()
        for sentence in document.sentences:
            for entity in sentence.entities:
                if entity.label != "PERSON" or entity.text in persons:
                    continue
                words = entity.text.split()
                if (
                    _cue_beside(sentence.tokens, entity)
                    or any(person_noun(role.split()[-1]) for role in facts.roles_of(entity.text))
                    or (len(words) > 1 and known_first_name(words[0].casefold(), knowledge))
                ):
                    persons.add(entity.text)
        return cls(frozenset(persons), facts)

    def person(self, name: str) -> bool:
        """Return True when the article shows `name` (or a longer name it is part of, as
        "Costa" of "Ana Costa") to be a person's."""
        if name in self.persons:
            return True
        return any(full in self.persons for full in own_names(name, self.facts.person_index))


def city_hint(name: str) -> bool:
    """Return True when the gazetteer or WordNet knows `name` as a city or town."""
    return name.casefold() in gazetteer.CITIES or is_town_name("_".join(name.split()))


def _cue_beside(tokens: tuple[Token, ...] | list[Token], entity: Span) -> bool:
    """Return True for a title or a speech verb right before the mention, a speech verb
    right after it, or "he"/"she" soon after it with no other name between."""
    before = tokens[entity.first - 1].text.casefold().rstrip(".") if entity.first > 0 else ""
    if before in gazetteer.TITLES or (before in SPEECH_VERBS and before not in _TO_SOMEONE):
        return True
    after = tokens[entity.last].text.casefold() if entity.last < len(tokens) else ""
    if after in SPEECH_VERBS:
        return True
    for token in tokens[entity.last : entity.last + _PRONOUN_REACH]:
        if token.text[:1].isupper():
            return False  # another name: the pronoun may be its
        if token.text.casefold() in _PERSONAL:
            return True
    return False
