"""Pausing Python's cyclic garbage collector while a large structure is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (or the decorated call), then restore it.

    Building a big question set or a long article's questions makes hundreds of
    thousands of objects, none of them garbage yet; the collector would walk them,
    and every model loaded before them, again and again. Nothing is lost: the few
    cycles made meanwhile are collected once it runs again.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
