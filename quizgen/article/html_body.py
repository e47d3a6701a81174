"""The body text of an HTML article: <article>/<main> first, no navigation, scripts or captions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from quizgen.article.markup import without_comments

# Elements whose content is never article prose.
_SKIPPED = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "head", "nav", "header", "footer",
    "aside", "form", "figure", "figcaption", "button", "select", "textarea", "iframe", "object",
    "embed", "canvas", "video", "audio", "picture", "menu", "dialog",
})
# class/id words that mark page furniture in real news sites' markup.
_SKIPPED_CLASS_WORDS = frozenset({
    "share", "sharing", "social", "related", "newsletter", "advert", "advertisement", "ad", "ads",
    "promo", "comments", "caption", "credit", "byline", "breadcrumb", "breadcrumbs", "subscribe",
    "cookie", "cookies", "sidebar", "navigation", "toolbar", "hidden", "sr-only",
})
# Elements that start a new paragraph; <br> only starts a new line.
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "body", "blockquote", "pre", "ul", "ol", "li",
    "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address",
    "details", "summary", "center",
})
_VOID = frozenset({
    "br", "img", "hr", "meta", "link", "input", "wbr", "source", "area", "base", "col", "embed",
    "param", "track",
})
_CELLS = frozenset({"td", "th"})
_SPACES = re.compile(r"\s+")
# A "<" not closed by ">" before the next "<": text, not a tag ("x < y", hostile "<a<a<a").
_UNCLOSED_LT = re.compile(r"<(?=[^<>]*(?:<|$))")
# Inside one container, a share of the page's text below which it is only a teaser.
_MIN_CONTAINER_SHARE = 0.3


@dataclass(frozen=True)
class HtmlBody:
    """An HTML page's article body as text (blank lines between paragraphs), and its title."""

    text: str
    title: str


@dataclass
class _Piece:
    """One run of text, or a break ("\\n" for a line, "\\n\\n" for a paragraph), and where it is."""

    text: str
    is_break: bool
    article: int | None
    main: int | None


@dataclass(frozen=True)
class _Open:
    """An open element with the context it gives its content (inherited, so lookups are O(1))."""

    tag: str
    skipped: bool = False
    article: int | None = None
    main: int | None = None
    pre: bool = False


_NOTHING_OPEN = _Open("")


class _BodyParser(HTMLParser):
    """Collects text pieces with their containers; skips furniture; notes <title> and <h1>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[_Piece] = []
        self.stack: list[_Open] = []
        self.page_title: list[str] = []
        self.headings: list[tuple[int | None, int | None, str]] = []
        self.articles = 0
        self.mains = 0
        self.open_counts: dict[str, int] = {}
        self._in_title = False
        self._heading: list[str] | None = None

    @property
    def _context(self) -> _Open:
        return self.stack[-1] if self.stack else _NOTHING_OPEN

    def _break(self, text: str) -> None:
        context = self._context
        if not context.skipped:
            self.pieces.append(_Piece(text, True, context.article, context.main))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "title":
            self._in_title = True
        if tag in _BLOCKS:
            self._break("\n\n")
        elif tag == "br":
            self._break("\n")
        elif tag in _CELLS:
            self.handle_data(" ")
        if tag in _VOID:
            return
        parent = self._context
        article, main = parent.article, parent.main
        # The outermost <article>/<main> owns the text: nested ones are comments or teasers.
        if article is None and (tag == "article" or values.get("itemprop") == "articleBody"):
            article = self.articles
            self.articles += 1
        if main is None and (tag == "main" or values.get("role") == "main"):
            main = self.mains
            self.mains += 1
        if tag == "h1":
            self._heading = []
        skipped = parent.skipped or _is_furniture(tag, values)
        self.stack.append(_Open(tag, skipped, article, main, parent.pre or tag == "pre"))
        self.open_counts[tag] = self.open_counts.get(tag, 0) + 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "h1" and self._heading is not None:
            context = self._context
            self.headings.append((context.article, context.main, _collapse("".join(self._heading))))
            self._heading = None
        # Close the innermost element of this name, and any left open inside it (<p>, <li>).
        if self.open_counts.get(tag):
            for index in range(len(self.stack) - 1, -1, -1):
                if self.stack[index].tag == tag:
                    for closed in self.stack[index:]:
                        self.open_counts[closed.tag] -= 1
                    del self.stack[index:]
                    break
        if tag in _BLOCKS:
            self._break("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.page_title.append(data)
            return
        if self._heading is not None:
            self._heading.append(data)
        context = self._context
        if context.skipped:
            return
        if not context.pre:
            data = _SPACES.sub(" ", data)
        self.pieces.append(_Piece(data, False, context.article, context.main))


def html_body(html: str) -> HtmlBody:
    """Return the article body of the HTML page `html` as plain text, and the page's title.

    Takes the text of the largest <article> (or itemprop="articleBody"), else of
    <main>, else of the whole body; drops scripts, styles, navigation, headers,
    footers, asides, forms, figures and their captions; keeps one paragraph per
    block element and unescapes entities. The title is the article's <h1>,
    else the page's <title>.
    """
    parser = _BodyParser()
    # html.parser takes quadratic time on unclosed tags and comments, so neither reaches it.
    parser.feed(_UNCLOSED_LT.sub("&lt;", without_comments(html)))
    parser.close()
    pieces = _chosen_pieces(parser.pieces)
    chosen = pieces[0] if pieces else None
    title = next(
        (text for article, main, text in parser.headings
         if text and chosen is not None and (article, main) == (chosen.article, chosen.main)),
        "",
    ) or next((text for _, _, text in parser.headings if text), "")
    if not title:
        title = _collapse("".join(parser.page_title))
    return HtmlBody(_join(pieces), title)


def _is_furniture(tag: str, values: dict[str, str]) -> bool:
    if tag in _SKIPPED or "hidden" in values or values.get("aria-hidden") == "true":
        return True
    words = set(re.split(r"[\s_-]+", f"{values.get('class', '')} {values.get('id', '')}".lower()))
    return bool(words & _SKIPPED_CLASS_WORDS)


def _chosen_pieces(pieces: list[_Piece]) -> list[_Piece]:
    total = sum(len(piece.text) for piece in pieces if not piece.is_break)
    for key in ("article", "main"):
        sizes: dict[int, int] = {}
        for piece in pieces:
            container = getattr(piece, key)
            if container is not None and not piece.is_break:
                sizes[container] = sizes.get(container, 0) + len(piece.text.strip())
        if sizes:
            best = max(sizes, key=lambda container: sizes[container])
            if sizes[best] >= _MIN_CONTAINER_SHARE * total:
                return [piece for piece in pieces if getattr(piece, key) == best]
    return pieces


def _join(pieces: list[_Piece]) -> str:
    paragraphs: list[str] = []
    lines: list[str] = []
    current: list[str] = []

    def end_line() -> None:
        line = "".join(current).strip()
        current.clear()
        if line:
            lines.append(line)

    def end_paragraph() -> None:
        end_line()
        if lines:
            paragraphs.append("\n".join(lines))
            lines.clear()

    for piece in pieces:
        if not piece.is_break:
            current.append(piece.text)
        elif piece.text == "\n":
            end_line()
        else:
            end_paragraph()
    end_paragraph()
    return "\n\n".join(paragraphs)


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
