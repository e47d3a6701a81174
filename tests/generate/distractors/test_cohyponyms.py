"""WordNet sister terms, in the answer's number and capitalisation."""

from __future__ import annotations

from quizgen.generate.distractors.cohyponyms import cohyponyms
from quizgen.generate.distractors.filters import content_words


def test_a_chemical_element_gives_other_elements(private_folders) -> None:
    found = cohyponyms("radium")
    assert found
    assert all(f.islower() and " " not in f for f in found)
    assert "radium" not in found


def test_plural_answers_get_plural_sisters(private_folders) -> None:
    found = cohyponyms("lungs")
    assert found
    assert all(f.endswith("s") for f in found)


def test_a_country_gives_countries(private_folders) -> None:
    found = cohyponyms("Belarus")
    assert found
    assert all(f[:1].isupper() for f in found)


def test_common_abstract_words_give_nothing(private_folders) -> None:
    # "governments" has a sense "population control" in WordNet: no guesses for such words.
    assert cohyponyms("governments") == []


def test_a_much_more_general_word_or_a_kind_of_the_answer_is_not_a_sister_term(
    private_folders,
) -> None:
    from quizgen.generate.distractors.cohyponyms import related_terms

    # "vehicles" is also true of trolleybuses: not a wrong option beside them.
    assert not related_terms("trolleybuses", "vehicles")
    assert related_terms("trams", "trolleybuses")
    # A hound is a kind of dog: beside "dogs", "hounds" names part of the answer, not a rival.
    assert not related_terms("dogs", "hounds")
    assert related_terms("dogs", "wolves")


def test_a_phrase_wordnet_does_not_know_keeps_its_head_and_changes_its_modifier(
    private_folders,
) -> None:
    found = cohyponyms("thermal energy", context=frozenset({"heat", "temperature", "particle"}))
    assert found
    assert all(f.endswith(" energy") and f != "thermal energy" for f in found)
    assert {"mechanical energy", "chemical energy", "kinetic energy"} & set(found)


def test_a_plural_phrase_gets_plural_sisters(private_folders) -> None:
    found = cohyponyms("pi bonds", context=frozenset({"atom", "electron", "orbital"}))
    assert found
    assert all(f.endswith(" bonds") for f in found)


def test_the_passage_picks_the_sense_of_a_word_with_several(private_folders) -> None:
    # "pupil" is first a student in WordNet; beside the eye it is the eye's opening.
    import sys

    sisters = sys.modules["quizgen.generate.distractors.cohyponyms"]
    sense, supported = sisters._sense("pupil", frozenset({"eye", "iris", "light"}))
    assert supported and sense.lexname() == "noun.body"
    first, _ = sisters._sense("pupil", frozenset())
    assert first.lexname() == "noun.person"


def test_an_adjective_gets_its_antonym_family_not_its_synonyms(private_folders) -> None:
    found = cohyponyms("deciduous")
    assert "evergreen" in found
    assert cohyponyms("reduced")[:1] == ["increased"]
    # "clear" is a near synonym of "transparent": it would also be true.
    assert "clear" not in cohyponyms("transparent")


def test_a_word_unrelated_in_kind_is_not_a_sister(private_folders) -> None:
    # WordNet files "gene" under "sequence" beside "parade" and "string": not genes' kind.
    assert not {"parade", "string", "combination"} & set(cohyponyms("gene"))


def test_a_noun_phrase_with_an_article_keeps_an_article_that_fits(private_folders) -> None:
    found = cohyponyms("a marsupial")
    assert found
    for text in found:
        article, noun = text.split(" ", 1)
        assert article == ("an" if noun[:1] in "aeiou" else "a")


def test_a_pair_changes_one_part_at_a_time_and_never_repeats_a_part(private_folders) -> None:
    found = cohyponyms("protons and electrons", context=frozenset({"atom", "nucleus", "charge"}))
    assert found
    for text in found:
        left, right = text.split(" and ")
        assert left != right
        assert "protons" in (left, right) or "electrons" in (left, right)


def test_a_common_noun_capitalised_as_the_first_word_gets_capitalised_sisters(
    private_folders,
) -> None:
    found = cohyponyms("Insects")
    assert found
    assert all(f[:1].isupper() and f[1:].islower() for f in found)
    assert [f.casefold() for f in found] == cohyponyms("insects")


