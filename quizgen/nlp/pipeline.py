"""The NLP pipeline: article prose -> sentences, tokens, Penn tags, noun-phrase chunks, entities."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizgen.article.repairs import misspelt
from quizgen.nlp.document import Document, Sentence, Span, Token
from quizgen.nlp.names import WordKnowledge

if TYPE_CHECKING:
    from quizgen.article import Article
    from quizgen.nlp.tagger_rows import PackedRows

# Noun-phrase grammar, tried in order: a possessive joins two NPs ("Russia's largest
# partner"); participles count as modifiers only after a determiner or a number ("the
# planned visit", "three registered vaccines"), since a bare one is usually a verb the
# tagger got wrong ("outlined 33 goals").
NP_GRAMMAR = r"""
NP: {<DT|PDT|PRP\$>?<CD|JJ.*|NN.*>*<NN.*><POS><CD|JJ.*|VBN|VBG|NN.*>*<NN.*>}
    {<DT|PDT|PRP\$><\$>?<CD|JJ.*|VBN|VBG|NN.*>*<NN.*|CD>}
    {<\$>?<CD><JJ.*|VBN|NN.*>*<NN.*>}
    {<\$>?<CD|JJ.*|NN.*>*<NN.*|CD>}
"""

# Paragraphs (blank lines) always end a sentence, even without a full stop: headings.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A blank in an exercise text: "_", "___".
_GAP = re.compile(r"_+")
# A quotation that ends a sentence ('…from here?”'), and an all-lower-case word after it.
_QUOTE_END = re.compile(r"[.?!][\"”’'»]$")
_DOUBLE_QUOTE = re.compile(r"[\"“”]")
_STRAY_OPENING = re.compile(r"\s[\"“]$")
# A quotation joined to the words after it is at most this many of Punkt's sentences.
_QUOTE_PIECES = 4
# A bracket an abbreviation seems to end a sentence in is this near it, and so is its close.
_BRACKET_REACH = 40
_LOWER_START = re.compile(r"[a-z]+\b(?![’'-]?[A-Z])")
# Tokens NLTK's tokenizer leaves whole: "€3.5m" -> "€" "3.5" "m"; "20bn" -> "20" "bn".
_SPLIT_TOKEN = re.compile(
    r"(?P<cur>US\$|[$€£¥₽])?(?P<num>\d[\d,.]*\d|\d)(?P<suffix>bn|mn|m|k|tn|%)?$"
)
_BRACKETS = {"(": "(", "[": "(", "{": "(", ")": ")", "]": ")", "}": ")"}
# Same-length replacements, so offsets in the copy are offsets in the original.
_QUOTE_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "″": '"'})


def analyse(article: Article) -> Document:
    """Return the analysed Document for `article`: only its prose ranges are split into sentences.

    Offsets in the result refer to `article.text`. A sentence with a blank to
    fill in ("… _ in China's history", as exercise texts have) or a misspelt
    word ("garve robbers") is broken, and left out.
    """
    from quizgen.nlp.entities import find_entities

    models = _models()
    raw: list[tuple[int, int, list[Token]]] = []
    for start, end in article.prose:
        for sent_start, sent_end, parts in _sentence_spans(article.text, start, end, models):
            tokens = _tokens(article.text, sent_start, sent_end, models, parts)
            if tokens and not _broken(tokens):
                raw.append((sent_start, sent_end, tokens))
    entities = find_entities([tokens for _, _, tokens in raw])
    sentences = tuple(
        Sentence(
            text=article.text[start:end],
            start=start,
            end=end,
            tokens=tuple(tokens),
            entities=tuple(found),
            chunks=tuple(_chunks(tokens, models)),
        )
        for (start, end, tokens), found in zip(raw, entities, strict=True)
    )
    return Document(text=article.text, sentences=sentences, title=article.title)


def _broken(tokens: list[Token]) -> bool:
    """Return True when a token breaks its sentence: a blank to fill in, a misspelt word."""
    for token in tokens:
        word = token.text
        if word.islower():  # "_" has no letters: it is not lower case
            if len(word) > 3 and misspelt(word):
                return True
        elif "_" in word and _GAP.fullmatch(word):
            return True
    return False


def analyse_text(text: str) -> Document:
    """Return the analysed Document for plain text that is all prose."""
    from quizgen.article import article_from_text

    return analyse(article_from_text(text))


class _Models:
    """The loaded NLTK models, created once per process (loading the tagger is the slow part)."""

    def __init__(self) -> None:
        from nltk.data import find
        from nltk.tag.perceptron import PerceptronTagger
        from nltk.tokenize.punkt import load_punkt_params

        from quizgen.nlp.chunker import TagChunker
        from quizgen.nlp.resources import ensure
        from quizgen.nlp.tagger import FastTagger
        from quizgen.nlp.tokenizers import sentence_tokenizer, word_tokenizer

        ensure("punkt_tab")
        ensure("tagger")
        self.sentences = sentence_tokenizer(
            load_punkt_params(find("tokenizers/punkt_tab/english/"))
        )
        self.words = word_tokenizer()
        tagger = _load_tagger(PerceptronTagger)
        self.tagger = FastTagger(tagger, _packed_rows(tagger))
        self.chunker = TagChunker(NP_GRAMMAR)

    @property
    def ortho_context(self) -> Any:
        """Punkt's record of how each word was capitalised in its training text."""
        return self.sentences._params.ortho_context


