"""The article options that commands share (quizgen/commands/common.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from quizgen.article import DEFAULT_MAX_BYTES, format_size
from quizgen.commands.common import (
    DEFAULT_MAX_SIZE,
    add_article_arguments,
    read_article_from_args,
)
from quizgen.errors import InputError


def parser(many: bool = False) -> argparse.ArgumentParser:
    result = argparse.ArgumentParser(prog="quizgen test")
    add_article_arguments(result, many=many)
    return result


def test_default_limit_is_the_readers_default_and_the_one_help_names() -> None:
    assert DEFAULT_MAX_SIZE == DEFAULT_MAX_BYTES
    assert f"(default: {format_size(DEFAULT_MAX_BYTES)})" in parser().format_help()


def test_max_size_takes_suffixes_and_raises_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("The ferry runs every hour in summer.\n" * 100)
    small = parser().parse_args([str(path), "--max-size", "1K"])
    assert small.max_size == 1024
    with pytest.raises(InputError, match="--max-size"):
        read_article_from_args(small)
    large = parser().parse_args([str(path), "--max-size", "1M"])
    assert read_article_from_args(large).prose


def test_invalid_max_size_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        parser().parse_args(["x.txt", "--max-size", "lots"])
    assert exited.value.code == 2
    assert "invalid size 'lots'" in capsys.readouterr().err


def test_format_option_overrides_the_file_suffix(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<p>The tunnel opened in 2020.</p><script>x()</script>")
    args = parser().parse_args([str(path), "--format", "html"])
    assert read_article_from_args(args).prose_text() == "The tunnel opened in 2020."


def test_many_articles_are_read_one_by_one(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.md"
    first.write_text("The first text.\n")
    second.write_text("The *second* text.\n")
    args = parser(many=True).parse_args([str(first), str(second)])
    texts = [read_article_from_args(args, source).prose_text() for source in args.articles]
    assert texts == ["The first text.", "The second text."]
