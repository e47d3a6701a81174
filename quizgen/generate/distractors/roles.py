"""What an article calls each name: the nouns beside it ("President Putin", "Netflix, the company").

A name's own words may not say what it is ("Twentieth Century Fox", "Tu
Youyou"); the article usually does, once: "Hollywood studio Twentieth Century
Fox", "Netflix, the online rental company", "tech companies including Google",
"Chinese researcher Tu Youyou", "The president of Indonesia, Joko Widodo".
Read once per article, a few tokens around each name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.generate import lexicon
from quizgen.generate.caches import word_cache
from quizgen.generate.distractors.countries import country_called
from quizgen.nlp import gazetteer
from quizgen.nlp.document import Document, Span, Token

# A role said of a name by its owner: "Amazon's Cloud Player", "its new Cloud Drive".
OWNED = "<owned>"
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# What an apposition's noun phrase is made of: "the Los Gatos online DVD rental company".
_PHRASE_TAGS = _NOUNS | {"JJ", "JJR", "JJS", "CD", "VBN", "VBG", "HYPH", "FW"}
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
# Words that open a list of examples: "companies including Google, Intel and HP".
_EXAMPLES = frozenset({"including", "like", "notably", "especially"})
_LIST_WORDS = frozenset({",", "and", "or", "(", ")", "&"})
# Words between a role and the organisation it is held in: "vice president", "co-founder".
_ROLE_MODIFIERS = frozenset({"vice", "deputy", "co", "executive", "senior", "chief", "former"})
# How far from a name a role is looked for, in tokens.
_PHRASE_REACH = 9
_LIST_REACH = 30


def name_roles(document: Document) -> dict[str, frozenset[str]]:
    """Return, for each name of the article, the role nouns the article gives it.

    Roles are lower case and singular ("company", "president"), each also with
    the word before it ("prime minister", "rental company"); `OWNED` for a name
    owned by a body. A role held in a body ("vice president of Facebook",
    "Facebook president") is given only with the word before it, so that a
    company's president is no head of state.
    """
    found: dict[str, set[str]] = {}
    for sentence in document.sentences:
        tokens = sentence.tokens
        names = [e for e in sentence.entities if e.value is None]
        if not names:
            continue
        owner = {t: e for e in names for t in range(e.first, e.last)}
        for entity in names:
            roles = found.setdefault(entity.text, set())
            roles.update(_before(tokens, entity, owner))
            roles.update(_after(tokens, entity, owner))
            roles.update(_listed(tokens, entity))
    return {name: frozenset(roles) for name, roles in found.items() if roles}


def _role(tokens: Sequence[Token], at: int, owner: dict[int, Span]) -> list[str]:
    """Return the role noun at `at` and, with the word before it, the compound ("prime
    minister"); only the compound for a role held in an organisation."""
    word = _singular(tokens[at].text)
    if not word:
        return []
    before = at - 1
    while before >= 0 and tokens[before].text.casefold().rstrip("-") in _ROLE_MODIFIERS:
        before -= 1
    held = before >= 0 and _is_body(owner.get(before))
    previous = tokens[at - 1].text.casefold() if at > 0 else ""
    plain = previous.replace("-", "").isalpha() and not lexicon.is_stopword(previous)
    compound = [f"{previous} {word}"] if plain else []  # not "against businessman"
    return compound if held else [word, *compound]


def _singular(text: str) -> str:
    """Return a word as a role: lower case and singular; "" if it is no plain word."""
    word = text.casefold().rstrip(".")
    if not word.replace("-", "").isalpha():
        return ""
    return lexicon.noun_lemma(word)


def _is_body(entity: Span | None) -> bool:
    return entity is not None and entity.label == "ORG"


def _before(tokens: Sequence[Token], entity: Span, owner: dict[int, Span]) -> list[str]:
    """Roles before a name: "studio X", "President X", "Amazon's X", "its new X",
    "the president of Indonesia, X"."""
    at = entity.first - 1
    if at < 0:
        return []
    token = tokens[at]
    if token.tag == "POS":
        return [OWNED] if _is_body(owner.get(at - 1)) else []
    back = at
    while back >= 0 and tokens[back].tag == "JJ" and tokens[back].text.islower():
        back -= 1  # "its new Cloud Drive"
    if back >= 0 and tokens[back].text.casefold() in {"its", "their"}:
        return [OWNED]
    if token.text == ",":
        return _fronted_apposition(tokens, at, owner)
    if token.tag in _NOUNS and at not in owner:
        return _role(tokens, at, owner)
    return []


def _fronted_apposition(tokens: Sequence[Token], comma: int, owner: dict[int, Span]) -> list[str]:
    """Roles of "the president of Indonesia, X" and "Indonesia's president, X"."""
    at = comma - 1
    place = owner.get(at)
    if place is not None and place.label in {"GPE", "LOC"}:
        of = place.first - 1
        if of > 0 and tokens[of].text == "of" and tokens[of - 1].tag in {"NN", "NNS"}:
            return _role(tokens, of - 1, owner)
        return []
    if at > 1 and tokens[at].tag == "NN" and tokens[at - 1].tag == "POS":
        possessor = owner.get(at - 2)
        if possessor is not None and possessor.label in {"GPE", "LOC"}:
            return _role(tokens, at, owner)
    return []


def _after(tokens: Sequence[Token], entity: Span, owner: dict[int, Span]) -> list[str]:
    """Roles in an apposition after a name: "X, the Los Gatos online rental company"."""
    at = entity.last
    if at >= len(tokens) or tokens[at].text != ",":
        return []
    at += 1
    if at < len(tokens) and tokens[at].text.casefold() in _DETERMINERS:
        at += 1
    head = -1
    end = min(len(tokens), at + _PHRASE_REACH)
    while at < end and tokens[at].tag in _PHRASE_TAGS:
        if tokens[at].tag in {"NN", "NNS"} and tokens[at].text.islower():
            head = at
        at += 1
    if head < 0 or head != at - 1:
        return []  # no common noun ends the phrase: "X, Mercury News", "X, Liberia"
    roles = _role(tokens, head, owner)
    if at + 1 < len(tokens) and tokens[at].text == "of" and _held_in_body(tokens, at + 1, owner):
        return roles[1:] if len(roles) > 1 else []  # "vice president of Facebook Europe"
    return roles


# Common nouns for a country: "president of the country" is its head of state.
_COUNTRY_NOUNS = frozenset(
    {"country", "nation", "republic", "state", "union", "federation", "kingdom", "government"}
)


def _held_in_body(tokens: Sequence[Token], at: int, owner: dict[int, Span]) -> bool:
    """Return True when the "of" phrase from `at` names an organisation before any place:
    "of Facebook", "of the unit of Chicago-based Tollard Corp.", or a part of one ("of
    contract business"); not "of France" nor "of the country"."""
    end = min(len(tokens), at + _PHRASE_REACH)
    first = at + 1 if at < len(tokens) and tokens[at].text.casefold() == "the" else at
    if (
        first < len(tokens)
        and tokens[first].tag in {"NN", "NNS"}
        and tokens[first].text.islower()
        and tokens[first].text not in _COUNTRY_NOUNS
    ):
        return True  # "president of contract business", "head of sales": a firm's unit
    while at < end:
        named = owner.get(at)
        if named is not None:
            return _is_body(named)
        token = tokens[at]
        if not (token.tag in _PHRASE_TAGS or token.text.casefold() in {"of", "the", "a", "an"}):
            return False
        at += 1
    return False


def _listed(tokens: Sequence[Token], entity: Span) -> list[str]:
    """The kind a list of examples names: "tech companies including Google, Intel and X"."""
    at = entity.first - 1
    stop = max(-1, entity.first - _LIST_REACH)
    while at > stop:
        token = tokens[at]
        word = token.text.casefold()
        if word in _EXAMPLES or (word == "as" and at > 0 and tokens[at - 1].text == "such"):
            noun = at - 2 if word == "as" else at - 1
            if noun >= 0 and tokens[noun].text == ",":
                noun -= 1
            if noun >= 0 and tokens[noun].tag == "NNS" and tokens[noun].text.islower():
                return [_singular(tokens[noun].text)]
            return []
        if not (word in _LIST_WORDS or token.tag in {"NNP", "NNPS", "CD", "POS"}):
            return []
        at -= 1
    return []


def political(roles: frozenset[str]) -> bool:
    """Return True when the roles make a person a politician: "president", "prime minister",
    "senator", "Belarusian leader", "party leader"..."""
    for role in roles:
        if role in POLITICAL_ROLES:
            return True
        first, _, last = role.rpartition(" ")
        if last == "leader" and (
            first in gazetteer.DEMONYMS or first in gazetteer.COUNTRIES or first in _LEADERSHIPS
        ):
            return True
    return False


# What news calls a politician, alone or as a compound.
POLITICAL_ROLES = frozenset(
    {
        "president", "prime minister", "premier", "minister", "chancellor", "senator",
        "congressman", "congresswoman", "lawmaker", "legislator", "mp", "politician",
        "statesman", "stateswoman", "governor", "mayor", "ambassador", "diplomat",
        "secretary of state", "foreign secretary", "home secretary", "king", "queen",
        "monarch", "emperor", "dictator", "head of state", "vice-president", "councillor",
        "councilman", "councilwoman", "strongman",
    }
)  # fmt: skip
# What a politician leads: "party leader", "opposition leader".
_LEADERSHIPS = frozenset(
    {
        "party", "opposition", "parliamentary", "communist", "socialist", "conservative",
        "labour", "labor", "liberal", "democratic", "republican", "majority", "minority",
        "senate", "house", "world", "national", "state", "country", "nation",
    }
)  # fmt: skip


# WordNet's categories of politicians: "Putin" is an instance of "statesman".
_POLITICAL_CATEGORIES = frozenset(
    {
        "statesman", "president", "head_of_state", "chief_of_state", "national_leader",
        "politician", "prime_minister", "premier", "chancellor", "senator", "ruler",
        "sovereign", "king", "queen", "emperor", "dictator", "diplomat", "ambassador",
        "president_of_the_united_states", "vice_president_of_the_united_states",
        "legislator", "governor", "mayor",
    }
)  # fmt: skip


@word_cache
def is_wordnet_statesman(name: str) -> bool:
    """Return True when WordNet's first sense of a name is a politician ("Putin")."""
    words = name.split()
    offset = lexicon.first_sense_offset("_".join(words)) if words else None
    reader = lexicon.wordnet()
    if offset is None or reader.lexname_at("n", offset) != "noun.person":
        return False
    # Its instance hypernyms and hypernyms (all nouns) and their names, from line heads.
    links = reader.pointers("n", offset)
    return any(
        lemma.casefold() in _POLITICAL_CATEGORIES
        for above in links.get("@i", ()) + links.get("@", ())
        for lemma in reader.lemma_names_at("n", above)
    )


# Honours a person is addressed by: before a blank, every option would need one too.
HONOURS = frozenset({"sir", "dame", "lord", "lady"})
# Words before a name that say how to address a person, not what the person does.
_HONORIFICS = gazetteer.HONORIFICS  # HONOURS among them
_OPENING_MARKS = "“\"‘'«(["
# Words of gazetteer.TITLES that only qualify the title after them ("Foreign Minister").
_QUALIFIERS = frozenset(
    {
        "prime", "vice", "deputy", "assistant", "foreign", "defence", "defense", "finance",
        "interior", "home", "health", "economy", "state", "head", "executive", "crown", "co",
    }
)  # fmt: skip
# Nouns of a relation to someone ("his rival X", "her husband X"), not of a role: anybody
# else may be someone's rival.
_RELATIONS = frozenset(
    {
        "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "child",
        "friend", "rival", "partner", "colleague", "boss", "girlfriend", "boyfriend", "fiance",
        "fiancee", "widow", "widower", "cousin", "nephew", "niece", "grandson",
        "granddaughter", "grandmother", "grandfather", "neighbour", "neighbor", "teammate",
        "ally", "companion", "successor", "predecessor", "mentor", "protege", "pupil",
        "spouse", "sibling", "parent", "stepfather", "stepmother", "fellow", "compatriot",
        "contemporary", "namesake", "love", "lover", "counterpart", "opponent", "nemesis",
    }
)  # fmt: skip
# What opens an apposition that gives a role, and the words that may end the role in it.
_APPOSITION_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their"})
_AFTER_A_ROLE = frozenset({"of", "for", "at", "with", "in"})
_RELATIVES = frozenset({"who", "whose", "that"})
_APPOSITION_WORDS = 8
# Titles of heads of state and government: the pool's statesmen may follow them.
HEAD_OF_STATE_TITLES = frozenset({"president", "prime minister", "premier", "chancellor"})
# Their last words: the word right before a leader's name that may end such a title.
HEAD_OF_STATE_TITLE_ENDS = frozenset(title.split()[-1] for title in HEAD_OF_STATE_TITLES)


@dataclass(frozen=True)
class Title:
    """What a question says a person is, right before the blank: "U.S. District Judge _____"
    is a "judge", "French President _____" a "president" of "France"."""

    role: str
    country: str = ""
    # A role held in a body, not in a country: "the organization's president", "a
    # spokesman for the club". No head of state holds it.
    held: bool = False

    def held_by(self, roles: frozenset[str]) -> bool:
        """Return True when a person's roles (see `name_roles`) include this one."""
        return any(role == self.role or role.endswith(f" {self.role}") for role in roles)

    def national(self, roles: frozenset[str]) -> bool:
        """Return True when a person's roles give this one for the title's country: "french
        president" for "French President _____"."""
        return bool(self.country) and any(
            role.endswith(f" {self.role}")
            and country_called(role.removesuffix(f" {self.role}")) == self.country
            for role in roles
        )


def title_before(text: str) -> Title | None:
    """Return the role a title or a role noun right before a blank gives ("lead prosecutor",
    "the defendant", "Prime Minister"), or None after anything else (an honorific "Mr", a
    relation "his rival", a verb)."""
    # 'Ana Costa: “Ambassador _____': a quotation mark opens the title's word.
    words = text.split()
    if words:
        words[-1] = words[-1].lstrip(_OPENING_MARKS)
    if not words or not words[-1]:
        return None
    last = words[-1]
    word = last.casefold().rstrip(".")
    if not word.replace("-", "").isalpha() or word in _HONORIFICS or word in _QUALIFIERS:
        return None
    role = _singular(word)
    titled = word in gazetteer.TITLES or (last.islower() and person_noun(role))
    if role in _RELATIONS or not titled:
        return None
    at = len(words) - 2
    if at >= 0 and words[at].casefold() in _QUALIFIERS:
        role = f"{words[at].casefold()} {role}"  # "Prime Minister", "Vice President"
        at -= 1
    for size in (2, 1):  # "South African President", "French President", "U.S. President"
        if at - size + 1 >= 0 and (
            place := country_called(" ".join(words[at - size + 1 : at + 1]))
        ):
            return Title(role, place)
    return Title(role)


def title_after(text: str) -> Title | None:
    """Return the role an apposition right after a blank gives: "_____, the organization's
    president, told...", "_____, a spokesman for the club, said"; None for anything else."""
    if not text.lstrip().startswith(","):
        return None
    words: list[str] = []
    ended = ""
    for word in text.lstrip()[1:].split()[:_APPOSITION_WORDS]:
        bare = word.rstrip(",;:.")
        if bare.casefold() in _AFTER_A_ROLE | _RELATIVES:
            ended = bare.casefold()
            break
        words.append(bare)
        if bare != word:
            ended = word[len(bare) :]
            break
    if not ended or len(words) < 2 or words[0].casefold() not in _APPOSITION_OPENERS:
        return None
    title = title_before(" ".join(words[1:]))
    if title is None or not words[-1].islower():
        return None
    held = ended in _AFTER_A_ROLE or any(word.endswith(("'s", "’s")) for word in words)
    return Title(title.role, title.country, held=held)


@word_cache
def person_noun(noun: str) -> bool:
    """Return True when WordNet's first sense of a noun is a kind of person ("prosecutor")."""
    return lexicon.first_sense_lexname(noun) == "noun.person"
