"""Field HTML: article text escaped so Anki shows it literally, cloze deletions kept live."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from quizgen.cloze import deletions, make_deletion
from quizgen.export.fields import choices_list, cloze_text, escape_text, source_text


def test_escape_text_turns_markup_and_braces_into_entities_and_newlines_into_breaks() -> None:
    assert escape_text("<script>alert('x')</script> & {{c1::") == (
        "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &#123;&#123;c1::"
    )
    assert escape_text('say "hi"\r\nbye') == "say &quot;hi&quot;<br>bye"
    assert escape_text("Plain text, 3,500 km.") == "Plain text, 3,500 km."


@given(st.text())
def test_escaped_text_has_no_live_markup_and_reads_back_as_written(text: str) -> None:
    escaped = escape_text(text)
    assert "<" not in escaped.replace("<br>", "")
    assert "{" not in escaped and "}" not in escaped
    assert html.unescape(escaped.replace("<br>", "\n")) == text.replace("\r", "")


def test_cloze_text_keeps_deletions_live_and_escapes_everything_around_them() -> None:
    text = "A <b> {{c1::x<y::h:i}} then {{c2::10:30}} and a stray {{c1:: here"
    assert cloze_text(text) == (
        "A &lt;b&gt; {{c1::x&lt;y::h&#58;i}} then {{c2::10&#58;30}} "
        "and a stray &#123;&#123;c1:: here"
    )


def test_cloze_text_escapes_double_colons_in_hints_and_braces_in_answers() -> None:
    # quizgen.cloze reads answer "10:30" and hint "a time::of day", and answer "a {{b".
    text = "Meet at {{c1::10:30::a time::of day}} by {{c2::a {{b}}."
    assert cloze_text(text) == (
        "Meet at {{c1::10&#58;30::a time&#58;&#58;of day}} by {{c2::a &#123;&#123;b}}."
    )


@given(
    st.lists(
        st.text(min_size=1).filter(
            lambda answer: (
                answer.strip()
                and not any(s in answer for s in ("::", "{{", "}}"))
                and not answer.endswith(("}", ":"))
                and not answer.startswith(":")
            )
        ),
        min_size=1,
        max_size=3,
    ),
    st.text(),
)
def test_the_only_live_braces_in_a_cloze_field_are_its_deletions(
    answers: list[str], filler: str
) -> None:
    text = filler.join(make_deletion(answer, index) for index, answer in enumerate(answers, 1))
    field = cloze_text(text)
    live = deletions(field)
    assert len(live) == len(deletions(text))
    shown = [html.unescape(d.answer.replace("<br>", "\n")) for d in live]
    assert shown == [d.answer.replace("\r", "") for d in deletions(text)]
    outside = field
    for deletion in reversed(live):
        outside = outside[: deletion.start] + outside[deletion.end :]
    assert "{" not in outside and "}" not in outside


def test_choices_list_escapes_each_choice_and_classes_only_the_right_one() -> None:
    assert choices_list(["<i>a</i>", "b & c", "d"], 1) == (
        '<ol class="qz-choices"><li>&lt;i&gt;a&lt;/i&gt;</li>'
        '<li class="qz-correct">b &amp; c</li><li>d</li></ol>'
    )


def test_source_text_puts_the_sentence_under_the_title_and_escapes_the_sentence() -> None:
    escaped_title = "Title &amp; co"
    assert (
        source_text(escaped_title, "A <b> sentence") == f"{escaped_title}<br>A &lt;b&gt; sentence"
    )
    assert source_text("Title", "") == "Title"
    assert source_text("", "Only <this>") == "Only &lt;this&gt;"
