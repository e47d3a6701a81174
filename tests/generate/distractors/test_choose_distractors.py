"""Choosing the wrong options of one question from all the methods."""

from __future__ import annotations

import pytest

from quizgen.generate.distractors import DistractorSources, choose_distractors

pytestmark = pytest.mark.usefixtures("private_folders")


def test_a_company_never_gets_public_bodies_from_the_pool() -> None:
    chosen = choose_distractors(
        "Volvo Cars", "organisation", "BMW and _____ signed supply contracts.", DistractorSources()
    )
    assert all(d.method != "fallback-pool" for d in chosen)


def test_a_public_body_may_get_public_bodies_from_the_pool() -> None:
    chosen = choose_distractors(
        "European Investment Bank",
        "organisation",
        "The city will borrow the money from the _____.",
        DistractorSources(),
    )
    assert len(chosen) == 3
    assert all(d.method == "fallback-pool" for d in chosen)


def test_a_term_gets_sister_terms_of_its_head_when_wordnet_lacks_the_phrase() -> None:
    chosen = choose_distractors(
        "thermal energy",
        "term",
        "Heat flows as _____ from warmer objects to cooler ones.",
        DistractorSources(context=frozenset({"heat", "temperature", "particle"})),
    )
    assert len(chosen) == 3
    texts = [d.text for d in chosen]
    assert all(t.endswith(" energy") for t in texts)
    assert all(d.method == "wordnet-cohyponym" for d in chosen)


# An article of my own: a politician, a shopkeeper, companies, a studio, Chinese names.
ARTICLE = (
    "Hollywood studio Silverlake Entertainment signed a deal with Vantorix, the online rental "
    "company. Tech companies including Quillon, Brightmesh and Oravel backed the plan at the "
    "White House. Prime Minister Ingrid Dahl met Tomas Berg, a shop owner, in Bergen. Chinese "
    "chemist Wen Lihua won the award. Ms. Wen thanked her team. The jury also praised Omar "
    "Haddad and Peter Lindgren. Mr. Haddad and Mr. Lindgren won in 2019. Chen Bo, Chen Yu and "
    "Li Na joined the lab."
)


@pytest.fixture(scope="module")
def article() -> DistractorSources:
    from quizgen.generate import article_names
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.nlp.pipeline import analyse_text

    document = analyse_text(ARTICLE)
    return DistractorSources(
        article={**article_names(document), "country": ("Norway", "Sweden")},
        facts=ArticleFacts.of(document),
    )


def _texts(answer: str, kind: str, stem: str, sources: DistractorSources) -> list[str]:
    return [d.text for d in choose_distractors(answer, kind, stem, sources)]


def test_a_prime_minister_gets_statesmen_of_her_region(article: DistractorSources) -> None:
    from quizgen.generate.distractors.countries import country
    from quizgen.generate.distractors.fallback import STATESMEN

    # The article's other people are a shop owner and scientists: statesmen come first.
    chosen = choose_distractors("Ingrid Dahl", "person", "_____ met him in Bergen.", article)
    assert [d.method for d in chosen] == ["fallback-pool"] * 3
    regions = {s.name: country(s.country).region for s in STATESMEN}
    assert all(regions[d.text] == "Europe" for d in chosen)


def test_a_shop_owner_gets_no_statesmen(article: DistractorSources) -> None:
    stem = "_____ met her in Bergen."
    chosen = choose_distractors("Tomas Berg", "person", stem, article, count=10)
    assert len(chosen) >= 3
    assert all(d.method != "fallback-pool" for d in chosen)


def test_a_statesman_of_the_pool_needs_no_title_in_the_article() -> None:
    sources = DistractorSources(article={"country": ("Russia", "Belarus")})
    chosen = _texts("Lukashenko", "person", "After the talks, _____ went skiing.", sources)
    # Leaders of the article's region, by the name used alone, as the answer is written.
    assert chosen == ["Putin", "Zelensky", "Duda"]


