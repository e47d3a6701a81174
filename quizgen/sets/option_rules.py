"""The generator's distractor rules judged on a read set's wrong options: warnings at their places.

`quizgen check` imports this inside its command: loading a set to play or export
never pays for the generator, WordNet or the word-frequency list.
"""

from __future__ import annotations

from quizgen.generate import answer_kind
from quizgen.generate.distractors.fallback import statesman
from quizgen.generate.distractors.filters import contains_phrase, distractor_problem
from quizgen.generate.kinds import (
    DATE_KINDS,
    NAME_KINDS,
    NUMERIC_KINDS,
    PLACE_KINDS,
    answer_form,
    place_kind,
)
from quizgen.generate.rules import distractor_findings
from quizgen.sets.problems import Problem
from quizgen.sets.reader import OptionsRead, ParsedSet

# The kinds a tag may name to say what a question's answer is: the generator writes its kind
# as a question's first tag, and a person may write one ("tags: [person]").
ANSWER_KINDS = NUMERIC_KINDS | DATE_KINDS | NAME_KINDS | {"term", "name"}
# Places whose kind the text alone settles; beside one, another kind of place stands out.
_SURE_PLACES = frozenset({"country", "city", "region"})


def option_warnings(parsed: ParsedSet) -> list[Problem]:
    """Return the rule findings on every multiple-choice question read, in file order.

    Each is a warning at the wrong option it is about: a matter of judgement
    (form, kind, a part of the answer), not an error in the file.
    """
    warnings: list[Problem] = []
    for question in parsed.options_read:
        for node, message in question_findings(question):
            mark = node.start_mark
            warnings.append(
                Problem(parsed.name, mark.line + 1, mark.column + 1, message, "warning")
            )
    return warnings


def question_findings(question: OptionsRead) -> list[tuple[object, str]]:
    """Return (option node, message) for each wrong option of `question` that breaks a rule."""
    texts = [text for text, _ in question.wrong]
    kind = kind_of_answer(question.answer, question.tags)
    found = []
    for position, reason in distractor_findings(
        question.answer, texts, stem=question.stem, kind=kind
    ):
        text, node = question.wrong[position]
        message = _message(reason, text, question, kind, texts[:position])
        if message:
            found.append((node, f"{message} [{reason}]"))
    return found


def kind_of_answer(answer: str, tags: tuple[str, ...]) -> str:
    """Return the answer's kind: the first tag naming one, else what its text shows.

    From the text: a year, date, percentage, sum of money or number; a country,
    city or region the place lists know; a statesman the pool knows; else a
    "name" if capitalised, a "term" if not. People and bodies are not guessed:
    a name's shape does not settle them ("New York" has a person's; beside
    "Manchester United", "Liverpool" is a club, not a city). Tag such a question
    `person` or `organisation` to have the rules for them.
    """
    for tag in tags:
        if tag in ANSWER_KINDS:
            return tag
    kind = answer_kind(answer)
    if kind == "name":
        if place_kind(answer) in _SURE_PLACES:
            return "place"
        if statesman(answer) is not None:
            return "person"
    return kind


def _message(reason: str, text: str, question: OptionsRead, kind: str,
             earlier: list[str]) -> str:
    """Return what a rule finding means for this option, or "" for none worth reporting."""
    answer = question.answer
    if reason == "different-form":
        return _form_difference(text, answer, kind)
    if reason == "substring-of-answer":
        if contains_phrase(answer, text):
            return f"'{text}' is part of the answer '{answer}'"
        return f"the answer '{answer}' is part of '{text}'"
    if reason == "duplicate":
        twin = next((other for other in earlier if distractor_problem(
            text, answer=answer, kind=kind, stem=question.stem, others=[other]) == reason), "")
        return f"'{text}' may be the same option as '{twin}'" if twin else (
            f"'{text}' may be the same as another option")
    messages = {
        "equals-answer": f"'{text}' is spelt almost like the answer '{answer}'",
        "synonym": f"'{text}' may mean the same as the answer '{answer}'",
        "alias": f"'{text}' may be another name of the answer '{answer}'",
        "different-kind": f"'{text}' is another kind of body than the answer '{answer}'",
        "across-the-change": (
            f"'{text}' lies on the other side of the change than the answer '{answer}'"
        ),
        "another-time": f"'{text}' is of another time than the question, by the article",
        "in-stem": f"'{text}' appears in the question",
        "unknown-word": f"'{text}' has a word no English word list knows (a misspelling?)",
    }
    return messages.get(reason, f"'{text}' breaks the rule '{reason}'")


