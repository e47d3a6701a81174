"""NLTK data with no downloader: a private nltk_data folder built from installed PyPI packages.

Each resource (Punkt, the perceptron tagger, WordNet, stopwords) is built on
first use, once per user, only when NLTK cannot already find it in the user's
own nltk_data (or $NLTK_DATA): our folder is *appended* to `nltk.data.path`, so
the user's data always wins. A resource is written into a temporary folder
inside the data folder and moved into place with one `os.replace`, under an
`fcntl` lock, so two processes building at once both end up with a whole copy.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib.metadata
import json
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quizgen.errors import NotAvailableError
from quizgen.nlp import tagger_rows

ENV_OVERRIDE = "QUIZGEN_NLTK_DATA"


@dataclass(frozen=True)
class Resource:
    """One NLTK resource: the name `nltk.data.find` looks for and how to build it."""

    name: str
    find_name: str
    build: Callable[[Path], None]  # writes the resource's files into the given (empty) folder


def data_root() -> Path:
    """Return quizgen's private nltk_data folder (`$QUIZGEN_NLTK_DATA`, else in the cache)."""
    override = os.environ.get(ENV_OVERRIDE)
    if override:
        return Path(override)
    from quizgen.paths import cache_dir

    return cache_dir() / "nltk_data"


def ensure(name: str) -> None:
    """Make the NLTK resource `name` findable by NLTK, building it if needed.

    `name` is one of RESOURCES ("punkt_tab", "tagger", "tagger_rows", "wordnet", "stopwords").
    Raises NotAvailableError when the data package it comes from is not installed
    or the data folder cannot be written.
    """
    if name in _ready:
        return
    resource = RESOURCES[name]
    root = data_root()
    _append_path(str(root))
    if not _findable(resource.find_name):
        try:
            _build(resource, root)
        except OSError as error:
            raise NotAvailableError(
                f"could not set up NLTK data ({resource.name}) in {root}: {error}; "
                f"set {ENV_OVERRIDE} to a folder you can write"
            ) from error
        if not _findable(resource.find_name):
            raise NotAvailableError(
                f"NLTK resource {resource.find_name!r} could not be set up in {root}"
            )
    _ready.add(name)


_ready: set[str] = set()


def _append_path(root: str) -> None:
    import nltk.data

    # Appended, never prepended: the user's own nltk_data must be found first.
    if root not in nltk.data.path:
        nltk.data.path.append(root)


def _findable(find_name: str) -> bool:
    import nltk.data

    try:
        nltk.data.find(find_name)
    except LookupError:
        return False
    return True


def _build(resource: Resource, root: Path) -> None:
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(root, 0o700)  # NLTK refuses data folders that other accounts can write
    target = root / resource.find_name.strip("/")
    with _locked(root / f".{resource.name}.lock"):
        if target.is_dir():
            return  # another process built it while we waited for the lock
        _private_dirs(root, target.parent)
        staging = Path(tempfile.mkdtemp(prefix=f".build-{resource.name}-", dir=root))
        try:
            built = staging / target.name
            built.mkdir(mode=0o700)
            resource.build(built)
            try:
                os.replace(built, target)
            except OSError:
                # A process that does not take our lock (an older quizgen) won the race:
                # its copy is whole too, because it was also moved in with one rename.
                if not target.is_dir():
                    raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _private_dirs(root: Path, folder: Path) -> None:
    """Create `folder` and the folders between `root` and it, each with mode 0700."""
    path = root
    for part in folder.relative_to(root).parts:
        path = path / part
        path.mkdir(mode=0o700, exist_ok=True)


@contextlib.contextmanager
def _locked(lock_path: Path) -> Iterator[None]:
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _package_file(distribution: str, relative: str) -> Path:
    """Return an installed file of `distribution`, found through its metadata (no import)."""
    try:
        dist = importlib.metadata.distribution(distribution)
    except importlib.metadata.PackageNotFoundError as missing:
        raise NotAvailableError(
            f"the package {distribution!r} is not installed; reinstall quizgen"
        ) from missing
    for file in dist.files or ():
        if str(file) == relative:
            return Path(str(dist.locate_file(file)))
    raise NotAvailableError(f"the package {distribution!r} has no {relative}; reinstall it")


def _write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(text)
    os.chmod(path, 0o600)


def _build_punkt(folder: Path) -> None:
    from punkt.data import english  # literals only: compiled once to .pyc

    def lines(items: Iterator[str]) -> str:
        return "\n".join(sorted(items))

    _write_text(folder / "abbrev_types.txt", lines(iter(english.ABBREV_TYPES)))
    _write_text(folder / "sent_starters.txt", lines(iter(english.SENT_STARTERS)))
    _write_text(folder / "collocations.tab", lines("\t".join(p) for p in english.COLLOCATIONS))
    _write_text(
        folder / "ortho_context.tab",
        lines(f"{word}\t{flags}" for word, flags in english.ORTHO_CONTEXT.items()),
    )


class _SetOnlyUnpickler(pickle.Unpickler):
    """Unpickles the tagger model, refusing every global except `set`."""

    def find_class(self, module: str, name: str) -> type:
        if name == "set" and module in ("builtins", "__builtin__"):
            return set
        raise pickle.UnpicklingError(f"refusing {module}.{name} in the tagger model")


def _build_tagger(folder: Path) -> None:
    source = _package_file("textblob-aptagger", "textblob_aptagger/trontagger-0.1.0.pickle")
    with open(source, "rb") as model:
        weights, tagdict, classes = _SetOnlyUnpickler(model).load()
    prefix = "averaged_perceptron_tagger_eng"
    for suffix, value in (("weights", weights), ("tagdict", tagdict), ("classes", sorted(classes))):
        _write_text(folder / f"{prefix}.{suffix}.json", json.dumps(value))


def _build_tagger_rows(folder: Path) -> None:
    ensure("tagger")
    model = data_root() / "taggers" / "averaged_perceptron_tagger_eng"
    prefix = "averaged_perceptron_tagger_eng"
    params = [
        json.loads((model / f"{prefix}.{part}.json").read_text(encoding="utf-8"))
        for part in ("weights", "tagdict", "classes")
    ]
    weights_file = model / f"{prefix}.weights.json"
    tagger_rows.build(folder, weights_file, params[2], weights=params[0])
    tagger_rows.write_model(folder, weights_file, params)


def _build_wordnet(folder: Path) -> None:
    lexnames = _package_file("wn", "wn/data/wordnet-3.0/lexnames")
    for source in sorted(lexnames.parent.iterdir()):
        if source.is_file():
            # NLTK's reader seeks by byte offset, which the shipped CRLF line ends break.
            (folder / source.name).write_bytes(source.read_bytes().replace(b"\r\n", b"\n"))
            os.chmod(folder / source.name, 0o600)


def _build_stopwords(folder: Path) -> None:
    source = _package_file("stopwords", "stopwords/languages/english/default.txt")
    words = source.read_text(encoding="utf-8").split()
    _write_text(folder / "english", "\n".join(words) + "\n")


RESOURCES: dict[str, Resource] = {
    resource.name: resource
    for resource in (
        Resource("punkt_tab", "tokenizers/punkt_tab/english/", _build_punkt),
        Resource("tagger", "taggers/averaged_perceptron_tagger_eng/", _build_tagger),
        # Our tagger model's rows packed ahead (see quizgen.nlp.tagger_rows).
        Resource("tagger_rows", tagger_rows.FIND_NAME, _build_tagger_rows),
        Resource("wordnet", "corpora/wordnet/", _build_wordnet),
        Resource("stopwords", "corpora/stopwords/", _build_stopwords),
    )
}
