"""Every deck shipped in decks/ exports to a package that real Anki imports without problems."""

from __future__ import annotations

from pathlib import Path

from quizgen.export import write_apkg
from quizgen.paths import bundled_decks_dir


def test_every_bundled_deck_imports_into_anki_and_passes_check_database(
    tmp_path: Path, collection, import_apkg
) -> None:
    from quizgen.sets import load_set

    files = sorted(bundled_decks_dir().glob("*.yaml"))
    assert files, f"no decks in {bundled_decks_dir()}"
    sets = [load_set(path) for path in files]

    summary = write_apkg(sets, tmp_path / "bundled.apkg")
    counts = import_apkg(summary.path)

    assert counts.new == summary.notes == sum(len(s.questions) for s in sets)
    assert collection.card_count() == summary.cards
    names = {deck.name for deck in collection.decks.all_names_and_ids()}
    assert set(summary.decks) <= names
    assert collection._backend.check_database() == []
