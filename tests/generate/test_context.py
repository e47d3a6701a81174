"""Sentences that stand alone: connectives dropped, subject pronouns resolved, or skipped."""

from __future__ import annotations

import pytest


def _views(text: str, *, all_prose: bool = False, title: str = ""):  # type: ignore[no-untyped-def]
    from quizgen.article import Article, article_from_text
    from quizgen.generate.context import article_context, sentence_view
    from quizgen.nlp.pipeline import analyse

    # all_prose: as if a reader had let a caption through, to check the generator's own guard.
    article = (
        Article(text=text, prose=((0, len(text)),))
        if all_prose
        else article_from_text(text, title=title)
    )
    document = analyse(article)
    context = article_context(document)
    return document, [sentence_view(document, i, context) for i in range(len(document.sentences))]


pytestmark = pytest.mark.usefixtures("private_folders")


def test_a_leading_connective_is_dropped_and_the_sentence_capitalised() -> None:
    _, views = _views("However, the museum in Bergen reopened in May after a long repair.")
    view, reason = views[0]
    assert reason == ""
    assert view.text == "The museum in Bergen reopened in May after a long repair."


def test_a_pointer_to_a_figure_the_card_cannot_show_is_dropped() -> None:
    _, views = _views("As illustrated in Figure 26.14, the sepals form the outer whorl of a rose.")
    view, reason = views[0]
    assert reason == ""
    assert view.text == "The sepals form the outer whorl of a rose."


def test_a_connective_typed_with_a_space_before_its_comma_is_dropped_whole() -> None:
    _, views = _views("However , after the flood the museum in Bergen reopened in May.")
    view, reason = views[0]
    assert reason == ""
    assert view.text == "After the flood the museum in Bergen reopened in May."


def test_he_is_replaced_by_the_one_person_of_the_sentence_before() -> None:
    document, views = _views(
        "The architect Lena Vik designed the new library in Tromso last year. "
        "He later said that the building had cost far more than planned."
    )
    view, _ = views[1]
    assert view.text.startswith("Lena Vik later said")
    # Offsets still lead back to the article.
    building = view.text.index("building")
    assert document.text[view.doc_offset(building) :].startswith("building")


def test_a_pronoun_after_an_opening_phrase_is_resolved_too() -> None:
    _, views = _views(
        "Marie Curie was born in Warsaw in 1867. In 1891 she moved to Paris to study physics."
    )
    view, _ = views[1]
    assert view.text == "In 1891 Marie Curie moved to Paris to study physics."


def test_it_becomes_a_bare_name_when_the_article_uses_the_name_only_before_a_noun() -> None:
    _, views = _views(
        "Tromso is the largest town in northern Norway and a port on the island of Tromsoya. "
        "With 77,000 people in 2023, it is the third-largest town north of the Arctic Circle. "
        "Fishing boats have worked out of the Tromso area for a thousand years."
    )
    view, _ = views[1]
    assert view.text.startswith("With 77,000 people in 2023, Tromso is the third-largest town")


def test_he_with_two_people_before_it_is_not_guessed() -> None:
    _, views = _views(
        "Olaf Berg met Jonas Lie in the harbour of Bergen on Monday morning. "
        "He said the new ferry would be ready before the summer season."
    )
    assert views[1] == (None, "unresolved-pronoun")


def test_his_at_the_start_becomes_the_previous_subjects_name() -> None:
    _, views = _views(
        "Roald Amundsen, a Norwegian explorer, led the first expedition to the South Pole. "
        "His ship, the Fram, had been lent to him by Fridtjof Nansen."
    )
    view, _ = views[1]
    assert view.text == "Roald Amundsen's ship, the Fram, had been lent to him by Fridtjof Nansen."


def test_his_after_a_sentence_about_someone_else_is_not_guessed() -> None:
    # The sentence before names a second person who is not its subject: either could be meant.
    _, views = _views(
        "The first expedition to reach the South Pole was helped by Fridtjof Nansen. "
        "His ship, the Fram, had been built for the ice of the Arctic Ocean."
    )
    assert views[1] == (None, "needs-context")


def test_she_continues_past_a_man_the_article_titles_as_one() -> None:
    _, views = _views(
        "Ada Lindqvist was born in Umea in 1871. "
        "In 1885 she moved to Uppsala, where Mr Erik Holm taught her. "
        "She finished the four-year course in three years and graduated in 1889."
    )
    view, _ = views[2]
    assert view.text.startswith("Ada Lindqvist finished the four-year course")


def test_he_after_a_named_subject_that_is_no_person_is_not_guessed() -> None:
    # The subject is named but not typed as a person: the one person named is a guess.
    _, views = _views(
        "The Nordvik Company hired the engineer Erik Holm in 1902 to design its new harbour. "
        "He later built the breakwater that still protects the town."
    )
    assert views[1] == (None, "unresolved-pronoun")


def test_two_people_sharing_a_surname_are_two_people() -> None:
    _, views = _views(
        "Before Arvid Stenberg died, he made Olof Stenberg the head of the family firm. "
        "He died in the winter of 1911 at his house in Lund."
    )
    assert views[1] == (None, "unresolved-pronoun")


