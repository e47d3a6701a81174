"""Wrong options for a multiple-choice question: over-generate from several methods, then filter.

Methods, in the order they are preferred (each recorded on the Distractor):
"number-perturbation" / "date-perturbation" for values; for names and terms
"same-type-entity" (the article), "other-article-entity" (other articles of
the same run), "region-country" (a country's neighbours), "region-capital" (a
national capital's neighbours), "wordnet-cohyponym",
then "fallback-pool".
"""

from __future__ import annotations

import functools
import itertools
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from quizgen.answers import parse_number
from quizgen.generate import lexicon
from quizgen.generate.amounts import is_compound_amount
from quizgen.generate.caches import word_cache
from quizgen.generate.distractors.cohyponyms import cohyponyms, listed_rival, related_terms
from quizgen.generate.distractors.countries import (
    Country,
    country,
    nearby_countries,
    takes_the,
)
from quizgen.generate.distractors.dates import perturb_date, year_in
from quizgen.generate.distractors.fallback import (
    STATESMAN_RANKS,
    STATESMEN,
    Statesman,
    fallback_pool,
    statesman,
)
from quizgen.generate.distractors.filters import (
    ArticleFacts,
    around_blank,
    content_words,
    distractor_problem,
    normal_form,
    same_answer,
)
from quizgen.generate.distractors.named_kinds import (
    TOWN_KINDS,
    is_of_kind,
    kind_asked,
    sisters_of_kind,
)
from quizgen.generate.distractors.numbers import (
    breaks_the_order,
    noun_after,
    numbers_a_thing,
    perturb_number,
)
from quizgen.generate.distractors.persons import fold, own_names, surname
from quizgen.generate.distractors.roles import (
    HEAD_OF_STATE_TITLES,
    Title,
    is_wordnet_statesman,
    political,
    title_after,
    title_before,
)
from quizgen.generate.distractors.towns import (
    home_towns_of_capital,
    in_another_country,
    nearby_capitals,
    settled_towns,
)
from quizgen.generate.kinds import (
    DATE_KINDS,
    NUMERIC_KINDS,
    PLACE_KINDS,
    body_kinds_agree,
    place_kind,
    years_named,
)
from quizgen.generate.people import (
    TITLE_PRONOUNS,
    ends_with_a_title,
    pronouns_said,
    word_before,
)
from quizgen.model import Distractor

__all__ = ["DistractorSources", "choose_distractors"]

# How many other years an article of many years names.
_MANY_YEARS = 2
# A clock's hour after the blank: "at _____ a.m.", "_____ o'clock".
_CLOCK_AFTER = re.compile(r"\s*(?:a\.?m\b|p\.?m\b|o['’]clock\b)", re.IGNORECASE)
# Words of a public body's name: such an answer may take the pool's bodies as distractors.
_BODY_WORDS = frozenset(
    {
        "union",
        "nations",
        "bank",
        "fund",
        "organization",
        "organisation",
        "council",
        "committee",
        "commission",
        "agency",
        "court",
        "parliament",
        "assembly",
        "alliance",
        "federation",
        "association",
        "institute",
        "ministry",
        "authority",
        "cross",
    }
)
# The article's most frequent terms tried as distractors for a term: enough, and bounded.
_ARTICLE_TERMS = 60
# The last word of a role that makes its holder a head of state or government.
_HEAD_OF_STATE_WORDS = frozenset(
    {
        "president", "premier", "chancellor", "king", "queen", "emperor", "empress", "monarch",
        "dictator", "strongman", "sultan", "emir", "shah", "tsar", "czar", "pharaoh",
    }
)  # fmt: skip


