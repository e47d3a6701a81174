"""Small curated pools of names for each answer kind, used last when the article has too few."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

COUNTRIES = (
    "Argentina",
    "Australia",
    "Austria",
    "Belarus",
    "Belgium",
    "Brazil",
    "Bulgaria",
    "Canada",
    "Chile",
    "China",
    "Colombia",
    "Croatia",
    "Cuba",
    "Czech Republic",
    "Denmark",
    "Egypt",
    "Estonia",
    "Ethiopia",
    "Finland",
    "France",
    "Georgia",
    "Germany",
    "Ghana",
    "Greece",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Israel",
    "Italy",
    "Japan",
    "Kazakhstan",
    "Kenya",
    "Latvia",
    "Lithuania",
    "Mexico",
    "Moldova",
    "Mongolia",
    "Morocco",
    "Netherlands",
    "New Zealand",
    "Nigeria",
    "Norway",
    "Pakistan",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Romania",
    "Russia",
    "Saudi Arabia",
    "Serbia",
    "Slovakia",
    "South Africa",
    "South Korea",
    "Spain",
    "Sweden",
    "Switzerland",
    "Thailand",
    "Turkey",
    "Ukraine",
    "United Kingdom",
    "United States",
    "Uzbekistan",
    "Vietnam",
)
CITIES = (
    "Amsterdam",
    "Athens",
    "Barcelona",
    "Beijing",
    "Berlin",
    "Boston",
    "Brussels",
    "Budapest",
    "Cairo",
    "Chicago",
    "Copenhagen",
    "Delhi",
    "Dublin",
    "Geneva",
    "Hamburg",
    "Helsinki",
    "Istanbul",
    "Kazan",
    "Kyiv",
    "Lisbon",
    "London",
    "Los Angeles",
    "Lyon",
    "Madrid",
    "Manchester",
    "Melbourne",
    "Milan",
    "Minsk",
    "Moscow",
    "Mumbai",
    "Munich",
    "Nairobi",
    "Naples",
    "New York",
    "Novosibirsk",
    "Oslo",
    "Paris",
    "Prague",
    "Riga",
    "Rome",
    "Saint Petersburg",
    "San Francisco",
    "Seoul",
    "Shanghai",
    "Sochi",
    "Stockholm",
    "Sydney",
    "Tallinn",
    "Tokyo",
    "Toronto",
    "Vienna",
    "Vilnius",
    "Warsaw",
    "Yekaterinburg",
    "Zurich",
)
ORGANISATIONS = (
    "the United Nations",
    "the European Union",
    "NATO",
    "the World Bank",
    "the International Monetary Fund",
    "the World Health Organization",
    "UNESCO",
    "the Red Cross",
    "the African Union",
    "the World Trade Organization",
    "Interpol",
    "the International Olympic Committee",
    "Greenpeace",
    "Amnesty International",
)
# Heads of state and government of the last decades, and a few of the century before, with
# the name used alone, the country and the office they are best known in ("François
# Hollande" after "French President _____"): a politician's wrong options, nearest country
# first.
# The best known countries first, and in each its best known statesman: an article that
# names no country gets the world's best known.
# Not people of the commonest surnames ("Lee", "Khan", "Li"): one of them in an article is
# seldom the statesman.
# Names keep their own accents ("François Hollande" beside "François Mitterrand"), and an
# article that drops them ("Viktor Orban") still names the pool's statesman (see `_key`).
_STATESMEN = """
Barack Obama|Obama|United States|president; Donald Trump|Trump|United States|president;
Joe Biden|Biden|United States|president; George W. Bush|Bush|United States|president;
Bill Clinton|Clinton|United States|president;
Boris Johnson|Johnson|United Kingdom|prime minister;
Tony Blair|Blair|United Kingdom|prime minister;
David Cameron|Cameron|United Kingdom|prime minister;
Margaret Thatcher|Thatcher|United Kingdom|prime minister;
Winston Churchill|Churchill|United Kingdom|prime minister;
Rishi Sunak|Sunak|United Kingdom|prime minister;
Keir Starmer|Starmer|United Kingdom|prime minister; Emmanuel Macron|Macron|France|president;
Nicolas Sarkozy|Sarkozy|France|president; François Hollande|Hollande|France|president;
Charles de Gaulle|de Gaulle|France|president; Angela Merkel|Merkel|Germany|chancellor;
Olaf Scholz|Scholz|Germany|chancellor; Helmut Kohl|Kohl|Germany|chancellor;
Ursula von der Leyen|von der Leyen|Germany|president; Vladimir Putin|Putin|Russia|president;
Dmitry Medvedev|Medvedev|Russia|president; Mikhail Gorbachev|Gorbachev|Russia|leader;
Boris Yeltsin|Yeltsin|Russia|president; Xi Jinping|Xi|China|president;
Hu Jintao|Hu|China|president; Deng Xiaoping|Deng|China|leader; Mao Zedong|Mao|China|leader;
Shinzo Abe|Abe|Japan|prime minister; Fumio Kishida|Kishida|Japan|prime minister;
Junichiro Koizumi|Koizumi|Japan|prime minister; Narendra Modi|Modi|India|prime minister;
Indira Gandhi|Gandhi|India|prime minister; Jawaharlal Nehru|Nehru|India|prime minister;
Justin Trudeau|Trudeau|Canada|prime minister; Stephen Harper|Harper|Canada|prime minister;
Silvio Berlusconi|Berlusconi|Italy|prime minister; Mario Draghi|Draghi|Italy|prime minister;
Giorgia Meloni|Meloni|Italy|prime minister; Luiz Inácio Lula da Silva|Lula|Brazil|president;
Jair Bolsonaro|Bolsonaro|Brazil|president; Scott Morrison|Morrison|Australia|prime minister;
Anthony Albanese|Albanese|Australia|prime minister;
Malcolm Turnbull|Turnbull|Australia|prime minister; John Howard|Howard|Australia|prime minister;
Recep Tayyip Erdoğan|Erdoğan|Turkey|president; Volodymyr Zelensky|Zelensky|Ukraine|president;
Petro Poroshenko|Poroshenko|Ukraine|president; Nelson Mandela|Mandela|South Africa|president;
Cyril Ramaphosa|Ramaphosa|South Africa|president; Jacob Zuma|Zuma|South Africa|president;
Benjamin Netanyahu|Netanyahu|Israel|prime minister; Pedro Sánchez|Sánchez|Spain|prime minister;
Andrés Manuel López Obrador|López Obrador|Mexico|president;
Moon Jae-in|Moon|South Korea|president; Ban Ki-moon|Ban|South Korea|secretary-general;
Joko Widodo|Widodo|Indonesia|president; Susilo Bambang Yudhoyono|Yudhoyono|Indonesia|president;
Hosni Mubarak|Mubarak|Egypt|president; Abdel Fattah el-Sisi|Sisi|Egypt|president;
Hassan Rouhani|Rouhani|Iran|president; Andrzej Duda|Duda|Poland|president;
Donald Tusk|Tusk|Poland|prime minister; Mark Rutte|Rutte|Netherlands|prime minister;
Alexander Lukashenko|Lukashenko|Belarus|president;
Nursultan Nazarbayev|Nazarbayev|Kazakhstan|president;
Kassym-Jomart Tokayev|Tokayev|Kazakhstan|president; Viktor Orbán|Orbán|Hungary|prime minister;
Alexis Tsipras|Tsipras|Greece|prime minister; Aleksandar Vučić|Vučić|Serbia|president;
Jens Stoltenberg|Stoltenberg|Norway|secretary-general; Bashar al-Assad|Assad|Syria|president;
Saddam Hussein|Hussein|Iraq|president; Mohammed bin Salman|bin Salman|Saudi Arabia|crown prince;
Muammar Gaddafi|Gaddafi|Libya|leader; Robert Mugabe|Mugabe|Zimbabwe|president;
Muhammadu Buhari|Buhari|Nigeria|president; Uhuru Kenyatta|Kenyatta|Kenya|president;
Abiy Ahmed|Abiy|Ethiopia|prime minister; Kofi Annan|Annan|Ghana|secretary-general;
Javier Milei|Milei|Argentina|president; Hugo Chávez|Chávez|Venezuela|president;
Nicolás Maduro|Maduro|Venezuela|president; Fidel Castro|Castro|Cuba|president;
Kim Jong-un|Kim|North Korea|leader; Benazir Bhutto|Bhutto|Pakistan|prime minister;
Nawaz Sharif|Sharif|Pakistan|prime minister; Rodrigo Duterte|Duterte|Philippines|president;
Jacinda Ardern|Ardern|New Zealand|prime minister;
António Guterres|Guterres|Portugal|secretary-general;
Enda Kenny|Kenny|Ireland|prime minister; Bertie Ahern|Ahern|Ireland|prime minister;
Leo Varadkar|Varadkar|Ireland|prime minister; Mary McAleese|McAleese|Ireland|president;
Erna Solberg|Solberg|Norway|prime minister; Jonas Gahr Støre|Støre|Norway|prime minister;
Mette Frederiksen|Frederiksen|Denmark|prime minister;
Stefan Löfven|Löfven|Sweden|prime minister; Olof Palme|Palme|Sweden|prime minister;
Sauli Niinistö|Niinistö|Finland|president
"""


class Statesman(NamedTuple):
    """A statesman of the pool: full name, the name used alone, country and best known office
    ("president", "prime minister", "chancellor", "leader", "secretary-general"...)."""

    name: str
    surname: str
    country: str
    office: str


STATESMEN = tuple(
    Statesman(*(part.strip() for part in entry.split("|")))
    for entry in _STATESMEN.replace("\n", " ").split(";")
)
PEOPLE = tuple(statesman.name for statesman in STATESMEN)
# Each statesman's place among those of the country: 0 for the first listed, the best known.
STATESMAN_RANKS = {
    person.name: [other.country for other in STATESMEN[:number]].count(person.country)
    for number, person in enumerate(STATESMEN)
}

_POOLS: dict[str, tuple[str, ...]] = {
    "country": COUNTRIES,
    "city": CITIES,
    "place": COUNTRIES + CITIES,
    "organisation": ORGANISATIONS,
    "person": PEOPLE,
}
_COUNTRY_KEYS = {name.casefold() for name in COUNTRIES}
_CITY_KEYS = {name.casefold() for name in CITIES}


def fallback_pool(kind: str) -> tuple[str, ...]:
    """Return the curated names for an answer kind ("person", "country", ...), or ()."""
    return _POOLS.get(kind, ())


def known_place_kind(name: str) -> str:
    """Return "country" or "city" when the pools know `name`, else ""."""
    key = name.casefold().removeprefix("the ")
    if key in _COUNTRY_KEYS:
        return "country"
    if key in _CITY_KEYS:
        return "city"
    return ""


def _key(name: str) -> str:
    """Return a name folded for look-up: no accents, no case, single spaces."""
    decomposed = unicodedata.normalize("NFKD", " ".join(name.split()))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


_BY_SURNAME = {_key(statesman.surname): statesman for statesman in STATESMEN}
_BY_NAME = {_key(statesman.name): statesman for statesman in STATESMEN}


def statesman(name: str, full_names: tuple[str, ...] = ()) -> Statesman | None:
    """Return the pool's statesman a name is, or None.

    A full name must be the pool's ("Vladimir Putin"); a name used alone
    ("Putin") must be a pool statesman's, and no other full name the article
    gives for it (`full_names`, "Ed Lee" beside "Lee") may differ from the pool's.
    """
    key = _key(name)
    found = _BY_NAME.get(key)
    if found is not None:
        return found
    found = _BY_SURNAME.get(key)
    if found is None or any(_BY_NAME.get(_key(full)) != found for full in full_names):
        return None
    return found
