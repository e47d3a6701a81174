"""Pausing the cyclic garbage collector: always restored, never switched on by us."""

from __future__ import annotations

import gc

import pytest

from quizgen.collector import collector_paused


def test_the_collector_is_paused_inside_and_running_again_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_runs_again_after_an_error() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collector_the_caller_paused_stays_paused() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_generating_questions_leaves_the_collector_as_it_was(
    private_user_folders: object,
) -> None:
    from quizgen.generate import generate_set

    generate_set("The ferry from Bergen to Hirtshals carried 2.1 million passengers in 2022.")
    assert gc.isenabled()
    with pytest.raises(ValueError):
        generate_set("The ferry sails daily.", cloze=-1)
    assert gc.isenabled()
