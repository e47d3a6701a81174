"""A document's named entities: numbers, dates and money by rule; names by ne_chunk or by rule.

`nltk.ne_chunk` is used when the user has its data (maxent_ne_chunker_tab and
words) in their own nltk_data; no PyPI package ships it, so otherwise the
rule-based recogniser in `quizgen.nlp.names` types the names.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from quizgen.nlp.document import Span, Token
from quizgen.nlp.names import NameRun, find_names
from quizgen.nlp.numeric import find_numeric

# ne_chunk's ACE labels, in the project's vocabulary.
_NE_CHUNK_LABELS = {
    "PERSON": "PERSON",
    "ORGANIZATION": "ORG",
    "GPE": "GPE",
    "GSP": "GPE",
    "LOCATION": "LOC",
    "FACILITY": "LOC",
}


def find_entities(sentences: Sequence[Sequence[Token]]) -> list[list[Span]]:
    """Return, for each sentence of a document, its entities in text order."""
    from quizgen.nlp.pipeline import make_span, word_knowledge

    result: list[list[Span]] = []
    taken: list[set[int]] = []
    for tokens in sentences:
        numeric = find_numeric(tokens)
        result.append(
            [make_span(f.label, tokens, f.first, f.last, f.value, f.unit) for f in numeric]
        )
        taken.append({i for f in numeric for i in range(f.first, f.last)})
    if ne_chunk_available():
        runs = _ne_chunk_names(sentences, taken)
    else:
        runs = find_names(sentences, taken, word_knowledge())
    names: list[list[Span]] = [[] for _ in sentences]
    for run in runs:
        tokens = sentences[run.sentence]
        names[run.sentence].append(make_span(run.label, tokens, run.first, run.last))
    for spans, named in zip(result, names, strict=True):
        if named:
            # A name may hold a number the numeric rules took: "Union Local 1021". One
            # pass per sentence: a filter per name took quadratic time on a huge sentence.
            inside = {i for span in named for i in range(span.first, span.last)}
            spans[:] = [s for s in spans if not inside.intersection(range(s.first, s.last))]
            spans.extend(named)
        spans.sort(key=lambda span: span.first)
    return result


@functools.cache
def ne_chunk_available() -> bool:
    """Return True when the user's nltk_data holds what `nltk.ne_chunk` needs."""
    from nltk.data import find

    try:
        find("chunkers/maxent_ne_chunker_tab/english_ace_multiclass/")
        find("corpora/words")
    except LookupError:
        return False
    return True


def _ne_chunk_names(
    sentences: Sequence[Sequence[Token]], taken: Sequence[set[int]]
) -> list[NameRun]:
    from nltk import ne_chunk
    from nltk.tree import Tree

    runs: list[NameRun] = []
    for index, tokens in enumerate(sentences):
        position = 0
        for node in ne_chunk([(t.text, t.tag) for t in tokens]):
            width = len(node) if isinstance(node, Tree) else 1
            if isinstance(node, Tree) and node.label() in _NE_CHUNK_LABELS:
                span = range(position, position + width)
                if not taken[index].intersection(span):
                    runs.append(
                        NameRun(index, position, position + width, _NE_CHUNK_LABELS[node.label()])
                    )
            position += width
    return runs
