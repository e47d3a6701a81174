"""Which lines are prose: captions, credits, sources, bylines, URLs and boilerplate are not."""

from __future__ import annotations

import pytest

from quizgen.article import article_from_text
from quizgen.article.prose import find_prose, line_reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Photo: City Hall press office", "caption"),
        ("PHOTO: AP", "caption"),
        ("Photo by Maria Lopez/Reuters", "caption"),
        ("Image: NASA/JPL", "caption"),
        ("Images courtesy of the harbour museum", "caption"),
        ("(Reuters photo)", "caption"),
        ("The mayor opens the bridge on Monday. (AP Photo/Tom Gray)", "caption"),
        ("Credit: Jane Roe for The Daily", "caption"),
        ("Photograph: Ann Lee/Getty Images", "caption"),
        ("Getty Images", "caption"),
        ("Source: Ministry of Finance", "source"),
        ("Sources: agencies", "source"),
        ("By Jane Smith", "byline"),
        ("By JANE SMITH, Associated Press", "byline"),
        ("By Jane Smith and Omar Haddad", "byline"),
        ("Jane Smith | Reuters", "byline"),
        ("Reporting by Tom Gray in Oslo; Editing by Ann Lee", "byline"),
        ("Home | World | Europe", "navigation"),
        ("MOSCOW, Feb 22 (Reuters) -", "dateline"),
        ("Updated: 12:30 PM EST, Mon February 22, 2021", "dateline"),
        ("Published 22 February 2021", "dateline"),
        ("2021-02-22", "dateline"),
        ("https://example.com/news/story-123", "url"),
        ("www.example.org", "url"),
        ("More details: https://example.com/x", "url"),
        ("Read more: Council votes to close the library", "boilerplate"),
        ("READ MORE", "boilerplate"),
        ("Advertisement", "boilerplate"),
        ("Share this article", "boilerplate"),
        ("Share on Facebook", "boilerplate"),
        ("3 min read", "boilerplate"),
        ("© 2024 Example News Ltd. All rights reserved.", "copyright"),
        ("Copyright 2023 Daily Planet", "copyright"),
        ("Tags: energy, Belarus, trade", "tags"),
        ("* * *", "separator"),
    ],
)
def test_non_prose_line_is_recognised(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "By 2030, the city plans to double its bus fleet.",
        "By Friday the river had risen by two metres.",
        "By the end of the war, the town had lost half its people.",
        "Share prices fell sharply on Monday after the report.",
        "Sources close to the ministry said the deal was signed.",
        "The photo shows the two leaders shaking hands, officials said.",
        "Photographers gathered outside the court on Tuesday.",
        "Copyright law was changed in 1998 to cover software.",
        "Image quality improved after the 2019 update, engineers said.",
        "Credit card debt rose by 4% last year.",
        "Tags on the collars helped scientists track the wolves.",
        "Jane Smith, 42, a teacher from Leeds, said she was relieved.",
        "The minister will get more money (tax credits).",
        "The source of the river lies in the Ural Mountains.",
    ],
)
def test_news_sentence_that_starts_like_a_label_stays_prose(line: str) -> None:
    assert line_reason(line) == ""


def test_every_prose_range_slices_back_to_its_paragraph() -> None:
    text = (
        "Dam Opens on the Ural\n\n"
        "  The dam opened on Monday.  \n"
        "It holds 40 million cubic metres.\n\n"
        "Photo: Regional government\n"
        "Officials expect 2,000 visitors a week.\n"
    )
    prose = find_prose(text)
    assert [text[start:end] for start, end in prose.ranges] == [
        "The dam opened on Monday.  \nIt holds 40 million cubic metres.",
        "Officials expect 2,000 visitors a week.",
    ]
    assert prose.title == "Dam Opens on the Ural"
    assert [(text[item.start:item.end], item.reason) for item in prose.excluded] == [
        ("Dam Opens on the Ural", "title"),
        ("Photo: Regional government", "caption"),
    ]


