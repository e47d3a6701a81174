"""Hostile and broken articles give one clear error line or a correct result: no traceback, no hang.

Every case runs through the CLI (a real `python -m quizgen` child) and through
the Python API (`quizgen.article.read_article`, and `generate_set`, which is
what `quizgen.generate(text)` calls).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from quizgen.article import DEFAULT_MAX_BYTES, article_from_text, parse_size, read_article
from quizgen.errors import InputError
from quizgen.nlp.pipeline import analyse
from quizgen.sets import dump_set, loads_set, stamp_fingerprints
from tests.reliability.hostile_texts import (
    ESCAPES,
    HTML_HIDDEN,
    HTML_PAGE,
    NEWS,
    SPECIAL,
    cp1252_news,
    cp1252_text,
    png_image,
    random_bytes,
    sentence_free_line,
)
from tests.reliability.quizgen_process import (
    QuizgenRunner,
    assert_one_line_error,
    assert_succeeded,
    start_python,
)
from tests.reliability.rule_checked import generate_checked

MIB = 1024 * 1024

# name: (file contents, words the one error line must contain)
UNREADABLE = {
    "empty": (lambda: b"", ["empty"]),
    "whitespace-only": (lambda: b"  \n\t\r\n \xc2\xa0\n\n", ["whitespace"]),
    "png-image": (png_image, ["PNG"]),
    "dev-urandom": (random_bytes, ["binary"]),
}


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def sentences_of(result_stdout: str) -> list[str]:
    """Return the sentence texts from `quizgen nlp --json` output."""
    return [sentence["text"] for sentence in json.loads(result_stdout)["sentences"]]


def questions_yaml(set_yaml: str) -> str:
    """Return the `questions:` part of a set file (the header names the article's path)."""
    return set_yaml.split("\nquestions:", 1)[1]


@pytest.mark.parametrize("command", ["generate", "nlp", "play"])
@pytest.mark.parametrize("case", sorted(UNREADABLE))
def test_unreadable_article_gives_one_clear_error_line(
    quizgen: QuizgenRunner, tmp_path: Path, case: str, command: str
) -> None:
    make, words = UNREADABLE[case]
    path = write(tmp_path, f"{case}.txt", make())
    assert_one_line_error(quizgen(command, str(path)), mentions=words)


@pytest.mark.parametrize("case", ["empty", "whitespace-only", "dev-urandom"])
def test_unreadable_article_on_standard_input_gives_one_clear_error_line(
    quizgen: QuizgenRunner, case: str
) -> None:
    make, _ = UNREADABLE[case]
    assert_one_line_error(quizgen("generate", "-", stdin=make()))


@pytest.mark.parametrize(("command", "device"), [("generate", "/dev/urandom"),
                                                 ("nlp", "/dev/zero")])
def test_an_endless_device_as_the_article_is_refused_not_read_forever(
    quizgen: QuizgenRunner, command: str, device: str
) -> None:
    assert_one_line_error(quizgen(command, device), mentions=["binary"])


def test_more_than_the_limit_on_standard_input_is_refused(quizgen: QuizgenRunner) -> None:
    text = (NEWS * (11 * MIB // len(NEWS) + 1)).encode()
    assert_one_line_error(quizgen("generate", "-", stdin=text), mentions=["larger", "--max-size"])


@pytest.mark.parametrize("case", sorted(UNREADABLE))
def test_reader_api_raises_input_error_for_unreadable_articles(tmp_path: Path, case: str) -> None:
    make, words = UNREADABLE[case]
    path = write(tmp_path, f"{case}.txt", make())
    with pytest.raises(InputError) as raised:
        read_article(path)
    message = str(raised.value)
    assert "\n" not in message
    for word in words:
        assert word.lower() in message.lower()


@pytest.mark.parametrize("case", sorted(UNREADABLE))
def test_generate_api_turns_text_without_prose_into_no_bad_questions(case: str) -> None:
    make, _ = UNREADABLE[case]
    content = random_bytes(seed=8) if case == "dev-urandom" else make()  # the same bytes each run
    # The API takes text, so binary input arrives already (mis)decoded, as a caller would pass it.
    text = content.decode("utf-8", "replace")
    question_set, broken = generate_checked(text)
    assert broken == {}
    if case in ("empty", "whitespace-only"):
        assert question_set.questions == ()


@pytest.mark.parametrize("command", ["generate", "nlp"])
def test_windows_1252_file_is_read_with_one_warning_line(
    quizgen: QuizgenRunner, tmp_path: Path, command: str
) -> None:
    path = write(tmp_path, "legacy.txt", cp1252_news())
    result = quizgen(command, "--json" if command == "nlp" else "--seed=1", str(path))
    assert_succeeded(result)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("quizgen: warning:")]
    assert len(warnings) == 1 and "cp1252" in warnings[0], result.describe()
    if command == "nlp":
        expected = [s.text for s in analyse(article_from_text(cp1252_text())).sentences]
        assert sentences_of(result.stdout) == expected
        assert any("café" in sentence and "€6 million" in sentence for sentence in expected)
    else:
        assert loads_set(result.stdout).questions


def test_invalid_utf8_bytes_inside_an_article_are_read_not_fatal(
    quizgen: QuizgenRunner, tmp_path: Path
) -> None:
    broken = NEWS.encode("utf-8").replace(b"11 days", b"11 \xff\xfe\xc3( days")
    path = write(tmp_path, "broken.txt", broken)
    result = quizgen("nlp", "--json", str(path))
    assert_succeeded(result)
    sentences = sentences_of(result.stdout)
    assert "Transport minister Leena Aho told reporters in Helsinki that the dispute had cost the" \
           " company over $6 million." in sentences


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom", "utf-16-le", "utf-16-be"])
def test_utf16_article_reads_exactly_like_its_utf8_copy(
    quizgen: QuizgenRunner, tmp_path: Path, encoding: str
) -> None:
    if encoding == "utf-16-be-bom":
        content = b"\xfe\xff" + NEWS.encode("utf-16-be")
    else:
        content = NEWS.encode(encoding)  # "utf-16" writes a BOM; -le and -be do not
    path = write(tmp_path, "news.txt", content)
    result = quizgen("nlp", "--json", str(path))
    assert_succeeded(result)
    expected = [sentence.text for sentence in analyse(article_from_text(NEWS)).sentences]
    assert sentences_of(result.stdout) == expected


def test_utf16_article_generates_the_same_questions_as_its_utf8_copy(
    quizgen: QuizgenRunner, tmp_path: Path
) -> None:
    utf8 = write(tmp_path / "utf8", "news.txt", NEWS)
    utf16 = write(tmp_path / "utf16", "news.txt", NEWS.encode("utf-16"))
    result = quizgen("generate", str(utf16))
    assert_succeeded(result)
    question_set, broken = generate_checked(read_article(utf8))
    assert broken == {}
    assert question_set.questions
    # Same questions, ids and offsets; only the header's file name differs.
    expected = dump_set(stamp_fingerprints(question_set))
    assert questions_yaml(result.stdout) == questions_yaml(expected)


def make_50_mib_article(path: Path) -> int:
    """Write a 50 MiB article quickly (one paragraph written over and over); return its size."""
    paragraph = NEWS.split("\n\n", 1)[1].encode("utf-8")
    block = paragraph * (MIB // len(paragraph) + 1)
    with open(path, "wb") as out:
        for _ in range(50):
            out.write(block[:MIB])
    return path.stat().st_size


@pytest.mark.slow
def test_50_mib_article_is_refused_reading_no_more_than_the_limit(
    quizgen: QuizgenRunner, tmp_path: Path, big_files: Path
) -> None:
    big = big_files / "big.txt"
    size = make_50_mib_article(big)
    assert size == 50 * MIB
    empty = write(tmp_path, "empty.txt", b"")
    for command in ("generate", "nlp"):
        # Refusing an empty file takes the same path with nothing read: the memory floor.
        floor = quizgen(command, str(empty))
        assert_one_line_error(floor, mentions=["empty"])
        refused = quizgen(command, str(big))
        line = assert_one_line_error(refused, mentions=["larger", "10M", "--max-size"])
        # The limit the message suggests is one that lets this file in.
        suggested = re.search(r"--max-size (\S+?)\)?$", line)
        assert suggested and parse_size(suggested.group(1)) >= size, line
        grown = refused.peak_rss - floor.peak_rss
        # Memory grows with the limit it reads up to, not with the 50 MiB file.
        assert grown < 3 * DEFAULT_MAX_BYTES, (command, grown, refused.peak_rss, floor.peak_rss)


@pytest.mark.slow
@pytest.mark.parametrize("command", ["generate", "nlp"])
def test_max_size_flag_raises_the_limit_for_a_50_mib_file(
    quizgen: QuizgenRunner, big_files: Path, command: str
) -> None:
    # 50 MiB of blank lines: past the raised limit, the reader takes all of it and then
    # reports that there is no text, a cheap way to prove the flag took effect.
    blank = big_files / "blank.txt"
    with open(blank, "wb") as out:
        for _ in range(50):
            out.write(b" \n" * (MIB // 2))
    result = quizgen(command, "--max-size", "64M", str(blank))
    assert_one_line_error(result, mentions=["whitespace"])
    # The whole file is read now, so memory is some multiple of it, but bounded.
    assert result.peak_rss < 8 * 50 * MIB, result.peak_rss


def test_max_size_flag_admits_an_article_the_default_or_a_lower_limit_refuses(
    quizgen: QuizgenRunner, tmp_path: Path
) -> None:
    path = write(tmp_path, "news.txt", NEWS)
    assert 512 < len(NEWS.encode()) < 1024
    assert_one_line_error(quizgen("generate", "--max-size", "512", str(path)),
                          mentions=["512", "--max-size"])
    admitted = quizgen("generate", "--max-size", "1K", str(path))
    assert_succeeded(admitted)
    assert loads_set(admitted.stdout).questions
    with pytest.raises(InputError, match="--max-size"):
        read_article(path, max_bytes=512)
    assert read_article(path, max_bytes=1024).prose


@pytest.mark.slow
def test_a_megabyte_line_without_sentence_breaks_finishes(
    quizgen: QuizgenRunner, tmp_path: Path
) -> None:
    line = sentence_free_line()
    path = write(tmp_path, "line.txt", line)
    assert os.path.getsize(path) == MIB and "." not in line
    # Under the hang guard. `generate` runs the whole pipeline (reading, NLP, generation)
    # over the line; `nlp` and the Python API would run the same NLP over it again, for
    # as long again, and the suite has a time budget.
    generated = quizgen("generate", str(path))
    assert_succeeded(generated)
    # No sentence: nothing to ask about, and a summary that says why.
    assert loads_set(generated.stdout).questions == ()
    assert "too-long" in generated.stderr


@pytest.mark.parametrize("command", ["generate", "nlp"])
def test_html_page_gives_only_the_article_body(
    quizgen: QuizgenRunner, tmp_path: Path, command: str
) -> None:
    path = write(tmp_path, "page.html", HTML_PAGE)
    result = quizgen(command, str(path))
    assert_succeeded(result)
    assert "Valletta" in result.stdout
    for hidden in HTML_HIDDEN:
        assert hidden not in result.stdout, hidden
    if command == "generate":
        assert loads_set(result.stdout).questions


def test_html_page_through_the_api_keeps_scripts_and_styles_out_of_the_questions(
    tmp_path: Path,
) -> None:
    article = read_article(write(tmp_path, "page.html", HTML_PAGE))
    for hidden in HTML_HIDDEN:
        assert hidden not in article.prose_text()
    question_set, broken = generate_checked(article)
    assert broken == {}
    assert question_set.questions
    shown = dump_set(question_set)
    for hidden in HTML_HIDDEN:
        assert hidden not in shown


def test_brackets_braces_markup_emoji_rtl_and_combining_text_gives_valid_questions(
    quizgen: QuizgenRunner, tmp_path: Path
) -> None:
    path = write(tmp_path, "market.txt", SPECIAL)
    out = tmp_path / "market.yaml"
    result = quizgen("generate", str(path), "-o", str(out))
    assert_succeeded(result)
    checked = quizgen("check", str(out))
    assert_succeeded(checked)
    written = loads_set(out.read_text(encoding="utf-8"))
    question_set, broken = generate_checked(read_article(path))
    assert broken == {}
    # The same questions as the API's, both read back through the set loader.
    assert written.questions == loads_set(dump_set(stamp_fingerprints(question_set))).questions
    sources = " ".join(q.source.sentence for q in written.questions if q.source)
    # The reader keeps the hostile characters as written (combining marks composed, NFC).
    text = read_article(path).text
    for kept in ("[bold]", "{{c1::fresh}}", "<b>in</b>", "\\[red]", "\U0001f41f",
                 "\u05e9\u05dc\u05d5\u05dd", "Jos\u00e9 Ram\u00f3n N\u00fa\u00f1ez"):
        assert kept in text, kept
    assert any(mark in sources for mark in ("[bold]", "{{c1::fresh}}", "<b>in</b>", "\\[red]"))


def test_special_text_sentence_offsets_point_at_the_sentences(
    quizgen: QuizgenRunner, tmp_path: Path
) -> None:
    path = write(tmp_path, "market.txt", SPECIAL)
    result = quizgen("nlp", "--json", str(path))
    assert_succeeded(result)
    text = read_article(path).text
    sentences = json.loads(result.stdout)["sentences"]
    assert len(sentences) >= 6
    for sentence in sentences:
        assert text[sentence["start"]:sentence["end"]] == sentence["text"]


API_SCRIPT = """
import json, sys
import quizgen
counts = []
for text in json.load(sys.stdin):
    counts.append(len(quizgen.generate(text).questions))
import quizgen.generate.rules  # a caller who also checks the rules
counts.append(len(quizgen.generate(sys.argv[1]).questions))
print(json.dumps(counts))
"""


def test_quizgen_generate_takes_hostile_texts_call_after_call(
    child_env: dict[str, str], tmp_path: Path
) -> None:
    # A fresh interpreter: the first call imports the quizgen.generate package, which
    # must not replace the quizgen.generate function for the calls after it.
    texts = ["", " \n\t", SPECIAL, ESCAPES, HTML_PAGE, png_image().decode("latin-1")]
    result = start_python(["-c", API_SCRIPT, NEWS], env=child_env, cwd=tmp_path,
                          stdin=json.dumps(texts).encode()).finish()
    assert_succeeded(result)
    counts = json.loads(result.stdout)
    assert counts[:2] == [0, 0]
    assert counts[2] > 0 and counts[-1] > 0
