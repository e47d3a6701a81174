"""The rejection rules' look-ups: the "also true" index and answer comparison, exact."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytestmark = pytest.mark.usefixtures("private_folders")

_ARTICLE = (
    "The Danube flows through Vienna and Budapest before it reaches the Black Sea. "
    "Barges on the Danube carried grain from Hungary to the port of Constanta in 2019. "
    "Vienna built a new port for the barges, and Budapest widened its river quays. "
    "Engineers said the river was too shallow for loaded barges in the dry summer. "
    "The port of Constanta handles grain, coal and containers from the whole river basin. "
    "Hungary and Romania agreed to dredge the shallow stretches of the river before winter."
)


def test_sentences_sharing_words_are_those_that_use_enough_of_them() -> None:
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.nlp.pipeline import analyse_text

    facts = ArticleFacts.of(analyse_text(_ARTICLE))
    words = sorted(facts.by_word)
    rng = random.Random(1)
    for _ in range(400):
        chosen = frozenset(rng.sample(words, rng.randint(0, 6))) | {"zeppelin"}
        for needed in range(1, len(chosen) + 2):
            counts = Counter(n for word in chosen for n in facts.by_word.get(word, ()))
            expected = tuple(sorted(n for n, count in counts.items() if count >= needed))
            assert facts.sharing(chosen, needed) == expected, (chosen, needed)
            assert facts.sharing(chosen, needed) == expected  # asked again: the same


def test_sentences_sharing_river_and_barge_are_the_ones_about_barges_on_the_river() -> None:
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.nlp.pipeline import analyse_text

    facts = ArticleFacts.of(analyse_text(_ARTICLE))
    # Sentence 2 ("...a new port for the barges... its river quays") and 3 ("...the river
    # was too shallow for loaded barges...") use both; 1 has barges only, 4 and 5 the river.
    assert facts.sharing(frozenset({"river", "barge"}), 2) == (2, 3)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("the Danube", "Danube", True),
        ("4,000,000", "4 million", True),
        ("50%", "50 percent", True),
        ("50%", "50 people", False),
        ("Vienna", "Budapest", False),
        ("six roadmaps", "6 roadmaps", True),
        ("Hungary", "6", False),
    ],
)
def test_answers_are_the_same_as_quiz_grading_says(a: str, b: str, same: bool) -> None:
    from quizgen.answers import same_answer as grading_same_answer
    from quizgen.generate.distractors.filters import same_answer

    assert same_answer(a, b) is same
    assert same_answer(b, a) is same
    assert grading_same_answer(a, b) is same


def test_a_misspelt_word_from_the_article_is_no_option() -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    problem = distractor_problem(
        "totalitation regimes",
        answer="authoritarian regimes",
        kind="term",
        stem="The report compared the region's _____ with democracies.",
    )
    assert problem == "unknown-word"


@pytest.mark.parametrize(
    ("stem", "answer", "wrong_side", "right_side"),
    [
        ("Debt rose from 100% to _____ in four economies.", "167%", "70%", "140%"),
        ("Sales fell from _____ to $2 billion.", "$3 billion", "$1.5 billion", "$4 billion"),
        ("Turnout fell from 61 per cent to _____.", "52 per cent", "64 per cent", "45 per cent"),
        ("Jobs fell from _____ to 1,200 last year.", "1,500", "900", "1,900"),
        # A range's bounds: the lower one stays below the upper, whatever the unit between.
        ("The fish live between _____ °C and 25 °C.", "14", "28", "18"),
        ("The fish live between 14 °C and _____ °C.", "25", "10", "28"),
        ("Between _____ and 2,000 ships sailed.", "1,200", "2,400", "900"),
        ("Adults are between _____ cm - 105 cm long.", "90", "110", "70"),
        # The value it changed from, said after the blank.
        ("Interest will eat up _____ of spending, up from 6.6 percent.", "13%", "6%", "20%"),
        ("Sales were _____, down from $2 billion.", "$1.2 billion", "$3 billion", "$1 billion"),
    ],
)
def test_an_option_on_the_other_side_of_a_change_from_the_answer_is_refused(
    stem: str, answer: str, wrong_side: str, right_side: str
) -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    kind = "money" if "$" in answer else "percent"
    problem = distractor_problem(wrong_side, answer=answer, kind=kind, stem=stem)
    assert problem == "across-the-change"
    assert not distractor_problem(right_side, answer=answer, kind=kind, stem=stem)


def test_a_spelling_of_the_answer_that_the_quiz_would_accept_is_no_option() -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    # The article misspells the name once; the right spelling is the same person.
    problem = distractor_problem(
        "Gbagbo", answer="Gabagbo", kind="person", stem="_____ refused to leave the palace."
    )
    assert problem == "equals-answer"
    assert not distractor_problem(
        "Ouattara", answer="Gabagbo", kind="person", stem="_____ refused to leave the palace."
    )


@pytest.mark.parametrize(
    ("option", "answer", "typo"),
    [
        ("Nakamrua", "Nakamura", True),  # two letters swapped: one edit
        ("Nakamira", "Nakamura", True),  # one letter wrong
        ("Nakayama", "Nakamura", False),  # three letters wrong: another name
        ("Kimura", "Nakamura", False),
    ],
)
def test_a_misspelling_of_the_answer_is_the_answer(option: str, answer: str, typo: bool) -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    problem = distractor_problem(option, answer=answer, kind="person", stem="_____ won.")
    assert (problem == "equals-answer") is typo


@given(st.text(alphabet="abcdeAB 12", max_size=9), st.text(alphabet="abcdeAB 12", max_size=9))
def test_a_typo_is_what_the_edit_distance_and_allowance_say(option: str, answer: str) -> None:
    from quizgen.answers import edit_distance, normalize, typo_allowance
    from quizgen.generate.distractors.filters import _typo_of

    a, b = normalize(option), normalize(answer)
    expected = (
        a != b
        and not any(ch.isdigit() for ch in a + b)
        and edit_distance(a, b) <= typo_allowance(b)
    )
    assert _typo_of(option, answer) == expected


_BROADCASTERS = (
    "Meridian Radio ran the radio network Meridian Amber and the radio network Meridian Jade. "
    "In 1941 regulators ordered the company to sell one of them. "
    "The Meridian Amber Network was sold to a candy maker in 1943. "
    "The Amber Network, later renamed the Coastal Broadcasting Company, moved to Portland. "
    "The Federal Shipping Commission (FSC) fined two carriers, Harwick Lines and Delta Freight. "
    "Harwick Lines, formerly Northvale Shipping, paid the fine."
)
_STEM = "In 1943 the _____ was sold to a candy maker."


@pytest.fixture(scope="module")
def broadcasters() -> object:
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.nlp.pipeline import analyse_text

    return ArticleFacts.of(analyse_text(_BROADCASTERS))


@pytest.mark.parametrize(
    ("option", "answer"),
    [
        ("Amber Network", "Meridian Amber"),  # its distinctive word with a kind word
        ("Coastal Broadcasting Company", "Amber Network"),  # "later renamed"
        ("Northvale Shipping", "Harwick Lines"),  # "formerly"
        ("FSC", "Federal Shipping Commission"),  # its acronym
        ("National Broadcasting Company", "NBC Amber"),  # holds its acronym
        ("Man United", "Manchester United"),  # each word cut short
    ],
)
def test_another_name_of_the_answer_is_no_wrong_option(
    option: str, answer: str, broadcasters: object
) -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    problem = distractor_problem(
        option, answer=answer, kind="organisation", stem=_STEM, facts=broadcasters
    )
    assert problem == "alias"


@pytest.mark.parametrize(
    ("option", "answer"),
    [
        ("Meridian Jade", "Meridian Amber"),  # the sister chain: a good wrong option
        ("Delta Freight", "Harwick Lines"),  # named beside it, but as another carrier
        ("Jade Network", "Meridian Amber Network"),
    ],
)
def test_a_sister_name_stays_a_wrong_option(option: str, answer: str, broadcasters: object) -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    problem = distractor_problem(
        option, answer=answer, kind="organisation", stem=_STEM, facts=broadcasters
    )
    assert problem == ""


def test_an_option_in_one_questions_stem_is_fair_in_anothers(broadcasters: object) -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    def problem(stem: str, others: list[str]) -> str:
        return distractor_problem(
            "Delta Freight",
            answer="Harwick Lines",
            kind="organisation",
            stem=stem,
            others=others,
            facts=broadcasters,
        )

    # The answer's own checks are worked out once; the stem's and the others' each time.
    assert problem("_____ and Delta Freight were fined.", []) == "in-stem"
    assert problem(_STEM, ["Delta Freight"]) == "duplicate"
    assert problem(_STEM, []) == ""


def test_two_options_naming_one_body_are_duplicates() -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    problem = distractor_problem(
        "Amber Network",
        answer="Coastal Broadcasting Company",
        kind="organisation",
        stem=_STEM,
        others=["Meridian Amber Network"],
    )
    assert problem == "duplicate"
    # Plurals of one name are one option too.
    assert (
        distractor_problem("Salafi", answer="Sufis", kind="person", stem=_STEM, others=["Salafis"])
        == "duplicate"
    )


def test_two_people_sharing_a_later_name_are_duplicates() -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    def problem(option: str, others: list[str]) -> str:
        stem = "The laboratory was run by her cousin _____, a chemist."
        return distractor_problem(
            option, answer="Jozef Bogus", kind="person", stem=stem, others=others
        )

    # One woman under two of her names would make two options one.
    assert problem("Maria Salomea Sklodowska", ["Marie Sklodowska Curie"]) == "duplicate"
    assert problem("Jan Nowak", ["Jan Kowalski"]) == ""


@pytest.mark.parametrize(
    ("option", "answer"),
    [
        ("Wexcombe", "Liberal Party"),  # a town typed as a body, beside a party
        ("Riverside Hospital", "Riverside University"),  # no school beside a school
        ("Labour Party", "Avalon Bank"),  # a party beside a bank
        ("Avalon Times", "Royal Bank of Avalon"),  # a newspaper beside a bank
        ("George B. Harlan", "Meridian Radio"),  # a person typed as a body
        ("Glee", "Meridian Radio"),  # WordNet's feeling, not a body
        ("Harlow United", "Northern Football League"),  # a club beside what clubs play in
        ("Avalon Times", "Coastal Cup"),
        ("Second Division", "Harlow Football Club"),  # a division is played in
        ("Coastal Champions Leagues", "Harlow Football Club"),
    ],
)
def test_an_option_of_another_kind_of_body_is_rejected(option: str, answer: str) -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    problem = distractor_problem(option, answer=answer, kind="organisation", stem=_STEM)
    assert problem == "different-kind"


@pytest.mark.parametrize(
    ("option", "answer"),
    [
        ("Labour Party", "Liberal Party"),
        ("Harlow College", "Riverside University"),  # a college beside a university
        ("Avalon Times", "Acme Corporation"),  # a company may be a newspaper
        ("Stockbury", "Harlow United"),  # clubs are often named for their town alone
        ("Delta Freight", "Harwick Lines"),  # neither says what it is
        ("Coastal Cup", "Premier League"),  # competitions both
        ("African Union", "Arab League"),  # a league of no sport is no competition
        ("Investigation Division", "Acme Corporation"),  # a division of a firm, no league
    ],
)
def test_an_option_of_the_answers_kind_of_body_is_kept(option: str, answer: str) -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    assert distractor_problem(option, answer=answer, kind="organisation", stem=_STEM) == ""


def test_an_acronym_answer_has_the_kind_of_body_the_article_spells_out(
    broadcasters: object,
) -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    # "FSC" is the Federal Shipping Commission: a regulator, so no carrier's call sign.
    problem = distractor_problem(
        "KRTV", answer="FSC", kind="organisation", stem=_STEM, facts=broadcasters
    )
    assert problem == "different-kind"
    # Without the article, "FSC" says nothing of its kind.
    assert distractor_problem("KRTV", answer="FSC", kind="organisation", stem=_STEM) == ""


def test_a_body_the_article_names_only_as_a_place_is_no_option_for_a_body() -> None:
    from quizgen.generate.distractors.filters import ArticleFacts, distractor_problem
    from quizgen.nlp.pipeline import analyse_text

    facts = ArticleFacts.of(
        analyse_text(
            "The ferry line runs between Dunmore and Wexhaven, and Harwick Lines sails it "
            "twice a day. Harwick Lines bought two boats from Delta Freight in 2001. "
            "The boats are repaired at Wexhaven by Orca Marine."
        )
    )
    stem = "_____ sails the ferry line twice a day."

    def problem(option: str) -> str:
        return distractor_problem(
            option, answer="Harwick Lines", kind="organisation", stem=stem, facts=facts
        )

    # Whatever the name finder typed them, "between ... and", "at": places.
    assert problem("Dunmore") == "different-kind"
    assert problem("Wexhaven") == "different-kind"
    assert problem("Delta Freight") == ""  # bought "from" it: "from" names bodies too


@pytest.mark.parametrize(
    ("option", "stem"),
    [
        (
            "petals",
            "Each flower has a green stalk, bright parts called _____, and a petal-like bract.",
        ),
        ("roots", "The plant stores water in thick _____ and sends one long root down."),
        ("petal", "Each stem carries many small _____, each one a petals cluster."),
    ],
)
def test_a_term_option_that_is_a_stem_word_in_another_number_is_in_the_stem(
    option: str, stem: str
) -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    assert distractor_problem(option, answer="sepals", kind="term", stem=stem) == "in-stem"


def test_a_term_option_unlike_any_stem_word_is_kept() -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    stem = "Each flower has a green stalk, bright parts called _____, and a long root."
    assert distractor_problem("petals", answer="sepals", kind="term", stem=stem) == ""


def test_a_place_the_stem_names_in_an_adjective_is_no_option() -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    stem = "Korean films and TV series have flooded _____ since 2005."
    assert distractor_problem("South Korea", answer="China", kind="country", stem=stem) == "in-stem"
    assert distractor_problem("Japan", answer="China", kind="country", stem=stem) == ""
    stem = "East of the Australian continent's meridian lay the colony of _____."
    kept = distractor_problem("South Australia", answer="Queensland", kind="place", stem=stem)
    assert kept == ""
    # "American" names the United States, which WordNet calls "America" there.
    stem = "Along with _____ and Syria, it remains on the American government's list."
    given = distractor_problem("United States", answer="Iran", kind="country", stem=stem)
    assert given == "in-stem"


@pytest.mark.parametrize(
    ("stem", "answer", "named", "fair"),
    [
        ("Ada Holm, a former U.S. ambassador to _____, spoke.", "Israel", "United States", "Egypt"),
        ("Trade between Britain and _____ grew.", "Norway", "United Kingdom", "Sweden"),
    ],
)
def test_a_country_the_stem_names_by_a_short_name_is_no_option(
    stem: str, answer: str, named: str, fair: str
) -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    assert distractor_problem(named, answer=answer, kind="country", stem=stem) == "in-stem"
    assert distractor_problem(fair, answer=answer, kind="country", stem=stem) == ""


def test_a_term_the_answer_is_a_kind_of_is_also_true() -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    stem = "Each of the three OH groups of glycerol is esterified with a(n) _____."
    assert distractor_problem("carboxylic acid", answer="fatty acid", kind="term", stem=stem) == (
        "also-true"
    )
    assert distractor_problem("lactic acid", answer="fatty acid", kind="term", stem=stem) == ""
    stem = "Restriction enzymes protect bacteria against _____."
    answer = "bacteriophage infections"
    assert distractor_problem("virus infections", answer=answer, kind="term", stem=stem) == (
        "also-true"
    )
    assert distractor_problem("fungal infections", answer=answer, kind="term", stem=stem) == ""
    # A kind of the answer is no category of it: a vacuole is no chloroplast.
    stem = "In plants, photosynthesis takes place inside a(n) _____ called a chloroplast."
    assert distractor_problem("vacuole", answer="organelle", kind="term", stem=stem) == ""


def test_a_place_inside_the_answer_is_also_true_and_a_named_country_keeps_its_cities() -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    stem = "Tea stayed dear in _____ until ships brought it from China."
    assert distractor_problem("England", answer="Britain", kind="country", stem=stem) == (
        "also-true"
    )
    stem = "_____ was shaken by Japan's largest earthquake on record."
    assert distractor_problem("Seoul", answer="Tokyo", kind="city", stem=stem) == (
        "different-kind"
    )
    assert distractor_problem("Osaka", answer="Tokyo", kind="city", stem=stem) == ""
    stem = "The oldest man lived on the Italian island of _____ until he was 112."
    assert distractor_problem("Malta", answer="Sardinia", kind="place", stem=stem) == (
        "different-kind"
    )
    assert distractor_problem("Sicily", answer="Sardinia", kind="place", stem=stem) == ""
    # "in the United States" places the blank's city there; Paris is read as France's,
    # not as the town WordNet also knows in Texas.
    stem = "The first neon signs in the United States were lit in _____, on a car dealer's roof."
    for foreign in ("Paris", "Warsaw"):
        assert distractor_problem(foreign, answer="Los Angeles", kind="city", stem=stem) == (
            "different-kind"
        )
    assert distractor_problem("Chicago", answer="Los Angeles", kind="city", stem=stem) == ""
    # A country in lower case is another word: "us" names no country here.
    stem = "The dealer sold most of us neon signs in _____ that winter."
    assert distractor_problem("Paris", answer="Los Angeles", kind="city", stem=stem) == ""


def test_a_country_counted_among_a_regions_gets_options_of_that_region() -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    stem = "In _____ and many other European countries, obesity has tripled since 1990."
    problem = distractor_problem("Japan", answer="Britain", kind="country", stem=stem)
    assert problem == "different-kind"
    assert distractor_problem("France", answer="Britain", kind="country", stem=stem) == ""
    stem = "Words alike turn up outside of Europe, such as nanay in the _____ and in Peru."
    assert distractor_problem("Netherlands", answer="Philippines", kind="country", stem=stem) == (
        "different-kind"
    )
    assert distractor_problem("Indonesia", answer="Philippines", kind="country", stem=stem) == ""
    # The region must describe the blank: here Europe is where she had lived, not Italy's place.
    stem = "Born in _____, she had never lived outside Europe before moving to Canada."
    assert distractor_problem("Spain", answer="Italy", kind="country", stem=stem) == ""
    stem = "Egypt and other Arab countries condemned the air strike on _____."
    assert distractor_problem("Morocco", answer="Syria", kind="country", stem=stem) == ""


def test_a_person_the_stem_names_by_any_of_their_names_is_no_option() -> None:
    from quizgen.generate.distractors.filters import ArticleFacts, distractor_problem
    from quizgen.nlp.pipeline import analyse_text

    stem = "_____ and Tendulkar, his big two batsmen, went early."
    assert distractor_problem(
        "Sachin Tendulkar", answer="Virender Sehwag", kind="person", stem=stem
    ) == "in-stem"
    facts = ArticleFacts.of(analyse_text("Sachin Tendulkar and MS Dhoni batted in Mumbai."))
    stem = "Sachin fell early, leaving MS _____ to show the way."
    assert (
        distractor_problem("Tendulkar", answer="Dhoni", kind="person", stem=stem, facts=facts)
        == "in-stem"
    )
    kept = distractor_problem("Gambhir", answer="Dhoni", kind="person", stem=stem, facts=facts)
    assert kept == ""


def test_a_person_the_article_dates_decades_after_the_stem_is_no_option() -> None:
    from quizgen.generate.distractors.filters import ArticleFacts, distractor_problem
    from quizgen.nlp.pipeline import analyse_text

    facts = ArticleFacts.of(
        analyse_text(
            "In 1902 the club secretary James West saved it from debt. West was replaced "
            "by Ernest Mangnall in 1903. In 1986 Alex Ferguson became manager of the club."
        )
    )
    def problem(option: str, stem: str) -> str:
        return distractor_problem(
            option, answer="James West", kind="person", stem=stem, facts=facts
        )

    dated = "In 1902 the club secretary _____ saved it from debt."
    assert problem("Alex Ferguson", dated) == "another-time"
    assert problem("Ernest Mangnall", dated) == ""
    # A number in a year's range is no year without a year's words: "About 1500 people".
    assert problem("Alex Ferguson", "About 1500 fans cheered the secretary _____.") == ""
    # A stem without a year says nothing of its time.
    assert problem("Alex Ferguson", "The club secretary _____ saved it from debt.") == ""


def test_the_answer_with_its_head_written_short_is_no_option() -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    stem = "An unmanned Russian _____ heading to the station broke up over Siberia."
    # The article calls the same craft a "cargo ship": both options would be right.
    assert distractor_problem("cargo ship", answer="cargo spaceship", kind="term", stem=stem)
    assert distractor_problem("cargo spaceships", answer="cargo ships", kind="term", stem=stem)
    # Another head, or another modifier, is another thing.
    assert not distractor_problem("cargo rocket", answer="cargo spaceship", kind="term", stem=stem)
    assert not distractor_problem("crew ship", answer="cargo ship", kind="term", stem=stem)


def test_a_year_a_bound_before_the_blank_makes_true_too_is_no_option() -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    stem = "The report says Varn will pass 2°C of warming before _____."
    assert distractor_problem("2053", answer="2050", kind="year", stem=stem) == "also-true"
    assert distractor_problem("2046", answer="2050", kind="year", stem=stem) == ""
    stem = "The ferry ran again after _____, when the harbour reopened."
    assert distractor_problem("1941", answer="1945", kind="year", stem=stem) == "also-true"
    assert distractor_problem("1948", answer="1945", kind="year", stem=stem) == ""


def test_the_country_of_a_town_the_stem_names_is_no_place_to_move_to() -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    stem = "After her studies at the University of Sofia she moved to _____ in 1965."
    assert distractor_problem("Bulgaria", answer="France", kind="country", stem=stem) == (
        "in-stem"
    )
    assert distractor_problem("Germany", answer="France", kind="country", stem=stem) == ""
    # Where no move is told, the town's country stays a believable option.
    stem = "Born in Lyon, she later taught in _____ for ten years."
    assert distractor_problem("France", answer="Bulgaria", kind="country", stem=stem) == ""