def test_her_opening_the_sentence_before_carries_the_person_on() -> None:
    _, views = _views(
        "Ada Lindqvist was a Swedish botanist. Her teacher, Mr Holm, praised her work. "
        "In 1890 she described a new kind of moss from the island of Gotland."
    )
    view, _ = views[2]
    assert view is not None and "Ada Lindqvist described" in view.text


def test_a_biography_titled_with_a_name_is_about_that_person() -> None:
    from quizgen.article import article_from_text
    from quizgen.generate.context import article_context
    from quizgen.nlp.pipeline import analyse

    # Named once in full, so no count makes her the main person; the title does.
    text = "Ada Lindqvist was a Swedish botanist. She studied the mosses of Gotland."
    titled = analyse(article_from_text(text, title="Ada Lindqvist"))
    untitled = analyse(article_from_text(text, title="Mosses of Gotland"))
    assert article_context(titled).main_person == "Ada Lindqvist"
    assert article_context(untitled).main_person == ""


def test_a_biography_titled_with_the_short_name_is_about_the_person_named_in_full() -> None:
    from quizgen.article import article_from_text
    from quizgen.generate.context import article_context
    from quizgen.nlp.pipeline import analyse

    # The title's words, the generation and the nickname all belong to one full name,
    # though the family has other members; and "Sr." ends the title, no sentence.
    text = (
        "Hal Tamm Sr.\n\n"
        'Harold Finch "Hal" Tamm Sr. (1895–1969) was a Norland shipowner. '
        "Tamm was the son of Edda Tamm. He was also the father of the writer Hal Tamm Jr. "
        "Tamm bought his first ship in 1921."
    )
    article = article_from_text(text)
    assert article.title == "Hal Tamm Sr."
    assert article_context(analyse(article)).main_person == 'Harold Finch "Hal" Tamm Sr.'


def test_a_pronoun_is_not_resolved_to_someone_the_sentence_names() -> None:
    _, views = _views(
        "Karin Dahl opened a bakery in Visby in 1921. "
        "Her marriage to Karin Dahl's cousin Per Dahl followed two years later."
    )
    assert views[1][0] is None


def test_it_after_a_sentence_opening_with_the_title_is_the_title() -> None:
    _, views = _views(
        "The lymphatic system is a network of vessels that carries fluid through the body. "
        "It returns about three litres of fluid to the blood every day.",
        title="Lymphatic system",
    )
    view, _ = views[1]
    assert view.text == (
        "The lymphatic system returns about three litres of fluid to the blood every day."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "It is believed that the first houses there were built of turf and stone.",
        "It was in the spring of 1904 that the first houses there were built.",
        "It was not until 1904 that the first stone houses were built there.",
    ],
)
def test_it_that_stands_for_nothing_is_not_resolved(sentence: str) -> None:
    _, views = _views(f"Grimsey lies off the north coast of Iceland. {sentence}")
    assert views[1] == (None, "unresolved-pronoun")


def test_sentences_needing_their_neighbours_are_skipped() -> None:
    _, views = _views(
        "The council approved the budget of the city of Oslo for next year. "
        "This means that the new bridge over the river will be built soon. "
        "They also agreed to repair the old market hall before winter."
    )
    assert views[1] == (None, "needs-context")
    assert views[2] == (None, "unresolved-pronoun")


def test_first_person_quotes_and_captions_are_skipped() -> None:
    _, views = _views(
        "Photo: The harbour of Bergen in the early morning light, seen from the hill.\n\n"
        "\u201cWe will open the new terminal in March next year,\u201d the port director said.",
        all_prose=True,
    )
    reasons = [reason for _, reason in views]
    assert "not-prose" in reasons
    assert "first-person-quote" in reasons


def test_expletive_it_is_not_resolved() -> None:
    _, views = _views(
        "The Danube flows through ten countries before it reaches the Black Sea. "
        "It is clear that the river has shaped the history of the whole region."
    )
    assert views[1] == (None, "unresolved-pronoun")


def test_a_first_person_word_with_a_clitic_left_on_is_still_first_person() -> None:
    # The tokenizer keeps "I'd" whole; the sentence is still someone speaking.
    _, views = _views(
        "The ferry left Tallinn at noon. I'd say the crossing to Helsinki took two hours."
    )
    assert views[0][0] is not None
    view, reason = views[1]
    assert view is None and reason == "first-person-quote"


def test_a_pronoun_not_right_before_its_verb_is_still_unresolved() -> None:
    _, views = _views(
        "The two ministers met in Rome on Monday. "
        'He "categorically" ruled out any talks with the rebels before June.'
    )
    view, reason = views[1]
    assert view is None and reason == "unresolved-pronoun"


def test_a_bare_attribution_left_from_a_quotation_is_not_used() -> None:
    _, views = _views(
        "The mayor of Bergen opened the new harbour bridge on Monday morning. "
        "The mayor's official spokesman said. "
        "The new bridge carries 12,000 cars a day, the city council said."
    )
    assert views[1] == (None, "quote-fragment")
    # A sentence that states something before its "said" stays.
    assert views[2][0] is not None


