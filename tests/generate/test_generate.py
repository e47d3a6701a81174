"""The generator end to end, on articles written for these tests: what a teacher would check."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

import pytest

from quizgen.answers import normalize, number_unit, parse_number
from quizgen.cloze import card_indexes, deletions, render
from quizgen.model import Cloze, MultipleChoice

# The first sentence holds five facts; the others fewer.
_POLAR = (
    "The Norwegian explorer Roald Amundsen reached the South Pole on 14 December 1911 with "
    "four companions and 52 sled dogs. His rival Robert Falcon Scott arrived 34 days later. "
    "Amundsen had earlier sailed through the Northwest Passage between 1903 and 1906. "
    "In 1926 he flew over the North Pole in the airship Norge with Umberto Nobile."
)


def _answers(question_set) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(answer, kind tag) of every cloze deletion and MCQ answer."""
    found = []
    for question in question_set.questions:
        if isinstance(question, Cloze):
            for deletion in deletions(question.text):
                found.append((deletion.answer, deletion.hint or ""))
        else:
            found.append((question.answer, question.tags[0]))
    return found


def test_every_article_gives_a_useful_number_of_each_question_type(generated) -> None:
    # Eight cards: the battery article's other noun phrases are plain words ("supply
    # contracts", "battery factory"), which no longer make cards.
    for name, result in generated.items():
        question_set = result.question_set
        assert question_set.cloze_count >= 8, name
        assert question_set.mcq_count >= 8, name


def test_every_mcq_has_three_distractors_of_the_answers_form(generated) -> None:
    for result in generated.values():
        for question in result.question_set.questions:
            if not isinstance(question, MultipleChoice):
                continue
            assert len(question.distractors) == 3
            assert len(question.choices) == 4
            assert question.answer in question.choices
            assert len({normalize(c) for c in question.choices}) == 4
            value = parse_number(question.answer)
            if question.tags[0] in {"money", "percent", "number", "quantity"}:
                # Numbers: every option a number of the same unit, none equal to the answer.
                for choice in question.choices:
                    assert parse_number(choice) is not None, choice
                    assert number_unit(choice) == number_unit(question.answer)
                assert sum(parse_number(c) == value for c in question.choices) == 1
            if question.tags[0] == "year":
                assert all(re.fullmatch(r"1\d{3}|20\d\d", c) for c in question.choices)
            if question.tags[0] in {"person", "country", "city"}:
                assert all(c[:1].isupper() for c in question.choices)


def test_answers_include_numbers_money_percentages_dates_people_and_places(generated) -> None:
    tags = {tag for result in generated.values() for _, tag in _answers(result.question_set)}
    mcq_kinds = {
        q.tags[0]
        for result in generated.values()
        for q in result.question_set.questions
        if isinstance(q, MultipleChoice)
    }
    kinds = tags | mcq_kinds
    for kind in ("money", "percent", "person", "year", "date"):
        assert kind in kinds, kind
    assert kinds & {"country", "city"}
    assert kinds & {"number", "quantity"}


def test_no_question_comes_from_captions_credits_bylines_or_source_lines(generated) -> None:
    for result in generated.values():
        for question in result.question_set.questions:
            sentence = question.source.sentence
            assert not re.match(r"(Photo|Image|Source|By)\b", sentence), sentence
            assert "handout" not in sentence and "Transport Review" not in sentence


def test_provenance_points_at_the_source_sentence_in_the_article(generated) -> None:
    for result in generated.values():
        text = result.article.text
        for question in result.question_set.questions:
            source = question.source
            assert text[source.start : source.end] == source.sentence
            assert question.generated.version.startswith("quizgen-generate")
            assert 0 < question.generated.score <= 1
            assert question.generated.reasons
            assert question.generated.fingerprint


def test_each_fact_is_asked_once(generated) -> None:
    for result in generated.values():
        facts = set()
        for question in result.question_set.questions:
            answers = (
                [d.answer for d in deletions(question.text)]
                if isinstance(question, Cloze)
                else [question.answer]
            )
            for answer in answers:
                fact = (question.source.start, normalize(answer))
                assert fact not in facts, fact
                facts.add(fact)


def test_independent_facts_share_one_cloze_note(generated) -> None:
    notes = [
        q
        for result in generated.values()
        for q in result.question_set.questions
        if isinstance(q, Cloze)
    ]
    shared = [q for q in notes if len(card_indexes(q.text)) >= 2]
    assert shared
    assert any(len(card_indexes(q.text)) == 3 for q in notes)
    for cloze in notes:
        found = deletions(cloze.text)
        # One card per fact, c1, c2... in reading order, at most three of them.
        assert [d.index for d in found] == list(range(1, len(found) + 1))
        assert len(found) <= 3
        for deletion in found:
            shown = render(cloze.text, hide=deletion.index)
            # Each card shows the other answers: the sentence keeps its context.
            assert all(other.answer in shown for other in found if other is not deletion)


