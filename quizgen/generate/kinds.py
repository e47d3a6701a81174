"""What kind of thing an answer is (person, city, year, money, term...) and the form it takes.

Options of one question must all be of one kind and one form: a state's
abbreviation beside full state names gives the answer away.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizgen.answers import number_unit
from quizgen.generate import lexicon
from quizgen.generate.caches import WORD_CACHE_SIZE, word_cache
from quizgen.nlp import gazetteer

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NUMERIC_KINDS = frozenset({"number", "percent", "money", "quantity"})
DATE_KINDS = frozenset({"date", "year", "time"})
NAME_KINDS = frozenset({"person", "place", "country", "city", "organisation"})
PLACE_KINDS = frozenset({"place", "country", "city"})

# The hint shown in a cloze blank, where knowing the kind helps the reader.
# Only kinds we are sure of: a wrong hint ("Chemistry::place") is worse than none.
HINTS = {"person": "person", "country": "country", "city": "city", "date": "date", "year": "year"}
_LABEL_KINDS = {
    "PERSON": "person",
    "GPE": "place",
    "LOC": "place",
    "ORG": "organisation",
    "DATE": "date",
    "TIME": "time",
    "MONEY": "money",
    "PERCENT": "percent",
    "QUANTITY": "quantity",
    "NUMBER": "number",
    "NP": "term",
}
# Words that open a description, never a person's name.
_NOT_FIRST_NAMES = frozenset(
    {"former", "late", "new", "then", "acting", "deputy", "chief", "senior", "junior", "ex"}
)
_HEDGE = re.compile(
    r"^(about|around|roughly|nearly|almost|over|more than|less than|under|some|"
    r"approximately|at least|up to)\b",
    re.IGNORECASE,
)
_SCALE = re.compile(r"\b(thousand|million|billion|trillion|bn|mn|m|k)\b", re.IGNORECASE)
# A year as dated text writes one: 1000 to 2099 ("founded in 1132", "in 2019").
YEAR = r"1\d\d\d|20\d\d"
# A year or a century a text names: "in 1917", "the 1990s", "the 18th century".
_YEAR_OR_CENTURY = re.compile(rf"\b({YEAR})s?\b|\b(\d{{1,2}})(?:st|nd|rd|th) century\b")


def years_named(texts: Iterable[str]) -> list[int]:
    """Return the years the texts name, a century as its first year ("18th century": 1700)."""
    return [
        int(year) if year else (int(century) - 1) * 100
        for text in texts
        for year, century in _YEAR_OR_CENTURY.findall(text)
    ]
_YEAR = re.compile(f"({YEAR})")
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
SEASONS = ("spring", "summer", "autumn", "winter")
# A season said as a time, as American English says "fall".
SEASON_WORDS = frozenset({*SEASONS, "fall"})
# A season's name in a date answer; "fall" only alone or before a year ("fall of 2019").
SEASON = re.compile(
    r"\b(?:spring|summer|autumn|winter)\b|^fall$|\bfall(?=(?: of)? \d{4}\b)", re.IGNORECASE
)


def kind_of(label: str, text: str) -> str:
    """Return the answer kind for an NLP label and its text ("GPE" "Belarus" -> "country")."""
    kind = _LABEL_KINDS.get(label, "name")  # PRODUCT, EVENT...: a name of unknown kind
    if kind == "place":
        subtype = place_kind(text)
        return subtype if subtype in {"country", "city"} else "place"
    if kind == "person" and not _looks_like_person(text):
        return "name"
    if kind == "date" and _YEAR.fullmatch(text.strip()):
        return "year"
    if kind == "number" and "%" in text:
        return "percent"
    return kind


# "an hour" counts one hour: its options "two hours" share its unit.
_A_AS_ONE = re.compile(r"\b[Aa]n?\s+(?=[a-z])")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_DAY = re.compile(r"\b\d{1,2}(st|nd|rd|th)?\b")
_ABBREVIATION = re.compile(r"[A-Z][A-Z.&]{1,6}")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9.&]{1,7}")
_CAPITALS_PLURAL = re.compile(r"[A-Z]{2,}s")
_NOT_NAME_CHARACTER = re.compile(r"[^\w\s&-]")


def _unit_lemma(unit: str) -> str:
    """Return a counted word in the singular ("hours" -> "hour", "centuries" -> "century")."""
    if not unit.isalpha() or len(unit) < 4 or unit.endswith("ss"):
        return unit
    return unit[:-3] + "y" if unit.endswith("ies") else unit.removesuffix("s")


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def answer_form(text: str, kind: str) -> tuple[str, ...]:
    """Return a signature that two options of one question must share.

    Numbers: unit, hedge ("about"), scale word, digits or words. Dates: which
    parts are written (day, month, year). Names: abbreviation or not, one word
    or several. Terms: plural or not, capitalised or not.
    """
    stripped = text.strip()
    if kind in NUMERIC_KINDS:
        hedge = _HEDGE.match(stripped)
        scale = _SCALE.search(stripped)
        digits = "digits" if _DIGIT.search(stripped) else "words"
        return (
            "number",
            _unit_lemma(number_unit(_A_AS_ONE.sub("one ", stripped))),
            hedge.group(1).casefold() if hedge else "",
            scale.group(1).casefold() if scale else "",
            digits,
        )
    if kind in DATE_KINDS:
        parts = (
            "day" if _DAY.search(stripped) else "",
            "month" if _MONTH.search(stripped) else "",
            "year" if _YEAR.search(stripped) else "",
        )
        return ("date", *parts, _shape(stripped))
    if kind in NAME_KINDS:
        if _ABBREVIATION.fullmatch(stripped):
            return ("name", kind, "abbreviation")
        if kind in PLACE_KINDS:
            # A city among countries stands out: judge each option's own kind.
            return ("name", place_kind(stripped) or "place", "words")
        # A surname beside full names stands out; for bodies, length varies freely.
        if kind == "person":
            return ("name", kind, "one-word" if len(stripped.split()) == 1 else "full-name")
        return ("name", kind, "words")
    head = stripped.split()[-1] if stripped else ""
    capital = "capital" if stripped[:1].isupper() else "lower"
    return ("term", "plural" if head and lexicon.is_plural(head) else "singular", capital)


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def place_kind(name: str) -> str:
    """Return what kind of place `name` is: "country", "city", WordNet's word ("river"), or ""."""
    from quizgen.generate.distractors.countries import country
    from quizgen.generate.distractors.fallback import known_place_kind

    words = name.casefold().split()
    if len(words) > 1 and words[-1] in gazetteer.ADMINISTRATIVE_AFTER:
        return words[-1]  # "Hunan Province" is a province, and China no option for it
    known = known_place_kind(name)
    if known:
        return known
    if name[:1].isupper() and not name.isupper() and "." not in name and country(name):
        # "Luxembourg", "Kuwait": a country first, and its capital second (WordNet's first
        # sense may be the city). Abbreviations ("U.S.") stay as they were: places.
        return "country"
    # WordNet files a German or US state under "state", as it does a country: "Bavaria".
    if name.casefold().removeprefix("the ") in gazetteer.REGIONS:
        return "region"
    return _wordnet_place_kind(name)


