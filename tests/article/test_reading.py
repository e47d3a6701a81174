"""read_article as a user meets it: files in each format and encoding, stdin, and refusals."""

from __future__ import annotations

import codecs
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.article import DEFAULT_MAX_BYTES, Article, parse_size, read_article
from quizgen.errors import InputError

PROSE_SENTENCE = "The council approved the new library on Monday."


def prose_of(article: Article) -> list[str]:
    return [article.text[start:end] for start, end in article.prose]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# Formats


def test_text_file_keeps_prose_and_drops_title_byline_caption_and_source(
    tmp_path: Path, news_text: str
) -> None:
    article = read_article(write(tmp_path, "bridge.txt", news_text.encode()))
    prose = " ".join(prose_of(article))
    assert article.title == "Harbour Bridge Reopens After Two-Year Repair"
    assert article.fmt == "txt"
    assert "The Harbour Bridge in Tromso reopened on Tuesday" in prose
    assert "Engineers replaced 48 steel cables" in prose
    for gone in ("Martina Kovac", "Photo:", "Source:", "Harbour Bridge Reopens", "OSLO"):
        assert gone not in prose
    # The original text is all there: only the prose ranges leave lines out.
    assert article.text == news_text


def test_markdown_file_loses_its_markup(tmp_path: Path) -> None:
    source = (
        "# Library **Opens** in Bergen\n\n"
        "The [city library](https://example.org/library) opened its doors on *Monday*.\n\n"
        "![The reading room](room.jpg)\n\n"
        "## Funding\n\n"
        "It cost __$12 million__, according to the `council`.\n"
    )
    article = read_article(write(tmp_path, "library.md", source.encode()))
    assert article.fmt == "md"
    assert article.title == "Library Opens in Bergen"
    assert prose_of(article) == [
        "The city library opened its doors on Monday.",
        "It cost $12 million, according to the council.",
    ]


def test_html_file_gives_the_article_body_without_navigation_scripts_or_styles(
    tmp_path: Path,
) -> None:
    page = """<!DOCTYPE html>
<html><head><title>Ferry Line Extended | Coast Daily</title>
<style>body { color: red }</style><script>trackVisitor("x < y");</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry Line Extended</h1>
<p>The ferry line to Bodo will run all year from May, the operator said.</p>
<figure><img src="ferry.jpg"><figcaption>The ferry leaves port.</figcaption></figure>
<p>Tickets will cost 40&nbsp;kroner &amp; children travel free.</p>
<script>alert("never prose")</script></article>
<footer>Contact us</footer></body></html>"""
    article = read_article(write(tmp_path, "ferry.html", page.encode()))
    assert article.fmt == "html"
    assert article.title == "Ferry Line Extended"
    assert prose_of(article) == [
        "The ferry line to Bodo will run all year from May, the operator said.",
        "Tickets will cost 40 kroner & children travel free.",
    ]
    for gone in ("Home", "trackVisitor", "color", "never prose", "Contact", "ferry leaves"):
        assert gone not in article.text


def test_format_of_a_file_without_suffix_is_recognised_from_its_content(tmp_path: Path) -> None:
    page = "<html><body><p>" + PROSE_SENTENCE + "</p></body></html>"
    article = read_article(write(tmp_path, "download", page.encode()))
    assert article.fmt == "html"
    assert prose_of(article) == [PROSE_SENTENCE]


def test_format_given_explicitly_wins_over_the_suffix(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.txt", b"# Heading\n\nSome *plain* words here.\n")
    assert prose_of(read_article(path, fmt="md")) == ["Some plain words here."]
    assert prose_of(read_article(path)) == ["Some *plain* words here."]


def test_stdin_is_read_when_the_source_is_a_dash() -> None:
    code = (
        "from quizgen.article import read_article; a = read_article('-');"
        "print(a.fmt, a.path == '', [a.text[s:e] for s, e in a.prose])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], input=PROSE_SENTENCE.encode(), capture_output=True,
        check=True,
    )
    assert result.stdout.decode().strip() == f"txt True ['{PROSE_SENTENCE}']"


# Encodings


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8"),
        ("utf-16", "utf-16-le"),  # Python writes a little-endian BOM first
        ("utf-16-be-bom", "utf-16-be"),
    ],
)
def test_unicode_encodings_with_or_without_bom_read_the_same_text(
    tmp_path: Path, encoding: str, reported: str, capfd: pytest.CaptureFixture[str]
) -> None:
    text = "Zoë Müller visited Kraków and Reykjavík in 2021 — a long trip.\n"
    if encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    article = read_article(write(tmp_path, "trip.txt", data))
    assert article.text == text
    assert article.encoding == reported
    assert article.warnings == ()
    assert capfd.readouterr().err == ""


