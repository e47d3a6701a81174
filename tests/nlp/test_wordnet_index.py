"""The lazily indexed WordNet reader answers as NLTK's eager one for nouns, verbs and adverbs."""

from __future__ import annotations

import warnings

from nltk.corpus.reader.wordnet import WordNetCorpusReader
from nltk.data import find

from quizgen.nlp import lexicon

from .nltk_reference import news_paragraphs


def test_nouns_verbs_and_adverbs_have_nltks_senses_and_base_forms() -> None:
    lazy = lexicon.lazy_wordnet()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        eager = WordNetCorpusReader(find("corpora/wordnet"), None)
    words = {w.strip(".,;:'\"()").lower() for p in news_paragraphs()[:25] for w in p.split()}
    words |= {"geese", "children", "began", "new_york", "quickly", "ran", "zzzz", ""}
    for word in sorted(words):
        for pos in ("n", "v", "r"):
            expected = [(s.name(), s.lexname()) for s in eager.synsets(word, pos=pos)]
            assert [(s.name(), s.lexname()) for s in lazy.synsets(word, pos=pos)] == expected
            assert lazy.morphy(word, pos) == eager.morphy(word, pos), (word, pos)


def test_a_words_lemma_is_nltks_base_form_or_the_word_itself() -> None:
    # lemma_or_form skips the look-up of a word with no inflected ending ("talk", "Sochi").
    lazy = lexicon.lazy_wordnet()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        eager = WordNetCorpusReader(find("corpora/wordnet"), None)
    words = {w.strip(".,;:'\"()").lower() for p in news_paragraphs()[:25] for w in p.split()}
    words |= {"geese", "mice", "men", "women", "children", "began", "ran", "oxen", "talks", "x"}
    words |= {"Sochi", "zzzz", "covid-19", "news", "glasses", "flies", "axes", ""}
    for word in sorted(words):
        for pos in ("n", "v"):
            assert lazy.lemma_or_form(word, pos) == (eager.morphy(word, pos) or word), (word, pos)


def test_adjective_lexnames_come_from_nltks_full_reader() -> None:
    # The lazy reader does not tell adjective satellites apart, so lexname() uses NLTK's.
    assert lexicon.lexname("red", pos="s") == "adj.all"
    assert lexicon.lexname("economic", pos="a") == "adj.pert"


def _data_offsets(pos_file: str) -> list[int]:
    from pathlib import Path

    root = Path(str(find("corpora/wordnet")))
    with open(root / f"data.{pos_file}", "rb") as data:
        return [int(line[:8]) for line in data if line[:1].isdigit()]


def test_every_lemma_of_every_index_is_found_and_near_misses_are_not() -> None:
    from pathlib import Path

    lazy = lexicon.lazy_wordnet()
    root = Path(str(find("corpora/wordnet")))
    for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        lines = (root / f"index.{name}").read_text(encoding="utf-8").splitlines()
        entries = [line.split() for line in lines if not line.startswith(" ")]
        known = {fields[0] for fields in entries}
        for fields in entries:
            count = int(fields[2])
            assert lazy.lookup(fields[0], pos) == [int(f) for f in fields[-count:]], fields[0]
        for fields in entries[::97]:
            for near in (fields[0] + "q", fields[0][:-1], fields[0] + "\ndog"):
                if near not in known:
                    assert lazy.lookup(near, pos) is None, near


def _state(synset) -> dict:  # type: ignore[no-untyped-def]
    """Every field NLTK's parse sets on a synset and its lemmas."""

    def fields(item) -> dict:  # type: ignore[no-untyped-def]
        found = {}
        for key, value in vars(item).items():
            if key == "_wordnet_corpus_reader":
                continue
            if key == "_synset":
                value = value.name()
            elif key == "_lemmas":
                value = [fields(lemma) for lemma in value]
            elif isinstance(value, dict):
                value = {k: sorted(v) if isinstance(v, set) else v for k, v in value.items()}
            found[key] = value
        return found

    return fields(synset)


def test_synsets_are_parsed_exactly_as_nltk_parses_them_in_every_data_file() -> None:
    import random
    from pathlib import Path

    lazy = lexicon.lazy_wordnet()
    root = Path(str(find("corpora/wordnet")))
    for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        with open(root / f"data.{name}", encoding="utf-8") as data:
            lines = [line for line in data if line[:1].isdigit()]
        for line in random.Random(3).sample(lines, 500):
            offset = int(line[:8])
            lazy.forget()
            ours = lazy.synset_from_pos_and_offset(pos, offset)
            # NLTK's own parse of the same line, on the same reader.
            theirs = WordNetCorpusReader._synset_from_pos_and_line(lazy, pos, line)
            assert _state(ours) == _state(theirs), line[:40]


def test_a_synsets_kind_and_definition_read_alone_are_those_of_the_whole_synset() -> None:
    import random

    lazy = lexicon.lazy_wordnet()
    lazy.forget()
    for pos, name in (("n", "noun"), ("v", "verb"), ("r", "adv")):
        for offset in random.Random(5).sample(_data_offsets(name), 300):
            kind, definition = lazy.lexname_at(pos, offset), lazy.definition_at(pos, offset)
            synset = lazy.synset_from_pos_and_offset(pos, offset)
            assert (kind, definition) == (synset.lexname(), synset.definition())
            # Once the synset is read in full, it answers.
            assert lazy.lexname_at(pos, offset) == kind
            assert lazy.definition_at(pos, offset) == definition
    # WordNet's gloss of "dog", without its quoted example ("the dog barked all night").
    assert lazy.definition_at("n", 2084071) == (
        "a member of the genus Canis (probably descended from the common wolf) that has been "
        "domesticated by man since prehistoric times; occurs in many breeds"
    )


def test_a_noun_synsets_line_head_gives_its_names_links_gloss_and_depth_as_nltk() -> None:
    import random

    lazy = lexicon.lazy_wordnet()
    for offset in random.Random(7).sample(_data_offsets("noun"), 400):
        lazy.forget()
        names = lazy.lemma_names_at("n", offset)
        links = lazy.pointers("n", offset)
        hyponyms = links.get("~", ())
        gloss = lazy.gloss_at("n", offset)
        depth = lazy.min_depth_at("n", offset)
        synset = lazy.synset_from_pos_and_offset("n", offset)
        assert names == tuple(synset.lemma_names())
        assert hyponyms == tuple(sorted(h.offset() for h in synset.hyponyms()))
        assert links.get("@", ()) == tuple(sorted(h.offset() for h in synset.hypernyms()))
        assert links.get("@i", ()) == tuple(
            sorted(h.offset() for h in synset.instance_hypernyms())
        )
        assert links.get("%p", ()) == tuple(sorted(m.offset() for m in synset.part_meronyms()))
        assert gloss == (synset.definition(), tuple(synset.examples()))
        assert depth == synset.min_depth()


def test_senses_give_nltks_offsets_and_how_many_the_tagged_corpus_attests() -> None:
    lazy = lexicon.lazy_wordnet()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        eager = WordNetCorpusReader(find("corpora/wordnet"), None)
    for word in ("dog", "bank", "peanut", "pupil", "filtrate"):
        found = lazy.senses(word, "n")
        assert found is not None
        offsets, tagged = found
        synsets = eager.synsets(word, pos="n")
        assert offsets == [s.offset() for s in synsets]
        # The attested senses come first: a sense counts when its lemma has a tag count.
        counted = [
            any(lem.count() for lem in s.lemmas() if lem.name().lower() == word) for s in synsets
        ]
        assert tagged == sum(counted) and all(counted[:tagged])
    assert lazy.senses("zzzz", "n") is None
