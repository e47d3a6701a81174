"""The rules every generated question must keep, checked from the outside on a finished question.

`rule_violations(question, document)` returns a list of messages (empty when the
question is fine). The tests run it over sets generated from several articles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.answers import normalize
from quizgen.cloze import card_indexes, deletions, render, syntax_problems
from quizgen.generate import lexicon
from quizgen.generate.context import NOT_PROSE, leading_connective
from quizgen.generate.distractors.filters import ArticleFacts, contains_phrase, distractor_problem
from quizgen.generate.kinds import answer_form
from quizgen.model import AnyQuestion, Cloze, MultipleChoice
from quizgen.nlp.document import Document

_LEADING_PRONOUNS = frozenset(
    ["he", "she", "it", "they", "this", "these", "those", "his", "her", "its", "their"]
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
# A word of its own as the tokenizer sees it: "I'm" is "I" + "'m", but "I'n" and
# "\ufffdI\ufffd" are single tokens, not "I".
_FIRST_PERSON = re.compile(
    r"(?<![^\s(\[“\"‘'])(I|we|We|our|Our|us|you|You|your|Your)"
    r"(?=['’](?:m|ll|ve|d|s|re)\b|[\s,.;:!?)\]”\"]|$)"
)


def rule_violations(
    question: AnyQuestion,
    document: Document,
    *,
    distractors: int = 3,
    facts: ArticleFacts | None = None,
) -> list[str]:
    """Return every rule the question breaks, as messages; [] when it keeps them all.

    `document` is the analysed article the question came from; `distractors` the
    number of wrong options an MCQ must have; `facts` may be passed to save work
    when checking many questions of one article.
    """
    problems = _source_problems(question, document)
    if isinstance(question, Cloze):
        problems += _cloze_problems(question)
    elif isinstance(question, MultipleChoice):
        problems += _mcq_problems(question, distractors, facts or ArticleFacts.of(document))
    return problems


def _source_problems(question: AnyQuestion, document: Document) -> list[str]:
    source = question.source
    if source is None or not source.sentence:
        return ["no source sentence"]
    problems = []
    if (
        source.start is None
        or source.end is None
        or document.text[source.start : source.end] != source.sentence
    ):
        problems.append("source offsets do not point at the source sentence")
    if not any(s.start == source.start and s.end == source.end for s in document.sentences):
        problems.append("source is not a prose sentence of the article")
    if NOT_PROSE.match(source.sentence):
        problems.append(f"source is not prose: {source.sentence[:40]!r}")
    if question.generated is None or not question.generated.version:
        problems.append("no generator provenance")
    elif not question.generated.reasons:
        problems.append("no reasons for the quality score")
    return problems


def _shown_text_problems(text: str) -> list[str]:
    """Rules for the sentence a learner reads: it stands alone and starts cleanly."""
    problems = []
    first_word = text.split(maxsplit=1)[0].strip("“\"'‘") if text.split() else ""
    if first_word.casefold() in _LEADING_PRONOUNS:
        problems.append(f"starts with an unresolved pronoun {first_word!r}")
    if leading_connective(text) and first_word.casefold() not in {"then"}:
        problems.append(f"starts with a connective {first_word!r}")
    if _FIRST_PERSON.search(_QUOTED.sub(" ", text)):
        problems.append("first- or second-person words out of their quotation")
    return problems


def _answer_problems(answer: str, shown: str) -> list[str]:
    """Rules for one blanked answer, given the text shown around its blank."""
    problems = []
    words = re.findall(r"\w+", answer)
    if not words or all(lexicon.is_stopword(w) for w in words):
        problems.append(f"blanks a stopword or pronoun: {answer!r}")
    if contains_phrase(shown, answer):
        problems.append(f"the answer {answer!r} is visible elsewhere in the question")
    return problems


def _cloze_problems(question: Cloze) -> list[str]:
    problems = [message for _, message in syntax_problems(question.text)]
    full = render(question.text)
    problems += _shown_text_problems(full)
    for index in card_indexes(question.text):
        shown = render(question.text, hide=index)
        for answer in (d.answer for d in deletions(question.text) if d.index == index):
            problems += _answer_problems(answer, shown)
    for deletion in deletions(question.text):
        before = question.text[: deletion.start].rstrip()
        after = question.text[deletion.end :].lstrip()
        neighbour_before = before.split()[-1] if before.split() else ""
        neighbour_after = after.split()[0] if after.split() else ""
        if (
            _is_name_word(neighbour_before)
            and deletion.start > 0
            and before[-1:].isalpha()
            and deletion.answer[:1].isupper()
        ):
            problems.append(f"blanks part of a name: {neighbour_before} {deletion.answer!r}")
        if _is_name_word(neighbour_after) and deletion.answer[:1].isupper():
            problems.append(f"blanks part of a name: {deletion.answer!r} {neighbour_after}")
    return problems


def _is_name_word(word: str) -> bool:
    """A capitalised word that is not a title ("Ambassador") is part of the name next to it."""
    from quizgen.generate.candidates import TITLES

    bare = word.strip(".,;:()“”\"'")
    return (
        bool(bare)
        and bare == word
        and bare[:1].isupper()
        and bare.isalpha()
        and bare.casefold() not in TITLES
        and not lexicon.is_stopword(bare)
    )


def _mcq_problems(question: MultipleChoice, distractors: int, facts: ArticleFacts) -> list[str]:
    problems = []
    stem, answer = question.question, question.answer
    if answer not in question.choices:
        problems.append("the answer is not among the choices")
    wrong = [c for c in question.choices if c != answer]
    if sorted(wrong) != sorted(d.text for d in question.distractors):
        problems.append("the choices are not the answer and the distractors")
    if len({normalize(c) for c in question.choices}) != len(question.choices):
        problems.append("two choices are the same")
    if question.explanation != (question.source.sentence.strip() if question.source else ""):
        problems.append("the explanation is not the source sentence")
    problems += _shown_text_problems(stem)
    problems += _answer_problems(answer, stem)
    kind = question.tags[0] if question.tags else "term"
    for distractor in question.distractors:
        if not distractor.method or distractor.method == "manual":
            problems.append(f"distractor {distractor.text!r} does not say how it was made")
    problems += distractor_set_problems(
        answer,
        [d.text for d in question.distractors],
        stem=stem,
        kind=kind,
        facts=facts,
        count=distractors,
    )
    return problems


def distractor_set_problems(
    answer: str,
    distractors: Sequence[str],
    *,
    stem: str,
    kind: str,
    facts: ArticleFacts | None = None,
    count: int = 3,
) -> list[str]:
    """Return the problems of a set of wrong options for `answer` (also used on human sets).

    Each must differ from the answer and from the others, not be in the stem,
    not be stated as true by the article, and have the answer's kind and form.
    """
    problems = []
    if len(distractors) != count:
        problems.append(f"{len(distractors)} distractors, not {count}")
    for position, problem in distractor_findings(
        answer, distractors, stem=stem, kind=kind, facts=facts
    ):
        problems.append(f"distractor {distractors[position]!r}: {problem}")
    forms = {answer_form(choice, kind) for choice in (answer, *distractors)}
    if len(forms) > 1:
        problems.append(f"choices differ in form: {sorted(map(str, forms))}")
    return problems


def distractor_findings(
    answer: str,
    distractors: Sequence[str],
    *,
    stem: str,
    kind: str,
    facts: ArticleFacts | None = None,
) -> list[tuple[int, str]]:
    """Return (position, reason) for each wrong option that breaks a rule, in order.

    Each option is judged beside the answer and the options before it; the
    reasons are `distractor_problem`'s ("equals-answer", "different-form"...).
    `quizgen check` reports them on hand-written sets at the options' places.
    """
    found = []
    for position, text in enumerate(distractors):
        problem = distractor_problem(
            text, answer=answer, kind=kind, stem=stem, others=distractors[:position], facts=facts
        )
        if problem:
            found.append((position, problem))
    return found
