"""The rejection rules for a wrong option: shared by the generator and by the rule checker."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from quizgen.answers import number_unit, parse_number, typo_allowance, within_edits
from quizgen.generate import lexicon
from quizgen.generate.caches import WORD_CACHE_SIZE, word_cache
from quizgen.generate.distractors.aliases import (
    acronym_inside,
    acronym_key,
    acronym_of,
    by_initials,
    is_acronym,
    name_keys,
    name_words,
    names_one_body,
    normal_form,
    sentences_giving_alias,
    shortened,
    stated_alias,
)
from quizgen.generate.distractors.countries import (
    countries_named_in,
    country_called,
    outside_the_region_named,
)
from quizgen.generate.distractors.named_kinds import is_of_kind, kind_asked
from quizgen.generate.distractors.persons import (
    given_names,
    is_name_part,
    name_index,
    own_names,
)
from quizgen.generate.distractors.placed import (
    named_as_place,
    named_in_an_adjective,
    places_in_adjectives,
)
from quizgen.generate.distractors.roles import name_roles
from quizgen.generate.kinds import (
    BODY_HEAD_WORDS,
    NAME_KINDS,
    NUMERIC_KINDS,
    PLACE_KINDS,
    YEAR,
    answer_form,
    body_kind,
    body_kinds_agree,
    doubtful_name,
    place_kind,
    role_body_kind,
    wordnet_body_kind,
)
from quizgen.nlp import gazetteer
from quizgen.nlp.document import Document

T = TypeVar("T")
BLANK = "_____"  # the blank of a stem (stems.BLANK: stems imports the generator, which imports us)
_UNKNOWN = object()  # what `ArticleFacts.remember` has not worked out yet
_NOTHING: frozenset[Any] = frozenset()

# Words that say what kind of body or place a name is, not which one: "NBC Blue" and "the Blue
# Network" share "Blue", the word that tells which.
_BODY_WORDS = gazetteer.ORG_WORDS | gazetteer.FEATURE_WORDS | BODY_HEAD_WORDS | {"system"}
# Share of the stem's content words another sentence must repeat before a
# distractor it mentions counts as "also true".
_ALSO_TRUE_SHARE = 0.5
# Tokens after which a capital opens a quotation or a clause, not a name.
_OPENERS = frozenset({"``", ":", "''", "("})


@dataclass(frozen=True)
class ArticleFacts:
    """The article's sentences indexed by content word, for the "also true" rule, and its names.

    `sentences` holds (normalised text padded with spaces, content words,
    numbers stated); `by_word` maps a content word to the sentences that use
    it, so a check reads only the sentences sharing words with the stem.
    The names serve the "alias" and "different-kind" rules: what an acronym
    stands for, which names the article gives as another's, which it only
    uses as places.
    """

    sentences: tuple[tuple[str, frozenset[str], frozenset[float]], ...]
    by_word: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    # What `sharing` found, by its arguments: the options of one question share its stem.
    _shared: dict[tuple[frozenset[str], int], tuple[int, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _word_sets: dict[str, frozenset[int]] = field(default_factory=dict, compare=False, repr=False)
    # The sentences as written, for the phrasing that gives a name's alias ("A (B)").
    texts: tuple[str, ...] = field(default=(), compare=False, repr=False)
    # The article's names, for what an acronym stands for ("FCC": a commission).
    names: tuple[str, ...] = field(default=(), compare=False, repr=False)
    _alike: dict[tuple[str, str], tuple[str, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # The names the article gives only where it would name a place ("between Dover and X"),
    # however the name finder typed them.
    placed: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    # The sentences that may give an alias ("(", "also known as"...), and which name what.
    cued: frozenset[int] = field(default=frozenset(), compare=False, repr=False)
    _mentioned: dict[str, frozenset[int]] = field(default_factory=dict, compare=False, repr=False)
    _remembered: dict[Hashable, dict[str, Any]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _body_kinds: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    # What the article calls each name: "studio", "president" (see `roles.name_roles`).
    roles: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    # Words the article writes capitalised where no sentence or quotation starts: names.
    capitalised: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    # The years each sentence dates something to ("in 1986", "1 March 1813").
    years: tuple[frozenset[int], ...] = field(default=(), compare=False, repr=False)

    @classmethod
    def of(cls, document: Document | None) -> ArticleFacts:
        """Return the facts of `document` (none for None)."""
        if document is None:
            return cls(())
        rows = []
        by_word: dict[str, list[int]] = {}
        # Each name, in the order of its first mention: how often, and how often as a place.
        mentions: dict[str, int] = {}
        as_place: dict[str, int] = {}
        capitalised: set[str] = set()
        for number, sentence in enumerate(document.sentences):
            tokens = sentence.tokens
            capitalised.update(
                tokens[i].text
                for i in range(1, len(tokens))
                if tokens[i].text[:1].isupper() and tokens[i - 1].tag not in _OPENERS
            )
            for entity in sentence.entities:
                if entity.value is None:
                    mentions[entity.text] = mentions.get(entity.text, 0) + 1
                    if named_as_place(sentence.tokens, entity.first, entity.last):
                        as_place[entity.text] = as_place.get(entity.text, 0) + 1
            numbers = frozenset(e.value for e in sentence.entities if e.value is not None)
            words = content_words(sentence.text)
            rows.append((f" {normal_form(sentence.text)} ", words, numbers))
            for word in words:
                by_word.setdefault(word, []).append(number)
        return cls(
            tuple(rows),
            {word: tuple(ids) for word, ids in by_word.items()},
            texts=tuple(sentence.text for sentence in document.sentences),
            names=tuple(mentions),
            placed=frozenset(name for name, count in as_place.items() if count == mentions[name]),
            cued=sentences_giving_alias([sentence.text for sentence in document.sentences]),
            roles=name_roles(document),
            capitalised=frozenset(capitalised),
            years=tuple(_years(sentence) for sentence in document.sentences),
        )

    def remember(self, task: Hashable, text: str, work: Callable[..., T], *args: Any) -> T:
        """Return `work(*args)`, worked out once per `task` and `text` for this article: the
        picker checks one answer's options again for each fact that asks it."""
        # By task, then by text: a text key adds no object for the garbage collector to
        # visit, as each (task, text) tuple would, some ten thousand for a long article.
        done = self._remembered.get(task)
        if done is None:
            done = self._remembered[task] = {}
        found = done.get(text, _UNKNOWN)
        if found is _UNKNOWN:
            found = done[text] = work(*args)
        return found  # type: ignore[no-any-return]

    def years_of(self, name: str) -> frozenset[int]:
        """Return the years of the sentences that name `name`: when it is written of."""
        words = content_words(name)
        if not words or not self.years:
            return frozenset()
        rarest = min((self.by_word.get(w, ()) for w in words), key=len)
        return frozenset(
            year
            for number in rarest
            if words <= self.sentences[number][1]
            and contains_phrase(self.sentences[number][0], name)
            for year in self.years[number]
        )

    def words(self) -> frozenset[str]:
        """Return every content word of the article."""
        return frozenset(self.by_word)

    def passage_words(self, number: int, reach: int = 1) -> frozenset[str]:
        """Return the content words of sentence `number` and its `reach` neighbours each side.

        The passage, not the whole article, picks a word's sense: a long article
        uses every sense of a common word somewhere.
        """
        found: set[str] = set()
        for _, words, _ in self.sentences[max(0, number - reach) : number + reach + 1]:
            found |= words
        return frozenset(found)

    def sharing(self, words: frozenset[str], needed: int) -> tuple[int, ...]:
        """Return the sentences that use at least `needed` of `words`, in article order."""
        key = (words, needed)
        found = self._shared.get(key)
        if found is None:
            found = self._shared[key] = self._sharing(words, needed)
        return found

    def _sharing(self, words: frozenset[str], needed: int) -> tuple[int, ...]:
        # A sentence using `needed` of the words uses one of any len(words) - needed + 1 of
        # them: gather from the rarest that many, then count the rest by set look-ups. A
        # long article's common words are in thousands of sentences.
        rare = sorted(words, key=lambda word: (len(self.by_word.get(word, ())), word))
        gathered: set[int] = set()
        for word in rare[: max(0, len(words) - needed + 1)]:
            gathered.update(self.by_word.get(word, ()))
        sets = [self._word_set(word) for word in words]
        return tuple(
            sorted(number for number in gathered if sum(number in s for s in sets) >= needed)
        )

    def naming(self, a: str, b: str) -> list[str]:
        """Return the sentences, as written, that name both `a` and `b` and may give an alias."""
        if not self.cued:
            return []
        return [self.texts[number] for number in sorted(self._mentions(a) & self._mentions(b))]

    def may_alias(self, name: str) -> bool:
        """Return True when a sentence that may give an alias names `name`."""
        return bool(self.cued) and bool(self._mentions(name))

    def _mentions(self, name: str) -> frozenset[int]:
        """Return the sentences with an alias cue that name `name`: with its content words,
        and with the name itself as whole words."""
        found = self._mentioned.get(name)
        if found is None:
            found = self._mentioned[name] = self._find_mentions(name)
        return found

    def _find_mentions(self, name: str) -> frozenset[int]:
        # Only the cued sentences with the name's rarest folded word can hold the name.
        folded = normal_form(name).split()
        near = min((self._cued_by_word.get(word, ()) for word in folded), key=len, default=())
        words = content_words(name) if near else _NOTHING
        found = frozenset(
            number
            for number in (near if words else ())
            if words <= self.sentences[number][1]
            and contains_phrase(self.sentences[number][0], name)
        )
        return found or _NOTHING  # one empty set for the many names in no such sentence

    def expansion(self, name: str) -> str:
        """Return the article's name that acronym `name` stands for, or "" if none."""
        if not is_acronym(name):
            return ""
        return self._by_initials.get(acronym_key(name), "")

    def body_kind(self, name: str) -> str:
        """Return the kind of body a name is: by its head word (`kinds.body_kind`), else by
        what the article calls it (`kinds.role_body_kind`), else by WordNet; for an acronym,
        that of what it stands for."""
        found = self._body_kinds.get(name)
        if found is None:
            whole = self.expansion(name) or name
            found = self._body_kinds[name] = (
                body_kind(whole)
                or role_body_kind(self.roles.get(whole, _NOTHING) | self.roles.get(name, _NOTHING))
                or wordnet_body_kind(whole)
            )
        return found

    @cached_property
    def person_index(self) -> dict[str, tuple[str, ...]]:
        """The article's names of two words or more, by each of their words (folded)."""
        return name_index(self.names)

    @cached_property
    def given_names(self) -> frozenset[str]:
        """The words (folded) the article's names only open: "joe" of "Joe Torre"."""
        return given_names(self.person_index)

    def roles_of(self, person: str) -> frozenset[str]:
        """Return what the article calls a person under any of the person's names: "Judge
        Cardone" and "Kathleen Cardone" are one judge."""
        words = person.split()
        return self._roles_by_surname.get(words[-1].casefold(), _NOTHING) if words else _NOTHING

    @cached_property
    def _roles_by_surname(self) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        for name, roles in self.roles.items():
            found.setdefault(name.split()[-1].casefold(), set()).update(roles)
        return {surname: frozenset(roles) for surname, roles in found.items()}

    @cached_property
    def used_alone(self) -> frozenset[str]:
        """The one-word names of the article, folded: the surnames it uses alone."""
        return frozenset(name.casefold() for name in self.names if len(name.split()) == 1)

    @cached_property
    def _by_initials(self) -> dict[str, str]:
        return by_initials(self.names)

    @cached_property
    def _cued_by_word(self) -> dict[str, list[int]]:
        """Index the cued sentences by their words as `contains_phrase` folds them: a sentence
        naming a name has all of the name's folded words."""
        found: dict[str, list[int]] = {}
        for number in sorted(self.cued):
            for word in set(normal_form(self.sentences[number][0]).split()):
                found.setdefault(word, []).append(number)
        return found

    def names_alike(self, name: str, kind: str) -> tuple[str, ...]:
        """Return the article's other names for `name` by their form (see `named_alike`), of
        those a sentence that may give an alias names: the names whose aliases it may state."""
        key = (name, kind)
        found = self._alike.get(key)
        if found is None:
            near = sorted({n for word in name_keys(name) for n in self._cued_names.get(word, ())})
            found = self._alike[key] = tuple(
                self.names[n]
                for n in near
                if self.names[n] != name
                and (contains_phrase(self.names[n], name) or named_alike(self.names[n], name, kind))
            )
        return found

    @cached_property
    def _cued_names(self) -> dict[str, list[int]]:
        """Index the names that a sentence which may give an alias names by their `name_keys`:
        only names sharing a word or initials may be alike, and a long article has thousands."""
        found: dict[str, list[int]] = {}
        for number, other in enumerate(self.names):
            if self._mentions(other):
                for word in name_keys(other):
                    found.setdefault(word, []).append(number)
        return found

    def _word_set(self, word: str) -> frozenset[int]:
        found = self._word_sets.get(word)
        if found is None:
            found = self._word_sets[word] = frozenset(self.by_word.get(word, ()))
        return found


