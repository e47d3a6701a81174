"""Hostile question-set files: Python tags, alias bombs, deep nesting and huge files are refused.

Through `quizgen check` (and the other commands that load sets) in a real child
process, and through `quizgen.sets.load_set` / `check_file` in this process.
"""

from __future__ import annotations

import sys
import tracemalloc
from pathlib import Path

import pytest

from quizgen.errors import FormatError
from quizgen.sets import Limits, check_file, load_set
from tests.reliability.quizgen_process import (
    QuizgenRunner,
    assert_one_line_error,
    assert_succeeded,
)
from tests.tui.pty_terminal import Terminal

MIB = 1024 * 1024
VALID_SET = """title: Rivers
id: rivers
questions:
  - cloze: "The {{Danube}} flows into the Black Sea."
  - q: Which river flows through Lisbon?
    a: Tagus
    wrong: [Douro, Ebro, Loire]
"""


def python_tag_attacks(marker: Path) -> dict[str, str]:
    """Return set files that would create `marker` if a loader built Python objects."""
    command = f"touch {marker}"
    return {
        "apply-os-system": f'title: !!python/object/apply:os.system ["{command}"]\n'
                           "id: x\nquestions: []\n",
        "apply-in-a-question": "title: x\nid: x\nquestions:\n"
                               f'  - cloze: !!python/object/apply:os.system ["{command}"]\n',
        "new-subprocess": "title: x\nid: x\nquestions:\n  - q: Where?\n    a: Oslo\n"
                          "    wrong: !!python/object/new:subprocess.check_call\n"
                          f"      args: [[touch, {marker}]]\n",
        "tag-directive": "%TAG !py! tag:yaml.org,2002:python/\n---\n"
                         f'title: !py!object/apply:os.system ["{command}"]\nid: x\n'
                         "questions: []\n",
        "verbatim-tag": f'title: !<tag:yaml.org,2002:python/object/apply:os.system> ["{command}"]'
                        "\nid: x\nquestions: []\n",
        "python-name": "title: x\nid: !!python/name:os.system\nquestions: []\n",
    }