def test_terms_of_different_kinds_are_not_sisters_though_wordnet_joins_them(
    private_folders,
) -> None:
    from quizgen.generate.distractors.cohyponyms import related_terms

    # A saprophyte (a plant, in WordNet) and an aerobe (an organism filed with animals) meet
    # under "organism", deep enough to count; of different kinds, neither is a fair wrong option.
    assert not related_terms("saprophytes", "aerobes")
    assert related_terms("trams", "trolleybuses")


def test_sisters_ranked_from_line_heads_are_those_of_full_synsets(
    private_folders, monkeypatch
) -> None:
    import sys

    from quizgen.generate import lexicon
    from quizgen.generate.caches import clear_word_caches
    from quizgen.nlp.wordnet_index import SynsetHead

    module = sys.modules["quizgen.generate.distractors.cohyponyms"]
    words = [
        *("Belarus", "Latvia", "Kenya", "Lyon", "Danube", "radium", "lungs", "vaccine"),
        *("trams", "hydrogen", "otters", "tulip", "enamel", "molars", "kidney", "nephew"),
        *("colds", "walnut", "saxophone", "granite", "Vienna", "Peru", "bronchitis", "oak"),
    ]
    clear_word_caches()
    brief = {word: cohyponyms(word) for word in words}

    def full_heads(offsets):  # type: ignore[no-untyped-def]
        # NLTK's own synsets, read in full, sorted by name.
        reader = lexicon.wordnet()
        found = [reader.synset_from_pos_and_offset("n", offset) for offset in offsets]
        return [
            SynsetHead(s.offset(), s.lexname(), s.lemmas()[0].name())
            for s in sorted(found, key=lambda s: s.name())
        ]

    clear_word_caches()
    monkeypatch.setattr(module, "heads", full_heads)
    monkeypatch.setattr(sys.modules["quizgen.generate.distractors.towns"], "heads", full_heads)
    full = {word: cohyponyms(word) for word in words}
    assert brief == full
    assert sum(bool(found) for found in brief.values()) >= 15
    assert lexicon.wordnet().brief("n", lexicon.first_sense("dog").offset()).name == "dog.n.01"


def test_kinds_come_in_the_order_of_nltks_names_also_when_they_share_a_lemma(
    private_folders,
) -> None:
    import sys

    from quizgen.generate import lexicon

    module = sys.modules["quizgen.generate.distractors.cohyponyms"]
    reader = lexicon.wordnet()
    # Kinds of person share first lemmas ("native", "slave"), as kinds of state do ("condition").
    for lemma, sense in (("person", 1), ("state", 2), ("object", 1), ("communication", 2)):
        reader.forget()  # nothing read in full: the heads come from the lines alone
        offsets = reader.pointers("n", reader.lookup(lemma, "n")[sense - 1])["~"]
        ours = [head.offset for head in module.heads(offsets)]
        full = [reader.synset_from_pos_and_offset("n", offset) for offset in offsets]
        assert ours == [s.offset() for s in sorted(full, key=lambda s: s.name())]


def test_no_noun_lemma_holds_what_separates_a_synset_names_parts(private_folders) -> None:
    from pathlib import Path

    from nltk.data import find

    # Sisters are put in name order ("latvia.n.01") by "<first lemma>.n." alone, reading a
    # sense number only for a shared lemma: right while no lemma holds ".n." itself.
    index = Path(str(find("corpora/wordnet"))) / "index.noun"
    lines = index.read_text(encoding="utf-8").splitlines()
    lemmas = [line.split(" ", 1)[0] for line in lines if not line.startswith(" ")]
    assert len(lemmas) > 100_000
    assert [lemma for lemma in lemmas if ".n." in lemma] == []


def test_a_part_of_the_eye_gets_other_parts_of_the_eye() -> None:
    # WordNet files the pupil under "aperture", whose other kinds are no parts of an eye.
    found = cohyponyms("pupil", context=frozenset({"eye", "iris", "light"}))
    assert len(found) >= 3
    assert {"retina", "cornea", "lens"} & set(found)


def test_compounds_with_modifiers_of_another_kind_are_not_sisters() -> None:
    # "solar cells" and "storage cells" share the head of "tumour cells" in another sense,
    # and their modifiers are of other kinds: none is a believable wrong option.
    found = cohyponyms("tumor cells", context=frozenset({"cancer", "blood", "patient"}))
    assert not {"solar cells", "storage cells", "mercury cells"} & set(found)
    assert "potential energy" in cohyponyms("kinetic energy", context=frozenset({"motion"}))