def _wordnet_place_kind(name: str) -> str:
    offset = lexicon.first_sense_offset(name.replace(" ", "_"))
    if offset is None:
        return ""
    # The first sense's instance hypernyms ("@i", all nouns) and their names, from line heads.
    # By name: NLTK gives related synsets in hash order, which differs between runs.
    reader = lexicon.wordnet()
    names = [reader.brief("n", above).name for above in reader.pointers("n", offset).get("@i", ())]
    if not names:
        return ""
    label = min(names).split(".")[0]
    if any(word in label for word in ("city", "town", "port", "capital")):
        return "city"
    if label.endswith("country") or label in {"nation", "state", "kingdom", "republic"}:
        return "country"
    return label.replace("_", " ")


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def is_common_word_name(text: str) -> bool:
    """Return True for a one-word "name" that is a common noun ("Protection", "Chemistry").

    The NLP layer sometimes labels a capitalised common word as an entity; such
    an answer is not a name. Known countries and cities ("Turkey") are names.
    """
    words = text.split()
    # Only one-word names: "National Football League" is made of common words and is a name.
    if len(words) != 1 or place_kind(text) in {"country", "city"}:
        return False
    reader = lexicon.wordnet()
    word = words[0].casefold()
    # WordNet's senses before the word's frequency: a word it has no noun for ("COVID-19")
    # needs none, and the frequency of a word with a hyphen or digit runs wordfreq's
    # tokenizer, whose first use in a process loads its language tables.
    offsets = reader.sense_offsets(word, "n")
    # A sense that is no instance ("@i" pointers, all nouns, read from its line head).
    return (
        bool(offsets)
        and lexicon.zipf(word) >= 4.0
        and any(not reader.pointers("n", offset).get("@i") for offset in offsets)
    )


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def _looks_like_person(text: str) -> bool:
    """Return False for "people" whose last word is a plural or a common noun ("Volvo Cars")."""
    last = text.split()[-1] if text.split() else ""
    if not last[:1].isupper():
        return False
    lower = last.casefold()
    lexname = lexicon.first_sense_lexname(lower)
    if lexname == "noun.person":
        return True  # "Gates", "Newton": WordNet knows the person
    if lexicon.is_plural(lower):
        lemma_lexname = lexicon.first_sense_lexname(lexicon.noun_lemma(lower))
        if lemma_lexname and lemma_lexname != "noun.person":
            return False  # "Volvo Cars", "Nobel Prizes"
    return not (lexname and lexicon.zipf(lower) >= 4.3)