def test_hard_wrapped_paragraph_is_one_range() -> None:
    text = (
        "The regional parliament voted on Thursday to build a second runway at\n"
        "the airport, which handled 3 million passengers last year, and to extend\n"
        "the rail line to the terminal.\n"
    )
    prose = find_prose(text)
    assert prose.ranges == ((0, len(text) - 1),)


def test_heading_between_paragraphs_is_not_prose() -> None:
    text = (
        "The school opened in 1921.\n\nEarly history\n\nIts first head teacher was Ada Lund.\n"
    )
    article = article_from_text(text)
    assert article.prose_text() == (
        "The school opened in 1921.\n\nIts first head teacher was Ada Lund."
    )
    assert [item.reason for item in article.excluded] == ["heading"]


def test_heading_on_its_own_line_inside_a_block_is_not_prose() -> None:
    text = (
        "The museum reopened in April after a long restoration of its east wing.\n"
        "Collections\n"
        "It holds more than 9,000 paintings, most of them from the 19th century.\n"
    )
    article = article_from_text(text)
    assert "Collections" not in article.prose_text()
    assert "9,000 paintings" in article.prose_text()


@pytest.mark.parametrize(
    "dateline",
    [
        "LONDON, June 4 (Reuters) - ",
        "TROMSO, April 4 (NTB) --",
        "OSLO (AP) -- ",
        "BERGEN — ",
        "SAN DIEGO - ",
        "Bergen • ",
        "SPRINGFIELD, Ill. • ",
        "April 1 (Bloomberg) - ",
        "Sept. 14, 2023 (AP) — ",
        "New York (CNN)",
        "Hong Kong, China (CNN)",
        "HOUSTON ",
        "SAN DIEGO ",
    ],
)
def test_dateline_at_the_start_of_a_paragraph_is_left_out_of_the_prose(dateline: str) -> None:
    text = dateline + "The central bank kept rates at 5%.\n"
    article = article_from_text(text)
    assert article.prose_text() == "The central bank kept rates at 5%."
    assert article.excluded[0].reason == "dateline"


def test_a_place_with_another_bracket_glued_to_the_next_word_is_no_dateline() -> None:
    text = "Harrisburg (PA)The city council met on Monday.\nWales (UK)Its council met too.\n"
    assert article_from_text(text).prose_text().startswith("Harrisburg (PA)The")


def test_a_capitalised_compound_opening_a_paragraph_is_no_dateline() -> None:
    text = "NATO-led forces left the base - the last convoy went on Monday.\n"
    assert article_from_text(text).prose_text() == text.strip()


def test_an_acronym_opening_a_sentence_is_no_dateline() -> None:
    text = "NATO Allies met in Brussels on Monday.\nUNICEF said a third of the pupils left.\n"
    assert article_from_text(text).prose_text() == text.strip()


def test_reference_sections_of_an_encyclopedia_article_are_not_prose() -> None:
    text = (
        "The lighthouse was built in 1867 on the northern cape.\n\n"
        "References\n\n"
        "Smith, J. (2001). Lighthouses of the North. Oslo: Fjord Press.\n\n"
        "External links\n\n"
        "Official website of the lighthouse museum.\n"
    )
    article = article_from_text(text)
    assert article.prose_text() == "The lighthouse was built in 1867 on the northern cape."


def test_first_line_ending_with_a_period_is_not_taken_as_a_title() -> None:
    text = "The vote was close.\n\nIt passed by 51 votes to 49.\n"
    article = article_from_text(text)
    assert article.title == ""
    assert article.prose_text() == "The vote was close.\n\nIt passed by 51 votes to 49."


def test_a_first_line_whose_full_stop_ends_a_names_short_form_is_a_title() -> None:
    for title in ("Hal Tamm Sr.", "Varn Brothers & Co."):
        article = article_from_text(f"{title}\n\nThe firm was founded in 1901.\n")
        assert article.title == title
        assert article.prose_text() == "The firm was founded in 1901."
    # A sentence that happens to end so is still prose.
    article = article_from_text("The ship was sold to Hal Tamm Jr.\n\nHe renamed it.\n")
    assert article.title == ""
    # A headline ending in a place's initials is a title; a sentence ending so is not.
    headline = "Ice and Floods: How Winter Hurts What Lies Under N.Y.C."
    article = article_from_text(f"{headline}\n\nThe pipes are old.\n")
    assert article.title == headline
    assert article_from_text("The troops went back to the U.S.\n\nThey rested.\n").title == ""