_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")
_LETTERS = re.compile(r"[A-Za-z]+")
_WORD_OR_BLANK = re.compile(r"[A-Za-z]+|_+")
_NAME_WORD = re.compile(r"[A-Z][A-Za-z-]{3,}")


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def content_words(text: str) -> frozenset[str]:
    """Return the lower-case, singular content words of a text (no stopwords, no numbers)."""
    # "" marks a word that is no content word (a lemma never is "").
    return frozenset(map(_content_lemma, _WORD.findall(text))) - {""}


@word_cache
def _content_lemma(word: str) -> str:
    """Return the word's singular if it is a content word, else ""."""
    return lexicon.noun_lemma(word) if not lexicon.is_stopword(word) and len(word) > 2 else ""


def same_answer(a: str, b: str) -> bool:
    """quizgen.answers.same_answer, from remembered parts: the generator asks about the same
    texts (the article's names, say) beside many answers."""
    if normal_form(a) == normal_form(b):
        return True
    # Different texts are the same answer only as the same number and unit.
    value = _number(a)
    return value is not None and value == _number(b) and _unit(a) == _unit(b)


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _number(text: str) -> float | None:
    return parse_number(text)


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _unit(text: str) -> str:
    return number_unit(text)


# A change from one value to another, one of them the blank: "rose from 100% to _____".
_SCALE = r"(?: (?:thousand|million|billion|trillion|bn|m|per ?cent|percent))?"
_FROM_TO_BLANK = re.compile(rf"\bfrom (?:about |around |some )?(\S+?{_SCALE}) to {BLANK}")
_FROM_BLANK_TO = re.compile(
    rf"\bfrom {BLANK} to (?:about |around |some )?([^\s;]+?{_SCALE})[,;.]?(?:\s|$)"
)
# ...or said after it: "_____ of spending, up from 6.6 percent in 2017".
_BLANK_UP_FROM = re.compile(
    rf"{BLANK}[^.;]*?\b(?:up|down) from (?:about |around |some )?([^\s;]+?{_SCALE})[,;.]?(?:\s|$)"
)
# ...and the bounds of a range, a unit maybe after each: "between _____ °C and 25 °C".
_UNIT_WORD = r"(?: [^\s\d]+)?"
_BETWEEN_AND_BLANK = re.compile(
    rf"\b[Bb]etween (?:about |around |some )?(\S+?{_SCALE}){_UNIT_WORD} (?:and|-|–|to) {BLANK}"
)
_BETWEEN_BLANK_AND = re.compile(
    rf"\b[Bb]etween {BLANK}{_UNIT_WORD} (?:and|-|–|to) (?:about |around |some )?"
    rf"([^\s;]+?{_SCALE})[,;.]?(?:\s|$)"
)


