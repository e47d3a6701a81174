"""The question generator: an article's facts become cloze and multiple-choice questions.

Pipeline: article -> NLP document -> sentence views (context.py) -> answer
candidates (candidates.py) -> MCQ stems and distractors (stems.py,
distractors/) -> ranking and selection (selection.py) -> model questions
(questions.py). `generate_set` is the entry point.
"""

from __future__ import annotations

import hashlib
import re
import sys
import types
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizgen.collector import collector_paused
from quizgen.generate import lexicon
from quizgen.generate.kinds import YEAR
from quizgen.generate.selection import (
    AnswerLimits,
    PairEvidence,
    answer_key,
    name_phrase,
    spread_select,
)
from quizgen.model import AnyQuestion, QuestionSet, SetSource
from quizgen.nlp.names import family_word

if TYPE_CHECKING:
    from quizgen.article import Article
    from quizgen.generate.candidates import Candidate
    from quizgen.generate.context import ArticleContext, SentenceView
    from quizgen.generate.distractors import DistractorSources
    from quizgen.generate.hints import HintEvidence
    from quizgen.generate.subjects import Subjects
    from quizgen.model import Distractor
    from quizgen.nlp.document import Document

__all__ = [
    "DEFAULT_MIN_QUALITY",
    "GenerateOptions",
    "answer_kind",
    "article_names",
    "article_terms",
    "distractors_for",
    "generate_set",
    "set_id_for",
]

DEFAULT_MIN_QUALITY = 0.4
# Score an MCQ option loses for each MCQ already asking for its answer.
_REPEAT_PENALTY = 0.1
# What a question ("Where did...?") gains over a sentence with a blank.
_WH_BONUS = 0.05
# A term asked this often, and twice as often as any other, is the article's topic.
_TOPIC_TERM_QUESTIONS = 3
# Cards of one cloze note (c1, c2, c3): more, and one sentence is asked over and over.
_MAX_DELETIONS = 3
# Facts kept per sentence: its cloze cards and its first MCQ...
_MAX_PER_SENTENCE = _MAX_DELETIONS + 1
# ...and spares past those, for a second MCQ when they are separate facts.
_SPARES_PER_SENTENCE = 1
# Words a sentence needs before another ending in the same words counts as its repeat.
_REPEAT_MIN_WORDS = 8
_WORD = re.compile(r"\w+")
_YEAR = re.compile(YEAR)
_CURRENCY = re.compile(r"[$€£¥₽]")
# Longest set id made from a title or file name.
_MAX_SLUG = 60


@dataclass(frozen=True)
class GenerateOptions:
    """Options of `generate_set` (see there), also taken by `quizgen.generate(text, **options)`."""

    cloze: int | None = None
    mcq: int | None = None
    seed: int = 0
    min_quality: float = DEFAULT_MIN_QUALITY
    distractors: int = 3
    title: str | None = None
    set_id: str | None = None
    extra_entities: Mapping[str, Sequence[str]] = field(default_factory=dict)


# A long article builds hundreds of thousands of objects, and the collector would walk them
# and every loaded model again and again: a fifth of the time on a long text.
@collector_paused()
def generate_set(
    text_or_article: str | Article,
    *,
    cloze: int | None = None,
    mcq: int | None = None,
    seed: int = 0,
    min_quality: float = DEFAULT_MIN_QUALITY,
    distractors: int = 3,
    title: str | None = None,
    set_id: str | None = None,
    extra_entities: Mapping[str, Sequence[str]] | None = None,
    document: Document | None = None,
) -> QuestionSet:
    """Return the question set generated from an article (its text, or an Article).

    - `cloze`: how many cloze cards to keep (each cN of a note is one card);
      `mcq`: how many MCQs (None: every good one). Each fact is asked once,
      and a sentence gives at most one cloze note (up to three cards) and one
      MCQ about another of its facts.
    - `seed`: shuffles MCQ options; the same input and seed give the same set.
    - `min_quality`: questions scoring below it (0..1) are dropped.
    - `distractors`: wrong options per MCQ; a fact without that many good ones
      gets no MCQ.
    - `extra_entities`: names by kind ("person", "country", "city", "place",
      "organisation") from other articles of the same run, used as distractors.
    - `document`: the already analysed article, to skip the NLP step.

    `QuestionSet.stats` counts the dropped candidates by reason. Raises
    ValueError for a negative count.
    """
    from quizgen.article import article_from_text
    from quizgen.generate.caches import trim_word_caches
    from quizgen.generate.candidates import article_subject, contrasted_kinds
    from quizgen.generate.context import article_context
    from quizgen.generate.distractors import DistractorSources
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.generate.hints import HintEvidence
    from quizgen.generate.lists import noun_lists
    from quizgen.generate.subjects import article_subjects
    from quizgen.nlp.pipeline import analyse

    trim_word_caches()

    for name, value in (("cloze", cloze), ("mcq", mcq)):
        if value is not None and value < 0:
            raise ValueError(f"{name} must be 0 or more, not {value}")
    if distractors < 1:
        raise ValueError(f"distractors must be 1 or more, not {distractors}")
    article = (
        article_from_text(text_or_article, title=title or "")
        if isinstance(text_or_article, str)
        else text_or_article
    )
    if document is None:
        document = analyse(article)
    dropped: Counter[str] = Counter()
    context = article_context(document)
    contrasts = contrasted_kinds(document)  # for the terms and for their options
    views, good = _select_answers(article, document, context, min_quality, dropped, contrasts)
    good = _not_the_subject(
        article_subjects(document, article.title or document.title), good, dropped
    )
    by_index = {view.index: view for view in views}
    topics = _topics(context, good)
    # The topic is asked once, so it is no rival: "Volvo" beside "Nordcell" in an article
    # about Nordcell is an answer like any other.
    evidence = PairEvidence.of(document, article.title or document.title)
    limits = AnswerLimits.of((c for c in good if _answer_key(c) not in topics), evidence)
    good = _not_in_the_title(article.title or document.title, good, limits, dropped)
    good = _limit_figures(good, len(document.sentences), dropped)
    good, spares = _limit_per_sentence(_one_per_list(good, by_index, dropped), dropped)
    good, repeats = _limit_repeats(good, limits, by_index)
    # Untitled, a story's one protagonist (someone the text calls "he" or "she") is its
    # subject: no blank on it is a test.
    protagonist = (
        {family_word(context.main_person).casefold()}
        if context.main_person
        and not (article.title or document.title)
        and _told_as_a_story(document)
        else set()
    )
    good, spares, repeats = _topic_once(topics, good, spares, repeats, dropped, protagonist)

    facts = ArticleFacts.of(document)
    sources = DistractorSources(
        article={**article_names(document), "term": article_terms(document)},
        other_articles=extra_entities or {},
        facts=facts,
        context=facts.words(),
        lists=noun_lists([s.tokens for s in document.sentences]),
        contrasts=contrasts,
        subject=article_subject(article.title or document.title)[0],
        years=article_years(document),
        pronouns=context.pronoun_of,
    )
    questions = _allocate(
        good,
        spares,
        repeats,
        by_index,
        sources,
        limits,
        cloze=cloze,
        mcq=mcq,
        seed=seed,
        distractors=distractors,
        span=len(document.sentences),
        dropped=dropped,
        hints=HintEvidence(context.evidenced_mentions, facts),
    )
    final_title = title or article.title or _title_from_path(article.path) or "Untitled article"
    source = SetSource(title=article.title or final_title, file=article.path)
    return QuestionSet(
        id=set_id or set_id_for(article, title=title or ""),
        title=final_title,
        questions=tuple(questions),
        source=source,
        tags=("generated",),
        stats={reason: count for reason, count in sorted(dropped.items()) if count},
    )