@dataclass(frozen=True)
class DistractorSources:
    """Names by answer kind: from this article (most mentioned first) and from other articles."""

    article: Mapping[str, Sequence[str]] = field(default_factory=dict)
    other_articles: Mapping[str, Sequence[str]] = field(default_factory=dict)
    facts: ArticleFacts = field(default_factory=lambda: ArticleFacts(()))
    # Content words of the passage: they pick a word's sense in WordNet.
    context: frozenset[str] = frozenset()
    # The passage's lists of common nouns ("lungs, kidneys and skin"): a term's fellow items.
    lists: tuple[tuple[str, ...], ...] = ()
    # Kinds of one thing the article sets side by side, as (modifier, head): "open system".
    contrasts: frozenset[tuple[str, str]] = frozenset()
    # What the article's title names, in normal form: in an article on Kenya, "Kenya" is
    # no wrong option ("the border with _____ and Ethiopia").
    subject: frozenset[str] = frozenset()
    # The years the article's dates name: in an article of many, a date is asked by its year.
    years: frozenset[str] = frozenset()
    # "he" or "she" for a name word the article says it of ("Ms Hutt", "Vik said she").
    pronouns: Mapping[str, str] = field(default_factory=dict)


# Kinds whose options are numbers, and how many more of them to gather than are shown.
_RANKED_KINDS = NUMERIC_KINDS | {"year"}
_SPARE_NUMBERS = 2


def choose_distractors(
    answer: str,
    kind: str,
    stem: str,
    sources: DistractorSources,
    *,
    count: int = 3,
    rejected: Counter[str] | None = None,
) -> list[Distractor]:
    """Return `count` acceptable distractors for the answer, or fewer if not enough exist.

    Every rejected candidate adds one to `rejected["distractor:<reason>"]`.
    """
    chosen: list[Distractor] = []
    seen: set[str] = set()
    # A number's options are gathered beyond `count`, then picked round the answer: the
    # nearest first put it third of four, in order, every time.
    wanted = count + _SPARE_NUMBERS if kind in _RANKED_KINDS else count
    for text, method in _candidates(answer, kind, stem, sources):
        if text in seen:
            continue
        seen.add(text)
        problem = "the-article-subject" if normal_form(text) in sources.subject else ""
        if kind == "person" and _other_sex(text, answer, stem, sources.pronouns):
            problem = problem or "different-sex"  # "Ms _____": not Mr Gibbons
        problem = problem or distractor_problem(
            text,
            answer=answer,
            kind=kind,
            stem=stem,
            others=[d.text for d in chosen],
            facts=sources.facts,
        )
        if problem:
            if rejected is not None:
                rejected[f"distractor:{problem}"] += 1
            continue
        chosen.append(Distractor(text=text, method=method))
        if len(chosen) == wanted:
            break
    return _round_the_answer(chosen, answer, count) if kind in _RANKED_KINDS else chosen


def _round_the_answer(options: list[Distractor], answer: str, count: int) -> list[Distractor]:
    """Return `count` of the options, in the order they came (the likeliest first), with
    the answer at a place among them that its own digits choose: smallest, largest or
    between (the same every run)."""
    value = parse_number(answer)
    values = [parse_number(option.text) for option in options]
    if value is None or any(v is None for v in values) or len(options) <= count:
        return options[:count]
    below = [o for o, v in zip(options, values, strict=True) if v < value]  # type: ignore[operator]
    above = [o for o, v in zip(options, values, strict=True) if v > value]  # type: ignore[operator]
    wanted_below = zlib.crc32(answer.encode()) % (count + 1)
    take_below = min(wanted_below, len(below))
    take_above = min(count - take_below, len(above))
    take_below = min(count - take_above, len(below))
    picked = {id(o) for o in below[:take_below] + above[:take_above]}
    return [o for o in options if id(o) in picked] or options[:count]


def _other_sex(option: str, answer: str, stem: str, pronouns: Mapping[str, str]) -> bool:
    """Return True when the article says "he" of the option's person and "she" of the one
    asked, or the other way round; the title before the blank ("Ms _____") says it too."""
    asked = TITLE_PRONOUNS.get(word_before(around_blank(stem)[0]))
    asked = asked or _pronoun_of(answer, pronouns)
    option_pronoun = _pronoun_of(option, pronouns)
    return bool(asked and option_pronoun and asked != option_pronoun)


