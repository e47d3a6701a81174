"""Byte sizes as people write them on the command line: "1500", "512K", "20M", "1G"."""

from __future__ import annotations

import re

_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?)(?:i?B)?\s*", re.IGNORECASE)


def parse_size(text: str) -> int:
    """Return the number of bytes `text` means ("20M" is 20 MiB); raises ValueError if none."""
    match = _SIZE.fullmatch(text)
    if not match:
        raise ValueError(f"invalid size {text!r}: use bytes or a number with K, M or G, like 20M")
    size = int(float(match.group(1)) * _UNITS[match.group(2).upper()])
    if size < 1:
        raise ValueError(f"invalid size {text!r}: it must be at least 1 byte")
    return size


def format_size(size: int) -> str:
    """Return `size` bytes the way parse_size reads it: "10M", "512K", "1500"."""
    for suffix in ("G", "M", "K"):
        unit = _UNITS[suffix]
        if size >= unit and size % unit == 0:
            return f"{size // unit}{suffix}"
    return str(size)