def select_answers(
    text_or_article: str | Article,
    *,
    min_quality: float = DEFAULT_MIN_QUALITY,
    document: Document | None = None,
) -> list[Candidate]:
    """Return the answers worth asking about, in reading order, before any question is built.

    These pass the never-blank rules and score at least `min_quality`; the
    question set then keeps at most a few per sentence and per answer.
    """
    from quizgen.article import article_from_text
    from quizgen.generate.context import article_context
    from quizgen.nlp.pipeline import analyse

    article = (
        article_from_text(text_or_article) if isinstance(text_or_article, str) else text_or_article
    )
    document = document or analyse(article)
    return _select_answers(article, document, article_context(document), min_quality, Counter())[1]


def _select_answers(
    article: Article,
    document: Document,
    context: ArticleContext,
    min_quality: float,
    dropped: Counter[str],
    contrasts: frozenset[tuple[str, str]] | None = None,
) -> tuple[list[SentenceView], list[Candidate]]:
    """Return the usable sentence views and the candidates scoring at least `min_quality`."""
    from quizgen.generate.candidates import find_candidates
    from quizgen.generate.context import sentence_view
    from quizgen.generate.offensive import abusive
    from quizgen.generate.statistics import statistics_runs

    views: list[SentenceView] = []
    for index in range(len(document.sentences)):
        view, reason = sentence_view(document, index, context)
        if view is None:
            dropped[f"sentence:{reason}"] += 1
        elif not _in_prose(article, view.sentence.start, view.sentence.end):
            dropped["sentence:not-prose"] += 1
        elif abusive(view.text):
            dropped["sentence:abusive-language"] += 1
        else:
            views.append(view)
    views = _without_repeats(views, dropped)
    tables = statistics_runs(document)
    if tables:
        dropped["sentence:statistics-run"] += sum(1 for view in views if view.index in tables)
        views = [view for view in views if view.index not in tables]
    candidates = find_candidates(document, views, dropped, context.quoted, contrasts)
    good = [c for c in candidates if c.score >= min_quality]
    if len(good) < len(candidates):
        dropped["low-quality"] += len(candidates) - len(good)
    return views, good


def _without_repeats(views: list[SentenceView], dropped: Counter[str]) -> list[SentenceView]:
    """Drop a sentence the article says twice, and one that is another with a heading glued on.

    Scraped pages repeat a teaser, or run a heading into the first sentence
    ("Wild boars: A quarter century after..."): asking both asks one fact twice.
    """
    words = {view.index: _WORD.findall(view.text.casefold()) for view in views}
    by_ending: dict[tuple[str, ...], list[SentenceView]] = {}
    for view in views:
        # A short sentence is grouped by all its words: only the same sentence matches it.
        by_ending.setdefault(tuple(words[view.index][-_REPEAT_MIN_WORDS:]), []).append(view)
    repeats: set[int] = set()
    for group in by_ending.values():
        for view in group:
            mine = words[view.index]
            for other in group:
                theirs = words[other.index]
                if other is view or other.index in repeats:
                    continue
                same = theirs == mine and other.index < view.index
                glued = len(theirs) >= _REPEAT_MIN_WORDS and len(mine) > len(theirs)
                if same or (glued and mine[-len(theirs) :] == theirs):
                    repeats.add(view.index)
                    break
    if repeats:
        dropped["sentence:said-twice"] += len(repeats)
    return [view for view in views if view.index not in repeats]


def set_id_for(source: Article | str, *, title: str = "") -> str:
    """Return the id of the set made from `source`: a lower-case slug of at most 60 characters.

    For an Article: `title`, else the article's own title, else its file name,
    else (standard input without a title) "article-" and a hash of its text. So
    generating the same article again gives the same id, and articles in
    different folders with the same file name get different ids when they have
    titles. A str is taken as a title, or as a file path if it looks like one.
    """
    if isinstance(source, str):
        looks_like_path = "/" in source or "." in source[-6:]
        return _slug(Path(source).stem if looks_like_path else source) or "article"
    name = title or source.title or (Path(source.path).stem if source.path else "")
    if slug := _slug(name):
        return slug
    return "article-" + hashlib.sha256(source.text.encode("utf-8")).hexdigest()[:10]