def test_a_straight_quote_opened_after_a_colon_and_never_closed_is_broken() -> None:
    # No person says it, so the sentence is not shown as anyone's words either.
    _, views = _views(
        'The talks in Oslo ended late on Monday. The ministry said: "The situation in the '
        'north remains fluid. We will decide on Friday."'
    )
    assert views[1] == (None, "broken-quote")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Marie Curie was born in Warsaw in 1867 and studied there. "
            "Later Curie taught physics in Paris for many years. "
            "She won the prize in 1911 for her work on radium.",
            "Marie Curie won the prize in 1911 for her work on radium.",
            id="a surname alone is the one full name the article gives it",
        ),
        pytest.param(
            "Ships carry grain on the Danube every spring. "
            "The Danube is the second longest river in Europe. "
            "It flows through ten countries before reaching the Black Sea.",
            "The Danube flows through ten countries before reaching the Black Sea.",
            id="a river the article writes with 'the' keeps it",
        ),
    ],
)
def test_a_pronoun_becomes_the_name_as_the_article_writes_it(text: str, expected: str) -> None:
    _, views = _views(text)
    view, _ = views[2]
    assert view.text == expected


def test_halves_of_a_sentence_split_at_an_abbreviation_are_not_used() -> None:
    _, views = _views(
        "The expedition reached the summit of Mt. Kenya after nine days of climbing. "
        "The guides then led the group back to the town of Nanyuki in two days."
    )
    assert views[0] == (None, "split-at-an-abbreviation")
    assert views[1] == (None, "split-at-an-abbreviation")
    assert views[2][0] is not None


def test_a_sentence_with_an_email_address_or_a_link_is_not_prose() -> None:
    _, views = _views(
        "The harbour office in Bergen opened a new ferry terminal in May 2021. "
        "Readers can reach the harbour office at ferry@bergen-harbour.no for timetables. "
        "More pictures of the new terminal are at www.bergen-harbour.no today."
    )
    assert views[1] == (None, "not-prose") and views[2] == (None, "not-prose")
    assert views[0][0] is not None


def test_a_sentence_wholly_in_a_quotation_is_shown_as_its_speakers_words() -> None:
    # As a plain sentence, "Ana Silva is the best keeper in Portugal." would read as a fact.
    _, views = _views(
        'The coach Lena Moss praised her new goalkeeper on Sunday. "Ana Silva is the best keeper '
        'in Portugal. She saved two penalties against Porto in the cup final," Moss told reporters.'
    )
    view, reason = views[1]
    assert reason == ""
    assert view.text == "Lena Moss: \u201cAna Silva is the best keeper in Portugal.\u201d"


def test_a_sentence_ending_in_this_after_a_preposition_needs_the_sentence_before() -> None:
    _, views = _views(
        "Obesity rates in Chile tripled between 1990 and 2010. "
        "Professor Ana Rojas of Santiago is certain of the reasons for this. "
        "Professor Rojas blames sugary drinks for that rise."
    )
    assert views[1] == (None, "needs-context")
    assert views[2][0] is not None


def test_that_number_before_any_figure_needs_the_sentence_before() -> None:
    _, views = _views(
        "In winter the Varn roads department sends out 40 pothole crews a day. "
        "During the thaw in early March, that number can grow to more than 60. "
        "In 2010 the town had 4,000 people, and that number doubled by 2020."
    )
    assert views[1] == (None, "needs-context")
    assert views[2][0] is not None  # the figure it points at is in the sentence


def test_a_he_after_an_opening_clause_is_resolved_or_the_sentence_skipped() -> None:
    # The opening clause's own verb ("was adopted") had hidden the main clause's "he".
    _, views = _views(
        "Ada Berg, a professor at Varn University, has long criticised the climate plan. "
        "In 2015, after the accord was adopted, she called the agreement a fraud."
    )
    view, reason = views[1]
    assert reason == ""
    assert "Ada Berg called the agreement" in view.text


def test_one_of_its_opening_a_sentence_needs_the_sentence_before() -> None:
    _, views = _views(
        "Civil disobedience is the refusal to obey certain laws. One of its earliest mass "
        "uses was by the Egyptians against the British occupation in 1919."
    )
    assert views[1] == (None, "needs-context")


def test_this_after_but_as_a_subject_needs_the_sentence_before() -> None:
    _, views = _views(
        "Many languages call a mother mama. "
        "Possibly, but this does not explain why Tagalog in the Philippines says nanay."
    )
    assert views[1] == (None, "needs-context")


def test_a_timetables_hours_with_a_range_are_no_sentence() -> None:
    _, views = _views(
        "The photography course meets on Mondays in Boston. "
        "6:00~8:00 p.m. Marianne Adams teaches portraits to beginners at the studio."
    )
    assert views[1] == (None, "no-subject")


def test_a_quotation_whose_speaker_is_unsure_is_no_card() -> None:
    # Whose words these are, only "he" in the sentence before says.
    _, views = _views(
        'Dr Ivo Brandt met the health minister in Zagreb on Monday. "The new clinic has room '
        'for 40 patients," he said. "This is already old news in Slovenia."'
    )
    assert views[2] == (None, "inside-quotation")
    assert views[0][0] is not None


