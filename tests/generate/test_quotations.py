"""Quotations that fill their sentences, and the mention in the attribution that says them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")

_SAID = "\u201cWe have opened 14 new clinics in the north this year,\u201d"


def _quotations(text: str):  # type: ignore[no-untyped-def]
    from quizgen.generate.quotations import find_quotations
    from quizgen.nlp.pipeline import analyse_text

    document = analyse_text(text)
    return document, find_quotations(document)


def _speaker(document, quotation) -> str:  # type: ignore[no-untyped-def]
    """The speaker's name as the attribution writes it, or the pronoun, or "" for no one."""
    mention = quotation.speaker
    if mention is None:
        return ""
    return mention.name or document.sentences[mention.sentence].tokens[mention.token].text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(f"{_SAID} said Health Minister Ana Costa.", "Ana Costa", id="said-X"),
        pytest.param(f"{_SAID} Ana Costa told reporters in Lisbon.", "Ana Costa", id="X-told"),
        pytest.param(
            f"{_SAID} the Lusa agency quotes Ana Costa as saying.", "Ana Costa", id="quotes-X"
        ),
        pytest.param(
            "Ana Costa, the health minister, said: \u201cWe have opened 14 new clinics in "
            "the north this year.\u201d",
            "Ana Costa",
            id="X-said-colon",
        ),
        pytest.param(
            "The health minister, Ana Costa, added: \u201cWe have opened 14 new clinics in "
            "the north this year.\u201d",
            "Ana Costa",
            id="name-in-an-aside",
        ),
        pytest.param(f"{_SAID} she said.", "she", id="pronoun"),
    ],
)
def test_the_attribution_names_who_speaks(text: str, speaker: str) -> None:
    document, quotations = _quotations(text)
    assert len(quotations) == 1
    assert _speaker(document, quotations[0]) == speaker


def test_a_press_service_with_no_person_named_is_no_speaker() -> None:
    document, quotations = _quotations(f"{_SAID} the ministry's press service reported.")
    assert [_speaker(document, q) for q in quotations] == [""]


def test_a_quotation_runs_over_its_sentences_up_to_the_closing_mark() -> None:
    document, quotations = _quotations(
        "\u201cWe opened 14 new clinics in Braga this year. We will open 20 more in Porto "
        "next year,\u201d said Ana Costa. The ministry will publish the figures in May."
    )
    (quotation,) = quotations
    assert _speaker(document, quotation) == "Ana Costa"
    quoted = [
        " ".join(t.text for t in document.sentences[index].tokens[first:last])
        for index, first, last in quotation.pieces
    ]
    # The quoted words of each sentence, without the marks or the attribution.
    assert quoted == [
        "We opened 14 new clinics in Braga this year .",
        "We will open 20 more in Porto next year ,",
    ]


def test_a_quoted_phrase_inside_a_sentence_is_no_quotation_of_its_own() -> None:
    _, quotations = _quotations(
        "Ana Costa called the plan \u201ca good day for all of us\u201d and left Braga on Monday."
    )
    assert quotations == []


def test_a_new_paragraph_ends_a_quotation_left_open() -> None:
    _, quotations = _quotations(
        "Ana Costa said: \u201cWe opened 14 new clinics in Braga this year.\n\n"
        "The ministry will publish the figures for every region in May."
    )
    (quotation,) = quotations
    assert [piece[0] for piece in quotation.pieces] == [0]


@pytest.mark.parametrize(
    ("words", "bare"),
    [
        ("Ana Costa told reporters in Lisbon on Monday", True),
        ("The Lusa agency quotes Ana Costa as saying", True),
        ("Ana Costa commented on the plan to close the old hospital in the centre of Braga", False),
        ("Ana Costa, who opened the hospital in Braga, said", False),
    ],
)
def test_a_bare_attribution_says_only_who_speaks(words: str, bare: bool) -> None:
    from quizgen.generate.quotations import bare_attribution
    from quizgen.nlp.pipeline import analyse_text

    (sentence,) = analyse_text(words + ".").sentences
    assert bare_attribution(sentence.tokens) is bare


def test_a_quotation_opened_again_on_its_next_sentence_ends_before_the_next_speaker() -> None:
    # A quotation of two sentences whose marks open again on the second, as news writes
    # one that ran over two paragraphs; then another person speaks.
    document, quotations = _quotations(
        'Ana Costa said: "We opened 14 new clinics in Braga this year. '
        '"We will open 20 more in Porto next year." '
        'Rui Lobo added: "Far too few nurses work in the north."'
    )
    speakers = [(_speaker(document, q), [p[0] for p in q.pieces]) for q in quotations]
    assert speakers == [("Ana Costa", [0, 1]), ("Rui Lobo", [2])]