@pytest.mark.parametrize(
    "stem",
    ["Ana Silva thanked Mr _____ for the boat.", "Ambassador _____ reported on the talks."],
    ids=["honorific", "a-title-heads-of-state-do-not-bear"],
)
def test_no_statesmen_after_a_title_they_do_not_bear(stem: str) -> None:
    sources = DistractorSources(article={"country": ("Russia", "Belarus")})
    chosen = choose_distractors("Lukashenko", "person", stem, sources)
    assert all(d.method != "fallback-pool" for d in chosen)


def test_no_option_is_a_part_of_the_answer_s_own_name(article: DistractorSources) -> None:
    chosen = _texts("Wen", "person", "Ms. _____ thanked her team.", article)
    assert "Lihua" not in chosen  # her given name: "Wen Lihua"
    # The surnames the article uses alone; not "Ingrid" of "Ingrid Dahl", never used alone:
    # beside a name written surname first, which word is her surname is not known.
    assert chosen == ["Haddad", "Lindgren"]


def test_no_option_is_a_part_of_any_name_that_may_be_the_answer_s(
    article: DistractorSources,
) -> None:
    # "Chen" may be Chen Bo or Chen Yu: neither "Bo" nor "Yu" is certainly wrong.
    chosen = _texts("Chen", "person", "_____ joined the lab.", article)
    assert not {"Bo", "Yu"} & set(chosen)
    assert set(chosen) <= {"Haddad", "Lindgren", "Wen"}


def test_a_full_name_in_another_order_is_the_answer_s_own(article: DistractorSources) -> None:
    from quizgen.generate.distractors.filters import distractor_problem

    problem = distractor_problem(
        "Lihua Wen", answer="Wen Lihua", kind="person", stem="_____ won.", facts=article.facts
    )
    assert problem == "name-part"


def test_a_body_known_by_its_article_gets_bodies_of_its_kind(
    article: DistractorSources,
) -> None:
    chosen = _texts("Silverlake Entertainment", "organisation", "A studio: _____.", article)
    assert chosen
    assert "White House" not in chosen  # the government's, not a company
    assert set(chosen) <= {"Vantorix", "Quillon", "Brightmesh", "Oravel"}


def test_a_body_of_unknown_kind_gets_no_options() -> None:
    sources = DistractorSources(article={"organisation": ("Vantorix", "Quillon", "Oravel")})
    assert _texts("Harbour Point", "organisation", "The meeting was at _____.", sources) == []


def test_a_country_gets_its_neighbours() -> None:
    chosen = _texts(
        "Russia", "country", "_____ and Belarus signed the treaty.", DistractorSources()
    )
    assert chosen == ["Ukraine", "Poland", "Czech Republic"]


def test_after_the_a_country_gets_countries_that_take_the() -> None:
    stem = "China was third, after the _____ and Russia."
    chosen = _texts("United States", "country", stem, DistractorSources())
    assert chosen == ["United Kingdom", "Netherlands", "Philippines"]


def test_a_number_that_labels_a_thing_gets_no_options() -> None:
    for stem in ("Franco posed with _____ student Ana Berg.", "Some of _____'s pupils sang."):
        assert choose_distractors("826", "number", stem, DistractorSources()) == []


def test_an_acronym_alone_is_no_public_body() -> None:
    chosen = choose_distractors(
        "NBC", "organisation", "The rights were sold to _____ in 1943.", DistractorSources()
    )
    assert all(d.method != "fallback-pool" for d in chosen)


def test_the_article_s_other_names_for_the_answer_are_skipped_for_its_sisters() -> None:
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.nlp.pipeline import analyse_text

    text = (
        "Meridian Radio ran three networks, including Meridian Amber, Meridian Jade and "
        "Meridian Opal. "
        "The Amber Network, also known as the Harbour Chain, was sold in 1943. "
        "Meridian Jade and Meridian Opal stayed with the company."
    )
    sources = DistractorSources(
        article={
            "organisation": (
                "Amber Network",
                "Harbour Chain",
                "Meridian Jade",
                "Meridian Opal",
                "Meridian Radio",
                "Coastal Radio",
            )
        },
        facts=ArticleFacts.of(analyse_text(text)),
    )
    chosen = choose_distractors(
        "Meridian Amber", "organisation", "The buyer in 1943 paid for _____.", sources
    )
    # Not its other names: its network, and what the article says that was also known as.
    # Its sisters and the company share only the family word "Meridian": fair options.
    assert [d.text for d in chosen] == ["Meridian Jade", "Meridian Opal", "Meridian Radio"]