def test_a_sentence_gives_at_most_one_cloze_note_and_two_mcqs(generated) -> None:
    for name, result in generated.items():
        seen = Counter((q.source.start, q.type) for q in result.question_set.questions)
        assert all(count <= (1 if kind == "cloze" else 2) for (_, kind), count in seen.items()), (
            name,
            seen.most_common(1),
        )


def test_the_mcq_of_a_sentence_asks_a_fact_its_cloze_note_does_not_blank(generated) -> None:
    for result in generated.values():
        blanked: dict[int, set[str]] = {}
        for question in result.question_set.questions:
            if isinstance(question, Cloze):
                answers = {normalize(d.answer) for d in deletions(question.text)}
                blanked[question.source.start] = answers
        for question in result.question_set.questions:
            if isinstance(question, MultipleChoice):
                assert normalize(question.answer) not in blanked.get(question.source.start, set())


def test_the_facts_of_one_sentence_become_one_note_of_several_cards() -> None:
    import quizgen

    text = _POLAR
    question_set = quizgen.generate(text, title="Polar explorers")
    first = question_set.questions[0].source.start
    from_first = [q for q in question_set.questions if q.source.start == first]
    notes = [q for q in from_first if isinstance(q, Cloze)]
    mcqs = [q for q in from_first if isinstance(q, MultipleChoice)]
    assert len(notes) == 1 and len(mcqs) <= 2
    assert len(card_indexes(notes[0].text)) >= 2


def test_a_fact_rich_sentence_gives_a_second_mcq_about_a_fact_its_note_leaves_alone() -> None:
    import quizgen

    # Five facts in the first sentence: a note of three cards leaves two to be asked as MCQs.
    text = _POLAR
    question_set = quizgen.generate(text, title="Polar explorers")
    first = question_set.questions[0].source.start
    from_first = [q for q in question_set.questions if q.source.start == first]
    (note,) = [q for q in from_first if isinstance(q, Cloze)]
    mcqs = [q for q in from_first if isinstance(q, MultipleChoice)]
    assert len(mcqs) == 2
    blanked = {normalize(d.answer) for d in deletions(note.text)}
    answers = [normalize(q.answer) for q in mcqs]
    # Each fact asked once: no MCQ repeats a card of the note, nor the other MCQ.
    assert not blanked & set(answers)
    assert answers[0] != answers[1]
    # Two facts of different kinds ("when?" and "how many?"), not one relation asked both ways.
    assert mcqs[0].tags[0] != mcqs[1].tags[0]
    # Each MCQ shows the other's answer: the two are separate facts, not halves of one.
    assert mcqs[1].answer in mcqs[0].question and mcqs[0].answer in mcqs[1].question


def test_second_mcqs_only_fill_places_left_after_every_sentences_first() -> None:
    import quizgen

    text = _POLAR
    everything = quizgen.generate(text, title="Polar explorers")
    starts = Counter(q.source.start for q in everything.questions if q.type == "mcq")
    assert 2 in starts.values() and len(starts) >= 2  # one sentence gives two, others one
    limited = quizgen.generate(text, title="Polar explorers", mcq=len(starts))
    # As many places as sentences with an MCQ: each gives its first, none a second.
    assert Counter(q.source.start for q in limited.questions if q.type == "mcq") == Counter(
        dict.fromkeys(starts, 1)
    )


def test_hints_name_the_kind_of_answer_where_it_helps(generated) -> None:
    hints = {
        d.hint
        for result in generated.values()
        for q in result.question_set.questions
        if isinstance(q, Cloze)
        for d in deletions(q.text)
    }
    assert {"person", "year"} <= hints
    assert hints <= {None, "person", "country", "city", "date", "year"}


def test_questions_are_ids_are_unique_and_stable_across_runs(generated) -> None:
    from quizgen.generate import generate_set

    result = generated["danube.txt"]
    again = generate_set(result.article, document=result.document, seed=0)
    assert again == result.question_set
    ids = [q.id for q in again.questions]
    assert len(ids) == len(set(ids))


def test_the_same_seed_gives_the_same_set_and_another_seed_reorders_options(generated) -> None:
    from quizgen.generate import generate_set

    result = generated["harbour-tram.txt"]
    other = generate_set(result.article, document=result.document, seed=7)
    assert [q.id for q in other.questions] == [q.id for q in result.question_set.questions]
    orders = [
        (a.choices, b.choices)
        for a, b in zip(result.question_set.questions, other.questions, strict=True)
        if isinstance(a, MultipleChoice)
    ]
    assert any(x != y for x, y in orders)
    assert all(sorted(x) == sorted(y) for x, y in orders)


