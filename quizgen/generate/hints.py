"""Which blanks' kinds are certain enough to show as a cloze hint ("{{c1::Ana Costa::person}}").

A wrong hint is worse than none: "Vogue Italia::person" tells a reader that a
magazine is a person. The name tagger guesses a person from the name's shape
("two capitalised words"), which fits magazines, firms and stories too, so a
person hint needs evidence beyond the shape: the evidence a pronoun needs
(`quizgen.generate.people`: a title, a first name Punkt knows, a role, a
speech verb), or a role the article gives the name elsewhere ("X, a
spokeswoman"). A city hint needs a place the gazetteer or WordNet knows as a
city ("Soho" is a district).
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.generate.distractors.filters import ArticleFacts
from quizgen.generate.distractors.persons import own_names
from quizgen.generate.distractors.roles import person_noun
from quizgen.generate.distractors.towns import is_town_name
from quizgen.nlp import gazetteer


@dataclass(frozen=True)
class HintEvidence:
    """An article's PERSON mentions shown to be people beyond their names' shape
    (`ArticleContext.evidenced_mentions`), and what the article says of its names."""

    persons: frozenset[str]
    facts: ArticleFacts

    def person(self, name: str) -> bool:
        """Return True when the article shows `name` (or a longer name it is part of, as
        "Costa" of "Ana Costa") to be a person's, or calls it by a role ("spokeswoman")."""
        if name in self.persons:
            return True
        # A one-word name's role may be a firm's too: "market leader Diageo".
        if " " in name and any(
            person_noun(role.split()[-1]) for role in self.facts.roles_of(name)
        ):
            return True
        return any(full in self.persons for full in own_names(name, self.facts.person_index))


def city_hint(name: str) -> bool:
    """Return True when the gazetteer or WordNet knows `name` as a city or town."""
    return name.casefold() in gazetteer.CITIES or is_town_name("_".join(name.split()))