def test_a_count_before_a_plural_is_never_offered_as_one() -> None:
    stem = "The site joins the previous _____ versions of the app."
    chosen = _texts("two", "number", stem, DistractorSources())
    assert len(chosen) == 3
    assert "one" not in chosen


def test_a_price_keeps_its_cents() -> None:
    stem = "Subscribers pay _____ a month."
    chosen = _texts("$7.99", "money", stem, DistractorSources())
    assert len(set(chosen)) == 3 and "$7.99" not in chosen
    assert all(text.startswith("$") and text.endswith(".99") for text in chosen)


_TRIAL = (
    "The fraud trial of businessman Oskar Lind opened in Denver on Monday. "
    "U.S. District Judge Maria Delgado warned the jury about the press. "
    "Lead prosecutor Daniel Okafor said Lind had hidden $40 million in Malta. "
    "Defense lawyer Rachel Stein said her client had done nothing wrong. "
    "Lind once advised former President Fidel Castro on sugar exports. "
    "Castro sent Lind a letter in 2001, and Castro's brother visited him in 2003. "
    "Okafor and Stein met Delgado before the hearing. "
    "Stein testified that the accounts were legal."
)


def test_after_a_role_only_people_with_that_role_are_options() -> None:
    from quizgen.generate import distractors_for

    # The article has one judge and one prosecutor: a lawyer, a businessman or a former
    # president after "Judge _____" is no believable option, and there is no other judge.
    _, judges = distractors_for(
        "Maria Delgado", "U.S. District Judge _____ warned the jury about the press.", _TRIAL
    )
    _, prosecutors = distractors_for(
        "Daniel Okafor", "Lead prosecutor _____ said Lind had hidden $40 million.", _TRIAL
    )
    assert judges == [] and prosecutors == []


def test_after_a_role_the_people_the_article_gives_it_are_offered() -> None:
    from quizgen.generate import distractors_for

    text = (
        "Judge Ana Ruiz, Judge Tom Berg and Judge Lena Holm sat on the appeal panel. "
        "Judge Omar Said wrote the ruling, and defense lawyer Rachel Stein lost the case."
    )
    _, chosen = distractors_for("Omar Said", "Judge _____ wrote the ruling.", text)
    assert {d.text for d in chosen} == {"Ana Ruiz", "Tom Berg", "Lena Holm"}


def test_after_a_head_of_state_title_the_titled_country_s_statesmen_come_first() -> None:
    from quizgen.generate import distractors_for

    text = (
        "French President Emmanuel Macron met NATO chief Jens Stoltenberg in Brest. "
        "Macron said France would send two more frigates."
    )
    _, chosen = distractors_for("Emmanuel Macron", "French President _____ met NATO chief.", text)
    texts = {d.text for d in chosen}
    assert texts == {"Nicolas Sarkozy", "François Hollande", "Charles de Gaulle"}
    assert not texts & {"Jens Stoltenberg", "Boris Johnson"}


def test_a_head_of_state_is_no_option_for_someone_who_is_no_politician() -> None:
    from quizgen.generate import distractors_for

    # Castro is named more often than the trial's other people, who are the options.
    _, chosen = distractors_for("Stein", "Who testified that the accounts were legal?", _TRIAL)
    assert {d.text for d in chosen} == {"Lind", "Delgado", "Okafor"}