def test_the_right_answer_is_not_always_in_the_same_place(generated) -> None:
    positions = {
        q.answer_index
        for result in generated.values()
        for q in result.question_set.questions
        if isinstance(q, MultipleChoice)
    }
    assert len(positions) >= 3


def test_limits_keep_the_best_questions_spread_over_the_article(generated) -> None:
    from quizgen.generate import generate_set

    result = generated["curie.md"]
    limited = generate_set(result.article, document=result.document, cloze=4, mcq=3)
    # --cloze counts cards: each cN of a note is one question.
    cards = sum(len(card_indexes(q.text)) for q in limited.questions if isinstance(q, Cloze))
    assert cards == 4
    assert limited.mcq_count == 3
    middle = len(result.article.text) / 2
    starts = [q.source.start for q in limited.questions]
    assert min(starts) < middle < max(starts)


def test_min_quality_one_keeps_nothing_and_says_why(generated) -> None:
    from quizgen.generate import generate_set

    result = generated["curie.md"]
    empty = generate_set(result.article, document=result.document, min_quality=1.0)
    assert empty.questions == ()
    assert empty.stats["low-quality"] > 0


def test_more_distractors_on_request(generated) -> None:
    from quizgen.generate import generate_set

    result = generated["battery-plant.txt"]
    wide = generate_set(result.article, document=result.document, distractors=4)
    mcqs = [q for q in wide.questions if isinstance(q, MultipleChoice)]
    assert mcqs
    assert all(len(q.distractors) == 4 and len(q.choices) == 5 for q in mcqs)


def test_stats_count_dropped_candidates_by_reason(generated) -> None:
    stats = generated["harbour-tram.txt"].question_set.stats
    assert stats
    assert all(isinstance(v, int) and v > 0 for v in stats.values())
    assert any(key.startswith("sentence:") for key in stats)


def test_set_id_and_title_come_from_the_articles_title(generated) -> None:
    question_set = generated["danube.txt"].question_set
    assert question_set.id == "the-danube"
    assert question_set.title == "The Danube"
    assert question_set.source.file.endswith("danube.txt")


def test_articles_with_one_file_name_in_two_folders_get_different_set_ids() -> None:
    from quizgen.article import article_from_text
    from quizgen.generate import set_id_for

    volcano = article_from_text(
        "# The Kelvar volcano\n\nThe volcano last erupted in 1887.\n",
        path="a1/article.md", fmt="md",
    )
    neurons = article_from_text(
        "How neurons talk\n\nA neuron sends signals along its axon.\n", path="a2/article.txt"
    )
    assert (set_id_for(volcano), set_id_for(neurons)) == ("the-kelvar-volcano", "how-neurons-talk")


def test_an_article_without_a_title_takes_its_set_id_from_the_file_name() -> None:
    from quizgen.article import article_from_text
    from quizgen.generate import set_id_for

    text = "The ferry to Vell leaves at nine. It carries 300 people.\n"
    assert set_id_for(article_from_text(text, path="notes/Ferry_Times.txt")) == "ferry-times"


def test_standard_input_without_a_title_gets_the_same_id_for_the_same_text_only() -> None:
    from quizgen.article import article_from_text
    from quizgen.generate import set_id_for

    ferry = set_id_for(article_from_text("The ferry to Vell leaves at nine.\n"))
    again = set_id_for(article_from_text("The ferry to Vell leaves at nine.\n"))
    other = set_id_for(article_from_text("The bus to Vell leaves at ten.\n"))
    assert ferry == again and ferry != other
    assert re.fullmatch(r"article-[0-9a-f]{10}", ferry)


def test_a_long_title_gives_an_id_cut_at_a_word_of_at_most_60_characters() -> None:
    from quizgen.generate import set_id_for

    title = "Café owners in Zoë's street agree to open later on Sundays after long talks"
    set_id = set_id_for(title)
    assert set_id == "cafe-owners-in-zoe-s-street-agree-to-open-later-on-sundays"
    assert len(set_id) <= 60


def test_package_level_generate_takes_plain_text() -> None:
    import quizgen

    text = (
        "Lake Baikal in Siberia is the deepest lake in the world. It reaches a depth of "
        "1,642 metres and holds about 20% of the world's fresh surface water. The Russian "
        "explorer Kurbat Ivanov reached its shores in 1643. Today about 2,500 species of "
        "plants and animals live in the lake, and most of them are found nowhere else."
    )
    question_set = quizgen.generate(text, title="Lake Baikal")
    assert question_set.title == "Lake Baikal"
    assert question_set.id == "lake-baikal"
    answers = [a for a, _ in _answers(question_set)]
    assert "1643" in answers or "about 20%" in answers