def _slug(text: str) -> str:
    # "Café Zoë" -> "cafe-zoe": set ids are ASCII letters, digits and hyphens.
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")
    if len(slug) > _MAX_SLUG:
        # Cut at a word boundary so the id does not end in half a word.
        cut = slug[: _MAX_SLUG + 1].rpartition("-")[0]
        slug = cut if cut else slug[:_MAX_SLUG]
    return slug.rstrip("-")


def article_names(document: Document) -> dict[str, list[str]]:
    """Return the article's names by answer kind, most mentioned first (full names for people)."""
    from quizgen.generate.candidates import names_a_term
    from quizgen.generate.glosses import foreign_script, in_a_gloss
    from quizgen.generate.kinds import NAME_KINDS, doubtful_name, is_common_word_name, kind_of

    counts: Counter[tuple[str, str]] = Counter()
    full: dict[tuple[str, str], str] = {}
    for sentence in document.sentences:
        for entity in sentence.entities:
            kind = kind_of(entity.label, entity.text)
            if kind not in NAME_KINDS:
                continue
            lead = sentence.tokens[entity.first].tag
            if (
                lead in {"JJ", "VBG"}
                or not _clean_name(entity.text)
                or doubtful_name(entity.label, kind, entity.text, strict=False)
                or is_common_word_name(entity.text)
            ):
                continue  # "Empire" or a river typed ORG: a wrong option of the wrong kind
            if foreign_script(entity.text) or in_a_gloss(sentence.tokens, entity.first):
                continue  # "(pinyin: Yuán Cháo)": a spelling, no name to offer
            if names_a_term(sentence.tokens, entity.last):
                continue  # "Lou Gehrig's disease": the disease's name, no one in the story
            key = family_word(entity.text) if kind == "person" else entity.text
            counts[(kind, key)] += 1
            # By kind too: a surname the name finder typed a body once ("McSweeney") must
            # not bring the person's full name among the bodies.
            if len(entity.text) > len(full.get((kind, key), "")):
                full[(kind, key)] = entity.text
    names: dict[str, list[str]] = {}
    for (kind, key), _ in sorted(counts.items(), key=lambda item: -item[1]):
        if kind == "person" and len(full[(kind, key)].split()) < 2:
            continue  # a lone "Sorbonne" labelled a person is more often wrong than right
        names.setdefault(kind, []).append(full[(kind, key)])
    return names


def article_years(document: Document) -> frozenset[str]:
    """Return the years the article's dates name ("1871" of "in March 1871")."""
    from quizgen.generate.distractors.dates import year_in

    return frozenset(
        year
        for sentence in document.sentences
        for entity in sentence.entities
        if entity.label == "DATE"
        for year in year_in(entity.text)
    )


def article_terms(document: Document) -> list[str]:
    """Return the article's noun terms (one to three words, letters only), most frequent first."""
    counts: Counter[str] = Counter()
    for sentence in document.sentences:
        for chunk in sentence.chunks:
            tokens = [
                t
                for t in sentence.tokens[chunk.first : chunk.last]
                if t.tag in {"NN", "NNS", "JJ"} and t.text.isalpha()
            ]
            while tokens and tokens[0].tag == "JJ":
                tokens = tokens[1:]
            if tokens and tokens[-1].tag in {"NN", "NNS"} and len(tokens) <= 3:
                counts[" ".join(t.text for t in tokens)] += 1
    return [term for term, _ in counts.most_common()]


def answer_kind(answer: str, document: Document | None = None) -> str:
    """Return the kind of an answer: from the article's entities if it is one, else its form."""
    from quizgen.answers import parse_number
    from quizgen.generate.distractors.dates import is_date_like
    from quizgen.generate.kinds import kind_of

    if document is not None:
        for sentence in document.sentences:
            for entity in sentence.entities:
                if entity.text == answer:
                    return kind_of(entity.label, entity.text)
    if _YEAR.fullmatch(answer.strip()):
        return "year"
    if is_date_like(answer):
        return "date"
    if parse_number(answer) is not None:
        return (
            "percent"
            if "%" in answer or "percent" in answer
            else ("money" if _CURRENCY.search(answer) else "number")
        )
    return "name" if answer[:1].isupper() else "term"


def distractors_for(
    answer: str,
    stem: str,
    passage: str = "",
    *,
    count: int = 3,
    document: Document | None = None,
) -> tuple[str, list[Distractor]]:
    """Return (answer kind, up to `count` distractors) for a question written elsewhere.

    `passage` (or its analysed `document`) is the text the question is about:
    its names and terms are candidates, and what it states is not used as a
    wrong option.
    """
    from quizgen.generate.distractors import DistractorSources, choose_distractors
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.generate.lists import noun_lists
    from quizgen.nlp.pipeline import analyse_text

    if document is None and passage.strip():
        document = analyse_text(passage)
    kind = answer_kind(answer, document)
    facts = ArticleFacts.of(document)
    sources = DistractorSources(
        article={**article_names(document), "term": article_terms(document)} if document else {},
        facts=facts,
        context=facts.words(),
        lists=noun_lists([s.tokens for s in document.sentences]) if document else (),
    )
    return kind, choose_distractors(answer, kind, stem, sources, count=count)


