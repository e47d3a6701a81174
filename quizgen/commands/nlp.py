"""`quizgen nlp`: show how quizgen reads an article: sentences, entities and noun phrases."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from quizgen.commands.common import add_article_arguments, read_article_from_args

HELP = "show an article's sentences, entities and noun phrases (a debug view)"
_FLAGS = {
    "--json": "print JSON: sentences with offsets, tokens, entities and chunks",
    "--tokens": "also show each sentence's tokens with their Penn Treebank tags",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_article_arguments(parser)
    for flag, help_text in _FLAGS.items():
        parser.add_argument(flag, action="store_true", help=help_text)


def run(args: argparse.Namespace) -> int:
    from quizgen.nlp.pipeline import analyse

    article = read_article_from_args(args)
    document = analyse(article)
    if args.json:
        json.dump(_as_json(article, document), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_as_text(article, document, tokens=args.tokens))
    return 0


def _as_text(article: Any, document: Any, *, tokens: bool) -> str:
    lines: list[str] = []
    if document.title:
        lines += [f"title: {document.title}", ""]
    for number, sentence in enumerate(document.sentences, 1):
        text = " ".join(sentence.text.split())
        lines.append(f"[{number}] {sentence.start}-{sentence.end}  {text}")
        if tokens:
            lines.append("    tokens:   " + " ".join(f"{t.text}/{t.tag}" for t in sentence.tokens))
        entities = [f"{e.label} {e.text}" + _numeric(e) for e in sentence.entities]
        lines.append("    entities: " + (" | ".join(entities) or "-"))
        lines.append("    phrases:  " + (" | ".join(c.text for c in sentence.chunks) or "-"))
        lines.append("")
    skipped = getattr(article, "excluded", ())
    if skipped:
        lines.append("not prose (left out):")
        for line in skipped:
            text = " ".join(article.text[line.start : line.end].split())
            lines.append(f"    {line.reason}: {text}")
    return "\n".join(lines) + "\n"


def _numeric(entity: Any) -> str:
    if entity.value is None or entity.label == "DATE":
        return ""
    value = f"{entity.value:,.15g}" if abs(entity.value) >= 10_000 else f"{entity.value:.15g}"
    return f" (value {value}" + (f", unit {entity.unit}" if entity.unit else "") + ")"


def _span(span: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "label": span.label,
        "text": span.text,
        "start": span.start,
        "end": span.end,
    }
    if span.value is not None:
        data["value"] = span.value
    if span.unit:
        data["unit"] = span.unit
    return data


def _as_json(article: Any, document: Any) -> dict[str, Any]:
    return {
        "path": getattr(article, "path", ""),
        "title": document.title,
        "sentences": [
            {
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "tokens": [
                    {"text": t.text, "tag": t.tag, "start": t.start, "end": t.end} for t in s.tokens
                ],
                "entities": [_span(e) for e in s.entities],
                "chunks": [_span(c) for c in s.chunks],
            }
            for s in document.sentences
        ],
    }