def _form_difference(text: str, answer: str, kind: str) -> str:
    """Say how an option's form (see `answer_form`) differs from the answer's, or "" if it
    differs only in what the text alone cannot settle (a place of unknown kind)."""
    mine, theirs = answer_form(text, kind), answer_form(answer, kind)
    family = theirs[0]
    if family == "number":
        _, unit, hedge, scale, digits = mine
        _, answer_unit, answer_hedge, answer_scale, answer_digits = theirs
        if unit != answer_unit:
            return _says(text, unit, answer, answer_unit)
        if hedge != answer_hedge:
            return _says(text, hedge, answer, answer_hedge)
        if scale != answer_scale:
            return _says(text, scale, answer, answer_scale)
        if digits != answer_digits:
            return f"'{text}' is written in {digits}, the answer '{answer}' in {answer_digits}"
    elif family == "date" and mine[1:4] != theirs[1:4]:
        return f"'{text}' gives {_date_parts(mine)}, the answer '{answer}' {_date_parts(theirs)}"
    elif family == "name":
        if mine[2] == "abbreviation" or theirs[2] == "abbreviation":
            short, full = (text, answer) if mine[2] == "abbreviation" else (answer, text)
            who = "the answer " if short == answer else ""
            return f"{who}'{short}' is an abbreviation beside '{full}'"
        if kind in PLACE_KINDS:
            if mine[1] == "place":
                return ""  # a place the lists and WordNet do not know: no telling its kind
            return f"'{text}' is {_a(mine[1])}, the answer '{answer}' {_a(theirs[1])}"
        if mine[2] != theirs[2]:
            shape, answer_shape = _name_shape(mine[2]), _name_shape(theirs[2])
            return f"'{text}' is {shape}, the answer '{answer}' {answer_shape}"
    elif family == "term":
        if mine[1] != theirs[1]:
            if kind == "name":
                return ""  # a name's last letter says nothing of its number: "Roscosmos"
            return f"'{text}' is {mine[1]}, the answer '{answer}' {theirs[1]}"
        if mine[2] != theirs[2]:
            starts = {"capital": "a capital letter", "lower": "a small letter"}
            return (f"'{text}' starts with {starts[mine[2]]},"
                    f" the answer '{answer}' with {starts[theirs[2]]}")
    return f"'{text}' is not written like the answer '{answer}'"


def _says(text: str, word: str, answer: str, answer_word: str) -> str:
    """Say which word of a number's form ("about", "million", its unit) only one side has."""
    if not word:
        return f"'{text}' is written without '{answer_word}', unlike the answer '{answer}'"
    if not answer_word:
        return f"'{text}' says '{word}', unlike the answer '{answer}'"
    return f"'{text}' says '{word}', the answer '{answer}' says '{answer_word}'"


def _date_parts(form: tuple[str, ...]) -> str:
    parts = [part for part in form[1:4] if part]
    if not parts:
        return "no day, month or year"
    if len(parts) == 1:
        return f"the {parts[0]} only"
    return "the " + ", ".join(parts[:-1]) + " and " + parts[-1]


def _name_shape(shape: str) -> str:
    return {"one-word": "one name", "full-name": "a full name"}.get(shape, shape)


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"