def _allocate(
    candidates: list[Candidate],
    spares: list[Candidate],
    repeats: list[Candidate],
    views: Mapping[int, SentenceView],
    sources: DistractorSources,
    limits: AnswerLimits,
    *,
    cloze: int | None,
    mcq: int | None,
    seed: int,
    distractors: int,
    span: int,
    dropped: Counter[str],
    hints: HintEvidence | None = None,
) -> list[AnyQuestion]:
    """Share each sentence's facts out: one cloze note (c1, c2...) and one or two MCQs per sentence.

    A sentence asked five times reads like a drill on one sentence, so it gives
    one MCQ (its best-asked fact) and one cloze note whose cards blank its other
    facts. A second MCQ asks a fact that the note does not blank and that is
    separate from every fact already asked of the sentence (`spares` are the
    facts beyond a sentence's first few); second MCQs only fill the places
    left after every sentence's first. `repeats` are facts whose answer had
    been found as often as `limits` allow already: a second MCQ may still ask
    one if fewer questions than that ask the answer in the end. `cloze` counts
    cards (each cN is one question), `mcq` questions.
    """
    from quizgen.generate.questions import build_cloze, build_mcq

    by_sentence: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        by_sentence.setdefault(candidate.sentence, []).append(candidate)
    unclozed: set[int] = set()
    picked = (
        _pick_mcqs(
            by_sentence,
            views,
            sources,
            mcq,
            limits,
            distractors=distractors,
            span=span,
            dropped=dropped,
            unclozed=unclozed,
        )
        if mcq != 0
        else []
    )
    questions: list[tuple[int, int, AnyQuestion]] = []
    asked: set[tuple[int, str]] = set()
    for option in picked:
        candidate = option.candidate
        asked.add((candidate.sentence, candidate.key))
        view = views[candidate.sentence]
        mcq_question = build_mcq(
            view, candidate, option.stem, option.style, option.chosen, option.score, seed
        )
        questions.append((candidate.sentence, 1, mcq_question))

    # The other facts of each sentence become the cards of its one cloze note, each separate
    # from the MCQ's fact: a card "{{c1::Putin}}" beside an MCQ "___ and Putin went skiing"
    # asks one listed fact twice, each handing over half of the other.
    from quizgen.generate.questions import independent

    mcq_facts: dict[int, list[Candidate]] = {}
    for option in picked:
        mcq_facts.setdefault(option.candidate.sentence, []).append(option.candidate)
    cards: list[Candidate] = []
    for index, facts in sorted(by_sentence.items()):
        rest = [c for c in facts if (index, c.key) not in asked]
        if unclozed and any(id(c) in unclozed for c in rest):
            dropped["cloze:no-question-without-options"] += sum(id(c) in unclozed for c in rest)
            rest = [c for c in rest if id(c) not in unclozed]
        separate = [
            c
            for c in rest
            if all(independent(c, m, views[index]) for m in mcq_facts.get(index, ()))
        ]
        if len(separate) < len(rest):
            dropped["cloze:depends-on-the-mcq"] += len(rest) - len(separate)
            rest = separate
        if rest and ("{" in views[index].text or "}" in views[index].text):
            # A brace beside a deletion ("{{{c1::") breaks Anki's cloze syntax.
            dropped["cloze:braces-in-sentence"] += len(rest)
            continue
        cards += _note_cards(rest, views[index], dropped)
    cards = _cards_per_answer(cards, picked, limits, dropped)
    kept = spread_select(
        cards, cloze, score=lambda c: c.score, position=lambda c: c.sentence, span=span
    )
    if len(cards) > len(kept):
        dropped["cloze:over-limit"] += len(cards) - len(kept)
    notes: dict[int, list[Candidate]] = {}
    for card in kept:
        notes.setdefault(card.sentence, []).append(card)
    if mcq is not None and len(picked) >= mcq:
        dropped["sentence-has-enough"] += len(spares)
        dropped["answer-asked-enough"] += len(repeats)
    else:
        for spare in [*spares, *repeats]:
            by_sentence.setdefault(spare.sentence, []).append(spare)
        seconds = _second_mcqs(
            picked,
            by_sentence,
            notes,
            views,
            sources,
            limits,
            distractors=distractors,
            dropped=dropped,
        )
        chosen_seconds = spread_select(
            seconds,
            None if mcq is None else mcq - len(picked),
            score=lambda o: o.score,
            position=lambda o: o.candidate.sentence,
            span=span,
        )
        used = {id(o.candidate) for o in chosen_seconds}
        if unused := sum(id(spare) not in used for spare in spares):
            dropped["sentence-has-enough"] += unused
        if unused := sum(id(repeat) not in used for repeat in repeats):
            dropped["answer-asked-enough"] += unused
        for option in chosen_seconds:
            view = views[option.candidate.sentence]
            mcq_question = build_mcq(
                view, option.candidate, option.stem, option.style, option.chosen, option.score, seed
            )
            questions.append((option.candidate.sentence, 1, mcq_question))
    for index, group in notes.items():
        score = round(max(c.score for c in group), 3)
        questions.append((index, 0, build_cloze(views[index], group, score, hints)))
    questions.sort(key=lambda item: (item[0], item[1], item[2].id))
    # An id comes from the source sentence and answer: the same sentence written twice and
    # read two ways ("It" resolved differently) would ask one question twice, under one id.
    unique: dict[str, AnyQuestion] = {}
    for _, _, question in questions:
        if question.id in unique:
            dropped["sentence:said-twice"] += 1
        else:
            unique[question.id] = question
    return list(unique.values())


@dataclass(frozen=True)
class _McqOption:
    """A fact that can be asked as an MCQ: its stem, distractors and score."""

    candidate: Candidate
    stem: str
    style: str
    chosen: list[Distractor]
    score: float