def test_text_of_one_unpunctuated_line_is_still_prose() -> None:
    article = article_from_text("Putin met Lukashenko in Sochi")
    assert article.prose_text() == "Putin met Lukashenko in Sochi"


def test_title_given_by_the_caller_is_left_out_of_the_prose() -> None:
    article = article_from_text(
        "Night Trains Return\nSleeper services resume in May.\n", title="Night Trains Return"
    )
    assert article.title == "Night Trains Return"
    assert article.prose_text() == "Sleeper services resume in May."


def test_citation_markers_after_a_sentence_are_cut_out_of_the_prose() -> None:
    text = "The lake is 219 km long.[1][2] It freezes in winter.[citation needed]\n"
    article = article_from_text(text)
    assert article.prose_text() == "The lake is 219 km long. It freezes in winter."


def test_page_numbers_after_a_citation_are_cut_out_too() -> None:
    text = "She graduated in 1873.:33 The college closed in 1901.[4]:112–114 It reopened later.\n"
    article = article_from_text(text)
    assert [article.text[start:end] for start, end in article.prose] == [
        "She graduated in 1873.",
        "The college closed in 1901.",
        "It reopened later.",
    ]


def test_citation_marker_inside_a_sentence_is_taken_out_without_splitting_it() -> None:
    text = "The lake[3] is 219 km long.\n"
    assert article_from_text(text).prose_text() == "The lake is 219 km long."


@pytest.mark.parametrize(
    ("text", "pieces", "cut_out"),
    [
        (
            "The bridge reopened on Tuesday. Traffic Figures About 30,000 cars crossed it on "
            "the first day. Mayor Ann Lee said the repair cost $120 million.\n",
            ["The bridge reopened on Tuesday.",
             "About 30,000 cars crossed it on the first day. Mayor Ann Lee said the repair cost "
             "$120 million."],
            [("Traffic Figures", "heading")],
        ),
        (
            "The museum opened in 1998. Advertisement The building was designed by Ada Berg.\n",
            ["The museum opened in 1998.", "The building was designed by Ada Berg."],
            [("Advertisement", "boilerplate")],
        ),
        (
            "The lake is 219 km long.[1] Water Quality The lake was cleaned in 2004.\n",
            ["The lake is 219 km long.", "The lake was cleaned in 2004."],
            [("Water Quality", "heading")],
        ),
    ],
)
def test_heading_glued_onto_a_sentence_is_cut_out_of_the_prose(
    text: str, pieces: list[str], cut_out: list[tuple[str, str]]
) -> None:
    article = article_from_text(text)
    shown = article.text  # the footnote's "[1]" is no part of it
    assert [shown[start:end] for start, end in article.prose] == pieces
    assert [(shown[item.start:item.end], item.reason) for item in article.excluded] == cut_out


def test_paragraph_with_no_glued_heading_keeps_its_one_range() -> None:
    text = (
        "Prime Minister Ann Lee said the talks would resume. The White House said on Monday "
        "that it agreed. New York Times reporters said the deal was close.\n"
    )
    article = article_from_text(text)
    assert article.prose == ((0, len(text) - 1),)
    assert article.excluded == ()


def test_a_wrapped_line_that_the_next_line_goes_on_is_no_heading() -> None:
    text = (
        "When the harbour opened in 1902, the town was quite small. The\n"
        "mayor, a former captain, wanted a longer pier for the ferries and the fishing boats.\n"
    )
    article = article_from_text(text)
    assert article.excluded == ()
    assert article.prose_text() == text.strip()


def test_a_title_case_line_inside_a_price_list_is_a_heading() -> None:
    lines = [
        "The aquarium opens at 9 am every day of the year except New Year's Day.",
        "Tickets",
        "Adults: $12",
        "Children (under 12): $6",
        "Things Not Allowed in the Halls",
        "Food, drinks, flash cameras and umbrellas.",
    ]
    article = article_from_text("\n".join(lines) + "\n")
    headings = [article.text[item.start : item.end] for item in article.excluded]
    assert headings == ["Tickets", "Things Not Allowed in the Halls"]
    assert article.prose_text().endswith("$6\n\nFood, drinks, flash cameras and umbrellas.")


