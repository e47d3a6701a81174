"""Articles written for the reliability suite: a plain news story and hostile variants of it."""

from __future__ import annotations

import random
import struct
import zlib

NEWS = (
    "Ferry link to Tallinn reopens\n\n"
    "The ferry link between Helsinki and Tallinn reopened on 2 April 2024 after a strike"
    " that lasted 11 days. The operator, Baltic Lines, said that about 40% of its 2,300"
    " daily passengers had switched to flights during the strike. Transport minister"
    " Leena Aho told reporters in Helsinki that the dispute had cost the company over"
    " $6 million.\n\n"
    "The unions had asked for a 7% pay rise for the 850 crew members. Under the deal"
    " signed in Espoo, wages will rise by 5% in June and by a further 2% in January 2025."
    " Captain Mikko Rinne, who has sailed the route since 1998, said the crews were glad"
    " to be back at sea.\n"
)

# Every character class the issue names, inside sentences that still carry facts.
SPECIAL = (
    "Market notes [bold]from[/bold] the coast\n\n"
    "The fish market of Bergen sold [bold]1,200 tonnes[/] of cod in May 2023, a record."
    " Trader Ingrid Dahl wrote {{c1::fresh}} and }} and {{ on her board :: twice.\n"
    "Prices rose by 12% <b>in</b> June & July, while the port of Ålesund kept its fees"
    " at \\[red] 40 kroner \\ per crate.\n"
    "Visitors from Tel Aviv left notes in Hebrew, \u05e9\u05dc\u05d5\u05dd \u05dc\u05db\u05dd,"
    " and in Arabic, \u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645, beside the stalls."
    " The mayor, Jose\u0301 Ramo\u0301n Nu\u0301n\u0303ez, praised the 45 stall holders"
    " \U0001f41f\U0001f389.\n"
    "A sign at the gate read [link=https://example.invalid]Market hours[/link] in 2019 letters"
    " and Z\u0336\u0321a\u0335l\u0337g\u0336o glyphs.\n"
)

# ANSI and other terminal control sequences inside an otherwise normal article.
ESCAPES = (
    "Red \x1b[31malert\x1b[0m in Lima, where 25 engineers met in April 2021.\n"
    "The title bar said \x1b]0;owned\x07 while the council of Quito voted 9 to 4.\n"
    "A clear \x1b[2J screen code and a bell \x07 and a C1 \u009b31m code sat in the"
    " report of the mayor, Rosa Quispe, on 3 May 2021.\n"
)

HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Harbour of Valletta reopens</title>
<style>body { color: red } p::after { content: "Styled words leak here." }</style>
<script>var note = "Scripted words say Paris has 99 bridges.";
document.write("<p>Written</p>");</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World news</a> | <a href="/sport">Sport</a></nav>
<article><h1>Harbour of Valletta reopens</h1>
<p>The harbour of Valletta reopened on 3 June 2022 after a repair that cost &euro;12 million.</p>
<script>alert("Inline script words")</script>
<p>The port authority said that 40 ships docked there in the first week, and that its
director, Maria Borg, expects 2,000 ships a year.</p>
<noscript>Please enable scripts to read the noscript words.</noscript>
</article>
<footer>Copyright 2022 Harbour Times</footer>
</body></html>
"""

# Text that must never appear in what quizgen reads from HTML_PAGE.
HTML_HIDDEN = ("Styled words", "color: red", "Scripted words", "Paris", "Inline script",
               "document.write", "noscript words")


def png_image() -> bytes:
    """Return a real 1x1 PNG image."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def random_bytes(size: int = 64 * 1024, seed: int | None = None) -> bytes:
    """Return `size` bytes from /dev/urandom, or from a generator seeded with `seed`."""
    if seed is not None:
        return random.Random(seed).randbytes(size)
    with open("/dev/urandom", "rb") as source:
        return source.read(size)


def cp1252_news() -> bytes:
    """Return NEWS with a café, a curly quote and a euro sign, saved as Windows-1252 (not UTF-8)."""
    return cp1252_text().encode("cp1252")


def cp1252_text() -> str:
    """Return the text that `cp1252_news()` encodes."""
    return NEWS.replace("reporters in Helsinki", "reporters in a café in Helsinki").replace(
        "glad", "\u2019glad\u2019").replace("over $6 million", "over \u20ac6 million")


def sentence_free_line(size: int = 1024 * 1024) -> str:
    """Return one line of `size` characters with facts and commas but no sentence break."""
    clause = ("the council of Oslo met 12 times in May 2019, and the mayor Anna Berg spoke"
              " about $40 million for 31 roads, while about 50% of Bergen voted, ")
    return (clause * (size // len(clause) + 1))[:size]


# An article whose sentences hold Rich markup, HTML and cloze syntax among real facts.
MARKUP_NEWS = (
    "Harbour board [bold]approves[/bold] new pier\n\n"
    "The harbour board of Bergen approved a new pier on 14 March 2023 after a vote of"
    " [bold]9 to 2[/].\n"
    "The pier, known locally as [link=https://evil.example]the Long Arm[/link], will cost"
    " about $45 million.\n"
    "Engineer Ingrid Dahl said the design uses C:\\new\\[red] steel beams and \\[escaped]"
    " joints from Stavanger.\n"
    "The old pier <script>alert(\"x\")</script> was built in 1911 by the firm"
    " <img src=x onerror=alert(1)> Holm & Sons.\n"
    "About 60% of the cargo {{c1::that passes}} through Bergen :: arrives by sea, the board"
    " said.\n"
)

# Pieces of MARKUP_NEWS that must reach the player exactly as written.
MARKUP_PIECES = ("[bold]9 to 2[/]", "[link=https://evil.example]the Long Arm[/link]",
                 "C:\\new\\[red]", "\\[escaped]", "<script>alert(\"x\")</script>",
                 "<img src=x onerror=alert(1)>", "{{c1::that passes}}", ":: arrives", "Holm & Sons")
