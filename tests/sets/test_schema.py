"""The JSON Schema accepts every deck we ship, as written and rewritten, and rejects junk."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from quizgen.sets import dump_set, json_schema, load_set

DECKS = Path(__file__).resolve().parents[2] / "decks"
DECK_FILES = sorted(DECKS.glob("*.yaml"))


@pytest.fixture(scope="module")
def printed_schema() -> dict:
    result = subprocess.run([sys.executable, "-m", "quizgen", "schema"], capture_output=True,
                            text=True, timeout=120, check=True)
    return json.loads(result.stdout)


def test_the_printed_schema_is_a_valid_json_schema(printed_schema: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(printed_schema)
    assert printed_schema == json_schema()


def test_the_schema_file_beside_the_decks_is_current(printed_schema: dict) -> None:
    shipped = json.loads((DECKS / "question-set.schema.json").read_text(encoding="utf-8"))
    assert shipped == printed_schema


def test_there_is_a_deck_to_check() -> None:
    assert DECK_FILES


@pytest.mark.parametrize("deck", DECK_FILES, ids=lambda p: p.name)
def test_the_schema_accepts_every_deck_as_written_and_in_canonical_form(
    deck: Path, printed_schema: dict
) -> None:
    validator = jsonschema.Draft202012Validator(printed_schema)
    as_written = yaml.safe_load(deck.read_text(encoding="utf-8"))
    assert list(validator.iter_errors(as_written)) == []
    canonical = yaml.safe_load(dump_set(load_set(deck)))
    assert list(validator.iter_errors(canonical)) == []


@pytest.mark.parametrize("document", [
    {"id": "x", "title": "T"},
    {"id": "x", "title": "T", "questions": [{"type": "cloze"}]},
    {"id": "x", "title": "T", "questions": [{"q": "Q?", "a": "A"}]},
    {"id": "x", "title": "T", "questions": [{"cloze": "{{a}}", "anwser": "b"}]},
    {"id": "has space", "title": "T", "questions": []},
    {"id": "x", "title": "", "questions": []},
])
def test_the_schema_rejects_broken_sets(document: dict, printed_schema: dict) -> None:
    assert list(jsonschema.Draft202012Validator(printed_schema).iter_errors(document))


def test_the_schema_accepts_unquoted_numbers_wherever_check_reads_them_as_text(
    tmp_path: Path, printed_schema: dict
) -> None:
    text = (
        "id: 2024\ntitle: 1984\ntags: [2024]\nquestions:\n"
        "  - q: 1984\n    a: Orwell\n    wrong: [Huxley, 1932]\n"
    )
    (tmp_path / "numbers.yaml").write_text(text, encoding="utf-8")
    question_set = load_set(tmp_path / "numbers.yaml")
    assert (question_set.id, question_set.title, question_set.tags) == ("2024", "1984", ("2024",))
    validator = jsonschema.Draft202012Validator(printed_schema)
    assert list(validator.iter_errors(yaml.safe_load(text))) == []


def test_schema_output_never_replaces_a_file_that_is_not_a_schema_without_force(
    tmp_path: Path, quizgen
) -> None:
    deck = tmp_path / "rivers.yaml"
    deck.write_text("id: rivers\ntitle: Rivers\nquestions: []\n", encoding="utf-8")
    refused = quizgen("schema", "-o", "rivers.yaml")
    assert refused.returncode == 1
    assert refused.stderr == (
        "quizgen: error: rivers.yaml exists and is not a quizgen schema; pass --force to"
        " replace it\n"
    )
    assert deck.read_text(encoding="utf-8") == "id: rivers\ntitle: Rivers\nquestions: []\n"
    folder = quizgen("schema", "-o", ".")
    assert folder.returncode == 1 and "is a folder: give a file name" in folder.stderr
    # A schema written before is brought up to date; a missing folder is made.
    for _ in range(2):
        assert quizgen("schema", "-o", "decks/question-set.schema.json").returncode == 0
    written = json.loads((tmp_path / "decks" / "question-set.schema.json").read_text())
    assert written == json_schema()
    assert quizgen("schema", "-o", "rivers.yaml", "--force").returncode == 0
    assert json.loads(deck.read_text(encoding="utf-8")) == json_schema()