def test_bad_counts_are_refused() -> None:
    from quizgen.generate import generate_set

    with pytest.raises(ValueError):
        generate_set("Some text.", cloze=-1)
    with pytest.raises(ValueError):
        generate_set("Some text.", distractors=0)


def test_names_from_other_articles_serve_as_distractors(generated) -> None:
    from quizgen.generate import generate_set

    result = generated["battery-plant.txt"]
    extra = {"person": ["Maria Lindgren", "Olaf Berg", "Jonas Lie", "Eva Lund"]}
    question_set = generate_set(result.article, document=result.document, extra_entities=extra)
    methods = {
        d.method
        for q in question_set.questions
        if isinstance(q, MultipleChoice)
        for d in q.distractors
    }
    assert "other-article-entity" in methods


def test_generated_sets_round_trip_through_the_yaml_format(generated, tmp_path) -> None:
    from quizgen.sets import load_set, write_set

    question_set = generated["curie.md"].question_set
    path = tmp_path / "curie.yaml"
    write_set(path, question_set)
    loaded = load_set(path)
    assert [q.id for q in loaded.questions] == [q.id for q in question_set.questions]
    original = {q.id: q for q in question_set.questions}
    for question in loaded.questions:
        assert dataclasses.replace(question, generated=None, source=None) == dataclasses.replace(
            original[question.id], generated=None, source=None
        )


def test_a_sentence_with_a_brace_gives_no_cloze_anki_would_misread() -> None:
    import quizgen
    from quizgen.cloze import syntax_problems

    question_set = quizgen.generate(
        "{Lena Vik opened a new bridge in Bergen on 1 June 1990. The bridge cost about "
        "$40 million and carries 12,000 cars a day across the harbour."
    )
    clozes = [q for q in question_set.questions if isinstance(q, Cloze)]
    assert clozes  # the second sentence still gives its cloze note
    for cloze in clozes:
        assert syntax_problems(cloze.text) == [], cloze.text


def test_a_name_after_the_capitalised_first_word_is_not_blanked_as_half_a_name() -> None:
    import quizgen
    from quizgen.generate.rules import rule_violations
    from quizgen.nlp.pipeline import analyse_text

    text = "Yesterday Lena Vik opened a new bridge in Bergen on 1 June 1990."
    document = analyse_text(text)
    question_set = quizgen.generate(text, document=document)
    for question in question_set.questions:
        assert rule_violations(question, document) == []


def test_a_sentence_said_twice_or_with_a_heading_glued_on_is_asked_once() -> None:
    from quizgen import generate

    lead = (
        "A century after the great fire of 1904 destroyed the old town of Alesund, "
        "its Art Nouveau centre draws 500,000 visitors a year."
    )
    tail = "The town lies on seven islands off the coast of Norway."
    # A heading run into the lead, then the lead itself, then the lead repeated as a teaser.
    text = f"Stone and light: {lead}\n\n{lead}\n\n{tail}\n\n{lead}"
    question_set = generate(text)
    sentences = [q.source.sentence for q in question_set.questions if q.source is not None]
    assert question_set.stats["sentence:said-twice"] == 2
    assert not any(s.startswith("Stone and light") for s in sentences)
    assert len({s for s in sentences if "great fire" in s}) == 1


def test_a_term_that_modifies_a_noun_is_asked_as_a_cloze_not_an_mcq() -> None:
    from collections import Counter

    from quizgen.article import article_from_text
    from quizgen.generate import _modifies_a_noun
    from quizgen.generate.candidates import find_candidates
    from quizgen.generate.context import article_context, sentence_view
    from quizgen.nlp.pipeline import analyse

    document = analyse(
        article_from_text(
            "Some cancer cells never touched the graphene posts inside the new microfluidic chip. "
            "The graphene was grown on a copper sheet."
        )
    )
    view, _ = sentence_view(document, 0, article_context(document))
    assert view is not None
    found = {c.text: c for c in find_candidates(document, [view], Counter())}
    # "posts" is tagged as a verb here; WordNet knows it as a noun all the same.
    assert _modifies_a_noun(view, found["graphene"])