def _load_tagger(tagger_class: Any) -> Any:
    """Return the perceptron tagger; our own copy of the model is read without NLTK's checks.

    NLTK's bounded JSON reader roughly doubles the load time. The checks guard
    against a tampered data folder; ours was written by us, mode 0700, so a
    model found there is read directly, from its marshal copy beside the packed
    rows when that was built from the same weights. A user's own model goes
    through NLTK.
    """
    import json

    tagger = tagger_class(load=False)
    folder = _our_tagger_folder()
    if folder is None:
        tagger.load_from_json("eng")
        return tagger
    files = [folder / name for name in tagger.param_files("eng")]
    params = _marshal_copy(files[0])
    if params is None:
        params = []
        for path in files:
            with open(path, encoding="utf-8") as model:
                params.append(json.load(model))
    tagger.decode_json_params(params)
    return tagger


def _marshal_copy(weights_file: Path) -> list[Any] | None:
    """Return our model's params from the copy built with the packed rows, or None."""
    from quizgen.nlp import tagger_rows

    folder = _rows_folder()
    return None if folder is None else tagger_rows.read_model(folder, weights_file)


def _rows_folder() -> Path | None:
    """Return the folder of our model's packed rows, building it first, or None when it
    cannot be built (a data folder we cannot write to: the tagger is only slower)."""
    from nltk.data import find

    from quizgen.errors import NotAvailableError
    from quizgen.nlp import tagger_rows
    from quizgen.nlp.resources import ensure

    try:
        ensure("tagger_rows")
    except NotAvailableError:
        return None
    return Path(find(tagger_rows.FIND_NAME).path)


def _our_tagger_folder() -> Path | None:
    """Return the folder of the tagger model NLTK finds if it is our own copy, else None."""
    from nltk.data import find

    from quizgen.nlp.resources import data_root

    folder = Path(getattr(find("taggers/averaged_perceptron_tagger_eng/"), "path", ""))
    if not folder.is_dir() or folder.resolve().parent.parent != data_root().resolve():
        return None
    return folder


def _packed_rows(tagger: Any) -> PackedRows | None:
    """Return our model's rows packed ahead (built with the NLTK data), or None for a user's
    own model or when they cannot be built: then the tagger packs each row as it meets it."""
    from quizgen.nlp import tagger_rows
    from quizgen.nlp.tagger import RowPacker

    folder = _our_tagger_folder()
    rows_folder = None if folder is None else _rows_folder()
    if folder is None or rows_folder is None:
        return None
    weights_file = folder / tagger.param_files("eng")[0]
    return tagger_rows.load(
        rows_folder,
        weights_file,
        tagger.model.weights,
        RowPacker(tagger.classes),
    )


@functools.cache
def _models() -> _Models:
    import gc

    models = _Models()
    # The models live as long as the process: frozen out of the collector's sight, a later
    # full collection (20-30 ms, in whichever call it falls) no longer walks them. What else
    # is alive now is frozen with them; a long-running host can call gc.unfreeze().
    gc.freeze()
    return models


def word_knowledge() -> WordKnowledge:
    """Return what the loaded Punkt and tagger models know about words (for the name rules)."""
    models = _models()
    return WordKnowledge(
        case_flags=lambda word: models.ortho_context.get(word, 0),
        known_tag=lambda word: models.tagger.tagdict.get(word, ""),
    )


