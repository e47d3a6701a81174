"""Headings run into the next sentence are found; names that open a sentence are not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quizgen.article.glued_headings import glued_headings

LEAD = "The council met on Tuesday. "


def headings_in(text: str) -> list[str]:
    return [text[start:end] for start, end in glued_headings(text)]


@pytest.mark.parametrize(
    ("glued", "heading"),
    [
        ("Casualties At least 30 workers were hurt while the dam was built.", "Casualties"),
        ("Human Costs There were 12 injuries on the site last year.", "Human Costs"),
        ("Fares Rise In 2023, a single ticket cost $4 on the line.", "Fares Rise"),
        ("Passenger Numbers About 1,200 people used the ferry on Monday.", "Passenger Numbers"),
        ("Rule of Law Because the courts were shut, trials were delayed.", "Rule of Law"),
        ("Online Rivals Meanwhile, shops such as Kvik sell the same boots.", "Online Rivals"),
        ("Staff Cuts An estimated 400 jobs will go by the end of 2025.", "Staff Cuts"),
        ("Legal Fight The harbour company took the town to court in May.", "Legal Fight"),
        ("Notes The Bears play three home games next week.", "Notes"),
        ("EARLY DAYS: I started fishing at the age of six.", "EARLY DAYS:"),
        ("MAJOR SHAREHOLDERS Nordbank has bought 5 percent of the shares.", "MAJOR SHAREHOLDERS"),
        ("TROMSO For a closer look at the harbour, visitors can take a boat.", "TROMSO"),
        ("Fading Sales “Readers have moved online,” the editor said.", "Fading Sales"),
        ("‘Fare Rises’ Tickets on the ferry will cost more from May.", "‘Fare Rises’"),
        ('"Still Waiting" Lund says he is not bitter about the fares.', '"Still Waiting"'),
    ],
)
def test_heading_glued_after_a_sentence_is_found(glued: str, heading: str) -> None:
    assert headings_in(LEAD + glued) == [heading]


def test_heading_glued_at_the_start_of_a_paragraph_is_found() -> None:
    assert headings_in("Safety Review The inspectors found no faults in the boats.") == [
        "Safety Review"
    ]


def test_heading_after_a_closing_quotation_mark_is_found() -> None:
    text = "“We are ready,” she said. “The boats are safe.” Final Vote The council meets in June."
    assert headings_in(text) == ["Final Vote"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister David Cameron said the vote would go ahead.",
        "United Nations Secretary General Ban said the talks would resume.",
        "New York Times reporters said the mayor had left the city.",
        "The White House said on Monday that the talks had failed.",
        "Zheng He sailed to East Africa with a large fleet.",
        "Wang An said the deal was done after a long night.",
        "Vitamin A deficiency is common in the region.",
        "Series A investors include two banks from Boston.",
        "Serie A leaders Milan won again on Sunday.",
        "Hepatitis B infections fell by half over the decade.",
        "Sometimes I wonder whether the plan will work at all.",
        "Then I moved to Oslo and found a job at the port.",
        "Doctor Who is the longest-running science fiction series.",
        "Formula One racing returned to the city after ten years.",
        "Air Force One is the plane that carries the president.",
        "Super Bowl 50 was played in Santa Clara in February.",
        "World War I began in the summer of 1914.",
        "Gone With the Wind is a 1939 film about the Civil War.",
        "Nothing But the Truth was released in 2008 by a small studio.",
        "Believe It or Not is a franchise founded by a cartoonist.",
        "Alone In the Dark is a horror video game from 1992.",
        "Lost In Translation won an award for its screenplay.",
        "Star Wars The Clone Wars is an animated television series.",
        "Stephen King's It was published in 1986 by Viking.",
        "Catch Me If You Can is a film about a young forger.",
        "When Harry Met Sally is a romantic comedy from 1989.",
        "NASA Administrator Bill Nelson said the launch would slip.",
        "NATO ISAF Commander John Allen said the base was safe.",
        "FBI Director Robert Mueller said the agency would act.",
        "Last year the company sold more than a million cars.",
        "In 2010 the city had about 40,000 inhabitants.",
        # The period of an abbreviation is not a sentence's end.
        "The ship left the U.S. Coast Guard At the pier said nothing.",
        "They met Gov. Anna Berg At the airport on Friday evening.",
        "The film starred J. Lee Thompson The director was not there.",
        # A quotation that opens a sentence, after a name ending the sentence before.
        "Asked about the ferry, she said “Never again” and left the pier.",
        "“Star Wars” Director J. J. Abrams said the film was ready.",
        '"Yes We Can" was the slogan of the campaign in 2008.',
        "“Frozen” made more than a billion dollars at the box office.",
        # A nickname in curly quotation marks inside a person's name.
        "Edvin “Eddie” Holm (born 1968 in Varn) is a former football striker.",
    ],
)
def test_sentence_that_opens_with_a_name_or_title_is_not_split(sentence: str) -> None:
    assert headings_in(LEAD + sentence) == []
    assert headings_in(sentence) == []


def test_phrase_before_too_short_a_sentence_is_not_a_heading() -> None:
    # "The End." is no sentence to stand alone once "Happy" is cut off.
    assert headings_in(LEAD + "Happy Days The end. It rained.") == []


def test_only_the_given_range_is_searched() -> None:
    text = LEAD + "Staff Cuts The plant will close in May. Water Levels The lake rose by a metre."
    second = text.index("Water")
    assert glued_headings(text, 0, second - 1) == [(len(LEAD), len(LEAD) + len("Staff Cuts"))]
    assert glued_headings(text, second) == [(second, second + len("Water Levels"))]


_WORDS = st.sampled_from(
    [
        "The",
        "At",
        "least",
        "In",
        "2010,",
        "Staff",
        "Cuts",
        "NEWS:",
        "BIG",
        "NEWS",
        "Anna",
        "said.",
        "U.S.",
        "rose",
        "An",
        "elite",
        "unit",
        "“quit.”",
        "of",
        "\n",
        "...",
        "Meanwhile,",
        "About",
        "1,200",
        "Notes",
        "left",
        "Gov.",
        "A",
        "I",
    ]
)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_WORDS, max_size=40), cut=st.integers(min_value=0, max_value=40))
@example(words=["Staff", "At", "Staff", "The"], cut=0)  # a place heading with 3 words after
def test_headings_found_lie_in_order_inside_the_range_and_leave_a_sentence(
    words: list[str], cut: int
) -> None:
    text = " ".join(words)
    start = min(cut, len(text))
    previous_end = start
    for head_start, head_end in glued_headings(text, start):
        assert previous_end <= head_start < head_end <= len(text)
        assert text[head_start:head_end] == text[head_start:head_end].strip()
        assert len(text[head_end:].split()) >= 4  # a sentence still follows the heading
        previous_end = head_end


ARTICLE = """\
Lake Varn Gets a Ferry

