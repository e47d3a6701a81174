"""`quizgen nlp` as a user runs it: a file or stdin in, sentences with entities and phrases out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .isolation import BLOCK_SOCKETS, clean_env

ARTICLE = """Dam Reopens After Repairs

Photo: Regional press service

The Kariba dam reopened on 3 April after repairs that cost over $300 million. \
Engineer Tendai Moyo said about 40% of the spillway had been rebuilt.

Source: Example News
"""


def _quizgen(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=env or dict(os.environ),
        timeout=300,
    )


def test_shows_each_sentence_with_offsets_entities_and_phrases(tmp_path: Path) -> None:
    path = tmp_path / "dam.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = _quizgen("nlp", str(path))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    start = ARTICLE.index("The Kariba")
    assert f"[1] {start}-" in out
    assert "DATE 3 April" in out
    assert "MONEY over $300 million (value 300,000,000, unit $)" in out
    assert "PERSON Tendai Moyo" in out
    assert "PERCENT about 40% (value 40, unit %)" in out
    assert "phrases:  The Kariba dam" in out
    sentence_lines = [line for line in out.splitlines() if line.startswith("[")]
    assert len(sentence_lines) == 2
    assert not any("Photo:" in line or "Source:" in line for line in sentence_lines)


def test_json_output_has_offsets_into_the_article_text(tmp_path: Path) -> None:
    path = tmp_path / "dam.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = _quizgen("nlp", "--json", str(path))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    first = document["sentences"][0]
    assert ARTICLE[first["start"] : first["end"]] == first["text"]
    money = next(e for e in first["entities"] if e["label"] == "MONEY")
    assert (money["text"], money["value"], money["unit"]) == ("over $300 million", 3e8, "$")
    assert ARTICLE[money["start"] : money["end"]] == "over $300 million"


def test_reads_standard_input_with_a_dash() -> None:
    result = _quizgen("nlp", "-", stdin="Officials met in Oslo on 5 May.\n")
    assert result.returncode == 0, result.stderr
    assert "GPE Oslo | DATE 5 May" in result.stdout


def test_a_missing_file_is_one_line_on_stderr(tmp_path: Path) -> None:
    result = _quizgen("nlp", str(tmp_path / "nowhere.txt"))
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("quizgen: error:")
    assert "Traceback" not in result.stderr


def test_works_offline_with_an_empty_home(tmp_path: Path) -> None:
    """No network, no nltk_data anywhere: the data comes from installed packages."""
    home = tmp_path / "home"
    home.mkdir()
    path = tmp_path / "dam.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code = BLOCK_SOCKETS + (
        f"import sys\nfrom quizgen.cli import main\nsys.exit(main(['nlp', {str(path)!r}]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=clean_env(home),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "PERSON Tendai Moyo" in result.stdout
    assert (home / ".cache" / "quizgen" / "nltk_data" / "taggers").is_dir()
    # `quizgen nlp` does not pay for WordNet.
    assert not (home / ".cache" / "quizgen" / "nltk_data" / "corpora" / "wordnet").exists()