def _pick_mcqs(
    by_sentence: Mapping[int, list[Candidate]],
    views: Mapping[int, SentenceView],
    sources: DistractorSources,
    limit: int | None,
    limits: AnswerLimits,
    *,
    distractors: int,
    span: int,
    dropped: Counter[str],
    unclozed: set[int] | None = None,
) -> list[_McqOption]:
    """Return at most one MCQ per sentence (its best option), `limit` of them spread out.

    A sentence's options are worked out best fact first, and only until no fact
    left could beat the best option found (distractors are the costly part): an
    option scores at most its fact's score plus _WH_BONUS. The same answer is
    asked by as many MCQs as `limits` allow, and an answer already asked counts
    against an option: varied answers over the set.
    """
    askable = {
        index: [
            c
            for c in sorted(facts, key=lambda c: (-c.score, c.start))
            # A sentence's only fact, a term: a cloze asks it without guessing games. The
            # only fact of someone's quoted words: a cloze, so the quotation is recalled as
            # said; with more facts, one is asked as an MCQ as in any sentence.
            if not (len(facts) == 1 and (c.kind == "term" or views[index].prefix))
        ]
        for index, facts in by_sentence.items()
    }
    # Sentences with the fewest facts to ask choose first, so that a sentence with one
    # way to be asked is not left without an MCQ.
    order = sorted(askable, key=lambda i: (len(askable[i]) > 1, i))
    per_answer: Counter[str] = Counter()
    varied: list[_McqOption] = []
    for index in order:
        view = views[index]
        passage: DistractorSources | None = None
        best: _McqOption | None = None
        best_key: tuple[float, int] | None = None
        stale = False
        for candidate in askable[index]:
            if best_key is not None and best_key[0] > candidate.score + _WH_BONUS:
                break
            if best_key is not None and _cannot_beat(
                best_key, candidate, view, sources, per_answer[_answer_key(candidate)], limits
            ):
                continue  # its options would be worked out for nothing
            passage = passage or _passage_sources(sources, index)
            option = _mcq_option(candidate, view, passage, distractors, dropped, unclozed)
            if option is None:
                continue
            asked = per_answer[_answer_key(candidate)]
            if asked >= limits.mcqs(candidate):
                stale = True
                continue
            key = (round(option.score - _REPEAT_PENALTY * asked, 6), -candidate.start)
            if best_key is None or key > best_key:
                best, best_key = option, key
        if best is None:
            if stale:
                dropped["mcq:answer-asked-enough"] += 1
            continue
        per_answer[_answer_key(best.candidate)] += 1
        varied.append(best)
    return spread_select(
        varied, limit, score=lambda o: o.score, position=lambda o: o.candidate.sentence, span=span
    )


def _cannot_beat(
    best_key: tuple[float, int],
    candidate: Candidate,
    view: SentenceView,
    sources: DistractorSources,
    asked: int,
    limits: AnswerLimits,
) -> bool:
    """Return True when a fact's MCQ could not beat the sentence's best option found: its
    key can only be its score, plus the question bonus if its stem is a question, less the
    repeat penalty (options only lower it), or its answer is asked enough already.

    A term not tried is not judged for its cloze either (`_no_cloze`), as a term after
    the loop's early stop is not.
    """
    from quizgen.generate.stems import question_stem

    if asked >= limits.mcqs(candidate):
        return True
    style = question_stem(view, candidate, sources.facts.capitalised)[1]
    bonus = _WH_BONUS if style == "wh" else 0.0
    # As `_mcq_option` rounds an option's score, and `_pick_mcqs` keys it.
    bound = round(round(candidate.score + bonus, 3) - _REPEAT_PENALTY * asked, 6)
    return (bound, -candidate.start) < best_key


def _mcq_option(
    candidate: Candidate,
    view: SentenceView,
    sources: DistractorSources,
    distractors: int,
    dropped: Counter[str],
    unclozed: set[int] | None = None,
) -> _McqOption | None:
    """Return the fact asked as an MCQ with its stem and distractors, or None if it cannot be.

    A term refused for a reason that makes a cloze of it no better is added to
    `unclozed` (see `_no_cloze`).
    """
    from quizgen.generate.distractors import choose_distractors
    from quizgen.generate.distractors.placed import adjective_gives_away
    from quizgen.generate.kinds import PLACE_KINDS
    from quizgen.generate.questions import doubtful_kind
    from quizgen.generate.stems import question_stem

    if doubtful_kind(candidate, view):
        dropped["mcq:doubtful-kind"] += 1
        return None
    if (
        candidate.kind == "term"
        and _modifies_a_noun(view, candidate)
        and not _names_a_contrasted_kind(view, candidate, sources.contrasts)
    ):
        # "the _____ nanotubes": options must fit as modifiers, and WordNet's sisters of
        # "carbon" (paper, tissue) do not; a cloze asks it without wrong options. The
        # article's other kinds of the noun fit ("In an _____ system": closed, isolated).
        dropped["mcq:modifier-blank"] += 1
        return None
    if candidate.kind == "person" and _after_an_honour(view, candidate):
        # "counterpart Sir _____": "Sir Fernando Torres" gives itself away as wrong.
        dropped["mcq:honour-before-blank"] += 1
        return None
    stem, style = question_stem(view, candidate, sources.facts.capitalised)
    if candidate.kind in PLACE_KINDS and adjective_gives_away(stem, candidate.text):
        dropped["mcq:stem-gives-answer-away"] += 1
        return None
    rejected: Counter[str] = Counter()
    chosen = choose_distractors(
        candidate.text, candidate.kind, stem, sources, count=distractors, rejected=rejected
    )
    dropped.update(rejected)
    if len(chosen) < distractors:
        dropped["mcq:too-few-distractors"] += 1
        if unclozed is not None and candidate.kind == "term" and _no_cloze(chosen, rejected):
            unclozed.add(id(candidate))
        return None
    bonus = _WH_BONUS if style == "wh" else 0.0
    bonus -= 0.03 * sum(d.method == "fallback-pool" for d in chosen)
    return _McqOption(candidate, stem, style, chosen, round(candidate.score + bonus, 3))