def test_cp1252_text_is_read_with_a_one_line_warning_on_stderr(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    text = "The café in Málaga sold “50 cakes” on Friday.\n"
    article = read_article(write(tmp_path, "cafe.txt", text.encode("cp1252")))
    assert article.text == text
    assert article.encoding == "cp1252"
    err = capfd.readouterr().err
    assert err.startswith("quizgen: warning: ")
    assert "cp1252" in err
    assert err.count("\n") == 1


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "x.txt", PROSE_SENTENCE.encode("utf-16-le")),
                           warn=lambda message: None)
    assert prose_of(article) == [PROSE_SENTENCE]
    assert article.encoding == "utf-16-le"


def test_windows_newlines_and_decomposed_accents_are_normalised(tmp_path: Path) -> None:
    text = "Jose\u0301 arrived.\r\nHe stayed.\r\n"
    article = read_article(write(tmp_path, "x.txt", text.encode()))
    assert article.text == "José arrived.\nHe stayed.\n"


def test_terminal_escape_sequences_never_reach_the_text(tmp_path: Path) -> None:
    text = "The \x1b[31mred\x1b[0m team won\x07 the \x1b]0;title\x07final on Sunday.\n"
    article = read_article(write(tmp_path, "x.txt", text.encode()))
    assert article.text == "The red team won the final on Sunday.\n"


# Refusals


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "is empty"),
        (b"  \n\t\n   \r\n", "contains only whitespace"),
        ("\ufeff   \n".encode(), "contains only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "is a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "is a ZIP archive"),
        (bytes(range(256)) * 4, "binary file"),
        (b"\x01\x02\x03\x04\x05\x06 some text \x0e\x0f\x10\x11\x12\x13\x14", "binary file"),
    ],
)
def test_unreadable_inputs_are_refused_with_one_clear_line(
    tmp_path: Path, data: bytes, expected: str
) -> None:
    with pytest.raises(InputError) as caught:
        read_article(write(tmp_path, "input.txt", data))
    message = str(caught.value)
    assert expected in message
    assert "input.txt" in message
    assert "\n" not in message


def test_random_bytes_are_refused_as_binary(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="binary"):
        read_article(write(tmp_path, "noise.txt", os.urandom(200_000)))


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "absent.txt")


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", PROSE_SENTENCE.encode())
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_article(path)


def test_input_over_the_limit_is_refused_with_how_to_raise_it(tmp_path: Path) -> None:
    path = write(tmp_path, "long.txt", (PROSE_SENTENCE + "\n").encode() * 100)
    with pytest.raises(InputError) as caught:
        read_article(path, max_bytes=1024)
    message = str(caught.value)
    assert "larger than the 1K limit" in message
    suggested = re.search(r"--max-size (\S+)\)", message)
    assert suggested, message
    assert read_article(path, max_bytes=parse_size(suggested.group(1))).prose


def test_input_of_exactly_the_limit_is_accepted(tmp_path: Path) -> None:
    data = PROSE_SENTENCE.encode()
    assert read_article(write(tmp_path, "x.txt", data), max_bytes=len(data)).prose


def test_default_limit_allows_a_long_article() -> None:
    assert DEFAULT_MAX_BYTES >= 1024 * 1024


def test_html_with_no_body_text_is_refused(tmp_path: Path) -> None:
    page = b"<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>"
    with pytest.raises(InputError, match="no article text"):
        read_article(write(tmp_path, "empty.html", page))


def test_text_with_only_captions_and_links_is_refused(tmp_path: Path) -> None:
    data = b"Photo: Jane Roe\n\nhttps://example.com/a\n\nSource: Agency\n"
    with pytest.raises(InputError, match="no article prose"):
        read_article(write(tmp_path, "bits.txt", data))


def test_endless_input_stops_at_the_limit_instead_of_filling_memory() -> None:
    # `yes` never ends: reading all of it first would never finish.
    code = (
        "from quizgen.article import read_article\n"
        "from quizgen.errors import InputError\n"
        "try:\n"
        "    read_article('-', max_bytes=200_000)\n"
        "except InputError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run(
        f"yes 'The ferry runs every hour.' | {sys.executable} -c \"{code}\"",
        shell=True, capture_output=True, text=True, timeout=120,
    )
    assert "standard input is larger than the 200000 bytes limit" in result.stdout