def test_someone_described_not_named_needs_the_sentence_before() -> None:
    _, views = _views(
        "Mira Lund sailed alone around Iceland in 2019. "
        "The 24-year-old from Bergen spent 41 days at sea. "
        "The young woman had trained in Tromso for two winters. "
        "The man who built her boat lives in Stavanger. "
        "The 58-year-old Lars Eide sailed beside her for a week. "
        "After 41 days at sea, the 24-year-old was greeted by 300 people in Reykjavik."
    )
    assert views[1] == (None, "needs-context")
    assert views[2] == (None, "needs-context")
    assert views[3][0] is not None  # "the man who…" says who he is
    assert views[4][0] is not None
    assert views[5] == (None, "needs-context")  # the subject after an opening phrase


def test_an_age_whose_hyphens_were_lost_still_describes_someone() -> None:
    _, views = _views(
        "Mira Lund sailed alone around Iceland in 2019. "
        "The 24 year old has set her sights on Greenland this summer. "
        "The 30 year old dispute over the harbour in Bergen ended in 1998."
    )
    assert views[1] == (None, "needs-context")
    assert views[2][0] is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "The youth unemployment rate in Spain rose to 40 percent in 2012.",
        "The baby boom in the United States ended in 1964 after two decades.",
        "The 30-year-old dispute over the border between Peru and Ecuador ended in 1998.",
    ],
)
def test_a_compound_or_an_age_of_a_thing_is_no_one_described(sentence: str) -> None:
    _, views = _views(sentence)
    assert views[0][1] == ""


def test_a_sentence_in_capitals_is_shouting_not_prose_but_acronyms_are_fine() -> None:
    _, views = _views(
        "THE NEW FERRY TERMINAL IN BERGEN IS A WASTE OF MONEY AND EVERYONE KNOWS IT. "
        "NATO and the EU held talks at the new ferry terminal in Bergen in May 2021."
    )
    assert views[0] == (None, "not-prose")
    assert views[1][0] is not None


@pytest.mark.parametrize(
    "second",
    [
        "He'd like to see the old ferry return to the harbour before the summer.",
        "“He is on his way to the harbour with the new ferry,” the mayor told reporters.",
    ],
    ids=["contraction", "inside-a-quotation"],
)
def test_a_pronoun_glued_to_a_contraction_or_quoted_is_not_replaced(second: str) -> None:
    _, views = _views(f"Olaf Berg runs the ferry company in the town of Bergen. {second}")
    assert views[1] == (None, "unresolved-pronoun")


def test_a_sentence_in_brackets_gets_no_second_full_stop() -> None:
    _, views = _views("(One euro bought 1.09 dollars in Frankfurt on Thursday.)")
    view, _ = views[0]
    assert view.text.endswith("Thursday.)")


def test_an_attribution_left_before_a_colon_quote_is_not_used() -> None:
    _, views = _views(
        "The mayor of Bergen said yesterday: “The new ferry will start in May and carry 400 cars.”"
    )
    assert views[0] == (None, "quote-fragment")


def test_they_becomes_the_plural_subject_of_the_sentence_before() -> None:
    _, views = _views(
        "The Bergen Vikings won nine of their ten games in the spring season. "
        "They then beat the Oslo Giants 21-14 in the final in June."
    )
    view, reason = views[1]
    assert reason == ""
    assert view.text.startswith("The Bergen Vikings then beat the Oslo Giants")


def test_they_continues_a_chain_and_a_common_noun_is_written_in_lower_case() -> None:
    _, views = _views(
        "Farmers in the valley grow barley and rye on small terraced fields. "
        "They sell most of the grain to a brewery in the nearest town. "
        "In dry years they can lose half of the harvest to the heat."
    )
    assert views[1][0].text.startswith("Farmers in the valley sell most of the grain")
    assert views[2][0].text.startswith("In dry years farmers in the valley can lose half")


@pytest.mark.parametrize(
    "first",
    [
        "Others said the vote had been held far too early in the year.",
        "The minister met union leaders in the capital on Friday afternoon.",
        # The police report what others did: "they" may be either.
        "Police have said Perez and his men were militiamen who turned to banditry.",
    ],
)
def test_they_without_a_plural_group_opening_the_sentence_before_is_not_guessed(
    first: str,
) -> None:
    _, views = _views(first + " They agreed to meet again in the new year.")
    assert views[1] == (None, "unresolved-pronoun")


def test_its_opening_a_sentence_becomes_the_named_thing_of_the_sentence_before() -> None:
    _, views = _views(
        "Norway is a country in northern Europe with a long coast on the North Sea. "
        "Its capital and largest city is Oslo, on a fjord in the south."
    )
    view, reason = views[1]
    assert reason == ""
    assert view.text.startswith("Norway's capital and largest city is Oslo")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("So far, the clinic has treated 12 patients from the valley.", "So far, the clinic"),
        ("Instead of teeth, the upper jaw of the turtle has a hard beak.", "Instead of teeth"),
        ("As a result of the storm, the ferry to Hvar was cancelled.", "As a result of the"),
        ("In addition, the ferry company bought two new boats in May.", "The ferry company"),
        ("For instance, lysosomes hold enzymes that break down proteins.", "Lysosomes hold"),
        ("Alternatively some products leave the cell through exocytosis.", "Some products"),
        ("For example the ferry to Hvar was cancelled in May.", "For example the ferry"),
    ],
)
def test_a_connective_is_dropped_only_where_it_is_one(sentence: str, expected: str) -> None:
    _, views = _views(sentence)
    view, reason = views[0]
    assert reason == ""
    assert view.text.startswith(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mummy of Ramses I was returned to Egypt by a museum in Atlanta in 2003.",
        "By 1919, the US chain had over 1,000 stores in the country and in Canada.",
        "The port of Narvik ships iron ore from the mine at Kiruna across the border.",
    ],
)
def test_a_regnal_numeral_the_us_or_a_mine_is_no_first_person(sentence: str) -> None:
    _, views = _views(sentence)
    assert views[0][1] == ""


