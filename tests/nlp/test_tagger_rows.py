"""Rows packed ahead tag as NLTK does, and only serve the weights file they were made from."""

from __future__ import annotations

import json
import os
from pathlib import Path

from nltk.tag.perceptron import PerceptronTagger
from nltk.tokenize.destructive import NLTKWordTokenizer

from quizgen.nlp import tagger_rows
from quizgen.nlp.pipeline import _load_tagger, _packed_rows
from quizgen.nlp.resources import ensure
from quizgen.nlp.tagger import FastTagger, RowPacker

from .nltk_reference import news_paragraphs

_CLASSES = ["DT", "JJ", "NN", "VB"]


def _toy_model(folder: Path, weights: dict[str, dict[str, float]]) -> tuple[Path, PerceptronTagger]:
    """Write `weights` as a model's weights file and return it with a tagger holding them."""
    path = folder / "weights.json"
    path.write_text(json.dumps(weights), encoding="utf-8")
    tagger = PerceptronTagger(load=False)
    tagger.model.weights = json.loads(path.read_text(encoding="utf-8"))
    tagger.tagdict = {}
    tagger.classes = set(_CLASSES)
    tagger.model.classes = tagger.classes
    return path, tagger


def _built(folder: Path, weights_file: Path, tagger: PerceptronTagger) -> tagger_rows.PackedRows:
    rows_folder = folder / "rows"
    rows_folder.mkdir()
    tagger_rows.build(rows_folder, weights_file, _CLASSES)
    rows = tagger_rows.load(
        rows_folder, weights_file, tagger.model.weights, RowPacker(tagger.classes)
    )
    assert rows is not None
    return rows


def test_the_models_packed_rows_tag_news_as_nltk_does() -> None:
    ensure("tagger")
    nltk_tagger = _load_tagger(PerceptronTagger)
    rows = _packed_rows(nltk_tagger)
    assert rows is not None, "our own model's rows were not built or not accepted"
    ours = FastTagger(nltk_tagger, rows)
    words = NLTKWordTokenizer()
    for paragraph in news_paragraphs():
        forms = words.tokenize(paragraph)
        assert ours.tag(forms) == [tag for _, tag in nltk_tagger.tag(forms)], paragraph


def test_a_row_finer_than_thousandths_is_still_scored_like_nltk(tmp_path: Path) -> None:
    weights_file, tagger = _toy_model(
        tmp_path, {"bias": {"NN": 0.1, "VB": 0.2}, "i word dog": {"NN": 0.1000001}}
    )
    rows = _built(tmp_path, weights_file, tagger)
    forms = ["the", "dog"]
    assert FastTagger(tagger, rows).tag(forms) == [tag for _, tag in tagger.tag(forms)]
    assert FastTagger(tagger, rows).tag(forms) == ["VB", "NN"]


def test_rows_of_a_weights_file_written_since_are_not_used(tmp_path: Path) -> None:
    weights_file, tagger = _toy_model(tmp_path, {"bias": {"NN": 1.0}, "i word dog": {"VB": 2.0}})
    _built(tmp_path, weights_file, tagger)
    # The model is written again (same size, a later time): its rows must be packed anew.
    weights_file, tagger = _toy_model(tmp_path, {"bias": {"VB": 1.0}, "i word dog": {"NN": 2.0}})
    stat = weights_file.stat()
    os.utime(weights_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    packer = RowPacker(tagger.classes)
    assert tagger_rows.load(tmp_path / "rows", weights_file, tagger.model.weights, packer) is None
    assert FastTagger(tagger).tag(["a", "dog"]) == [tag for _, tag in tagger.tag(["a", "dog"])]


def test_a_cut_short_rows_file_is_not_used(tmp_path: Path) -> None:
    weights_file, tagger = _toy_model(tmp_path, {"bias": {"NN": 1.0}, "i word dog": {"VB": 2.0}})
    _built(tmp_path, weights_file, tagger)
    rows_file = tmp_path / "rows" / tagger_rows.FILE_NAME
    rows_file.write_bytes(rows_file.read_bytes()[:-3])
    packer = RowPacker(tagger.classes)
    assert tagger_rows.load(tmp_path / "rows", weights_file, tagger.model.weights, packer) is None


def test_the_models_marshal_copy_holds_what_nltk_reads_from_the_json_files() -> None:
    ensure("tagger")
    ours = _load_tagger(PerceptronTagger)
    nltk_own = PerceptronTagger(load=False)
    nltk_own.load_from_json("eng")
    assert ours.model.weights == nltk_own.model.weights
    assert ours.tagdict == nltk_own.tagdict
    assert ours.classes == nltk_own.classes


def _model_copy(folder: Path, weights: dict[str, dict[str, float]]) -> tuple[Path, list]:
    weights_file, _ = _toy_model(folder, weights)
    params = [weights, {"the": "DT"}, _CLASSES]
    tagger_rows.write_model(folder, weights_file, params)
    return weights_file, params


def test_a_marshal_copy_is_read_only_for_the_weights_file_it_was_made_from(
    tmp_path: Path,
) -> None:
    weights_file, params = _model_copy(tmp_path, {"bias": {"NN": 1.0}})
    assert tagger_rows.read_model(tmp_path, weights_file) == params
    weights_file.write_text(json.dumps({"bias": {"VB": 1.0}}), encoding="utf-8")
    assert tagger_rows.read_model(tmp_path, weights_file) is None


def test_a_cut_short_or_foreign_marshal_copy_is_not_read(tmp_path: Path) -> None:
    weights_file, _ = _model_copy(tmp_path, {"bias": {"NN": 1.0}, "i word dog": {"VB": 2.0}})
    copy = tmp_path / tagger_rows.PARAMS_NAME
    whole = copy.read_bytes()
    copy.write_bytes(whole[:-5])
    assert tagger_rows.read_model(tmp_path, weights_file) is None
    header, _, body = whole.partition(b"\n")
    written_by = json.loads(header)
    written_by["python"] = "cpython-299"
    copy.write_bytes(json.dumps(written_by).encode("utf-8") + b"\n" + body)
    assert tagger_rows.read_model(tmp_path, weights_file) is None
    copy.unlink()
    assert tagger_rows.read_model(tmp_path, weights_file) is None