def test_a_role_held_in_a_body_after_the_blank_gets_no_president_of_a_country() -> None:
    from quizgen.generate import distractors_for

    text = (
        "Governor Ella Marsh spoke to the union on Monday. President Barack Obama sent a letter. "
        "Senator Paul Wade and the mayor, Ruth Cole, were at the meeting. "
        "The union's president, Derrick Moss, said the plan was unfair."
    )
    _, chosen = distractors_for(
        "Derrick Moss", '"It is unfair," _____, the union\'s president, told reporters.', text
    )
    # Obama is a president, but not of a union; nobody else is one.
    assert chosen == []


def test_a_term_gets_its_fellow_items_of_a_passage_list() -> None:
    from quizgen.generate import distractors_for

    passage = (
        "Heat moves in three ways: conduction, convection and radiation. In a pan of soup, "
        "warm liquid rises and cool liquid sinks, carrying heat through the whole pot."
    )
    _, chosen = distractors_for(
        "convection", "Warm soup rising in a pot moves heat by _____.", passage
    )
    texts = [d.text for d in chosen]
    assert "conduction" in texts or "radiation" in texts
    assert "heat" not in texts


def test_the_president_of_a_company_s_unit_gets_no_statesmen() -> None:
    from quizgen.generate import distractors_for
    from quizgen.generate.distractors.fallback import PEOPLE

    text = (
        "Orwen Media will open two shops this year, according to Nadia Kerr, president of "
        "the unit of Leeds-based Orwen Group. Paul Hatch, an analyst, doubts the plan. "
        "Sara Linde, a banker, agreed with him."
    )
    stem = "Orwen Media will open two shops this year, according to _____, president of the unit."
    _, chosen = distractors_for("Nadia Kerr", stem, text)
    assert not {d.text for d in chosen} & set(PEOPLE)


def test_a_statesman_gets_statesmen_of_his_own_part_of_the_world_only() -> None:
    from quizgen.generate import article_names
    from quizgen.generate.distractors.countries import country
    from quizgen.generate.distractors.fallback import STATESMEN
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.nlp.pipeline import analyse_text

    document = analyse_text(
        "Crowds marched in the Syrian city of Homs on Friday. Syrian President Bashar Assad named "
        "Adel Nour, a former farm minister, to lead the new cabinet in Syria. Assad blamed "
        "foreign plotters for the unrest. Nour is seen as an honest man."
    )
    sources = DistractorSources(article=article_names(document), facts=ArticleFacts.of(document))
    stem = "Who blamed foreign plotters for the unrest?"
    texts = [d.text for d in choose_distractors("Assad", "person", stem, sources, count=10)]
    # The pool has no years of office: Macron or Merkel beside Assad may be of another era.
    subregions = {s.surname: country(s.country).subregion for s in STATESMEN}
    pooled = [text for text in texts if text in subregions]
    assert texts[0] == "Nour"  # the article's own politician first
    assert len(pooled) >= 2 and all(subregions[text] == "Western Asia" for text in pooled)


def test_a_statesman_alone_in_his_part_of_the_world_gets_no_statesmen_of_elsewhere() -> None:
    from quizgen.generate import distractors_for

    text = "President Fidel Castro spoke for four hours in Havana. Castro praised the harvest."
    _, chosen = distractors_for("Castro", "_____ praised the harvest.", text)
    assert chosen == []


def test_the_people_named_around_the_blank_come_before_the_articles_most_named() -> None:
    from quizgen.generate import article_names
    from quizgen.generate.distractors import DistractorSources
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.nlp.pipeline import analyse_text

    # A round-up of two stories: the council's people are named most, but beside the
    # scorer the believable rivals are the other players.
    document = analyse_text(
        "The Bergen council chose Per Holm as mayor. Council leader Jon Vik said Holm would "
        "start in March. Holm thanked Vik and Odd Strand. Vik and Strand then left the hall. "
        "The new hall will open in May. In football, Ingrid Solheim scored twice for Brann. "
        "Kari Lunde and Marte Dahl also scored, and Hilde Moen saved a penalty."
    )
    facts = ArticleFacts.of(document)
    sources = DistractorSources(
        article=article_names(document), facts=facts, context=facts.passage_words(5)
    )
    stem = "In football, _____ scored twice for Brann."
    chosen = _texts("Ingrid Solheim", "person", stem, sources)
    assert set(chosen) <= {"Kari Lunde", "Marte Dahl", "Hilde Moen"} and len(chosen) == 3