@pytest.mark.parametrize(("pronoun", "resolved"), [("She", True), ("He", False)])
def test_a_pronoun_must_agree_with_the_title_the_article_gives_the_person(
    pronoun: str, resolved: bool
) -> None:
    _, views = _views(
        "The chemist Anna Berg won the prize in 2015 for her work on malaria. "
        "Ms Berg studied in Bergen for ten years. "
        f"{pronoun} says Norway has invested a lot in new drugs since then."
    )
    view, reason = views[2]
    if resolved:
        assert view.text.startswith("Anna Berg says Norway")
    else:
        assert reason == "unresolved-pronoun"


def test_an_attribution_cut_off_from_its_quotation_is_not_used() -> None:
    _, views = _views(
        '"Is this really fair to the workers of the port?" Ole Lee told the Bergen Herald. '
        "Said Liu Wang, who leads the rescue team in the city. "
        "The mayor told reporters that the port would reopen in May."
    )
    assert [reason for _, reason in views[1:]] == ["quote-fragment", "quote-fragment", ""]


# Quotations: someone's words, shown after their name when the article says certainly whose.
_CLINICS = "\u201cWe have opened 14 new clinics in the north this year,\u201d"


@pytest.mark.parametrize(
    "text",
    [
        f"{_CLINICS} said Health Minister Ana Costa.",
        f"{_CLINICS} Ana Costa told reporters in Lisbon.",
        f"{_CLINICS} the Lusa agency quotes Ana Costa as saying.",
        "Ana Costa said: \u201cWe have opened 14 new clinics in the north this year.\u201d",
        "The Lusa agency quotes Ana Costa as saying: \u201cWe have opened 14 new clinics in the "
        "north this year.\u201d",
    ],
    ids=["said-X", "X-told", "quotes-X", "X-said-colon", "quotes-X-colon"],
)
def test_a_quotation_with_a_named_speaker_is_shown_as_their_words(text: str) -> None:
    document, views = _views(text)
    view, reason = views[0]
    assert reason == ""
    assert (
        view.text == "Ana Costa: \u201cWe have opened 14 new clinics in the north this year.\u201d"
    )
    # The question's source is still the article's own sentence, and offsets lead back to it.
    assert view.sentence.text == document.sentences[0].text
    fourteen = view.text.index("14")
    assert document.text[view.doc_offset(fourteen) :].startswith("14 new clinics")
    # No token covers the speaker's name: no answer can be taken from it.
    assert view.tokens[0].text == "We" and view.tokens[0].start == len("Ana Costa: \u201c")


def test_a_quotation_over_several_sentences_is_the_speakers_in_each() -> None:
    _, views = _views(
        "\u201cWe opened 14 new clinics in Braga this year. Our nurses from Brazil will start work "
        "in the new clinics in May,\u201d said Ana Costa."
    )
    assert [view.text for view, _ in views] == [
        "Ana Costa: \u201cWe opened 14 new clinics in Braga this year.\u201d",
        "Ana Costa: \u201cOur nurses from Brazil will start work in the new clinics in May.\u201d",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Portugal's health minister, Ana Maria Costa, opened a hospital in Braga on Monday. "
            f"{_CLINICS} said Ms Costa.",
            "Ana Maria Costa",
            id="the-longest-name-without-a-title",
        ),
        pytest.param(
            "Ana Costa visited the new hospital in the city of Braga on Monday. "
            f"{_CLINICS} she said.",
            "Ana Costa",
            id="a-resolved-she",
        ),
    ],
)
def test_the_speaker_is_named_in_full(text: str, speaker: str) -> None:
    _, views = _views(text)
    view, _ = views[1]
    assert view.text.startswith(f"{speaker}: \u201cWe have opened 14 new clinics")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param(
            f"Ana Costa met Rui Vaz in the new hospital in Braga on Monday. {_CLINICS} she said.",
            "first-person-quote",
            id="she-with-two-people-before",
        ),
        pytest.param(
            "Ana Costa and Rui Costa opened the new hospital in Braga on Monday. "
            f"{_CLINICS} said Costa.",
            "first-person-quote",
            id="a-surname-two-people-share",
        ),
        pytest.param(
            f"Portugal opened a new hospital in Braga on Monday. {_CLINICS} the ministry's "
            "press service reported.",
            "first-person-quote",
            id="a-press-service",
        ),
        pytest.param(
            "Portugal opened a new hospital in Braga on Monday. \u201cYou will see 14 new "
            "clinics in the north this year,\u201d said Ana Costa.",
            "addressee-in-quote",
            id="you-whom-the-question-cannot-name",
        ),
    ],
)
def test_a_quotation_whose_speaker_or_addressee_is_unsure_is_not_used(
    text: str, reason: str
) -> None:
    _, views = _views(text)
    assert views[1] == (None, reason)