def test_no_sisters_under_a_category_as_wide_as_traveler_or_natural_object(
    private_folders,
) -> None:
    # "astronaut" is a "traveler" beside "pedestrian" and "swimmer"; "nest" a "natural
    # object" beside "universe": no teacher keeps such options.
    assert cohyponyms("astronauts") == []
    assert cohyponyms("nests") == []
    # A deep category keeps its sisters: "jaw" is a bone (8) beside "skull", in the plural
    # people write ("teeth", never "tooths").
    found = set(cohyponyms("jaws"))
    assert {"skulls", "ribs"} <= found
    assert "tooths" not in found


def test_kinds_that_science_files_shallow_keep_their_sisters(private_folders) -> None:
    # "chemical element" and "macromolecule" are shallower than "traveler", yet exact.
    assert {"carbon", "hydrogen", "nitrogen"} <= set(cohyponyms("oxygen"))
    assert {"carbohydrates", "lipids"} <= set(cohyponyms("proteins"))


def test_a_sister_is_taken_only_in_a_sense_readers_know(private_folders) -> None:
    # "bull" and "buck" are WordNet's sisters of "bat" as males of large mammals; a
    # reader takes them as cattle and deer. "rib" the bone comes second to a ship's rib,
    # but it is a sense met in use, so it stays.
    found = cohyponyms("bats")
    assert "rodents" in found
    assert not {"bulls", "bucks"} & set(found)
    assert "ribs" in cohyponyms("jaws")


def test_a_category_of_many_unlike_kinds_gives_only_the_kinds_akin_to_the_answer(
    private_folders,
) -> None:
    # "material" files abrasives, undercuts and foams beside insulators: none is a wrong
    # option a physics teacher would keep. The opposite, "conductors", stays.
    found = cohyponyms("insulators")
    assert "conductors" in found
    assert not {"abrasives", "undercuts", "foams", "wads"} & set(found)
    # "chemical" files softeners and herbicides beside reactants.
    assert not {"softeners", "herbicides", "phytochemicals"} & set(cohyponyms("reactants"))
    # A large family of alike kinds keeps them: the elements are nonmetallic like oxygen.
    assert {"carbon", "hydrogen", "nitrogen"} <= set(cohyponyms("oxygen"))


def test_cousins_through_a_category_as_wide_as_organ_are_only_the_answers_kin(
    private_folders,
) -> None:
    # "organelle" is a kind of "organ": its cousins are nipples and livers, no options in a
    # question about the parts of a cell; the other organelles stay.
    passage = frozenset(
        content_words(
            "A cell keeps its genes in the nucleus. Around the nucleus lies the cytoplasm, "
            "where small ribosomes build the proteins the cell needs."
        )
    )
    found = cohyponyms("nucleus", context=passage)
    assert "ribosome" in found
    assert not {"nipple", "intestine", "penis", "liver", "stomach"} & set(found)
    organelles = cohyponyms("mitochondria")
    assert "ribosomes" in organelles
    assert not {"penises", "livers", "nipples", "intestines"} & set(organelles)
    # "organism" joins viruses to pets and survivors.
    assert not {"pets", "survivors", "critters", "preys"} & set(cohyponyms("viruses"))


def test_a_cousin_is_taken_only_in_its_words_first_sense(private_folders) -> None:
    # A "rod" is a bacterium in WordNet, but a reader takes it for a stick.
    found = cohyponyms("algae")
    assert found
    assert not {"rod", "rods"} & set(found)


def test_one_context_word_does_not_move_a_word_off_its_usual_sense(private_folders) -> None:
    import sys

    sisters = sys.modules["quizgen.generate.distractors.cohyponyms"]
    # "animal" is in the gloss of "prey" the hunted animal, but "prey" is first a victim:
    # one word is a hint, not proof, and neither sense is safe.
    sense, _ = sisters._sense("prey", frozenset({"animal"}))
    assert sense is None
    assert cohyponyms("prey", context=frozenset({"animal", "turtle"})) == []
    # Two words are proof: the pupil of the eye, not a school pupil.
    sense, shared = sisters._sense("pupil", frozenset({"eye", "iris"}))
    assert shared == 2 and sense.lexname() == "noun.body"


