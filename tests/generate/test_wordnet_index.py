"""The lazily indexed WordNet reader gives the same answers as NLTK's eager one."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")


def test_lookups_match_nltks_own_reader() -> None:
    import warnings

    from nltk.corpus.reader.wordnet import WordNetCorpusReader
    from nltk.data import find

    from quizgen.generate.lexicon import wordnet

    lazy = wordnet()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        eager = WordNetCorpusReader(find("corpora/wordnet"), None)
    for word in ("dog", "vaccine", "belarus", "run", "geese", "new_york", "a", "zzzz"):
        assert lazy.synsets(word) == eager.synsets(word), word
    assert lazy.morphy("began", "v") == eager.morphy("began", "v") == "begin"
    assert lazy.morphy("children", "n") == "child"


def test_synsets_read_by_offset_are_nltks_on_a_sample_of_every_part_of_speech() -> None:
    import random
    import warnings
    from pathlib import Path

    from nltk.corpus.reader.wordnet import WordNetCorpusReader
    from nltk.data import find

    from quizgen.generate.lexicon import wordnet

    lazy = wordnet()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        eager = WordNetCorpusReader(find("corpora/wordnet"), None)
    root = Path(str(find("corpora/wordnet")))
    for pos, name in (("n", "noun"), ("v", "verb"), ("r", "adv")):
        with open(root / f"data.{name}", "rb") as data:
            offsets = [int(line[:8]) for line in data if line[:1].isdigit()]
        for offset in random.Random(7).sample(offsets, 150):
            ours = lazy.synset_from_pos_and_offset(pos, offset)
            theirs = eager.synset_from_pos_and_offset(pos, offset)
            assert ours == theirs
            assert ours.definition() == theirs.definition()
            assert ours.examples() == theirs.examples()
            assert ours.lemma_names() == theirs.lemma_names()
            assert sorted(ours.hypernyms()) == sorted(theirs.hypernyms())
            assert sorted(ours.hyponyms()) == sorted(theirs.hyponyms())


def test_an_offset_where_no_synset_starts_gives_none_as_in_nltk() -> None:
    import warnings

    from quizgen.generate.lexicon import wordnet

    lazy = wordnet()
    dog = lazy.synsets("dog")[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert lazy.synset_from_pos_and_offset("n", dog.offset() + 3) is None


def test_a_reader_that_forgot_reads_the_same_synsets_again() -> None:
    from quizgen.generate.lexicon import wordnet

    lazy = wordnet()
    before = [s.name() for s in lazy.synsets("vaccine")] + [s.name() for s in lazy.synsets("ran")]
    lazy.forget()
    assert not lazy._synset_offset_cache.get("n")
    after = [s.name() for s in lazy.synsets("vaccine")] + [s.name() for s in lazy.synsets("ran")]
    assert after == before


def _fresh_reader():  # type: ignore[no-untyped-def]
    import warnings

    from nltk.data import find

    from quizgen.nlp.wordnet_index import LazyWordNet

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return LazyWordNet(find("corpora/wordnet"))


def test_lemma_lookups_match_nltks_index_on_a_sample_of_every_index() -> None:
    import random
    from pathlib import Path

    from nltk.data import find

    from quizgen.generate.lexicon import wordnet

    lazy = wordnet()
    root = Path(str(find("corpora/wordnet")))
    for pos, name in (("n", "noun"), ("v", "verb"), ("r", "adv")):
        lines = (root / f"index.{name}").read_text(encoding="utf-8").splitlines()
        entries = [line.split() for line in lines if not line.startswith(" ")]
        for fields in [*random.Random(11).sample(entries, 300), entries[0], entries[-1]]:
            count = int(fields[2])
            offsets = [int(f) for f in fields[-count:]]
            assert lazy.lookup(fields[0], pos) == offsets, fields[0]
    for missing in ("zzzzq", "dog_", "", "aaaaaaaa"):
        assert lazy.lookup(missing, "n") is None


def test_where_index_lines_start_is_kept_in_the_cache_and_a_damaged_copy_is_redone(
    private_folders,
) -> None:
    from quizgen.paths import cache_dir

    first = _fresh_reader()
    expected = first.lookup("lighthouse", "n")
    kept = list((cache_dir() / "wordnet-index").glob("index.noun.*.starts"))
    assert len(kept) == 1
    kept[0].write_bytes(b"\x00\x01\x02\x03" * 100)  # damaged: offsets that are not line starts
    second = _fresh_reader()
    assert second.lookup("lighthouse", "n") == expected
    assert second.lookup("dog", "n") == first.lookup("dog", "n")
    assert kept[0].stat().st_size > 400  # written again, whole