def test_an_answer_found_too_often_is_kept_where_it_is_its_sentences_only_fact() -> None:
    from collections import Counter

    from quizgen.article import article_from_text
    from quizgen.generate import _limit_repeats
    from quizgen.generate.candidates import find_candidates
    from quizgen.generate.context import article_context, sentence_view
    from quizgen.generate.selection import AnswerLimits
    from quizgen.nlp.pipeline import analyse

    sentences = [
        f"Ingrid Solberg opened the {what} in Tromso in {year}."
        for what, year in (
            ("museum", 1990),
            ("library", 1994),
            ("theatre", 1998),
            ("harbour office", 2002),
            ("school", 2006),
        )
    ] + ["Everyone in the town still talks about Ingrid Solberg."]
    document = analyse(article_from_text(" ".join(sentences)))
    context = article_context(document)
    views = [v for v, _ in (sentence_view(document, i, context) for i in range(6)) if v]
    found = find_candidates(document, views, Counter())
    kept, rest = _limit_repeats(found, AnswerLimits.of(found))
    solberg = [c for c in kept if c.text.endswith("Solberg")]
    assert len(solberg) == 2  # no other person to tell her from: once per question type
    assert any(c.sentence == 5 for c in solberg)  # its sentence has nothing else to ask
    assert any(c.text.endswith("Solberg") for c in rest)  # the rest may still be asked later


_SAID_TWICE = (
    "Fjordpost is an independent regional newspaper.\n\n"
    "The ferry between Bergen and Stavanger carried 41,000 passengers in March 2023.\n\n"
    "Fjordpost is an independent regional newspaper.\n"
)


@pytest.mark.usefixtures("private_folders")
def test_a_short_sentence_said_twice_is_asked_once() -> None:
    # Scraped pages repeat short lines ("X is a news site."); a question's id comes from its
    # sentence, so asking both would give two questions one id.
    from quizgen.generate import generate_set

    question_set = generate_set(_SAID_TWICE, seed=1)
    ids = [q.id for q in question_set.questions]
    assert ids and len(ids) == len(set(ids))
    starts = {q.source.start for q in question_set.questions if "Fjordpost" in q.source.sentence}
    assert len(starts) == 1
    assert question_set.stats.get("sentence:said-twice", 0) >= 1


def _answers_of(text: str) -> tuple[list[str], dict[str, int], int]:
    """Generate from `text`; return every answer asked (cloze cards and MCQs), the stats and
    the number of questions."""
    from quizgen.cloze import deletions
    from quizgen.generate import generate_set

    question_set = generate_set(text, seed=1)
    answers = [
        answer
        for q in question_set.questions
        for answer in ([d.answer for d in deletions(q.text)] if q.type == "cloze" else [q.answer])
    ]
    return answers, question_set.stats, len(question_set.questions)


@pytest.mark.usefixtures("private_folders")
def test_the_article_topic_is_asked_once() -> None:
    # An article about one company that asks "_____ said" again and again hands it over.
    answers, stats, questions = _answers_of(
        "Fjordline carried 2.1 million passengers between Bergen and Hirtshals in 2022.\n\n"
        "Fjordline said the new ferry would enter service in March 2024.\n\n"
        "Fjordline paid 120 million euros for the ship, built at a yard in Rauma.\n\n"
        "Fjordline plans to open a third route to Stavanger before the summer of 2025.\n\n"
        "Fjordline employs about 900 people, most of them in Norway and Denmark.\n"
    )
    assert answers.count("Fjordline") <= 1
    assert questions >= 4  # the other facts are all still asked
    assert stats.get("answer-is-the-topic", 0) >= 1


@pytest.mark.usefixtures("private_folders")
def test_a_term_the_article_keeps_coming_back_to_is_asked_once() -> None:
    answers, _, _ = _answers_of(
        "In the Arctic, reindeer feed on lichens through the long winter of 2021.\n\n"
        "Under 50 centimetres of snow, the herds of Finnmark still find lichens by smell.\n\n"
        "A study in Tromso found that lichens grow about 2 millimetres a year.\n\n"
        "On Svalbard, old lichens on gravestones have dated glacier retreat since 1900.\n\n"
        "Miners in Kiruna once burned lichens as fuel during the hard winter of 1917.\n"
    )
    assert [a.casefold() for a in answers].count("lichens") <= 1


_SEED_VAULT = """Svalbard Seed Vault

The Svalbard Global Seed Vault near Longyearbyen opened in February 2008.

The vault lies 120 metres inside a mountain, where the permafrost keeps the seeds cold.

In 2016 melting permafrost let water into the entrance tunnel of the vault.

Engineers from Statsbygg rebuilt the tunnel in 2019 so that thawing permafrost cannot flood it.

Scientists from Tromso measure the permafrost near Longyearbyen every month.

Botanists from Bergen found 40 kinds of lichens on the rocks above the vault in 2020.

The lichens near the vault grow less than a millimetre a year, Ingrid Dahl of Oslo said.

Reindeer on Svalbard eat the lichens in winter when snow covers the grass.
"""


