"""Properties of reading any text or bytes: no crash, and prose ranges that point into the text."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.article import article_from_text
from quizgen.article.decoding import decode_bytes
from quizgen.errors import InputError

# Text biased towards the characters the readers treat specially.
_MARKUP = st.sampled_from(
    ["\n", "\n\n", "\r\n", " ", "<p>", "</p>", "<script>", "<!--", "-->", "#", "*", "_", "`",
     "[", "](", ")", "{{", "}}", "::", "&amp;", "\x1b[31m", "Photo: ", "By ", "http://x.org",
     "\u202e", "e\u0301", "👩‍🔬", "שלום", "."]
)
_TEXT = st.lists(st.one_of(st.text(max_size=20), _MARKUP, st.sampled_from(string.ascii_letters)),
                 max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=_TEXT, fmt=st.sampled_from(["txt", "md", "html"]))
def test_any_text_reads_into_ordered_ranges_inside_the_text(text: str, fmt: str) -> None:
    article = article_from_text(text, fmt=fmt)  # type: ignore[arg-type]
    previous_end = 0
    for start, end in article.prose:
        assert previous_end <= start < end <= len(article.text)
        chunk = article.text[start:end]
        assert chunk == chunk.strip()
        previous_end = end
    for item in article.excluded:
        assert 0 <= item.start <= item.end <= len(article.text)
    assert "\x1b" not in article.text
    assert "\r" not in article.text


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=400))
def test_any_bytes_decode_or_give_an_input_error(data: bytes) -> None:
    try:
        decoded = decode_bytes(data, name="'x'")
    except InputError as error:
        assert "\n" not in str(error)
    else:
        assert isinstance(decoded.text, str)
