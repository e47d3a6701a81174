"""The pipeline: sentences only in prose, offsets into the original text, tags and chunks."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.article import Article, article_from_text
from quizgen.nlp.pipeline import analyse, analyse_text

from .isolation import run_offline

NEWS = (
    "Officials met in Geneva on Monday. The talks, which lasted three hours, ended "
    "without a deal.\n\nDr. Hanna Weber said the “next round” starts at 9 a.m. Tuesday."
)


def test_every_offset_points_at_its_text_in_the_original() -> None:
    document = analyse_text(NEWS)
    assert [s.text for s in document.sentences] == [
        "Officials met in Geneva on Monday.",
        "The talks, which lasted three hours, ended without a deal.",
        "Dr. Hanna Weber said the “next round” starts at 9 a.m. Tuesday.",
    ]
    for sentence in document.sentences:
        assert NEWS[sentence.start : sentence.end] == sentence.text
        for token in sentence.tokens:
            assert NEWS[token.start : token.end] == token.text
        for span in (*sentence.entities, *sentence.chunks):
            assert NEWS[span.start : span.end] == span.text
            assert span.start == sentence.tokens[span.first].start
            assert span.end == sentence.tokens[span.last - 1].end


def test_sentences_come_only_from_the_prose_ranges() -> None:
    text = "Photo: Reuters\nThe dam opened in 1936. It is 221 metres tall.\nSource: Archive"
    start = text.index("The dam")
    end = text.index("\nSource")
    article = Article(text=text, prose=((start, end),))
    sentences = analyse(article).sentences
    assert [s.text for s in sentences] == ["The dam opened in 1936.", "It is 221 metres tall."]
    assert sentences[0].start == start


def test_a_paragraph_break_ends_a_sentence_without_a_full_stop() -> None:
    text = "Economy\n\nGrowth slowed to 2% in the third quarter."
    document = analyse(Article(text=text, prose=((0, len(text)),)))
    assert [s.text for s in document.sentences] == [
        "Economy",
        "Growth slowed to 2% in the third quarter.",
    ]


def test_curly_quotes_and_apostrophes_are_tokenised_like_straight_ones() -> None:
    sentence = analyse_text("“We’re ready,” the minister’s aide said.").sentences[0]
    expected = "“ We ’re ready , ” the minister ’s aide said ."
    assert [t.text for t in sentence.tokens] == expected.split()
    tags = {t.text: t.tag for t in sentence.tokens}
    assert tags["“"] == "``"
    assert tags["”"] == "''"
    assert tags["’s"] == "POS"
    assert tags["said"] == "VBD"


def test_currency_and_scale_glued_to_a_number_become_separate_tokens() -> None:
    sentence = analyse_text("The club paid €3.5m for him.").sentences[0]
    expected = "The club paid € 3.5 m for him ."
    assert [t.text for t in sentence.tokens] == expected.split()


def test_tokens_carry_penn_treebank_tags() -> None:
    sentence = analyse_text("The old bridge was closed for repairs.").sentences[0]
    assert [t.tag for t in sentence.tokens] == ["DT", "JJ", "NN", "VBD", "VBN", "IN", "NNS", "."]


def test_noun_phrase_chunks_cover_determiners_modifiers_and_nouns() -> None:
    sentence = analyse_text(
        "The European Central Bank raised its main interest rate on Thursday."
    ).sentences[0]
    chunks = [c.text for c in sentence.chunks]
    assert chunks == ["The European Central Bank", "its main interest rate", "Thursday"]
    assert {c.label for c in sentence.chunks} == {"NP"}


def test_money_chunk_keeps_its_currency_sign() -> None:
    sentence = analyse_text("Investors put $4 billion into the project.").sentences[0]
    assert "$4 billion" in [c.text for c in sentence.chunks]


def test_empty_prose_gives_an_empty_document() -> None:
    assert analyse(article_from_text("")).sentences == ()


def test_the_whole_pipeline_runs_offline_in_an_empty_home(tmp_path: Path) -> None:
    """Sockets blocked, HOME empty: tagging, entities, WordNet, stopwords and frequencies work."""
    home = tmp_path / "home"
    home.mkdir()
    code = (
        "from quizgen.nlp.pipeline import analyse_text\n"
        "from quizgen.nlp import lexicon\n"
        "doc = analyse_text('Chancellor Olaf Scholz visited Paris on 3 May. "
        "Trade rose by about 12% to 40 billion euros.')\n"
        "print(' | '.join(f'{e.label} {e.text}' for s in doc.sentences for e in s.entities))\n"
        "print(lexicon.lexname('bridge'), lexicon.is_stopword('the'),"
        " lexicon.zipf_frequency('bridge') > 3)\n"
    )
    entities, lexical = run_offline(code, home).splitlines()
    assert entities == (
        "PERSON Olaf Scholz | GPE Paris | DATE 3 May | PERCENT about 12% | MONEY 40 billion euros"
    )
    assert lexical == "noun.artifact True True"
    assert (home / ".cache" / "quizgen" / "nltk_data" / "corpora" / "wordnet").is_dir()


def test_sentences_glued_without_a_space_are_two_sentences() -> None:
    document = analyse_text("The pump drained the mine.Engineers checked it daily.")
    assert [s.text for s in document.sentences] == [
        "The pump drained the mine.",
        "Engineers checked it daily.",
    ]


def test_a_quotation_in_modifier_letters_ends_the_sentence_it_closes() -> None:
    document = analyse_text("Asked about it, she said, \u02c8yes.\u02c8 A clerk wrote it down.")
    assert [s.text for s in document.sentences] == [
        "Asked about it, she said, \u2018yes.\u2019",
        "A clerk wrote it down.",
    ]


def test_a_quoted_question_and_the_words_after_it_are_one_sentence() -> None:
    document = analyse_text(
        "“Where will the ferry go next? Who will pay?” asked Ola Berg, a teacher. She left."
    )
    assert [s.text for s in document.sentences] == [
        "“Where will the ferry go next? Who will pay?” asked Ola Berg, a teacher.",
        "She left.",
    ]


def test_a_quotation_of_two_sentences_before_its_speaker_is_one_sentence() -> None:
    text = '"The docking went well. It took seven minutes." said Ola Berg, the engineer. He smiled.'
    assert [s.text for s in analyse_text(text).sentences] == [
        '"The docking went well. It took seven minutes." said Ola Berg, the engineer.',
        "He smiled.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param(
            'The fortress was named Kremnik (lit. "the flint one"), after its walls. '
            "It fell in 1410 (see below). The town grew.",
            [
                'The fortress was named Kremnik (lit. "the flint one"), after its walls.',
                "It fell in 1410 (see below).",
                "The town grew.",
            ],
            id="inside brackets",
        ),
        pytest.param(
            "Vesta (styled as Vsta.) is a ferry firm based in Bergen. It sails daily. "
            "The pier was rebuilt in 1931. (See the map on page 4.) It still stands.",
            [
                "Vesta (styled as Vsta.) is a ferry firm based in Bergen.",
                "It sails daily.",
                "The pier was rebuilt in 1931.",
                "(See the map on page 4.)",
                "It still stands.",
            ],
            id="closing brackets",
        ),
        pytest.param(
            "The ruling by the San Francisco-based 9th U.S. Circuit Court of Appeals stands. "
            "Sanctions were imposed by the U.S. The president said so.",
            [
                "The ruling by the San Francisco-based 9th U.S. Circuit Court of Appeals stands.",
                "Sanctions were imposed by the U.S.",
                "The president said so.",
            ],
            id="a country's initials before the rest of a body's name",
        ),
        pytest.param(
            "The team will play at the L.A. Coliseum until its stadium is built. "
            "They moved back to L.A. The fans cheered.",
            [
                "The team will play at the L.A. Coliseum until its stadium is built.",
                "They moved back to L.A.",
                "The fans cheered.",
            ],
            id="a city's initials before the rest of a place's name",
        ),
        pytest.param(
            'The board, known as the suanpan (算盤, lit. "Counting tray", Mandarin suàn pán, '
            "Cantonese syun3 pun4), is 20 cm tall. It has beads.",
            [
                'The board, known as the suanpan (算盤, lit. "Counting tray", Mandarin suàn pán, '
                "Cantonese syun3 pun4), is 20 cm tall.",
                "It has beads.",
            ],
            id="a gloss's lit. before a quotation",
        ),
        pytest.param(
            "Prices fell. Mr. Frost added that it was worse. She met Dr. Brown.",
            ["Prices fell.", "Mr. Frost added that it was worse.", "She met Dr. Brown."],
            id="a title before a surname that is also a common word",
        ),
        pytest.param(
            'The stone names one "Duno[.]atus son of Me[.]cagnus" and is old. It stands here.',
            ['The stone names one "Duno[.]atus son of Me[.]cagnus" and is old.', "It stands here."],
            id="an editor's lost letter in square brackets",
        ),
    ],
)
def test_an_abbreviation_inside_a_sentence_does_not_end_it(
    text: str, sentences: list[str]
) -> None:
    assert [s.text for s in analyse_text(text).sentences] == sentences


def test_sentences_with_a_blank_or_a_misspelt_word_are_left_out() -> None:
    text = (
        "The dam was finished in 1936, _ in the town's history. It is 221 metres tall. "
        "Workers found old wrold maps in the cellar. The lake behind it is long."
    )
    assert [s.text for s in analyse_text(text).sentences] == [
        "It is 221 metres tall.",
        "The lake behind it is long.",
    ]


def test_inside_a_joined_quotation_each_sentence_is_tokenised_and_named_as_one() -> None:
    text = '"The docking went well. Engineers checked it." said Ola Berg, the engineer.'
    (sentence,) = analyse_text(text).sentences
    words = [t.text for t in sentence.tokens]
    assert words[:7] == ['"', "The", "docking", "went", "well", ".", "Engineers"]
    # "Engineers" opens a sentence of the quotation: no name.
    assert [(e.label, e.text) for e in sentence.entities] == [("PERSON", "Ola Berg")]


def test_a_quotation_mark_left_on_the_sentence_before_does_not_join_that_sentence() -> None:
    text = 'The cat looked up. " Why do you cry?" the cat asked.'
    assert [s.text for s in analyse_text(text).sentences] == [
        'The cat looked up. "',
        'Why do you cry?" the cat asked.',
    ]