def test_quoted_words_that_point_back_are_not_used() -> None:
    _, views = _views(
        "\u201cWe opened 14 new clinics in Braga this year. They will all open at night in May. "
        "This is the best news for the north of the country,\u201d said Ana Costa."
    )
    assert views[0][0] is not None
    assert [reason for _, reason in views[1:]] == ["unresolved-pronoun", "needs-context"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ingrid Aasen was born in Tromso in 1902. "
            "In 1920 she moved to Oslo, where the painter Sofie Lund taught her. "
            "She finished the course in two years and opened a studio in 1925.",
            id="a second person of unknown pronoun came in between",
        ),
        pytest.param(
            "Marie Curie and Pierre Curie worked in Paris for many years. "
            "Later Curie taught physics at the university. "
            "She won the prize in 1911 for her work on radium.",
            id="a surname two people share",
        ),
        pytest.param(
            "The writer Tomas Brekke grew up in Bodo. "
            "Later he worked at the post office, where the clerk Monsieur Arnaud also worked. "
            "He wrote over 200 poems during the next ten years.",
            id="two men named in the sentences before",
        ),
    ],
)
def test_a_pronoun_with_two_candidates_before_it_is_not_guessed(text: str) -> None:
    _, views = _views(text)
    assert views[2] == (None, "unresolved-pronoun")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The memoir Dear Martha sold well in the shops of Oslo in 1995. "
            "She wrote it in the hospital over three long winters.",
            id="the title of a memoir",
        ),
        pytest.param(
            "Gaute Brekke sold his farm in the valley of Alta in 1995. "
            "He wrote a book in the hospital over three long winters.",
            id="a name typed a person only from its shape",
        ),
    ],
)
def test_a_works_title_or_a_name_known_only_by_its_shape_never_stands_for_he_or_she(
    text: str,
) -> None:
    _, views = _views(text)
    view, reason = views[1]
    assert view is None and reason == "unresolved-pronoun"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The engineer Ola Strand built the bridge at Alta. He later designed the dam.",
            "Ola Strand later designed the dam.",
            id="a role before the name",
        ),
        pytest.param(
            "Ola Strand, a young engineer from Alta, built the bridge. He later designed the dam.",
            "Ola Strand later designed the dam.",
            id="a role after the name",
        ),
        pytest.param(
            "Ola Strand said the bridge at Alta would open in May. He later designed the dam.",
            "Ola Strand later designed the dam.",
            id="a speech verb",
        ),
    ],
)
def test_a_name_the_article_shows_to_be_a_person_stands_for_he(text: str, expected: str) -> None:
    _, views = _views(text)
    view, _ = views[1]
    assert view is not None and view.text == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Oslo, Norway The Holmenkollen Line is the oldest railway in the city. "
            "It was opened in 1898 by the city council.",
            id="a place heading run into the sentence",
        ),
        pytest.param(
            "Norway is famous for its winter festival in the town of Roros. "
            "It takes place on the first Tuesday of February every year.",
            id="a thing the subject owns",
        ),
    ],
)
def test_it_with_a_second_thing_it_may_mean_is_not_guessed(text: str) -> None:
    _, views = _views(text)
    assert views[1] == (None, "unresolved-pronoun")


def test_she_is_not_the_articles_main_person_when_someone_else_was_named_last() -> None:
    _, views = _views(
        "Nora Dahl teaches English at a school in Bergen. "
        "Ms Dahl has taught there for twenty years. "
        "Every spring Ms Dahl takes her class to the mountains. "
        "One morning a new pupil, Mary, was waiting in her room. "
        "She sat at the back of the room all day. "
        "She did not speak to the other children. "
        "She did not eat her lunch. "
        "She wore a thin summer coat in the cold weather."
    )
    assert [reason for _, reason in views[4:]] == ["unresolved-pronoun"] * 4


def test_an_opening_phrase_whose_object_is_a_pronoun_needs_the_sentence_before() -> None:
    _, views = _views(
        "Ola Brekke sailed the ferry between Bergen and Stord for 31 years. "
        "For him, the year is still 1994, the old harbour in Leirvik is still busy."
    )
    assert views[1] == (None, "needs-context")


def test_a_quantifier_standing_for_a_group_named_before_needs_that_sentence() -> None:
    _, views = _views(
        "About 750 doctors in Norway now charge a yearly fee of 1,500 kroner. "
        "Most are family doctors in Oslo and Bergen."
    )
    assert views[1] == (None, "needs-context")


def test_a_schedule_or_diary_line_without_a_subject_is_no_sentence() -> None:
    _, views = _views(
        "The chart shows a day in the life of a singer from Bergen. "
        "7:30 Plane took off half an hour later than planned because of fog. "
        "Took a taxi to the hotel near the harbour in Oslo."
    )
    assert views[1] == (None, "no-subject")
    assert views[2] == (None, "no-subject")


