"""Comments survive a rewrite: each goes back before the key or question it was written above."""

from __future__ import annotations

import re

from quizgen.sets import comments, dump_set
from quizgen.sets.reader import parse_text

HAND_WRITTEN = """\
# yaml-language-server: $schema=../my.schema.json
# A deck about rivers.
id: rivers
title: Rivers   # the title shown in the quiz
questions:   # rivers by continent

  # Africa
  - cloze: "The {{Nile}} flows into the Mediterranean."
  - q: Which river flows through Baghdad?   # Iraq
    a: Tigris
    # Euphrates is the obvious distractor
    wrong: [Euphrates, Jordan]
    source:
      sentence: Baghdad lies on the Tigris.  # from an atlas
# the end
"""


def rewrite(text: str) -> str:
    parsed = parse_text(text, "rivers.yaml")
    assert parsed.question_set is not None, parsed.problems
    return comments.render(dump_set(parsed.question_set), parsed.question_set,
                           comments.collect(parsed))


def comment_texts(text: str) -> list[str]:
    return re.findall(r"#.*", text)


def test_every_comment_is_kept_in_order_and_the_schema_line_stays_first() -> None:
    output = rewrite(HAND_WRITTEN)
    assert comment_texts(output) == comment_texts(HAND_WRITTEN)
    assert output.splitlines()[0] == "# yaml-language-server: $schema=../my.schema.json"


def test_comments_go_before_the_key_or_question_they_belong_to() -> None:
    lines = rewrite(HAND_WRITTEN).splitlines()

    def after(comment: str) -> str:
        return lines[lines.index(comment) + 1].strip()

    assert after("# A deck about rivers.") == "id: rivers"
    assert after("# the title shown in the quiz") == "title: Rivers"
    assert after("# rivers by continent") == "questions:"
    assert after("  # Africa").startswith("- id: c-")
    assert after("    # Iraq") == "question: Which river flows through Baghdad?"
    assert after("    # Euphrates is the obvious distractor").startswith("choices:")
    assert after("    # from an atlas") == "source:"
    assert lines[-1] == "# the end"


def test_a_blank_line_before_a_comment_block_is_kept() -> None:
    lines = rewrite(HAND_WRITTEN).splitlines()
    assert lines[lines.index("  # Africa") - 1] == ""


def test_rewriting_twice_changes_nothing_more() -> None:
    once = rewrite(HAND_WRITTEN)
    assert rewrite(once) == once


def test_hash_signs_inside_texts_are_not_taken_for_comments() -> None:
    text = ("id: s\ntitle: 'C# and F#'\nquestions:\n  - cloze: \"Use {{#}} for comments\"\n"
            "    explanation: |\n      # not a comment\n      still text\n")
    output = rewrite(text)
    parsed = parse_text(output)
    assert parsed.question_set == parse_text(text).question_set
    assert not comments.collect(parse_text(text))