def test_a_town_gets_other_towns_of_its_country_or_state(private_folders) -> None:
    chinese = {"Beijing", "Shanghai", "Wuhan", "Guangzhou", "Nanjing", "Tianjin", "Xian"}
    found = cohyponyms("Nanchang")
    assert len(found) >= 3
    assert set(found[:3]) <= chinese | {"Taiyuan", "Tangshan", "Luoyang", "Nanning"}
    assert not {"Novosibirsk", "Kazan"} & set(found)
    californian = {"Los Angeles", "San Diego", "San Jose", "Oakland", "Sacramento"}
    assert set(cohyponyms("San Francisco")[:3]) <= californian | {"Santa Barbara", "Berkeley"}
    # A national capital keeps the other capitals.
    assert {"Madrid", "Berlin"} <= set(cohyponyms("Tokyo"))


def test_a_towns_neighbour_named_after_a_better_known_place_is_left_out(
    private_folders,
) -> None:
    # Georgia's Athens and Oxford would be read as Greece's and England's.
    found = cohyponyms("Atlanta")
    assert {"Savannah", "Macon"} <= set(found)
    assert not {"Athens", "Oxford"} & set(found)


def test_the_passage_picks_which_town_of_a_shared_name_is_meant(private_folders) -> None:
    # WordNet's first Cairo is a town of Illinois; beside Egypt and the Nile it is the capital.
    illinois = {"Chicago", "Springfield", "Peoria"}
    assert illinois & set(cohyponyms("Cairo"))
    found = cohyponyms("Cairo", context=frozenset({"egypt", "nile", "pyramid"}))
    assert found
    assert not illinois & set(found)


def test_an_adjective_gets_no_cluster_of_near_synonyms_of_its_antonym(private_folders) -> None:
    # "same", "comparable", "cookie-cutter" are one answer three ways: the odd one is right.
    found = cohyponyms("different")
    assert "same" in found
    assert not {"comparable", "cookie-cutter"} & set(found)


def test_kinds_of_people_are_not_related_terms_through_person(private_folders) -> None:
    from quizgen.generate.distractors.cohyponyms import related_terms

    # All people meet under "person" (and "organism" on a longer path): too wide a kind.
    assert not related_terms("transients", "employees")
    assert not related_terms("ecologists", "toddlers")
    assert related_terms("nephrons", "ureters")


def test_a_word_for_people_needs_the_passage_to_speak_of_its_sense(private_folders) -> None:
    # WordNet knows only the adoptive parent: "an early adopter of the new phones" would get
    # "stepparent" and "father".
    context = frozenset({"phone", "network", "technology", "price", "carrier"})
    assert cohyponyms("adopter", context=context) == []


def test_experts_of_other_fields_are_no_wrong_option(private_folders) -> None:
    # "handwriting experts" may say what "security experts" say.
    context = frozenset({"website", "threat", "virus", "traffic"})
    assert cohyponyms("security experts", context=context) == []


def test_a_named_place_s_sisters_keep_its_kind_word_or_its_lack(private_folders) -> None:
    # WordNet names the Atlantic first "Atlantic": beside "Pacific Ocean" it must be
    # "Atlantic Ocean", and no ocean's name beside "Atlantic" may end in "Ocean".
    assert cohyponyms("Pacific Ocean")[:3] == ["Atlantic Ocean", "Indian Ocean", "Arctic Ocean"]
    assert all(not name.endswith("Ocean") for name in cohyponyms("Atlantic"))
    # Without its kind word, a sea's name in another language is no option: WordNet's
    # "Huang Hai" for the Yellow Sea.
    assert "Huang Hai" not in cohyponyms("Baltic")


def test_a_process_in_a_small_shallow_family_gets_its_fellow_processes(private_folders) -> None:
    # "cell division" is one level shallower than process categories need, but a closed family
    # of four: mitosis is the rival a teacher would offer for meiosis.
    assert "mitosis" in cohyponyms("meiosis")
    assert "meiosis" in cohyponyms("mitosis")


def test_a_state_in_a_shallow_family_gets_no_near_synonyms(private_folders) -> None:
    # "dryness" holds "aridity" beside "drought": the same thing in other words, also true.
    assert "aridity" not in cohyponyms("drought")


def test_a_layer_gets_the_other_layers_of_its_whole(private_folders) -> None:
    found = cohyponyms("troposphere")
    assert {"stratosphere", "mesosphere", "thermosphere"} <= set(found)
    # The whole and the category are true of it, not rivals.
    assert not {"atmosphere", "layer"} & set(found)