def _shape(text: str) -> str:
    """Return the text with digits, month and season names generalised, e.g. "D Month"."""
    shape = SEASON.sub("Season", _MONTH.sub("Month", text))
    return _DIGITS.sub("D", shape)


# WordNet's kinds of a name that make it no organisation: a place ("Benghazi"), a food,
# an act ("Vasectomy"), an event ("Super Bowl"), a feeling ("Glee"), a doctrine
# ("Methodism"), a process ("Climate Change"), a part of the body ("T-cells"). Not units
# ("Tesla") nor artifacts ("Airbus", "Lego"): companies bear such names.
_NOT_BODIES = frozenset(
    {
        "noun.location",
        "noun.feeling",
        "noun.cognition",
        "noun.relation",
        "noun.body",
        "noun.process",
        "noun.food",
        "noun.plant",
        "noun.animal",
        "noun.substance",
        "noun.object",
        "noun.possession",
        "noun.act",
        "noun.state",
        "noun.event",
        "noun.time",
    }
)


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def doubtful_name(label: str, kind: str, text: str, *, strict: bool = True) -> bool:
    """Return True when a name's kind is in doubt: the entity label and other evidence disagree.

    Evidence: the place and organisation word lists, and WordNet's lexical
    file for the name; `strict` also doubts any one plain word typed ORG. A
    first name labelled ORG would get organisations as distractors, and a
    person labelled a place would get cities; such an answer is better asked
    as a cloze, which needs no wrong options.
    """
    if kind not in NAME_KINDS:
        return False
    lower = text.casefold().removeprefix("the ")
    words = lower.split()
    if not words:
        return True
    known_place = (
        lower in gazetteer.COUNTRIES or lower in gazetteer.CITIES or lower in gazetteer.REGIONS
    )
    body_word = any(w in gazetteer.ORG_WORDS for w in words) or lower in gazetteer.STANDALONE_ORGS
    acronym = bool(_ACRONYM.fullmatch(text.strip()))
    # WordNet knows many whole names: "Northwest_Passage" is a location, not a person.
    lexname = lexicon.first_sense_lexname("_".join(words)) or (
        lexicon.first_sense_lexname("_".join(words).replace("-", "_")) if "-" in lower else ""
    )
    feature = any(w in gazetteer.FEATURE_WORDS for w in words[1:]) or any(
        w in gazetteer.COUNTRIES or w in gazetteer.CITIES for w in words
    )
    if kind == "organisation":
        if (
            _CAPITALS_PLURAL.fullmatch(text.strip())  # "TVs", "PCs": things, not bodies
            or known_place
            or lexname == "noun.person"
            or _person_shaped(text)
            or (words[-1] in _STRUCTURES and not body_word)
            or (lexname in _NOT_BODIES and not body_word)
            or (feature and not body_word)
        ):
            return True  # "Black Forest of Germany", "Sochi", "Cocoa" typed as a body
        # One plain word ("Tesla", "Maria") is typed ORG on weak evidence; acronyms and
        # words such as "Ministry" or "Bank" are firmer. Not `strict`: such a word will do
        # as a wrong option beside other companies.
        return (
            strict and len(words) == 1 and not acronym and not body_word and lexname != "noun.group"
        )
    if kind == "person":
        if words[0] in _NOT_FIRST_NAMES:
            return True  # "Former Lib Dem": a description typed as a person
        if len(words) > 1 and words[-1].endswith("s"):
            lemma_lexname = lexicon.first_sense_lexname(words[-1][:-1])
            if lemma_lexname and lemma_lexname != "noun.person":
                return True  # "Iron Gates": a plural common noun ends the "name"
        return (
            known_place
            or body_word
            or acronym
            or feature
            or lexname in {"noun.location", "noun.group"}
        )
    # A place.
    return not known_place and (body_word or lexname == "noun.person")