# Why a wrong option was refused, when the option only says the answer again.
_SAME_AS_ANSWER = frozenset(
    {
        "distractor:synonym",
        "distractor:equals-answer",
        "distractor:duplicate",
        "distractor:substring-of-answer",
        "distractor:alias",
    }
)


def _no_cloze(chosen: Sequence[Distractor], rejected: Counter[str]) -> bool:
    """Return True when a term's refused MCQ says a cloze of it is no question either.

    Options the article states in the answer's place ("also-true") mean the
    blank has more than one right answer; when every option WordNet offers
    means the answer again, the term is a general word ("area", "outbreak")
    with nothing of its own to recall. A term with no options at all is
    different: a word WordNet does not know ("avermectin") is rare, and a
    cloze is the way to ask it.
    """
    if rejected["distractor:also-true"]:
        return True
    return not chosen and bool(rejected) and set(rejected) <= _SAME_AS_ANSWER


def _after_an_honour(view: SentenceView, candidate: Candidate) -> bool:
    from quizgen.generate.distractors.roles import HONOURS

    before = view.tokens[candidate.first - 1].text if candidate.first else ""
    return before.casefold() in HONOURS


def _modifies_a_noun(view: SentenceView, candidate: Candidate) -> bool:
    """Return True when a noun follows the answer ("the silicon posts"), even one the tagger
    read as a verb ("posts"/VBZ): the answer is a modifier there."""
    if candidate.last >= len(view.tokens):
        return False
    after = view.tokens[candidate.last]
    return after.tag in {"NN", "NNS"} or (
        after.tag == "VBZ" and after.text.islower() and lexicon.is_noun(after.text)
    )


def _names_a_contrasted_kind(
    view: SentenceView, candidate: Candidate, contrasts: frozenset[tuple[str, str]]
) -> bool:
    """Return True when the answer says which kind of the noun after it the article contrasts."""
    after = view.tokens[candidate.last].text if candidate.last < len(view.tokens) else ""
    return (candidate.text, lexicon.noun_lemma(after)) in contrasts


def _passage_sources(sources: DistractorSources, index: int) -> DistractorSources:
    """Return the sources with the words of sentence `index` and its neighbours as sense context."""
    import dataclasses

    return dataclasses.replace(sources, context=sources.facts.passage_words(index))


def _second_mcqs(
    firsts: Sequence[_McqOption],
    by_sentence: Mapping[int, list[Candidate]],
    notes: Mapping[int, list[Candidate]],
    views: Mapping[int, SentenceView],
    sources: DistractorSources,
    limits: AnswerLimits,
    *,
    distractors: int,
    dropped: Counter[str],
) -> list[_McqOption]:
    """Return each sentence's second MCQ, if it has one: best first.

    Only for a sentence with a first MCQ, about a fact its cloze note does not
    blank, separate from every fact asked of the sentence already (the first
    MCQ's and the note's cards), and about an answer not yet asked enough.
    """
    from quizgen.generate.questions import independent

    first_of = {o.candidate.sentence: o.candidate for o in firsts}
    mcq_answers = Counter(_answer_key(o.candidate) for o in firsts)
    all_answers = mcq_answers + Counter(_answer_key(c) for cards in notes.values() for c in cards)
    seconds: list[_McqOption] = []
    for index, first in sorted(first_of.items()):
        view = views[index]
        asked = [first, *notes.get(index, ())]
        passage: DistractorSources | None = None
        for fact in sorted(by_sentence.get(index, ()), key=lambda c: (-c.score, c.start)):
            if any(fact is a or fact.key == a.key for a in asked):
                continue
            key = _answer_key(fact)
            if fact.kind == first.kind:
                continue  # two "Which country?" questions on one sentence: one fact both ways
            if mcq_answers[key] >= limits.mcqs(fact, second=True) or all_answers[
                key
            ] >= limits.total(fact):
                continue
            if not all(independent(fact, other, view) for other in asked):
                continue
            if fact.kind == "term" and len(by_sentence[index]) == 1:
                continue
            passage = passage or _passage_sources(sources, index)
            option = _mcq_option(fact, view, passage, distractors, dropped)
            if option is not None:
                mcq_answers[key] += 1
                all_answers[key] += 1
                seconds.append(option)
                break
    return seconds


def _note_cards(
    facts: list[Candidate], view: SentenceView, dropped: Counter[str]
) -> list[Candidate]:
    """Return the facts that become the cards of the sentence's cloze note, best first.

    At most _MAX_DELETIONS, each independent of the others (a card shows the other
    answers, so two members of one "A and B" would each give the other away).
    """
    from quizgen.generate.questions import independent

    note: list[Candidate] = []
    for fact in sorted(facts, key=lambda c: (-c.score, c.start)):
        if len(note) >= _MAX_DELETIONS:
            dropped["cloze:note-full"] += 1
        elif not all(independent(fact, other, view) for other in note):
            dropped["cloze:depends-on-another-card"] += 1
        else:
            note.append(fact)
    return note


def _cards_per_answer(
    cards: list[Candidate],
    mcqs: Sequence[_McqOption],
    limits: AnswerLimits,
    dropped: Counter[str],
) -> list[Candidate]:
    """Return the cards whose answer is not asked too often already, in their order.

    A sentence's only card keeps its answer first: dropping it there loses the
    sentence, while a note with other cards is still asked.
    """
    asked = Counter(_answer_key(o.candidate) for o in mcqs)
    carded: Counter[str] = Counter()
    allowed: set[int] = set()
    for card in _ranked(cards):
        key = _answer_key(card)
        if carded[key] < limits.clozes(card) and asked[key] < limits.total(card):
            carded[key] += 1
            asked[key] += 1
            allowed.add(id(card))
    if len(allowed) < len(cards):
        dropped["cloze:answer-asked-enough"] += len(cards) - len(allowed)
    return [card for card in cards if id(card) in allowed]