def test_an_answer_found_in_many_sentences_is_asked_once_per_question_type() -> None:
    from quizgen.generate import generate_set

    question_set = generate_set(_SEED_VAULT)
    for term in ("permafrost", "lichens"):
        asked = [
            question.type
            for question in question_set.questions
            for answer in (
                [d.answer for d in deletions(question.text)]
                if isinstance(question, Cloze)
                else [question.answer]
            )
            if answer == term
        ]
        assert asked, term  # still asked...
        assert len(asked) == len(set(asked)) <= 2, (term, asked)  # ...but not over and over


def test_a_past_tense_stem_uses_the_verbs_base_form() -> None:
    from quizgen.generate import generate_set

    stems = [q.question for q in generate_set(_SEED_VAULT).questions if q.type == "mcq"]
    assert any(stem.startswith("When did botanists from Bergen find ") for stem in stems)


def test_a_term_refused_an_mcq_for_options_that_say_the_answer_again_gets_no_cloze() -> None:
    from quizgen.generate import _no_cloze
    from quizgen.model import Distractor

    same = Counter({"distractor:synonym": 3, "distractor:equals-answer": 1})
    assert _no_cloze([], same)  # every option WordNet had meant the answer again
    assert _no_cloze([], Counter({"distractor:also-true": 1, "distractor:in-stem": 2}))
    # A word WordNet does not know has no options at all: a cloze is the way to ask it.
    assert not _no_cloze([], Counter())
    assert not _no_cloze([Distractor(text="boron", method="wordnet-cohyponym")], same)


@pytest.mark.usefixtures("private_folders")
def test_someones_quoted_words_are_asked_after_their_name() -> None:
    from quizgen.generate import generate_set

    article = (
        "Portugal opened a new hospital in the northern city of Braga on Monday. "
        "\u201cWe have opened 14 new clinics this year,\u201d said Health Minister Ana Costa. "
        "\u201cBrazil has sent us 300 nurses and Angola has sent us 120 doctors,\u201d Costa "
        "told reporters in Lisbon."
    )
    question_set = generate_set(article, seed=0)
    quoted = [q for q in question_set.questions if q.source.sentence.startswith("\u201c")]
    clozes = [q for q in quoted if isinstance(q, Cloze)]
    mcqs = [q for q in quoted if isinstance(q, MultipleChoice)]
    # A quotation's only fact is a cloze, recalled in the words said.
    assert "Ana Costa: \u201cWe have opened {{c1::14}} new clinics this year.\u201d" in [
        c.text for c in clozes
    ]
    assert [m.question for m in mcqs] == [
        "Ana Costa: \u201c_____ has sent us 300 nurses and Angola has sent us 120 doctors.\u201d"
    ]
    for cloze in clozes:
        assert render(cloze.text).startswith("Ana Costa: \u201c")  # never blanked
        assert "Ana Costa" not in [d.answer for d in deletions(cloze.text)]
    # Each question still points at the article's own sentence.
    for question in quoted:
        source = question.source
        assert article[source.start : source.end] == source.sentence
        assert source.sentence.endswith(("Ana Costa.", "reporters in Lisbon."))


@pytest.mark.usefixtures("private_folders")
def test_a_season_is_asked_with_the_other_seasons_as_options() -> None:
    from quizgen.generate import generate_set

    question_set = generate_set(
        "Portugal opened a new hospital in the northern city of Braga on Monday. "
        "Work on the new wing of the hospital will end by autumn, the health ministry said.",
        seed=0,
    )
    mcq = next(
        q for q in question_set.questions if isinstance(q, MultipleChoice) and q.answer == "autumn"
    )
    assert sorted(mcq.choices) == ["autumn", "spring", "summer", "winter"]
    assert mcq.tags == ("date",)


@pytest.mark.usefixtures("private_folders")
def test_a_name_after_a_role_nobody_else_has_is_asked_as_a_cloze() -> None:
    from quizgen.cloze import deletions
    from quizgen.generate import generate_set

    question_set = generate_set(
        "The fraud trial of businessman Oskar Lind opened in Denver on Monday.\n\n"
        "U.S. District Judge Maria Delgado warned the jury about the press.\n\n"
        "Lead prosecutor Daniel Okafor said Lind had hidden $40 million in Malta.\n\n"
        "Defense lawyer Rachel Stein said her client had done nothing wrong.\n\n"
        "Delgado refused a request by Stein to delay the trial until May.\n",
        seed=1,
    )
    mcq_answers = {q.answer for q in question_set.questions if isinstance(q, MultipleChoice)}
    cloze_answers = {
        d.answer for q in question_set.questions if isinstance(q, Cloze) for d in deletions(q.text)
    }
    # The only judge and the only prosecutor: no option fits "Judge _____", so no MCQ.
    assert not mcq_answers & {"Maria Delgado", "Daniel Okafor", "Rachel Stein"}
    assert {"Maria Delgado", "Daniel Okafor"} <= cloze_answers


