"""quizgen schema: print the JSON Schema of question-set files, for editors and other tools."""

from __future__ import annotations

import argparse

HELP = "print the JSON Schema of the question-set YAML format"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the schema to FILE instead of printing it"
                             " (question-set.schema.json beside your decks is what the"
                             " files' yaml-language-server line points to)")


def run(args: argparse.Namespace) -> int:
    import json

    from quizgen.sets.schema import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        from quizgen.sets.files import write_text_atomic

        write_text_atomic(args.output, text)
    else:
        print(text, end="")
    return 0