def _sentence_spans(
    text: str, start: int, end: int, models: _Models
) -> Iterator[tuple[int, int, tuple[tuple[int, int], ...]]]:
    """Yield each sentence's start and end, and the pieces Punkt cut it into if more than one."""
    paragraph_start = start
    for brk in [*_PARAGRAPH_BREAK.finditer(text, start, end), None]:
        paragraph_end = brk.start() if brk else end
        paragraph = text[paragraph_start:paragraph_end]
        # Each sentence as Punkt's pieces, and whether it starts inside a quotation.
        sentences: list[tuple[list[tuple[int, int]], bool]] = []
        quoted = False
        for a, b in models.sentences.span_tokenize(paragraph):
            piece = paragraph[a:b]
            # Trim whitespace so a sentence's offsets cover its words only.
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            if b - trail <= a + lead:
                continue
            span = (paragraph_start + a + lead, paragraph_start + b - trail)
            if sentences and _name_after_a_title(text, sentences[-1][0][-1], span):
                # Not a sentence's end at all: the pieces are one, so that "Mr." stays a word.
                pieces, within = sentences[-1][0], sentences[-1][1]
                pieces[-1] = (pieces[-1][0], span[1])
                del sentences[-1]
            elif sentences and (
                _inside_brackets(text, sentences[-1][0][-1], span)
                or _after_closed_brackets(text, sentences[-1][0][-1], span)
                or _name_goes_on(text, sentences[-1][0][-1], span)
            ):
                # Punkt ended the sentence at an abbreviation: inside brackets ("(lit."),
                # closing them ("(stylized as Aol.) is"), or a country's ("9th U.S. Circuit").
                pieces, within = [*sentences[-1][0], span], sentences[-1][1]
                del sentences[-1]
            elif sentences and _continues(text, sentences[-1][0][-1][1], span[0]):
                # The quotation is the object of the verb that follows it: one sentence
                # from where the quotation opened, '"It works. It is fast," said Ann Lee.'
                first = len(sentences) - 1
                while first > max(0, len(sentences) - _QUOTE_PIECES) and sentences[first][1]:
                    first -= 1
                pieces = [part for parts, _ in sentences[first:] for part in parts] + [span]
                within = sentences[first][1]
                del sentences[first:]
            else:
                # A quotation mark that Punkt left at the end of the sentence before opens
                # the quotation here: 'He looked up. "' + 'Why do you cry?" he asked.'
                before = sentences[-1][0][-1][1] if sentences else 0
                stray = _STRAY_OPENING.search(text, max(0, before - 2), before) is not None
                pieces, within = [span], quoted and not stray
            sentences.append((pieces, within))
            quoted = _quote_open_after(text, span[0], span[1], within)
        for pieces, _ in sentences:
            yield pieces[0][0], pieces[-1][1], tuple(pieces) if len(pieces) > 1 else ()
        if brk:
            paragraph_start = brk.end()


def _inside_brackets(text: str, previous: tuple[int, int], piece: tuple[int, int]) -> bool:
    """Return True when the piece before ends inside brackets that `piece` soon closes:
    '"Yeke Mongghul Ulus" (lit.' then '"Great Mongol State"), resulting in…'."""
    start, end = previous
    head = text[piece[0] : min(piece[1], piece[0] + _BRACKET_REACH)]
    for opening, closing in ("()", "[]"):  # and an editor's "Me[.]cagnus"
        opened = text.rfind(opening, max(start, end - _BRACKET_REACH), end)
        if opened < 0 or closing in text[opened:end]:
            continue
        if closing in head and opening not in head[: head.index(closing)]:
            return True
    return False


def _after_closed_brackets(text: str, previous: tuple[int, int], piece: tuple[int, int]) -> bool:
    """Return True when the piece before ends with a full stop and the bracket it closes, and
    `piece` goes on in lower case: 'AOL (stylized as Aol.)' then 'is a web portal'."""
    start, end = previous
    if not text.endswith(".)", start, end) or not _LOWER_START.match(text, piece[0]):
        return False
    opened = text.rfind("(", start, end)
    # "(See the map.)" standing alone is a sentence of its own.
    return opened > start and text[start:opened].strip() != ""


# A country's or a city's initials that Punkt ends a sentence at before a capital, and the
# words of a name that go on after them: "the 9th U.S." + "Circuit Court of Appeals".
_INITIALS_END = re.compile(r"\b(?:U\.S|U\.K|U\.N|E\.U|L\.A|N\.Y)\.$")
# Titles that end no sentence: a name follows them.
_TITLE_END = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Messrs|Dr|Prof)\.$")
_NAME_GOES_ON = re.compile(
    r"(?:Circuit|Court|Supreme|Senate|House|Congress|Army|Navy|Naval|Air|Marine|Marines|"
    r"Coast|Department|District|Attorney|Embassy|Treasury|Census|Open|Geological|Forest|"
    r"Postal|Secret|Federal|Food|Centers|Securities|Justice|Bureau|Patent|Mint|Military|"
    r"Olympic|Chamber|Trade|Space|Special|Security|Defense|Defence|Agency|Ambassador|"
    r"Representative|Envoy|Mission|Bankruptcy|Magistrate|Citizenship|Customs|Border|"
    r"Immigration|Fish|National|Consulate|Office|Coliseum|Stadium|County|Times|Memorial)\b"
)


