"""Numbers a sentence gives away: its parts add up, or a share of one count gives the other."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")


def _why(sentence: str, number: str) -> str:
    """Return why the count `number` of the sentence is given away ("" if it is not)."""
    from quizgen.generate.counts import guessable_count
    from quizgen.nlp.pipeline import analyse_text

    (analysed,) = analyse_text(sentence).sentences
    span = next(e for e in analysed.entities if number in e.text.split())
    return guessable_count(analysed.text, analysed.tokens, span)


def test_a_part_said_with_a_counts_one_in_a_sum_of_parts() -> None:
    sentence = "The crossing has three tunnels: two rail tunnels and a smaller service tunnel."
    assert _why(sentence, "three") == "sum-of-parts"  # 2 + 1
    assert _why(sentence, "two") == "sum-of-parts"  # 3 - 1


def test_a_thing_of_another_kind_said_with_a_is_no_part() -> None:
    # Two firefighters and a child are not the three people killed.
    sentence = "The blaze killed three people, injured two firefighters and a child on Sunday."
    assert _why(sentence, "three") == ""


def test_a_share_of_a_count_gives_the_count_and_the_part_away() -> None:
    sentence = "The defence called only nine experts, barely a third of the 26 experts heard."
    assert _why(sentence, "26") == "share-of-a-count"  # about three times nine
    assert _why(sentence, "nine") == "share-of-a-count"  # about a third of 26


def test_a_share_that_does_not_fit_the_other_count_gives_nothing_away() -> None:
    sentence = "The defence called 15 experts, about a third of the 26 experts heard."
    assert _why(sentence, "26") == ""


def test_all_three_of_a_list_given_before_is_counted_by_the_list() -> None:
    assert (
        _why(
            "The museum in Oslo has paintings, sculptures and coins; all three collections "
            "were bought in 1902.",
            "three",
        )
        == "count-of-a-list"
    )
    sentence = "The fund owns shops in Oslo, Bergen and Tromso and will open four offices."
    assert _why(sentence, "four") == ""


def test_a_count_of_years_the_sentences_years_give_is_given_away() -> None:
    sentence = "The database covers 23 years, from 1987 to 2009, in Bergen."
    assert _why(sentence, "23") == "sum-of-parts"
    assert _why("The database covers 40 years of data, from 1987 to 2009.", "40") == ""


def test_a_count_of_titles_listed_in_quotation_marks_after_a_colon_is_given_away() -> None:
    sentence = (
        'Critics named three films that will lead the summer: Orbit Studios\' "Night and Day '
        'in Oslo, Part 2," Halden\'s "Salt: The Return" and Vesk Pictures\' "Harbour Lights."'
    )
    assert _why(sentence, "three") == "count-of-a-list"
    # One speaker quoted twice is no list of two.
    sentence = (
        'The fire destroyed two homes in Leeds, and the chief was blunt: "We lost everything," '
        'he said, "in minutes."'
    )
    assert _why(sentence, "two") == ""
