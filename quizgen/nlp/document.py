"""What the NLP layer produces: an article's sentences, tokens, entities and noun phrases."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# PRODUCT: a named product ("Sputnik V" vaccine, "Boeing 737"); EVENT: a named event, law,
# war or award ("Battle of Olustee", "Treaty of Rome", "Nobel Prize in Physics").
EntityLabel = Literal[
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "PRODUCT",
    "EVENT",
    "DATE",
    "TIME",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "NUMBER",
]


@dataclass(frozen=True, slots=True)
class Token:
    """A word token with its Penn Treebank tag and character offsets in the original text."""

    text: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Span:
    """A run of tokens `[first, last)` of one sentence, with its text and character offsets.

    Used for entities (label is an EntityLabel) and for noun-phrase chunks
    (label "NP"). For numeric entities, `value` is the number (50 for "about 50%",
    4e9 for "$4 billion", 2019 for the year) and `unit` what is counted
    ("roadmaps", "%", "$").
    """

    label: str
    text: str
    first: int
    last: int
    start: int
    end: int
    value: float | None = None
    unit: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of prose, with offsets into the original article text."""

    text: str
    start: int
    end: int
    tokens: tuple[Token, ...]
    entities: tuple[Span, ...] = ()
    chunks: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """An analysed article: the original text, its title (if any) and its prose sentences."""

    text: str
    sentences: tuple[Sentence, ...]
    title: str = ""
