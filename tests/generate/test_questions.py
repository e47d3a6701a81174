"""Questions built from candidates: which answers of one sentence can share a cloze note."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")


def _view_and_candidates(text: str):  # type: ignore[no-untyped-def]
    from quizgen.article import article_from_text
    from quizgen.generate.candidates import find_candidates
    from quizgen.generate.context import article_context, sentence_view
    from quizgen.nlp.pipeline import analyse

    document = analyse(article_from_text(text))
    view, reason = sentence_view(document, 0, article_context(document))
    assert view is not None, reason
    return view, {c.text: c for c in find_candidates(document, [view], Counter())}


def _term_at(view, like, first: int, last: int):  # type: ignore[no-untyped-def]
    """Return a term candidate on the view's tokens [first, last), made from candidate `like`."""
    tokens = view.tokens
    start, end = tokens[first].start, tokens[last - 1].end
    return dataclasses.replace(
        like, text=view.text[start:end], kind="term", first=first, last=last, start=start, end=end
    )


def test_a_count_and_the_term_it_counts_can_be_two_cards() -> None:
    from quizgen.generate.questions import independent

    view, found = _view_and_candidates(
        "Bergen and Oslo signed 31 integration roadmaps in 2019. The roadmaps run until 2030."
    )
    count = found["31"]
    term = next(c for c in found.values() if c.kind == "term" and c.first == count.last)
    assert independent(count, term, view)


def test_one_noun_phrase_cut_into_two_blanks_is_not_two_cards() -> None:
    from quizgen.generate.questions import independent

    view, found = _view_and_candidates(
        "Vets in Bergen confirmed the H5N1 avian influenza in 31 farms near Voss."
    )
    code = found["H5N1"]
    # "the {{H5N1}} {{avian influenza}}": the name and the noun after it are one answer.
    term = _term_at(view, code, code.last, code.last + 2)
    assert term.text == "avian influenza"
    assert not independent(code, term, view)


def test_two_figures_of_a_percentage_change_are_not_two_cards() -> None:
    from quizgen.generate.questions import independent

    # Exactly 50 per cent, any two would give the third away and none is asked at all
    # (candidates' "sum-of-parts"); said roughly, each may be asked, but not two at once.
    view, found = _view_and_candidates(
        "The stadium was budgeted at £300 million, but it finally cost £450 million, "
        "an overrun of more than 40 per cent. It opened in 2009."
    )
    budget, cost, share = (
        found["£300 million"],
        found["£450 million"],
        found["more than 40 per cent"],
    )
    assert not independent(cost, share, view)  # £300 million and one gives the other away
    assert not independent(budget, cost, view)
    assert not independent(budget, share, view)


def test_a_sum_and_a_share_of_something_else_can_be_two_cards() -> None:
    from quizgen.generate.questions import independent

    view, found = _view_and_candidates(
        "The council spent £450 million on roads in 2009, and 50 per cent of voters approved. "
        "The roads opened in 2011."
    )
    assert independent(found["£450 million"], found["50 per cent"], view)


def test_a_thing_and_its_symbol_in_brackets_are_not_two_cards() -> None:
    from quizgen.generate.questions import independent

    view, found = _view_and_candidates(
        "The miners of Almaden roasted mercuric sulfide (HgS) in brick furnaces in 1620."
    )
    symbol = found["HgS"]
    name = _term_at(view, symbol, symbol.first - 3, symbol.first - 1)
    assert name.text == "mercuric sulfide"
    assert not independent(name, symbol, view)
    assert independent(name, found["1620"], view)
    # A life's dates in brackets are a fact of their own beside the name.
    view, found = _view_and_candidates(
        "The museum was designed by Josiah Kettleby (1811–1891) for the town of Harrowgate."
    )
    assert independent(found["Josiah Kettleby"], found["1811–1891"], view)