def _within_the_bound(text: str, answer: str, stem: str) -> bool:
    """Return True for a year a bound before the blank makes true as well: a later one after
    "before" or "by", an earlier one after "after"."""
    bound = _BOUND_BEFORE_BLANK.search(around_blank(stem)[0])
    option, right = _A_YEAR.findall(text), _A_YEAR.findall(answer)
    if bound is None or len(option) != 1 or len(right) != 1 or option == right:
        return False
    later = int(option[0]) > int(right[0])
    return later if bound.group(1).casefold() in ("before", "by") else not later


# A bound in time right before the blank: "before _____", "by _____", "after _____".
_BOUND_BEFORE_BLANK = re.compile(r"\b(before|by|after)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
_A_YEAR = re.compile(rf"\b(?:{YEAR})\b")


def _across_the_change(text: str, answer: str, stem: str) -> bool:
    """Return True when `text` lies on the other side of the change's known end than the
    answer: "from 100% to _____" with 167% takes no value below 100%, and "between _____ °C
    and 25 °C" with 14 none above 25."""
    patterns = (
        _FROM_TO_BLANK, _FROM_BLANK_TO, _BLANK_UP_FROM, _BETWEEN_AND_BLANK, _BETWEEN_BLANK_AND
    )  # fmt: skip
    for pattern in patterns:
        match = pattern.search(stem)
        if match is None:
            continue
        known, value, true = _number(match[1]), _number(text), _number(answer)
        if known is None or value is None or true is None or true == known:
            return False
        return (value > known) != (true > known)
    return False


# A year as a stem writes one: after "in", "since"..., or in brackets ("About 1500 people"
# is a count).
_YEAR_IN_TEXT = re.compile(
    r"(?:\b(?:in|since|by|from|until|of|during|after|before|and|to)\s+|\(|–)"
    r"(1[0-9]{3}|20[0-9]{2})\b(?![.,]\d)",
    re.IGNORECASE,
)
# A person the article dates only this long after the stem's years, or before, is of
# another time: no believable answer ("Alex Ferguson" for a club's secretary in 1902).
_YEARS_LATER = 40
_YEARS_EARLIER = 100


def _of_another_time(text: str, stem: str, facts: ArticleFacts) -> bool:
    stem_years = [int(y) for y in _YEAR_IN_TEXT.findall(stem)]
    if not stem_years:
        return False
    theirs = facts.years_of(text)
    return bool(theirs) and (
        min(theirs) > max(stem_years) + _YEARS_LATER
        or max(theirs) < min(stem_years) - _YEARS_EARLIER
    )


def _years(sentence: Any) -> frozenset[int]:
    return frozenset(
        int(e.value)
        for e in sentence.entities
        if e.label == "DATE" and e.value is not None and 1000 <= e.value <= 2100
    )


def contains_phrase(haystack: str, needle: str) -> bool:
    """Return True if `needle` occurs in `haystack` as whole words, after normalisation."""
    norm = normal_form(needle)
    # normalize() leaves words separated by single spaces, so padding finds whole words.
    return bool(norm) and f" {norm} " in f" {normal_form(haystack)} "


def distractor_problem(
    text: str,
    *,
    answer: str,
    kind: str,
    stem: str,
    others: Sequence[str] = (),
    facts: ArticleFacts | None = None,
) -> str:
    """Return why `text` is not an acceptable wrong option for `answer`, or "" if it is.

    `others` are the options already chosen. Reasons: "empty",
    "equals-answer", "synonym", "substring-of-answer", "in-stem", "duplicate",
    "different-form", "unknown-word", "also-true", "alias" (another name of
    the answer), "different-kind" (a body of another kind than the answer),
    "another-time" (a person the article dates decades away from the stem's years),
    "across-the-change" (a value beyond the known end of "from X to _____", on the
    other side of it than the answer),
    "name-part" (a part of a name the article gives the answer's person).
    """
    problem = (
        facts.remember(("answer", answer, kind), text, _answer_problem, text, answer, kind, facts)
        if facts is not None
        else _answer_problem(text, answer, kind, facts)
    )
    if problem:
        return problem
    if contains_phrase(stem, text) or _name_word_in_stem(text, kind, stem, facts):
        return "in-stem"
    if kind in PLACE_KINDS and outside_the_region_named(text, *around_blank(stem)):
        return "different-kind"  # "In _____ and other European countries": not Japan
    if kind in PLACE_KINDS and _one_inside_the_other(text, answer):
        return "also-true"  # "England" for "Britain": what is true of one is of the other
    if kind in PLACE_KINDS and _holds_a_town_of_the_stem(text, answer, stem):
        return "in-stem"  # "studied at the University of Sofia … moved to _____": no Bulgaria
    if kind in PLACE_KINDS and _outside_the_country_named(text, answer, stem):
        return "different-kind"  # "_____ was rocked by Japan's largest earthquake": no Seoul
    if kind in PLACE_KINDS and (country := country_called(text)) and country in (
        countries_named_in(stem.replace(BLANK, " "))
    ):
        return "in-stem"  # "a former U.S. ambassador to _____": not the United States
    if kind in PLACE_KINDS and place_kind(text) == "country" and named_in_an_adjective(stem, text):
        # "Korean films have flooded _____": not South Korea. A region named for its country
        # ("South Australia" beside "the Australian continent") is still a fair guess.
        return "in-stem"
    if kind == "term" and _other_number_in_stem(text, stem):
        return "in-stem"  # "axons" for "..., and a long extension called an axon"
    if _across_the_change(text, answer, stem):
        return "across-the-change"  # "rose from 100% to _____" (167%): no 70%
    if kind in {"year", "date"} and _within_the_bound(text, answer, stem):
        return "also-true"  # "exceed 2°C before _____" (2050): before 2053 is true too
    if kind == "person" and facts is not None and _of_another_time(text, stem, facts):
        return "another-time"  # "the club's secretary in 1902": not its manager from 1986
    for other in others:
        if (
            same_answer(text, other)
            or _plural_of(text, other)  # "Salafi" beside "Salafis"
            or contains_phrase(other, text)
            or contains_phrase(text, other)
        ):
            return "duplicate"
        if kind == "term" and _synonyms(text, other):
            return "duplicate"  # "auto factory" beside "automobile factory"
        if _other_name(text, other, kind, facts):
            return "duplicate"  # "the Blue Network" beside "NBC Blue": both wrong, or both right
        if kind == "person" and _share_a_later_name(text, other):
            # "Marie Skłodowska Curie" beside "Maria Salomea Skłodowska": maybe one person
            # twice; at best one family.
            return "duplicate"
    if answer_form(text, kind) != answer_form(answer, kind) and not _both_of_named_kind(
        text, answer, stem
    ):
        return "different-form"
    if kind == "term" and any(lexicon.zipf(w) == 0 for w in _LETTERS.findall(text)):
        return "unknown-word"  # "totalitation regimes": a misspelling taken from the article
    if facts is not None and _also_true(text, answer, kind, stem, facts):
        return "also-true"
    return ""


def _answer_problem(text: str, answer: str, kind: str, facts: ArticleFacts | None) -> str:
    """Return why `text` is no wrong option for `answer` in any question, or "" if none is."""
    folded, folded_answer = normal_form(text), normal_form(answer)
    if not folded:
        return "empty"
    if same_answer(text, answer) or _typo_of(text, answer):
        return "equals-answer"
    # contains_phrase(answer, text) or contains_phrase(text, answer), on the folded texts at hand:
    # most options of a long article are checked here.
    if f" {folded} " in f" {folded_answer} " or (
        folded_answer and f" {folded_answer} " in f" {folded} "
    ):
        return "substring-of-answer"
    if kind == "term" and _synonyms(text, answer):
        return "synonym"
    if kind == "term" and _category_of(text, answer):
        return "also-true"  # "carboxylic acid" for "fatty acid": a fatty acid is one
    # Before the costlier checks: beside a party, most of a long article's bodies fail here.
    if kind == "organisation" and _other_kind_of_body(text, answer, facts):
        return "different-kind"
    if kind == "person" and facts is not None and is_name_part(text, answer, facts.person_index):
        return "name-part"  # "Youyou" for "Tu", whose article calls her "Tu Youyou"
    if _other_name(text, answer, kind, facts):
        return "alias"
    return ""


def _typo_of(text: str, answer: str) -> bool:
    """Return True when the quiz would grade `text` typed for `answer` as right: a spelling
    of the answer ("Gbagbo" beside an article's "Gabagbo") is no wrong option."""
    a, b = normal_form(text), normal_form(answer)
    allowance = _typo_allowance(b)
    # Cheap tests first: most options differ in length, or in more letters than allowed.
    return (
        allowance > 0
        and abs(len(a) - len(b)) <= allowance
        and a != b
        # numbers are compared as numbers: "2021" is a fair option for "2022"
        and not any(ch.isdigit() for ch in a + b)
        and _letters_apart(a, b) <= allowance
        and within_edits(a, b, allowance)
    )


@word_cache
def _typo_allowance(answer: str) -> int:
    return typo_allowance(answer)


def _letters_apart(a: str, b: str) -> int:
    """Return a bound no edit distance of `a` and `b` is below: the letters only one has."""
    # One edit brings at most one missing letter in and takes at most one extra letter out.
    letters_a, letters_b = set(a), set(b)
    return max(len(letters_a - letters_b), len(letters_b - letters_a))


def _other_name(text: str, answer: str, kind: str, facts: ArticleFacts | None) -> bool:
    """Return True when two names may name one thing: by their form (`named_alike`), or by an
    alias the article states for the answer or for another of its names ("A, also known as
    B": B is another name of "NBC A" too)."""
    if kind not in NAME_KINDS:
        return False
    if named_alike(text, answer, kind):
        return True
    # Most options are in no sentence that may give an alias: then no name's alias is stated.
    if facts is None or not facts.may_alias(text):
        return False
    return facts.remember(("alias", answer, kind), text, _stated_alias, text, answer, kind, facts)


def _stated_alias(text: str, answer: str, kind: str, facts: ArticleFacts) -> bool:
    """Return True when the article gives `text` as another name of the answer or of a name
    like it ("NBC A" for "A")."""
    return any(
        stated_alias(text, name, facts.naming(text, name))
        for name in (answer, *facts.names_alike(answer, kind))
    )


def _share_a_later_name(a: str, b: str) -> bool:
    """Return True when two people's names share a word after their first ("Curie")."""
    first, second = ({w.strip(".,").casefold() for w in name.split()[1:]} - {""} for name in (a, b))
    return not first.isdisjoint(second)


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def named_alike(a: str, b: str, kind: str) -> bool:
    """Return True when two names' forms make them one thing: one is the other's acronym,
    holds it, or shortens its words; bodies also by their distinctive words and their parts."""
    if acronym_of(a, b) or acronym_of(b, a) or acronym_inside(a, b) or shortened(a, b):
        return True
    # Bodies one by their words share a word, and a part's words are the whole name's.
    if kind != "organisation" or name_words(a).isdisjoint(name_words(b)):
        return False
    # A merged name is each of its parts: "Capital Cities/ABC" is also "Capital Cities".
    return any(
        names_one_body(x, y, _BODY_WORDS) or contains_phrase(x, y) or contains_phrase(y, x)
        for x in _parts(a)
        for y in _parts(b)
    )


def _parts(name: str) -> list[str]:
    """Return a name and, for a merged name ("Capital Cities/ABC"), each of its parts."""
    if "/" not in name:
        return [name]
    return [name, *(part.strip() for part in name.split("/") if part.strip())]


def _other_kind_of_body(text: str, answer: str, facts: ArticleFacts | None) -> bool:
    """Return True when an option is no body of the answer's kind: a party beside a bank, a
    plain name beside a university, or a place, person or thing typed as a body."""
    if facts is None:
        return doubtful_name("ORG", "organisation", text, strict=False) or not body_kinds_agree(
            body_kind(text), body_kind(answer)
        )
    # Worked out once per option: a long article's bodies are tried beside many answers.
    kind = facts.remember("body", text, _option_body_kind, text, facts)
    return kind is None or not body_kinds_agree(kind, facts.body_kind(answer))


def _option_body_kind(text: str, facts: ArticleFacts) -> str | None:
    """Return the kind of body an option is (see `ArticleFacts.body_kind`), or None for an
    option that is no body."""
    if doubtful_name("ORG", "organisation", text, strict=False):
        return None
    kind = facts.body_kind(text)
    if not kind and text in facts.placed and not is_acronym(text):
        return None  # "Coquelles", only ever "between Folkestone and Coquelles": a place
    return kind


def _both_of_named_kind(text: str, answer: str, stem: str) -> bool:
    """Return True when the stem names the kind of place before its blank and both are places
    of it: "the island of _____" takes "Malta" (also a country) beside "Sicily" (a region)."""
    before, blank, after = stem.partition(BLANK)
    named = kind_asked(before, after) if blank else ""
    return bool(named) and is_of_kind(text, named) and is_of_kind(answer, named)


def _plural_of(a: str, b: str) -> bool:
    """Return True when two texts differ only by a plural ending: "Salafi", "Salafis"."""
    x, y = sorted((normal_form(a), normal_form(b)), key=len)
    return y in {f"{x}s", f"{x}es"}


def _other_number_in_stem(text: str, stem: str) -> bool:
    """Return True when the stem says the option in its other number: "axons" beside "an
    axon", "root" beside "long roots"."""
    if f" {_lemma_phrase(text)} " in f" {_lemma_phrase(stem)} ":
        return True
    # WordNet keeps some plurals as words of their own ("roots", "arms"): the plain
    # plural ending tells those.
    return " " not in text.strip() and any(_plural_of(text, word) for word in _stem_words(stem))


@word_cache
def _lemma_phrase(text: str) -> str:
    """Return the text's words in their singular, lower case: "the axons" -> "the axon".

    The blank stays a word of its own, so that no phrase reads across it."""
    return " ".join(lexicon.noun_lemma(word) for word in _WORD_OR_BLANK.findall(text))


@word_cache
def _stem_words(stem: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in _LETTERS.findall(stem) if len(word) > 2)


def _name_word_in_stem(text: str, kind: str, stem: str, facts: ArticleFacts | None) -> bool:
    """Return True when a name's own word is in the stem: "Danube River" for "...than the ___"
    in a sentence about the Danube. Generic words ("River", "Sea") do not count. A person
    counts by any word of any name the article gives them: "Sachin Tendulkar" or "Tendulkar"
    for "_____ and Tendulkar went early", "Sachin fell early, leaving MS _____"."""
    if kind not in NAME_KINDS:
        return False
    if kind == "person":
        names = [text, *(own_names(text, facts.person_index) if facts is not None else ())]
        return any(
            len(word) > 2 and contains_phrase(stem, word)
            for name in names
            for word in _NAME_WORD.findall(name)
            if not lexicon.is_stopword(word)
        )
    words = [
        w
        for w in _NAME_WORD.findall(text)
        if w.casefold() not in gazetteer.FEATURE_WORDS
        and w.casefold() not in gazetteer.ORG_WORDS
        and not lexicon.is_stopword(w)
    ]
    return len(words) < len(text.split()) and any(contains_phrase(stem, w) for w in words)


def around_blank(stem: str) -> tuple[str, str]:
    """Return the stem's text before and after its blank ("" and "" for a wh-question)."""
    before, blank, after = stem.partition(BLANK)
    return (before, after) if blank else ("", "")


def _one_inside_the_other(option: str, answer: str) -> bool:
    """Return True when WordNet places one name inside the other, both of one kind: England
    in Britain. (Paris beside France is of another kind, and says so.)"""
    if place_kind(option) != place_kind(answer):
        return False
    return normal_form(answer) in lexicon.regions_of(option) or normal_form(
        option
    ) in lexicon.regions_of(answer)


def _holds_a_town_of_the_stem(option: str, answer: str, stem: str) -> bool:
    """Return True for a country to move to that holds a town the stem names, where the
    answer does not: after "the University of Sofia", "moved to Bulgaria" is no move at all.
    ("Born in Lyon, she taught in _____" may well take France.)"""
    if not _MOVED_TO.search(stem.partition(BLANK)[0]) or place_kind(option) != "country":
        return False
    key = option.casefold()
    for name in _CAPITALISED_WORDS.findall(stem):
        regions = lexicon.regions_of(name, 1)
        if key in regions and answer.casefold() not in regions:
            return True
    return False


_CAPITALISED_WORDS = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*")
_MOVED_TO = re.compile(r"\b(?:move|moved|moves|moving|emigrated|fled|relocated) to $")


def _outside_the_country_named(option: str, answer: str, stem: str) -> bool:
    """Return True when the stem places the answer in a country, by its adjective, its
    possessive or after a comma, and the option lies elsewhere (or nowhere WordNet knows):
    "_____ was rocked by Japan's largest earthquake" is Tokyo or Osaka, not Beijing; "the
    Italian island of _____" is Sardinia, not Malta; "_____, Sweden" is no Oslo. "The
    capital of Chile" asks which city, and Lima is a fair guess."""
    if place_kind(answer) == "country":
        return False  # a country lies in no country; its adjective is another rule's
    adjectives = places_in_adjectives(stem)  # "the Italian island of _____"
    folded = stem.casefold().replace("’", "'")
    named = [
        region
        for region in lexicon.regions_of(answer)
        if region in adjectives
        or f"{region}'s" in folded
        or f"{BLANK}, {region}" in folded
        or _in_the_country(region, stem, folded)
    ]
    if not named:
        return False
    # The option as a reader takes it: Paris is in France, whatever Texas calls a town.
    around = lexicon.regions_of(option, 1)
    return not any(region in around for region in named)


def _in_the_country(region: str, stem: str, folded: str) -> bool:
    """Return True for "neon in the United States debuted in _____": the stem's country,
    written with its capitals ("us" and "america" are other words too), holds the answer."""
    if len(region) < _MIN_COUNTRY_NAME or region not in folded:
        return False
    for opener in ("in ", "in the "):
        at = folded.find(f" {opener}{region} ")
        if at >= 0 and place_kind(region) == "country":
            name = stem[at + len(opener) + 1 : at + len(opener) + 1 + len(region)]
            return all(word[:1].isupper() for word in name.split())
    return False


# "Chad" and "Peru"; shorter country forms ("us", "uk") are ordinary words in lower case.
_MIN_COUNTRY_NAME = 4


def _category_of(option: str, answer: str) -> bool:
    """Return True when WordNet files the answer's first sense under the option's: what is
    true of a "fatty acid" is true of a "carboxylic acid". Not the other way round: "inside
    an _____ called a chloroplast" is false of a vacuole, a kind of organelle."""
    from quizgen.generate.distractors.cohyponyms import ancestors_of

    above = lexicon.first_sense_offset(_term_key(option))
    if above is not None and above in ancestors_of(_term_key(answer)):
        return True
    # "virus infections" for "bacteriophage infections": one head, the modifier a category.
    words, own = option.casefold().split(), answer.casefold().split()
    if len(words) != 2 or len(own) != 2 or _term_key(words[1]) != _term_key(own[1]):
        return False
    modifier = lexicon.first_sense_offset(_term_key(words[0]))
    return modifier is not None and modifier in ancestors_of(_term_key(own[0]))


def _term_key(term: str) -> str:
    """Return a term as WordNet's lemma: lower case, its head singular, words joined by "_"."""
    words = term.casefold().split()
    return "_".join([*words[:-1], lexicon.noun_lemma(words[-1])]) if words else ""


def _synonyms(a: str, b: str) -> bool:
    """Return True when two terms name one thing: same head noun and modifiers, or a shared sense.

    "kinetic energy" and "potential energy" share a head but are sister terms,
    not synonyms; "heat energy" and "thermal energy" are one WordNet sense.
    """
    words_a, words_b = a.split(), b.split()
    if not words_a or not words_b:
        return False
    key_a, key_b = lexicon.noun_lemma(words_a[-1]), lexicon.noun_lemma(words_b[-1])
    if len(words_a) > 1 or len(words_b) > 1:
        if key_a != key_b:
            return bool(_noun_senses(key_a) & _noun_senses(key_b)) or _head_shortened(
                words_a, words_b, key_a, key_b
            )
        whole_a, whole_b = _term_key(a), _term_key(b)
        return whole_a == whole_b or bool(_noun_senses(whole_a) & _noun_senses(whole_b))
    if key_a == key_b:
        return True
    return bool(_noun_senses(key_a) & _noun_senses(key_b))


def _head_shortened(words_a: list[str], words_b: list[str], key_a: str, key_b: str) -> bool:
    """Return True for one thing with its head written short: "cargo ship" for "cargo
    spaceship": the same modifiers, and one head ends the other."""
    if [w.casefold() for w in words_a[:-1]] != [w.casefold() for w in words_b[:-1]]:
        return False
    short, long = sorted((key_a, key_b), key=len)
    return len(short) >= _MIN_HEAD and long.endswith(short)


# "ship" in "spaceship"; shorter endings ("ax" of "relax") are no words of their own.
_MIN_HEAD = 3


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _noun_senses(lemma: str) -> frozenset[int]:
    """Return the word's noun senses as WordNet offsets, read from the index (no synset parsed)."""
    return frozenset(noun_sense_offsets(lemma))


def noun_sense_offsets(lemma: str) -> list[int]:
    """Return the offsets of a word's noun senses, most common first, for any inflection."""
    reader = lexicon.wordnet()
    found: list[int] = []
    for form in reader._morphy(lemma.casefold(), "n"):  # NLTK's own inflection rules
        found += [o for o in reader._lemma_pos_offset_map[form].get("n") or () if o not in found]
    return found


def _also_true(text: str, answer: str, kind: str, stem: str, facts: ArticleFacts) -> bool:
    """Return True if the article states the distractor in a sentence saying what the stem says."""
    stem_words = content_words(stem) - content_words(answer) - content_words(text)
    if not stem_words:
        return False
    needed = max(2, round(len(stem_words) * _ALSO_TRUE_SHARE))
    value = parse_number(text) if kind in NUMERIC_KINDS else None
    for number in facts.sharing(stem_words, needed):
        sentence_text, _, numbers = facts.sentences[number]
        if value is not None:
            if value in numbers:
                return True
        elif contains_phrase(sentence_text, text):
            # Includes "A and B went skiing": B is as true as A.
            return True
    return False
