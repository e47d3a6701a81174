"""Crashes lose nothing: writers and players killed with SIGKILL at random points.

The children are forked from a zygote process (see crash_workers.py) so that
fifty kills stay cheap; each child is a separate process doing the real work
(a set or package write, or answers committed by a quiz session) when it dies.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from quizgen.export import write_apkg
from quizgen.export.apkg_reader import read_notes
from quizgen.nlp.resources import RESOURCES, data_root, ensure
from quizgen.quiz.store import ProgressStore
from quizgen.sets import dump_set, load_set, stamp_fingerprints, write_set
from tests.export.export_samples import ImportCounts
from tests.reliability.crash_workers import SET_QUESTIONS, version_of_set
from tests.reliability.data_folders import data_files, staging_folders, with_empty_cache
from tests.reliability.kill_points import Killed, Zygote
from tests.reliability.quizgen_process import assert_succeeded, start_quizgen

SIGKILLED = -9


@pytest.fixture
def zygote(child_env: dict[str, str], tmp_path: Path) -> Iterator[Zygote]:
    # Killed children cannot clean up their scratch folders: keep those in tmp_path.
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    started = Zygote({**child_env, "TMPDIR": str(scratch)}, tmp_path)
    yield started
    started.close()


def acked_answers(killed: Killed) -> dict[int, str]:
    """Return {answer id: given} for every answer the child acknowledged."""
    acked = {}
    for value in killed.values("ack"):
        answer_id, given = value.split(" ", 1)
        acked[int(answer_id)] = json.loads(given)
    return acked


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def kill_players(zygote: Zygote, role: str, db: Path, rounds: int,
                 delays: tuple[float, float]) -> dict[int, str]:
    """Kill a player `rounds` times, a random delay in `delays` after it starts.

    After each kill the store must open cleanly, in WAL mode, pass SQLite's
    integrity check, and hold every answer acknowledged so far. Returns them.
    """
    pick = random.Random(rounds)
    acked: dict[int, str] = {}
    for round_number in range(rounds):
        killed = zygote.run_and_kill(role, str(db), f"{role}{round_number}",
                                     after=pick.uniform(*delays))
        assert killed.exit_code == SIGKILLED
        acked |= acked_answers(killed)
        with ProgressStore(db) as store:
            assert store.journal_mode == "wal"
            stored = {row.answer_id: row.given for row in store.answers()}
        lost = {answer_id: given for answer_id, given in acked.items()
                if stored.get(answer_id) != given}
        assert not lost, f"round {round_number}: acknowledged answers lost: {lost}"
        assert integrity(db) == "ok"
    return acked


@pytest.mark.slow
@pytest.mark.parametrize(("role", "rounds", "delays"), [
    # The session's write path (what the quiz calls), killed from the first instant
    # (creating the schema) to several answers in.
    ("answer", 50, (0.0, 0.25)),
    # The quiz app itself, headless, driven with keys.
    ("play-tui", 5, (1.0, 2.5)),
], ids=["session-50-kills", "quiz-app-5-kills"])
def test_player_killed_mid_session_keeps_every_answer_it_acknowledged(
    zygote: Zygote, tmp_path: Path, role: str, rounds: int, delays: tuple[float, float]
) -> None:
    acked = kill_players(zygote, role, tmp_path / "progress.sqlite3", rounds, delays)
    # Most kills landed mid-session, after some answers, not before the first.
    assert len(acked) >= rounds, len(acked)


def expected_set_texts() -> dict[str, str]:
    return {version: dump_set(stamp_fingerprints(version_of_set(version)))
            for version in "AB"}


def whole_set_version(path: Path, expected: dict[str, str]) -> str:
    """Return which version ("A" or "B") the set file holds whole; fail if neither."""
    text = path.read_text(encoding="utf-8")
    versions = [version for version, whole in expected.items() if text == whole]
    assert versions, f"{path.name} is neither version: {len(text)} characters"
    assert len(load_set(path).questions) == SET_QUESTIONS
    return versions[0]


def versions_allowed(killed: Killed, old: str) -> set[str]:
    """Return the versions the file may hold: the last one written in full, or the one begun."""
    done = killed.values("done")
    begun = killed.values("begin")
    allowed = {done[-1].split()[1] if done else old}
    if begun:
        allowed.add(begun[-1].split()[1])
    return allowed


def kill_writer(zygote: Zygote, role: str, path: Path, temp_files: str,
                restore: Callable[[], None], rounds: int = 12) -> Iterator[Killed]:
    """Kill a writer `rounds` times; yield what each child printed, the file left to check.

    Before each round `restore()` writes the old version (A). The kill comes, in
    turn: at a random moment; the moment a temp file matching `temp_files` appears
    (the new file is being written); the moment `path` itself changes (which, for a
    writer that wrote in place, is mid-write). A kill after the temp file was made
    and before the rename leaves the temp file behind, so at least one must be left.
    """
    pick = random.Random(rounds)
    for round_number in range(rounds):
        restore()
        before = _identity(path)
        how = round_number % 3
        triggers = {
            0: None,
            1: lambda: any(path.parent.glob(temp_files)),
            2: lambda before=before: _identity(path) != before,
        }
        killed = zygote.run_and_kill(role, str(path), when=triggers[how],
                                     after=pick.uniform(0.0, 0.6) if how == 0 else 10.0)
        assert killed.exit_code == SIGKILLED
        yield killed
    assert list(path.parent.glob(temp_files)), \
        "no kill landed while the new file was being written: the test proved nothing"


def _identity(path: Path) -> tuple[int, int, int]:
    try:
        status = path.stat()
    except FileNotFoundError:  # between an unlink and a rename: changed, too
        return (0, 0, 0)
    return (status.st_ino, status.st_size, status.st_mtime_ns)


def apkg_notes(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    return [(note.guid, note.fields) for note in read_notes(path)]


@pytest.mark.slow
def test_set_writer_killed_at_random_points_leaves_the_old_or_the_new_file_whole(
    zygote: Zygote, tmp_path: Path
) -> None:
    path = tmp_path / "rivers.yaml"
    expected = expected_set_texts()

    def restore() -> None:
        write_set(path, version_of_set("A"), overwrite=True)

    for killed in kill_writer(zygote, "write-set", path, ".rivers.yaml.*.tmp", restore):
        assert whole_set_version(path, expected) in versions_allowed(killed, old="A")


@pytest.mark.slow
def test_apkg_writer_killed_at_random_points_leaves_the_old_or_the_new_package_whole(
    zygote: Zygote, tmp_path: Path, collection, import_apkg: Callable[[Path], ImportCounts]
) -> None:
    references = {}
    for version in "AB":
        reference = tmp_path / "reference" / f"{version}.apkg"
        reference.parent.mkdir(exist_ok=True)
        write_apkg([version_of_set(version)], reference)
        references[version] = apkg_notes(reference)
    path = tmp_path / "rivers.apkg"

    def restore() -> None:
        write_apkg([version_of_set("A")], path)

    for killed in kill_writer(zygote, "write-apkg", path, ".rivers.apkg.*.partial", restore):
        notes = apkg_notes(path)
        versions = {version for version, whole in references.items() if notes == whole}
        assert versions, f"{path.name} is neither version"
        assert versions & versions_allowed(killed, old="A")
    counts = import_apkg(path)  # real Anki takes what the last kill left
    assert counts.new == SET_QUESTIONS


@pytest.mark.slow
def test_generate_killed_while_building_the_nltk_data_leaves_a_cache_the_next_run_uses(
    child_env: dict[str, str], tmp_path: Path, news_article: Path
) -> None:
    article = news_article
    env = with_empty_cache(child_env, tmp_path / "cache")
    data = tmp_path / "cache" / "nltk_data"
    for _ in range(3):
        # Kill each run the moment a resource starts being built (its staging folder appears).
        before = staging_folders(data)
        running = start_quizgen(["generate", str(article)], env=env, cwd=tmp_path)
        deadline = time.monotonic() + 60
        while staging_folders(data) <= before:
            assert not running.exited and time.monotonic() < deadline, "no build began"
            time.sleep(0.001)
        running.kill()
        assert running.finish().code == SIGKILLED
    after = start_quizgen(["generate", str(article)], env=env, cwd=tmp_path).finish()
    assert_succeeded(after)
    # The same set and the same data as the suite's own cache, built without a crash.
    reference = start_quizgen(["generate", str(article)], env=child_env, cwd=tmp_path).finish()
    assert after.stdout == reference.stdout
    for name in RESOURCES:
        ensure(name)
    assert data_files(data) == data_files(data_root())