def _name_goes_on(text: str, previous: tuple[int, int], piece: tuple[int, int]) -> bool:
    """Return True when the piece before ends with a country's or a city's initials and
    `piece` goes on with the name of one of its bodies: "the 9th U.S." then "Circuit Court
    of Appeals…", "the L.A." then "Coliseum until…"."""
    start, end = previous
    return bool(_INITIALS_END.search(text, start, end)) and bool(
        _NAME_GOES_ON.match(text, piece[0])
    )


def _name_after_a_title(text: str, previous: tuple[int, int], piece: tuple[int, int]) -> bool:
    """Return True when the piece before ends with a title and `piece` opens with the name
    after it: "Mr." then "Frost said…" (Punkt ends a sentence there when it has seen the
    surname as a common word)."""
    return bool(_TITLE_END.search(text, *previous)) and text[piece[0]].isupper()


def _continues(text: str, previous_end: int, start: int) -> bool:
    """Return True when the words at `start` go on with the sentence before, which Punkt ended.

    Punkt ends a sentence at every "?" or "!", and at a full stop before a
    closing quotation mark: '“Where do you go from here?” asked Ann Lee.' is
    one sentence, as the lower-case word after the quotation shows.
    """
    return bool(_QUOTE_END.search(text, max(0, previous_end - 3), previous_end)) and bool(
        _LOWER_START.match(text, start)
    )


def _quote_open_after(text: str, start: int, end: int, is_open: bool) -> bool:
    """Return whether a double quotation is open after `text[start:end]`, given if it was before."""
    for mark in _DOUBLE_QUOTE.findall(text, start, end):
        is_open = (not is_open) if mark == '"' else mark != "”"
    return is_open


def _tokens(
    text: str, start: int, end: int, models: _Models, parts: tuple[tuple[int, int], ...] = ()
) -> list[Token]:
    """Return the tagged tokens of the sentence `text[start:end]`.

    `parts` are the pieces Punkt cut it into, when a quotation was joined to its
    speaker: each is tokenised alone, so that "well." inside the quotation
    gives "well" and "." as at a sentence's end; the sentence is tagged whole.
    """
    folded = text[start:end].translate(_QUOTE_FOLD)
    pieces: list[tuple[str, int, int]] = []  # (form to tag, start, end)
    for part_start, part_end in parts or ((start, end),):
        offset = part_start - start
        for a, b in models.words.span_tokenize(folded[offset : part_end - start]):
            pieces.extend(_split(folded, offset + a, offset + b))
    forms = [form for form, _, _ in pieces]
    tags = models.tagger.tag(forms)
    return [
        Token(text[start + a : start + b], _fix_tag(form, tag), start + a, start + b)
        for (form, a, b), tag in zip(pieces, tags, strict=True)
    ]


def _split(folded: str, a: int, b: int) -> Iterator[tuple[str, int, int]]:
    word = folded[a:b]
    if word == '"':
        # Treebank forms for the tagger: `` opens a quotation, '' closes it.
        opening = a == 0 or folded[a - 1].isspace() or folded[a - 1] in "([{"
        yield ("``" if opening else "''"), a, b
        return
    match = _SPLIT_TOKEN.match(word)
    if not match or not (match.group("cur") or match.group("suffix")):
        yield word, a, b
        return
    for group in ("cur", "num", "suffix"):
        if match.group(group):
            yield match.group(group), a + match.start(group), a + match.end(group)


def _fix_tag(form: str, tag: str) -> str:
    # The perceptron model tags a bare currency symbol or "%" inconsistently.
    if form in ("$", "€", "£", "¥", "₽", "US$"):
        return "$"
    if form == "%":
        return "NN"
    if form in _BRACKETS:
        return _BRACKETS[form]  # the model was trained on -LRB-, so it mistags raw brackets
    return tag


def _chunks(tokens: list[Token], models: _Models) -> Iterator[Span]:
    label = models.chunker.label
    for first, last in models.chunker.chunks([token.tag for token in tokens]):
        yield make_span(label, tokens, first, last)


def make_span(
    label: str,
    tokens: list[Token] | tuple[Token, ...],
    first: int,
    last: int,
    value: float | None = None,
    unit: str = "",
) -> Span:
    """Return the Span of tokens `[first, last)` of one sentence, with its text taken from them."""
    pieces: list[str] = []
    for i in range(first, last):
        if i > first and tokens[i].start > tokens[i - 1].end:
            pieces.append(" ")
        pieces.append(tokens[i].text)
    return Span(
        label, "".join(pieces), first, last, tokens[first].start, tokens[last - 1].end, value, unit
    )