def test_a_clozes_hedge_stays_in_the_sentence_and_its_number_is_recalled() -> None:
    from quizgen.generate.questions import build_cloze

    view, found = _view_and_candidates(
        "The Harlow ferry carried nearly 1,200 passengers to Tromso in 2019."
    )
    cloze = build_cloze(view, [found["nearly 1,200"]], 1.0)
    assert "carried nearly {{c1::1,200}} passengers" in cloze.text
    # Capitalised inside a sentence, the "hedge" is a title's words and stays in the answer.
    view, found = _view_and_candidates(
        "In 1994 the BBC showed the documentary More Than 30 Years in the TARDIS in Leeds."
    )
    cloze = build_cloze(view, [found["More Than 30"]], 1.0)
    assert "{{c1::More Than 30}} Years" in cloze.text


def test_an_amount_s_conversion_in_brackets_is_left_out_of_its_question() -> None:
    from quizgen.generate import generate_set

    text = (
        "Film piracy.\n\nThe film industry in Tartu says piracy costs it £3.7bn ($7bn) a year. "
        "Brix is smaller than Nordvik, which has a market value of £5.7bn ($10.7bn; 8.2bn "
        "euros), analysts in Tartu said on Monday."
    )
    questions = generate_set(text).questions
    shown = [q.text if q.type == "cloze" else q.question for q in questions]
    asked = [q.question for q in questions if q.type == "mcq" and q.answer == "£3.7bn"]
    asked += [q for q in shown if "::£3.7bn}}" in q]
    assert asked  # the amount is asked...
    assert not any("($7bn)" in q for q in asked)  # ...without its conversion beside it
    # A conversion's other value is never an answer of its own.
    answers = {q.answer for q in questions if q.type == "mcq"}
    assert "8.2bn euros" not in answers
    assert not any("{{c1::8.2bn euros}}" in q or "c2::8.2bn" in q for q in shown)


def _candidate_at(text: str, answer: str, kind: str):  # type: ignore[no-untyped-def]
    from quizgen.generate.candidates import Candidate

    start = text.index(answer)
    end = start + len(answer)
    return Candidate(
        sentence=0, text=answer, kind=kind, label="", first=0, last=1,
        start=start, end=end, doc_start=start, doc_end=end,
    )  # fmt: skip


def test_a_bracket_after_an_amount_that_is_no_conversion_stays() -> None:
    from quizgen.generate.stems import rest_after

    text = "Inflation in Tartu fell to 2.1% (3.4% a year earlier) in May."
    rest = rest_after(text, _candidate_at(text, "2.1%", "percent"))
    assert rest == " (3.4% a year earlier) in May."


