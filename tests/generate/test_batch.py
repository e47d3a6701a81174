"""`quizgen generate` as a user runs it: real subprocesses, real files."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.generate.conftest import ARTICLES


def run_quizgen(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env=dict(os.environ),
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two test articles in a folder of their own, with a file that is not an article."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("danube.txt", "curie.md"):
        shutil.copy(ARTICLES / name, articles / name)
    (articles / "notes.pdf").write_bytes(b"%PDF-1.4")
    return articles


def test_one_article_becomes_one_checked_set_and_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "decks" / "tram.yaml"
    result = run_quizgen("generate", str(ARTICLES / "harbour-tram.txt"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert re.search(r"\d+ cloze notes? \(\d+ cards?\), \d+ multiple choice", result.stderr)
    assert "sentences skipped" in result.stderr or "answers dropped" in result.stderr
    check = run_quizgen("check", str(out))
    assert check.returncode == 0, check.stdout


def test_without_output_the_set_is_printed(tmp_path: Path) -> None:
    result = run_quizgen("generate", str(ARTICLES / "danube.txt"), "--mcq", "2", "--cloze", "3")
    assert result.returncode == 0, result.stderr
    # --cloze counts cards: three {{cN::...}} deletions, in one or more notes.
    assert len(re.findall(r"\{\{c\d+::", result.stdout)) == 3
    assert result.stdout.count("type: mcq") == 2
    assert "(3 cards), 2 multiple choice" in result.stderr


def test_a_folder_gives_one_set_per_article(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "sets"
    result = run_quizgen("generate", str(folder), "-o", str(out), "-j", "2")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["curie.yaml", "danube.yaml"]
    assert "2 of 2 articles" in result.stderr


def test_parallel_and_serial_runs_write_the_same_sets(folder: Path, tmp_path: Path) -> None:
    run_quizgen("generate", str(folder), "-o", str(tmp_path / "one"), "--seed", "3")
    run_quizgen("generate", str(folder), "-o", str(tmp_path / "two"), "--seed", "3", "-j", "2")
    for name in ("curie.yaml", "danube.yaml"):
        assert (tmp_path / "one" / name).read_text() == (tmp_path / "two" / name).read_text()


def test_a_set_a_person_edited_is_not_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "curie.yaml"
    assert run_quizgen("generate", str(ARTICLES / "curie.md"), "-o", str(out)).returncode == 0
    edited = out.read_text().replace("questions:", "# my notes\nquestions:", 1)
    out.write_text(edited)
    again = run_quizgen("generate", str(ARTICLES / "curie.md"), "-o", str(out))
    assert again.returncode == 1
    assert again.stderr.startswith("quizgen: error:") and "--force" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    assert out.read_text() == edited
    forced = run_quizgen("generate", str(ARTICLES / "curie.md"), "-o", str(out), "--force")
    assert forced.returncode == 0
    assert "# my notes" not in out.read_text()


def test_update_keeps_an_edited_question_and_reports_it(tmp_path: Path) -> None:
    out = tmp_path / "danube.yaml"
    article = str(ARTICLES / "danube.txt")
    assert run_quizgen("generate", article, "-o", str(out)).returncode == 0
    text = out.read_text()
    marker = "text: >-\n      The Danube"
    assert marker in text
    edited = text.replace(marker, "text: >-\n      The mighty Danube", 1)
    out.write_text(edited)

    dry = run_quizgen("generate", "--update", str(out), article, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "1 kept" in dry.stderr and "dry run" in dry.stderr
    assert out.read_text() == edited

    update = run_quizgen("generate", "--update", str(out), article)
    assert update.returncode == 0, update.stderr
    assert "1 kept" in update.stderr
    assert "The mighty Danube" in out.read_text()


def test_bad_input_is_one_line_and_nothing_is_written(tmp_path: Path) -> None:
    missing = run_quizgen("generate", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "x.yaml"))
    assert missing.returncode != 0
    assert missing.stderr.startswith("quizgen: error:")
    assert len(missing.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.yaml").exists()

    several = run_quizgen("generate", str(ARTICLES / "curie.md"), str(ARTICLES / "danube.txt"))
    assert several.returncode != 0 and "-o FOLDER" in several.stderr

    bad_count = run_quizgen("generate", str(ARTICLES / "curie.md"), "--mcq", "-3")
    assert bad_count.returncode == 2 and "0 or more" in bad_count.stderr


def test_an_unreadable_article_in_a_batch_does_not_stop_the_others(
    folder: Path, tmp_path: Path
) -> None:
    (folder / "empty.txt").write_text("   \n")
    out = tmp_path / "sets"
    result = run_quizgen("generate", str(folder), "-o", str(out))
    assert result.returncode == 1
    assert "empty.txt" in result.stderr
    assert (out / "curie.yaml").exists() and (out / "danube.yaml").exists()


def test_an_article_on_standard_input_gives_a_set_on_standard_output() -> None:
    text = (ARTICLES / "danube.txt").read_text(encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "generate", "-", "--mcq", "1", "--cloze", "1"],
        capture_output=True,
        text=True,
        input=text,
        timeout=300,
        env=dict(os.environ),
    )
    assert result.returncode == 0, result.stderr
    assert "type: mcq" in result.stdout and "type: cloze" in result.stdout


def test_the_help_default_quality_is_the_generators() -> None:
    from quizgen.commands.generate import DEFAULT_MIN_QUALITY as shown
    from quizgen.generate import DEFAULT_MIN_QUALITY

    assert shown == DEFAULT_MIN_QUALITY


def test_an_article_repeating_a_short_sentence_is_written(tmp_path: Path) -> None:
    from tests.generate.test_generate import _SAID_TWICE

    article = tmp_path / "repeats.txt"
    article.write_text(_SAID_TWICE, encoding="utf-8")
    done = run_quizgen("generate", str(article), "-o", str(tmp_path / "repeats.yaml"))
    assert done.returncode == 0, done.stderr
    assert "Fjordpost" in (tmp_path / "repeats.yaml").read_text(encoding="utf-8")


_VOLCANO = (
    "# Kelvar\n\nThe Kelvar volcano rises 2,400 metres above the plain of Ostrava in Norland.\n"
    "It last erupted in 1887, when ash fell on the port of Danmouth for nine days.\n"
)
_NEURONS = (
    "Kelvar\n\nIn 1906 the scientist Ada Kelvar described the synapse in Turin.\n"
    "She later ran a laboratory of 40 people at the University of Brell.\n"
)


def _set_ids(folder: Path) -> dict[str, str]:
    return {
        path.name: re.search(r"^id: (.+)$", path.read_text(), re.MULTILINE).group(1)  # type: ignore[union-attr]
        for path in sorted(folder.iterdir())
    }


def test_articles_titled_alike_in_one_run_get_distinct_ids_with_any_jobs(tmp_path: Path) -> None:
    for folder, name, text in (("a1", "article.md", _VOLCANO), ("a2", "article.txt", _NEURONS)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_text(text, encoding="utf-8")
    inputs = [str(tmp_path / "a1"), str(tmp_path / "a2")]
    serial = run_quizgen("generate", *inputs, "-o", str(tmp_path / "one"))
    parallel = run_quizgen("generate", *inputs, "-o", str(tmp_path / "two"), "-j", "2")
    assert serial.returncode == 0 and parallel.returncode == 0, serial.stderr + parallel.stderr
    assert _set_ids(tmp_path / "one") == {"article.yaml": "kelvar", "article-2.yaml": "kelvar-2"}
    for name in ("article.yaml", "article-2.yaml"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_update_keeps_the_existing_sets_id(tmp_path: Path) -> None:
    article = tmp_path / "volcano.md"
    article.write_text(_VOLCANO, encoding="utf-8")
    out = tmp_path / "volcano.yaml"
    assert run_quizgen("generate", str(article), "-o", str(out)).returncode == 0
    assert re.search(r"^id: kelvar$", out.read_text(), re.MULTILINE)
    out.write_text(out.read_text().replace("id: kelvar\n", "id: my-volcano\n", 1))
    article.write_text(_VOLCANO.replace("# Kelvar", "# Mount Kelvar"), encoding="utf-8")
    update = run_quizgen("generate", "--update", str(out), str(article))
    assert update.returncode == 0, update.stderr
    assert re.search(r"^id: my-volcano$", out.read_text(), re.MULTILINE)


def test_the_summary_says_one_thing_in_the_singular_and_several_in_the_plural() -> None:
    from quizgen.generate.batch import summary_line
    from quizgen.model import QuestionSet

    stats = {
        "sentence:too-short": 1,
        "not-salient": 1,
        "mcq:doubtful-kind": 1,
        "cloze:depends-on-the-mcq": 1,
        "distractor:in-stem": 2,
    }
    line = summary_line("ferry.txt", None, QuestionSet(id="ferry", title="Ferry", stats=stats))
    assert line == (
        "ferry.txt -> standard output: 0 cloze notes (0 cards), 0 multiple choice;"
        " 1 sentence skipped (too-short 1); 1 answer dropped (not-salient 1);"
        " 1 answer kept for cloze only (doubtful-kind 1);"
        " 1 answer left out of cloze notes (depends-on-the-mcq 1);"
        " 2 distractors rejected (in-stem 2)"
    )


@pytest.mark.parametrize(
    ("name", "advice"),
    [
        ("notes.txt", "write the set to a .yaml file instead (like {folder}/notes.yaml)"),
        ("notes.yaml", "fix it (see quizgen check {folder}/notes.yaml) and merge into it with"
                       " --update"),
    ],
)
def test_an_output_file_that_is_no_set_is_kept_with_advice_that_fits_it(
    tmp_path: Path, name: str, advice: str
) -> None:
    article = tmp_path / "volcano.md"
    article.write_text(_VOLCANO, encoding="utf-8")
    out = tmp_path / name
    out.write_text("My own notes about volcanoes.\n", encoding="utf-8")
    result = run_quizgen("generate", str(article), "-o", str(out))
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"quizgen: error: {out}: not overwriting it: it is not a")
    assert line.endswith(advice.format(folder=tmp_path) + ", or replace it with --force")
    assert out.read_text(encoding="utf-8") == "My own notes about volcanoes.\n"


def test_a_run_again_over_the_same_folder_keeps_each_sets_id(tmp_path: Path) -> None:
    # Quiz progress and Anki notes hang on a set's id: an article added to the folder,
    # titled like the others, must not renumber the sets already written.
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("kelvar.md", "kelvar-copy.md"):
        (articles / name).write_text(_VOLCANO, encoding="utf-8")
    out = tmp_path / "out"
    assert run_quizgen("generate", str(articles), "-o", str(out)).returncode == 0
    before = _set_ids(out)
    assert sorted(before.values()) == ["kelvar", "kelvar-2"]
    (articles / "a-kelvar.md").write_text(_VOLCANO, encoding="utf-8")
    again = run_quizgen("generate", str(articles), "-o", str(out))
    assert again.returncode == 0, again.stderr
    after = _set_ids(out)
    assert {name: after[name] for name in before} == before
    assert after["a-kelvar.yaml"] == "kelvar-3"


def test_option_mistakes_exit_2_like_any_command_line_mistake(tmp_path: Path) -> None:
    article = str(ARTICLES / "curie.md")
    prune = run_quizgen("generate", article, "--prune")
    assert prune.returncode == 2 and "--update FILE" in prune.stderr
    # Several articles written "into" a set file's name would make a folder of that name.
    named = run_quizgen("generate", article, str(ARTICLES / "danube.txt"), "-o",
                        str(tmp_path / "x.yaml"))
    assert named.returncode == 2 and "-o FOLDER" in named.stderr
    assert not (tmp_path / "x.yaml").exists()


def test_two_files_holding_one_id_from_separate_runs_get_distinct_ids_again(
    tmp_path: Path,
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    out = tmp_path / "out"
    for name in ("x.md", "y.md"):
        (articles / name).write_text(_VOLCANO, encoding="utf-8")
        # One at a time: each run gives its set the plain id.
        assert run_quizgen("generate", str(articles / name), "-o", str(out) + "/").returncode == 0
    assert sorted(_set_ids(out).values()) == ["kelvar", "kelvar"]
    both = run_quizgen("generate", str(articles), "-o", str(out))
    assert both.returncode == 0, both.stderr
    assert _set_ids(out) == {"x.yaml": "kelvar", "y.yaml": "kelvar-2"}


def test_update_with_an_output_or_several_articles_into_a_file_exit_2(tmp_path: Path) -> None:
    article = str(ARTICLES / "curie.md")
    (tmp_path / "old.yaml").write_text("id: x\ntitle: X\nquestions: []\n")
    both = run_quizgen("generate", article, "--update", str(tmp_path / "old.yaml"), "-o",
                       str(tmp_path / "new.yaml"))
    assert both.returncode == 2 and "generate: give either --update" in both.stderr
    into_a_file = run_quizgen("generate", article, str(ARTICLES / "danube.txt"), "-o",
                              str(tmp_path / "old.yaml"))
    assert into_a_file.returncode == 2 and "need a folder, and this is a file" in into_a_file.stderr


def test_the_api_entry_point_returns_2_for_options_that_do_not_go_together(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from quizgen.cli import main

    assert main(["generate", str(ARTICLES / "curie.md"), "--prune"]) == 2
    assert capsys.readouterr().err == (
        "quizgen: error: generate: --prune and --dry-run only apply with --update FILE"
        " (see 'quizgen generate --help')\n"
    )