def test_a_name_on_a_wrapped_line_stays_prose() -> None:
    text = (
        "The ferry company said on Monday that the vote by the regional\n"
        "Harbour Board of Tromso\n"
        "would come too late for the summer timetable, and it cut two routes.\n"
    )
    assert article_from_text(text).prose_text() == text.strip()


def test_a_headline_and_a_wire_dateline_before_the_first_sentence_are_cut() -> None:
    text = (
        "Harbour fees rise for cruise ships (AP) LA PAZ, Bolivia (AP) — The port authority "
        "raised its fees on Friday.\n"
    )
    article = article_from_text(text)
    assert article.prose_text() == "The port authority raised its fees on Friday."
    assert [item.reason for item in article.excluded] == ["heading", "dateline"]


def test_a_byline_and_a_wire_dateline_before_the_first_sentence_are_cut() -> None:
    text = "By Ann Lee and Tom Gray OSLO (Reuters) - Ferry fares rose by 4% in May.\n"
    article = article_from_text(text)
    assert article.prose_text() == "Ferry fares rose by 4% in May."
    assert [item.reason for item in article.excluded] == ["byline", "dateline"]


def test_a_correction_note_and_a_dated_wire_dateline_before_the_first_sentence_are_cut() -> None:
    text = "(Corrects a name in the fifth paragraph.) May 3 (Reuters) - Ferry fares rose by 4%.\n"
    article = article_from_text(text)
    assert article.prose_text() == "Ferry fares rose by 4%."


def test_a_dateline_whose_place_opens_with_a_short_word_is_cut() -> None:
    article = article_from_text("EL ALTO, Bolivia (AP) - The airport reopened on Friday.\n")
    assert article.prose_text() == "The airport reopened on Friday."


def test_an_upper_case_name_in_brackets_inside_the_first_sentence_is_no_dateline() -> None:
    text = (
        "Doctors at the NHS (National Health Service) - which employs 1.3 million people - "
        "voted to strike.\n"
    )
    assert article_from_text(text).prose_text() == text.strip()


def test_a_numbered_heading_or_a_papers_name_run_into_the_first_sentence_is_cut() -> None:
    from quizgen.article import article_from_text

    article = article_from_text(
        "14.2 Central Processing Sensory input enters through the spinal cord.\n\n"
        "New York Times--A gunman killed eight people at a mall in Omaha.\n\n"
        "Reporting from Washington and Los Angeles— The economy added 216,000 jobs.\n"
    )
    prose = [article.text[a:b] for a, b in article.prose]
    assert prose[0].startswith("Sensory input enters")
    assert prose[1].startswith("A gunman killed")
    assert prose[2].startswith("The economy added")


def test_a_whole_numbered_heading_is_cut_and_a_name_before_a_dash_is_kept() -> None:
    from quizgen.article import article_from_text

    article = article_from_text(
        "22.7 Embryonic Development of the Respiratory System The lungs form early.\n\n"
        "The Senate—Republicans and Democrats alike—voted to pass the bill on Tuesday.\n"
    )
    prose = [article.text[a:b] for a, b in article.prose]
    assert prose[0] == "The lungs form early."
    assert prose[1].startswith("The Senate—Republicans")


def test_a_book_listing_line_after_its_title_is_not_prose() -> None:
    text = (
        "Salt Roads\n"
        "By Ina Brekke, 312 pages, $24.95\n"
        "A ferry captain in Tromso loses her ship in a storm. Her crew set out to find it.\n"
        "By Christmas, 40 ferries\n"
        "will sail the route.\n"
    )
    article = article_from_text(text)
    assert "312 pages" not in article.prose_text()
    assert "byline" in [item.reason for item in article.excluded]
    assert "By Christmas, 40 ferries" in article.prose_text()  # a wrapped sentence
