"""Markdown markup taken out line by line, with headings, code and tables marked as non-prose."""

from __future__ import annotations

from quizgen.article.markdown import clean_inline, markdown_text


def test_inline_markup_keeps_only_the_words() -> None:
    line = (
        "The **new** [tram line](https://example.org/tram_(2024) \"Tram\") runs *every* "
        "10 minutes, says `Ruter`.[^1] ~~Old~~ ![map](map.png)"
    )
    assert clean_inline(line) == "The new tram line runs every 10 minutes, says Ruter. Old "


def test_underscores_and_asterisks_inside_words_and_sums_are_kept() -> None:
    assert clean_inline("the file_name_here and 2 * 3 * 4") == "the file_name_here and 2 * 3 * 4"


def test_backslash_escapes_are_literal() -> None:
    assert clean_inline(r"a \*star\* and \[brackets\]") == "a *star* and [brackets]"


def test_line_numbers_are_kept_and_non_prose_lines_are_marked() -> None:
    source = (
        "---\ntitle: From Front Matter\n---\n"
        "Intro line.\n"
        "## Section\n"
        "```python\nprint('code')\n```\n"
        "| a | b |\n"
        "[1]: https://example.org\n"
        "> Quoted *words*.\n"
        "- Listed item\n"
    )
    result = markdown_text(source)
    assert len(result.text.split("\n")) == len(source.split("\n"))
    assert result.title == "From Front Matter"
    assert result.skipped == {
        0: "front matter", 1: "front matter", 2: "front matter",
        4: "heading", 5: "code", 6: "code", 7: "code", 8: "table", 9: "link definition",
    }
    lines = result.text.split("\n")
    assert lines[3] == "Intro line."
    assert lines[4] == "Section"
    assert lines[10] == "Quoted words."
    assert lines[11] == "Listed item"


def test_setext_headings_are_recognised() -> None:
    result = markdown_text("Big Title\n=========\n\nText here.\n\nPart two\n--------\n")
    assert result.title == "Big Title"
    assert result.skipped == {0: "title", 1: "markup", 5: "heading", 6: "markup"}


def test_entity_that_spells_a_newline_does_not_add_a_line() -> None:
    result = markdown_text("one&#10;two\nthree")
    assert result.text == "one two\nthree"