def _pronoun_of(name: str, pronouns: Mapping[str, str]) -> str | None:
    said = pronouns_said(name, pronouns)
    return said.pop() if len(said) == 1 else None


def _candidates(
    answer: str, kind: str, stem: str, sources: DistractorSources
) -> Iterator[tuple[str, str]]:
    """Yield (text, method) candidates, best first, possibly repeating or unacceptable.

    Yields nothing for an answer of unknown kind ("name") or a place of unknown
    kind: their "same type" could be anything, so they stay clozes. After a kind
    of place named before the blank ("the island of _____"), or for a place set
    against the mainland, only places of that kind, those beside the answer first.
    """
    named = kind_asked(*around_blank(stem)) if kind in PLACE_KINDS else ""
    if not named:
        yield from _candidates_of_kind(answer, kind, stem, sources)
        return
    if named not in TOWN_KINDS:  # a town's own state or country settles its sisters below
        for text in sisters_of_kind(answer, named):
            yield text, "wordnet-cohyponym"
    for text, method in _candidates_of_kind(answer, kind, stem, sources):
        if is_of_kind(text, named):
            yield text, method


def _candidates_of_kind(
    answer: str, kind: str, stem: str, sources: DistractorSources
) -> Iterator[tuple[str, str]]:
    """Yield `_candidates`' candidates, by the answer's kind alone."""
    if kind == "name" or (kind == "place" and not place_kind(answer)):
        return
    if kind in DATE_KINDS:
        others = sources.years - year_in(answer)
        by_year = perturb_date(answer, by_year=True) if len(others) >= _MANY_YEARS else []
        # Other days after the other years, for when too few years pass the checks.
        for text in dict.fromkeys([*by_year, *perturb_date(answer)]):
            yield text, "date-perturbation"
        for text in perturb_number(answer):
            yield text, "number-perturbation"
        return
    if kind in NUMERIC_KINDS:
        if kind == "number" and numbers_a_thing(answer, stem):
            return  # "Room _____", "_____'s students": a label, not a count
        if is_compound_amount(answer):
            return  # "1 hours and 15 minutes": changing both numbers makes nonsense; a cloze

        after = around_blank(stem)[1]
        plural = noun_after(after) == "plural"
        hour = _CLOCK_AFTER.match(after) is not None
        for text in perturb_number(answer, percent=kind == "percent"):
            if plural and parse_number(text) == 1:
                continue  # not "the previous one versions"
            if hour and not 1 <= (parse_number(text) or 0) <= 12:
                continue  # "at around _____ a.m.": not "13 a.m."
            if kind == "money" and breaks_the_order(text, answer, stem):
                continue  # an estimate above the final bill the stem calls an overrun
            yield text, "number-perturbation"
        return
    if kind == "person":
        yield from _people(answer, stem, sources)
        return
    if kind == "organisation" and _portfolio(answer):
        # "the Ministry of Education": other ministries, the article's first, then the
        # same office for other portfolios; not the IMF beside a national ministry.
        for text, method in _names(answer, kind, sources):
            if _portfolio(text):
                yield text, method
        for text in _other_portfolios(answer):
            yield text, "fallback-pool"
        return
    if kind == "organisation" and not sources.facts.body_kind(answer):
        # A body whose words, article and WordNet do not say what it is: a venue, a
        # product, a company? Its options would mix kinds ("White House" beside "Netflix").
        return
    if kind in PLACE_KINDS and takes_the(answer) and _after_the(stem):
        # "after the _____": "the United Kingdom", "the Netherlands", not "the Canada".
        for text, method in _names(answer, kind, sources):
            if takes_the(text):
                yield text, method
        for text in nearby_countries(answer, article=True):
            yield text, "region-country"
        return
    towns = (
        sources.facts.remember("settled-towns", answer, settled_towns, answer, sources.facts.names)
        or sources.facts.remember(
            "home-towns", answer, home_towns_of_capital, answer, sources.facts.names
        )
        if kind in PLACE_KINDS
        else None
    )
    if towns is not None:
        yield from _settled_town_candidates(answer, kind, towns, sources)
        return
    if kind in PLACE_KINDS:
        # A national capital: the capitals of its own part of the world ("Damascus": "Beirut").
        for text in nearby_capitals(answer):
            yield text, "region-capital"
    yield from _names(answer, kind, sources)
    if kind in PLACE_KINDS and nearby_countries(answer):
        # Its neighbours, not WordNet's other countries ("Russia": "Australia", "Israel").
        for text in nearby_countries(answer):
            yield text, "region-country"
    elif kind in PLACE_KINDS or kind == "term":
        if kind == "term":
            yield from _other_kinds(answer, stem, sources)
            yield from _listed_rivals(answer, sources)
        for text in cohyponyms(answer, context=sources.context | content_words(stem)):
            if kind in PLACE_KINDS and in_another_country(text, answer):
                continue  # "Boston" beside "Sydney": both state capitals, a world apart
            yield text, "wordnet-cohyponym"
    if kind == "term":
        # Other terms of the article, if WordNet puts them in the answer's category; the
        # "also true" rule drops those the article states in the stem's place.
        for text in sources.article.get("term", ())[:_ARTICLE_TERMS]:
            if related_terms(answer, text):
                yield text, "same-type-entity"
    if kind == "organisation" and (not _public_body(answer) or _local_body(answer)):
        # The pool holds international bodies: "the World Bank" beside "Volvo Cars" or the
        # "Broken Arrow City Council" stands out.
        return
    pool = fallback_pool(kind)
    if kind in PLACE_KINDS:
        # Only the pool's places of the answer's own part of the world: not Amsterdam and
        # Athens "across the border from El Paso".
        home = _world_region(answer)
        pool = tuple(p for p in pool if home is None or _world_region(p) == home)
    after_the = _after_the(stem)
    for text in pool:
        # "the _____ forced Google": "World Bank", not "the World Bank" (a "the the").
        yield (text.removeprefix("the ") if after_the else text), "fallback-pool"


