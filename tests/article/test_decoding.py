"""Bytes to text: byte-order marks, UTF-8, damaged UTF-8, cp1252, and binary data refused."""

from __future__ import annotations

import codecs

import pytest

from quizgen.article.decoding import decode_bytes, reject_binary_head
from quizgen.errors import InputError


def test_utf32_with_bom_is_decoded() -> None:
    text = "Ελλάδα and 東京 in one line"
    decoded = decode_bytes(codecs.BOM_UTF32_LE + text.encode("utf-32-le"), name="'x'")
    assert decoded.text == text


def test_utf8_with_a_few_bad_bytes_stays_utf8_with_a_warning() -> None:
    data = "Zoë and Chloë met in Malmö and Göteborg. ".encode() + b"\xff tail"
    decoded = decode_bytes(data, name="'x'")
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith("Zoë and Chloë")
    assert "\ufffd tail" in decoded.text
    assert "1 byte(s)" in decoded.warnings[0]


def test_latin_text_that_is_not_utf8_falls_back_to_cp1252() -> None:
    decoded = decode_bytes("Señor Peña’s café".encode("cp1252"), name="'x'")
    assert decoded.text == "Señor Peña’s café"
    assert decoded.encoding == "cp1252"
    assert "cp1252" in decoded.warnings[0]


def test_broken_utf16_after_a_bom_is_refused() -> None:
    with pytest.raises(InputError, match="not valid UTF-16"):
        decode_bytes(codecs.BOM_UTF16_LE + b"a\x00\x00\xdc", name="'x'")


def test_text_with_escape_sequences_is_not_mistaken_for_binary() -> None:
    data = b"\x1b[1mBold\x1b[0m and \x1b[32mgreen\x1b[0m words in a line."
    assert decode_bytes(data, name="'x'").encoding == "utf-8"


def test_head_of_a_large_binary_file_is_enough_to_refuse_it() -> None:
    with pytest.raises(InputError, match="GIF image"):
        reject_binary_head(b"GIF89a\x01\x00", name="'x'")
    with pytest.raises(InputError, match="binary"):
        reject_binary_head(b"\x00\x13\x00\xff\xfe\x00\x00\x91" * 100, name="'x'")


def test_head_of_utf16_text_is_not_refused() -> None:
    reject_binary_head("Plain words in UTF-16.".encode("utf-16-le"), name="'x'")
    reject_binary_head("Plain words.".encode("utf-16"), name="'x'")


def test_html_page_in_its_declared_charset_is_decoded_without_a_warning() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Минск и Сочи</p></body>'
    decoded = decode_bytes(page.encode("cp1251"), name="'x'")
    assert decoded.encoding == "cp1251"
    assert "Минск и Сочи" in decoded.text
    assert decoded.warnings == ()


def test_declared_charset_that_does_not_fit_the_bytes_is_ignored() -> None:
    page = '<meta http-equiv="Content-Type" content="text/html; charset=no-such-codec">café'
    decoded = decode_bytes(page.encode("cp1252"), name="'x'")
    assert decoded.encoding == "cp1252"
    assert decoded.text.endswith("café")
