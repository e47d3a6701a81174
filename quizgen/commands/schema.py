"""quizgen schema: print the JSON Schema of question-set files, for editors and other tools."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "print the JSON Schema of the question-set YAML format"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the schema to FILE instead of printing it"
                             " (question-set.schema.json beside your decks is what the"
                             " files' yaml-language-server line points to)")
    parser.add_argument("--force", action="store_true",
                        help="replace FILE even if it is not a schema quizgen wrote")


def run(args: argparse.Namespace) -> int:
    import json

    from quizgen.sets.schema import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        from quizgen.sets.files import write_text_atomic

        target = _writable(Path(args.output), force=args.force)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(target, text)
    else:
        print(text, end="")
    return 0


def _writable(target: Path, *, force: bool) -> Path:
    """Return `target` if the schema may be written there; raise InputError if not.

    Only an earlier schema of quizgen's is replaced without --force: `-o` given a
    question set or any other file by mistake must not destroy it.
    """
    from quizgen.errors import InputError

    if target.is_dir():
        raise InputError(f"{target} is a folder: give a file name, such as"
                         f" {target / 'question-set.schema.json'}")
    if target.exists() and not force and not _our_schema(target):
        raise InputError(f"{target} exists and is not a quizgen schema; pass --force to"
                         " replace it")
    return target


def _our_schema(path: Path) -> bool:
    import json

    from quizgen.sets.schema import SCHEMA_ID

    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    # Any version's: the folder of the schema's $id, not its file name, stays the same.
    ours = SCHEMA_ID.rsplit("/", 1)[0] + "/"
    return isinstance(found, dict) and str(found.get("$id", "")).startswith(ours)