# A government office named by its portfolio: "Ministry of Education", "Health Ministry".
_PORTFOLIOS = (
    "Education", "Health", "Finance", "Defence", "Foreign Affairs", "Justice", "Transport",
    "Agriculture", "Culture", "Labour", "Trade", "Energy", "Environment", "Interior",
)  # fmt: skip
# The United States' departments: "the State Department" gets "the Justice Department".
_US_PORTFOLIOS = (
    "Justice", "Defense", "Treasury", "State", "Commerce", "Labor", "Energy", "Education",
    "Agriculture", "Interior", "Transportation",
)  # fmt: skip
_US_ONLY_PORTFOLIOS = frozenset({"Defense", "Labor", "State", "Commerce", "Treasury"})
# Before the office, "Foreign Affairs" is "Foreign": "the Foreign Ministry".
_SHORT_PORTFOLIOS = {"Foreign Affairs": "Foreign"}
_PORTFOLIO_WORDS = "|".join(
    sorted({*_PORTFOLIOS, *_US_PORTFOLIOS, *_SHORT_PORTFOLIOS.values()}, key=len, reverse=True)
)
_OFFICES = "Ministry|Department|Minister|Secretary|Office"
_PORTFOLIO = re.compile(
    rf"\b(?:(?:{_OFFICES}) (?:of|for) (?:the )?(?P<after>{_PORTFOLIO_WORDS})\b"
    rf"|(?P<before>{_PORTFOLIO_WORDS}) (?:{_OFFICES})\b)"
)
# Any ministry's portfolio, when no known one matches: "Ministry of Civil Affairs",
# "Russian Tourism Ministry" (one word before "Ministry": the nation before it stays).
_ANY_PORTFOLIO = re.compile(
    r"\bMinistry (?:of|for) (?:the )?(?P<after>[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)*)$"
    r"|\b(?P<before>[A-Z][a-z]+) Ministry$"
)


