"""Stopwords, word frequency and WordNet, all from installed packages."""

from __future__ import annotations

from quizgen.nlp import lexicon


def test_stopwords_are_function_words_in_any_case() -> None:
    assert lexicon.is_stopword("the")
    assert lexicon.is_stopword("Which")
    assert not lexicon.is_stopword("roadmap")
    assert not lexicon.is_stopword("Belarus")


def test_common_words_have_higher_zipf_frequency_than_rare_ones() -> None:
    assert lexicon.zipf_frequency("government") > lexicon.zipf_frequency("roadmap") > 0
    assert lexicon.zipf_frequency("qzxvbnmq") == 0


def test_zipf_values_of_words_and_phrases_are_wordfreqs() -> None:
    import wordfreq

    words = [w for w in wordfreq.top_n_list("en", 3000, ascii_only=True) if w.isalpha()]
    phrases = [" ".join(words[i : i + 1 + i % 3]) for i in range(0, 600, 7)]
    phrases += ["Saint Kitts and Nevis", "Burkina Faso", "Qzxvbnmq Faso", "covid-19", "a  b"]
    for text in [*words, *phrases, *(phrase.title() for phrase in phrases), "São Tomé"]:
        assert lexicon.zipf_frequency(text) == wordfreq.zipf_frequency(text, "en"), text


def test_wordnet_gives_lexicographer_files_and_instances() -> None:
    assert lexicon.lexname("vaccine") == "noun.artifact"
    assert lexicon.lexname("negotiate", pos="v") == "verb.communication"
    assert lexicon.lexname("qzxvbnmq") == ""
    assert lexicon.is_instance_of("Paris", "city")
    assert not lexicon.is_instance_of("Paris", "river")
