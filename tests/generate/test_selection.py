"""Choosing questions: the best ones, spread over the article."""

from __future__ import annotations

from quizgen.generate.selection import spread_select


def test_without_a_limit_everything_is_kept_best_first() -> None:
    items = [(0, 0.2), (1, 0.9), (2, 0.5)]
    chosen = spread_select(items, None, score=lambda i: i[1], position=lambda i: i[0], span=3)
    assert chosen == [(1, 0.9), (2, 0.5), (0, 0.2)]


def test_a_limit_takes_from_every_part_of_the_article() -> None:
    # The first sentences score best, but a limit of 3 still reaches the end of the article.
    items = [(i, 1.0 - i / 100) for i in range(30)]
    chosen = spread_select(items, 3, score=lambda i: i[1], position=lambda i: i[0], span=30)
    positions = sorted(i[0] for i in chosen)
    assert positions[0] < 10 and 10 <= positions[1] < 20 and positions[2] >= 20


def test_a_limit_of_zero_keeps_nothing() -> None:
    assert spread_select([(0, 1.0)], 0, score=lambda i: i[1], position=lambda i: i[0], span=1) == []