@pytest.mark.usefixtures("private_folders")
def test_a_story_s_character_is_asked_once_per_question_type() -> None:
    answers, _, _ = _answers_of(
        "Nora Hale and Erik Berg drove home through the snow after the party in Bergen. "
        "Hale was tired and wanted to sleep. Berg stopped the car at a petrol station. "
        "Hale waited in the car alone for ten minutes. A stranger knocked on the window. "
        "Hale screamed and locked the doors. Berg came running back with a torch. "
        "Hale laughed when she saw the stranger was her cousin Elsa Moen."
    )
    assert sum(a.endswith("Hale") for a in answers) <= 2


def test_a_medieval_year_gets_options_of_its_own_era() -> None:
    from quizgen.generate import generate_set

    text = (
        "The priory was founded in 1124 by canons from Flanders. "
        "Its bell tower was finished in 1207 after a long dispute. "
        "The priory was dissolved by royal order in 1538."
    )
    asked = [q for q in generate_set(text, seed=2).questions if q.type == "mcq"]
    years = [q for q in asked if q.answer in {"1124", "1207"}]
    assert years
    for question in years:
        assert all(abs(int(choice) - int(question.answer)) <= 20 for choice in question.choices)


def test_the_other_kinds_of_a_contrasted_term_are_its_wrong_options() -> None:
    from quizgen.generate import generate_set

    found = generate_set(
        "Geologists sort rocks into three types of rocks. An igneous rock is made when hot "
        "melted rock cools down. A sedimentary rock is made of layers of mud and sand from "
        "the sea bed. A metamorphic rock is made when heat and pressure change an older "
        "rock. All three types can melt again, and new igneous rock may then be made from "
        "the melt.",
        seed=1,
    )
    options = [
        sorted([q.answer, *(d.text for d in q.distractors)])
        for q in found.questions
        if q.type == "mcq" and q.answer.split()[0].casefold() in _KINDS_OF_ROCK
    ]
    assert options
    assert all({o.split()[0].casefold() for o in found} >= _KINDS_OF_ROCK for found in options)


_KINDS_OF_ROCK = {"igneous", "sedimentary", "metamorphic"}


def test_a_surname_typed_as_a_body_brings_no_full_name_among_the_bodies() -> None:
    from quizgen.generate import article_names
    from quizgen.nlp.document import Document, Sentence, Span, Token

    def sentence(words: list[str], entities: list[Span]) -> Sentence:
        tokens, at = [], 0
        for word in words:
            tokens.append(Token(word, "NNP", at, at + len(word)))
            at += len(word) + 1
        text = " ".join(words)
        return Sentence(text, 0, len(text), tuple(tokens), tuple(entities), ())

    document = Document(
        "",
        (
            sentence(
                ["Denis", "Lundgren", "spoke"], [Span("PERSON", "Denis Lundgren", 0, 2, 0, 14)]
            ),
            sentence(["Lundgren", "said", "so"], [Span("ORG", "Lundgren", 0, 1, 0, 8)]),
        ),
    )
    names = article_names(document)
    assert names["person"] == ["Denis Lundgren"]
    assert "Denis Lundgren" not in names.get("organisation", [])


def test_an_untitled_storys_protagonist_is_never_the_blank() -> None:
    from quizgen.generate import generate_set

    story = (
        "Alex Lund began raising money for a school in Haiti when he was four years old. "
        "He sold lemonade and cookies in Oslo to raise the money. Later, Alex sent 15 bags "
        "of food to a food bank in Bergen. Alex then started a bakery called Clean Hands "
        "in 2009. Alex says his best sellers are lemon cakes and chocolate cupcakes."
    )
    found = generate_set(story, seed=1)
    answers = {q.answer for q in found.questions if q.type == "mcq"}
    clozes = " ".join(q.text for q in found.questions if q.type == "cloze")
    assert found.questions
    assert not any("Alex" in a for a in answers) and "{{c1::Alex" not in clozes
    # With a title that names someone else, the story's person is a fact like any other.
    titled = generate_set(story, title="A bakery in Oslo", seed=1)
    assert any("Alex" in q.answer for q in titled.questions if q.type == "mcq") or (
        "::Alex" in " ".join(q.text for q in titled.questions if q.type == "cloze")
    )