def test_a_phrase_gets_its_modifier_opposite_when_wordnet_knows_the_result(private_folders) -> None:
    assert cohyponyms("exothermic reaction")[:1] == ["endothermic reaction"]
    assert cohyponyms("convex lens")[:1] == ["concave lens"]
    # "heavy years" is the opposite of another "light": WordNet knows no such phrase.
    assert not any(f.startswith("heavy") for f in cohyponyms("light years"))


def test_a_noun_with_a_recorded_opposite_gets_it_first(private_folders) -> None:
    assert cohyponyms("anode")[:1] == ["cathode"]
    assert cohyponyms("prokaryotes")[:1] == ["eukaryotes"]
    # A quality's opposite is no rival: "silence" for "sound", "rear" for "front".
    assert "silence" not in cohyponyms("sound")
    assert "rear" not in cohyponyms("front")


def test_a_common_word_with_one_everyday_sense_is_asked_when_the_passage_speaks_of_it(
    private_folders,
) -> None:
    context = frozenset({"vertebrate", "feather", "wing", "egg", "warm"})
    found = cohyponyms("birds", context=context)
    assert {"mammals", "reptiles"} <= set(found)
    # Without the passage, a word this common is not guessed at.
    assert cohyponyms("birds") == []


def test_a_listed_term_of_the_answers_kind_is_a_rival_but_its_category_is_not(
    private_folders,
) -> None:
    from quizgen.generate.distractors.cohyponyms import listed_rival

    assert listed_rival("lungs", "kidneys")
    assert not listed_rival("lungs", "organs")  # the lungs' own category: also true
    assert not listed_rival("lungs", "oxygen")  # a substance beside an organ


def test_a_province_gets_no_province_of_another_country() -> None:
    from quizgen.generate import distractors_for

    passage = "Kunming is the capital of Yunnan, a province with mild weather all year."
    _, found = distractors_for("Yunnan", "Kunming is the capital of _____.", passage)
    names = [d.text for d in found]
    assert names and not {"Lower Saxony", "Andhra Pradesh", "Bavaria"} & set(names), names


def test_sisters_named_in_the_passage_pick_the_answers_sense() -> None:
    # "amphibian" is first a vehicle in WordNet; beside reptiles and birds it is the animal.
    found = cohyponyms(
        "amphibians",
        context=frozenset({"reptile", "bird", "mammal", "lung", "heart", "blood", "skin"}),
    )
    assert found and not {"go-karts", "motorcycles", "hearses"} & set(found), found


def test_a_compound_wordnet_files_elsewhere_gets_no_compounds_of_its_heads_other_sense() -> None:
    from quizgen.generate.distractors.cohyponyms import cohyponyms

    assert not {"twin bed", "camp bed"} & set(cohyponyms("capillary bed"))
    assert "potential energy" in cohyponyms("kinetic energy")


def test_a_compound_wordnet_knows_gets_its_own_sisters_before_its_heads_other_kinds() -> None:
    from quizgen.generate.distractors.cohyponyms import cohyponyms

    # A drum is a musical instrument: a surveyor's or a draughtsman's is no rival.
    found = cohyponyms("percussion instrument", context=frozenset({"drum", "melody"}))
    assert {"wind instrument", "stringed instrument"} <= set(found)
    assert not {"measuring instrument", "surveying instrument"} & set(found)
    # One name for each kind: "percussive instruments" are percussion instruments.
    assert "percussive instruments" not in cohyponyms("wind instruments")
    # A sister WordNet names comes first, before the head's other compounds.
    assert cohyponyms("potential energy")[0] == "kinetic energy"


def test_another_compound_of_the_head_must_share_a_word_with_the_passage() -> None:
    from quizgen.generate.distractors.cohyponyms import cohyponyms

    # A wildlife service's department beside a university's: nothing in a passage on
    # whales and rangers makes "chemistry department" a believable rival.
    whales = frozenset({"whale", "beach", "tribe", "ranger", "stranding"})
    assert cohyponyms("conservation department", context=whales) == []
    assert cohyponyms("plurality voting system", context=frozenset({"vote", "election"})) == []
    # A passage about a university speaks of teaching, as the departments' glosses do.
    campus = frozenset({"university", "professor", "students", "teaching"})
    assert "chemistry department" in cohyponyms("biology department", context=campus)