# Last words of a built thing's name, which the name finder may type as a body: "Channel
# Tunnel", "Albert Memorial", "Kroonstad Prison".
_STRUCTURES = frozenset(
    {
        "tunnel", "dam", "motorway", "highway", "pipeline", "memorial", "monument", "tomb",
        "mausoleum", "lighthouse", "prison", "cemetery", "shrine",
    }
)  # fmt: skip
# A person's name written with initials: "George B. Storer", "C. E. Webber", "Tom Hale Jr.".
_INITIALLED = re.compile(
    r"[A-Z][a-z]+(?: [A-Z]\.)+ [A-Z][a-z'-]+|(?:[A-Z]\. ?){1,3}[A-Z][a-z'-]+|.+ (?:Jr|Sr)\.?"
)
# Roles that, before a name, make the run a person: "Acme CEO John Smith".
_ROLES = frozenset(
    {
        "ceo", "leader", "minister", "president", "senator", "chairman", "chairwoman",
        "secretary", "spokesman", "spokeswoman", "governor", "mayor", "director", "chief",
        "founder", "coach", "manager", "judge", "mr", "mrs", "ms", "dr",
    }
)  # fmt: skip


def _person_shaped(text: str) -> bool:
    """Return True for a "body" that is a person's name: initials, or a role then a name."""
    if _INITIALLED.fullmatch(text.strip()):
        return True
    words = text.split()
    for number, word in enumerate(words[:-2]):
        if word.casefold().rstrip(".") in _ROLES:
            rest = words[number + 1 :]
            # "Leader Eric Cantor", not "Minister of Finance" or "Director's Office".
            return all(
                w[:1].isupper() and w.casefold() not in gazetteer.ORG_WORDS and "'" not in w
                for w in rest
            )
    return False