def test_the_articles_own_subject_is_no_wrong_option() -> None:
    # In an article on Zambia, "the border with _____" is never Zambia's own.
    from quizgen.generate import generate_set

    question_set = generate_set(
        "Zambia is a landlocked country in southern Africa. Its capital, Lusaka, lies in the "
        "south-central part of Zambia. The north-eastern region along the border with "
        "Tanzania is mostly high plateau. Zambia shares Lake Kariba with Zimbabwe, and the "
        "Zambezi river marks the border with Namibia. Copper from Zambia is sold to China, "
        "India and South Africa. Zambia became independent in 1964.",
        title="Zambia",
        seed=1,
    )
    options = [d.text for q in question_set.questions if q.type == "mcq" for d in q.distractors]
    assert "Tanzania" in options and "Zambia" not in options
    assert question_set.stats["distractor:the-article-subject"] >= 1


def test_a_hard_wrapped_article_gives_questions_on_one_line() -> None:
    # Text pasted from an e-mail or a plain-text archive breaks its lines mid-sentence; a card
    # shows each break as a space, while the source keeps the article's own text.
    from quizgen.generate import generate_set
    from quizgen.model import one_line
    from quizgen.quiz.prompts import prompts_of
    from quizgen.sets import dump_set, loads_set
    from quizgen.sets.files import question_edit

    wrapped = re.sub(r"(.{40,55}?) ", "\\1\n  ", _POLAR)  # indented, as a quoted e-mail is
    assert wrapped.count("\n") >= 4
    question_set = generate_set(wrapped, title="Polar explorers")
    shown = []
    for question in question_set.questions:
        shown.append(question.text if isinstance(question, Cloze) else question.question)
        if isinstance(question, MultipleChoice):
            shown += question.choices
        assert question.source.sentence == wrapped[question.source.start : question.source.end]
    assert shown and not [text for text in shown if "\n" in text or "  " in text]
    assert any("\n" in q.source.sentence for q in question_set.questions)
    # The quiz shows the source sentence on one line too.
    for prompt in prompts_of(question_set):
        assert prompt.explanation.split("\n")[0] == one_line(prompt.question.source.sentence)
    # The file leaves the explanation out, as the source sentence implies it, and reads back
    # as nobody's edit: a rerun may replace every question.
    written = dump_set(question_set)
    assert "explanation:" not in written
    assert loads_set(written) == question_set
    assert not [q.id for q in loads_set(written).questions if question_edit(q)]


def test_the_titles_acronym_is_its_subject_and_not_asked() -> None:
    from quizgen.generate import generate_set

    text = (
        "The Arctic Fisheries Council was founded in Tromso in 1962 by Norway and Iceland. "
        "Its reports support the work of the Nordic Council and the European Commission. "
        "The AFC produces reports that guide the catch limits of the member states. "
        "Fishermen from Greenland and the Faroe Islands joined the Nordic Council talks in 1971."
    )
    answers = {a for a, _ in _answers(generate_set(text, title="Arctic Fisheries Council"))}
    assert "AFC" not in answers
    assert {"1962", "Tromso"} <= answers


def test_a_poll_of_many_shares_asks_only_a_few_of_them() -> None:
    from quizgen.generate import generate_set

    parties = ["Labour", "the Greens", "the Liberals", "the Centre", "the Farmers' Party"]
    lines = ["Voters in Tartu were asked about the council election."]
    for n, party in enumerate(parties * 2):
        share, place = 11 + 7 * n, ["Narva", "Parnu", "Viljandi", "Rakvere"][n % 4]
        lines.append(f"In {place}, {share}% of voters backed {party} in the new poll.")
    questions = generate_set(" ".join(lines)).questions
    shares = [
        q
        for q in questions
        if (q.type == "mcq" and q.answer.endswith("%")) or (q.type == "cloze" and "%}}" in q.text)
    ]
    assert 3 <= len(shares) <= 6  # ten shares: a few are asked, not a drill of all ten


def test_a_name_of_several_words_the_title_gives_is_not_asked() -> None:
    from quizgen.generate import generate_set

    story = (
        "Tromso Sparebank said profits fell by 10% in 2024 after the Bank of Norway cut "
        "rates in Oslo. The Bank of Norway said in May that prices had eased in Bergen."
    )
    untitled = generate_set(story, seed=1)
    titled = generate_set(story, title="Profits fall after Bank of Norway rate cut", seed=1)

    def asked(question_set) -> list[str]:  # type: ignore[no-untyped-def]
        found = [q.answer for q in question_set.questions if q.type == "mcq"]
        return found + [q.text for q in question_set.questions if q.type == "cloze"]

    # Asked without the title, so the title is what keeps it out.
    assert any(a == "Bank of Norway" or "::Bank of Norway" in a for a in asked(untitled))
    assert not any(a == "Bank of Norway" or "::Bank of Norway" in a for a in asked(titled))
    assert titled.stats["named-in-the-title"] >= 1
