"""Typing slips mended when an article is read: missing spaces, words run together."""

from __future__ import annotations

import pytest

from quizgen.article import article_from_text
from quizgen.article.repairs import misspelt, repair_typing


@pytest.mark.parametrize(
    ("typed", "mended"),
    [
        (
            "The pump drained the mine.Engineers checked it daily.",
            "The pump drained the mine. Engineers checked it daily.",
        ),
        ("Why did the pump fail?Nobody knew.", "Why did the pump fail? Nobody knew."),
        (
            'The mayor called it "a fine day".The crowd cheered.',
            'The mayor called it "a fine day". The crowd cheered.',
        ),
        ("She said the plan was “finished.”We left.", "She said the plan was “finished.” We left."),
        ("The ferry sank in the storm.A diver came.", "The ferry sank in the storm. A diver came."),
    ],
)
def test_a_full_stop_glued_to_the_next_sentence_gets_its_space(typed: str, mended: str) -> None:
    assert repair_typing(typed) == mended


@pytest.mark.parametrize(
    "text",
    [
        "Troops left the U.S.Army base at dawn.",
        "Bring tools, e.g.Hammers and saws.",
        "The site runs on Node.js and Python.",
        "Inflation reached 3.5 percent in May.",
        "Figure 4.A shows the dam.",
        "Details are at www.example.com and www.Example.org today.",
        "The books of J.R.R.Tolkien sold well.",
        "Shares in Amazon.Com rose on Monday.",
        "Write to help@harbour.no?Subject=ferry for a reply.",
    ],
)
def test_dots_of_abbreviations_numbers_and_addresses_are_left_alone(text: str) -> None:
    assert repair_typing(text) == text


def test_a_comma_glued_between_words_gets_its_space() -> None:
    typed = "Last spring,the mayor,a former teacher,opened the bridge."
    assert repair_typing(typed) == "Last spring, the mayor, a former teacher, opened the bridge."


@pytest.mark.parametrize(
    "text",
    [
        "The solvent N,N-dimethylformamide is toxic.",
        "About 1,200 people came.",
        "See http://example.org/find?x=a,b for the list.",
    ],
)
def test_commas_in_numbers_formulas_and_addresses_are_left_alone(text: str) -> None:
    assert repair_typing(text) == text


def test_a_full_width_comma_becomes_a_comma_and_a_space() -> None:
    assert repair_typing("If you travel by bus，keep the ticket.") == (
        "If you travel by bus, keep the ticket."
    )


@pytest.mark.parametrize(
    ("typed", "mended"),
    [
        (
            "The museum keeps a paintingtaken from the old church.",
            "The museum keeps a painting taken from the old church.",
        ),
        ("She waved and askedhim to wait.", "She waved and asked him to wait."),
        ("The bridgebuilt in 1902 still stands.", "The bridge built in 1902 still stands."),
    ],
)
def test_two_common_words_run_together_are_parted(typed: str, mended: str) -> None:
    assert repair_typing(typed) == mended


def test_a_word_typed_twice_without_a_space_gets_a_hyphen() -> None:
    assert repair_typing("The oxygenoxygen bond is strong.") == "The oxygen-oxygen bond is strong."


@pytest.mark.parametrize(
    "word",
    # A term of the trade, compounds with a prefix or a suffix, an inflected form.
    ["bitstrings", "microbat", "fiberlike", "raveled", "supravital"],
)
def test_words_that_are_not_two_words_run_together_are_kept(word: str) -> None:
    text = f"The {word} was noted."
    assert repair_typing(text) == text


def test_lines_to_skip_are_left_alone() -> None:
    text = "The tank filled.Water rose.\nx = a,b.Count"
    assert repair_typing(text, skip_lines={1}) == "The tank filled. Water rose.\nx = a,b.Count"


def test_the_article_text_holds_the_repairs_and_its_offsets_point_into_it() -> None:
    article = article_from_text("The dam opened in 1936.It is 221 metres tall.\n")
    assert article.text == "The dam opened in 1936. It is 221 metres tall.\n"
    assert article.prose_text() == "The dam opened in 1936. It is 221 metres tall."


def test_a_word_with_two_letters_swapped_is_misspelt_but_rare_real_words_are_not() -> None:
    assert misspelt("wrold")
    assert not misspelt("world")
    assert not misspelt("avermectin")  # rare, but no common word with two letters swapped


def test_a_very_long_word_is_read_in_linear_time() -> None:
    # A word of a million letters: no split is tried, and the text comes back unchanged.
    text = "a" * 1_000_000 + ".The end."
    assert repair_typing(text).endswith("a. The end.")