def test_since_then_and_done_so_need_the_sentence_before() -> None:
    _, views = _views(
        "Oslo put calorie counts on every menu in 2008. "
        "Since then, Bergen and nine other cities have followed with rules of their own. "
        "Trondheim and Stavanger have also done so."
    )
    assert views[1] == (None, "needs-context")
    assert views[2] == (None, "needs-context")


def test_a_deed_done_so_within_the_sentence_needs_no_other() -> None:
    _, views = _views(
        "Anna Lind withdrew her application in 2011, but she did not do so until May."
    )
    assert views[0][1] == ""


def test_one_of_a_group_named_before_needs_that_sentence() -> None:
    _, views = _views(
        "Many flowers grow on the banks of Lake Tekapo. "
        "One of them is the Russell lupin, which turns the shore purple. "
        "Both were brought to the island from Europe in the 1950s."
    )
    assert views[1] == (None, "needs-context")
    assert views[2] == (None, "needs-context")


def test_one_of_them_inside_a_sentence_needs_the_group_named_before() -> None:
    _, views = _views(
        "Polar bears roamed the ice near Resolute in 1988. "
        "Charlie saved Ann Lee's life in Resolute when one of them attacked her near the camp. "
        "The team took three sledges to Resolute, and one of them broke on the first day. "
        "The crew of the Endeavour reached Hawaii in 1778, where one of them died."
    )
    assert views[1] == (None, "needs-context")
    assert views[2][1] == ""  # the sledges are named in the sentence itself
    assert views[3][1] == ""  # and so is the crew


def test_one_such_thing_needs_the_sentence_before() -> None:
    _, views = _views(
        "Many free courses help students pass the test in Oslo. "
        "Khan Academy is one such service, used by 40,000 students in 2020. "
        "Students in Bergen have taken such courses as these since 2018."
    )
    assert views[1] == (None, "needs-context")
    assert views[2][1] == ""


def test_a_diarys_date_run_into_the_sentence_is_cut() -> None:
    _, views = _views(
        "Ola Lund measures lava flows in Iceland. Saturday, March 26 The lava fields of "
        "Holuhraun are part of a larger story. On March 27 the team drove to Askja."
    )
    assert views[1][0].text == "The lava fields of Holuhraun are part of a larger story."
    assert views[2][0].text == "On March 27 the team drove to Askja."


def test_this_or_that_as_the_subject_after_an_opening_phrase_needs_context() -> None:
    _, views = _views(
        "India needed 275 runs to win in Mumbai. After Jayawardene's hundred, that looked "
        "likely. After the final, the team that won flew home to Delhi."
    )
    assert views[1] == (None, "needs-context")
    assert views[2][1] == ""


def test_he_after_an_unnamed_relative_of_the_one_named_is_not_guessed() -> None:
    _, views = _views(
        "Jim Lund runs a small hotel in Bergen. Lund said his father-in-law came to the "
        "town in 1970 to retire. He built the house around an old railway carriage."
    )
    assert views[2] == (None, "unresolved-pronoun")
    # His wife is no "he": the man named is still the one meant.
    _, views = _views(
        "Jim Lund runs a small hotel in Bergen. Lund said his wife came to the town in 1970. "
        "He built the house around an old railway carriage."
    )
    assert views[2][0].text.startswith("Jim Lund built the house")


def test_this_and_a_noun_that_leaves_which_one_open_needs_the_sentence_before() -> None:
    _, views = _views(
        "Ciudad Juarez has 1.3 million residents. "
        "Gunmen opened fire on a food truck in this border city on Friday. "
        "In response to this dilemma, Dr Mina Toner built a new device in 2019. "
        "Sales of these dyes rose by 40% in Leeds this week. "
        "A new hotel opened in Leeds, and this hotel has 40 rooms. "
        "Immune cells attack those components of the body that are foreign."
    )
    assert views[1] == (None, "needs-context")
    assert views[2] == (None, "needs-context")
    assert views[3][1] == ""  # a substance says what it is; "this week" is a time
    assert views[4][1] == ""  # the sentence names its hotel itself
    assert views[5][1] == ""  # "those … that" points ahead


def test_he_is_not_resolved_past_a_surname_the_nlp_layer_took_for_a_body() -> None:
    _, views = _views(
        "Governor Tim Paulsen leads the race in Ohio. Paulsen spoke in Dayton on Monday. "
        "Voters in 16 states backed Vossberg in 2008. "
        "Comparing the support Vossberg received then with the support now paints a grim picture. "
        "He is doing 14 points worse than in his first campaign."
    )
    assert views[4] == (None, "unresolved-pronoun")  # Vossberg, not Paulsen


def test_a_sentence_opening_with_the_verb_of_a_lost_subject_is_no_question() -> None:
    # What stood before "Are" (a formula) was dropped with the markup: a fragment is left.
    _, views = _views(
        "Three times five and five times three are products. Are all valid orders of 15. "
        "Is it any wonder that children like them? Was a famous teacher of sums in 1850."
    )
    reasons = [reason for _, reason in views]
    assert reasons[1] == reasons[3] == "fragment"
    assert views[0][0] is not None
    assert reasons[2] != "fragment"  # a question, with its subject: asked or not on its own
    _, views = _views("Is This It, the debut album of the Strokes, was released in July 2001.")
    assert views[0][0] is not None  # a title that opens with "Is"


