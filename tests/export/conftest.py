"""Fixtures for the export tests: fresh real Anki collections and importing into them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.export.export_samples import ImportCounts


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[object]:
    """A fresh, empty Anki collection (the real Rust backend) in tmp_path."""
    from anki.collection import Collection

    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


@pytest.fixture
def import_apkg(collection: object) -> Callable[[Path], ImportCounts]:
    """Import a package into `collection` as Anki desktop's import dialog does by default."""
    from anki.collection import ImportAnkiPackageRequest

    def run(path: Path) -> ImportCounts:
        options = collection._backend.get_import_anki_package_presets()  # type: ignore[attr-defined]
        request = ImportAnkiPackageRequest(package_path=str(path), options=options)
        log = collection.import_anki_package(request).log  # type: ignore[attr-defined]
        return ImportCounts(
            new=len(log.new),
            updated=len(log.updated),
            duplicate=len(log.duplicate),
            conflicting=len(log.conflicting),
        )

    return run