def test_a_statesman_of_earlier_times_gets_no_modern_leaders() -> None:
    from quizgen.generate.distractors import DistractorSources
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.nlp.pipeline import analyse_text

    document = analyse_text(
        "Thomas Jefferson may have invented the turntable in the 18th century. In Britain the "
        "name came into use in 1917."
    )
    sources = DistractorSources(
        article={"country": ("United Kingdom",)}, facts=ArticleFacts.of(document)
    )
    chosen = choose_distractors("Jefferson", "person", "It was named after _____.", sources)
    assert all(d.method != "fallback-pool" for d in chosen)
    # The same answer in an article of today still gets the pool's statesmen.
    modern = analyse_text("Thomas Jefferson was named in a British debate in 2019.")
    sources = DistractorSources(
        article={"country": ("United Kingdom",)}, facts=ArticleFacts.of(modern)
    )
    chosen = choose_distractors("Jefferson", "person", "It was named after _____.", sources)
    assert chosen and all(d.method == "fallback-pool" for d in chosen)


def test_a_ministry_gets_ministries_of_other_portfolios() -> None:
    from quizgen.generate.distractors import DistractorSources

    sources = DistractorSources(article={"organisation": ("World Bank", "Kvadrat Energy")})
    stem = "The word list was compiled by the _____ and a language commission."
    assert _texts("Ministry of Education", "organisation", stem, sources) == [
        "Ministry of Health",
        "Ministry of Finance",
        "Ministry of Defence",
    ]
    stem = "The _____ said the budget would grow."
    assert _texts("Finance Ministry", "organisation", stem, sources)[:2] == [
        "Education Ministry",
        "Health Ministry",
    ]
    # "Foreign Affairs" is "Foreign" before the office, both ways round.
    stem = "The _____ in Oslo confirmed the death."
    chosen = choose_distractors("Foreign Ministry", "organisation", stem, sources, count=8)
    assert "Health Ministry" in [d.text for d in chosen]
    assert "Foreign Affairs Ministry" not in [d.text for d in chosen]
    chosen = _texts("Ministry of Health", "organisation", stem, sources)
    assert "Ministry of Foreign" not in chosen
    # A portfolio of any name is a ministry's too, and a nation before it stays.
    assert _texts("Ministry of Civil Affairs", "organisation", stem, sources) == [
        "Ministry of Education",
        "Ministry of Health",
        "Ministry of Finance",
    ]
    assert _texts("Russian Tourism Ministry", "organisation", stem, sources)[:2] == [
        "Russian Education Ministry",
        "Russian Health Ministry",
    ]
    assert _texts("Russian Ministry of Defence", "organisation", stem, sources)[:1] == [
        "Russian Ministry of Education"
    ]
    # A ministry spelt the American way is still no department of the United States.
    assert "Israeli State Ministry" not in _texts(
        "Israeli Defense Ministry", "organisation", stem, sources
    )
    # An American department keeps American spelling.
    stem = "The _____ issued the rules in Ohio."
    chosen = choose_distractors("Department of Labor", "organisation", stem, sources, count=8)
    assert "Department of Defense" in [d.text for d in chosen]


def _sources_of(text: str) -> DistractorSources:
    from quizgen.generate import article_names
    from quizgen.generate.distractors.filters import ArticleFacts
    from quizgen.nlp.pipeline import analyse_text

    document = analyse_text(text)
    return DistractorSources(article=article_names(document), facts=ArticleFacts.of(document))


