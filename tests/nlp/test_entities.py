"""Entities on hand-checked news sentences (span F1), mention sharing, and the ne_chunk route."""

from __future__ import annotations

import pytest

from quizgen.nlp import entities
from quizgen.nlp.pipeline import analyse_text

from .entity_gold import HELDOUT_FILE, load_gold, score

# The F1 this recogniser reaches on entity_gold.txt (0.972) and on the held-out
# sentences (0.969), less a little slack; a change that lowers them fails here.
F1_FLOOR = 0.96
HELDOUT_F1_FLOOR = 0.93


def _found(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.text) for s in analyse_text(text).sentences for e in s.entities]


def test_gold_file_has_at_least_forty_varied_sentences() -> None:
    items = load_gold()
    assert len(items) >= 40
    labels = {label for item in items for _, _, label in item.entities}
    assert {"PERSON", "ORG", "GPE", "LOC", "DATE", "MONEY", "PERCENT", "QUANTITY"} <= labels


def test_entity_span_f1_on_hand_checked_news_sentences(capsys: pytest.CaptureFixture[str]) -> None:
    overall, per_label = score(load_gold())
    with capsys.disabled():
        print(
            f"\nentity span F1 (exact span and type) on {overall.gold} gold entities: "
            f"{overall.f1:.3f} (P {overall.precision:.3f}, R {overall.recall:.3f})"
        )
    assert overall.f1 >= F1_FLOOR, "\n".join(overall.misses)
    for label in ("DATE", "MONEY", "PERCENT", "GPE"):
        assert per_label[label].f1 >= 0.9, per_label[label].misses


def test_entity_span_f1_on_held_out_sentences(capsys: pytest.CaptureFixture[str]) -> None:
    overall, _ = score(load_gold(HELDOUT_FILE))
    with capsys.disabled():
        print(f"\nheld-out entity span F1 on {overall.gold} gold entities: {overall.f1:.3f}")
    assert overall.f1 >= HELDOUT_F1_FLOOR, "\n".join(overall.misses)


def test_a_surname_alone_takes_the_type_of_the_full_name_said_earlier() -> None:
    found = _found("Maria Kovacs founded the firm in 1998. Kovacs sold it to investors in 2010.")
    assert ("PERSON", "Kovacs") in found


def test_a_surname_said_before_the_full_name_is_a_person_too() -> None:
    found = _found("Kovacs sold the firm in 2010. The buyer had courted Maria Kovacs for years.")
    assert found[0] == ("PERSON", "Kovacs")


def test_names_from_ne_chunk_are_mapped_to_project_labels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the user has ne_chunk's data, its ACE labels come out as ORG, GPE, LOC, PERSON."""
    import nltk
    from nltk.tree import Tree

    def fake_ne_chunk(tagged: list[tuple[str, str]]) -> Tree:
        words = [w for w, _ in tagged]
        assert words[:2] == ["Acme", "Corp"]
        return Tree(
            "S",
            [Tree("ORGANIZATION", tagged[:2]), *tagged[2:4], Tree("GSP", tagged[4:5]), *tagged[5:]],
        )

    monkeypatch.setattr(entities, "ne_chunk_available", lambda: True)
    monkeypatch.setattr(nltk, "ne_chunk", fake_ne_chunk)
    assert _found("Acme Corp opened in Lyon in 2021.") == [
        ("ORG", "Acme Corp"),
        ("GPE", "Lyon"),
        ("DATE", "2021"),
    ]


def test_a_name_whose_last_word_the_article_uses_for_a_thing_is_not_a_person() -> None:
    from quizgen.nlp.pipeline import analyse_text

    document = analyse_text(
        "The Harbour Tunnel opened in 2003 under the bay. Engineers said the tunnel "
        "had cost less than planned. Mayor Anna Berg opened it."
    )
    labels = {e.text: e.label for s in document.sentences for e in s.entities}
    assert labels["Harbour Tunnel"] != "PERSON"
    assert labels["Anna Berg"] == "PERSON"


def test_named_events_laws_and_awards_are_events_and_halves_or_holidays_are_not() -> None:
    found = _found(
        "After the Battle of Narva the Treaty of Nystad ended the Great Northern War. "
        "She won the Nobel Prize in Chemistry and flew home on Christmas Day. "
        "The French and Indian War ended in 1763. Bill Hansen opened the Summer Festival. "
        "The duo came third in the Varn Song Contest."
    )
    events = {text for label, text in found if label == "EVENT"}
    assert {"Battle of Narva", "Treaty of Nystad", "Great Northern War"} <= events
    assert "Nobel Prize in Chemistry" in events
    assert "Summer Festival" in events
    assert "Varn Song Contest" in events  # it had been offered as a record label
    assert not events & {"Christmas Day", "Indian War", "Bill Hansen"}
    assert ("PERSON", "Bill Hansen") in found


def test_a_possessive_written_with_a_modifier_letter_leaves_the_place_name_whole() -> None:
    """With U+02C8 for the apostrophe, "Norwayˈs" is Norway and a possessive, not one word."""
    document = analyse_text("Norway\u02c8s parliament met in Oslo on Monday.")
    names = [(e.label, e.text) for s in document.sentences for e in s.entities]
    assert ("GPE", "Norway") in names
