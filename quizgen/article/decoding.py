"""An article's bytes as text: byte-order marks, UTF-8, a cp1252 fallback, binary refused."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from quizgen.errors import InputError

# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# File signatures of formats people might pass by mistake, and what to call them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF document (convert it to text first)"),
    (b"PK\x03\x04", "a ZIP archive or an Office/EPUB document (convert it to text first)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document (save it as plain text first)"),
    (b"\x1f\x8b", "a gzip archive (unpack it first)"),
    (b"\xfd7zXZ\x00", "an xz archive (unpack it first)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an audio file"),
    (b"ID3\x03", "an MP3 file"),
    (b"ID3\x04", "an MP3 file"),
    (b"RIFF", "a media file"),
)

# Characters that do not occur in text: C0/C1 controls other than whitespace and
# ESC (escape sequences are stripped later), and the replacement character.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x84\x86-\x9f\ufffd]")
_MAX_NOT_TEXT_SHARE = 0.05


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the encoding used, and any warning for the user."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_bytes(data: bytes, *, name: str) -> Decoded:
    """Return `data` decoded as text; `name` names the input in messages.

    Honours UTF-8/16/32 byte-order marks, then tries UTF-8, then UTF-16 without
    a mark, then falls back to cp1252 with a warning. Raises InputError for
    binary data (known file signatures, NUL bytes, mostly control characters)
    and for text that its byte-order mark says is UTF-16/32 but is not.
    """
    for bom, encoding, family in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{name} starts with a {family} byte-order mark but is not valid {family} "
                    f"(byte {error.start + len(bom)})"
                ) from None
            return _checked(Decoded(text, encoding), name)
    kind = _signature(data)
    if kind:
        raise _binary(name, kind)
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data, name)
        if utf16 is None:
            raise _binary(name)
        return _checked(utf16, name)
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"), name)
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared:
        return _checked(declared, name)
    return _checked(_damaged_utf8_or_cp1252(data, name), name)


def reject_binary_head(head: bytes, *, name: str) -> None:
    """Raise InputError if `head`, the first bytes of a longer input, shows it is binary.

    Lets a reader refuse a large image or /dev/urandom before reading the rest.
    """
    kind = _signature(head)
    if kind:
        raise _binary(name, kind)
    has_bom = any(head.startswith(bom) for bom, _, _ in _BOMS)
    if (
        b"\x00" in head
        and not has_bom
        and _utf16_without_bom(head[: len(head) // 2 * 2], name) is None
    ):
        raise _binary(name)


def _signature(head: bytes) -> str:
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[4:8] == b"ftyp":
        return "a video or audio file"
    return ""


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)


def _declared_charset(data: bytes) -> Decoded | None:
    # An HTML page that is not UTF-8 usually says what it is (windows-1251 for much
    # Russian news); believe it if the bytes decode that way.
    match = _CHARSET.search(data[:8192])
    if not match:
        return None
    try:
        encoding = codecs.lookup(match.group(1).decode("ascii")).name
        return Decoded(data.decode(encoding), encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def _utf16_without_bom(data: bytes, name: str) -> Decoded | None:
    # ASCII-heavy UTF-16 has a NUL in every other byte: odd bytes for LE, even for BE.
    sample = data[:8192]
    half = max(len(sample) // 2, 1)
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        encoding = "utf-16-le"
    elif even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    warning = f"{name} has no byte-order mark; read it as {encoding.upper()}"
    return Decoded(text, encoding, (warning,))


def _damaged_utf8_or_cp1252(data: bytes, name: str) -> Decoded:
    # UTF-8 with a few bad bytes (a truncated copy, one pasted Latin-1 word) reads
    # better as UTF-8 than as cp1252, which would turn every accent into mojibake.
    as_utf8 = data.decode("utf-8", errors="replace")
    bad = as_utf8.count("\ufffd")
    good_non_ascii = sum(1 for char in as_utf8 if ord(char) > 127) - bad
    if good_non_ascii > 2 * bad:
        return Decoded(
            as_utf8, "utf-8",
            (f"{name} has {bad} byte(s) that are not valid UTF-8; they were replaced by '\ufffd'",),
        )
    return Decoded(
        data.decode("cp1252", errors="replace"), "cp1252",
        (f"{name} is not valid UTF-8; read it as Windows-1252 (cp1252), "
         "so save it as UTF-8 if characters look wrong",),
    )


def _checked(decoded: Decoded, name: str) -> Decoded:
    if decoded.text and len(_NOT_TEXT.findall(decoded.text)) > _MAX_NOT_TEXT_SHARE * len(
        decoded.text
    ):
        raise _binary(name)
    return decoded


def _binary(name: str, kind: str = "") -> InputError:
    what = f"is {kind}" if kind else "looks like a binary file"
    return InputError(f"{name} {what}, not text: quizgen reads plain text, Markdown or HTML")
