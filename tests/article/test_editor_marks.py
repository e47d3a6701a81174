"""A wiki's marks for its editors never reach a sentence a question shows."""

from __future__ import annotations

from quizgen.article import article_from_text


def test_footnotes_and_maintenance_tags_inside_sentences_are_taken_out() -> None:
    article = article_from_text(
        "As of March 2019[update], the bridge[3] carried 40,000 cars a day.[4] The toll"
        "[citation needed] rose twice.[when?] Locals call it the Arc[a] or the Bow"
        "[not in citation given]."
    )
    assert article.text == (
        "As of March 2019, the bridge carried 40,000 cars a day. The toll rose twice. "
        "Locals call it the Arc or the Bow."
    )


def test_brackets_that_are_text_stay() -> None:
    # A list's number after a space, and a quoter's insertion of one word, are the writer's.
    text = (
        'Step [3] is the last. "They want[ed] a vote," she said of the [new] rules. The judge '
        'wrote that "[t]he compact binds both states" and "[a] drought is no excuse." '
        "A signal x[n] is sampled."
    )
    assert article_from_text(text).text == text