def test_words_that_hand_over_to_a_quotation_are_no_sentence_without_it() -> None:
    _, views = _views(
        "Party chair Ana Berg has now written to the regulator in Oslo saying: "
        '"Such calls are illegal and must stop." '
        'The regulator in Oslo answered the letter in May: "We will look at it."'
    )
    assert views[0][0] is None or "saying." not in views[0][0].text
    assert views[1][0] is not None and views[1][0].text.endswith("in May.")


def test_an_it_after_an_it_that_was_unsure_is_unsure_too() -> None:
    _, views = _views(
        "Norway has pushed Japan off the top of the computing chart with a new machine. "
        "Norway built the machine in Bergen, and Norway paid 40 million kroner for it. "
        "Norway will build two more by 2027, officials in Oslo said on Monday. "
        '"Next year it will be four times faster," said Ola Berg of the Bergen lab. '
        "It will help scientists model the climate of the Arctic without field trips. "
        "It will also cut the heat made by the machines in the Bergen hall.",
        title="Norway top of computing charts",
    )
    # The machine will help and cut, not Norway: the "it" inside the quotation opens no
    # chain, and an "It" after an unsure one is unsure.
    assert views[4] == (None, "unresolved-pronoun")
    assert views[5] == (None, "unresolved-pronoun")


def test_a_sentence_ending_in_a_colon_is_left_out() -> None:
    # What it introduces is the next paragraph, which the card would not show.
    _, views = _views(
        "The harbour dig ended in May after three years of work in the old town.\n\n"
        "The surveyor Ann Lee, who was not involved in the dig, told the Bergen Post:\n\n"
        "The finds from the harbour change what we know about the town."
    )
    assert views[1] == (None, "ends-in-a-colon")
    assert views[2][0] is not None


def test_the_latter_standing_for_a_thing_named_before_needs_context() -> None:
    _, views = _views(
        "The town was first called Dunedin and later Edina. "
        "The Latin form of the latter, Edinensis, is still used by the university. "
        "Mayor Ann Lee, the former head of the board, opened the Tay bridge in the latter half "
        "of 1890."
    )
    assert views[1] == (None, "needs-context")
    # "the former head", "the latter half": words describing their noun, nothing before.
    assert views[2][0] is not None


_FERRY_STORY = (
    "Nordvik Ferries is in trouble after a summer of breakdowns on its routes. "
    "On March 3, the company said it would stop sailing to Bergen for a month. "
    "Shares in the company fell 12 percent on the Oslo exchange. "
    "Nordvik Ferries has sailed the coast since 1921. "
    "Nordvik Ferries will also sell the company that owns its harbour in Stavanger. "
    "Nordvik Ferries expects to sail again in May."
)


def test_the_company_is_shown_as_the_business_the_article_is_about() -> None:
    from collections import Counter

    from quizgen.generate.candidates import find_candidates

    document, views = _views(_FERRY_STORY)
    assert views[1][0].text == (
        "On March 3, Nordvik Ferries said it would stop sailing to Bergen for a month."
    )
    assert views[2][0].text == "Shares in Nordvik Ferries fell 12 percent on the Oslo exchange."
    # "the company that owns…" is another company, which the words after it name.
    assert "the company that owns" in views[4][0].text
    # Answers after the name still point at their words in the article.
    shown = [v for v, _ in views if v is not None]
    context = __import__("quizgen.generate.context", fromlist=["x"]).article_context(document)
    found = find_candidates(document, shown, Counter(), context.quoted)
    text = document.text
    assert {"Bergen", "12 percent"} <= {c.text for c in found}
    assert all(text[c.doc_start : c.doc_end] == c.text for c in found)
    bergen = next(c for c in found if c.text == "Bergen")
    assert "a reference resolved to Nordvik Ferries" in bergen.reasons


def test_the_company_stays_when_no_one_business_leads_the_article() -> None:
    _, views = _views(
        "Nordvik Ferries and Fjord Line both lost money this summer. "
        "Nordvik Ferries sold two ships, and Fjord Line sold three. "
        "Fjord Line and Nordvik Ferries may merge in 2026. "
        "On March 3, the company said it would stop sailing to Bergen for a month."
    )
    assert views[3][0].text.startswith("On March 3, the company said")


def test_full_names_are_grouped_by_family_word_once_each_in_reading_order() -> None:
    from quizgen.generate.people import full_names_by_family
    from quizgen.nlp.pipeline import analyse_text

    document = analyse_text(
        "Hal Finney wrote the first reply. His wife, Fran Finney, kept the letters. "
        "Hal Finney later moved to Tarnholm, where Ada Holm met Per Holm Jr. in 2010."
    )
    found = full_names_by_family(document)
    assert found["Finney"] == ["Hal Finney", "Fran Finney"]
    assert found["Holm"] == ["Ada Holm", "Per Holm Jr."]