# What kind of body a name's head word says it is. Only heads that tell: "Institute" or
# "Centre" may be a school, a lab or a charity, and a name without a head says nothing.
_BODY_HEADS: dict[str, str] = {
    **dict.fromkeys(
        (
            "university", "universities", "college", "school", "academy", "polytechnic",
            "seminary", "conservatory",
        ),
        "education",
    ),
    "party": "party",
    **dict.fromkeys(
        (
            "company", "companies", "inc", "corp", "corporation", "ltd", "limited", "plc",
            "llc", "gmbh", "ag", "sa", "nv", "bv", "co", "group", "holdings", "holding",
            "industries", "enterprises", "brands", "partners", "associates", "ventures",
            "motors", "airlines", "airways", "pharmaceuticals", "technologies", "systems",
            "stores", "foods", "chemicals", "laboratories", "labs",
        ),
        "company",
    ),
    **dict.fromkeys(
        (
            "network", "networks", "broadcasting", "broadcaster", "television", "tv", "radio",
            "news", "times", "journal", "herald", "gazette", "tribune", "post", "press",
            "media", "magazine", "publishing", "publications", "pictures", "studios",
            "films", "records",
        ),
        "media",
    ),
    **dict.fromkeys(
        (
            "council", "ministry", "department", "agency", "commission", "committee",
            "subcommittee", "office", "bureau", "administration", "authority", "parliament",
            "senate", "congress", "assembly", "court", "tribunal", "government", "cabinet",
            "duma", "secretariat", "inspectorate",
        ),
        "government",
    ),
    **dict.fromkeys(
        ("club", "fc", "afc", "united", "rovers", "wanderers", "athletic", "team"),
        "sport",
    ),
    # What clubs play in: "Champions League" gets leagues and cups, not "Manchester United".
    **dict.fromkeys(
        ("league", "leagues", "cup", "cups", "championship", "championships", "tournament",
         "trophy"),
        "competition",
    ),
    **dict.fromkeys(("church", "churches", "diocese", "synod"), "church"),
    **dict.fromkeys(
        (
            "army", "navy", "force", "forces", "corps", "regiment", "brigade", "battalion",
            "guard", "marines", "fleet",
        ),
        "military",
    ),
    **dict.fromkeys(
        ("bank", "banks", "bancorp", "exchange", "securities", "insurance"), "bank"
    ),
    **dict.fromkeys(("museum", "museums", "gallery"), "museum"),
    "board": "government",
    **dict.fromkeys(
        ("chronicle", "examiner", "telegraph", "observer", "inquirer", "courier"), "media"
    ),
    **dict.fromkeys(("foundation", "charity"), "charity"),
    # An office, not a body: "Director General" is no fair option beside a bank.
    **dict.fromkeys(
        (
            "general", "minister", "secretary", "director", "president", "chairman",
            "chairwoman", "chancellor", "ambassador", "governor", "mayor", "commissioner",
            "premier",
        ),
        "office",
    ),
}  # fmt: skip
BODY_HEAD_WORDS = frozenset(_BODY_HEADS)
# Kinds of body whose names nearly always say so: a name without that head beside them is
# doubtful ("Ballarat" beside "the Liberal Party", "Chelsea" beside "the Culture Department").
_MARKED_BODY_KINDS = frozenset(
    {"education", "party", "church", "military", "government", "museum", "product",
     "competition", "office", "media"}
)
# A company may be a broadcaster or a bank: these kinds go with "company".
_BUSINESS_KINDS = frozenset({"company", "media", "bank"})
# Words that follow a name and say only that it is a business: "Apple Inc.", "Volvo Group".
_WEAK_HEADS = frozenset({"system", "systems", "service", "services"})
_PREPOSITIONS = frozenset({"of", "for", "on", "in", "at"})


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def body_kind(name: str) -> str:
    """Return the kind of body a name's head word says it is ("party", "media", ...), or "".

    The head is the last word before "of"/"for" ("Bank of Tokyo", "Department for
    Culture") or else the last word ("Liberal Party"); "System" and "Service"
    defer to the word before ("Columbia Broadcasting System").
    """
    words = _NOT_NAME_CHARACTER.sub(" ", name.casefold()).split()
    for number, word in enumerate(words):
        if word in _PREPOSITIONS and number > 0:
            words = words[:number]
            break
    while len(words) > 1 and words[-1] in _WEAK_HEADS and words[-2] in _BODY_HEADS:
        words = words[:-1]
    if words and words[-1] in ("league", "leagues") and not _SPORT_WORDS & set(words):
        return ""  # the Arab League, the Awami League: an alliance or a party, no competition
    if words and words[-1] == "division":
        # "the First Division" is a competition, "the 101st Airborne Division" is not.
        return "competition" if len(words) > 1 and words[-2] in _DIVISION_RANKS else ""
    return _BODY_HEADS.get(words[-1], "") if words else ""


_DIVISION_RANKS = frozenset({"first", "second", "third", "fourth", "premier", "national"})
# Words that make a league one clubs play in: "Champions League", "Premier League".
_SPORT_WORDS = frozenset(
    {"champions", "premier", "europa", "football", "baseball", "basketball", "hockey",
     "rugby", "soccer", "cricket", "super", "major"}
)  # fmt: skip