def test_a_straight_quote_after_the_full_stop_goes_with_the_sentence_it_belongs_to() -> None:
    typed = 'He said "yes."The crowd cheered. They met daily."We are late," she said.'
    assert repair_typing(typed) == (
        'He said "yes." The crowd cheered. They met daily. "We are late," she said.'
    )


def test_a_comma_after_a_closing_quote_gets_its_space() -> None:
    assert repair_typing('"We are late",Ann said.') == '"We are late", Ann said.'


def test_words_inside_markup_and_code_are_left_alone() -> None:
    text = "The page had <img src=x onerror=alert(1)> and {{c1::thefile}} in it."
    assert repair_typing(text) == text


def test_a_very_long_word_is_never_checked_for_swapped_letters() -> None:
    assert not misspelt("ab" * 500_000)


@pytest.mark.parametrize(
    ("typed", "mended"),
    [
        ("The mill opened on October3, 1911.", "The mill opened on October 3, 1911."),
        ("The mill opened on 3October 1911.", "The mill opened on 3 October 1911."),
        ("The mill closed on June21st that year.", "The mill closed on June 21st that year."),
    ],
)
def test_a_month_glued_to_its_day_is_parted(typed: str, mended: str) -> None:
    assert repair_typing(typed) == mended


@pytest.mark.parametrize(
    ("typed", "mended"),
    [
        ("Only boats 12and 14 reached the reef.", "Only boats 12 and 14 reached the reef."),
        ("The ferry carried 412passengers.", "The ferry carried 412 passengers."),
        ("The well is 40metres deep.", "The well is 40 metres deep."),
        ("Route KX12and the coast road were shut.", "Route KX12 and the coast road were shut."),
        ("They rode bus KX12 on the coast road.", "They rode bus KX12 on the coast road."),
        ("The patrol boatAB12 left at dawn.", "The patrol boat AB12 left at dawn."),
    ],
)
def test_a_number_or_code_glued_to_a_word_is_parted(typed: str, mended: str) -> None:
    assert repair_typing(typed) == mended


@pytest.mark.parametrize(
    "text",
    [
        "The COVID19 wards and the A380 hangar were full.",
        "The 4G mast, the MP3 files and the 3D printer arrived at 10am.",
        "It was the 4th time in the 1990s that 5kg of snow fell per 6in of height.",
        "The 9to5 shift ended early.",
        "The file is at example.org/October3 now.",
    ],
)
def test_codes_units_ordinals_and_addresses_keep_their_form(text: str) -> None:
    assert repair_typing(text) == text


def test_a_long_word_glued_to_a_pronoun_is_parted() -> None:
    typed = "The workers cooled the rods by submergingthem in brine."
    assert repair_typing(typed) == "The workers cooled the rods by submerging them in brine."


def test_a_comma_typed_without_a_space_before_a_new_clause_ends_the_sentence() -> None:
    typed = "The pier must be rebuilt,After the storm it was closed."
    assert repair_typing(typed) == "The pier must be rebuilt. After the storm it was closed."


def test_a_comma_before_a_title_or_a_name_stays_a_comma() -> None:
    typed = "He liked films such as Vertigo,The Birds and Psycho,Anna said."
    mended = "He liked films such as Vertigo, The Birds and Psycho, Anna said."
    assert repair_typing(typed) == mended


def test_a_comma_glued_after_a_number_gets_its_space() -> None:
    typed = "The pier shut on May 3,more than a year late, and in 1902,Lund rebuilt it."
    assert repair_typing(typed) == (
        "The pier shut on May 3, more than a year late, and in 1902, Lund rebuilt it."
    )


def test_a_function_word_glued_to_a_long_rarer_word_is_split() -> None:
    mended = repair_typing("In thirty years, theradioactivity will only slightly decrease.")
    assert mended == "In thirty years, the radioactivity will only slightly decrease."
    # A known word that merely starts like one ("therapist") stays whole.
    assert repair_typing("The therapist came at noon.") == "The therapist came at noon."


def test_a_decimal_point_typed_with_a_space_after_it_is_one_number() -> None:
    text = "Pupils slept an average of 8. 2 hours, and older ones 7. 7 hours a night."
    assert repair_typing(text) == (
        "Pupils slept an average of 8.2 hours, and older ones 7.7 hours a night."
    )
    # A sentence that ends in a year, then one opening with a count, stays two sentences.
    assert repair_typing("He left in 2008. 2 people stayed.") == "He left in 2008. 2 people stayed."
