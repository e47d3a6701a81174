"""Keys typed faster than the quiz redraws (type-ahead, double Enter) never crash `quizgen play`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from quizgen.quiz.sample import sample_set
from quizgen.quiz.store import ProgressStore
from quizgen.sets import write_set
from tests.tui.pty_terminal import Terminal


@pytest.mark.slow
@pytest.mark.parametrize("keys", ["\r\r", "\rMarta Ilves\r"], ids=["double-enter", "type-ahead"])
def test_keys_typed_before_the_next_question_shows_do_not_crash_the_quiz(
    child_env: dict[str, str], tmp_path: Path, keys: str
) -> None:
    deck = tmp_path / "harbour.yaml"
    write_set(deck, sample_set())
    env = {**child_env, "QUIZGEN_DATA_DIR": str(tmp_path / "data")}
    player = Terminal([sys.executable, "-m", "quizgen", "play", str(deck)], env=env)
    try:
        player.wait_for("Which river")
        player.type("2")
        player.wait_for("Next")
        player.forget()
        player.type(keys)  # all at once, as a fast typist or a bouncing key sends them
        player.wait_for("2/7")
        player.type("\x1b")  # Escape asks to quit whether or not the answer was graded yet
        player.wait_for("Quit this quiz?")
        player.type("y")
        code = player.wait_exit()
    finally:
        player.kill()
    assert "Traceback" not in player.seen and "stopped unexpectedly" not in player.seen, \
        player.seen[-600:]
    assert code == 0
    with ProgressStore(tmp_path / "data" / "progress.sqlite3") as store:
        assert [row.given for row in store.answers()][:1] == ["The Vesna"]
