"""The generator's word caches: bounded, emptied between batch runs, and never changing a set."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")

_TEXT = (
    "The Danube flows through Vienna, Budapest and Belgrade before it reaches the Black Sea. "
    "In 2019 about 40% of the river's cargo was grain, carried on barges from Hungary. "
    "Engineers at the port of Constanta said dredging cost $120 million over five years."
)


def test_every_word_cache_of_the_generator_has_a_bound() -> None:
    import quizgen.generate.distractors
    import quizgen.generate.kinds  # noqa: F401
    from quizgen.generate import generate_set
    from quizgen.generate.caches import WORD_CACHE_SIZE, cache_sizes

    generate_set(_TEXT)
    sizes = cache_sizes()
    # The memos of senses, lemmas, forms, kinds and distractors are all registered.
    memos = {"first_sense", "_noun_lemma", "answer_form", "_cohyponyms", "content_words"}
    assert memos | {"named_alike"} <= {name.rsplit(".", 1)[-1] for name in sizes}
    for name, (entries, bound) in sizes.items():
        assert bound is not None and bound <= 2 * WORD_CACHE_SIZE, name
        assert entries <= bound, name


def test_clearing_empties_the_generators_and_wordnets_caches() -> None:
    from quizgen.generate import generate_set
    from quizgen.generate.caches import cache_sizes, clear_word_caches
    from quizgen.nlp.lexicon import cached_synsets, zipf_frequency

    generate_set(_TEXT)
    assert cached_synsets() > 0
    assert any(entries for entries, _ in cache_sizes().values())
    clear_word_caches()
    assert cached_synsets() == 0
    assert all(entries == 0 for entries, _ in cache_sizes().values())
    assert zipf_frequency.cache_info().currsize == 0


def test_a_set_is_the_same_with_cold_or_warm_caches() -> None:
    from quizgen.generate import generate_set
    from quizgen.generate.caches import clear_word_caches

    warm = generate_set(_TEXT, seed=4)
    clear_word_caches()
    cold = generate_set(_TEXT, seed=4)
    assert cold == warm


def test_a_long_lived_process_trims_the_caches_once_wordnet_holds_too_many(monkeypatch) -> None:
    from quizgen.generate import caches, generate_set
    from quizgen.nlp.lexicon import cached_synsets

    generate_set(_TEXT)
    assert cached_synsets() > 0
    monkeypatch.setattr(caches, "MAX_CACHED_SYNSETS", 0)
    caches.trim_word_caches()
    assert cached_synsets() == 0