def _portfolio(answer: str) -> re.Match[str] | None:
    """Return where a ministry's or department's portfolio stands in its name, or None."""
    return _PORTFOLIO.search(answer) or _ANY_PORTFOLIO.search(answer)


def _other_portfolios(answer: str) -> list[str]:
    """Return the answer's office for each other portfolio: "Ministry of Health" for
    "Ministry of Education", "Finance Ministry" for "Education Ministry"."""
    match = _portfolio(answer)
    if match is None:
        return []
    group = "after" if match.group("after") else "before"
    start, end = match.span(group)
    # The United States has departments and secretaries: "Defense Ministry" is Israel's.
    american = match.group(group) in _US_ONLY_PORTFOLIOS and "Minist" not in match.group()
    portfolios = _US_PORTFOLIOS if american else _PORTFOLIOS
    # "Department of the Treasury", but "Treasury Department".
    written = {"Treasury": "the Treasury"} if group == "after" else _SHORT_PORTFOLIOS
    return [
        answer[:start] + written.get(portfolio, portfolio) + answer[end:]
        for portfolio in portfolios
        if written.get(portfolio, portfolio) != match.group(group)
        and portfolio != match.group(group)
    ]


def _settled_town_candidates(
    answer: str, kind: str, towns: Sequence[str], sources: DistractorSources
) -> Iterator[tuple[str, str]]:
    """Yield the options of a town whose state or country the article settles: its own
    places, then the other towns of that state or country; no town of elsewhere (not
    Virginia's "Newport News" for England's Portsmouth)."""
    same_country = set(towns)
    for text, method in _names(answer, kind, sources):
        if method == "same-type-entity" or text in same_country:
            yield text, method
    for text in towns:
        yield text, "wordnet-cohyponym"


def _other_kinds(answer: str, stem: str, sources: DistractorSources) -> Iterator[tuple[str, str]]:
    """Yield the other kinds the article names of the answer's noun: "In an _____ system"
    with "open" gets "closed" and "isolated"; "a new _____" with "igneous rock" gets
    "sedimentary rock" and "metamorphic rock"."""
    if not sources.contrasts:
        return
    words = answer.split()
    if len(words) == 2:
        modifier, noun = words  # the whole term: its head stays as written
        head = lexicon.noun_lemma(noun)
    else:
        following = around_blank(stem)[1].split()
        if len(words) != 1 or not following:
            return
        modifier, noun, head = answer, "", lexicon.noun_lemma(following[0].strip(".,;:"))
    if (modifier, head) not in sources.contrasts:
        return
    for other, other_head in sorted(sources.contrasts):
        if other_head == head and other != modifier:
            yield (f"{other} {noun}" if noun else other), "same-type-entity"


def _listed_rivals(answer: str, sources: DistractorSources) -> Iterator[tuple[str, str]]:
    """Yield the answer's fellow items in the passage's lists, of its kind in WordNet: the
    passage names them together as things alike ("conduction, convection and radiation")."""
    for items in sources.lists:
        if any(same_answer(item, answer) for item in items):
            for text in items:
                rival = _in_case_of(text, answer)
                if listed_rival(answer, rival):
                    yield rival, "same-type-entity"


def _in_case_of(text: str, answer: str) -> str:
    """Return a list item in the answer's case: "Kidneys" for "Lungs" opening a sentence."""
    if answer[:1].isupper() and answer[1:2].islower():
        return text[:1].upper() + text[1:]
    return text