def test_a_person_called_by_surname_or_by_given_name_gets_options_of_that_form() -> None:
    sources = _sources_of(
        "Coach Ansel Brandt met Joe Marlow and Joe Pettit in Leeds. Dora Keck, a trainer, and "
        "Lena Voss joined them. Brandt said the camp was ready. \"Thanks, Joe,\" said Brandt. "
        "Ms Keck and Ms Voss ran the drills with Rosa Imrie."
    )
    # "Joe" is only ever the first of a name: no option for a surname.
    chosen = _texts("Brandt", "person", "_____ said the camp was ready.", sources)
    assert "Joe" not in chosen
    assert "Marlow" in chosen
    # "Dora", whom the article also calls "Ms Keck", is a given name: given names answer her.
    chosen = _texts("Dora", "person", "Later _____ and Lena Voss joined them.", sources)
    assert chosen and all(text in {"Ansel", "Joe", "Rosa"} for text in chosen)


def test_pool_places_come_from_the_answers_part_of_the_world_and_no_town_gets_the_imf() -> None:
    stem = "Ciudad Juarez, a city across the border from _____, saw 3,000 killings in 2010."
    chosen = _texts("El Paso", "city", stem, DistractorSources())
    assert chosen and not {"Amsterdam", "Athens", "Barcelona"} & set(chosen)
    # "_____, Texas": only towns of Texas would do, and the pool has none to offer.
    stem = "Ciudad Juarez, a city across from _____, Texas, saw 3,000 killings in 2010."
    assert not {"Boston", "Chicago", "Chihuahua"} & set(
        _texts("El Paso", "city", stem, DistractorSources())
    )
    stem = "Carr is seeking an exemption from the _____ for her kangaroo."
    assert _texts("Broken Arrow City Council", "organisation", stem, DistractorSources()) == []


def test_a_date_is_asked_by_its_year_in_an_article_of_many_years() -> None:
    stem = "The treaty was signed on _____ in the town hall."
    history = DistractorSources(years=frozenset({"1648", "1701", "1713", "1815"}))
    options = [d.text for d in choose_distractors("March 3, 1713", "date", stem, history)]
    assert len(options) == 3
    assert all(o.startswith("March 3, ") and o != "March 3, 1713" for o in options)
    # A news story of one year: its dates differ by their day.
    news = DistractorSources(years=frozenset({"2014"}))
    options = [d.text for d in choose_distractors("March 3, 2014", "date", stem, news)]
    assert all(o.startswith("March ") and o.endswith(", 2014") for o in options)


def test_no_person_the_article_says_is_of_the_other_sex_is_offered() -> None:
    import dataclasses

    from quizgen.generate.context import article_context
    from quizgen.nlp.pipeline import analyse_text

    text = (
        "Dr Tomas Brandt took over as health minister after Greta Lund was sacked. "
        "Ms Lund defended her record. Mr Pettit, the first minister, praised her. "
        "Dr Brandt said he would learn from Norway. Ms Voss and Ms Keck agreed, and "
        "Rosa Imrie, Ada Thorn and Lena Berg said so too."
    )
    sources = dataclasses.replace(
        _sources_of(text), pronouns=article_context(analyse_text(text)).pronoun_of
    )
    for stem in ("Ms _____ defended her record.", "Greta _____ was sacked."):
        chosen = _texts("Lund", "person", stem, sources)
        assert len(chosen) == 3
        assert not {"Pettit", "Brandt"} & set(chosen)


def test_a_numbers_place_among_its_options_varies_from_answer_to_answer() -> None:
    from quizgen.answers import parse_number

    answers = ["240 roads", "37 roads", "1,250 roads", "85 roads", "612 roads", "4,800 roads"]
    answers += ["$74 million", "18,500 tonnes", "2,340 people", "73%"]
    places = set()
    for answer in answers:
        kind = "percent" if answer.endswith("%") else "quantity"
        stem = "The council in Tartu spent or built _____ last year, officials said."
        chosen = _texts(answer, kind, stem, DistractorSources())
        assert len(chosen) == 3
        assert chosen == _texts(answer, kind, stem, DistractorSources())  # the same each run
        values = sorted(parse_number(text) for text in [answer, *chosen])
        places.add(values.index(parse_number(answer)))
    # Not third of four every time, as nearest-first options put it: a test-wise reader
    # would pick the third.
    assert len(places) >= 3
