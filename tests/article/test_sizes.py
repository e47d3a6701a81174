"""Sizes for --max-size: "20M" and friends, both ways."""

from __future__ import annotations

import pytest

from quizgen.article.sizes import format_size, parse_size


@pytest.mark.parametrize(
    ("text", "size"),
    [("1500", 1500), ("512K", 512 * 1024), ("20m", 20 * 1024**2), ("1G", 1024**3),
     ("1.5M", 1572864), ("64MB", 64 * 1024**2), (" 2 KiB ", 2048)],
)
def test_sizes_people_write_are_read(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "M", "ten", "-5M", "0", "5T"])
def test_nonsense_sizes_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="invalid size"):
        parse_size(text)


@pytest.mark.parametrize("size", [1, 1000, 1024, 3 * 1024**2, 10 * 1024**2, 1024**3, 1025])
def test_formatted_size_reads_back_as_the_same_number(size: int) -> None:
    assert parse_size(format_size(size)) == size