@pytest.mark.parametrize(
    ("text", "answer", "kind", "rest"),
    [
        # The unit is the blank's, and stays; the other units' figure would give it away.
        ("The probe fell from 190 kilometres (118 miles) over Tuva.", "190", "quantity",
         " kilometres over Tuva."),
        ("The lake covers 4.2 square miles (10.9 km2) in all.", "4.2", "quantity",
         " square miles in all."),
        ("The hall is 7,000 square feet (650 m2) larger.", "7,000", "quantity",
         " square feet larger."),
        ("The farm covers 300 acres (120 ha) of land.", "300", "quantity", " acres of land."),
        # A range of them, with a fraction.
        ("The venom can be spat 2–3 metres (6½-10 feet) with aim.", "2–3", "quantity",
         " metres with aim."),
        # The same moment in another time zone.
        ("The rocket lifted off at 8:51 p.m. (1451 GMT) from Baikonur.", "8:51 p.m.", "time",
         " from Baikonur."),
        ("The ferry left at 7 a.m. (0500 GMT) on Monday.", "7 a.m.", "time", " on Monday."),
        # A word that is no unit ends the search: this bracket is another fact.
        ("Some 40 boats (a record) sailed.", "40", "number", " boats (a record) sailed."),
    ],
)  # fmt: skip
def test_a_conversion_after_the_answers_unit_is_left_out(
    text: str, answer: str, kind: str, rest: str
) -> None:
    from quizgen.generate.stems import rest_after

    assert rest_after(text, _candidate_at(text, answer, kind)) == rest


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Ada Berg (/ˈɑːdə bɜːrɡ/; 2 May 1901 – 4 June 1980) was a chemist.",
            "Ada Berg (2 May 1901 – 4 June 1980) was a chemist.",
        ),
        (
            "Tromso (/ˈtrʊmsø/ or /ˈtrɒmsoʊ/; Norwegian: [ˈtrʊ̂msøː] ( listen)) is a city.",
            "Tromso is a city.",
        ),
        (
            "Lund (RP: /lʊnd/; Locally: /lʉnːd/) is old (see map; it is small).",
            "Lund is old (see map; it is small).",
        ),
        ("Speeds of 30 km/h and/or more (sand; clay).",) * 2,
        ("Berlin (German: [bɛʁˈliːn]) is a city.", "Berlin is a city."),
        ("Paris (French pronunciation: [paʁi] (listen)) is a city.", "Paris is a city."),
        # A spelling in another language is as little to learn, and may give a blank away.
        ("Varn (Cornish: Bosvarn) is a town in Cornwall.", "Varn is a town in Cornwall."),
        ("The Yuan (Chinese: 元朝; pinyin: Yuán Cháo) was an empire.", "The Yuan was an empire."),
        # A bracket with a fact in it keeps the fact, and only the fact.
        ("Roma (Latin: Roma; founded 753 BC) grew.", "Roma (founded 753 BC) grew."),
        ("The Yuan (Chinese: 元朝; later the Great Yuan) fell.",
         "The Yuan (later the Great Yuan) fell."),
        ("Ada Lund (Bulgarian: Ада Лунд; born 24 June 1941) is a writer.",
         "Ada Lund (born 24 June 1941) is a writer."),
        ("He said (Note: this is odd) so.",) * 2,
        ("It (Chinese: {{c1::Ming}}; 1368) fell.",) * 2,  # a part with a deletion stays
        # A pointer to another article is no part of the sentence.
        ("Mice were cured (see “Genome Surgery”) last year.", "Mice were cured last year."),
    ],
)
def test_a_pronunciation_is_left_out_of_a_questions_text(text: str, shown: str) -> None:
    from quizgen.generate.questions import without_pronunciation

    assert without_pronunciation(text) == shown


def test_a_generated_question_shows_no_pronunciation() -> None:
    from quizgen.generate import generate_set

    text = (
        "Ada Berg (/ˈɑːdə bɜːrɡ/; 2 May 1901 – 4 June 1980) was a Norwegian chemist who "
        "discovered the element berglium in Tromso in 1931."
    )
    shown = [q.text if q.type == "cloze" else q.question for q in generate_set(text).questions]
    assert shown
    assert not any("/" in question for question in shown)


def test_a_time_in_another_zone_is_neither_asked_nor_shown_beside_its_blank() -> None:
    from quizgen.article import article_from_text
    from quizgen.generate import generate_set

    text = (
        "An unmanned supply craft bound for the Orion orbital laboratory was lost on Friday. "
        "The craft lifted off at 9:12 p.m. (1512 GMT) from the Kestrel launch site in Norland. "
        "Debris was found 4,100 kilometres (2,550 miles) north of the capital, Tarnholm."
    )
    questions = generate_set(article_from_text(text), seed=1).questions
    answers = {q.answer for q in questions if q.type == "mcq"}
    assert {"9:12 p.m.", "4,100"} <= answers
    assert "1512 GMT" not in answers
    for question in questions:
        if question.type == "mcq" and question.answer == "9:12 p.m.":
            assert "GMT" not in question.question
        if question.type == "mcq" and question.answer == "4,100":
            assert question.question.startswith("Debris was found _____ kilometres north")