The town of Holm opened a ferry line across Lake Varn on Monday, the harbour office said. \
Passenger Numbers About 1,200 people used the ferry on its first day, the operator said. \
Fares Rise In 2023, a single ticket cost $4, but the price rose to $5 in March. \
Prime Minister Tomas Lind said the state paid half of the $40 million cost. \
Safety Review The harbour office inspected both boats in February and found no faults.

Outlook The operator plans to add a third boat by 2026, the company said.
"""
HEADINGS = ("Passenger Numbers", "Fares Rise", "Safety Review", "Outlook")


def test_generated_questions_never_show_a_glued_heading(tmp_path: Path) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "ferry.yaml"
    subprocess.run(
        [sys.executable, "-m", "quizgen", "generate", str(article), "-o", str(out), "--seed", "1"],
        check=True,
        capture_output=True,
        timeout=300,
    )
    questions = yaml.safe_load(out.read_text(encoding="utf-8"))["questions"]
    shown = yaml.safe_dump(questions, allow_unicode=True, width=10_000)
    assert questions, "the article should give some questions"
    assert not [heading for heading in HEADINGS if heading in shown]
    # The sentences after the headings are still used, without them.
    assert "About 1,200 people used the ferry" in shown or "In 2023, a single ticket" in shown


@pytest.mark.parametrize(
    ("glued", "heading"),
    [
        (
            "Kvik Adds more routes Kvik (KVK), the ferry company, runs ten boats now.",
            "Kvik Adds more routes",
        ),
        (
            "Tromso vs. the weather Tromso opened its new harbour wall on Monday.",
            "Tromso vs. the weather",
        ),
        ("Berg sits out Ola Berg was left out of the team for the final.", "Berg sits out"),
    ],
)
def test_a_headline_that_the_lead_echoes_is_found(glued: str, heading: str) -> None:
    assert headings_in(LEAD + glued) == [heading]
    assert headings_in(glued) == [heading]


@pytest.mark.parametrize(
    "sentence",
    [
        "Manchester United beat Manchester City in the derby on Sunday.",
        "Paris Hilton visited Paris last week with her friends.",
        "Kvik said Kvik would add two boats this year.",
        "Bergen fans, Bergen players and the mayor all cheered.",
    ],
)
def test_a_sentence_that_names_its_subject_twice_is_no_headline(sentence: str) -> None:
    assert headings_in(LEAD + sentence) == []


def test_a_number_or_a_web_address_can_end_the_sentence_before_a_heading() -> None:
    text = (
        "It runs on Windows 7. Safety Review The boats were checked. See kvik.no. "
        "Fares Rise In 2023, tickets cost more."
    )
    assert headings_in(text) == ["Safety Review", "Fares Rise"]


@pytest.mark.parametrize(
    ("glued", "heading"),
    [
        ("Lantern Night in Hanoi Hanoi is the capital of Vietnam.", "Lantern Night in Hanoi"),
        ("The Salt Fair of Peru Peru holds it every May.", "The Salt Fair of Peru"),
        ("Saint Olaf's Day in Norway Norway keeps it on July 29.", "Saint Olaf's Day in Norway"),
    ],
)
def test_heading_whose_last_word_opens_the_sentence_again_is_found(
    glued: str, heading: str
) -> None:
    assert headings_in(LEAD + glued) == [heading]


def test_heading_whose_first_words_open_the_sentence_again_is_found() -> None:
    text = LEAD + "Kite Day in Chile Kite Day is held in the spring."
    assert headings_in(text) == ["Kite Day in Chile"]


def test_one_word_heading_that_opens_the_sentence_again_is_found() -> None:
    text = LEAD + "Chloroplasts Chloroplasts are a kind of plastid. Most chloroplasts are green."
    assert headings_in(text) == ["Chloroplasts"]
    # A doubled name the text never writes in lower case is a name, and so is a short one.
    assert headings_in(LEAD + "Pago Pago is the capital of the island group.") == []
    assert headings_in(LEAD + "Talk Talk were an English band. Fans still talk of them.") == []


def test_a_place_heading_before_in_and_the_place_again_is_found() -> None:
    text = LEAD + "Thailand In Thailand, people greet each other with a bow. South Korea In "
    text += "South Korea bowing is common too."
    assert headings_in(text) == ["Thailand", "South Korea"]
    assert headings_in(LEAD + "Visitors love Peru. In Peru, people greet with a kiss.") == []


def test_heading_that_opens_with_the_is_found() -> None:
    text = LEAD + "The Ice Fair in Oslo When the lake freezes, the stalls open."
    assert headings_in(text) == ["The Ice Fair in Oslo"]


@pytest.mark.parametrize(
    ("glued", "heading"),
    [
        ("6:15 am: Wake up We are most alert then.", "6:15 am: Wake up"),
        ("2:30 pm: Coffee According to one survey, we drink most then.", "2:30 pm: Coffee"),
        ("8:00 pm Supper As the light fades, we get hungry.", "8:00 pm Supper"),
        ("Step 2: Pack light A small bag is easier to carry.", "Step 2: Pack light"),
    ],
)
def test_labelled_heading_of_a_timetable_is_found(glued: str, heading: str) -> None:
    assert headings_in(LEAD + glued) == [heading]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bora Bora is an island in French Polynesia.",
        "Walla Walla is a city in Washington.",
        "Giant Panda Ling Ling was born in the zoo.",
        "The Beatles played in Hamburg for two years.",
        "The Hague is the seat of the Dutch government.",
        "8:00 pm The train left the station on time.",
        "The plan was simple: we would leave at dawn and walk.",
        "Note: The museum is closed on Mondays for repairs.",
    ],
)
def test_sentence_with_a_doubled_name_a_the_or_a_time_is_not_split(sentence: str) -> None:
    assert headings_in(LEAD + sentence) == []