def _one_per_list(
    candidates: list[Candidate], views: Mapping[int, SentenceView], dropped: Counter[str]
) -> list[Candidate]:
    """Keep the best member of each list ("Germany, Austria, Slovakia and Hungary").

    One list is one fact; asking for each member in turn gives near-identical questions.
    """
    by_sentence: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        by_sentence.setdefault(candidate.sentence, []).append(candidate)
    kept: list[Candidate] = []
    for index, found in by_sentence.items():
        tokens = views[index].tokens
        ordered = sorted(found, key=lambda c: c.first)
        lists: list[list[Candidate]] = []
        for candidate in ordered:
            last = lists[-1][-1] if lists else None
            if (
                last is not None
                and last.kind == candidate.kind
                and last.last <= candidate.first
                and {t.text.casefold() for t in tokens[last.last : candidate.first]}
                <= {",", "and", "or"}
            ):
                lists[-1].append(candidate)
            else:
                lists.append([candidate])
        for members in lists:
            if len(members) >= 3:
                best = max(members, key=lambda c: (c.score, -c.first))
                kept.append(best)
                dropped["list-member"] += len(members) - 1
            else:
                kept.extend(members)
    return sorted(kept, key=lambda c: (c.sentence, c.start))


def _limit_per_sentence(
    candidates: list[Candidate], dropped: Counter[str]
) -> tuple[list[Candidate], list[Candidate]]:
    """Return the _MAX_PER_SENTENCE best answers of each sentence, and the next few as spares."""
    by_sentence: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        by_sentence.setdefault(candidate.sentence, []).append(candidate)
    kept: list[Candidate] = []
    spares: list[Candidate] = []
    for found in by_sentence.values():
        # Best first, but a second answer of a kind already taken waits its turn.
        ranked: list[Candidate] = []
        pending = sorted(found, key=lambda c: (-c.score, c.start))
        while pending:
            kinds = Counter(c.kind for c in ranked)
            best = min(pending, key=lambda c: (kinds[c.kind], -c.score, c.start))
            pending.remove(best)
            ranked.append(best)
        kept += ranked[:_MAX_PER_SENTENCE]
        spares += ranked[_MAX_PER_SENTENCE : _MAX_PER_SENTENCE + _SPARES_PER_SENTENCE]
        if len(ranked) > _MAX_PER_SENTENCE + _SPARES_PER_SENTENCE:
            dropped["sentence-has-enough"] += len(ranked) - _MAX_PER_SENTENCE - _SPARES_PER_SENTENCE
    return sorted(kept, key=lambda c: (c.sentence, c.start)), spares


def _limit_repeats(
    candidates: list[Candidate],
    limits: AnswerLimits,
    views: Mapping[int, SentenceView] | None = None,
) -> tuple[list[Candidate], list[Candidate]]:
    """Return (as many facts about each answer as `limits` allow, best first; the rest).

    A sentence whose only fact is the answer keeps it first: dropping it there
    loses the sentence, while a sentence with other facts is still asked. Given
    the `views`, a fact tied to another of its sentence ("Lukashenko and Putin
    met") comes after one that can be asked on its own.
    """
    from quizgen.generate.questions import independent

    tied: set[int] = set()
    if views is not None:
        by_sentence: dict[int, list[Candidate]] = {}
        for candidate in candidates:
            by_sentence.setdefault(candidate.sentence, []).append(candidate)
        tied = {
            id(c)
            for index, facts in by_sentence.items()
            for c in facts
            if any(o is not c and not independent(c, o, views[index]) for o in facts)
        }
    seen: Counter[str] = Counter()
    kept: list[Candidate] = []
    rest: list[Candidate] = []
    for candidate in _ranked(candidates, tied):
        key = _answer_key(candidate)
        if seen[key] >= limits.total(candidate):
            rest.append(candidate)
            continue
        seen[key] += 1
        kept.append(candidate)
    return sorted(kept, key=lambda c: (c.sentence, c.start)), rest


def _topics(context: ArticleContext, candidates: list[Candidate]) -> set[str]:
    """Return the answer keys of the article's topic: its dominant person or thing, and a
    term it keeps coming back to."""
    from quizgen.generate.candidates import normal_form

    topics = {
        (family_word(name) if kind == "person" else normal_form(name)).casefold()
        for name, kind in ((context.main_person, "person"), (context.main_thing, "thing"))
        if name
    }
    return topics | _topic_terms(candidates)


def _not_in_the_title(
    title: str, candidates: list[Candidate], limits: AnswerLimits, dropped: Counter[str]
) -> list[Candidate]:
    """Drop the names and numbers the title gives away: "LizaMoon attack infects millions of
    websites", "1,000 Tests Prove Sprint's 4G Network Is Slow". A name with a rival stays:
    "Putin and Lukashenko meet..." asks which of the two each time."""
    from quizgen.generate.candidates import normal_form
    from quizgen.generate.distractors.aliases import acronym_of
    from quizgen.generate.kinds import NAME_KINDS, NUMERIC_KINDS

    words = f" {normal_form(title)} "
    if not words.strip():
        return candidates

    def given(c: Candidate) -> bool:
        if c.kind in NAME_KINDS or c.kind == "name":
            # "IPCC" in "Intergovernmental Panel on Climate Change": the title by its initials.
            # A person by the surname ("Putin"), a name as written ("Bank of England").
            keys = (_answer_key(c), name_phrase(c))
            named = any(f" {key} " in words for key in keys) or acronym_of(c.text, title)
            return named and not limits.is_rivalled(c)
        return c.kind in NUMERIC_KINDS and f" {normal_form(c.text)} " in words

    kept = [c for c in candidates if not given(c)]
    dropped["named-in-the-title"] += len(candidates) - len(kept)
    return kept


