"""Hostile YAML: code tags, alias bombs, deep nesting and huge files are refused, clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.sets import Limits, check_file, check_text, loads_set
from quizgen.sets.problems import InvalidSetError

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


@pytest.mark.parametrize("document", [
    "!!python/object/apply:os.system ['echo hacked']\n",
    "id: x\ntitle: !!python/object/apply:os.system ['echo hacked']\nquestions: []\n",
    "id: x\ntitle: T\nquestions:\n  - !!python/object:collections.OrderedDict {}\n",
    "id: !!python/name:os.system\ntitle: T\nquestions: []\n",
])
def test_python_tags_are_an_error_and_never_run(document: str, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    found = check_text(document.replace("echo hacked", "touch hacked"), "evil.yaml")
    assert any("is not allowed" in p.message and "!!python/" in p.message for p in found)
    assert not (tmp_path / "hacked").exists()


def test_a_billion_laughs_file_is_refused_with_one_clear_problem() -> None:
    found = check_text(BILLION_LAUGHS, "lol.yaml")
    assert len(found) == 1
    assert "billion laughs" in found[0].message
    assert "387,420,489" in found[0].message or "expand" in found[0].message


def test_a_billion_laughs_inside_a_question_is_refused_too() -> None:
    bomb = BILLION_LAUGHS.replace("\n", "\n  ").replace("a: &a", "  a: &a")
    document = ("id: x\ntitle: T\nx-bomb:\n" + bomb
                + "\nquestions:\n  - cloze: '{{a}}'\n    tags: *i\n")
    found = check_text(document, "lol.yaml")
    assert len(found) == 1 and "billion laughs" in found[0].message


def test_too_many_aliases_are_refused() -> None:
    document = "id: x\ntitle: &t T\nquestions: []\ntags: [" + ", ".join(["*t"] * 20) + "]\n"
    found = check_text(document, "many.yaml", limits=Limits(max_aliases=10))
    assert len(found) == 1 and "more than 10 YAML aliases" in found[0].message


def test_a_recursive_alias_is_refused() -> None:
    found = check_text("id: x\ntitle: T\nquestions: &q [*q]\n", "loop.yaml")
    assert len(found) == 1 and "refers to itself" in found[0].message


def test_a_few_aliases_are_fine() -> None:
    question_set = loads_set("id: x\ntitle: T\ntags: &t [geo]\nquestions:\n"
                             "  - cloze: '{{Oslo}} is in Norway'\n    tags: *t\n")
    assert question_set.questions[0].tags == ("geo",)


@pytest.mark.parametrize("depth", [1500, 100_000])
def test_deep_nesting_is_refused(depth: int) -> None:
    nested = "[" * depth + "]" * depth
    found = check_text(f"id: x\ntitle: T\nquestions: {nested}\n", "deep.yaml")
    assert len(found) == 1 and "nested too deeply" in found[0].message


def test_a_file_over_the_size_limit_stops_at_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as handle:
        handle.write(b"id: x\ntitle: T\nquestions:\n")
        handle.seek(100 * 1024 * 1024)
        handle.write(b"\n")
    found = check_file(path, limits=Limits(max_bytes=1024 * 1024))
    assert len(found) == 1 and "larger than the limit of 1,048,576 bytes" in found[0].message


def test_the_size_limit_can_be_raised_with_an_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "set.yaml"
    path.write_text("id: x\ntitle: T\nquestions: []\n" + "# padding\n" * 200)
    monkeypatch.setenv("QUIZGEN_MAX_SET_BYTES", "100")
    assert "larger than the limit" in check_file(path)[0].message
    monkeypatch.setenv("QUIZGEN_MAX_SET_BYTES", "100000")
    assert check_file(path) == []


def test_a_load_over_the_limit_raises_a_format_error() -> None:
    with pytest.raises(InvalidSetError, match="larger than the limit"):
        loads_set("id: x\ntitle: T\nquestions: []\n", limits=Limits(max_bytes=10))


_PLAIN_SAMPLES = [
    "", "~", "null", "Null", "NULL", "nil", "yes", "Yes", "YES", "yEs", "no", "No", "on", "OFF",
    "true", "True", "TRUE", "false", "y", "n", "<<", "=", "!", "&", "*", "0", "-0", "+12",
    "1_000", "0x1F", "0o17", "017", "0b101", "1:30", "190:20:30", "1.5", "-.5", ".5", "1e3",
    "1.0e+3", ".inf", "-.Inf", ".NaN", "2002-12-14", "2001-12-14t21:59:43.10-05:00", "1860",
    "1860 was the year", "12 million euros", "- x", "+ more", "The new bridge", "text", "tags",
    "type", "title", "fingerprint", "one", "off-by-one", "Oslo", "Yukon", "~tilde", "<<<", "==",
]


@pytest.mark.parametrize("value", _PLAIN_SAMPLES)
def test_plain_scalars_get_the_same_type_as_pyyaml_gives_them(value: str) -> None:
    import yaml
    from yaml.nodes import ScalarNode

    from quizgen.sets.yaml_tree import SetLoader

    for implicit in ((True, False), (False, True)):
        ours = SetLoader("").resolve(ScalarNode, value, implicit)
        assert ours == yaml.SafeLoader("").resolve(ScalarNode, value, implicit), value


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("0123456789-+.:_eExXoObBtTfFnNyY~<=!&* aluINfa"), max_size=12))
def test_any_plain_scalar_gets_the_same_type_as_pyyaml_gives_it(value: str) -> None:
    import yaml
    from yaml.nodes import ScalarNode

    from quizgen.sets.yaml_tree import SetLoader

    ours = SetLoader("").resolve(ScalarNode, value, (True, False))
    assert ours == yaml.SafeLoader("").resolve(ScalarNode, value, (True, False))



_FALLBACK_CHECK = """
import sys
import yaml
del yaml.CSafeLoader  # as on a PyYAML built without libyaml
from quizgen.sets import check_text, loads_set
from quizgen.sets.yaml_tree import SetLoader
assert SetLoader.__mro__[1] is yaml.SafeLoader
good, bad = sys.stdin.read().split("=====\\n")
print(len(loads_set(good).questions))
for problem in check_text(bad, "bad.yaml"):
    print(problem)
"""


def test_without_libyaml_the_pure_python_parser_reads_and_checks_the_same() -> None:
    import subprocess
    import sys

    good = ("id: s\ntitle: T\nquestions:\n  - cloze: '{{Oslo}} is in Norway'\n"
            "  - q: Capital of Chile?\n    a: Santiago\n    wrong: [Lima, 1945, 'no']\n"
            "    source: {sentence: Santiago is the capital., start: 0, end: 24}\n")
    bad = "id: s\ntitle: T\nquestions:\n  - q: Which?\n    a: yes\n    wrong: [no]\n"
    done = subprocess.run([sys.executable, "-c", _FALLBACK_CHECK], input=good + "=====\n" + bad,
                          capture_output=True, text=True, timeout=60, check=True)
    expected = [str(problem) for problem in check_text(bad, "bad.yaml")]
    assert len(expected) == 2
    assert done.stdout.splitlines() == [str(len(loads_set(good).questions)), *expected]