def _names(answer: str, kind: str, sources: DistractorSources) -> Iterator[tuple[str, str]]:
    """Yield the names of the answer's kind from this article, then from the others."""
    # A country's distractors are countries; an unknown place may take any place.
    kinds = [kind, "country", "city"] if kind == "place" else [kind]
    ours: Iterable[str] = itertools.chain(
        *(sources.article.get(k, ()) for k in kinds if k != "term")  # terms come after WordNet
    )
    if kind == "organisation":
        ours = _same_kind_first(answer, tuple(ours), sources.facts)
    # Walked lazily: a long article names thousands, and the first few usually do.
    yield from zip(ours, itertools.repeat("same-type-entity"))
    for source_kind in kinds:
        yield from zip(
            sources.other_articles.get(source_kind, ()), itertools.repeat("other-article-entity")
        )


def _after_the(stem: str) -> bool:
    """Return True when "the" stands right before the blank: "after the _____ and Russia"."""
    before = around_blank(stem)[0].split()
    return bool(before) and before[-1].casefold() == "the"


def _same_kind_first(answer: str, names: tuple[str, ...], facts: ArticleFacts) -> list[str]:
    """Return the bodies whose kind is known and the answer's first ("Google" and "Intel"
    beside a studio), then the rest (those of unknown kind may still fit a company)."""
    wanted = facts.body_kind(answer)

    def order(name: str) -> int:
        kind = facts.body_kind(name)
        return 0 if kind and body_kinds_agree(kind, wanted) else 1

    # Once per kind of answer: a long article names thousands of bodies.
    return facts.remember(("same-kind-first", wanted, names), "", lambda: sorted(names, key=order))


def _people(answer: str, stem: str, sources: DistractorSources) -> Iterator[tuple[str, str]]:
    """Yield the article's other people, and statesmen if the answer is a politician, in the
    answer's form (a surname alone for a surname).

    After a role ("U.S. District Judge _____", "the defendant _____"), or before
    one ("_____, the club's spokesman,"), only the people the article gives that
    role (`_people_of_role`). A politician's
    options are politicians first: the article's, then the pool's statesmen
    of the answer's own country and subregion, then its other people. No statesmen
    beside a shop owner, or after "Mr _____": no real choice; and no head of
    state offered for someone who is no politician (Fidel Castro as the witness
    of a trial).
    """
    facts = sources.facts
    own = own_names(answer, facts.person_index)
    alone = len(answer.split()) == 1
    # The answer's name written surname first ("Tu Youyou" for "Tu"): which word of another
    # name is its surname, only the article can tell, by using it alone.
    surname_first = alone and any(name.split()[0].casefold() == answer.casefold() for name in own)

    # A given name gets given names and a surname surnames: "Joe" is no option for "Weber".
    # Written first in its names, the answer is a given name when the article calls the
    # person by the last word elsewhere ("Alice" of "Alice Temperley", also "Ms Temperley");
    # else it may be a surname written first ("Wen" of "Wen Lihua").
    given = (
        surname_first
        and fold(answer) in facts.given_names
        and any(fold(name.split()[-1]) in facts.used_alone for name in own)
    )

    def form(text: str) -> str:
        if not alone:
            return text
        if given:
            word = text.split()[0]
            return word if fold(word) in facts.given_names else ""
        chosen = surname(text, facts.used_alone, surname_first=surname_first)
        if surname_first or fold(chosen) not in facts.given_names:
            return chosen
        # "Joe Marlow", whom the article also calls "Joe": his surname is still "Marlow".
        last = text.split()[-1]
        return "" if fold(last) in facts.given_names else last

    before, after = around_blank(stem)
    title = title_before(before) or title_after(after)
    if title is not None:
        yield from _people_of_role(answer, title, own, form, sources)
        return
    politician = _politician(answer, facts)
    people = (
        (form(text), text, method)
        for text, method in _near_first(_names(answer, "person", sources), sources.context)
        if politician or not facts.remember("head-of-state", text, _head_of_state, text, facts)
    )
    if not politician or ends_with_a_title(before):
        yield from ((text, method) for text, _, method in people if text)
        return
    ours = [(text, full, method) for text, full, method in people if text]
    politicians = {
        text
        for text, full, _ in ours
        if facts.remember("politician", full, _politician, full, facts)
    }
    yield from ((text, method) for text, _, method in ours if text in politicians)
    for person in _statesmen_near(answer, own, sources):
        yield person.surname if alone else person.name, "fallback-pool"
    yield from ((text, method) for text, _, method in ours if text not in politicians)


