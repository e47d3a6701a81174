"""Benchmark inputs: gold articles taken turn about from each source, made-up articles for smoke."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.corpus import gold_articles, gold_text, synthetic_article, word_count


def _write_jsonl(path: Path, items: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    _write_jsonl(tmp_path / "kpcrowd" / "kpcrowd_sample.jsonl",
                 [{"title": f"News {n}", "text": f"news body {n} " * 10} for n in range(3)])
    _write_jsonl(tmp_path / "squad" / "squad_v1.1_dev_subset_paragraphs.jsonl",
                 [{"title": "Some_Place", "context": f"paragraph {n} " * 10} for n in range(3)])
    _write_jsonl(tmp_path / "race" / "race_rubrikscube_sample.jsonl",
                 [{"article": "same exam article " * 10}, {"article": "same exam article " * 10}])
    _write_jsonl(tmp_path / "race" / "race_expmrc_dev.jsonl", [{"article": "another one " * 10}])
    _write_jsonl(tmp_path / "sciq" / "sciq_test.jsonl", [{"support": "science words " * 50}])
    return tmp_path


def test_gold_articles_mix_the_sources_in_every_prefix_and_skip_repeats(gold: Path) -> None:
    articles = gold_articles(gold, 6)
    assert articles[0].startswith("News 0")
    assert articles[1].startswith("Some Place")
    assert articles[2].startswith("same exam article")
    assert articles[3].startswith("News 1")
    assert len(set(articles)) == 6


def test_asking_for_more_gold_articles_than_exist_says_how_many_there_are(gold: Path) -> None:
    with pytest.raises(ValueError, match="holds only 8 articles"):
        gold_articles(gold, 9)


def test_gold_text_reaches_the_word_count_using_other_sources_only_when_needed(gold: Path) -> None:
    assert "science" not in gold_text(gold, 50)
    long = gold_text(gold, 250)
    assert word_count(long) >= 250
    assert "science" in long
    with pytest.raises(ValueError):
        gold_text(gold, 10_000)


def test_made_up_articles_are_repeatable_and_hold_numbers_and_names() -> None:
    article = synthetic_article(seed=4)
    assert article == synthetic_article(seed=4)
    assert article != synthetic_article(seed=5)
    assert any(ch.isdigit() for ch in article)
    assert word_count(article) > 100
