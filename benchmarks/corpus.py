"""Benchmark inputs: articles and long text from the gold folder, or made-up articles for smoke."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator
from pathlib import Path


def word_count(text: str) -> int:
    """Return the number of whitespace-separated words, the unit of every words/s figure."""
    return len(text.split())


def _jsonl(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def _kpcrowd(gold: Path) -> Iterator[str]:
    for item in _jsonl(gold / "kpcrowd" / "kpcrowd_sample.jsonl"):
        yield f"{item['title']}\n\n{item['text']}"


def _squad(gold: Path) -> Iterator[str]:
    for item in _jsonl(gold / "squad" / "squad_v1.1_dev_subset_paragraphs.jsonl"):
        yield f"{item['title'].replace('_', ' ')}\n\n{item['context']}"


def _race(gold: Path) -> Iterator[str]:
    for name in ("race_rubrikscube_sample.jsonl", "race_expmrc_dev.jsonl"):
        for item in _jsonl(gold / "race" / name):
            yield item["article"]


def _sciq(gold: Path) -> Iterator[str]:
    for item in _jsonl(gold / "sciq" / "sciq_test.jsonl"):
        if item.get("support"):
            yield item["support"]


def _unique(texts: Iterator[str]) -> Iterator[str]:
    seen: set[str] = set()
    for text in texts:
        if text not in seen:
            seen.add(text)
            yield text


def gold_articles(gold: Path, count: int) -> list[str]:
    """Return `count` distinct articles from the gold folder, its sources taken turn about.

    Turn about (KPCrowd news, SQuAD paragraphs, RACE exam articles), so that
    every prefix has the same mix of lengths and kinds: peak memory at 50
    articles and at 500 then differs only by how many were processed.
    Raises ValueError when the folder holds fewer.
    """
    sources = [_unique(_kpcrowd(gold)), _unique(_squad(gold)), _unique(_race(gold))]
    mixed = (text for group in itertools.zip_longest(*sources) for text in group if text)
    articles = list(itertools.islice(_unique(mixed), count))
    if len(articles) < count:
        raise ValueError(f"{gold} holds only {len(articles)} articles; {count} are needed")
    return articles


def gold_text(gold: Path, min_words: int) -> str:
    """Return at least `min_words` words of distinct gold prose, joined as paragraphs.

    KPCrowd articles and SQuAD paragraphs first; RACE articles and SciQ
    support passages only when those two are not enough.
    Raises ValueError when the folder holds fewer words.
    """
    parts: list[str] = []
    words = 0
    sources = itertools.chain(_kpcrowd(gold), _squad(gold), _race(gold), _sciq(gold))
    for text in _unique(sources):
        parts.append(text)
        words += word_count(text)
        if words >= min_words:
            return "\n\n".join(parts)
    raise ValueError(f"{gold} holds only {words} words of text; {min_words} are needed")


# Made-up facts for smoke runs: no gold data is needed, so a fresh clone can run them.
_PEOPLE = ["Maria Lindqvist", "Tomas Okafor", "Helen Brandt", "Ravi Menon", "Ana Souza"]
_PLACES = ["Tallinn", "Porto", "Gdansk", "Valparaiso", "Kyoto", "Windhoek"]
_THINGS = ["bridge", "library", "harbour", "observatory", "railway station"]
_MONTHS = ["March", "June", "September", "November"]
_SENTENCES = [
    "{person} arrived in {place} on {day} {month} {year} to open the new {thing}.",
    "The {thing} cost about ${money} million and employs {count} people.",
    "Officials in {place} said {percent}% of residents supported the plan.",
    "{person} told reporters that the {thing} would be finished by {month} {later}.",
    "The old {thing} near {place} was built in {early} and closed {count} years later.",
    "According to {person}, visitors from {other} made up a third of the crowd.",
]


def synthetic_article(seed: int, sentences: int = 12) -> str:
    """Return a small made-up news article with people, places, numbers and dates."""
    rng = random.Random(seed)
    place = rng.choice(_PLACES)
    title = f"New {rng.choice(_THINGS)} opens in {place}"
    body = []
    for index in range(sentences):
        template = _SENTENCES[(index + seed) % len(_SENTENCES)]
        body.append(template.format(
            person=rng.choice(_PEOPLE), place=place, thing=rng.choice(_THINGS),
            day=rng.randint(1, 28), month=rng.choice(_MONTHS), year=rng.randint(1990, 2024),
            money=rng.randint(2, 90), count=rng.randint(12, 900), percent=rng.randint(20, 80),
            later=rng.randint(2025, 2030), early=rng.randint(1850, 1950),
            other=rng.choice([p for p in _PLACES if p != place]),
        ))
    paragraphs = [" ".join(body[i:i + 4]) for i in range(0, len(body), 4)]
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write_articles(articles: list[str], folder: Path) -> Path:
    """Write each article as a numbered .txt file in `folder` and return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for index, text in enumerate(articles):
        (folder / f"article-{index:04d}.txt").write_text(text, encoding="utf-8")
    return folder