def _not_the_subject(
    subjects: Subjects, candidates: list[Candidate], dropped: Counter[str]
) -> list[Candidate]:
    """Drop the answers that are what the whole article is about (see `subjects.py`)."""
    if not subjects:
        return candidates
    kept = [c for c in candidates if not subjects.covers(c.kind, c.text, _answer_key(c))]
    dropped["answer-is-the-subject"] += len(candidates) - len(kept)
    return kept


def _topic_once(
    topics: set[str],
    good: list[Candidate],
    spares: list[Candidate],
    repeats: list[Candidate],
    dropped: Counter[str],
    never: set[str] | frozenset[str] = frozenset(),
) -> tuple[list[Candidate], list[Candidate], list[Candidate]]:
    """Keep one question about the article's topic: its dominant person or thing, and none
    about an answer in `never`.

    An article about Sprint that asks "_____ said" four times hands the answer
    over; asked once, it is still a fact of the article. The kept fact is the
    one `_limit_repeats` ranks first.
    """
    if not topics and not never:
        return good, spares, repeats
    first: dict[str, int] = {}
    for candidate in _ranked(good):
        first.setdefault(_answer_key(candidate), id(candidate))

    def keep(candidates: list[Candidate]) -> list[Candidate]:
        kept = [
            c
            for c in candidates
            if not _names_one_of(c, never)
            and (_answer_key(c) not in topics or first[_answer_key(c)] == id(c))
        ]
        dropped["answer-is-the-topic"] += len(candidates) - len(kept)
        return kept

    return keep(good), keep(spares), keep(repeats)


_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
# How many "he"/"she"/"his"/"her" make a text the story of someone.
_STORY_PRONOUNS = 3


def _told_as_a_story(document: Document) -> bool:
    """Return True when the text speaks of someone as "he" or "she" again and again."""
    count = 0
    for sentence in document.sentences:
        for token in sentence.tokens:
            if token.text.casefold() in _PERSONAL_PRONOUNS:
                count += 1
                if count >= _STORY_PRONOUNS:
                    return True
    return False


def _names_one_of(candidate: Candidate, names: set[str] | frozenset[str]) -> bool:
    """Return True for a person answer with a word of one of `names`: "Alex Wood" for "alex"."""
    return bool(names) and candidate.kind in ("person", "name") and any(
        word.casefold() in names for word in candidate.text.split()
    )


def _topic_terms(candidates: list[Candidate]) -> set[str]:
    """Return the term an article keeps coming back to ("bats" in an article about bats), if
    one is asked far more often than any other: blanked in every sentence, it is no test."""
    asked = Counter(_answer_key(c) for c in candidates if c.kind == "term")
    (top, count), (_, second) = [*asked.most_common(2), ("", 0), ("", 0)][:2]
    return {top} if count >= _TOPIC_TERM_QUESTIONS and count >= 2 * second else set()


def _ranked(
    candidates: list[Candidate], tied: set[int] | frozenset[int] = frozenset()
) -> list[Candidate]:
    """Return facts best first as `_limit_repeats` ranks them: a sentence's only fact first,
    then facts not `tied` to another, and of two as good, the longer ("integration
    roadmaps" before "roadmaps")."""
    per_sentence = Counter(c.sentence for c in candidates)
    return sorted(
        candidates,
        key=lambda c: (
            per_sentence[c.sentence] > 1,
            id(c) in tied,
            -c.score,
            -(c.last - c.first),
            c.sentence,
            c.start,
        ),
    )


_answer_key = answer_key


def _clean_name(text: str) -> bool:
    """Return True for one clean name: not "X and Y", no stopword at an end ("Video The")."""
    words = text.split()
    return (
        bool(words)
        and " and " not in text
        and not lexicon.is_stopword(words[-1])
        and not lexicon.is_stopword(words[0].casefold().removeprefix("the"))
    )


def _in_prose(article: Article, start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in article.prose)


def _title_from_path(path: str) -> str:
    return Path(path).stem.replace("-", " ").replace("_", " ").strip().capitalize() if path else ""


def _limit_figures(
    candidates: list[Candidate], span: int, dropped: Counter[str]
) -> list[Candidate]:
    """Keep at most a few figures of one kind, the best spread over the article.

    A poll's twenty shares or a forecast's every rate make a drill, not a
    quiz: a teacher asks the few that carry the story.
    """
    cap = max(_MIN_FIGURES, span // _SENTENCES_PER_FIGURE)
    groups: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        group = _FIGURE_GROUPS.get(candidate.kind)
        if group:
            groups.setdefault(group, []).append(candidate)
    cut: set[int] = set()
    for members in groups.values():
        if len(members) > cap:
            kept = {
                id(c)
                for c in spread_select(
                    members, cap, score=lambda c: c.score, position=lambda c: c.sentence, span=span
                )
            }
            cut |= {id(c) for c in members if id(c) not in kept}
    if cut:
        dropped["figures-enough"] += len(cut)
    return [c for c in candidates if id(c) not in cut]


# Kinds of figure counted together, and how many of one kind a set asks at most: six, or
# one for every four sentences of a long article.
_FIGURE_GROUPS = {"percent": "share", "money": "money", "number": "count", "quantity": "count"}
_MIN_FIGURES = 6
_SENTENCES_PER_FIGURE = 4


class _CallableModule(types.ModuleType):
    """This package, callable as `quizgen.generate(text, **options)`.

    Importing `quizgen.generate` makes it the `generate` attribute of the
    `quizgen` package, hiding the function of that name there; calling the
    package does what that function did.
    """

    def __call__(self, text: str | Article, **options: Any) -> QuestionSet:
        return generate_set(text, **options)


sys.modules[__name__].__class__ = _CallableModule
