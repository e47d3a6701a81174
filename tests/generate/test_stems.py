"""Stems: a wh-question where a simple transformation is safe, else the sentence with a blank."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")


def _stem_for(text: str, answer: str) -> tuple[str, str]:
    from collections import Counter

    from quizgen.article import article_from_text
    from quizgen.generate.candidates import find_candidates
    from quizgen.generate.context import article_context, sentence_view
    from quizgen.generate.stems import question_stem
    from quizgen.nlp.pipeline import analyse

    document = analyse(article_from_text(text))
    view, reason = sentence_view(document, 0, article_context(document))
    assert view is not None, reason
    candidates = find_candidates(document, [view], Counter())
    candidate = next(c for c in candidates if c.text == answer)
    return question_stem(view, candidate)


def test_a_person_as_subject_becomes_who() -> None:
    stem, style = _stem_for(
        "Angela Merkel opened the new bridge over the Elbe in 2009.", "Angela Merkel"
    )
    assert (stem, style) == ("Who opened the new bridge over the Elbe in 2009?", "wh")


def test_an_adverb_between_subject_and_verb_stays_in_the_question() -> None:
    stem, style = _stem_for(
        "Angela Merkel also opened the new bridge over the Elbe in 2009.", "Angela Merkel"
    )
    assert (stem, style) == ("Who also opened the new bridge over the Elbe in 2009?", "wh")


def test_a_final_place_becomes_where_with_do_support() -> None:
    stem, style = _stem_for("The talks between the two ministers began in Geneva.", "Geneva")
    assert (stem, style) == ("Where did the talks between the two ministers begin?", "wh")


def test_a_final_year_after_a_passive_becomes_when() -> None:
    stem, _ = _stem_for("The old town hall of Gdansk was rebuilt in 1950.", "1950")
    assert stem == "When was the old town hall of Gdansk rebuilt?"


def test_a_counted_object_becomes_how_many() -> None:
    stem, _ = _stem_for("The Graz city council ordered 18 trams.", "18")
    assert stem == "How many trams did the Graz city council order?"


def test_anything_less_simple_keeps_the_sentence_with_a_blank() -> None:
    stem, style = _stem_for(
        "After a long debate, the council of Gdansk voted on 14 March to build a new tram line.",
        "14 March",
    )
    assert style == "blank"
    assert stem == (
        "After a long debate, the council of Gdansk voted on _____ to build a new tram line."
    )


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("The guild built a hall in 1410 and a chapel in 1466.", "1466"),
        ("The ferry line opened an office in Tromso and a depot in Narvik.", "Narvik"),
    ],
)
def test_a_sentence_with_two_such_phrases_keeps_its_blank(sentence: str, answer: str) -> None:
    # Not "When did the guild build a hall in 1410 and a chapel?": both would seem from 1410.
    stem, style = _stem_for(sentence, answer)
    assert style == "blank"
    assert stem == sentence.replace(answer, "_____")


def test_a_sentence_opening_with_a_time_word_keeps_its_blank() -> None:
    # Not "Where did yesterday the mayor open a new bridge?".
    stem, style = _stem_for("Yesterday the mayor opened a new bridge in Bergen.", "Bergen")
    assert (stem, style) == ("Yesterday the mayor opened a new bridge in _____.", "blank")


def test_an_adjective_of_the_answer_place_in_the_stem_gives_it_away() -> None:
    from quizgen.generate.distractors.placed import adjective_gives_away

    stem = "Norway is the largest buyer of _____ gas, most of it sold to Portuguese firms."
    assert adjective_gives_away("The trade with _____ grew as Italian banks lent more.", "Italy")
    assert adjective_gives_away(stem, "Portugal")
    # Other places' adjectives, and the name itself written elsewhere, do not.
    assert not adjective_gives_away(stem, "Spain")
    assert not adjective_gives_away("Ships left _____ for Malta and Malta's ports.", "Malta")


def test_no_mcq_asks_a_place_its_stem_names_in_an_adjective() -> None:
    import quizgen

    text = (
        "Portugal remains the main trading partner of Angola, and Portuguese banks hold about "
        "30% of Angolan government debt. Exports from Angola to Portugal rose by 12% in 2019. "
        "The talks in Lisbon on 3 May ended with a deal on oil worth $2 billion."
    )
    question_set = quizgen.generate(text, title="Trade")
    for question in question_set.questions:
        if question.type == "mcq" and question.tags[0] in {"country", "city", "place"}:
            root = question.answer[:-1]
            assert not any(
                w.startswith(root) and w != question.answer for w in question.question.split()
            ), question.question


def test_a_place_that_locates_a_named_place_does_not_become_where() -> None:
    # "Where does she teach chemistry at Karolinska Institute?" would hold its own answer.
    stem, style = _stem_for(
        "Professor Lena Berg teaches chemistry at Karolinska Institute in Sweden.", "Sweden"
    )
    assert style == "blank"
    assert stem == "Professor Lena Berg teaches chemistry at Karolinska Institute in _____."


def test_a_quotation_keeps_its_speaker_and_is_asked_with_a_blank() -> None:
    # As a plain sentence, "Brazil has sent..." would become "Which country has sent...?",
    # losing whose words they are.
    stem, style = _stem_for(
        "\u201cBrazil has sent us 300 nurses for the new clinics this year,\u201d "
        "said Health Minister Ana Costa.",
        "Brazil",
    )
    assert (stem, style) == (
        "Ana Costa: \u201c_____ has sent us 300 nurses for the new clinics this year.\u201d",
        "blank",
    )


def _mcq_stems(text: str) -> list[str]:
    from quizgen.generate import generate_set

    return [q.question for q in generate_set(text).questions if q.type == "mcq"]


def test_a_surname_opening_a_question_keeps_its_capital() -> None:
    # The tagger reads "Mills" opening a sentence as a plural noun; the article named
    # "Edith Mills" before, and "When did mills and..." would read as a word, not a person.
    stems = _mcq_stems(
        "The vaccine was tested in 1950 by Edith Mills and Oskar Brandt.\n"
        "Mills and Ruth Alder received the Lasker Award in 1958."
    )
    asked = [s for s in stems if "Ruth Alder receive" in s]
    assert asked == ["When did Mills and Ruth Alder receive the Lasker Award?"]


def test_a_word_the_article_capitalises_elsewhere_keeps_its_capital() -> None:
    stems = _mcq_stems(
        "The old mill stood by the river. Later, the Weaver family bought the mill from the town.\n"
        "Weaver and her brother opened the mill to visitors in 1988.\n"
        "Visitors came from all over the county to see the wheel turn."
    )
    assert "When did Weaver and her brother open the mill to visitors?" in stems


def test_a_common_word_opening_the_subject_is_lower_cased() -> None:
    stems = _mcq_stems(
        "The Times reported the story first. The talks between the two ministers began in Geneva."
    )
    assert "Where did the talks between the two ministers begin?" in stems


def test_a_subject_before_a_clause_of_there_is_keeps_the_blank() -> None:
    # "Which organisation won 1-0 at Molde and there were draws…?" asks in both clauses' words.
    stem, style = _stem_for(
        "Rosenborg won 1-0 at Molde and there were 1-1 draws between Bodo and Tromso.",
        "Rosenborg",
    )
    assert style != "wh"
    assert stem.startswith("_____ won 1-0 at Molde")


def test_a_subject_before_a_second_clause_keeps_the_blank() -> None:
    stem, style = _stem_for(
        "Ola Berg advised the Oslo council on the sale, and Nordbank paid 40 million kroner.",
        "Ola Berg",
    )
    assert style != "wh"
    assert stem.startswith("_____ advised the Oslo council")
    # Without a comma too, once the first clause has its verb and a name has its own.
    stem, style = _stem_for(
        "Ola Berg died in January 1979 and Per Lund was elected to serve until 1981.",
        "Ola Berg",
    )
    assert style != "wh"
    assert stem.startswith("_____ died in January 1979")
    # Two names of one subject before the verb still make one clause.
    stem, _ = _stem_for("Ola Berg and Per Lund founded the club in Oslo in 1916.", "Ola Berg")
    assert not stem.startswith("Who")


def test_a_place_or_date_that_belongs_to_a_noun_does_not_become_where_or_when() -> None:
    # The place is the meeting's and the date the day's, not where or when he spoke.
    stem, style = _stem_for(
        "Dr Lakkireddy presented his findings at the annual meeting being held in New Orleans.",
        "New Orleans",
    )
    assert style != "wh" and not stem.startswith("Where")
    stem, style = _stem_for(
        "The bride ordered two dresses for her big day on 29 April.", "29 April"
    )
    assert style != "wh" and not stem.startswith("When")
    # A participle after the verb's own auxiliary is the verb: the question stands.
    stem, _ = _stem_for("The annual meeting is being held in New Orleans.", "New Orleans")
    assert stem == "Where is the annual meeting being held?"


def test_a_place_or_date_of_the_verb_after_an_object_still_becomes_where_or_when() -> None:
    stem, _ = _stem_for("Ana Costa spent two years studying law in Paris.", "Paris")
    assert stem == "Where did Ana Costa spend two years studying law?"
    stem, _ = _stem_for("Ana Costa celebrated her 80th birthday on 4 May.", "4 May")
    assert stem == "When did Ana Costa celebrate her 80th birthday?"


def test_a_or_an_before_the_blank_gives_no_letter_away() -> None:
    stem, _ = _stem_for(
        "In plants of Lyon, photosynthesis takes place inside an organelle called a chloroplast.",
        "organelle",
    )
    assert "inside a(n) _____ called a chloroplast" in stem


def test_a_question_ending_in_a_quotation_drops_the_quotation_full_stop() -> None:
    stem, style = _stem_for(
        'Marta Lindqvist designed the harbour bridge and called it "the city\'s new front door."',
        "Marta Lindqvist",
    )
    assert (stem, style) == (
        'Who designed the harbour bridge and called it "the city\'s new front door"?',
        "wh",
    )


def test_no_mcq_blanks_a_name_after_its_honour() -> None:
    # "Sir _____" with "Anna Berg" among the options gives her away as wrong.
    from quizgen.generate import generate_set

    question_set = generate_set(
        "The Royal Society elected three new fellows on Monday. "
        "The physicist Sir Martin Hale will chair the society's climate panel from next spring. "
        "The chemist Anna Berg joined the panel in 2019 after ten years at Uppsala University. "
        "The biologist Tomas Lind and the engineer Ruth Okafor will advise the panel on oceans."
    )
    assert not any(q.type == "mcq" and "Sir _____" in q.question for q in question_set.questions)
    assert question_set.stats["mcq:honour-before-blank"] == 1


@pytest.mark.parametrize(
    ("choices", "stem"),
    [
        (("30%", "40%", "20%", "50%"), "Brix, a _____ shareholder in Nordvik, sold out."),
        (("8%", "80%", "11%", "18%"), "Brix, an _____ shareholder in Nordvik, sold out."),
        (("30%", "80%", "20%", "50%"), "Brix, a(n) _____ shareholder in Nordvik, sold out."),
        (("ancient", "old", "early", "honest"), "Brix, an _____ shareholder in Nordvik, sold out."),
        (("union", "old", "early", "honest"), "Brix, a(n) _____ shareholder in Nordvik, sold out."),
        (("NATO", "BBC", "CNN", "NASA"), "Brix, a(n) _____ shareholder in Nordvik, sold out."),
        (("11000", "18,000", "8", "800,000"), "Brix, an _____ shareholder in Nordvik, sold out."),
        # A sum is said by its number: "a $550 million", "an €8 million".
        (("$550 million", "$280 million", "$410 million", "$250 million"),
         "Brix, a _____ shareholder in Nordvik, sold out."),
        (("€8 million", "€80 million", "€11 million", "€18 million"),
         "Brix, an _____ shareholder in Nordvik, sold out."),
    ],
)
def test_a_or_an_before_the_blank_is_written_out_when_every_choice_takes_it(
    choices: tuple[str, ...], stem: str
) -> None:
    from quizgen.generate.stems import settle_article

    assert settle_article("Brix, a(n) _____ shareholder in Nordvik, sold out.", choices) == stem
