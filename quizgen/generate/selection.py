"""Choosing which questions to keep: best first, spread over the whole article."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def spread_select(
    items: Sequence[T],
    count: int | None,
    *,
    score: Callable[[T], float],
    position: Callable[[T], int],
    span: int,
) -> list[T]:
    """Return up to `count` items (all if None), best first within each part of the article.

    The article's `span` positions (sentences) are cut into `count` equal parts
    and the parts take turns choosing their best item, so that a limit never
    keeps only the top of the article. The result is in the order chosen.
    """
    ranked = sorted(items, key=lambda item: (-score(item), position(item)))
    if count is None or count >= len(ranked):
        return ranked
    if count <= 0:
        return []
    parts = max(1, min(count, span))
    buckets: list[list[T]] = [[] for _ in range(parts)]
    for item in ranked:
        buckets[min(parts - 1, position(item) * parts // max(span, 1))].append(item)
    chosen: list[T] = []
    # Parts take turns, the part whose best item scores highest first.
    while len(chosen) < count:
        live = [b for b in buckets if b]
        if not live:
            break
        live.sort(key=lambda b: -score(b[0]))
        for bucket in live:
            chosen.append(bucket.pop(0))
            if len(chosen) == count:
                break
    return chosen