def body_kinds_agree(option: str, answer: str) -> bool:
    """Return True when a body of kind `option` is a fair wrong option for one of kind `answer`.

    Kinds are those of `body_kind` and `role_body_kind`; "" is a name that does not say.
    """
    if option == answer:
        return True
    if not option or not answer:
        # An unmarked name is a fair guess beside a company or a club ("Chelsea" beside
        # "Manchester United"), not beside a party, a university or a product.
        return (option or answer) not in _MARKED_BODY_KINDS
    return "company" in {option, answer} and {option, answer} <= _BUSINESS_KINDS


# Nouns an article calls a body by ("Hollywood studio X", "X, the rental company", "tech
# companies including X"), and the kind each says; two-word ones are looked up first.
_ROLE_KINDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "company", "firm", "startup", "start-up", "maker", "manufacturer", "carmaker",
            "automaker", "retailer", "chain", "giant", "conglomerate", "supplier", "provider",
            "operator", "carrier", "airline", "brand", "business", "corporation",
            "multinational", "subsidiary", "ad agency", "advertising agency", "travel agency",
            "talent agency",
        ),
        "company",
    ),
    **dict.fromkeys(
        (
            "studio", "broadcaster", "newspaper", "daily", "tabloid", "magazine", "website",
            "blog", "publisher", "channel", "news agency", "press agency", "news service",
            "wire service", "network", "station",
        ),
        "media",
    ),
    **dict.fromkeys(
        (
            "agency", "ministry", "department", "regulator", "watchdog", "authority",
            "government", "administration", "council", "commission", "committee", "court",
            "parliament", "legislature", "executive department",
        ),
        "government",
    ),
    **dict.fromkeys(("bank", "lender", "insurer"), "bank"),
    **dict.fromkeys(("university", "college", "school", "academy"), "education"),
    "party": "party",
    **dict.fromkeys(("club", "team"), "sport"),
    **dict.fromkeys(("museum", "gallery"), "museum"),
    **dict.fromkeys(
        (
            "charity", "nonprofit", "non-profit", "ngo", "foundation",
            "nongovernmental organization", "non-governmental organization",
        ),
        "charity",
    ),
    **dict.fromkeys(("product", "device", "console", "app", "gadget"), "product"),
}  # fmt: skip


def role_body_kind(roles: frozenset[str]) -> str:
    """Return the kind of body the article's roles for a name say it is, or "".

    A name the article gives an owner ("Amazon's Cloud Player") is a product;
    roles of clashing kinds ("the studio", "the agency") say nothing, but a
    company may also be a broadcaster or a bank.
    """
    from quizgen.generate.distractors.roles import OWNED

    if OWNED in roles:
        return "product"
    kinds = set()
    for role in roles:
        kind = _ROLE_KINDS.get(role) or _ROLE_KINDS.get(role.rpartition(" ")[2], "")
        if kind:
            kinds.add(kind)
    if len(kinds) == 1:
        return kinds.pop()
    return "company" if kinds and kinds <= _BUSINESS_KINDS else ""


@word_cache(maxsize=2 * WORD_CACHE_SIZE)
def wordnet_body_kind(name: str) -> str:
    """Return the kind of body WordNet files a whole name under ("White House": an
    executive department, so "government"), or ""."""
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) < 2:
        return ""  # one word's first sense is seldom the body: "Amazon" is a river
    offset = lexicon.first_sense_offset("_".join(words))
    reader = lexicon.wordnet()
    if offset is None or reader.lexname_at("n", offset) != "noun.group":
        return ""
    # Its instance hypernyms and hypernyms (all nouns), by name, from their line heads.
    links = reader.pointers("n", offset)
    above = [reader.brief("n", o) for o in links.get("@i", ()) + links.get("@", ())]
    for brief in sorted(above, key=lambda b: b.name):
        category = brief.first_lemma.replace("_", " ").casefold()
        kind = body_kind(category) or role_body_kind(frozenset({category}))
        if kind:
            return kind
    return ""