def billion_laughs() -> str:
    """Return a small file whose aliases would expand to about 10**9 strings."""
    lines = ["title: Laughs", "id: laughs", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol",'
             ' "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 9):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
    lines.append("questions:\n  - q: Which?\n    a: lol\n    wrong: *a8")
    return "\n".join(lines) + "\n"


DEEP = {
    "flow-lists": "title: x\nid: x\nquestions: " + "[" * 100_000 + "]" * 100_000 + "\n",
    "flow-maps": "title: x\nid: x\nquestions: " + "{a: " * 50_000 + "b" + "}" * 50_000 + "\n",
    "block-maps": "title: x\nid: x\nquestions:\n"
                  + "".join("  " * depth + f"- k{depth}:\n" for depth in range(1, 3000)),
    "in-a-question": "title: x\nid: x\nquestions:\n  - q: Deep?\n    a: yes\n    wrong: "
                     + "[" * 20_000 + "]" * 20_000 + "\n",
}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("attack", sorted(python_tag_attacks(Path("m"))))
def test_python_tags_are_refused_by_check_and_run_nothing(
    quizgen: QuizgenRunner, tmp_path: Path, attack: str
) -> None:
    marker = tmp_path / "ran-a-command"
    path = write(tmp_path, "evil.yaml", python_tag_attacks(marker)[attack])
    result = quizgen("check", str(path))
    assert result.code == 1, result.describe()
    assert "Traceback" not in result.stderr + result.stdout
    assert "is not allowed" in result.stdout, result.describe()
    assert not marker.exists()


@pytest.mark.parametrize("attack", sorted(python_tag_attacks(Path("m"))))
def test_load_set_refuses_python_tags_and_runs_nothing(tmp_path: Path, attack: str) -> None:
    marker = tmp_path / "ran-a-command"
    path = write(tmp_path, "evil.yaml", python_tag_attacks(marker)[attack])
    with pytest.raises(FormatError, match="is not allowed"):
        load_set(path)
    assert not marker.exists()


@pytest.mark.parametrize("command", [
    ["export", "{set}", "-o", "{dir}/out.apkg"],
    ["play", "{set}"],
    ["generate", "--update", "{set}", "{article}"],
])
def test_every_command_that_loads_a_set_refuses_a_python_tag(
    quizgen: QuizgenRunner, tmp_path: Path, command: list[str]
) -> None:
    marker = tmp_path / "ran-a-command"
    path = write(tmp_path, "evil.yaml", python_tag_attacks(marker)["apply-os-system"])
    article = write(tmp_path, "article.txt",
                    "The port of Oslo opened a new ferry terminal in May 2020.\n")
    args = [part.format(set=path, dir=tmp_path, article=article) for part in command]
    assert_one_line_error(quizgen(*args), mentions=["is not allowed"])
    assert not marker.exists()
    assert not (tmp_path / "out.apkg").exists()


def test_fmt_leaves_a_file_with_a_python_tag_untouched(
    quizgen: QuizgenRunner, tmp_path: Path
) -> None:
    marker = tmp_path / "ran-a-command"
    text = python_tag_attacks(marker)["apply-os-system"]
    path = write(tmp_path, "evil.yaml", text)
    result = quizgen("fmt", str(path))
    assert result.code != 0 and "Traceback" not in result.stderr + result.stdout
    assert path.read_text(encoding="utf-8") == text
    assert not marker.exists()


def test_billion_laughs_is_refused_by_check_within_bounded_memory(
    quizgen: QuizgenRunner, tmp_path: Path
) -> None:
    path = write(tmp_path, "laughs.yaml", billion_laughs())
    floor = quizgen("check", str(write(tmp_path, "rivers.yaml", VALID_SET)))
    assert_succeeded(floor)
    result = quizgen("check", str(path))
    assert result.code == 1, result.describe()
    assert "billion laughs" in result.stdout and "Traceback" not in result.stderr
    # Expanded, the file would take gigabytes; refused, it takes what a small file does.
    assert result.peak_rss - floor.peak_rss < 50 * MIB, (result.peak_rss, floor.peak_rss)


def peak_memory_of_refusing(path: Path, match: str) -> int:
    """Return the peak bytes Python allocated while load_set refused `path`."""
    tracemalloc.start()
    try:
        with pytest.raises(FormatError, match=match):
            load_set(path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_billion_laughs_is_refused_by_load_set_within_bounded_memory(tmp_path: Path) -> None:
    peak = peak_memory_of_refusing(write(tmp_path, "laughs.yaml", billion_laughs()),
                                   "billion laughs")
    # Expanded it would take gigabytes. (The reader's read(limit + 1) briefly holds a
    # buffer the size of the 32 MiB limit, whatever the file's size.)
    assert peak < 64 * MIB, peak


def test_a_few_aliases_in_a_real_set_still_load(tmp_path: Path) -> None:
    # The limits stop bombs, not the ordinary use of anchors to share a list.
    text = VALID_SET.replace("wrong: [Douro, Ebro, Loire]", "wrong: &rivers [Douro, Ebro, Loire]")
    text += "  - q: Which river flows through Porto?\n    a: Tagus\n    wrong: *rivers\n"
    question_set = load_set(write(tmp_path, "shared.yaml", text))
    assert len(question_set.questions) == 3


@pytest.mark.parametrize("shape", sorted(DEEP))
def test_deep_nesting_is_refused_by_check(quizgen: QuizgenRunner, tmp_path: Path,
                                          shape: str) -> None:
    result = quizgen("check", str(write(tmp_path, "deep.yaml", DEEP[shape])))
    assert result.code == 1, result.describe()
    assert "nested too deeply" in result.stdout, result.describe()
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("shape", sorted(DEEP))
def test_deep_nesting_is_refused_by_load_set(tmp_path: Path, shape: str) -> None:
    path = write(tmp_path, "deep.yaml", DEEP[shape])
    with pytest.raises(FormatError, match="nested too deeply"):
        load_set(path)
    assert any("nested too deeply" in problem.message for problem in check_file(path))


def make_100_mib_set(path: Path) -> None:
    """Write a 100 MiB question set quickly: a header, then one question written over and over."""
    question = b'  - cloze: "The {{c1::Danube}} flows into the Black Sea."\n'
    block = question * (MIB // len(question))
    with open(path, "wb") as out:
        out.write(b"title: Huge\nid: huge\nquestions:\n")
        while out.tell() < 100 * MIB:
            out.write(block)


@pytest.mark.slow
def test_100_mib_set_stops_at_the_size_limit(
    quizgen: QuizgenRunner, tmp_path: Path, big_files: Path
) -> None:
    huge = big_files / "huge.yaml"
    make_100_mib_set(huge)
    sparse = big_files / "sparse.yaml"
    with open(sparse, "wb") as out:
        out.truncate(100 * MIB)  # a hole: no disk used, 100 MiB of zero bytes when read
    floor = quizgen("check", str(write(tmp_path, "rivers.yaml", VALID_SET)))
    assert_succeeded(floor)
    for path in (huge, sparse):
        result = quizgen("check", str(path))
        assert result.code == 1, result.describe()
        assert "larger than the limit" in result.stdout, result.describe()
        # It reads up to the 32 MiB limit and no further: memory grows with the limit only.
        assert result.peak_rss - floor.peak_rss < 3 * 32 * MIB, (result.peak_rss, floor.peak_rss)
        assert_one_line_error(quizgen("export", str(path), "-o", str(tmp_path / "huge.apkg")),
                              mentions=["larger than the limit"])


@pytest.mark.slow
def test_load_set_stops_a_100_mib_set_at_the_size_limit(big_files: Path) -> None:
    huge = big_files / "huge.yaml"
    make_100_mib_set(huge)
    peak = peak_memory_of_refusing(huge, "larger than the limit")
    assert peak < 3 * 32 * MIB, peak


def test_size_limit_can_be_lowered_and_raised(
    quizgen: QuizgenRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "rivers.yaml", VALID_SET)
    size = path.stat().st_size
    refused = quizgen("check", "--max-bytes", str(size - 1), str(path))
    assert refused.code == 1 and "larger than the limit" in refused.stdout, refused.describe()
    assert_succeeded(quizgen("check", "--max-bytes", str(size), str(path)))
    with pytest.raises(FormatError, match="larger than the limit"):
        load_set(path, limits=Limits(max_bytes=size - 1))
    monkeypatch.setenv("QUIZGEN_MAX_SET_BYTES", str(size - 1))
    with pytest.raises(FormatError, match="QUIZGEN_MAX_SET_BYTES"):
        load_set(path)
    monkeypatch.setenv("QUIZGEN_MAX_SET_BYTES", str(size))
    assert len(load_set(path).questions) == 2


@pytest.mark.slow
def test_deck_picker_lists_every_attack_as_a_broken_deck_and_still_offers_the_good_one(
    child_env: dict[str, str], tmp_path: Path, big_files: Path
) -> None:
    marker = tmp_path / "ran-a-command"
    decks = big_files
    write(decks, "a-rivers.yaml", VALID_SET)
    write(decks, "evil.yaml", python_tag_attacks(marker)["apply-os-system"])
    write(decks, "laughs.yaml", billion_laughs())
    write(decks, "deep.yaml", DEEP["flow-lists"])
    with open(decks / "sparse.yaml", "wb") as out:
        out.truncate(100 * MIB)
    env = {**child_env, "QUIZGEN_BUNDLED_DECKS": str(decks),
           "QUIZGEN_DATA_DIR": str(tmp_path / "data")}
    player = Terminal([sys.executable, "-m", "quizgen", "play"], env=env)
    try:
        for shown in ("Rivers", "evil.yaml", "laughs.yaml", "deep.yaml", "sparse.yaml"):
            player.wait_for(shown)
        player.type("\r")  # the good deck is first: open it
        player.wait_for("flows into the Black Sea")
        player.type("\x1b")
        player.wait_for("Quit this quiz?")
        player.type("y")
        code = player.wait_exit()
    finally:
        player.kill()
    assert code == 0 and "Traceback" not in player.seen
    assert not marker.exists()