def _named_in(word: str, passage: frozenset[str]) -> bool:
    words = content_words(word)
    return bool(words) and words <= passage


# How many of the article's people, most mentioned first, are reordered by nearness:
# enough for a round-up of several stories, few for a long article's thousands.
_NEAR_REACH = 40


def _near_first(
    names: Iterator[tuple[str, str]], passage: frozenset[str]
) -> Iterator[tuple[str, str]]:
    """Yield the article's people named in the passage around the blank first, then the rest.

    A round-up's other stories name people of another game or trial: the players
    beside a scorer are the believable rivals. Only the first `_NEAR_REACH`
    names are reordered, and the other articles' names keep their place after.
    """
    head = list(itertools.islice(names, _NEAR_REACH))
    near = [
        item
        for item in head
        if item[1] == "same-type-entity" and _named_in(item[0].split()[-1], passage)
    ]
    yield from near
    yield from (item for item in head if item not in near)
    yield from names


def _people_of_role(
    answer: str,
    title: Title,
    own: tuple[str, ...],
    form: Callable[[str], str],
    sources: DistractorSources,
) -> Iterator[tuple[str, str]]:
    """Yield the people a role before the blank fits: those the article gives the role (the
    title's country first: "French President _____"), and for a politician after a head of
    state's title, the pool's statesmen of the titled country, then of that office.

    Nobody whose role the article does not give, or gives otherwise: a judge,
    a prosecutor or a president after "lead prosecutor _____" is no choice.
    """
    facts = sources.facts
    ours = [
        (text, facts.roles_of(text))
        for text, method in _names(answer, "person", sources)
        if method == "same-type-entity"
    ]
    fitting = [
        (text, roles)
        for text, roles in ours
        if title.held_by(roles)
        and not (title.held and facts.remember("head-of-state", text, _head_of_state, text, facts))
    ]
    national = [text for text, roles in fitting if title.national(roles)]
    yield from ((form(text), "same-type-entity") for text in national)
    statesmen: tuple[Statesman, ...] = ()
    if (
        not title.held
        and (title.role in HEAD_OF_STATE_TITLES or (title.role == "leader" and title.country))
        and _politician(answer, facts)
    ):
        statesmen = _statesmen_near(answer, own, sources, title.country)
    alone = len(answer.split()) == 1
    office = "prime minister" if title.role == "premier" else title.role
    # "President _____" for Obama: the presidents of his country first.
    found = statesman(answer, tuple(name for name in own if len(name.split()) > 1))
    country = title.country or (found.country if found is not None else "")

    def pool(people: Iterable[Statesman]) -> Iterator[tuple[str, str]]:
        return ((person.surname if alone else person.name, "fallback-pool") for person in people)

    if country:
        home = [person for person in statesmen if person.country == country]
        if not title.country:
            home = [person for person in home if person.office == office]
        yield from pool(sorted(home, key=lambda person: person.office != office))
    yield from ((form(text), "same-type-entity") for text, _ in fitting if text not in national)
    if title.role != "leader":
        yield from pool(person for person in statesmen if person.office == office)


def _head_of_state(name: str, facts: ArticleFacts) -> bool:
    """Return True when the article calls a person a head of state or government ("former
    President Fidel Castro"), or the person is a statesman of the pool or of WordNet."""
    # A bare "president": `name_roles` gives a company's president only as "Ford president".
    roles = facts.roles_of(name)
    if roles & _HEAD_OF_STATE_WORDS or "prime minister" in roles or "head of state" in roles:
        return True
    return statesman(name) is not None or (len(name.split()) > 1 and is_wordnet_statesman(name))


