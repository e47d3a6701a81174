"""Abuse quoted in an article never becomes an answer, a wrong option or an asked sentence."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")

# Our own report on online abuse: the slur is quoted, and the facts around it are worth asking.
REPORT = (
    "The Harbour Forum was an online board for sailors in the port of Aberdeen. "
    "In March 2021, one member called a young skipper a faggot in a public thread. "
    "The moderators removed the post within two hours and banned the member. "
    "The forum had about 40,000 members when its owner, Netlink, closed it in 2023."
)


def test_a_sentence_quoting_a_slur_is_not_asked_but_the_rest_are() -> None:
    from quizgen import generate
    from quizgen.cloze import render

    question_set = generate(REPORT)
    shown = []
    for question in question_set.questions:
        if question.type == "cloze":
            shown.append(render(question.text))  # the back of the card: every answer shown
        else:
            shown += [question.question, *question.choices, question.explanation or ""]
    assert shown, "the other sentences should still give questions"
    assert not any("faggot" in text.casefold() for text in shown)
    assert question_set.stats["sentence:abusive-language"] == 1
    assert any("40,000" in text or "Netlink" in text for text in shown)


@pytest.mark.parametrize("text", ["a pornographic whore", "Niggers", "the fags"])
def test_listed_words_are_caught_in_any_case_and_number(text: str) -> None:
    from quizgen.generate.offensive import abusive

    assert abusive(text)


@pytest.mark.parametrize(
    "text", ["Dick Cheney", "wild boars", "the Scunthorpe United ground", "the queen", "a tool"]
)
def test_names_and_plain_words_are_not_flagged(text: str) -> None:
    from quizgen.generate.offensive import abusive

    assert not abusive(text)
