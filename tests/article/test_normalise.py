"""Text normalisation: newlines, NFC, and no escape sequences or control characters."""

from __future__ import annotations

from quizgen.article.normalise import normalise_text, strip_terminal_controls


def test_every_kind_of_newline_becomes_one() -> None:
    assert normalise_text("a\r\nb\rc\u2028d\x0ce") == "a\nb\nc\nd\ne"


def test_text_is_composed_to_nfc() -> None:
    assert normalise_text("Mu\u0308ller") == "Müller"


def test_escape_sequences_and_controls_are_removed_but_tabs_kept() -> None:
    hostile = "\x1b[2J\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\\tok\x00\x07\x9b31m end\u00ad"
    assert normalise_text(hostile) == "link\tok end"


def test_rtl_text_emoji_and_combining_marks_survive() -> None:
    text = "שלום and مرحبا 👩‍🔬 e\u0301"
    assert normalise_text(text) == "שלום and مرحبا 👩‍🔬 é"


def test_terminal_line_has_no_newlines_or_escapes() -> None:
    assert strip_terminal_controls("bad\x1b[31m\nname\r\x07") == "bad name "


def test_apostrophe_look_alikes_between_letters_become_an_apostrophe() -> None:
    """U+02C8 and U+02BC typed for an apostrophe: one character for one, offsets unchanged."""
    text = "Norway\u02c8s fjords and don\u02bct"
    normalised = normalise_text(text)
    assert normalised == "Norway\u2019s fjords and don\u2019t"
    assert len(normalised) == len(text)


def test_a_stress_mark_that_is_no_apostrophe_or_quotation_mark_is_kept() -> None:
    assert normalise_text("a \u02c8ba and \u02c8ta") == "a \u02c8ba and \u02c8ta"


def test_a_stress_mark_in_a_phonetic_transcription_is_kept() -> None:
    text = "Kvik (/kv\u026a\u02c8k\u0259/) is a town."
    assert normalise_text(text) == text


def test_look_alikes_around_words_become_quotation_marks() -> None:
    """'she said, ˈno.ˈ The…': a quotation the sentence splitter can see the end of."""
    text = "Asked about the plan, she said, \u02c8no.\u02c8 The mayor left."
    normalised = normalise_text(text)
    assert normalised == "Asked about the plan, she said, \u2018no.\u2019 The mayor left."
    assert len(normalised) == len(text)


def test_a_quotation_of_look_alikes_does_not_run_across_lines() -> None:
    assert normalise_text("a \u02c8word\nand\u02c8 b") == "a \u02c8word\nand\u02c8 b"


def test_three_spaces_left_by_a_lost_dash_become_a_dash_again() -> None:
    lost = (
        "In market value Brix   at 4bn euros   is smaller than its rival Nordvik of Oslo."
        "  Two spaces stay.\n   Indent stays.\nName   Age   Town\n"
    )
    fixed = normalise_text(lost)
    assert fixed == (
        "In market value Brix – at 4bn euros – is smaller than its rival Nordvik of Oslo."
        "  Two spaces stay.\n   Indent stays.\nName   Age   Town\n"
    )
    assert len(fixed) == len(lost)  # offsets taken later stay true