def _politician(answer: str, facts: ArticleFacts) -> bool:
    """Return True when the article calls the person a politician ("President X", "X, the
    prime minister"), or the person is a statesman of the pool or of WordNet."""
    own = own_names(answer, facts.person_index)
    roles = set(facts.roles.get(answer, ()))
    for name in own:
        roles.update(facts.roles.get(name, ()))
    if political(frozenset(roles)):
        return True
    full_names = tuple(name for name in own if len(name.split()) > 1)
    if statesman(answer, full_names) is not None:
        return True
    longest = max((answer, *own), key=len)
    return (len(longest.split()) > 1 or not full_names) and is_wordnet_statesman(longest)


def _statesmen_near(
    answer: str, own: tuple[str, ...], sources: DistractorSources, home: str = ""
) -> tuple[Statesman, ...]:
    """Return the pool's statesmen of the answer's own country and subregion: that of the
    pool's statesman the answer is, else the `home` a title names ("French President _____"),
    else the article's most mentioned country; the country's own first, and in each country
    one before a second ("Lukashenko": "Putin", "Zelensky", "Duda", then "Medvedev").

    The pool has no years of office: a leader of the answer's own part of the world is the
    likeliest to be of the article's time too; none of elsewhere ("Macron" beside "Assad"),
    and none for someone the pool lacks in an article of earlier times (`_historic`).
    """
    full_names = tuple(name for name in own if len(name.split()) > 1)
    found = statesman(answer, full_names)
    if found is None and sources.facts.remember("historic", "", _historic, sources.facts.texts):
        return ()  # Jefferson in an article of the 18th century: no Blair, no Cameron
    if found is not None:
        home = found.country
    elif not home:
        home = next(iter(sources.article.get("country", ())), "")
    return _statesmen_by_nearness(home) if home else ()


# The pool's statesmen hold office after the Second World War.
_POOL_ERA = 1945


def _historic(texts: Sequence[str]) -> bool:
    """Return True when an article's dates all fall before the pool's statesmen: "in the
    18th century", "in 1917", and none after 1945."""
    years = years_named(texts)
    return bool(years) and max(years) < _POOL_ERA


@functools.lru_cache(maxsize=64)
def _statesmen_by_nearness(home: str) -> tuple[Statesman, ...]:
    """Return the pool's statesmen of `home` and of its subregion, in `_statesmen_near`'s order."""
    found = country(home)
    if found is None:
        return ()
    near = [
        (person.country != found.name, rank, person)
        for person, place, rank in _statesmen_homes()
        if place is not None and place.subregion == found.subregion
    ]
    return tuple(person for _, _, person in sorted(near, key=lambda entry: entry[:2]))


@functools.cache
def _statesmen_homes() -> tuple[tuple[Statesman, Country | None, int], ...]:
    """Return each of the pool's statesmen, in pool order, with their country and rank."""
    return tuple(
        (person, country(person.country), STATESMAN_RANKS[person.name]) for person in STATESMEN
    )


def _local_body(name: str) -> bool:
    """Return True for a town's or a county's body: "Broken Arrow City Council"."""
    return bool({w.casefold() for w in name.split()} & _LOCAL_WORDS)


_LOCAL_WORDS = frozenset({"city", "county", "town", "municipal", "district", "borough", "parish"})


@word_cache
def _world_region(place: str) -> str | None:
    """Return the UN region of a place's country ("Americas" for El Paso), or None when
    unknown or when places of that name lie in several ("Cairo": Egypt and Illinois)."""
    found = country(place)
    if found is not None:
        return found.region
    regions = {
        holder_country.region
        for holder in lexicon.regions_of(place)
        if (holder_country := country(holder)) is not None
    }
    return regions.pop() if len(regions) == 1 else None


def _public_body(name: str) -> bool:
    """Return True for a body like those of the fallback pool: "the ... Union", "... Bank".

    An acronym alone is not enough: "NBC" or "the FCC" beside "NATO" stands out.
    """
    words = {w.casefold() for w in name.split()}
    return bool(words & _BODY_WORDS) or (name.startswith("the ") and not name[4:].isupper())
