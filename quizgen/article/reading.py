"""Reading an article from a file or stdin, within a size limit, into an Article."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from quizgen.article.article import Article, ArticleFormat
from quizgen.article.decoding import decode_bytes, reject_binary_head
from quizgen.article.sizes import format_size
from quizgen.article.structure import build_article
from quizgen.errors import InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# Enough to recognise a binary file before reading the rest (a PNG, /dev/urandom).
_HEAD_BYTES = 64 * 1024

_SUFFIX_FORMATS: dict[str, ArticleFormat] = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md", ".mdown": "md", ".mkd": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article)\b",
                         re.IGNORECASE | re.DOTALL)
_MARKDOWN_HINT = re.compile(r"^#{1,6}\s+\S|\]\([^)\s]+\)|^```", re.MULTILINE)


def read_article(
    source: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fmt: ArticleFormat | None = None,
    warn: Callable[[str], None] | None = None,
) -> Article:
    """Return the Article read from the file `source` ("-" reads stdin).

    The format comes from `fmt`, else the file's suffix (.txt, .md, .html),
    else from the content. At most `max_bytes` bytes are read. Warnings (a
    cp1252 fallback) go to `warn`, by default one `quizgen: warning: ...` line
    on stderr, and are kept in `Article.warnings`.

    Raises InputError for a missing, unreadable or oversized file, a directory,
    empty or whitespace-only input, binary data, and input with no prose.
    """
    from_stdin = str(source) == "-"
    name = "standard input" if from_stdin else repr(str(source))
    data = _read_stdin(max_bytes) if from_stdin else _read_file(Path(source), name, max_bytes)
    if len(data) > max_bytes:
        limit = format_size(max_bytes)
        raise InputError(
            f"{name} is larger than the {limit}{' bytes' * limit.isdigit()} limit; raise it with "
            f"--max-size (for example --max-size {_suggested_limit(source, max_bytes)})"
        )
    decoded = decode_bytes(data, name=name)
    if not decoded.text.strip():
        what = "is empty" if not decoded.text else "contains only whitespace"
        raise InputError(f"{name} {what}: there is no article text to read")
    chosen = fmt or (None if from_stdin else _SUFFIX_FORMATS.get(Path(source).suffix.lower()))
    article = build_article(
        decoded.text,
        fmt=chosen or sniff_format(decoded.text),
        path="" if from_stdin else str(source),
        encoding=decoded.encoding,
        warnings=decoded.warnings,
    )
    for warning in decoded.warnings:
        (warn or _warn_on_stderr)(warning)
    if not article.prose:
        if not article.text.strip():
            raise InputError(f"{name} has no article text (only markup, scripts or navigation)")
        raise InputError(
            f"{name} has no article prose: every line looks like a title, caption, byline or link"
        )
    return article


def sniff_format(text: str) -> ArticleFormat:
    """Return the format `text` looks like: "html" for a page, "md" for Markdown, else "txt"."""
    if _HTML_START.match(text):
        return "html"
    if _MARKDOWN_HINT.search(text[:20_000]):
        return "md"
    return "txt"


def _suggested_limit(source: str | os.PathLike[str], max_bytes: int) -> str:
    # A file's size is known: suggest a limit that lets it in, in whole megabytes.
    try:
        size = os.stat(source).st_size if str(source) != "-" else 0
    except OSError:
        size = 0
    wanted = max(size, max_bytes * 4)
    return format_size(-(-wanted // 1024**2) * 1024**2)


def _read_file(path: Path, name: str, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as stream:
            head = stream.read(min(_HEAD_BYTES, max_bytes + 1))
            reject_binary_head(head, name=name)
            return head + _read_limited(stream, max_bytes + 1 - len(head))
    except FileNotFoundError:
        raise InputError(f"cannot read {name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"cannot read {name}: it is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"cannot read {name}: permission denied") from None
    except OSError as error:
        raise InputError(f"cannot read {name}: {error.strerror or error}") from None


def _read_stdin(max_bytes: int) -> bytes:
    if sys.stdin is None:
        raise InputError("cannot read standard input: there is none")
    try:
        return _read_limited(sys.stdin.buffer, max_bytes + 1)
    except OSError as error:
        raise InputError(f"cannot read standard input: {error.strerror or error}") from None


def _read_limited(stream: BinaryIO, limit: int) -> bytes:
    # read(n) on a pipe may return less than n before the end, so loop.
    chunks: list[bytes] = []
    while limit > 0:
        wanted = min(limit, 1024 * 1024)
        chunk = stream.read(wanted)
        if not chunk:
            break
        chunks.append(chunk)
        limit -= len(chunk)
        # On a terminal, Ctrl-D ends this short read, and reading again would wait for more.
        if len(chunk) < wanted and stream.isatty():
            break
    return b"".join(chunks)


def _warn_on_stderr(message: str) -> None:
    print(f"quizgen: warning: {message}", file=sys.stderr)
